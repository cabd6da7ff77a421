package extract

import (
	"strings"
	"testing"
	"time"
)

// quayStory34 is a made-up story of five paragraphs for the thirty-fourth round's tests.
var quayStory34 = []string{
	"The harbour board agreed on Tuesday to rebuild the east quay wall before the winter storms, after divers found the old stones loose along forty metres.",
	"Engineers told the board that the repair would take about eleven weeks and that the ferry would berth at the west pier while the work goes on.",
	"Fishermen asked for a slipway to stay open at night, and the board promised to keep one of the two ramps lit until the new wall is finished.",
	"The cost will be shared between the port's reserve and a grant from the regional fund, which the board's treasurer expects to be paid in spring.",
	"A public meeting on the plans for the old fish market is set for the first week of next month in the harbour office.",
}

// quayPage34 is a page with head in its <head>, pre above the story and post after it inside
// the <article>, and aside after the article.
func quayPage34(head, pre, post, aside string) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Harbour board to rebuild the east quay wall</title>" + head + "</head><body><article>")
	b.WriteString("<h1>Harbour board to rebuild the east quay wall</h1>" + pre)
	for _, p := range quayStory34 {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(post + "</article>" + aside + "</body></html>")
	return b.String()
}

// quayExtract34 extracts page at pageURL.
func quayExtract34(t *testing.T, pageURL, page string) *Result {
	t.Helper()
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A date element printing month, day and a 12-hour clock without a year ("August 27, 06:04 PM")
// under an address of year and month folders: the clock's hour is no two-digit year (it dated
// the story 2006), the address gives the year, and an event listing's full date in the sidebar
// ("17 April 2020 - 17 May 2020") is no publication. Another month in the address leaves the
// stamp unread.
func TestYearlessStampAddressMonth34(t *testing.T) {
	pre := `<p class="publish-info"><span class="author-name">Jane Roe</span> | <span class="publish-date">August 27, 06:04 PM</span></p>`
	aside := `<aside><div class="event"><h3>Harbour festival</h3><span class="publish-date">17 April 2020 - 17 May 2020</span></div></aside>`
	sg, _ := time.LoadLocation("Asia/Singapore")
	for _, c := range []struct {
		name, url string
		want      time.Time
	}{
		{"address month", "https://quay.example.sg/2019/08/east-quay-wall/", time.Date(2019, 8, 27, 18, 4, 0, 0, sg)},
		{"other month", "https://quay.example.sg/2019/09/east-quay-wall/", time.Time{}},
	} {
		r := quayExtract34(t, c.url, quayPage34("", pre, "", aside))
		if c.want.IsZero() {
			if r.Published.Year() == 2006 || r.Published.Year() == 2019 && r.Published.Month() == 8 {
				t.Errorf("%s: published %v, want no August stamp", c.name, r.Published)
			}
			continue
		}
		if !r.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.name, r.Published, c.want)
		}
	}
}

// JSON-LD written by an en-US server ("5/1/2019 7:05:31 PM") on a page that prints its dates day
// first ("19:05' - 01/05/2019", 1 May, on a day-first country's domain): the print witnesses the
// metadata's order, and the story is dated 1 May, not 5 January. Where the print meets the
// metadata read in the page's order, that order stays.
func TestMetaOrderWitnessedByPrint34(t *testing.T) {
	ld := func(v string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the east quay wall","datePublished":"` + v + `"}</script>`
	}
	for _, c := range []struct {
		name, meta, print string
		month             time.Month
		day               int
	}{
		{"other order", "5/1/2019 7:05:31 PM", "19:05' - 01/05/2019", time.May, 1},
		{"same order", "1/5/2019 7:05:31 PM", "19:05' - 01/05/2019", time.May, 1},
	} {
		pre := `<div class="meta"><span class="post-author">Jane Roe</span><span class="post-time">` + c.print + `</span></div>`
		r := quayExtract34(t, "https://quay.example.vn/east-quay-wall/121113.html", quayPage34(ld(c.meta), pre, "", ""))
		if r.Published.Month() != c.month || r.Published.Day() != c.day {
			t.Errorf("%s: published %v, want %v %d", c.name, r.Published, c.month, c.day)
		}
	}
}

// A byline that prints the writer's name in capitals and the outlet on its next line in normal
// case ("JANE ROE\nThe Harbour"), which the author meta runs together: the capitals are the
// name. A name whose own words mix the cases, and one in normal case, stay whole.
func TestCapsNameOutletTail34(t *testing.T) {
	for _, c := range []struct{ name, byline, meta, want string }{
		{"byline", "JANE ROE\nThe Harbour", "", "JANE ROE"},
		{"meta", "", "JANE ROE The Harbour", "JANE ROE"},
		{"inner capitals", "MARY ANN McDONALD", "", "MARY ANN McDONALD"},
	} {
		head, pre := "", ""
		if c.meta != "" {
			head = `<meta name="author" content="` + c.meta + `">`
		}
		if c.byline != "" {
			pre = `<span class="tnt-byline" itemprop="author"><a href="/users/profile/jroe">` + c.byline + `</a></span>`
		}
		r := quayExtract34(t, "https://quay.example/news/east-quay-wall", quayPage34(head, pre, "", ""))
		if len(r.Authors) != 1 || !strings.EqualFold(r.Authors[0], c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, r.Authors, c.want)
		}
	}
}

// Furniture set among or after a story's paragraphs: a push-notification opt-in named for it
// ("follow-prompt"), a how-to-cite box ("Citation: … retrieved … from <address>") over the
// publisher's copyright notice, and a related story's card under "Также по теме" ("also on the
// topic"). None is the story's; the story's paragraphs stay.
func TestStoryFurniture34(t *testing.T) {
	for _, c := range []struct{ name, post, gone string }{
		{"push prompt", `<div class="component follow-prompt"><div class="follow-prompt__message">Get push notifications with news, features and more.</div><a href="#!">Following</a></div>`,
			"push notifications"},
		{"citation box", `<div class="mb-4"><strong>Citation</strong>: Harbour board to rebuild the east quay wall (2020, March 5) retrieved 16 June 2020 from https://quay.example/news/east-quay-wall.html</div>` +
			`<div class="notice">This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</div>`,
			"retrieved 16 June"},
		{"related card", `<div class="article__read-more read-more"><div class="read-more__title">Также по теме</div><strong class="read-more__heading"><a href="/news/old-market">Рынок закроют на ремонт</a></strong>` +
			`<div class="read-more__summary">Старый рыбный рынок закроют на ремонт весной, сообщили в управлении порта...</div></div>`,
			"Старый рыбный рынок"},
	} {
		r := quayExtract34(t, "https://quay.example/news/east-quay-wall", quayPage34("", "", c.post, ""))
		if strings.Contains(r.Body, c.gone) {
			t.Errorf("%s: %q kept:\n%s", c.name, c.gone, r.Body)
		}
		checkKept30(t, c.name, r.Body, quayStory34...)
	}
	r := quayExtract34(t, "https://quay.example/news/east-quay-wall", quayPage34("", "", `<div class="notice">This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without permission.</div>`, ""))
	if strings.Contains(r.Body, "subject to copyright") {
		t.Errorf("copyright notice kept:\n%s", r.Body)
	}
}

// A lede that hands over to a list and names the day ("Here are the latest developments at the
// harbour on March 14, 2020:") opens the story: its date made it read as a stamp line over it.
func TestLedeEndingOnColonAndDate34(t *testing.T) {
	lede := "Here are the latest developments at the harbour on March 14, 2020:"
	r := quayExtract34(t, "https://quay.example/news/east-quay-wall", quayPage34("", "<p>"+lede+"\u00a0</p>", "", ""))
	if !strings.HasPrefix(r.Body, lede) {
		t.Errorf("lede lost:\n%s", r.Body)
	}
}
