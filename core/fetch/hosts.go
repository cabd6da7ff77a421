package fetch

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
)

// hostLimiter allows at most n requests in flight per host. Entries exist only while a
// host has holders or waiters, so polling many hosts does not grow a map forever.
type hostLimiter struct {
	n      int
	mu     sync.Mutex
	hosts  map[string]*hostSlots
	onWait func(host string) // tests: called when a request has to queue
}

type hostSlots struct {
	sem  chan struct{}
	refs int // holders plus waiters
}

func newHostLimiter(n int) *hostLimiter {
	return &hostLimiter{n: n, hosts: make(map[string]*hostSlots)}
}

// acquire waits for a slot on host or for ctx to end; release must be called exactly once.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	s := l.hosts[host]
	if s == nil {
		s = &hostSlots{sem: make(chan struct{}, l.n)}
		l.hosts[host] = s
	}
	s.refs++
	l.mu.Unlock()

	select {
	case s.sem <- struct{}{}:
	default:
		if l.onWait != nil {
			l.onWait(host)
		}
		select {
		case s.sem <- struct{}{}:
		case <-ctx.Done():
			l.unref(host, s)
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-s.sem
			l.unref(host, s)
		})
	}, nil
}

func (l *hostLimiter) unref(host string, s *hostSlots) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if s.refs--; s.refs == 0 {
		delete(l.hosts, host)
	}
}

// hostKey is what politeness counts by: the host name without port, lower-cased.
func hostKey(r *http.Request) string {
	return strings.ToLower(r.URL.Hostname())
}

// heldHostKey marks in a request's context the host whose slot Get already holds, so the
// first hop (and redirects back to that host) do not wait for a second slot.
type heldHostKey struct{}

// limitedTransport takes a per-host slot for each hop of a request and keeps it until the
// response body is closed; a redirect to another host waits for that host's slot.
type limitedTransport struct {
	next  http.RoundTripper
	hosts *hostLimiter
}

// RoundTrip implements http.RoundTripper.
func (t *limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := hostKey(req)
	if held, _ := req.Context().Value(heldHostKey{}).(string); held == host {
		return t.next.RoundTrip(req)
	}
	release, err := t.hosts.acquire(req.Context(), host)
	if err != nil {
		return nil, err
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}
