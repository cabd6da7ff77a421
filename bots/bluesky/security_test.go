package bluesky

// Attacks through a post's content that the Bluesky channel refuses: a lead image URL that
// points into the private network (loopback, cloud metadata, a redirect there, a DNS name
// resolving there) is never fetched for the link card's thumbnail; the post goes out with a
// card without a thumbnail.

import (
	"testing"
	"time"

	"paperboy/bots/bluesky/blueskytest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestSecurityContentURLsNeverReachPrivateNetwork(t *testing.T) {
	srv := blueskytest.NewServer(testHandle, testPassword, func() time.Time { return testNow })
	t.Cleanup(srv.Close)
	channeltest.RunContentSSRF(t, channeltest.ContentSSRF{
		New: func(t *testing.T, media channel.MediaFetcher) channel.Channel {
			return mustNew(t, Config{Service: srv.URL, Identifier: testHandle, AppPassword: testPassword}, opts(media))
		},
		Posted: func() (int, bool) {
			recs := srv.Records()
			if len(recs) == 0 {
				return 0, false
			}
			cid, _ := thumbOf(t, recs[len(recs)-1].Value)
			return len(recs), cid != ""
		},
	})
}
