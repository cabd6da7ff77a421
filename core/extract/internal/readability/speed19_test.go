package readability

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"

	"paperboy/core/extract/internal/readability/internal/re2go"
	"paperboy/core/internal/randtext"
)

// TestClassNameIsDomClassName checks className against dom.ClassName on classes of ASCII
// names, every kind of white space (\v and U+0085, U+00A0, U+3000 among them), broken UTF-8
// and letters above ASCII.
func TestClassNameIsDomClassName(t *testing.T) {
	pieces := []string{"a", "bc", "Main-Content", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u3000", "\xff", "\xc2", "é", "x_y"}
	rng := rand.New(rand.NewSource(19))
	for range 30000 {
		s := randtext.Join(rng, 7, pieces)
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: "x"}, {Key: "class", Val: s}}}
		if got, want := className(n), dom.ClassName(n); got != want {
			t.Fatalf("className(%q) = %q, dom.ClassName %q", s, got, want)
		}
	}
	if got := className(&html.Node{Type: html.ElementNode, Data: "div"}); got != "" {
		t.Fatalf("className without a class = %q", got)
	}
}

// TestScoreFormIsSprintf checks setContentScore's strconv form against fmt's "%.4f".
func TestScoreFormIsSprintf(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 0.00005, 0.00015, -0.00005, 123.45675, math.MaxFloat64, math.SmallestNonzeroFloat64}
	rng := rand.New(rand.NewSource(19))
	for range 50000 {
		vals = append(vals, (rng.Float64()-0.5)*math.Pow(10, float64(rng.Intn(20)-5)), math.Float64frombits(rng.Uint64()))
	}
	for _, v := range vals {
		if got, want := strconv.FormatFloat(v, 'f', 4, 64), fmt.Sprintf("%.4f", v); got != want {
			t.Fatalf("%v: %q, Sprintf %q", v, got, want)
		}
	}
}

// TestScoreTextMatchesInnerText checks scoreText against the runes and re2go.CountCommas of
// ps.getInnerText(node, true) on random trees of every comma and white-space rune, their bytes
// split across text nodes and broken, counted for every node of each tree (commas only past 25
// runes, as scoring asks them).
func TestScoreTextMatchesInnerText(t *testing.T) {
	pieces := []string{"a", "word ", ",", "\u060c", "\ufe50", "\ufe10", "\ufe11", "\u2e41", "\u2e34", "\u2e32", "\uff0c", " ", "  ", "\t", "\n",
		"\r", "\f", "\v", "\u00a0", "\u2000", "\u2028", "\u205f", "\u3000", "\u0085", "\xef", "\xef\xbc", "\xbc\x8c", "\xe2", "\xe2\xb8", "\xb2",
		"\xd8", "\x8c", "\xff", "中", "<p>", "</p>", "<b>", "</b>", "<div>", "</div>", "<script>x, y</script>"}
	rng := rand.New(rand.NewSource(19))
	ps := NewParser()
	for range 1500 {
		s := randtext.Join(rng, 60, pieces)
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			inner := ps.getInnerText(n, true)
			chars, commas := ps.scoreText(n)
			wantCommas := 0
			if charCount(inner) >= 25 {
				wantCommas = re2go.CountCommas(inner)
			}
			if chars != charCount(inner) || commas != wantCommas {
				t.Fatalf("scoreText in %q = %d, %d; want %d, %d", s, chars, commas, charCount(inner), wantCommas)
			}
		}
	}
}
