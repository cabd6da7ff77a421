package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// watchdog fails the test instead of hanging it when an expected event never comes.
const watchdog = 10 * time.Second

func await(t *testing.T, ch <-chan string, n int, what string) {
	t.Helper()
	for i := 0; i < n; i++ {
		select {
		case <-ch:
		case <-time.After(watchdog):
			t.Fatalf("only %d of %d %s", i, n, what)
		}
	}
}

func TestPerHostLimit(t *testing.T) {
	const perHost, requests = 2, 5
	var inFlight, peak atomic.Int32
	entered := make(chan string, requests)
	gate := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		entered <- r.URL.Path
		<-gate
		inFlight.Add(-1)
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()

	c := testClient(t, Config{PerHost: perHost})
	waited := make(chan string, requests)
	c.hosts.onWait = func(host string) { waited <- host }

	var wg sync.WaitGroup
	errs := make(chan error, requests)
	for i := 0; i < requests; i++ {
		wg.Go(func() {
			_, err := c.Get(t.Context(), Request{URL: srv.URL + "/item"})
			errs <- err
		})
	}
	// Two requests reach the handler and three queue for the host: only then is the gate
	// opened, so a limiter that let a third through would have shown it by now.
	await(t, entered, perHost, "requests reached the server")
	await(t, waited, requests-perHost, "requests queued")
	if n := inFlight.Load(); n != perHost {
		t.Fatalf("%d requests in flight, want %d", n, perHost)
	}
	close(gate)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if p := peak.Load(); p != perHost {
		t.Errorf("peak concurrency %d, want %d", p, perHost)
	}
	c.hosts.mu.Lock()
	left := len(c.hosts.hosts)
	c.hosts.mu.Unlock()
	if left != 0 {
		t.Errorf("%d host entries left after all requests finished", left)
	}
}

func TestPerHostWaitHonoursContext(t *testing.T) {
	entered := make(chan string, 1)
	gate := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- r.URL.Path
		<-gate
	}))
	defer srv.Close()
	defer close(gate)

	c := testClient(t, Config{PerHost: 1})
	waited := make(chan string, 1)
	c.hosts.onWait = func(host string) { waited <- host }
	go func() { _, _ = c.Get(t.Context(), Request{URL: srv.URL + "/first"}) }()
	await(t, entered, 1, "first request")

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		_, err := c.Get(ctx, Request{URL: srv.URL + "/second"})
		done <- err
	}()
	await(t, waited, 1, "second request queued")
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "waiting for a connection slot to 127.0.0.1") {
			t.Errorf("queued Get error = %v, want a cancelled wait", err)
		}
	case <-time.After(watchdog):
		t.Fatal("a cancelled Get kept waiting for its slot")
	}
}

func TestHostLimiterReleasesOnce(t *testing.T) {
	l := newHostLimiter(1)
	release, err := l.acquire(t.Context(), "a.example")
	if err != nil {
		t.Fatal(err)
	}
	release()
	release() // a second call must not free a slot someone else holds
	r2, err := l.acquire(t.Context(), "a.example")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := l.acquire(ctx, "a.example"); !errors.Is(err, context.Canceled) {
		t.Errorf("third acquire on a full host = %v, want context.Canceled", err)
	}
	r2()
}

func TestRedirectTakesTheNewHostsSlot(t *testing.T) {
	entered := make(chan string, 2)
	gate := make(chan struct{})
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hop" {
			// 127.0.0.1 and localhost are different hosts to the limiter.
			http.Redirect(w, r, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)+"/held", http.StatusFound)
			return
		}
		entered <- r.Host
		<-gate
	}))
	defer srv.Close()
	defer close(gate)

	c := testClient(t, Config{PerHost: 1})
	waited := make(chan string, 2)
	c.hosts.onWait = func(host string) { waited <- host }
	localhost := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	go func() { _, _ = c.Get(t.Context(), Request{URL: localhost + "/held"}) }()
	await(t, entered, 1, "request holding localhost")

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		_, err := c.Get(ctx, Request{URL: srv.URL + "/hop"})
		done <- err
	}()
	select {
	case host := <-waited:
		if host != "localhost" {
			t.Errorf("redirect queued for %q, want localhost", host)
		}
	case <-time.After(watchdog):
		t.Fatal("the redirect to a busy host did not queue for its slot")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled redirect: %v", err)
	}
}
