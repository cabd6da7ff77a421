package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"syscall"
)

// blockedPrefixes are the non-public ranges netip's predicates do not cover.
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT, often cloud-internal
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and 255.255.255.255 broadcast
	netip.MustParsePrefix("::/96"),           // IPv4-compatible (deprecated)
	netip.MustParsePrefix("100::/64"),        // discard
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // site-local (deprecated)
}

// Prefixes that embed an IPv4 address a gateway will reach on our behalf.
var (
	nat64   = netip.MustParsePrefix("64:ff9b::/96")
	nat64v2 = netip.MustParsePrefix("64:ff9b:1::/48")
	sixTo4  = netip.MustParsePrefix("2002::/16")
)

// isPublic reports whether a is a globally routable unicast address: not loopback,
// private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud
// metadata address, fe80::/10), unspecified, multicast, CGNAT or reserved, also when
// written as IPv4-mapped IPv6 or embedded in NAT64 or 6to4 addresses.
func isPublic(a netip.Addr) bool {
	a = a.Unmap().WithZone("")
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return false
		}
	}
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a), nat64v2.Contains(a):
			return isPublic(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixTo4.Contains(a):
			return isPublic(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	return true
}

// control is the net.Dialer.Control hook: it runs after DNS resolution, on the address
// actually being dialled, so a name that resolves (or re-resolves) to a private address
// cannot slip past a check made earlier.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("fetch: refusing to dial unparseable address %q", address)
	}
	if c.exempt != nil && c.exempt(ap) {
		return nil
	}
	if !isPublic(ap.Addr()) {
		return &PrivateAddressError{Addr: ap.Addr().Unmap().WithZone("")}
	}
	return nil
}

// CheckPublicURL parses raw, requires http or https, resolves the host and refuses it when
// any address is not public. It answers an editor's /push at once; Get checks again at
// connect time, so this is a courtesy, not the guard.
func CheckPublicURL(ctx context.Context, raw string) error {
	return checkURL(ctx, net.DefaultResolver, raw)
}

// CheckURL is CheckPublicURL with the client's resolver; it only validates the URL when
// the client allows private addresses.
func (c *Client) CheckURL(ctx context.Context, raw string) error {
	if c.cfg.AllowPrivate {
		_, err := parseURL(raw)
		return err
	}
	return checkURL(ctx, c.resolver, raw)
}

func checkURL(ctx context.Context, r *net.Resolver, raw string) error {
	u, err := parseURL(raw)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if a, err := netip.ParseAddr(host); err == nil {
		if !isPublic(a) {
			return &PrivateAddressError{Addr: a.Unmap().WithZone("")}
		}
		return nil
	}
	addrs, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return fmt.Errorf("fetch: resolve %s: %w", host, err)
	}
	for _, a := range addrs {
		if !isPublic(a) {
			return &PrivateAddressError{Addr: a.Unmap().WithZone("")}
		}
	}
	return nil
}

// parseURL accepts absolute http and https URLs with a host.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("fetch: invalid url: %w", errors.Unwrap(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w %q (only http and https)", ErrUnsupportedScheme, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("fetch: invalid url %s: no host", redact(raw))
	}
	return u, nil
}
