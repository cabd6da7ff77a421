package readability

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
)

// TestTextSummaryJoins checks summarizeText and join against collapsedLen: every split of random
// valid texts of white space of every kind (\s bytes, a vertical tab, which is trimmed but not
// collapsed, no-break and other Unicode spaces), joined in pieces, gives collapsedLen of the whole.
func TestTextSummaryJoins(t *testing.T) {
	pieces := []string{"a", "word", ",", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u3000", "\u2003", "é", "中", ""}
	rng := rand.New(rand.NewSource(31))
	for range 50000 {
		var parts []string
		for range rng.Intn(8) {
			parts = append(parts, randtext.Join(rng, 5, pieces))
		}
		whole := strings.Join(parts, "")
		sum := emptyText
		for _, p := range parts {
			sum = sum.join(summarizeText(p))
		}
		if got, want := sum.length(), collapsedLen([]byte(whole)); got != want {
			t.Fatalf("%q: joined summaries give %d, collapsedLen %d", parts, got, want)
		}
		if got, want := summarizeText(whole).length(), collapsedLen([]byte(whole)); got != want {
			t.Fatalf("%q: summary gives %d, collapsedLen %d", whole, got, want)
		}
	}
}

// TestSummedCleanMatchesPerNode runs cleanConditionally for each tag prepArticle asks it of on
// random nests of divs, lists, tables, headings, links (in-page anchors among them), embeds,
// images, inputs, commas and broken UTF-8, once summing each node's measures from its children's
// and once walking each node (perNodeClean, upstream's way), and compares the trees left.
func TestSummedCleanMatchesPerNode(t *testing.T) {
	pieces := []string{"<div>", "</div>", "<div class=sidebar>", "<div class=article>", "<ul>", "</ul>", "<ol>", "<li>", "</li>",
		"<table><tr><td>", "</td></tr></table>", "<form>", "</form>", "<fieldset>", "<p>", "</p>", "<h2>", "</h2>", "<h1>x</h1>",
		`<a href="/x">`, `<a href="#top">`, " <a href=' #a'>", "</a>", `<img src="a.png">`, "<input>", `<iframe src="https://www.youtube.com/embed/x"></iframe>`,
		`<embed src="/a.swf">`, `<object data="/v.swf"><param value="vimeo.com/1"></object>`, "<code>", "</code>", "<figure>", "</figure>",
		"word ", "a longer sentence of the story, with commas, and more, ", ",,,,,", " ", "  \n\t", "\u00a0", "\u3000x", "\v", "\xff", "\xe3\x80"}
	rng := rand.New(rand.NewSource(32))
	removed := 0
	for range 4000 {
		src := randtext.Join(rng, 80, pieces)
		for _, tag := range []string{"form", "fieldset", "table", "ul", "div"} {
			var out [2]string
			for i, perNode := range []bool{false, true} {
				doc, err := html.Parse(strings.NewReader(src))
				if err != nil {
					t.Fatal(err)
				}
				ps := NewParser()
				ps.flags.cleanConditionally = true
				ps.perNodeClean = perNode
				ps.cleanConditionally(doc, tag)
				var r strings.Builder
				if err := html.Render(&r, doc); err != nil {
					t.Fatal(err)
				}
				out[i] = r.String()
			}
			if out[0] != out[1] {
				t.Fatalf("%q, %s: summed\n%s\nper node\n%s", src, tag, out[0], out[1])
			}
			if strings.Count(out[0], "<"+tag) < strings.Count(src, "<"+tag) {
				removed++
			}
		}
	}
	if removed < 1000 {
		t.Errorf("only %d pages lost a node: the pages test too little", removed)
	}
}
