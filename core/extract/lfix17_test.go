package extract

import "testing"

// A byline the CMS printed all in lower case ("By jane roe, ap economics writer"): the name is
// still the writer's, cased as a name, and the wire post after the comma is no co-author.
func TestAuthorsLowerCaseByline17(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<div rel="author" class="author"><span class="by-text">By</span> jane q. roe, ap economics writer</div>`)
	checkAuthors(t, "lower-case byline", got, []string{"Jane Q. Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<div class="author">By jane roe and john doe</div>`)
	checkAuthors(t, "two lower-case names", got, []string{"Jane Roe", "John Doe"})
	got = authorsOf(t, "https://example.com/a", "", `<div class="author">veröffentlicht von example</div>`)
	checkAuthors(t, "no By label", got, nil)
}

// After a writer's name and a comma, an outlet's name in capitals followed by its desk ("Jane
// Roe, ABC TODAY Sports") is where the writer works, not a second person.
func TestAuthorsOutletDeskAfterName17(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<span class="byline">Jane Roe, ABC TODAY Sports</span>`)
	checkAuthors(t, "outlet in capitals and desk", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<span class="byline">Jane Roe, KBCX News</span>`)
	checkAuthors(t, "station and desk", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="byline">Jane Roe, ABC TODAY Sports</span></div>`)
	checkAuthors(t, "microdata author name", got, []string{"Jane Roe"})
}

// A site named like a publication ("Example World Report" on exampleworldreport.com) that
// fills the author field with its own name credits no person: a personal site is named after
// its owner, and no person's name ends in "Report".
func TestAuthorsReportSite17(t *testing.T) {
	h := `<meta name="Author" content="Example World Report" /><meta property="og:site_name" content="Example World Report" />`
	got := authorsOf(t, "https://www.exampleworldreport.com/a", h, ``)
	checkAuthors(t, "site's own name", got, nil)
	got = authorsOf(t, "https://www.janeroe.com/a", `<meta name="author" content="Jane Roe">`, ``)
	checkAuthors(t, "personal site", got, []string{"Jane Roe"})
}

// A wire byline under the headline in an element of no byline class, the name and the
// agency's post with no "By" ("JANE ROE" then "AP Sports Writer" on the next line).
func TestAuthorsWirePostLine17(t *testing.T) {
	got := authorsOf(t, "https://www.example.com/a", "", "<p class=\"article-time\"><span>JANE ROE\nAP Sports Writer</span> <span>Published: </span><time>June 7, 2013 2:15AM</time></p>")
	checkAuthors(t, "capitals, post on the next line", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://www.example.com/a", "", "<p class=\"meta\"><span>Jane Roe, AP Business Writer</span></p>")
	checkAuthors(t, "mixed case, comma", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://www.example.com/a", "", "<p class=\"meta\"><span>Jane Roe, Staff Writer</span></p>")
	checkAuthors(t, "no agency: not read here", got, nil)
}

// The site's name in bold, a bar, then the writer ("<strong>Example Recorder</strong> | Jane
// Roe") under the headline: the outlet line of "Name | Outlet" in the other order.
func TestAuthorsOutletFirstLine17(t *testing.T) {
	head := `<meta property="og:site_name" content="Example Recorder">`
	got := authorsOf(t, "https://www.examplerecorder.com/news/a/", head, `<div id="date"><span class="maintext"><strong>Example Recorder</strong> | Jane Roe</span> | <span class="date">Thursday, June 06, 2013</span></div>`)
	checkAuthors(t, "outlet first", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://www.examplerecorder.com/news/a/", head, `<div id="date"><span class="maintext"><strong>World</strong> | Science News</span></div>`)
	checkAuthors(t, "section first", got, nil)
}
