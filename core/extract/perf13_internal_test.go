package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"paperboy/core/internal/randtext"
)

// searchSpots is the search per name that nameSpots replaced, kept as its oracle.
func searchSpots(sheets []string, names map[string]bool) map[string][]spot {
	spots := map[string][]spot{}
	for name := range names {
		for i, css := range sheets {
			for at := 0; ; {
				k := strings.Index(css[at:], name)
				if k < 0 {
					break
				}
				k += at
				at = k + len(name)
				if at < len(css) && isNameByte(css[at]) {
					continue
				}
				spots[name] = append(spots[name], spot{i, k})
			}
		}
	}
	return spots
}

func TestNameSpotsMatchesSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{".", "#", "a", "b", "ab", "-", "_", "0", " ", "{", "}", ";", ",", "é", "\xff", ".a", "#b", ".ab", "#a-b"}
	for range 20000 {
		var sheets []string
		for range 1 + rng.Intn(3) {
			sheets = append(sheets, randtext.Join(rng, 40, pieces))
		}
		names := map[string]bool{}
		for range 1 + rng.Intn(4) {
			name := string(".#"[rng.Intn(2)]) + string("ab"[rng.Intn(2)])
			for range rng.Intn(3) {
				name += string("ab-_0"[rng.Intn(5)])
			}
			names[name] = true
		}
		got, want := nameSpots(sheets, names), searchSpots(sheets, names)
		for name := range names {
			if !slices.Equal(got[name], want[name]) {
				t.Fatalf("sheets %q name %q: got %v, want %v", sheets, name, got[name], want[name])
			}
		}
	}
}

// keySearchDate is scriptDate as it searched the script once per key, kept as its oracle.
func keySearchDate(script string) string {
	if len(script) > maxScriptScan {
		script = script[:maxScriptScan]
	}
	for _, k := range scriptDateKeys {
		for from := 0; ; {
			i := strings.Index(script[from:], k)
			if i < 0 {
				break
			}
			rest := script[from+i+len(k):]
			if strings.HasPrefix(k, "publication") && from+i > 0 && isIdentByte(script[from+i-1]) {
				from += i + len(k)
				continue // a prefixed analytics copy
			}
			from += i + len(k)
			rest = strings.TrimLeft(rest, `\"' `)
			if !strings.HasPrefix(rest, ":") {
				continue
			}
			rest = strings.TrimLeft(rest[1:], `\"' `)
			if end := strings.IndexAny(rest, `"'\,}`); end > 0 && end <= 40 {
				return rest[:end]
			}
		}
	}
	return ""
}

func TestScriptDateMatchesKeySearch(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := append([]string{"ublish", "P", "d", "ate", "date", "ed", "\"", ":", " ", ",", "}", "2020-01-02", "x", "\\"}, scriptDateKeys...)
	for _, s := range []string{`datePublishedatePublished":"2020"`, `x datePublished: "2021-01-01", publishDate: "2020"`, `pubDate: "2020", publish_date: 'x'`} {
		if got, want := scriptDate(s), keySearchDate(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	}
	for range 50000 {
		s := randtext.Join(rng, 16, pieces)
		if got, want := scriptDate(s), keySearchDate(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	}
}

func TestNonSpaceRunesMatchesRange(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{"a", " ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "é", "中", "\xff", "\xe2\x80", "\v", "\f", "\r", "\x1c"}
	for range 20000 {
		s := randtext.Join(rng, 20, pieces)
		want := 0
		for _, r := range s {
			if !unicode.IsSpace(r) {
				want++
			}
		}
		if got := nonSpaceRunes(s); got != want {
			t.Fatalf("%q: got %d, want %d", s, got, want)
		}
	}
}

func TestTeaserDayMatchesExpression(t *testing.T) {
	for _, s := range []string{"March 15, 2017", "Sep. 3, 2012 by", "Sept 3,2012", "Dec 1 , 2001", "news, May 5, 1999.", "May 5 2020", ""} {
		if got, want := teaserDay(s), teaserDayRe.MatchString(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}
