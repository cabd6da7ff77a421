package extract

import (
	"maps"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// fixedNamesEveryPlace is fixedNames as it read before fuzz34: ruleAround asked at every "fixed".
func fixedNamesEveryPlace(css string) map[string]bool {
	fixed := map[string]bool{}
	for at := 0; ; {
		k := strings.Index(css[at:], "fixed")
		if k < 0 {
			return fixed
		}
		k += at
		at = k + 5
		sel, block, _, ok := ruleAround(css, k)
		if !ok || !fixedRe.MatchString(block) {
			continue
		}
		for _, one := range strings.Split(sel, ",") {
			if one = strings.TrimSpace(one); simpleNameRe.MatchString(one) {
				fixed[one] = true
			}
		}
	}
}

// TestFixedBlockPlacesOncePerBlock counts the rules pageSheet judges: one per block holding
// "fixed", none for a "fixed" outside every block, however many stand there.
func TestFixedBlockPlacesOncePerBlock(t *testing.T) {
	const n = 5000
	for _, tc := range []struct {
		css  string
		want int
	}{
		{".bar{position:fixed;" + strings.Repeat("fixed ", n) + "}", 1},
		{strings.Repeat("fixed ", n), 0},
		{".bar{top:0}" + strings.Repeat("fixed ", n), 0},
		{strings.Repeat(".bar{position:fixed} ", n), n},
		{".a{position:fixed}.b{table-layout:fixed;background:fixed}", 2},
	} {
		if got := len(slices.Collect(fixedBlockPlaces(tc.css))); got != tc.want {
			t.Errorf("%.40q…: %d places judged, want %d", tc.css, got, tc.want)
		}
	}
}

// TestFixedNamesAsEveryPlace checks fixedNames against ruleAround asked at every "fixed", on
// random sheets of selectors, braces, separators and declarations.
func TestFixedNamesAsEveryPlace(t *testing.T) {
	parts := []string{".a", "#b", ".c", " ", ",", "{", "}", ";", "position:fixed", "position: FIXED", "fixed", "display:none", "/*x*/", "@media screen"}
	rng := rand.New(rand.NewPCG(34, 34))
	for range trials(3000) {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		css := b.String()
		got := map[string]bool{}
		fixedNames(css, got)
		if want := fixedNamesEveryPlace(css); !maps.Equal(got, want) {
			t.Fatalf("%q: %v, asked at every place %v", css, got, want)
		}
	}
}

// sheetBytes returns the bytes pageSheet allocates on page.
func sheetBytes(t *testing.T, page string) uint64 {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	if pageSheet(doc) == nil {
		t.Fatal("no hiding read")
	}
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestPageSheetSelectorOnce reads a hiding rule whose selector names a fixed class n times
// (".a, .a, … .a {display:block}"): the rule is read once, so doubling n at most doubles the
// bytes pageSheet allocates (every spot read split the whole selector again and kept its n parts, n·n).
func TestPageSheetSelectorOnce(t *testing.T) {
	page := func(n int) string {
		return `<style>.a{position:fixed} .a{display:none} ` + strings.Repeat(".a, ", n) + `.a{display:block}</style><div class=a>x</div>`
	}
	small, large := sheetBytes(t, page(2000)), sheetBytes(t, page(4000))
	if large > 3*small {
		t.Errorf("%d bytes at 2000 names, %d at 4000", small, large)
	}
}
