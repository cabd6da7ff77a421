package telegramtest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Interpose serves fake behind a front that lets fail answer a call first (by method name):
// fail writes the answer and returns true, or returns false to pass the call on. It returns
// the front's URL, to use as api_url.
func Interpose(t testing.TB, fake *Server, fail func(w http.ResponseWriter, method string) bool) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
		if fail(w, method) {
			return
		}
		fake.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}
