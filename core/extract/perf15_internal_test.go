package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/internal/randtext"
)

// perf15Random builds a text of random pieces: every date label, its halves and neighbours,
// white space, broken bytes and other scripts.
func perf15Random(rng *rand.Rand, n int, extra []string) string {
	pieces := append([]string{" ", "\n", "a", "d", "é", "中", "입", "\xff", "\xec", "\xec\x9e", "2024-01-02", ":"}, extra...)
	return randtext.Join(rng, n, pieces)
}

func TestLabelsInMatchesContains(t *testing.T) {
	var extra []string
	for _, l := range dateLabels {
		extra = append(extra, l.word, l.word[:len(l.word)/2], l.word[len(l.word)/2:], l.word[:1], l.word[1:])
	}
	rng := rand.New(rand.NewSource(15))
	for range trials(30000) {
		s := perf15Random(rng, 12, extra)
		got := labelsIn(s)
		for i, l := range dateLabels {
			if want := strings.Contains(s, l.word); want != got.has(i) {
				t.Fatalf("labelsIn(%q): label %q present %v, strings.Contains %v", s, l.word, got.has(i), want)
			}
		}
	}
}

// altCaptionBoxBefore is altCaptionBox as it was before altCaptionOf: textLonger, then a walk
// of every descendant.
func altCaptionBoxBefore(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div || textLonger(n, maxCaption+maxAltCredits) {
		return false
	}
	alt := ""
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Figure, atom.Table:
			return false
		case atom.Img:
			if a := normSpace(attr(d, "alt")); alt == "" && utf8.RuneCountInString(a) >= minAltCaption {
				alt = a
			}
		}
	}
	if alt == "" {
		return false
	}
	text := normSpace(textOf(n))
	if !strings.Contains(text, alt) || utf8.RuneCountInString(text) > utf8.RuneCountInString(alt)+maxAltCredits {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Div && normSpace(textOf(d)) == alt {
			return !hasLink(d) && !linkBetween(d, n)
		}
	}
	return false
}

func TestAltCaptionOfMatchesBefore(t *testing.T) {
	const alt = "A long alternative text of the picture"
	pieces := []string{"<div>", "</div>", "<div>", "</div>", "<div>" + alt + "</div>", alt, `<img alt="` + alt + `">`,
		`<img alt="short">`, `<img alt="  ` + alt + ` ">`, "<p>", "</p>", "<li>", "<h2>", "<figure>", "<table>", "<span>", "</span>",
		"<a href=/x>", "</a>", "<script>" + strings.Repeat("x", 300) + "</script>", "<style>p{}</style>",
		"<noscript><p>no</p></noscript>", "<!-- c -->", strings.Repeat("word ", 30), strings.Repeat("中", 90), " ", "\n", "\xff",
		"Photo: Agency"}
	rng := rand.New(rand.NewSource(15))
	boxes, trues := 0, 0
	for range trials(20000) {
		src := "<div>" + randtext.Join(rng, 14, pieces)
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			want := altCaptionBoxBefore(n)
			if got := altCaptionBox(n); got != want {
				t.Fatalf("%q <%s>: altCaptionBox %v, before %v", src, n.Data, got, want)
			}
			if n.DataAtom == atom.Div {
				boxes++
			}
			if want {
				trues++
			}
		}
	}
	if trues == 0 || trues == boxes {
		t.Fatalf("%d boxes of %d: the cases test nothing", trues, boxes)
	}
}

// kickedHeadlineBefore is kickedHeadline as it was before its ASCII bytes were read one by one.
func kickedHeadlineBefore(n *html.Node) *html.Node {
	var head *html.Node
	words, in := 0, false
	var walk func(*html.Node) bool
	walk = func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			for _, r := range c.Data {
				switch {
				case unicode.IsSpace(r) || r == '\ue000':
					in = false
				case !in:
					in = true
					if words++; words > maxKickerWords {
						return true
					}
				}
			}
			return false
		case c.Type != html.ElementNode:
			return false
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript:
			return false
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			head = c
			return true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(n)
	if head == nil || head == n || words == 0 {
		return nil
	}
	if link := leadLink(head); link != nil && headlineWords(link) {
		return link
	}
	return nil
}

func TestKickedHeadlineMatchesBefore(t *testing.T) {
	pieces := []string{"<div>", "</div>", "<h2>", "</h2>", "<h3>", `<a href="/story">`, "</a>", "Section", "Three word headline",
		"a", "b", " ", "\n\t\t", "\u00a0", "\u0085", "\u3000", brMark, "\ue001", "é", "中", "\xff", "\xe3\x80", "<span>", "</span>",
		"<script>one two three four</script>", "<b>", "</b>", "x\u2028y"}
	rng := rand.New(rand.NewSource(15))
	found := 0
	for range 20000 {
		src := "<div>" + randtext.Join(rng, 14, pieces)
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			want := kickedHeadlineBefore(n)
			if got := kickedHeadline(n); got != want {
				t.Fatalf("%q <%s>: kickedHeadline %v, before %v", src, n.Data, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no case finds a headline: the cases test nothing")
	}
}

// TestLowerKeepsAQuarterOfTheBytes backs labelledByline's bound: strings.ToLower writes at least
// a byte for each rune, and a rune is at most four bytes, so a text more than 4*maxAuthorLabel
// bytes long lowers to no author label. Texts of the runes that shrink most when lowered.
func TestLowerKeepsAQuarterOfTheBytes(t *testing.T) {
	pieces := []string{"\u212a", "\u2126", "\u1e9e", "\u0130", "İ", "A", "\U00010400", "\U0001e900", "\xff", "\xe2\x84", " ", ":"}
	rng := rand.New(rand.NewSource(15))
	for range 20000 {
		if s := randtext.Join(rng, 40, pieces); 4*len(strings.ToLower(s)) < len(s) {
			t.Fatalf("strings.ToLower(%q) is %d bytes of %d", s, len(strings.ToLower(s)), len(s))
		}
	}
	for l := range authorLabels {
		if len(l) > maxAuthorLabel {
			t.Fatalf("maxAuthorLabel %d, label %q", maxAuthorLabel, l)
		}
	}
}

// hasHanLeadBefore is hasHanLead as it was: every byte compared.
func hasHanLeadBefore(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xE4 && b <= 0xE9 {
			return true
		}
	}
	return false
}

func TestHasHanLeadMatchesBefore(t *testing.T) {
	pieces := []string{"a", "word ", "é", "中", "\xe4", "\xe9", "\xe3", "\xea", "\xff", "\x80", "한", "日本", "\u3000", "1234567"}
	rng := rand.New(rand.NewSource(15))
	for range 50000 {
		s := randtext.Join(rng, 30, pieces)
		for cut := 0; cut < min(len(s), 9); cut++ {
			if got, want := hasHanLead(s[cut:]), hasHanLeadBefore(s[cut:]); got != want {
				t.Fatalf("hasHanLead(%q) = %v, before %v", s[cut:], got, want)
			}
		}
	}
}

// nameHoldsBefore is nameHolds as it was, each token lowered with strings.ToLower.
func nameHoldsBefore(name string, words, pairs map[string]bool) bool {
	found, prev := false, ""
	var key [64]byte
	forEachToken(name, func(tok string) bool {
		tok = strings.ToLower(tok)
		if words[tok] && prev != "and" && prev != "with" || prev != "" && pairs[string(append(append(append(key[:0], prev...), ' '), tok...))] {
			found = true
			return false
		}
		prev = tok
		return true
	})
	return found
}

func TestNameHoldsMatchesBefore(t *testing.T) {
	type set struct{ words, pairs map[string]bool }
	sets := []set{{junkWords, junkPairs}, {creditWords, nil}, {authorWords, authorPairs}, {galleryWords, galleryPairs}, {overlayWords, nil}}
	var pieces []string
	for _, s := range sets {
		for w := range s.words {
			pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
		for p := range s.pairs {
			a, b, _ := strings.Cut(p, " ")
			pieces = append(pieces, a, b, strings.ToUpper(b))
		}
	}
	pieces = append(pieces, " ", "-", "_", "\t", "and", "with", "AND", "İ", "\u212a", "é", "x", strings.Repeat("Long", 20), "\xff")
	rng := rand.New(rand.NewSource(15))
	hits := 0
	for range 100000 {
		name := randtext.Join(rng, 8, pieces)
		for _, s := range sets {
			want := nameHoldsBefore(name, s.words, s.pairs)
			if got := nameHolds(name, s.words, s.pairs); got != want {
				t.Fatalf("nameHolds(%q) = %v, before %v", name, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Fatal("no name holds a word: the cases test nothing")
	}
}

// TestHasHanLeadEveryByte checks the word-wide range test of hasHanLead against the byte test
// for every byte value at every place of a word, beside every other value: a borrow or carry
// between a word's bytes would show as a neighbour's answer.
func TestHasHanLeadEveryByte(t *testing.T) {
	everyBytePair("abcdefgh", func(w []byte) {
		if got, want := hasHanLead(string(w)), hasHanLeadBefore(string(w)); got != want {
			t.Fatalf("hasHanLead(%q) = %v, before %v", w, got, want)
		}
	})
}
