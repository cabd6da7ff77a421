package extract

import "testing"

// WordPress's long-time default theme titles a post "Blog Name » Blog Archive » Post": the
// words "Blog Archive" are the template's own, and the post's title is the part after them.
// A page without that phrase keeps its guillemet-joined title as before.
func TestTitleAfterBlogArchive(t *testing.T) {
	checkTitles(t, []titlePage{
		{"kubrick template", `<title>Harbour Business Weekly  » Blog Archive   » Ferry fares dip in past year</title>`,
			`<h1>Latest Headlines</h1><h1>Our Poll</h1><div><h2>Ferry fares dip in past year</h2>` + aboveStoryBody + `</div>`,
			"Ferry fares dip in past year"},
		{"without a heading", `<title>Pier Notes &raquo; Blog Archive &raquo; Council votes to rebuild the old ferry pier</title>`,
			aboveStoryBody, "Council votes to rebuild the old ferry pier"},
	})
}

// A template whose field is empty leaves an empty part between two separators ("Story |  |
// Author | Site"): the part is no part, and the story's part printed alone in an <h2> is still
// the title's longest. Where no <h1> prints a part of a title every source agrees on ("Story -
// Site", the site's name unknown), a lesser heading that prints the title's longest part is
// the headline.
func TestTitleEmptyPartAndLesserHeading(t *testing.T) {
	checkTitles(t, []titlePage{
		{"empty part", `<title>「桟橋」を語るなら、渡し船の再建から |  | 港町浩光 | 港町新聞「論壇」</title>` +
			`<meta property="og:title" content="「桟橋」を語るなら、渡し船の再建から |  | 港町浩光 | 港町新聞「論壇」"><meta property="og:site_name" content="港町新聞「論壇」">` +
			`<meta name="twitter:title" content="「桟橋」を語るなら、渡し船の再建から |  | 港町浩光">`,
			`<h2>「桟橋」を語るなら、渡し船の再建から</h2>` + zhPierStory,
			"「桟橋」を語るなら、渡し船の再建から"},
		{"h3 under an agreed title", `<title>부두 재건 결정 이유 - 항구글로벌뉴스</title><meta property="og:title" content="부두 재건 결정 이유 - 항구글로벌뉴스">`,
			`<h2>회사정보</h2><div><h3>부두 재건 결정 이유</h3>` + aboveStoryBody + `</div>`,
			"부두 재건 결정 이유"},
		{"an h1 prints another part", `<title>Council votes to rebuild the old ferry pier - Harbour Post</title><meta property="og:title" content="Council votes to rebuild the old ferry pier - Harbour Post">`,
			`<h1>Harbour Post</h1><div><h3>Council votes to rebuild the old ferry pier</h3>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the old ferry pier"},
		{"heading shorter than the other part", `<title>Pier job - Harbour Council minutes and notices</title><meta property="og:title" content="Pier job - Harbour Council minutes and notices">`,
			`<h3>Pier job</h3>` + aboveStoryBody,
			"Pier job - Harbour Council minutes and notices"},
	})
}

// A page with no <title>, no metadata title and no heading at all styles its headline in a
// cell whose class says "title": that cell is the headline, not nothing.
func TestTitleFromNamedCellWithoutSources(t *testing.T) {
	checkTitles(t, []titlePage{
		{"title cell", ``,
			`<table><tr><td class=whiteText><a href="/">Home</a> &gt; Notes &gt; <a href="/notes">Newsletter - Pier repairs</a></td></tr>` +
				`<tr><td valign=top class="title"><strong>Pier repairs - A Big Problem and a Big Opportunity for the Harbour</strong></td></tr>` +
				`<tr><td class=content>` + aboveStoryBody + `</td></tr></table>`,
			"Pier repairs - A Big Problem and a Big Opportunity for the Harbour"},
	})
}

// The writer's name a blog's <title> sets between the headline and the site ("Story |  | 港町浩
// | Site") is no site part once the headline stands alone: the byline still names the writer.
func TestTitleWriterPartStaysAuthor(t *testing.T) {
	page := `<html><head><title>「桟橋」を語るなら、渡し船の再建から |  | 港町浩 | 港町新聞「論壇」</title>` +
		`<meta property="og:title" content="「桟橋」を語るなら、渡し船の再建から |  | 港町浩 | 港町新聞「論壇」"><meta property="og:site_name" content="港町新聞「論壇」">` +
		`<meta name="author" content="港町浩"></head><body><h2>「桟橋」を語るなら、渡し船の再建から</h2>` + zhPierStory + `</body></html>`
	res, err := Extract("https://example.org/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "「桟橋」を語るなら、渡し船の再建から" || len(res.Authors) != 1 || res.Authors[0] != "港町浩" {
		t.Errorf("title %q, authors %q", res.Title, res.Authors)
	}
}

// A page whose only title sources are a <title> and an <h1> that word the story apart, the
// <title> still joining a section and a site no source names ("Search Wording: More | Politics
// | Site News"), prints its headline in the <h1>: the <title> is the search wording. An <h1>
// that the <title> holds, or that holds a part of it (a breadcrumb), or that is too short to
// tell from a section's name, leaves the <title> to the rules before.
func TestH1OverUncutTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"search wording with section and site", `<title>Ferry Pier: Council Orders Review Into Rebuild Including Pilings And Ramps | Politics | Harbour Wire</title>`,
			`<h1>Pier Rebuild Faces Safety Review</h1>` + aboveStoryBody,
			"Pier Rebuild Faces Safety Review"},
		{"h1 the title holds", `<title>Council votes to rebuild the old ferry pier Harbour Press Agency - Island Press Agency</title>`,
			`<h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody,
			"Council votes to rebuild the old ferry pier Harbour Press Agency - Island Press Agency"},
		{"short h1", `<title>Ferry Pier: Council Orders Review Into Rebuild Including Pilings And Ramps | Politics | Harbour Wire</title>`,
			`<h1>Pier Review</h1>` + aboveStoryBody,
			"Ferry Pier: Council Orders Review Into Rebuild Including Pilings And Ramps | Politics | Harbour Wire"},
	})
}
