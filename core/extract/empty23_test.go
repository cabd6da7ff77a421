package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// commaStory is a council story; its first paragraph alone is a one-sentence brief.
var commaStory = []string{
	"The city council voted on Tuesday night to approve a new budget for the coming year, ending months of debate over how to pay for road repairs and school buildings.",
	"Council members said the plan would raise the local sales tax by half a percentage point, a step opposed by several business groups who argued it would drive shoppers to neighbouring towns.",
	"Mayor Jane Holloway, who had pushed for the increase since the spring, said the vote showed the council was willing to make hard choices for the future of the city.",
	"Opponents said they would consider a petition to put the measure on the ballot next year, though they acknowledged that gathering enough signatures would be difficult.",
	"The budget also sets aside money for a new fire station on the east side of town and for the hiring of twelve additional police officers over the next two years.",
	"Residents who spoke at the meeting were divided, with some praising the investment in schools and others warning that families already struggle with rising prices.",
}

// commaTeasers is a list of other stories as news sites set it after a story: headlines and
// teaser lines thick with commas, which readability's scoring rewards. style "link" is a list of
// linked headlines; "pa" is a paragraph per story, its linked headline then its teaser.
func commaTeasers(style string, n int) string {
	var b strings.Builder
	b.WriteString(`<section class="stream"><h2>More news</h2>`)
	if style == "link" {
		b.WriteString("<ul>")
	}
	for i := range n {
		head := fmt.Sprintf("Storm, floods, and power cuts: residents in Oak Valley, Pine Ridge, and Maple Town count the cost, again, after week %d", i)
		tease := fmt.Sprintf("Officials, residents, and business owners say repairs, insurance claims, and clean-up work could take months, weeks, or longer, depending on weather, funding, and staff number %d.", i)
		switch style {
		case "link":
			fmt.Fprintf(&b, `<li><a href="/n/%d">%s</a></li>`, i, head)
		default:
			fmt.Fprintf(&b, `<p><a href="/n/%d">%s</a> %s</p>`, i, head, tease)
		}
	}
	if style == "link" {
		b.WriteString("</ul>")
	}
	b.WriteString("</section>")
	return b.String()
}

// commaNewsPage is a news page: a header, the headline and byline, the story's paragraphs in
// open (a marked container, an <article>, or a bare <div>), and the teaser lists after it.
func commaNewsPage(desc, open, close string, story []string, lists string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>City council approves budget with tax increase - Daily Gazette</title>`)
	if desc != "" {
		fmt.Fprintf(&b, `<meta name="description" content="%s">`, desc)
	}
	b.WriteString(`</head><body><header class="site-header"><a href="/">Daily Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main>`)
	b.WriteString(open + `<h1>City council approves budget with tax increase</h1><p class="byline">By Tom Reed | June 3, 2024</p>`)
	for _, p := range story {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString(close + lists + `</main><footer>(c) Daily Gazette</footer></body></html>`)
	return b.String()
}

func TestCommaTeaserListsKeepMarkedStory(t *testing.T) {
	// The story in <div class="article-body"> inside <article>, short or long, with or without
	// a description, followed by comma-heavy teaser lists: readability's comma scores must not
	// move the reading to the lists, nor leave it empty.
	for _, n := range []int{2, 6} {
		for _, desc := range []string{"", commaStory[0]} {
			for _, style := range []string{"link", "pa"} {
				page := commaNewsPage(desc, `<article>`, `</article>`, nil, commaTeasers(style, 15))
				page = strings.Replace(page, `June 3, 2024</p>`, `June 3, 2024</p><div class="article-body"><p>`+strings.Join(commaStory[:n], "</p><p>")+`</p></div>`, 1)
				r, err := Extract("https://gazette.example.com/news/budget", []byte(page))
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range commaStory[:n] {
					if !strings.Contains(r.Body, p) {
						t.Errorf("%d paragraphs, desc %t, %s: body lost %q: %q", n, desc != "", style, p, r.Body)
					}
				}
				if strings.Contains(r.Body, "Oak Valley") || strings.Contains(r.Body, "insurance claims") {
					t.Errorf("%d paragraphs, desc %t, %s: body keeps the teasers: %q", n, desc != "", style, r.Body)
				}
			}
		}
	}
}

func TestBriefBesideTeasersInOneColumn(t *testing.T) {
	// A one-sentence brief the description repeats, its headline and the teaser lists in one
	// <main> with no <article> around the story: readability reads the brief, and neither the
	// block under the headline (few teasers) nor the whole page (many) replaces it.
	for _, wrap := range [][2]string{{`<div>`, `</div>`}, {`<div class="article-body">`, `</div>`}} {
		for _, n := range []int{5, 30} {
			for _, style := range []string{"link", "pa"} {
				page := commaNewsPage(commaStory[0], "", "", nil, commaTeasers(style, n))
				page = strings.Replace(page, `June 3, 2024</p>`, `June 3, 2024</p>`+wrap[0]+`<p>`+commaStory[0]+`</p>`+wrap[1], 1)
				r, err := Extract("https://gazette.example.com/news/budget", []byte(page))
				if err != nil {
					t.Fatal(err)
				}
				if r.Body != commaStory[0] {
					t.Errorf("%s, %d teasers, %s: body %q", wrap[0], n, style, r.Body)
				}
			}
		}
	}
}

func TestTeaserPaddedNeedsLinkLines(t *testing.T) {
	// The wider reading adds the story's other paragraphs: readability read a piece of the
	// story, and the wider reading stays.
	page := commaNewsPage(commaStory[0], "", "", commaStory, commaTeasers("link", 3))
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	desc := newCandidate(commaStory[0]).tokens
	brief := newCandidate(commaStory[0])
	story := newCandidate(strings.Join(commaStory, "\n\n"))
	if teaserPadded(doc, brief, story, desc) {
		t.Error("the story's own paragraphs taken for teasers")
	}
	var lines []string
	for i := range 3 {
		lines = append(lines, fmt.Sprintf("Storm, floods, and power cuts: residents in Oak Valley, Pine Ridge, and Maple Town count the cost, again, after week %d", i))
	}
	listed := newCandidate(commaStory[0] + "\n\n" + strings.Join(lines, "\n\n"))
	if !teaserPadded(doc, brief, listed, desc) {
		t.Error("a brief beside linked headlines not seen")
	}
	// Without a description that the brief says, a short reading is no brief the page vouches for.
	if teaserPadded(doc, brief, listed, nil) || teaserPadded(doc, brief, listed, newCandidate("Daily Gazette, the city's paper since 1901, news and sport").tokens) {
		t.Error("teaserPadded without the page's description of the brief")
	}
}

func TestEmptyReadingTakesMarkedContainer(t *testing.T) {
	// Readability read nothing: the named container, of a story's size, is the story whatever
	// the description says.
	c := newCandidate(strings.Join(commaStory[:2], "\n\n"))
	for _, desc := range [][]string{nil, newCandidate(commaStory[0]).tokens, newCandidate("Daily Gazette, the city's paper since 1901, news and sport").tokens} {
		if !betterContainer(newCandidate(""), c, desc) {
			t.Errorf("desc %q: an empty reading kept over the named container", desc)
		}
	}
}

// headedCards is a section of teaser cards built of <div>s: each a linked headline in an <h3>
// and a teaser line, thick with commas.
func headedCards(n int) string {
	var b strings.Builder
	b.WriteString("<section><h2>Latest</h2>")
	for i := range n {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/n/%d">Storm, floods, and power cuts: residents in Oak Valley, Pine Ridge, and Maple Town count the cost, again, after week %d</a></h3>`+
			"<p>Officials, residents, and business owners say repairs, insurance claims, and clean-up work could take months, weeks, or longer, depending on weather, funding, and staff number %d.</p></div>\n", i, i, i)
	}
	b.WriteString("</section>")
	return b.String()
}

func TestMarkedBriefBesideHeadedCards(t *testing.T) {
	// The story in <div class="article-body">, one or two paragraphs, and after it teaser
	// cards of <div>s whose comma-heavy teaser lines readability scores above the story: it
	// reads the story and every teaser line. The marked brief alone is the story, a
	// one-sentence brief too, with or without <article> around it.
	for _, n := range []int{1, 2} {
		for _, wrap := range [][2]string{{"<article>", "</article>"}, {"", ""}} {
			for _, cards := range []int{5, 30} {
				page := commaNewsPage("", wrap[0], wrap[1], nil, headedCards(cards))
				page = strings.Replace(page, `June 3, 2024</p>`, `June 3, 2024</p><div class="article-body"><p>`+strings.Join(commaStory[:n], "</p>\n<p>")+`</p></div>`, 1)
				r, err := Extract("https://gazette.example.com/news/budget", []byte(page))
				if err != nil {
					t.Fatal(err)
				}
				if want := strings.Join(commaStory[:n], "\n\n"); r.Body != want {
					t.Errorf("%d paragraphs, %q, %d cards: body %.300q", n, wrap[0], cards, r.Body)
				}
			}
		}
	}
}

func TestHeadedCardNeedsLinkedHeading(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><h3><a href="/x">Other story, again</a></h3><p>Teaser.</p></div>` +
		`<div id="b"><h3>Section heading</h3><p>Text.</p></div><div id="c">Lead text <h3><a href="/y">Link</a></h3></div>` +
		`<div id="d"><p><a href="/z">Linked words</a> open a paragraph.</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"a": true, "b": false, "c": false, "d": false}
	for id, w := range want {
		n := findElement(doc, func(n *html.Node) bool { return attr(n, "id") == id })
		if got := headedCard(n); got != w {
			t.Errorf("%s: headedCard %t, want %t", id, got, w)
		}
	}
}
