package extract

import (
	"strings"
	"testing"
)

// fix21bProse is a story's text, long enough for the body to be found.
var fix21bProse = strings.Repeat(`<p>The county commission voted on Tuesday to extend the lease of the fairground for another ten years, after a hearing that ran late into the evening and drew a crowd of residents.</p>`, 4)

func fix21bExtract(t *testing.T, url, page string) *Result {
	t.Helper()
	r, err := Extract(url, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPictureCreditProfileLinkIsNoByline(t *testing.T) {
	// The lead photograph's credit links to its staff photographer's profile; the story's own
	// byline is a desk's ("From staff and wire reports"), which names nobody.
	page := `<html lang="en"><head><meta charset="utf-8"><title>Commission extends fairground lease</title></head><body>
<h1>Commission extends fairground lease</h1><div class="article"><div id="leadPhoto" class="horizontal">
<img class="photograph" src="/media/fair.jpg" alt="Image" /><p class="credit"><a href="/staff/jane-roe/">Jane Roe</a></p>
<p class="caption">Visitors at the fairground on Tuesday.</p></div>
<p class="byline">From staff and wire reports</p>` + fix21bProse + `</div></body></html>`
	r := fix21bExtract(t, "https://example.com/news/2017/apr/20/fairground-lease/", page)
	checkAuthors(t, "picture credit", r.Authors, nil)
}

func TestRoleWordAccountIsNoAuthor(t *testing.T) {
	// A blog's content system fills the author fields with its account's role ("writer") and
	// prints "By writer": a role word is no person, however often the page repeats it.
	for _, role := range []string{"writer", "reporter", "contributor"} {
		page := `<html lang="en"><head><meta charset="utf-8"><title>Fund raises money</title><meta name="author" content="` + role + `" />
<meta name="byl" content="` + role + `" /></head><body><h1>Fund raises money</h1><address class="byline author vcard">By ` + role + `</address>
<div class="entry-content">` + fix21bProse + `</div></body></html>`
		r := fix21bExtract(t, "https://blog.example.com/2006/09/12/fund-raises-money/", page)
		checkAuthors(t, role, r.Authors, nil)
	}
}
