package extract

import (
	"strings"
	"testing"
)

// ferryStory33 is a made-up story of six paragraphs for the thirty-third round's tests.
var ferryStory33 = []string{
	"The island council voted on Monday evening to keep the winter ferry running twice a day, after the operator had warned that it would cut the service to a single crossing.",
	"Councillors agreed to cover the fuel surcharge from the harbour reserve until March, a sum the treasurer put at a little under two hundred thousand.",
	"The operator's manager said the company had lost money on every winter crossing for three years and could not carry the cost alone any longer.",
	"Parents on the island had collected signatures for weeks, because pupils of the secondary school take the morning boat to the mainland every day.",
	"The council will ask the regional government to share the cost from next year, when the ferry contract is due to be tendered again.",
	"A decision on the summer timetable was put off to the council's next meeting in February.",
}

// A header whose standfirst sits in a block named like the story's text ("rich-text"), and a
// story split into two blocks of that name around a picture: readability reads the whole story,
// the named container only its first block. The standfirst is the header's, not a short post
// the story's reading stands beside: the story is the reading.
func TestStandfirstNamedLikeSplitStory33(t *testing.T) {
	stand := "For weeks the islanders feared losing their morning boat. Now the mood has turned, and relief is everywhere."
	p := func(s string) string { return "<p>" + s + "</p>" }
	page := `<html><head><title>Ferry service: Council keeps the winter crossings</title></head><body><main><article>` +
		`<header><div class="head-wrap"><h2><span class="kicker">Ferry service</span> <span class="hl">Council keeps the winter crossings</span></h2>` +
		`<div class="rich-text rich-text--sans">` + stand + `</div>` +
		`<div class="meta"><time datetime="2024-11-04T19:10:00+01:00">04.11.2024, 19.10 Uhr</time></div></div></header>` +
		`<section><div class="rich-text body-block">` + p(ferryStory33[0]) + p(ferryStory33[1]) + p(ferryStory33[2]) + p(ferryStory33[3]) + `</div>` +
		`<figure><img src="/img/ferry.jpg" alt="The ferry"><figcaption>The ferry at the pier</figcaption></figure>` +
		`<div class="gap"><div class="ad-slot"></div></div>` +
		`<div class="rich-text body-block">` + p(ferryStory33[4]) + p(ferryStory33[5]) + `</div></section>` +
		`</article></main><footer><p>© Island News</p></footer></body></html>`
	body := extract30(t, page)
	checkKept30(t, "split story", body, ferryStory33...)
}

// A story in an <article> of its own, its headline an <h2> (the page has no <h1>), and the next
// stories under it, each a teaser <article> under its own headline with two paragraphs and a
// sign-up box: readability reads their common parent. The story ends where its article does.
func TestNextStoryArticlesAfterStory33(t *testing.T) {
	p := func(s string) string { return "<p>" + s + "</p>" }
	teaser := func(h, a, b string) string {
		return `<article class="box preview"><div class="when">July 14, 2024</div><h2>` + h + `</h2><div class="content">` + p(a) + p(b) +
			`<div class="limit"><h3>Keep reading with a free subscription</h3><p>Unlock this story and join our readers.</p></div></div></article>`
	}
	page := `<html><head><title>Island council keeps the winter ferry running</title></head><body><div class="site"><div class="main">` +
		`<article class="box"><div class="when">February 5, 2024</div><h2>Island council keeps the winter ferry running</h2>` +
		`<div class="content">` + p(ferryStory33[0]) + p(ferryStory33[1]) + p(ferryStory33[2]) + p(ferryStory33[3]) + p(ferryStory33[4]) + `</div></article>` +
		teaser("Harbour trust orders two new dredgers for the channel",
			"The harbour trust has ordered two new dredgers from a yard on the mainland, its chairman told the annual meeting on Thursday afternoon.",
			"The vessels are due to arrive in the spring of next year and will replace the old dredger that has worked the channel since the seventies.") +
		teaser("Lighthouse keepers' cottages to become a museum",
			"The cottages beside the old lighthouse will open as a museum of the island's seafaring past next summer, the heritage society announced.",
			"Volunteers have restored the roofs and the kitchens over two winters, and a grant from the lottery fund pays for the exhibition rooms.") +
		teaser("Fishermen welcome the new quota for the bay",
			"Fishermen in the bay have welcomed the new quota for the coming season, which allows a larger catch of herring than last year's.",
			"The cooperative said the boats would go out again in October, after the repairs to the fish market's cold store are finished.") +
		`</div></div></body></html>`
	body := extract30(t, page)
	checkKept30(t, "story", body, ferryStory33[:5]...)
	for _, gone := range []string{"dredgers", "lighthouse", "quota", "Keep reading", "Unlock this story"} {
		if strings.Contains(body, gone) {
			t.Errorf("next story's line %q still in the body:\n%s", gone, body)
		}
	}
}

// Under a German story: the outlet's ask for money ("Ihnen hat der Artikel gefallen? Bitte helfen
// Sie … und spenden Sie jetzt …"), then the reader comments under "Lesermeinungen" with their
// log-in notice and the moderation disclaimer. None of it is the story.
func TestGermanAppealAndReaderOpinions33(t *testing.T) {
	tail := `<p>Ihnen hat der Artikel gefallen? <a href="/spenden">Bitte helfen Sie inselnews.example und spenden Sie jetzt via Überweisung oder Kreditkarte!</a></p>` +
		`<h2>Lesermeinungen</h2><table></table><p>Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.</p>` +
		`<p class="small">Die Kommentare werden von Moderatoren geprüft und freigeschaltet. Die Kommentare geben nicht notwendigerweise die Meinung der Redaktion wieder.</p>`
	body := extract30(t, harbourPage30("", tail))
	for _, gone := range []string{"Artikel gefallen", "spenden Sie", "Lesermeinungen", "Kommentare verfassen", "Moderatoren"} {
		if strings.Contains(body, gone) {
			t.Errorf("line %q under the story still in the body:\n%s", gone, body)
		}
	}
	checkKept30(t, "story", body, "approved the dredging budget", "Fishermen welcomed")
}

// A summary over the story, in its container, that the lead repeats word for word after its
// dateline: the body opens once, with the lead. A first paragraph the second does not say whole
// (a standfirst in other words) stays.
func TestRestatedLeadDropped33(t *testing.T) {
	sum := "The island council voted to keep the winter ferry running twice a day, the local radio reported on Monday"
	lead := "PORTHAVEN (Island News - 4th November, 2024) " + sum + "."
	p := func(s string) string { return "<p>" + s + "</p>" }
	page := func(first string) string {
		return `<html><head><title>Council keeps the winter ferry</title></head><body><main><article><h1>Council keeps the winter ferry</h1>` +
			`<div class="story-body"><h2>` + first + `</h2>` + p(lead) + p(ferryStory33[1]) + p(ferryStory33[2]) + p(ferryStory33[3]) +
			`</div></article></main></body></html>`
	}
	body := extract30(t, page(sum))
	if strings.Count(body, "voted to keep the winter ferry") != 1 || !strings.HasPrefix(body, "PORTHAVEN") {
		t.Errorf("restated summary kept:\n%s", body)
	}
	other := "Islanders feared for weeks that they would lose their morning boat to the mainland this winter"
	body = extract30(t, page(other))
	checkKept30(t, "standfirst", body, other, lead, ferryStory33[3])
}

// A media player's own lines in the story (its keyboard help, its regional block), a stock
// picture's credit left without its caption, the pointer to the outlet's e-paper and a call for
// readers' stories on a beat ("Got A Showbiz Story?") under it: none is the story's. Lines that
// only resemble them (a sentence about a picture library, about a story someone has) stay.
func TestPlayerStockCreditAndInviteLines33(t *testing.T) {
	box := `<p>Space to play or pause, M to mute, left and right arrows to seek, up and down arrows for volume.</p>` +
		`<p>This content is not available in your region</p>` +
		`<figure><img src="/img/quay.jpg"></figure><p>Jane Quayside from Pixabay</p>` +
		`<p>The trust bought the rights to old harbour photographs from a library on the mainland, its archivist said.</p>`
	tail := `<p>(To view our epaper please click here. For all the latest news, visit Harbour Times. Also, follow us on Twitter and Instagram for continuous updates on the go)</p>` +
		`<p>Got A Harbour Story?</p><p>If you've got a harbour story, video or pictures get in touch with the news team by emailing us tips@harbour.example – we'd love to hear from you.</p>`
	body := extract30(t, harbourPage30(box, tail))
	for _, gone := range []string{"Space to play", "not available in your region", "from Pixabay", "epaper", "Got A Harbour Story", "get in touch"} {
		if strings.Contains(body, gone) {
			t.Errorf("line %q still in the body:\n%s", gone, body)
		}
	}
	checkKept30(t, "story", body, "approved the dredging budget", "bought the rights to old harbour photographs", "Fishermen welcomed")
}
