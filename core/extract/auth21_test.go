package extract

import (
	"strings"
	"testing"
)

// auth21Story is a story's text long enough for the body rules to take it.
var auth21Story = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 6)

// auth21Run extracts a synthetic page with the given head and body and checks its authors.
func auth21Run(t *testing.T, name, head, body string, want []string) {
	t.Helper()
	page := "<html><head><title>Council passes the budget after a long night</title>" + head + "</head><body>" + body + "</body></html>"
	r, err := Extract("https://www.example.com/2009/09/14/council-passes-the-budget/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// Blog templates of the 2000s print the post's writer in its meta line after the date and a
// "Posted" label, under a headline set in <h2>: "Posted on Wednesday, November 5th, 2008,
// 8:22 am by <a>Jane Roe</a>", "posted November 22nd, 2008 8:13 PM UTC by Jane Roe in
// <a>Reviews</a>". A reader's comment signed the same way after the story is no byline.
func TestAuthorsAuth21PostedLine(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"posted on a date by a link, in the post's footer",
			`<div id="header"><a href="/">Tiny Gadgets</a></div><div class="entry"><div class="entrytitle"><h2><a href="/2009/09/14/council-passes-the-budget/" rel="bookmark">Council passes the budget after a long night</a></h2></div>
<div class="entrybody"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div>
<div class="entrytitle entry-1"><span class="meta">Posted on Wednesday, November 5th, 2008, 8:22 am by <a href="/author/admin" title="Posts by Jane Roeburn">Jane Roeburn</a> <br /> Tags: <a href="/tag/budget" rel="tag">the city budget</a>, <a href="/tag/council" rel="tag">the town council</a>, <a href="/tag/night" rel="tag">a long night</a>, <a href="/tag/vote" rel="tag">the final vote</a></span></div>`,
			[]string{"Jane Roeburn"}},
		{"posted a date by a name in categories",
			`<div class="post"><h2><a href="/2009/09/14/council-passes-the-budget/" rel="bookmark">Council passes the budget after a long night</a></h2>
<small>posted November 22nd, 2008 8:13 PM UTC by Jane Roeburn in <a href="/category/news/" rel="category tag">News</a>, <a href="/category/city/" rel="category tag">City</a></small>
<div class="entry"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div>`,
			[]string{"Jane Roeburn"}},
		{"a reader's comment after the story",
			`<div class="post"><h2>Council passes the budget after a long night</h2><div class="entry"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div>
<div><p>Thanks for this.</p><p class="postfoot">posted on Wednesday, October 24, 2012 at 7:26 PM by <a href="http://example.net" rel="nofollow">Darren Example</a></p></div>`,
			nil},
		{"posted in a sentence",
			`<div class="post"><h2>Council passes the budget after a long night</h2><div class="entry"><p>The notice was posted on Monday by the clerk, Tom Example, in the hall.</p><p>` + auth21Story + `</p></div></div>`,
			nil},
	} {
		auth21Run(t, c.name, "", c.body, c.want)
	}
}

// A list of other stories beside the post prints each teaser's writer inside the teaser's own
// link ("Headline (<a href=…><strong>By Tom Example</strong></a>)"): those are the other
// stories' writers, and the post's byline under its headline ("by <a title="Posts by …">")
// names its own.
func TestAuthorsAuth21TeaserLinkByline(t *testing.T) {
	body := `<div id="sidebar"><h1>LATEST NEWS</h1><ul>
<li>&raquo; <a href="/2011/bridge-reopens/" title="Bridge reopens">Bridge reopens after repairs</a><span class="thedate2"> (<a href="/2011/bridge-reopens/" class="datelinkjump"><strong>By Tom Example</strong></a>)</span></li>
<li>&raquo; <a href="/2011/school-opens/" title="School opens">School opens its doors</a><span class="thedate2"> (<a href="/2011/school-opens/" class="datelinkjump"><strong>By Ann Other</strong></a>)</span></li>
</ul></div>
<div class="post"><h2>Council passes the budget after a long night</h2><p class="date">September 14, 2009<br /><em>Source:</em> <a href="http://news.example.org/story" rel="nofollow">Example News</a><br />by <a href="/author/jroeburn/" title="Posts by Jane Roeburn">Jane Roeburn</a></p>
<div class="entry"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div>`
	auth21Run(t, "teaser bylines inside their links", "", body, []string{"Jane Roeburn"})
	// A byline linked whole to the writer's page is the story's.
	body = `<h1>Council passes the budget after a long night</h1><ul><li><a href="/author/jane-roeburn"><strong>By Jane Roeburn</strong></a></li></ul><div class="entry"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "byline linked to the writer's page", "", body, []string{"Jane Roeburn"})
}

// Profile pages the writer's link under the headline points to: a reporters' directory
// ("/reporters/jane-roeburn") and an author page numbered instead of named ("/author/27938663").
func TestAuthorsAuth21ProfileLinks(t *testing.T) {
	body := `<h1>Council passes the budget after a long night</h1><div class="story-posted"><div class="posted-by"><a href="/reporters/jane-roeburn">Jane Roeburn</a></div><div class="posted-time">First Posted: Jul 19, 2013 02:49 AM EDT</div></div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "reporters directory", "", body, []string{"Jane Roeburn"})
	body = `<h1>Council passes the budget after a long night</h1><ul><li><span>09/09/2016<br/>7:30 AM</span></li></ul><ul><img alt="Jane Roeburn" src="/u/1.jpg"><li><a href="/author/27938663">Jane Roeburn</a></li><li>Commentary</li></ul><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "numbered author page", "", body, []string{"Jane Roeburn"})
	// The link after an editor's label credits the story's editor.
	body = `<h1>Council passes the budget after a long night</h1><p class="subtitleAuthorBox"><img src="/logo.png" alt="Example News" />&nbsp;&nbsp;|&nbsp;&nbsp;Editor&nbsp;<a href="/members/contributors/255551908">Jane Roeburn</a> </p><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "numbered page of the editor", "", body, nil)
}
