package bluesky

import (
	"testing"
	"time"

	"paperboy/bots/bluesky/blueskytest"
)

type fuzzFake struct {
	srv *blueskytest.Server
	ch  *Channel
}

// newFuzzFake is fake() for a fuzz target, which has a *testing.F rather than a *testing.T.
func newFuzzFake(f *testing.F) fuzzFake {
	srv := blueskytest.NewServer(testHandle, testPassword, func() time.Time { return testNow })
	f.Cleanup(srv.Close)
	return fuzzFake{srv: srv, ch: mustNew(f, Config{Service: srv.URL, Identifier: testHandle, AppPassword: testPassword}, opts(nil))}
}
