package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// new27bStory is a story's paragraphs long enough to be read as one.
func new27bStory(para string) string {
	return strings.Repeat("<p>"+para+"</p>\n", 6)
}

// TestLocaleOfOtherLanguage27b: og:locale "en_US" is a sharing plugin's default on pages in any
// language; read as the page's region it made a Portuguese column's "12/09/2016" (day first) 9
// December, and a German page's printed "05.04.2011"-style slash date month first. The text's
// language now stands over a lone og:locale, and an og:locale of another language than the
// page's says nothing of its dates. Made-up pages.
func TestLocaleOfOtherLanguage27b(t *testing.T) {
	pt := "O governo apresentou nesta semana uma proposta de reforma que não agradou aos sindicatos, e os trabalhadores prometem uma greve para o mês que vem em todo o país."
	de := "Die Stadt hat am Mittwoch den neuen Haushalt beschlossen, der mehr Geld für Straßen und die Wasserversorgung vorsieht, und die Opposition hat dagegen gestimmt."
	for _, c := range []struct{ name, url, html, want string }{
		{"Portuguese text under a lone en_US og:locale", "http://www.example.com/colunas/reforma-proposta",
			`<html><head><meta property="og:locale" content="en_US"><meta property="article:published_time" content="12/09/2016 11:09:00">` +
				`<title>A reforma proposta</title></head><body><article><h1>A reforma proposta</h1>` + new27bStory(pt) + `</article></body></html>`,
			"2016-09-12"},
		{"German page with an en_US og:locale", "http://www.example.com/nachrichten/haushalt-beschlossen",
			`<html lang="de"><head><meta property="og:locale" content="en_US"><title>Haushalt beschlossen</title></head><body><article>` +
				`<h1>Haushalt beschlossen</h1><div class="date">05/04/2011</div>` + new27bStory(de) + `</article></body></html>`,
			"2011-04-05"},
	} {
		r, err := extract.Extract(c.url, []byte(c.html))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: published %s, want the day %s", c.name, r.Published.Format(time.RFC3339), c.want)
		}
	}
}

// TestStatedSiteMidTitle27b: "Story - Site - Section - Subsection" puts the site's stated name
// between the headline and a section trail; the title kept " - Site". Made-up page.
func TestStatedSiteMidTitle27b(t *testing.T) {
	page := `<html lang="de"><head><meta property="og:site_name" content="Beispiel Online">` +
		`<meta property="og:title" content="Retro: Firma bringt den alten Rechner zurück - Beispiel Online - Nachrichten - Technik">` +
		`<title>Retro: Firma bringt den alten Rechner zurück - Beispiel Online - Nachrichten - Technik</title></head><body><div id="main">` +
		new27bStory("Eigentlich ist es erstaunlich, dass es die Firma noch gibt, denn ihre Rechner waren vor dreißig Jahren in jedem Kinderzimmer zu finden und sind heute Sammlerstücke.") +
		`</div></body></html>`
	r, err := extract.Extract("http://www.example.de/technik/0,1518,755090,00.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Retro: Firma bringt den alten Rechner zurück"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
}

// TestStoryCellPictures27b: a 2000s table layout names the cell holding the story
// (<td class="storybody">) and declares no og:image: the lead is the story's first picture,
// not a wider graphic further down, nor nothing; a script player's holding picture, printed
// only in a <noscript>, is the story's picture when it is the first. Made-up pages.
func TestStoryCellPictures27b(t *testing.T) {
	para := "Up to thirty thousand officers across the country are to be trained to use the devices, the home secretary announced on Monday in a speech to a police conference."
	table := func(cell string) string {
		return `<html><head><title>Police to get new devices</title></head><body><table><tr><td class="nav"><a href="/">Home</a></td>` +
			`<td><h1>Police to get new devices</h1><table><tr><td class="storybody">` + cell + `</td></tr></table></td></tr></table></body></html>`
	}
	for _, c := range []struct{ name, html, want string }{
		{"first picture over a later wide graphic", table(
			`<table align="right" width="226"><tr><td><div><img src="http://img.example.co.uk/media/45234865_device.jpg" width="226" height="170" alt="A device"></div></td></tr></table>` +
				new27bStory(para) +
				`<table><tr><td><img src="http://img.example.co.uk/media/45234250_graphic_466x204.gif" width="466" height="204" alt="How it works graphic"></td></tr></table>` +
				new27bStory(para)),
			"http://img.example.co.uk/media/45234865_device.jpg"},
		{"first picture with no wide one", table(
			`<table align="right" width="226"><tr><td><div><img src="http://img.example.co.uk/media/45809790_street.jpg" width="226" height="171" alt="A street"></div></td></tr></table>` +
				new27bStory(para)),
			"http://img.example.co.uk/media/45809790_street.jpg"},
		{"a player's holding picture in noscript", table(
			`<div class="player"><noscript><img name="holdingImage" class="holding" src="http://img.example.co.uk/media/45687814_speech.jpg" alt="The minister"></noscript></div>` +
				new27bStory(para)),
			"http://img.example.co.uk/media/45687814_speech.jpg"},
	} {
		r, err := extract.Extract("http://news.example.co.uk/1/hi/uk/7745137.stm", []byte(c.html))
		if err != nil {
			t.Fatal(err)
		}
		if r.ImageURL != c.want {
			t.Errorf("%s: image %q, want %q", c.name, r.ImageURL, c.want)
		}
	}
}

// TestLinkedThumbnailRendition27b: link rel=image_src names the "-90" thumbnail of the picture
// the story prints as "-314"; the lead is the printed rendition. Made-up page.
func TestLinkedThumbnailRendition27b(t *testing.T) {
	page := `<html><head><title>Airline repeats call to reject offer</title><link rel="image_src" href="http://img.example.ie/00037ab1-90.jpg"></head><body>` +
		`<div class="gallery"><img src="http://img.example.ie/00037ab1-314.jpg" alt="The airline's offices"></div><div class="article-body"><h1>Airline repeats call to reject offer</h1>` +
		new27bStory("The airline has issued a statement this morning calling on shareholders to reject the rival's offer, which it says undervalues the company.") +
		`</div><div class="more"><img src="http://img.example.ie/0004b5f2-130.jpg" alt=""></div></body></html>`
	r, err := extract.Extract("http://www.example.ie/news/2012/0718/airline-repeats-call.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://img.example.ie/00037ab1-314.jpg"; r.ImageURL != want {
		t.Errorf("image %q, want %q", r.ImageURL, want)
	}
}

// TestPrintedMinuteUnzonedSeconds27b: the page prints "Updated: 10:28, Wednesday, 18 July 2012"
// (Irish summer time) under a day-only date meta, and its datemodified holds the same wall
// clock to the second without a zone;
// the printed minute took no seconds, as unzoned values were left out. Made-up page.
func TestPrintedMinuteUnzonedSeconds27b(t *testing.T) {
	page := `<html><head><meta name="date" content="2012-07-18"><meta name="datemodified" content="2012-07-18T10:28:38"><title>Airline repeats call to reject offer</title></head><body>` +
		`<div class="article"><h1>Airline repeats call to reject offer</h1><p class="date">Updated: 10:28, Wednesday, 18 July 2012</p>` +
		new27bStory("The airline has issued a statement this morning calling on shareholders to reject the rival's offer, which it says undervalues the company.") +
		`</div></body></html>`
	r, err := extract.Extract("http://www.example.ie/news/2012/0718/airline-repeats-call.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Published.Format(time.RFC3339), "2012-07-18T10:28:38+01:00"; got != want {
		t.Errorf("published %s, want %s (modified %s)", got, want, r.Modified)
	}
}

// TestStandfirstWriter27b: a column printing no byline names its writer at the end of its
// standfirst (the description): ", says Jane Roe in her weekly column." or ", writes John
// Doe"; a news summary's ", says Sheriff Jane Roe." names a source. Made-up pages.
func TestStandfirstWriter27b(t *testing.T) {
	for _, c := range []struct {
		desc string
		want []string
	}{
		{"Wandering round a strange city as a teenager taught me all I need to know - about teenagers, says Laurie Fenwick in his weekly column.", []string{"Laurie Fenwick"}},
		{"A biopic full of inaccuracies still packs a punch, writes Alexandra Vonn", []string{"Alexandra Vonn"}},
		{"The cuts to law enforcement will be impossible to hide, says Sheriff Sandra Holm.", nil},
	} {
		page := `<html lang="en"><head><meta name="description" content="` + c.desc + `"><title>A column</title></head><body><div class="storybody"><h1>A column</h1>` +
			new27bStory("As far as I was concerned my friend knew more about the city and what went on there than anyone else in our street, and he never let me forget it.") +
			`</div></body></html>`
		r, err := extract.Extract("http://www.example.co.uk/magazine/8063681.stm", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.desc, r.Authors, c.want)
		}
	}
}

// TestAbbreviatedCaptionAndCommentForm27b: a picture's line in a block named "cap" (the
// abbreviation table layouts used) is its caption, not the story's first line; "Add your
// comments on this story, using the form below." opens the comment form, whose notice is no
// story either. Made-up page.
func TestAbbreviatedCaptionAndCommentForm27b(t *testing.T) {
	para := "As far as I was concerned my friend knew more about the city and what went on there than anyone else in our street, and he never let me forget it."
	page := `<html lang="en"><head><title>My night out</title></head><body><table><tr><td class="storybody"><h1>My night out</h1>` +
		`<table align="right" width="226"><tr><td><div><img src="http://img.example.co.uk/street226.jpg" width="226" height="171" alt="A street">` +
		`<div class="cap">To a teenage boy, the street was a different world</div></div></td></tr></table>` + new27bStory(para) +
		`<p>Add your comments on this story, using the form below.</p><p>We may edit your comments and not all emails will be published.</p>` +
		`</td></tr></table></body></html>`
	r, err := extract.Extract("http://news.example.co.uk/1/hi/magazine/8063681.stm", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"different world", "Add your comments", "not all emails"} {
		if strings.Contains(r.Body, bad) {
			t.Errorf("body holds %q:\n%s", bad, r.Body)
		}
	}
	if !strings.Contains(r.Body, "never let me forget it") {
		t.Errorf("body lost the story:\n%s", r.Body)
	}
}

// TestPrintedMinuteSecondsSources27b: an unzoned publication meta at the printed wall minute
// gives its second (19:53:57 under a printed 19:53, Berlin time). Made-up page.
func TestPrintedMinuteSecondsSources27b(t *testing.T) {
	para := "Die Stadt hat am Sonntag den neuen Haushalt beschlossen, der mehr Geld für Straßen und die Wasserversorgung vorsieht, und die Opposition hat dagegen gestimmt."
	for _, c := range []struct{ name, url, head, stamp, want string }{
		{"unzoned publication meta at the printed minute", "https://www.example.de/inland/haushalt-100.html",
			`<meta name="date" content="2025-03-02T19:53:57">`, "Stand: 02.03.2025 19:53 Uhr", "2025-03-02T19:53:57+01:00"},
	} {
		page := `<html lang="de"><head>` + c.head + `<title>Haushalt beschlossen</title></head><body><article><h1>Haushalt beschlossen</h1><p class="date">` +
			c.stamp + `</p>` + new27bStory(para) + `</article></body></html>`
		r, err := extract.Extract(c.url, []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}
