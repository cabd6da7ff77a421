package extract

import (
	"strings"
	"testing"
	"time"
)

func TestPrintedModifiedTimeIsNoPublication(t *testing.T) {
	// The only date a page prints under its headline is its last update, the very minute of
	// article:modified_time, two days after the publication that article:published_time and
	// the JSON-LD agree on: the printed stamp must not overrule them as a date printed in the
	// publication's place would.
	page := `<html lang="es"><head><meta charset="utf-8"><title>La feria seguirá diez años más | Ejemplo</title>
<meta property="article:published_time" content="2021-05-08T16:42:59.548Z"/>
<meta property="article:modified_time" content="2021-05-10T09:58:53.660Z"/>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"La feria seguirá diez años más","datePublished":"2021-05-08T16:42:59.548Z","dateModified":"2021-05-10T09:58:53.660Z"}</script>
</head><body><article><header><h1>La feria seguirá diez años más</h1>
<div class="a_pt"><span class="place">Sevilla</span> - <a id="article_date" class="a_ti" href="/hemeroteca/2021-05-10/">10 may 2021 - 09:58 <abbr title="UTC">UTC</abbr></a></div></header>
<div class="a_b">` + strings.Repeat(`<p>El pleno del ayuntamiento aprobó el martes prorrogar la concesión del recinto ferial durante otros diez años, tras una sesión que se alargó hasta la noche.</p>`, 4) + `</div></article></body></html>`
	r := fix21bExtract(t, "https://www.example.es/local/2021-05-08/la-feria.html", page)
	fix21bWant(t, "printed update", r.Published, "2021-05-08T16:42:59Z")
}

// usOutletPage is a US outlet's story whose metadata states no zone and which prints its
// clock in AP style with no zone either; the outlet names its city only where given.
func usOutletPage(siteName, title, printed, machine string) string {
	meta := ""
	if siteName != "" {
		meta = `<meta property="og:site_name" content="` + siteName + `" />`
	}
	return `<html lang="en"><head><meta charset="utf-8"><title>` + title + `</title>` + meta + `
<meta property="article:published_time" content="` + machine + `" />
</head><body><h1>Commission extends fairground lease</h1>
<p class="byline">By Jane Roe</p><p class="bypubdate-original">Published ` + printed + `</p>
<div class="article">` + fix21bProse + `</div></body></html>`
}

func TestUSOutletPlaceInTitleOrGluedName(t *testing.T) {
	// A US outlet that names its city in the title's site part ("… - The Fresno Ledger") or in
	// a site name glued into one brand ("SeattleCourier.com") prints its zone-less clocks in
	// that city's zone, not New York's: the metadata's zone-less time is that clock.
	for _, c := range []struct{ site, title, want string }{
		{"FresnoLedger.com", "Commission extends fairground lease - The Fresno Ledger", "2017-04-20T14:02:00-07:00"},
		{"", "Commission extends fairground lease - The Fresno Ledger", "2017-04-20T14:02:00-07:00"},
		{"SeattleCourier.com", "Commission extends fairground lease", "2017-04-20T14:02:00-07:00"},
		{"DenverPost.example", "Commission extends fairground lease", "2017-04-20T14:02:00-06:00"},
	} {
		r := fix21bExtract(t, "https://example.com/news/2017/apr/20/fairground-lease/",
			usOutletPage(c.site, c.title, "Thursday, April 20, 2017 | 2:02 p.m.", "2017-04-20T14:02"))
		fix21bWant(t, c.site+"|"+c.title, r.Published, c.want)
	}
}

func TestAPStyleWholeHourClock(t *testing.T) {
	// AP style prints a whole hour without minutes ("2 a.m."): it is the page's clock, which
	// makes the zone-less metadata time its wall clock where the outlet is.
	r := fix21bExtract(t, "https://example.com/news/2017/may/22/fairground-lease/",
		usOutletPage("", "Commission extends fairground lease - The Fresno Ledger", "Monday, May 22, 2017 | 2 a.m.", "2017-05-22T02:00"))
	fix21bWant(t, "2 a.m.", r.Published, "2017-05-22T02:00:00-07:00")
}

func TestCreationStampConfirmsEarlierPrintedTime(t *testing.T) {
	// A portal's copy prints the story's time under the headline, and its creation stamp says
	// the same minute; article:published_time, the next morning, is the copy's republication.
	prose := strings.Repeat("本市今年的春季植树活动在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。", 3)
	page := `<html><head><meta charset="utf-8"><title>春季植树活动在城郊公园举行|范例网</title>
<meta name="weibo: article:create_at" content="2019-03-27 17:39:17" />
<meta name="weibo: article:update_at" content="2019-03-28 08:58:15" />
<meta property="article:published_time" content="2019-03-28T08:58:14+08:00" />
</head><body><h1 class="main-title">春季植树活动在城郊公园举行</h1><div class="date-source"><span class="date">2019年03月27日 17:39</span><span class="source">范例网</span></div>
<div class="article"><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	r := fix21bExtract(t, "https://news.example.com/c/2019-03-28/doc-abc.shtml", page)
	fix21bWant(t, "creation stamp", r.Published, "2019-03-27T17:39:17+08:00")
}

func fix21bWant(t *testing.T, name string, got time.Time, want string) {
	t.Helper()
	if g := got.Format(time.RFC3339); g != want {
		t.Errorf("%s: published = %s, want %s", name, g, want)
	}
}
