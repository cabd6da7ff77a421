package extract

import (
	"strings"
	"testing"
)

// A heading that prints its kicker (the overline, German "Dachzeile") in an element of its own
// over the headline proper, whose og:title is that headline proper alone: the share title the
// publisher chose leaves the overline out, so the kicker-and-colon form the JSON-LD headline
// and the <title> join is no better. It holds for an <h1> and for the <h2> a breadcrumb's SEO
// <h1> stands in front of. A kicker the og:title keeps, or a page with no og:title, keeps its
// colon (TestTitleLeadKickerInH1); so does an og:title that is not the heading's rest.
func TestTitleOverlineLeftOutOfShareTitle(t *testing.T) {
	ld := func(h string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + h + `"}</script>`
	}
	checkTitlesAt(t, "https://www.example.ch/story-123", []titlePage{
		{"h1 with overline span",
			`<title>Harbour vote: Council rebuilds the old ferry pier | Example Zeitung</title><meta property="og:site_name" content="Example Zeitung">` +
				`<meta property="og:title" content="Council rebuilds the old ferry pier">` + ld("Harbour vote: Council rebuilds the old ferry pier"),
			`<article><h1><span class="overline">Harbour vote</span><span class="title">Council rebuilds the old ferry pier</span></h1>` + aboveStoryBody + `</article>`,
			"Council rebuilds the old ferry pier"},
		{"breadcrumb h1, h2 with overline and hidden dash",
			`<title>Harbour vote: Council rebuilds the old ferry pier | Example Zeitung</title><meta property="og:site_name" content="Example Zeitung">` +
				`<meta property="og:title" content="Council rebuilds the old ferry pier">` + ld("Harbour vote: Council rebuilds the old ferry pier"),
			`<nav><a href="/">Home</a><h1 class="seotitle">Harbour vote: Council rebuilds the old ferry pier</h1></nav>` +
				`<article><h2><span class="kicker">Harbour vote</span><span aria-hidden="true"> – </span><span class="text">Council rebuilds the old ferry pier</span></h2>` + aboveStoryBody + `</article>`,
			"Council rebuilds the old ferry pier"},
		{"og:title keeps the kicker",
			`<title>Harbour vote: Council rebuilds the old ferry pier | Example Zeitung</title><meta property="og:site_name" content="Example Zeitung">` +
				`<meta property="og:title" content="Harbour vote: Council rebuilds the old ferry pier">`,
			`<article><h1><span class="overline">Harbour vote</span><span class="title">Council rebuilds the old ferry pier</span></h1>` + aboveStoryBody + `</article>`,
			"Harbour vote: Council rebuilds the old ferry pier"},
		{"og:title another wording",
			`<title>Harbour vote: Council rebuilds the old ferry pier | Example Zeitung</title><meta property="og:site_name" content="Example Zeitung">` +
				`<meta property="og:title" content="Council rebuilds pier">` + ld("Harbour vote: Council rebuilds the old ferry pier"),
			`<article><h1><span class="overline">Harbour vote</span><span class="title">Council rebuilds the old ferry pier</span></h1>` + aboveStoryBody + `</article>`,
			"Harbour vote: Council rebuilds the old ferry pier"},
	})
}

// The share title may put a kicker of its own before the headline proper, another than the
// printed overline: the headline is the part both share.
func TestTitleOverlineSwappedInShareTitle(t *testing.T) {
	checkTitlesAt(t, "https://www.example.ch/story-123", []titlePage{
		{"another kicker in og:title",
			`<title>Vote on the harbour: «Council rebuilds the old ferry pier» - News - Example</title><meta property="og:site_name" content="Example Radio">` +
				`<meta property="og:title" content="Vote on the harbour: «Council rebuilds the old ferry pier»">`,
			`<article><h1><span class="overline">Harbour vote</span><span class="offscreen"> - </span><span class="title">«Council rebuilds the old ferry pier»</span></h1>` + aboveStoryBody + `</article>`,
			"«Council rebuilds the old ferry pier»"},
	})
}

// The standfirst under a heading whose overline the title leaves out stays the body's lead:
// the heading is still the headline's.
func TestStandfirstUnderOverlinedHeading(t *testing.T) {
	page := `<html><head><title>Harbour vote: Council rebuilds the old ferry pier | Example Zeitung</title><meta property="og:site_name" content="Example Zeitung">` +
		`<meta property="og:title" content="Council rebuilds the old ferry pier"></head><body>` +
		`<div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><h1 class="crumb">Harbour vote: Council rebuilds the old ferry pier</h1></li></ol></div>` +
		`<div><article class="article-block"><div class="container"><div><div class="article-heading"><header><h2><span class="catchline">Harbour vote&nbsp;</span>` +
		`<span class="title">Council rebuilds the old ferry pier</span></h2></header>` +
		`<p class="article-heading__excerpt">The pier had been closed for two years. Now the council has found the money to rebuild it before the summer.</p>` +
		`<div class="details"><span class="author">By Jane Roe</span> <span class="date">30.04.2024, 18:58</span></div></div></div></div>` +
		`<div class="article-image"><figure><img src="/pier.jpg" alt="The old pier."></figure><figcaption><span>The old pier.</span> <span>Example/Agency</span></figcaption></div>` +
		`<div id="ad-top"></div><div class="article-body"><p class="paragraph"><strong>Harbourtown</strong> - ` + aboveStoryBody[3:] + aboveStoryBody + `</div></article></div></body></html>`
	r, err := Extract("https://www.example.de/story-1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Council rebuilds the old ferry pier" {
		t.Errorf("Title = %q", r.Title)
	}
	if !strings.HasPrefix(r.Body, "The pier had been closed") {
		t.Errorf("standfirst lost: %q", r.Body[:min(120, len(r.Body))])
	}
}
