package extract

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
)

// TestTextRunesOverMatchesCount checks textRunesOver(n, limit) against textRunes(n) > limit
// for every element of the class pages and of markup with broken UTF-8, dates split over
// elements and blocks: the walk that stops early must answer as the whole count.
func TestTextRunesOverMatchesCount(t *testing.T) {
	pages := []string{
		"<div><p>12</p><span>34</span> <b>2019</b>Jan <br>x\xe3\x80 y<div>\x80 z</div></div>",
		"<header><a href=/><img></a><span>Tue, 14 Jan 2020</span><script>var a = 1</script> tail</header>",
	}
	files, _ := filepath.Glob("testdata/*.html")
	classes, _ := filepath.Glob("testdata/classes/*.html")
	files = append(files, classes...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	checked := 0
	for _, src := range pages {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				want := textRunes(n)
				for _, limit := range []int{0, 1, 5, want - 1, want, want + 1, mastheadText} {
					if limit >= 0 && textRunesOver(n, limit) != (want > limit) {
						t.Fatalf("textRunesOver(<%s>, %d) = %v, textRunes %d", n.Data, limit, !(want > limit), want)
					}
				}
				checked++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	if checked < 300 {
		t.Fatalf("%d elements checked", checked)
	}
}

// nameSpotsBefore is nameSpots as it was, each name's bytes read to their end.
func nameSpotsBefore(sheets []string, names map[string]bool) map[string][]spot {
	spots := map[string][]spot{}
	for _, open := range []byte{'.', '#'} {
		shortest, longest := math.MaxInt, 0
		for name := range names {
			if name[0] == open {
				shortest, longest = min(shortest, len(name)), max(longest, len(name))
			}
		}
		if longest == 0 {
			continue
		}
		for i, css := range sheets {
			for k := 0; ; {
				o := strings.IndexByte(css[k:], open)
				if o < 0 {
					break
				}
				k += o
				e := k + 1
				for e < len(css) && isNameByte(css[e]) {
					e++
				}
				if e-k >= shortest && e-k <= longest && names[css[k:e]] {
					spots[css[k:e]] = append(spots[css[k:e]], spot{i, k})
				}
				k = e
			}
		}
	}
	return spots
}

// TestNameSpotsMatchesBefore checks nameSpots, which stops reading a name past the longest one,
// against the whole read on random sheets of names, their longer and shorter kin and separators.
func TestNameSpotsMatchesBefore(t *testing.T) {
	pieces := []string{".a", ".ab", ".abc", "#a", "#ab", "#x-y", "bc", "-", "_", "9", "é", " ", "{", "}", ".", "#", ":", "\xff"}
	rng := rand.New(rand.NewSource(21))
	hits := 0
	for range 20000 {
		names := map[string]bool{}
		for range 1 + rng.Intn(3) {
			names[pieces[rng.Intn(6)]] = true
		}
		var sheets []string
		for range 1 + rng.Intn(2) {
			sheets = append(sheets, randtext.Join(rng, 16, pieces))
		}
		got, want := nameSpots(sheets, names), nameSpotsBefore(sheets, names)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("nameSpots(%q, %v) = %v, before %v", sheets, names, got, want)
		}
		hits += len(want)
	}
	if hits == 0 {
		t.Fatal("no name found: the cases test nothing")
	}
}
