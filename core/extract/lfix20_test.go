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
