package channeltest

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"

	"paperboy/core/channel"
	"paperboy/core/fetch"
)

// ContentSSRF describes a channel that downloads a post's lead image itself.
type ContentSSRF struct {
	// New builds the channel (against its platform fake) with media as its content fetcher.
	New func(t *testing.T, media channel.MediaFetcher) channel.Channel
	// Posted reports how many posts the fake has accepted and whether the last carried an image.
	Posted func() (n int, withImage bool)
}

// RunContentSSRF sends posts whose lead image points into the private network — at loopback
// by IP, at the cloud metadata address, through a redirect from a reachable server, and by a
// DNS name that resolves to loopback — through the product's real guard. The private server
// must see no request, and every post must still go out, without its image.
func RunContentSSRF(t *testing.T, s ContentSSRF) {
	t.Helper()
	var reached atomic.Int32
	trap := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(PNG(64, 64))
	}))
	defer trap.Close()
	// The redirector stands for a public server: the guard lets exactly its address through.
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, trap.URL+"/internal.png", http.StatusFound)
	}))
	defer redirector.Close()
	media := fetch.New(fetch.Config{Timeout: 5 * time.Second},
		fetch.WithExemptAddrs(netip.MustParseAddrPort(redirector.Listener.Addr().String())),
		fetch.WithResolver(LoopbackResolver()))
	_, port, _ := net.SplitHostPort(trap.Listener.Addr().String())
	cases := []struct{ name, url string }{
		{"loopback", trap.URL + "/lead.png"},
		{"metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"},
		{"redirect to loopback", redirector.URL + "/lead.png"},
		{"dns name resolving to loopback", "http://images.attacker.example:" + port + "/lead.png"},
	}
	ch := s.New(t, media)
	for i, tc := range cases {
		// The refusal must be the guard's, not a failed lookup or an unreachable address.
		_, err := media.Media(context.Background(), fetch.MediaRequest{URL: tc.url})
		var pe *fetch.PrivateAddressError
		if !errors.As(err, &pe) {
			t.Errorf("%s: fetching it gave %v, want the private-address guard's refusal", tc.name, err)
		}
		p := SamplePost()
		p.ImageURL = tc.url
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_, err = ch.Send(ctx, channel.Delivery{Key: "ssrf-" + tc.name, Post: p})
		cancel()
		if err != nil {
			t.Errorf("%s: the post failed instead of going out without the image: %v", tc.name, err)
			continue
		}
		n, withImage := s.Posted()
		if n != i+1 || withImage {
			t.Errorf("%s: %d posts (want %d), last with an image: %v", tc.name, n, i+1, withImage)
		}
	}
	if n := reached.Load(); n != 0 {
		t.Errorf("the private server was reached %d times", n)
	}
}

// LoopbackResolver answers every A query with 127.0.0.1 (and AAAA with nothing), as a
// DNS-rebinding attacker's name server would.
func LoopbackResolver() *net.Resolver {
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		return &dnsConn{}, nil
	}}
}

// dnsConn is a net.Conn that answers each DNS query written to it.
// Not being a net.PacketConn, it gets TCP framing: a two-byte length before each message.
type dnsConn struct {
	mu      sync.Mutex
	pending []byte
}

func (c *dnsConn) Write(b []byte) (int, error) {
	if len(b) < 2 {
		return 0, errors.New("channeltest: short dns query")
	}
	q := b[2:]
	var p dnsmessage.Parser
	h, err := p.Start(q)
	if err != nil {
		return 0, err
	}
	qs, err := p.AllQuestions()
	if err != nil || len(qs) == 0 {
		return 0, errors.New("channeltest: dns query without a question")
	}
	bld := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionAvailable: true})
	_ = bld.StartQuestions()
	_ = bld.Question(qs[0])
	_ = bld.StartAnswers()
	if qs[0].Type == dnsmessage.TypeA {
		_ = bld.AResource(dnsmessage.ResourceHeader{Name: qs[0].Name, Class: dnsmessage.ClassINET, TTL: 60},
			dnsmessage.AResource{A: [4]byte{127, 0, 0, 1}})
	}
	out, err := bld.Finish()
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	c.pending = append(append(c.pending, byte(len(out)>>8), byte(len(out))), out...)
	c.mu.Unlock()
	return len(b), nil
}

func (c *dnsConn) Read(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) == 0 {
		return 0, errors.New("channeltest: no dns answer pending")
	}
	n := copy(b, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

func (c *dnsConn) Close() error                     { return nil }
func (c *dnsConn) LocalAddr() net.Addr              { return &net.UDPAddr{} }
func (c *dnsConn) RemoteAddr() net.Addr             { return &net.UDPAddr{} }
func (c *dnsConn) SetDeadline(time.Time) error      { return nil }
func (c *dnsConn) SetReadDeadline(time.Time) error  { return nil }
func (c *dnsConn) SetWriteDeadline(time.Time) error { return nil }

// PNG is a w×h opaque PNG, a valid lead image.
func PNG(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// MediaFrom is the product's guarded content fetcher with exactly these test servers let
// through: tests serve images from loopback while every other private address stays refused.
func MediaFrom(srvs ...*httptest.Server) channel.MediaFetcher {
	var addrs []netip.AddrPort
	for _, s := range srvs {
		addrs = append(addrs, netip.MustParseAddrPort(s.Listener.Addr().String()))
	}
	return fetch.New(fetch.Config{Timeout: 5 * time.Second}, fetch.WithExemptAddrs(addrs...))
}

// NoMedia is a content fetcher for tests that must download nothing: every request fails, as
// an unreachable image would, and the post goes out without it.
type NoMedia struct{}

// Media implements channel.MediaFetcher.
func (NoMedia) Media(context.Context, fetch.MediaRequest) (*fetch.Media, error) {
	return nil, errors.New("channeltest: no media in this test")
}
