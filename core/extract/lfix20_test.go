package extract

import (
	"strings"
	"testing"
)

// lfix20Story is a story's text long enough for the body rules to take it.
var lfix20Story = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 6)

// Bylines the layouts of the 2000s print without a byline class: a link to the writer's page
// closed by a "more" arrow, a bare "by" line right after the headline or opening the story's
// block, ended by a line break, and "By" before a link (a mailto address) after a date or at
// the top of a text block. Credits in the story's text ("Photo by …") stay no byline.
func TestAuthorsLfix20BareBylines(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"arrow after the linked name", "",
			`<h1>Council passes the budget after a long night</h1><ul class="bylineAuthor"><li><a href="/news/biog/12">By Jane Roeburn &#187;</a></li></ul><p>` + lfix20Story + `</p>`,
			[]string{"Jane Roeburn"}},
		{"single guillemet after the name", "",
			`<h1>Council passes the budget after a long night</h1><div class="byline"><a href="/people/jane">Jane Roeburn ›</a></div><p>` + lfix20Story + `</p>`,
			[]string{"Jane Roeburn"}},
		{"bare line after the headline", "",
			`<div id="main"><h1 class="date">Council passes the budget after a long night</h1>
 by Jane Roeburn <br />
August 30, 2010 <br /><br />
` + lfix20Story + `<br /><br />` + lfix20Story + `</div>`,
			[]string{"Jane Roeburn"}},
		{"first line of the story's block", "",
			`<h1>Council passes the budget after a long night</h1><div id="StoryBody">
		By JANE ROEBURN and TOM EXAMPLE<br>Associated Press
<p>` + lfix20Story + `</p><p>` + lfix20Story + `</p></div>`,
			[]string{"Jane Roeburn", "Tom Example"}},
		{"By before a mailto link in a font block", `<meta name="author" content="Example Public Radio">`,
			`<font class="topnews">Council passes the budget after a long night</font><br /><font class="boxtext">
		By <a href="mailto:jroeburn@example.org">Jane Roeburn</a><br />
Example Public Radio<br />` + lfix20Story + `<br /><br />` + lfix20Story + `</font>`,
			[]string{"Jane Roeburn"}},
		{"date, then By before a link", "",
			`<h2><span class="fullstory_title">Council passes the budget after a long night</span><br/>
<small>6/23/2005 3:58 PM&nbsp;By <a href="mailto:desk@example.org">Jane Roeburn</a>&nbsp;</small></h2><div class="text"><p>` + lfix20Story + `</p></div>`,
			[]string{"Jane Roeburn"}},
		{"photo credit in the story", "",
			`<h1>Council passes the budget after a long night</h1><div class="text">` + lfix20Story + `<br />Photo by <a href="/photos/9">Jane Roeburn</a><br />` + lfix20Story + `</div>`,
			nil},
		{"teaser card of another story", "",
			`<h1>Council passes the budget after a long night</h1><div class="text"><p>` + lfix20Story + `</p></div><ul><li><a href="/news/2"><h1 class="bf2">Bridge reopens after repairs</h1><p>A short teaser of the other story.</p><h6>By Tom Example
and Jane Roeburn </h6></a></li></ul>`,
			nil},
		{"a reader's comment after the story", "",
			`<h1>Council passes the budget after a long night</h1><div class="entry"><p>` + lfix20Story + `</p><p>` + lfix20Story + `</p></div><div><p>Thanks for this.</p><p class="postfoot">posted on Wednesday, October 24, 2012 at 7:26 PM
		by
		<a href="http://example.net" rel="nofollow">Darren</a></p></div>`,
			nil},
		{"a menu's byline heading", "",
			`<div id="menu"><h2 class="menutitle"><a href="/blog">The town blog</a></h2><h3 class="menudesc">by Tom Example, Town Writer</h3></div><h1>Council passes the budget after a long night</h1><div class="text"><p>` + lfix20Story + `</p></div>`,
			nil},
		{"capitals and et al.", "",
			`<h1>Council passes the budget after a long night</h1><div id="StoryBody">
		By JANE ROEBURN AND TOM EXAMPLE<br>
<p>` + lfix20Story + `</p></div>`,
			[]string{"Jane Roeburn", "Tom Example"}},
		{"a tagline in capitals in the byline box", "",
			`<div class="byline">CHAMPIONING CREATIVITY ACROSS THE ART AND DESIGN WORLD</div><h1>Council passes the budget after a long night</h1><div class="text"><p>` + lfix20Story + `</p></div>`,
			nil},
		{"et al.", "",
			`<h1>Council passes the budget after a long night</h1><div id="StoryBody">
		By Jane Roeburn, Tom Example, et al.<br />
<p>` + lfix20Story + `</p></div>`,
			[]string{"Jane Roeburn", "Tom Example"}},
		{"by inside a sentence", "",
			`<h1>Council passes the budget after a long night</h1><div class="text">The plan was drawn up by <a href="/people/tom">Tom Example</a><br />` + lfix20Story + `</div>`,
			nil},
	} {
		page := "<html><head><title>Council passes the budget after a long night</title>" + c.head + "</head><body>" + c.body + "</body></html>"
		r, err := Extract("https://www.example.com/news/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}

// WordPress's classic default theme titles a post "Blog Name » Blog Archive » Post": the part
// after the archive's label is the headline, however long the blog's name before it, and the
// sidebar's widget titles set in <h1> name no story.
func TestTitleLfix20BlogArchive(t *testing.T) {
	for _, c := range []struct{ name, title, body, want string }{
		{"name, archive, post", `Rivertown Springs Business Journal  &raquo; Blog Archive   &raquo; Jobless claims dip in past year`,
			`<ul><li><a href="/">Home</a> > <a href="/category/news/">Daily News</a> > <a href="/2011/03/24/jobless-claims/">Jobless claims dip in past year</a></li></ul>` +
				`<div class="post"><h2>Jobless claims dip in past year</h2><div class="by"><p>by Associated Press</p></div><p>` + lfix20Story + `</p></div><div id="col2"><h1>Latest Headlines</h1><ul><li><a href="/a">One story of the day</a></li></ul><h1>Our Poll</h1></div>`,
			"Jobless claims dip in past year"},
		{"post, name, archive", `Jobless claims dip in past year &raquo; Rivertown Springs Business Journal &raquo; Blog Archive`,
			`<div class="post"><h2>Jobless claims dip in past year</h2><p>` + lfix20Story + `</p></div>`,
			"Jobless claims dip in past year"},
		{"blog's name in the h1, a short post title", `Study Notes  &raquo; Blog Archive   &raquo; My New Project`,
			`<h1><a href="/blog">Study Notes</a></h1><div class="post"><h2><a href="/blog/2012/11/07/my-new-project/" rel="bookmark">My New Project</a></h2><div class="meta">Uncategorized Study Notes November 7th. 2012, 9:39pm</div><p>` + lfix20Story + `</p></div>`,
			"My New Project"},
		{"no blog name", ` &raquo; Blog Archive &raquo; Jobless claims dip in past year`,
			`<div class="post"><h3>Jobless claims dip in past year</h3><p>` + lfix20Story + `</p></div>`,
			"Jobless claims dip in past year"},
	} {
		page := "<html><head><title>" + c.title + "</title></head><body>" + c.body + "</body></html>"
		r, err := Extract("https://rsbj.com/2011/03/24/jobless-claims/", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if r.Title != c.want {
			t.Errorf("%s: title = %q, want %q", c.name, r.Title, c.want)
		}
	}
}

// The archive's label cuts the title the theme's way round, and a title without it whole.
func TestWithoutBlogArchiveLfix20(t *testing.T) {
	for in, want := range map[string]string{
		"Rivertown Journal » Blog Archive » Jobless claims dip": "Jobless claims dip",
		"Jobless claims dip » Rivertown Journal » Blog Archive": "Jobless claims dip",
		"Blog Archive » Jobless claims dip":                     "Jobless claims dip",
		"Rivertown Journal » Blog Archive":                      "Rivertown Journal » Blog Archive",
		"The blog archive of a town » Jobless claims dip":       "The blog archive of a town » Jobless claims dip",
	} {
		if got := withoutBlogArchive(in); got != want {
			t.Errorf("withoutBlogArchive(%q) = %q, want %q", in, got, want)
		}
	}
}

// Older ASP.NET layouts print the headline in a label the markup names the article's title
// (<span id="…_lblArticleTitle">) and word the <title> again for search engines; with no <h1>
// and no metadata title to side with the <title>, the printed headline is the story's. A
// named element whose words the title mostly lacks is something else.
func TestTitleLfix20NamedArticleTitle(t *testing.T) {
	for _, c := range []struct{ name, title, label, want string }{
		{"reworded for search", "Maker Introduced Flexible Storage Centre Model - Example News Reports",
			"Maker intros Flexible Storage Center model", "Maker intros Flexible Storage Center model"},
		{"another story's title", "Maker Introduced Flexible Storage Centre Model - Example News Reports",
			"Council passes the budget after a long night", "Maker Introduced Flexible Storage Centre Model - Example News Reports"},
	} {
		page := "<html><head><title>" + c.title + "</title></head><body><table><tr><td>" +
			`<span id="ctl00_cphMain_lblArticleTitle" style="font-size:18px;font-weight:bold">` + c.label + `</span><br>` +
			`<label id="ctl00_cphMain_lblContent" class="ArticleContent"><p>NEW DELHI: Maker introduced its Flexible Storage Centre, a modular design that lets firms add capacity in steps. ` +
			lfix20Story + `</p><p>` + lfix20Story + `</p></label></td></tr></table></body></html>`
		r, err := Extract("https://www.example.com/Technology/Storage/News-Reports/141323/0/", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if r.Title != c.want {
			t.Errorf("%s: title = %q, want %q", c.name, r.Title, c.want)
		}
	}
}
