package mastodon

// Attacks through a post's content that the Mastodon channel refuses: a lead image URL that
// points into the private network (loopback, cloud metadata, a redirect there, a DNS name
// resolving there) is never fetched and uploaded; the status goes out without it.

import (
	"testing"

	"paperboy/bots/mastodon/mastodontest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestSecurityContentURLsNeverReachPrivateNetwork(t *testing.T) {
	srv := fake(t, mastodontest.Options{})
	channeltest.RunContentSSRF(t, channeltest.ContentSSRF{
		New: func(t *testing.T, media channel.MediaFetcher) channel.Channel {
			return mustNew(t, Config{Server: srv.URL, Media: true}, media)
		},
		Posted: func() (int, bool) {
			st := srv.Statuses()
			if len(st) == 0 {
				return 0, false
			}
			return len(st), len(st[len(st)-1].MediaIDs) > 0
		},
	})
	if n := srv.Requests("POST /api/v2/media"); n != 0 {
		t.Errorf("%d uploads of a private-network image", n)
	}
}
