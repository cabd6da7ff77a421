package config

import (
	"fmt"
	"net/netip"
	"strings"
)

// validateHTTP parses http.trusted_proxies into HTTP.Proxies.
func (c *Config) validateHTTP(add func(path, format string, args ...any)) {
	c.HTTP.Proxies = nil
	for i, s := range c.HTTP.TrustedProxies {
		s = strings.TrimSpace(s)
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				add(fmt.Sprintf("http.trusted_proxies[%d]", i), "%q is not a CIDR (10.0.0.0/8, fd00::/8) or an address", s)
				continue
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		if bits := p.Bits() - unmappedBits(p); bits >= 0 {
			p = netip.PrefixFrom(p.Addr().Unmap(), bits).Masked()
		}
		if p.Bits() <= 0 {
			add(fmt.Sprintf("http.trusted_proxies[%d]", i), "%q trusts every address: anyone could then choose the client address the sign-in limiter sees", s)
			continue
		}
		c.HTTP.Proxies = append(c.HTTP.Proxies, p)
	}
}

// unmappedBits is how many prefix bits an IPv4-mapped IPv6 prefix loses when unmapped.
func unmappedBits(p netip.Prefix) int {
	if p.Addr().Is4In6() {
		return 96
	}
	return 0
}
