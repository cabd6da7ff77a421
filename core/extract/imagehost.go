package extract

import (
	"strings"
	"time"
)

// Pictures a page's own country domain serves (issue 20, date32).
const (
	// maxImageHostsRead bounds the pictures imageHostPlace reads: the page's own are among the
	// first, and a gallery of hundreds says no more.
	maxImageHostsRead = 60
	// minImageHostPictures is how many pictures one country domain must serve: one or two may
	// be a wire photo or a partner's badge.
	minImageHostPictures = 3
)

// imageHostPlace returns the zone of the one-zone country whose domain serves most of the
// page's pictures (News24's news24.com draws its photos from cdn.24.co.za): a newsroom on a
// generic domain (.com, .net) keeps its picture store at home, so the store's country domain
// places the newsroom where nothing else does. At least minImageHostPictures pictures, more
// than half of those with an absolute address; a country of several zones (manyZones) is no
// answer, as the domain does not say which. Nil otherwise.
func imageHostPlace(imgs []imgTag) *time.Location {
	counts := map[string]int{}
	abs := 0
	for i, im := range imgs {
		if i >= maxImageHostsRead {
			break
		}
		h := absoluteHost(im.src)
		if h == "" {
			continue
		}
		abs++
		if cc := countryCode(h); cc != "" {
			counts[cc]++
		}
	}
	for cc, n := range counts {
		if n >= minImageHostPictures && 2*n > abs {
			// More than half: at most one country domain can pass, so map order does not matter.
			if z := loadZone(regionZones[cc]); z != nil && !manyZones[z.String()] {
				return z
			}
		}
	}
	return nil
}

// absoluteHost is the lower-cased host of an absolute or protocol-relative http(s) address
// ("https://cdn.24.co.za/files/a.jpg", "//cdn.24.co.za/a.jpg"), without port; "" for a relative
// one. By hand: url.Parse for every picture of a page costs more than these few bytes' scan.
func absoluteHost(src string) string {
	s := strings.TrimSpace(src)
	switch {
	case len(s) > 8 && strings.EqualFold(s[:8], "https://"):
		s = s[8:]
	case len(s) > 7 && strings.EqualFold(s[:7], "http://"):
		s = s[7:]
	case strings.HasPrefix(s, "//"):
		s = s[2:]
	default:
		return ""
	}
	if i := strings.IndexAny(s, "/:?#"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}
