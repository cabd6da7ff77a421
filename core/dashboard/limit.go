package dashboard

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter rate-limits sign-in attempts (passwords and link requests) twice: per client, so
// one client cannot try many accounts, and per account, so many clients (a botnet, or every
// address of an IPv6 network) cannot try one account many times. An attempt needs a token
// from both buckets.
type limiter struct {
	now     func() time.Time
	client  *buckets
	account *buckets
}

// Per client: five attempts at once, then one every 12 seconds — a person mistyping is never
// held up for long, a password guesser gets 300 tries an hour against bcrypt. Per account:
// ten at once, then one every 30 seconds, whatever the number of clients.
func newLimiter(now func() time.Time) *limiter {
	return &limiter{
		now:     now,
		client:  &buckets{m: map[string]*rate.Limiter{}, rate: rate.Every(12 * time.Second), burst: 5},
		account: &buckets{m: map[string]*rate.Limiter{}, rate: rate.Every(30 * time.Second), burst: 10},
	}
}

// allow takes one attempt for client (see clientKey) against account; false when either is
// out of attempts. An empty account (a blank form) only counts against the client.
func (l *limiter) allow(client, account string) bool {
	now := l.now()
	if !l.client.take(client, now) {
		return false
	}
	if account == "" {
		return true
	}
	return l.account.take(strings.ToLower(bound(account, 128)), now)
}

// buckets is one token bucket per key, with bounded memory.
type buckets struct {
	mu    sync.Mutex
	m     map[string]*rate.Limiter
	rate  rate.Limit
	burst int
}

func (b *buckets) take(key string, now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.m) > 10000 { // bounded memory: forget everyone who is back to a full bucket
		for k, v := range b.m {
			if v.TokensAt(now) >= float64(b.burst) {
				delete(b.m, k)
			}
		}
	}
	lim := b.m[key]
	if lim == nil {
		lim = rate.NewLimiter(b.rate, b.burst)
		b.m[key] = lim
	}
	return lim.AllowN(now, 1)
}

// clientKey names the client behind r for the limiter and logs. The TCP peer is the client
// unless it is one of the trusted proxies; then X-Forwarded-For is read from the right (the
// end our own proxy appended), skipping trusted proxies, and the first other address is the
// client — addresses further left are whatever the client sent and prove nothing. IPv6
// clients are grouped by /64, the block one subscriber gets.
func clientKey(r *http.Request, trusted []netip.Prefix) string {
	peer := addrOf(r.RemoteAddr)
	if !peer.IsValid() {
		return r.RemoteAddr
	}
	client := peer
	if isTrusted(peer, trusted) {
		hops := forwardedFor(r.Header)
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(hops[i])
			if err != nil {
				break // garbage: the hops to its right were our proxies; stop at the last of them
			}
			client = a.Unmap().WithZone("")
			if !isTrusted(client, trusted) {
				break
			}
		}
	}
	if client.Is6() {
		return netip.PrefixFrom(client, 64).Masked().String()
	}
	return client.String()
}

// addrOf parses "ip:port" (or a bare ip) into an unmapped address.
func addrOf(hostport string) netip.Addr {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap().WithZone("")
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// forwardedFor lists the X-Forwarded-For hops, left to right, across repeated headers.
func forwardedFor(h http.Header) []string {
	var out []string
	for _, v := range h.Values("X-Forwarded-For") {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// bound cuts s to at most n bytes (sign-in names are echoed into keys and logs).
func bound(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
