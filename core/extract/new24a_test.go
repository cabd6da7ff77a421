package extract

import (
	"strings"
	"testing"
	"time"
)

// new24aTitle is the headline of the synthetic Czech pages below: long enough for a state
// record to be singled out by it.
const new24aTitle = "Zastupitelé schválili rozpočet města po dlouhé noci"

// new24aStory is a Czech story's paragraph long enough for the body rules to take it.
var new24aStory = strings.Repeat("Zastupitelstvo v pondělí projednalo nový rozpočet města a po dlouhé debatě ho schválilo. ", 6)

// new24aPage wraps a Czech story of three paragraphs, with before over it and after under it
// (outside the <article>: what the page prints beside the story), in a page.
func new24aPage(t *testing.T, head, before, after string) *Result {
	t.Helper()
	page := `<html lang="cs"><head><meta charset="utf-8"><title>` + new24aTitle + `</title>` + head + `</head><body><div class="main"><article>` +
		"<h1>" + new24aTitle + "</h1>" + before + "<p>" + new24aStory + "</p><p>" + new24aStory +
		"</p><p>" + new24aStory + "</p></article>" + after + "</div></body></html>"
	r, err := Extract("https://www.example.cz/domaci/zastupitele-schvalili-rozpocet-207424", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A CMS that files agency copy under its desk's account credits the desk, the page's own
// section, as a Person beside the agency ("Domácí, ČTK"): the section is no writer.
func TestSectionCreditIsNoAuthor(t *testing.T) {
	ld := func(names ...string) string {
		var a []string
		for _, n := range names {
			a = append(a, `{"@type":"Person","name":"`+n+`"}`)
		}
		return `<meta property="article:section" content="Domácí"><script type="application/ld+json">{"@type":"NewsArticle","headline":"` +
			new24aTitle + `","author":[` + strings.Join(a, ",") + `]}</script>`
	}
	r := new24aPage(t, ld("Domácí", "Jana Nováková"), "", "")
	checkAuthors(t, "section beside a person", r.Authors, []string{"Jana Nováková"})
	r = new24aPage(t, ld("Domácí"), `<div class="author"><a href="/autori/domaci/">Domácí</a></div>`, "")
	checkAuthors(t, "section alone", r.Authors, nil)
	// Only the section's name whole: a writer whose surname it merely resembles stays.
	r = new24aPage(t, ld("Petr Domácí"), "", "")
	checkAuthors(t, "two-word name", r.Authors, []string{"Petr Domácí"})
}

// A media box whose id names its author ("multimediaAuthorBox") credits the picture or the video
// at the top of the story: its description ("Lotus Elise") is no byline.
func TestMultimediaAuthorBoxIsNoByline(t *testing.T) {
	r := new24aPage(t, "", `<div id="multimediaInfo"><div id="multimediaAuthorBox"><p class="photoDesc">Lotus Elise</p><p class="photoAuthor">zdroj: Lotus</p></div></div>`, "")
	checkAuthors(t, "multimedia author box", r.Authors, nil)
}

// A script-built page whose classes are hashes names its byline's component in a data attribute
// (data-dot, data-qa) as others do in data-testid.
func TestComponentAttributeByline(t *testing.T) {
	for _, attr := range []string{"data-dot", "data-qa"} {
		r := new24aPage(t, "", `<span class="k_it k_iw g_dt" `+attr+`="mol-author-names"><span><a href="/autor/jana-novakova-687" class="e_J">Jana Nováková </a></span></span>`, "")
		checkAuthors(t, attr, r.Authors, []string{"Jana Nováková"})
	}
}

// A Czech date prints the month's name in the genitive ("středa 6. října 2010, 12:30"): the
// page's only date, in Prague's time; and the stamp line goes from the body.
func TestCzechPrintedDate(t *testing.T) {
	r := new24aPage(t, "", `<p class="publicDate">středa 6. října 2010, 12:30</p>`, "")
	want := time.Date(2010, 10, 6, 10, 30, 0, 0, time.UTC)
	if !r.Published.Equal(want) {
		t.Errorf("published = %v, want %v", r.Published, want)
	}
	r = new24aPage(t, "", `<p class="meta"><time><span>12:35</span> 30. prosince 2014</time></p>`, "")
	if strings.Contains(r.Body, "prosince") {
		t.Errorf("the stamp line stays in the body: %q", r.Body[:min(len(r.Body), 120)])
	}
}

// A page that prints only the story's clock ("16:30") carries its date in the script state: the
// record titled as the headline, not the related story listed before it. Two records of that
// title dated apart leave the page undated.
func TestHeadlineStateDate(t *testing.T) {
	state := func(main string) string {
		return `<script>window.__STATE__ = {"doc":{"content":[{"embedded":{"title":"Jiný příběh o městském rozpočtu z minulého týdne","dateOfPublication":"2022-06-20 11:00:00"}}],` +
			`"title":"` + new24aTitle + `","dateOfPublication":"` + main + `"},"teasers":[{"title":"Další zprávy z domova a ze světa","dateOfPublication":"2022-06-28 18:06:00"}]};</script>`
	}
	clock := `<div class="k_iw" data-dot="ogm-date-of-publication"><span class="mol-formatted-date__time">16:30</span></div>`
	r := new24aPage(t, state("2022-06-28 16:30:00"), clock, "")
	want := time.Date(2022, 6, 28, 14, 30, 0, 0, time.UTC)
	if !r.Published.Equal(want) {
		t.Errorf("published = %v, want %v", r.Published, want)
	}
	twice := `<script>var a = {"title":"` + new24aTitle + `","dateOfPublication":"2022-06-28 16:30:00"}; var b = {"title":"` + new24aTitle + `","dateOfPublication":"2021-01-02 08:00:00"};</script>`
	if r = new24aPage(t, twice, clock, ""); !r.Published.IsZero() {
		t.Errorf("two records dated apart: published = %v, want none", r.Published)
	}
}

// An audio player inside the story: its fallback text for browsers without audio and its box's
// clip title are no lines of the story.
func TestAudioPlayerIsNoText(t *testing.T) {
	player := `<div class="b-inline"><div class="b-audio-player js-audio"><div class="js-out"><audio controls><source src="/a.mp3" type="audio/mpeg">Váš prohlížeč nepodporuje přehrávání audia.</audio></div>` +
		`<p class="b-audio-player__time">00:00 / 00:00</p><p class="b-audio-player__title">Za rokem 2014 se ohlíželi Tomáš Pilát a Marek Blaho</p></div></div>`
	r := new24aPage(t, "", "<p>"+new24aStory+"</p>"+player, "")
	for _, s := range []string{"nepodporuje", "ohlíželi"} {
		if strings.Contains(r.Body, s) {
			t.Errorf("body holds the player's %q", s)
		}
	}
	if !strings.Contains(r.Body, "schválilo") {
		t.Errorf("the story is lost: %q", r.Body)
	}
}

// An index of the site's pages under the story, each item a link with a short note ("Chřenovice
// (Havlíčkův Brod),"), goes with the story's wrapper; a short list of links the story makes stays.
func TestLinkIndexUnderStory(t *testing.T) {
	towns := []string{"Chřenovice", "Ratenice", "Choceň", "Bouzov", "Hodětín", "Lahošť", "Pomezí", "Dvory", "Habří", "Modřice", "Kuřim", "Knínice"}
	var b strings.Builder
	b.WriteString(`<section class="b-category"><ul class="m-sub__list">`)
	for _, town := range towns {
		b.WriteString(`<li><a href="/volby/` + town + `">` + town + `</a> <i>(Okres)</i>, </li>`)
	}
	b.WriteString(`</ul></section>`)
	r := new24aPage(t, "", "", b.String())
	if strings.Contains(r.Body, "Kuřim") {
		t.Errorf("the index stays in the body: %q", r.Body[max(0, len(r.Body)-200):])
	}
	short := `<ul><li><a href="/a">Zpráva komise</a> (PDF)</li><li><a href="/b">Návrh rozpočtu</a> (PDF)</li><li><a href="/c">Usnesení</a> (PDF)</li></ul>`
	r = new24aPage(t, "", "<p>"+new24aStory+"</p>"+short, "")
	if !strings.Contains(r.Body, "Návrh rozpočtu") {
		t.Errorf("the story's own short list is lost: %q", r.Body[max(0, len(r.Body)-200):])
	}
}
