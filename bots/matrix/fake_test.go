package matrix

import (
	"testing"

	"paperboy/bots/matrix/matrixtest"
)

type fuzzFake struct {
	srv *matrixtest.Server
	ch  *Channel
}

// newFuzzFake is fake() for a fuzz target, which has a *testing.F rather than a *testing.T.
func newFuzzFake(f *testing.F) fuzzFake {
	srv := matrixtest.NewServer()
	f.Cleanup(srv.Close)
	room := srv.AddRoom("", srv.AddUser(testToken, "newsbot"))
	return fuzzFake{srv: srv, ch: mustNew(f, Config{Homeserver: srv.URL, AccessToken: testToken, Room: room})}
}
