package extract

import (
	"maps"
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/internal/randtext"
)

// speed18Random builds a text of random pieces: letters in both cases, capitals whose lower
// case is another width (Kelvin sign, İ, Ω sign), letters lowering to themselves, digits,
// every kind of space, the ideographic space, broken bytes and other scripts.
func speed18Random(rng *rand.Rand, n int, extra ...string) string {
	pieces := append([]string{" ", "  ", "\n", "\t", "\u3000", "\u00a0", "\u2028", "a", "A", "the", "The", "DER", "é", "É",
		"\u212a", "\u0130", "\u2126", "ſ", "ß", "ẞ", "中", "文", "著者", "입", "2024", "17", "\xff", "\xe4", "\xe3\x80", "\ufffd",
		"-", ".", "'", "Ⅻ", "Ⓐ", "ǅ", "\x80", "\u0085", "\v", "\f", "\r", "\u200b"}, extra...)
	return randtext.Join(rng, n, pieces)
}

// latinWordsBefore is latinLang's count as it was: the whole text lowered and split.
func latinWordsBefore(text string) map[string]int {
	words := map[string]int{}
	for i, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if i > 1500 {
			break
		}
		words[w]++
	}
	return words
}

func TestLatinWordsMatchesLoweredFields(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for k := range trials(40000) {
		n := 30
		if k%100 == 0 {
			n = 6000 // past the 1,501 words counted
		}
		s := speed18Random(rng, n)
		if got, want := latinWords(s, 1501, nil), latinWordsBefore(s); !maps.Equal(got, want) {
			t.Fatalf("latinWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTrimJaIndentIsTrimLeft(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for range trials(40000) {
		s := speed18Random(rng, 8)
		if got, want := trimJaIndent(s), strings.TrimLeft(s, " \t\n\u3000"); got != want {
			t.Fatalf("trimJaIndent(%q) = %q, want %q", s, got, want)
		}
	}
}

// textOfBefore is textOf as it was before textWriter: a strings.Builder and a closure.
func textOfBefore(n *html.Node) string {
	var b strings.Builder
	crossed := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			if crossed && b.Len() > 0 && n.Data != "" && (isDigitByte(b.String()[b.Len()-1]) && isDigitByte(n.Data[0]) ||
				endsWithYear(b.String()) && isLetterStart(n.Data)) {
				b.WriteByte(' ')
			}
			b.WriteString(n.Data)
			crossed = false
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(' ')
		}
		crossed = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		crossed = true
		if n.Type == html.ElementNode && isBlockTag(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

func TestTextOfMatchesBefore(t *testing.T) {
	tags := []string{"<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<br>", "<a href=x>", "</a>", "<script>x=1</script>",
		"<style>p{}</style>", "<noscript>no</noscript>", "<li>", "<h2>", "</h2>", "<b>", "</b>", "<td>", "</td>", "<!-- c -->"}
	rng := rand.New(rand.NewSource(18))
	for range trials(3000) {
		s := randtext.Markup(rng, 40, tags, func() string { return speed18Random(rng, 4, "2009", "Feb 18", "08/08/2017", "durch", "12") })
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			want := textOfBefore(n)
			if got := textOf(n); got != want {
				t.Fatalf("textOf of %q in %q = %q, want %q", n.Data, s, got, want)
			}
			if got := normText(n); got != normSpace(want) {
				t.Fatalf("normText of %q in %q = %q, want %q", n.Data, s, got, normSpace(want))
			}
		}
	}
}

func TestHasTokenMatchesFields(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for range trials(20000) {
		s := speed18Random(rng, 10, "author", "home", " author ")
		for _, tok := range []string{"author", "home", "a", "The"} {
			want := false
			for _, f := range strings.Fields(s) {
				want = want || f == tok
			}
			if got := hasToken(s, tok); got != want {
				t.Fatalf("hasToken(%q, %q) = %v, want %v", s, tok, got, want)
			}
		}
	}
}

func TestContainerWordMatchesExpression(t *testing.T) {
	pieces := []string{"article", "ARTICLE", "Article", "art", "story", "STORY", "ſtory", "news", "newsct", "view", "cont", "post",
		"poſt", "POST", "entry", "content", "body", "text", "TEXT", "txt", "detail", "main", "rich", "read", "artikel", "inhalt",
		"dic", "area", "본문", "본", "-", "_", "__", "k", "K", "\u212a", "s", "S", "ſ", "x", "é", "\xff", "ct", "arti", "cle"}
	rng := rand.New(rand.NewSource(18))
	for range trials(200000) {
		var b strings.Builder
		for range 1 + rng.Intn(4) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		l := strings.ToLower(b.String())
		if got, want := containerWord(l), containerRe.MatchString(l); got != want {
			t.Fatalf("containerWord(%q) = %v, containerRe %v", l, got, want)
		}
	}
	// Every letter of the expression folds only to its ASCII upper case, but k and s.
	for _, r := range "abcdefghijklmnopqrstuvwxyz" {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f != unicode.ToUpper(r) && f != '\u212a' && f != 'ſ' {
				t.Errorf("%q folds to %q, which lowering may leave", r, f)
			}
			if f == '\u212a' && unicode.ToLower(f) != 'k' {
				t.Errorf("the Kelvin sign lowers to %q", unicode.ToLower(f))
			}
		}
	}
}

// sourceNewlinesBefore is the replacer renderWith used before renderer.
var sourceNewlinesBefore = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// renderWithBefore is renderWith as it was before renderer: a strings.Builder, a closure and
// the two replacements on each text node.
func renderWithBefore(n *html.Node, sourceLines, withoutLinks bool) string {
	var b strings.Builder
	pre := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			t := n.Data
			if !sourceLines && pre == 0 && strings.ContainsAny(t, "\n\r") {
				t = sourceNewlinesBefore.Replace(t)
			}
			b.WriteString(strings.ReplaceAll(t, brMark, "\n"))
			return
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Rt, atom.Rp:
				// Ruby annotations (furigana over Japanese kanji) are reading aids: kept,
				// they split every word of the sentence they annotate.
				return
			case atom.Br:
				b.WriteString("\n")
				return
			case atom.A:
				if withoutLinks {
					return
				}
			}
		}
		block := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
		if block {
			b.WriteString("\n\n")
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Pre {
			pre++
			defer func() { pre-- }()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return tidyParagraphs(b.String())
}

func TestRenderWithMatchesBefore(t *testing.T) {
	tags := []string{"<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<br>", "<a href=x>", "</a>", "<script>x=1</script>",
		"<pre>", "</pre>", "<pre>a\r\nb</pre>", "<ruby>漢<rt>kan</rt></ruby>", "<template>t</template>", "<li>", "<td>", "</td>",
		"<noscript>no</noscript>", "<h2>", "</h2>", "<!-- c -->"}
	rng := rand.New(rand.NewSource(18))
	for range trials(3000) {
		s := randtext.Markup(rng, 40, tags, func() string {
			return speed18Random(rng, 5, brMark, "\r\n", "\r", "\n\n", "\ue000\ue000", "\xee\x80", "\xee", "Ad", "©")
		})
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		// All texts are taken before any is checked: one that kept a piece of the recycled
		// buffer would be overwritten by the next.
		var got []string
		for n := range doc.Descendants() {
			for _, flags := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
				got = append(got, renderWith(n, flags[0], flags[1]))
			}
		}
		i := 0
		for n := range doc.Descendants() {
			for _, flags := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
				if want := renderWithBefore(n, flags[0], flags[1]); got[i] != want {
					t.Fatalf("renderWith(%q in %q, %v) = %q, want %q", n.Data, s, flags, got[i], want)
				}
				i++
			}
		}
	}
}

func TestHidingStyleMatchesExpression(t *testing.T) {
	pieces := []string{"display", "DISPLAY", "Display", "diſplay", "viſibility", "visibility", "VISIBILITY", "none", "NONE", "nOnE",
		"hidden", "HIDDEN", "hiDDen", ":", ":", " ", "\t", "\n", "\f", "\r", "\v", "\u00a0", ";", "block", "di", "splay", "ſ", "s", "S",
		"\xc5", "\xbf", "\xe0", "y", "no", "ne", "hid", "den", "-", "\u212a"}
	rng := rand.New(rand.NewSource(18))
	for range trials(300000) {
		s := randtext.Join(rng, 7, pieces)
		if got, want := hidingStyle(s), hiddenStyleRe.MatchString(s); got != want {
			t.Fatalf("hidingStyle(%q) = %v, hiddenStyleRe %v", s, got, want)
		}
	}
	// The expression's letters fold only to their ASCII upper case, but s to the long s too.
	for _, r := range "displayvisibilitynonehidden" {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f != unicode.ToUpper(r) && !(r == 's' && f == 'ſ') {
				t.Errorf("%q folds to %q", r, f)
			}
		}
	}
}

func TestWordsBesideBrMatchesReplace(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for range trials(100000) {
		s := speed18Random(rng, 6, brMark, brMark, "\xe2", "\x80\x83", "\xe2\x80", "\x83", "\u2003")
		if got, want := wordsBesideBr(s), strings.TrimSpace(strings.ReplaceAll(s, brMark, "")) != ""; got != want {
			t.Fatalf("wordsBesideBr(%q) = %v, want %v", s, got, want)
		}
	}
}

// tidyParagraphsBefore is tidyParagraphs as it was: every line's no-break spaces replaced before
// normSpace.
func tidyParagraphsBefore(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		line = normSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" || isJunkText(line) {
			continue
		}
		paras = append(paras, line)
	}
	return strings.Join(paras, "\n\n")
}

func TestTidyParagraphsMatchesBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for range trials(100000) {
		s := speed18Random(rng, 12, "\n", "\n\n", "\u00a0", "\xc2", "\xa0", "\xe0\xc2\xa0", "Advertisement", "Share", "\u00a0\u00a0")
		if got, want := tidyParagraphs(s), tidyParagraphsBefore(s); got != want {
			t.Fatalf("tidyParagraphs(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestBylineClassPrefilterIsSound(t *testing.T) {
	pieces := []string{"byline", "reporter", "repoter", "journalist", "author", "writer", "autor", "auth", "authoriz", "authoris",
		"ed", "wri", "ter", "or", "avatar", "photo", "img", "location", "contact", "office", "role", "-", "_", " ", "name", "box", "a", "utor",
		"by", "line", "AUTHOR", "Autor", "autorin", "author-name", "authors", "multimedia", "job", "cargo", "unauthorized"}
	rng := rand.New(rand.NewSource(18))
	for range trials(200000) {
		s := randtext.Join(rng, 6, pieces)
		// The prefilter may only skip classes the rules give no strength.
		if got, want := bylineClass(s), bylineClassRules(s); got != want {
			t.Fatalf("bylineClass(%q) = %d, want %d", s, got, want)
		}
	}
}
