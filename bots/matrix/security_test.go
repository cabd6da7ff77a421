package matrix

// Attacks through a post's content that the Matrix channel refuses: a lead image URL that
// points into the private network (loopback, cloud metadata, a redirect there, a DNS name
// resolving there) is never fetched and uploaded to the homeserver; the message goes out
// without it. The fake homeserver refuses an <img> whose src is not media uploaded to it.

import (
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestSecurityContentURLsNeverReachPrivateNetwork(t *testing.T) {
	var posted func() (int, bool)
	channeltest.RunContentSSRF(t, channeltest.ContentSSRF{
		New: func(t *testing.T, media channel.MediaFetcher) channel.Channel {
			ch, srv, _ := fake(t, Config{}, media)
			posted = func() (int, bool) {
				evs := srv.Events()
				if len(evs) == 0 {
					return 0, false
				}
				return len(evs), strings.Contains(formatted(t, evs[len(evs)-1].Body), "<img") || len(srv.Uploads()) > 0
			}
			return ch
		},
		Posted: func() (int, bool) { return posted() },
	})
}
