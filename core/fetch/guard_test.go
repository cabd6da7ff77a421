package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

func TestIsPublic(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1": false, "127.8.9.10": false, "10.1.2.3": false, "172.16.5.4": false,
		"172.31.255.255": false, "192.168.1.1": false, "169.254.169.254": false, "169.254.0.1": false,
		"100.64.0.1": false, "100.127.255.254": false, "0.0.0.0": false, "0.1.2.3": false,
		"224.0.0.1": false, "239.255.255.250": false, "255.255.255.255": false, "240.0.0.1": false,
		"198.18.0.1": false, "192.0.2.10": false,
		"::1": false, "::": false, "fc00::1": false, "fd12:3456::1": false, "fe80::1": false,
		"fe80::1%eth0": false, "ff02::1": false, "::ffff:127.0.0.1": false, "::ffff:10.0.0.1": false,
		"::ffff:169.254.169.254": false, "::127.0.0.1": false, "64:ff9b::a00:1": false,
		"64:ff9b::7f00:1": false, "2002:7f00:1::": false, "2002:a9fe:a9fe::1": false, "2001:db8::1": false,

		"8.8.8.8": true, "1.1.1.1": true, "172.32.0.1": true, "172.15.255.255": true,
		"100.128.0.1": true, "100.63.255.255": true, "169.253.1.1": true, "::ffff:8.8.8.8": true,
		"2606:4700::1111": true, "2a00:1450:4001::200e": true, "64:ff9b::808:808": true, "2002:808:808::1": true,
	}
	for s, want := range tests {
		if got := isPublic(netip.MustParseAddr(s)); got != want {
			t.Errorf("isPublic(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestControl(t *testing.T) {
	c := New(Config{})
	tests := []struct {
		addr string
		want string // "" = allowed
	}{
		{"93.184.216.34:443", ""},
		{"[2606:4700::1111]:443", ""},
		{"127.0.0.1:80", "fetch: refusing to connect to private address 127.0.0.1 (set fetch.allow_private to allow)"},
		{"[::ffff:169.254.169.254]:80", "fetch: refusing to connect to private address 169.254.169.254 (set fetch.allow_private to allow)"},
		{"[fe80::1%eth0]:80", "fetch: refusing to connect to private address fe80::1 (set fetch.allow_private to allow)"},
		{"not-an-address", `fetch: refusing to dial unparseable address "not-an-address"`},
	}
	for _, tt := range tests {
		err := c.control("tcp", tt.addr, nil)
		if got := errText(err); got != tt.want {
			t.Errorf("control(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestGuardRefusesLoopback runs the real dialer: loopback is refused when named by IP,
// by a host name that resolves to it, and when a redirect from an allowed server points
// at it. No refused request may reach its handler.
func TestGuardRefusesLoopback(t *testing.T) {
	var reached atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
	}))
	defer target.Close()
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/internal", http.StatusFound)
	}))
	defer redirector.Close()
	redirAddr := netip.MustParseAddrPort(redirector.Listener.Addr().String())

	c := New(Config{}) // AllowPrivate false
	// Only the redirector is reachable, so the redirect's hop is what the guard judges.
	c.exempt = func(ap netip.AddrPort) bool { return ap == redirAddr }

	tu, _ := url.Parse(target.URL)
	tests := []struct{ name, url string }{
		{"ip literal", target.URL + "/x"},
		{"localhost", "http://localhost:" + tu.Port() + "/x"},
		{"redirect to 127.0.0.1", redirector.URL + "/go"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Get(t.Context(), Request{URL: tt.url})
			var pe *PrivateAddressError
			if !errors.As(err, &pe) || !pe.Addr.IsLoopback() {
				t.Fatalf("Get error = %v, want a refused loopback address", err)
			}
			if !strings.HasPrefix(err.Error(), "fetch: refusing to connect to private address ") ||
				!strings.HasSuffix(err.Error(), " (set fetch.allow_private to allow)") {
				t.Errorf("error text %q", err)
			}
		})
	}
	if n := reached.Load(); n != 0 {
		t.Errorf("the loopback server was reached %d times", n)
	}

	// The same client with the setting on reaches it.
	open := New(Config{AllowPrivate: true})
	if _, err := open.Get(t.Context(), Request{URL: redirector.URL + "/go"}); err != nil || reached.Load() != 1 {
		t.Errorf("AllowPrivate: err %v, reached %d", err, reached.Load())
	}
}

func TestCheckPublicURL(t *testing.T) {
	tests := []struct {
		url, want string // want: ok, private, scheme or invalid
	}{
		{"http://8.8.8.8/feed", "ok"},
		{"https://[2606:4700::1111]/", "ok"},
		{"http://127.0.0.1/", "private"},
		{"http://localhost:8080/", "private"},
		{"http://[::1]/", "private"},
		{"http://169.254.169.254/latest/meta-data/", "private"},
		{"http://[::ffff:10.0.0.1]/", "private"},
		{"ftp://example.com/feed", "scheme"},
		{"javascript:alert(1)", "scheme"},
		{"/relative/path", "scheme"},
		{"http:///no-host", "invalid"},
		{"http://bad host/", "invalid"},
	}
	for _, tt := range tests {
		err := CheckPublicURL(t.Context(), tt.url)
		var pe *PrivateAddressError
		var ok bool
		switch tt.want {
		case "ok":
			ok = err == nil
		case "private":
			ok = errors.As(err, &pe)
		case "scheme":
			ok = errors.Is(err, ErrUnsupportedScheme)
		case "invalid":
			ok = err != nil && strings.HasPrefix(err.Error(), "fetch: invalid url")
		}
		if !ok {
			t.Errorf("CheckPublicURL(%s) = %v, want %s", tt.url, err, tt.want)
		}
	}
}

func TestClientCheckURL(t *testing.T) {
	// A resolver that can reach no DNS server: proves CheckURL uses the client's resolver
	// and reports the failure without panicking.
	var dials atomic.Int32
	r := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		dials.Add(1)
		return nil, errors.New("no dns in this test")
	}}
	c := New(Config{}, WithResolver(r))
	err := c.CheckURL(t.Context(), "https://feeds.paperboy.invalid/rss")
	if err == nil || !strings.HasPrefix(err.Error(), "fetch: resolve feeds.paperboy.invalid") || dials.Load() == 0 {
		t.Errorf("CheckURL = %v after %d dials, want a resolve error through the given resolver", err, dials.Load())
	}
	if err := c.CheckURL(t.Context(), "http://127.0.0.1/"); err == nil {
		t.Error("CheckURL allowed loopback")
	}
	open := New(Config{AllowPrivate: true})
	if err := open.CheckURL(t.Context(), "http://127.0.0.1/"); err != nil {
		t.Errorf("AllowPrivate CheckURL = %v", err)
	}
	if err := open.CheckURL(t.Context(), "gopher://127.0.0.1/"); !errors.Is(err, ErrUnsupportedScheme) {
		t.Errorf("AllowPrivate still checks the scheme: %v", err)
	}
}
