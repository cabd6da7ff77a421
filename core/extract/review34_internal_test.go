package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/pubdate"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// firstImg parses page and returns its first <img>.
func firstImg(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Img {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		t.Fatalf("no <img> in %q", page)
	}
	return found
}

// TestReadImgLazyAddress: readImg is the one reader of an <img>'s address; a lazy loader's
// attribute counts only when the caller asks for it and src is empty.
func TestReadImgLazyAddress(t *testing.T) {
	for _, tc := range []struct {
		img        string
		lazy, bare string
	}{
		{`<img src=" /a.jpg " data-src="/b.jpg">`, "/a.jpg", "/a.jpg"},
		{`<img data-src="/b.jpg" data-original="/c.jpg">`, "/b.jpg", ""},
		{`<img src="" data-lazy-src="/d.jpg" alt="x" width="640">`, "/d.jpg", ""},
	} {
		n := firstImg(t, "<p>"+tc.img+"</p>")
		if got := readImg(n, true).src; got != tc.lazy {
			t.Errorf("readImg(%s, lazy) = %q, want %q", tc.img, got, tc.lazy)
		}
		if got := readImg(n, false).src; got != tc.bare {
			t.Errorf("readImg(%s, src only) = %q, want %q", tc.img, got, tc.bare)
		}
	}
	if im := readImg(firstImg(t, `<img src=/a.jpg alt=Alt class=c id=i width=640 height=480 srcset="/a2.jpg 2x">`), true); im.alt != "Alt" ||
		im.class != "c i" || im.width != "640" || im.height != "480" || im.srcset != "/a2.jpg 2x" {
		t.Errorf("readImg fields = %+v", im)
	}
}

// TestOccurrences: occurrences yields every place of sub, none overlapping the last, and upTo
// stops it after n.
func TestOccurrences(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   []int
	}{
		{"aXbXXc", "X", []int{1, 3, 4}},
		{"aaaa", "aa", []int{0, 2}},
		{"abc", "z", nil},
		{"abc", "", nil},
		{"", "a", nil},
	} {
		if got := slices.Collect(occurrences(tc.s, tc.sub)); !slices.Equal(got, tc.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
	if got := slices.Collect(upTo(occurrences("x.x.x.x", "x"), 2)); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("upTo 2 = %v", got)
	}
	if got := slices.Collect(upTo(occurrences("x.x", "x"), 0)); got != nil {
		t.Errorf("upTo 0 = %v", got)
	}
}

// BenchmarkLabelledNamedNoDates reads a 3 MB byline of "Published " over and over: a label
// before no date, read 300,000 times.
func BenchmarkLabelledNamedNoDates(b *testing.B) {
	text := strings.Repeat("Published ", 300000)
	d := dateReader{visible: pubdate.Context{Loc: time.UTC}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.labelledNamed(text)
	}
}
