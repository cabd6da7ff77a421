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
		{"posted by the company's account",
			`<div class="post"><h2>Council passes the budget after a long night</h2><small>posted August 8th, 2012 at 11:08 am by Acme</small><div class="entry"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div>`,
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
// ("/reporters/jane-roeburn"); not after an editor's label.
func TestAuthorsAuth21ProfileLinks(t *testing.T) {
	body := `<h1>Council passes the budget after a long night</h1><div class="story-posted"><div class="posted-by"><a href="/reporters/jane-roeburn">Jane Roeburn</a></div><div class="posted-time">First Posted: Jul 19, 2013 02:49 AM EDT</div></div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "reporters directory", "", body, []string{"Jane Roeburn"})
	// The link after an editor's label credits the story's editor.
	body = `<h1>Council passes the budget after a long night</h1><p class="subtitleAuthorBox"><img src="/logo.png" alt="Example News" />&nbsp;&nbsp;|&nbsp;&nbsp;Editor&nbsp;<a href="/members/contributors/255551908">Jane Roeburn</a> </p><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "numbered page of the editor", "", body, nil)
}

// A name and a bar before the date under the headline, in elements of no byline class: "<span>Jane
// Roe |</span><span class=tarih>05.04.2025</span>". A section's name there is no person.
func TestAuthorsAuth21NameBarDate(t *testing.T) {
	body := `<h1>Council passes the budget after a long night</h1><h4>The council passed the budget.</h4><div class="row"><span style="float:left">Jane Roeburn &nbsp;|</span> <span class="tarih">05.04.2025 - Güncelleme : 05.04.2025</span></div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "name and bar before the date", "", body, []string{"Jane Roeburn"})
	body = `<h1>Council passes the budget after a long night</h1><div class="row"><span style="float:left">Economy &nbsp;|</span> <span class="tarih">05.04.2025</span></div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div>`
	auth21Run(t, "section and bar before the date", "", body, nil)
}

// A teaser card set in a sidebar column inside the story's <article>: its own <article>, whose
// heading links to another page, and its writer's name under it. The story's byline is the one
// under the story's headline.
func TestAuthorsAuth21NestedTeaserCard(t *testing.T) {
	card := `<article class="media"><div class="media-body"><h1 class="media-heading"><a href="/videos/bridge-reopens/">Bridge reopens after repairs</a></h1><div class="media-byline"><img src="/a.jpg" alt="Tom Example" class="author-img" /><a href="/authors/tom/" class="author-name">Tom Example</a><br /><time>yesterday</time></div></div></article>`
	body := `<article id="post" class="content"><div class="post-col0"><h1>Council passes the budget after a long night</h1><div class="pull-right">Published: Jun 6 10:40 AM</div><a href="/authors/jroe/" class="author-name" title="Jane Roeburn">Jane Roeburn</a> - Senior News Editor<br /><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></div><div class="post-col1">` + card + `</div></article>`
	auth21Run(t, "nested teaser card", "", body, []string{"Jane Roeburn"})
	// The story's own card, its headline linked to itself, keeps its byline.
	body = `<div id="logo"><h1>Town Blog</h1></div><article><h2><a href="/p/1">Council passes the budget after a long night</a></h2><div class="byline">By Jane Roeburn</div><div class="text"><p>` + auth21Story + `</p><p>` + auth21Story + `</p></div></article>`
	auth21Run(t, "the story's own linked headline", "", body, []string{"Jane Roeburn"})
}
