package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// new25bTitle is the headline of the synthetic pages below.
const new25bTitle = "Harbour council approves the winter closure of the old pier"

// new25bStory is a made-up story's paragraph, long enough for the body rules to take it.
var new25bStory = strings.Repeat("The council voted on Tuesday to close the old pier for the winter months after two years of delayed repairs. ", 4)

// new25bPage extracts a page whose <article> holds the headline, before, three paragraphs of the
// story with inside after the first, and whose head holds head.
func new25bPage(t *testing.T, head, before, inside string) *Result {
	t.Helper()
	page := `<html lang="en"><head><meta charset="utf-8"><title>` + new25bTitle + `</title>` + head + `</head><body><div class="main"><article>` +
		"<h1>" + new25bTitle + "</h1>" + before + `<div class="story-body"><p>` + new25bStory + "</p>" + inside + "<p>" + new25bStory +
		"</p><p>" + new25bStory + "</p></div></article></div></body></html>"
	r, err := Extract("https://www.example.com/news/harbour-pier-closure-112845290", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A picture's caption classed with the word's vowels dropped ("img_cptn", "cptn") goes from the
// body as one classed "caption" does.
func TestAbbreviatedCaptionClass(t *testing.T) {
	for _, cls := range []string{"cj2hz img_cptn", "cptn"} {
		r := new25bPage(t, "", "", `<section class="leadmedia"><img src="/pier.jpg" alt=""><div class="`+cls+`"><span>The old pier seen from the harbour wall in March</span></div></section>`)
		if strings.Contains(r.Body, "harbour wall in March") {
			t.Errorf("%s: the caption stays in the body: %q", cls, r.Body[:min(len(r.Body), 200)])
		}
	}
	// A token that merely holds the letters is no caption.
	r := new25bPage(t, "", "", `<div class="ncptnl"><p>The harbour master said the ferries would use the new port meanwhile.</p></div>`)
	if !strings.Contains(r.Body, "ferries would use the new port") {
		t.Errorf("ncptnl: a paragraph went: %q", r.Body)
	}
}

// The description a video player prints under a clip embedded in the story is the clip's
// caption, not a paragraph.
func TestVideoDescriptionIsCaption(t *testing.T) {
	for _, cls := range []string{"video-description", "vgm-video-desc"} {
		r := new25bPage(t, "", "", `<div class="video-player"><p class="`+cls+`">Many want the pier kept open, the mayor among them. He said so on television.</p></div>`)
		if strings.Contains(r.Body, "mayor among them") {
			t.Errorf("%s: the video's description stays in the body: %q", cls, r.Body[:min(len(r.Body), 200)])
		}
	}
}

// CSS modules name the header's lead "Article_elementLead__N3pGr": one token whose last
// camel-case word says it is the standfirst, which goes in front of the story.
func TestCamelCaseStandfirstClass(t *testing.T) {
	lead := "Repairs to the pier were delayed twice. Now the council has decided to close it until spring."
	// The headline's <h1> stands over the story's box, whose header readability leaves out.
	page := `<html><body><section class="top"><h1>` + new25bTitle + `</h1></section><article class="Article_article__sV"><header class="Article_header__ck">` +
		`<div class="Article_elementLead__N3pGr"><p>` + lead + `</p></div><div class="Article_elementAuthors__Ls">von Jane Roe</div></header>` +
		`<section class="Article_body__60"><p>` + new25bStory + `</p></section></article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := leadWithStandfirst(doc, new25bStory, new25bTitle, ""); got != lead+"\n\n"+new25bStory {
		t.Errorf("the lead is not in front: %q", got[:min(len(got), 200)])
	}
	for tok, want := range map[string]string{"elementLead": "lead", "articleIntro": "intro", "ContentHeaderDek": "dek",
		"relatedTeaser": "teaser", "lead": "", "N3pGr": "gr", "LEAD": ""} {
		if got := camelTail(tok); got != want {
			t.Errorf("camelTail(%q) = %q, want %q", tok, got, want)
		}
	}
	// A card's teaser and a picture's caption ("picIntro") name no standfirst.
	for _, cls := range []string{"relatedTeaser__x1", "picIntro", "Gallery_imageLead__x1"} {
		if standfirstClass(cls) {
			t.Errorf("%s counts as a standfirst", cls)
		}
	}
}

// A Swahili byline opens with "Na" ("by"), and the town the writer files from follows a comma;
// a Codesupply WordPress theme prints its own "by" before it, in the story's info bar inside the
// layout's wrapper ("cs-sidebar-enabled"), which holds the headline and is no sidebar. The
// JSON-LD credits the account that posted the story, printed nowhere on the page.
func TestSwahiliBylineInThemeWrapper(t *testing.T) {
	page := func(name, poster string) string {
		return `<html lang="en-US"><head><meta charset="utf-8"><title>Wadau waguswa maendeleo ya afya</title>` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Wadau waguswa maendeleo ya afya"` + poster + `}</script>` +
			`</head><body><main><div class="cs-site-content cs-sidebar-enabled cs-sidebar-right"><div class="cs-container">` +
			`<div class="cs-entry__header"><h1 class="cs-entry__title"><span>Wadau waguswa maendeleo ya afya</span></h1></div>` +
			`<div class="cs-entry__wrap"><div class="cs-entry__infobar"><div class="cs-entry__post-meta"><div class="cs-meta-author">` +
			`<span class="cs-meta-author-by">by</span><a class="cs-meta-author-link url fn n" href=""><span class="cs-meta-author-name">` + name + `</span></a></div>` +
			`<div class="cs-meta-date">December 23, 2024</div></div></div><div class="entry-content"><p>` +
			strings.Repeat("Serikali imeanza kujenga kituo kipya cha afya katika kijiji hicho ili kuwasaidia wananchi wengi. ", 5) +
			`</p></div></div></div><aside class="cs-sidebar__area"><div class="widget">Habari mpya</div></aside></div></main></body></html>`
	}
	const poster = `,"author":{"@type":"Person","name":"Asha Poster"}`
	for _, c := range []struct {
		name, poster string
		want         []string
	}{
		{"Na Yohana Mwita, Geita", poster, []string{"Yohana Mwita"}},
		{"Na Yohana Mwita, Geita", "", []string{"Yohana Mwita"}},
		{"Na Mwandishi Wetu", "", nil}, // "our correspondent": the desk's byline
	} {
		r, err := Extract("https://example.co.tz/wadau-waguswa/", []byte(page(c.name, c.poster)))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name+c.poster, r.Authors, c.want)
	}
	// "Na" opens Korean and Chinese names, which hold one word after it.
	for _, s := range []string{"Na Kyung-won", "Na Li, Beijing", "Na", "Nadia Roe"} {
		if got := swahiliBy(s); got != s {
			t.Errorf("swahiliBy(%q) = %q", s, got)
		}
	}
	if got := bylineNames("byJane Roe"); len(got) != 1 || got[0] != "Jane Roe" {
		t.Errorf(`bylineNames("byJane Roe") = %q`, got)
	}
}

// A newswire's release closes with the wire's hashtag line and its notice that the issuer alone
// answers for the text: neither is the release's.
func TestWireDisclaimerCut(t *testing.T) {
	r := new25bPage(t, "", "", "")
	story := r.Body
	for _, tail := range []string{
		"\n\nHashtag: #ExamplePier\n\nThe issuer is solely responsible for the content of this announcement.",
		"\n\nHashtag: #ExamplePier #Harbour The issuer is solely responsible for the content of this announcement.",
		"\n\nThe issuer is solely responsible for the content of this announcement.",
	} {
		if got := cutWireDisclaimer(story + tail); got != story {
			t.Errorf("%q: body ends %q", tail, got[max(0, len(got)-120):])
		}
	}
	// A story that goes on after the words, or that is only the notice, stays whole.
	for _, s := range []string{story + "\n\nThe issuer is solely responsible for the content of this announcement, the wire said. It added more.",
		"The issuer is solely responsible for the content of this announcement."} {
		if got := cutWireDisclaimer(s); got != s {
			t.Errorf("cut %q", s[max(0, len(s)-120):])
		}
	}
	page := `<html><head><title>` + new25bTitle + `</title></head><body><article><h1>` + new25bTitle + `</h1><p>` + new25bStory + `</p><p>` + new25bStory +
		` <br>Hashtag: #ExamplePier<br><p>The issuer is solely responsible for the content of this announcement.</p></article></body></html>`
	res, err := Extract("https://www.example.com.my/news/money/2024/08/05/pier/145411", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Body, "Hashtag") || strings.Contains(res.Body, "issuer") {
		t.Errorf("the wire's lines stay: %q", res.Body[max(0, len(res.Body)-160):])
	}
}
