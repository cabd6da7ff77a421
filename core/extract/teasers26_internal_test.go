package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// riverCards is a "More in …" river of n other stories' cards: a linked picture, a linked
// headline, a time stamp and a cut excerpt each.
func riverCards(n int) string {
	var b strings.Builder
	b.WriteString(`<ul>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<li><article><figure><a href="https://www.example.com/other-%[1]d/"><img src="/p%[1]d.jpg"></a></figure>
<div><header><h5><a href="https://www.example.com/other-%[1]d/">Council weighs new parking rules for the old town number %[1]d</a></h5>
<time datetime="2024-03-0%[1]dT10:00:00Z">March %[1]d, 2024, 10:0%[1]d am</time></header>
<div>Shop owners told the council that the plan would keep customers away from the market square, and asked for...</div></div></article></li>`, i)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// TestTeaserRiverAfterBrief26: the teaser cards preclean marks go from a reading whose story
// before them is a brief's worth of text, under a full story's size (a short story, or one
// whose embedded posts were dropped); a page that is the list under its heading keeps it, and
// so does a reading that goes on with its own text after the list.
func TestTeaserRiverAfterBrief26(t *testing.T) {
	brief := `<p>The harbour ferry returned to service on Monday after a week of repairs to its engine.</p>
<p>Commuters lined up before dawn at the north pier, where the first crossing left on time.</p>
<p>The operator said the repairs cost less than expected and that fares would not change.</p>`
	after := `<p>Two extra evening crossings will run until the end of the month to clear the backlog, the operator said.</p>
<p>Tickets bought for the cancelled crossings last week can be used on any of them, or refunded at the pier.</p>
<p>The council will review the ferry's timetable in the spring, when the new boats ordered last year are due to arrive.</p>`
	for _, tc := range []struct {
		name, page string
		kept       bool
	}{
		{"brief closed by the river", brief + riverCards(4), false},
		{"list under its heading", `<h2>Local news</h2>` + riverCards(4), true},
		{"reading going on after the list", brief + riverCards(4) + after, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><div id="reading">` + tc.page + `</div></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			preclean(doc)
			// Readability drops the cards' link-dense headline headings: the stamps and excerpts
			// it leaves no longer read as teasers in its reading, only preclean's marks tell them.
			for h := findElement(doc, func(n *html.Node) bool { return n.Data == "h5" }); h != nil; h = findElement(doc, func(n *html.Node) bool { return n.Data == "h5" }) {
				h.Parent.RemoveChild(h)
			}
			root := findElement(doc, func(n *html.Node) bool { return attr(n, "id") == "reading" })
			postclean(root)
			text := renderText(root)
			if got := strings.Contains(text, "Shop owners"); got != tc.kept {
				t.Errorf("cards kept = %v, want %v: %q", got, tc.kept, text)
			}
			if strings.Contains(tc.page, "harbour ferry") && !strings.Contains(text, "first crossing left on time") {
				t.Errorf("story lost: %q", text)
			}
		})
	}
}

// TestRecircLabelBox26: in a reading, a box that opens with a recirculation label ("More For
// You") over another story's card goes whole, its headline no link; a box under such a label
// that holds most of the reading is the story's own frame under a section link ("Top Stories"
// over a short story's cell), and stays.
func TestRecircLabelBox26(t *testing.T) {
	story := `<p>The harbour ferry returned to service on Monday after a week of repairs to its engine.</p>
<p>Commuters lined up before dawn at the north pier, where the first crossing left on time.</p>
<p>The operator said the repairs cost less than expected and that fares would not change.</p>
<p>Two extra evening crossings will run until the end of the month to clear the backlog.</p>`
	card := `<div><p>More For You</p><div><p>Dock workers vote on a new contract after months of talks</p><div>By A Writer</div>
<p>The union said the offer met most of its demands on pay and hours, and the vote closes on Friday.</p></div></div>`
	for _, tc := range []struct {
		name, reading, probe string
		kept                 bool
	}{
		{"card under the story", `<div>` + story + `</div>` + card, "Dock workers", false},
		{"story's cell under a section link", `<div><a href="/top.htm">Top Stories</a><br><b>Harbour ferry back in service</b>` + story + `</div><ul><li><a href="/w">Weather</a></li></ul>`, "first crossing", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><div id="reading">` + tc.reading + `</div></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			root := findElement(doc, func(n *html.Node) bool { return attr(n, "id") == "reading" })
			postclean(root)
			text := renderText(root)
			if got := strings.Contains(text, tc.probe); got != tc.kept {
				t.Errorf("%q kept = %v, want %v: %q", tc.probe, got, tc.kept, text)
			}
		})
	}
}
