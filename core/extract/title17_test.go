package extract

import "testing"

// An older blog or portal template prints the blog's name in the <h1> and each post's headline
// in an <h2> or <h3>, and its <title> joins the two ("Story - Blog Name", "Blog Name : Story"):
// the <title> then confirms the <h1>, a name, and the printed headline is the story's. A page
// whose <h1> is the story keeps it, even beside a section's or the site's heading.
func TestStoryBesideNameHeading(t *testing.T) {
	checkTitles(t, []titlePage{
		{"blog name last", `<title>Harbour council votes to rebuild ferry pier - Island Harbour Notes Blog</title>`,
			`<h1 id=pageTitle>Island Harbour Notes Blog</h1><div><h3 class=bTitle>Harbour council votes to rebuild ferry pier</h3>` + aboveStoryBody + `</div>`,
			"Harbour council votes to rebuild ferry pier"},
		{"blog name first", `<title>Harbour Post: Pier Views : Council votes to rebuild the old ferry pier</title>`,
			`<h1><a href="index?blog=4">Harbour Post: Pier Views</a></h1><div><h2>Council votes to rebuild the old ferry pier</h2>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the old ferry pier"},
		{"diary name, entry in an h3", `<title>港町浩光＠自宅の日記 - 桟橋の再建が決まり、渡し船は夏までに戻ることになった</title>`,
			`<h1>港町浩光＠自宅の日記</h1><h2>2019年02月11日</h2><h3><a href="#p01">■</a> 桟橋の再建が決まり、渡し船は夏までに戻ることになった</h3>` + zhPierStory,
			"■ 桟橋の再建が決まり、渡し船は夏までに戻ることになった"},
		{"post h1 beside the blog's linked name", `<title>Harbour Engineer's random thoughts - awk driven pier</title>`,
			`<article><h1>awk driven pier</h1><h2>Making toy ferries with unix tools</h2>` + aboveStoryBody + `</article><h2><a href="#">Harbour Engineer's random thoughts</a></h2>`,
			"awk driven pier"},
		{"metadata titles word the story", `<title>Ferry Band and the Crew – Pier Rain Lyrics | Harbour Lyrics</title><meta property="og:title" content="Ferry Band and the Crew – Pier Rain">`,
			`<div class=header><h1>Pier Rain</h1><h2>Ferry Band and the Crew</h2></div>` + aboveStoryBody,
			"Pier Rain"},
		{"story h1 beside a section heading", `<title>Local News : Council votes to rebuild the old ferry pier</title>`,
			`<h2>Local News</h2><h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody,
			"Council votes to rebuild the old ferry pier"},
		{"story h1 beside the site's heading", `<title>Council votes to rebuild pier - The Harbour Post</title>`,
			`<h1>Council votes to rebuild pier</h1>` + aboveStoryBody + `<h2>The Harbour Post</h2>`,
			"Council votes to rebuild pier"},
	})
}

// A template that stamps the day into the title ("Story | January 15, 2008 | AHN") ends it in
// a site's name too short or too plain to recognise: the headline is what precedes the date.
func TestTitleCutAtDatePart(t *testing.T) {
	checkTitles(t, []titlePage{
		{"date then acronym", `<title>Council votes to rebuild the old ferry pier | January 15, 2008 | HPN</title>`,
			aboveStoryBody, "Council votes to rebuild the old ferry pier"},
		{"numeric date last", `<title>Council votes to rebuild the old ferry pier - 15.01.2008</title>`,
			aboveStoryBody, "Council votes to rebuild the old ferry pier"},
		{"date before the headline", `<title>Harbour-Post.com | 01/07/2008 | Council votes to rebuild the old ferry pier</title>`,
			`<h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody, "Council votes to rebuild the old ferry pier"},
		{"no date part", `<title>Council votes to rebuild the old ferry pier | Harbour Post</title>`,
			aboveStoryBody, "Council votes to rebuild the old ferry pier | Harbour Post"},
	})
}

// An older page without an <h1> names its site or section in the <title> before a colon
// ("HarbourNotes.net: Sally's Story") and prints the story's own headline alone over the
// text: that printed part is the headline. A title whose part after the colon the page does
// not print alone stays whole.
func TestStoryAfterTitleColon(t *testing.T) {
	checkTitles(t, []titlePage{
		{"site before a colon, bold headline", `<title>HarbourNotes.net: Sally's Story</title>`,
			`<table><tr><td><center><font size=6><b>Sally's Story</b></font></center></td></tr></table>` + aboveStoryBody,
			"Sally's Story"},
		{"section before a colon, h2 headline", `<title>Artsandharbour: Pier job</title>`,
			`<h2>Pier job</h2>` + aboveStoryBody,
			"Pier job"},
		{"kicker the page does not print apart", `<title>Harbour: Council votes to rebuild the old ferry pier</title>`,
			`<b>Harbour: Council votes to rebuild the old ferry pier</b>` + aboveStoryBody,
			"Harbour: Council votes to rebuild the old ferry pier"},
	})
}

// A template may print the story's search-engine headline as the last item of its breadcrumb
// trail, in an <h1>, which the <title> and og:title repeat, and the headline readers see in an
// <h2> under it, which the JSON-LD headline repeats: the printed <h2> is the headline. An <h1>
// outside any trail keeps its place.
func TestHeadlineUnderBreadcrumbH1(t *testing.T) {
	seo := `<title>Ferry pier: Council to rebuild it by summer, vote shows</title>` +
		`<meta property="og:title" content="Ferry pier: Council to rebuild it by summer, vote shows">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Old pier back by summer: council votes to rebuild"}</script>`
	checkTitles(t, []titlePage{
		{"h1 in a nav trail", seo,
			`<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><h1>Ferry pier: Council to rebuild it by summer, vote shows</h1></li></ul></nav>` +
				`<article><h2>Old pier back by summer: council votes to rebuild</h2>` + aboveStoryBody + `</article>`,
			"Old pier back by summer: council votes to rebuild"},
		{"h1 in a breadcrumb box", seo,
			`<div class="article-header__crumb"><a href="/">Home</a> <h1>Ferry pier: Council to rebuild it by summer, vote shows</h1></div>` +
				`<article><h2>Old pier back by summer: council votes to rebuild</h2>` + aboveStoryBody + `</article>`,
			"Old pier back by summer: council votes to rebuild"},
		{"h1 outside a trail", seo,
			`<nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Ferry pier: Council to rebuild it by summer, vote shows</h1>` +
				`<h2>Old pier back by summer: council votes to rebuild</h2>` + aboveStoryBody + `</article>`,
			"Ferry pier: Council to rebuild it by summer, vote shows"},
	})
}

// A logo's text printing the part before the colon loses to a heading printing the part after
// it, however their lengths compare.
func TestStoryAfterColonOverLogo(t *testing.T) {
	checkTitles(t, []titlePage{
		{"logo text before, h2 after", `<title>Harbour Valley Parents Network: Laundering Pier Clothes</title>`,
			`<font size=+2>Harbour Valley Parents Network</font><center><h2>Laundering Pier Clothes</h2></center>` + aboveStoryBody,
			"Laundering Pier Clothes"},
	})
}

// storyAfterColon leaves a label printed in capitals ("TOP STORIES" under "Site: Top Stories")
// and a title whose part before the colon already joins parts ("Blog - Tagline: Post").
func TestStoryAfterColonGuards(t *testing.T) {
	for _, c := range []struct{ title, printed, want string }{
		{"HPN1: Top Stories", "TOP STORIES", ""},
		{"THE PIER SCOUT - Harbour Street Fashion: In the pink...", "In the pink...", ""},
		{"HarbourNotes.net: Sally's Story", "Sally's Story", "Sally's Story"},
	} {
		if got := storyAfterColon(c.title, []string{c.printed}, nil); got != c.want {
			t.Errorf("storyAfterColon(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
