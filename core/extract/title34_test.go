package extract

import "testing"

// An <h1> whose class names it the search engines' title ("seotitle") prints the search
// wording, as a breadcrumb's <h1> does; the <h2> under it, which og:title states, is the
// headline readers see, its kicker apart.
func TestSEOTitledH1GivesWayToStatedHeading(t *testing.T) {
	const story = "Council votes to rebuild the old ferry pier before summer"
	const seo = "Pier rebuild approved by council"
	var cases []titlePage
	for _, cls := range []string{"seotitle", "Header_seo-title__x1", "article-seo_title"} {
		cases = append(cases, titlePage{"h1 class " + cls,
			`<title>` + seo + `</title><meta property="og:title" content="` + story + `"><meta property="og:site_name" content="Harbour Post">`,
			`<h1 class="` + cls + `">` + seo + `</h1><h2 class="title"><span class="titleheader">Ferry</span> <span class="text">` + story + `</span></h2><div>` + aboveStoryBody + `</div>`,
			story})
	}
	// An <h1> of another class keeps the printed wording, and an <h2> no source states stays
	// a box's heading.
	cases = append(cases,
		titlePage{"plain h1", `<title>` + seo + `</title><meta property="og:title" content="` + story + `">`,
			`<h1 class="title">` + seo + `</h1><h2>` + story + `</h2><div>` + aboveStoryBody + `</div>`, seo},
		titlePage{"seo h1, h2 stated nowhere", `<title>` + seo + `</title><meta property="og:title" content="` + seo + `">`,
			`<h1 class="seotitle">` + seo + `</h1><h2>Most read this week on the island</h2><div>` + aboveStoryBody + `</div>`, seo})
	checkTitles(t, cases)
}

// A source cut short with an ellipsis gives way to the source that goes on from its words:
// og:title "Story cut…" beside the <title> "Story in full | Site" is no rival wording.
func TestTruncatedSourceGivesWay(t *testing.T) {
	const story = "Council votes to rebuild the old ferry pier before summer"
	var cases []titlePage
	for _, cut := range []string{"Council votes to rebuild the old ferry pier…", "Council votes to rebuild the old ferry pier ...", "Council votes to rebuild the old ferry pier..."} {
		cases = append(cases, titlePage{"og " + cut,
			`<title>` + story + ` | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><meta property="og:title" content="` + cut + `"><meta name="twitter:title" content="` + cut + `">`,
			`<div>` + aboveStoryBody + `</div>`, story})
	}
	// The only wording ending in an ellipsis, or a longer one that only adds a site part the
	// page names nowhere, stays as it is.
	const short = "Council votes to rebuild the old ferry pier..."
	cases = append(cases,
		titlePage{"ellipsis everywhere", `<title>` + short + `</title><meta property="og:title" content="` + short + `">`,
			`<div>` + aboveStoryBody + `</div>`, short},
		titlePage{"longer only by a site part", `<title>` + short + ` | Tidings Online</title><meta property="og:title" content="` + short + `"><meta name="twitter:title" content="` + short + `">`,
			`<div>` + aboveStoryBody + `</div>`, short})
	checkTitles(t, cases)
}

// A zero-width space in the title ("mleté \u200b\u200bmäso", a break a content system set in a
// compound) shows nothing and is left out; the joiner and non-joiner that shape Persian words
// and emoji stay.
func TestTitleWithoutZeroWidthSpace(t *testing.T) {
	checkTitles(t, []titlePage{
		{"after a space", "<title>Council votes to rebuild the old \u200b\u200bferry pier | Harbour Post</title>",
			`<h1>Council votes to rebuild the old &#8203;&#8203;ferry pier</h1><div>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the old ferry pier"},
		{"inside a compound", "<meta property=\"og:title\" content=\"Neuer Helikopter\u200blandeplatz geplant\">",
			`<div>` + aboveStoryBody + `</div>`, "Neuer Helikopterlandeplatz geplant"},
		{"non-joiner kept", "<meta property=\"og:title\" content=\"آیت\u200cالله محمدی گیلانی دارفانی را وداع گفت\">",
			`<div>` + aboveStoryBody + `</div>`, "آیت\u200cالله محمدی گیلانی دارفانی را وداع گفت"},
	})
}
