package extract

import (
	"testing"
	"time"
)

// Byline classes of the sixteenth round: a German role label pair ("Autor / Redakteur: A / B")
// names the writer first; a single German role label names the writer; the page's own
// masthead after the writer ("By Jane Roe, Example Herald") is no co-author; a job-search
// widget's "by example.ca" is a site, not a handle; a filing stamp ("Filed on …") is no byline.
func TestAuthorsDistill16(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"german role pair", "", `<div class="author">12.03.18 | Autor / Redakteur: Anna Beispiel / Dr. Bernd Muster</div>`, []string{"Anna Beispiel"}},
		{"german role pair, editor first", "", `<div class="author">Redakteur / Autorin: Bernd Muster / Anna Beispiel</div>`, []string{"Anna Beispiel"}},
		{"german role, one person", "", `<div class="author">Autor / Redakteur: Anna Beispiel</div>`, []string{"Anna Beispiel"}},
		{"german author label", "", `<div class="author">Autorin: Clara Probe</div>`, []string{"Clara Probe"}},
		{"masthead after the writer", `<meta property="og:site_name" content="Harbour Lantern">`,
			`<div class="meta">By <a href="/author/jane-roe">Jane Roe</a>, Harbour Lantern</div>`, []string{"Jane Roe"}},
		{"two writers and the masthead", `<meta property="og:site_name" content="Harbour Lantern">`,
			`<div class="byline">By Jane Roe and John Doe, Harbour Lantern</div>`, []string{"Jane Roe", "John Doe"}},
		{"widget credits a domain", "", `<div class="jobs"><span>by jobsearch.ca</span> <a href="#">Search Jobs at jobsearch.ca</a></div><p>Text by jobsearch.ca here.</p>`, nil},
		{"filing stamp", "", `<div class="author-box">Filed on March 3, 2017</div>`, nil},
		{"filed under a section", "", `<div class="byline">Filed under: Technology</div>`, nil},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", c.head, c.body), c.want)
	}
}

// A handle with a dot that is no web address stays a handle; one ending in a country code or
// a common generic domain is a site.
func TestDomainHandle(t *testing.T) {
	for v, want := range map[string]bool{"example.ca": true, "jobs.example.com": true, "john.doe": false, "janus": false} {
		if got := domainHandle(v); got != want {
			t.Errorf("domainHandle(%q) = %v, want %v", v, got, want)
		}
	}
}

// An <h1> that goes on after the whole agreed title with a lower-case clause ("… amid
// talks") is the printed headline; a button's label or a count after it is not.
func TestHeadlineExtendsAgreedTitle(t *testing.T) {
	story := `<p>` + aboveStoryBody + `</p>`
	checkTitles(t, []titlePage{
		{"clause after the agreed title",
			`<title>Harbour council backs new ferry pier - Example News</title><meta property="og:title" content="Harbour council backs new ferry pier - Example News"><meta property="og:site_name" content="Example News">`,
			`<h1>Harbour council backs new ferry pier amid protests</h1>` + story,
			"Harbour council backs new ferry pier amid protests"},
		{"button label after the agreed title",
			`<title>Harbour council backs new ferry pier - Example News</title><meta property="og:title" content="Harbour council backs new ferry pier"><meta property="og:site_name" content="Example News">`,
			`<h1>Harbour council backs new ferry pier <a href="#">Add to ...</a></h1>` + story,
			"Harbour council backs new ferry pier"},
	})
}

// Of several og:image values, a theme's placeholder first yields to the story's photo after it.
func TestPlaceholderOGImage(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<meta property="og:image" content="https://example.org/wp-content/themes/paper/images/placeholder.jpg"><meta property="og:image" content="https://example.org/wp-content/uploads/2016/05/harbour-800x500.jpg">`,
			"https://example.org/wp-content/uploads/2016/05/harbour-800x500.jpg"},
		{`<meta property="og:image" content="https://example.org/img/site-logo.png"><meta property="og:image" content="https://example.org/media/pier.jpg">`,
			"https://example.org/media/pier.jpg"},
		{`<meta property="og:image" content="https://example.org/media/pier.jpg"><meta property="og:image" content="https://example.org/media/pier-2.jpg">`,
			"https://example.org/media/pier.jpg"},
	} {
		r, err := Extract("https://example.org/a", []byte("<html><head><title>T</title>"+c.head+"</head><body><p>"+aboveStoryBody+"</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if r.ImageURL != c.want {
			t.Errorf("image = %q, want %q", r.ImageURL, c.want)
		}
	}
}

// A zone-less metadata clock yields to the clock the first date element prints with its zone
// on the same day ("March 4, 2015: 3:50 AM ET"); a metadata value that states its zone stays.
func TestZonedPrintedOverNaiveMeta(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<meta name="date" content="2015-03-04 03:16:59">`, "2015-03-04T08:50:00Z"},
		{`<meta property="article:published_time" content="2015-03-04T03:16:59-05:00">`, "2015-03-04T08:16:59Z"},
	} {
		page := `<html><head><title>Harbour council backs new ferry pier</title>` + c.head + `</head><body><article><h1>Harbour council backs new ferry pier</h1>` +
			`<div class="byline">By Jane Roe</div><span class="cnnDateStamp">March 4, 2015: 3:50 AM ET</span>` + aboveStoryBody + `</article></body></html>`
		r, err := Extract("https://example.org/a", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.UTC().Format(time.RFC3339); got != c.want {
			t.Errorf("%s: published %s, want %s", c.head, got, c.want)
		}
	}
}

// The metadata clock printed by a date element with its zone ("First published … 3:33 AM ET")
// is the page's own stamp: the first date element (an update) does not replace it.
func TestZonedPrintedMatchesMeta(t *testing.T) {
	page := `<html><head><title>Harbour council backs new ferry pier</title><meta name="date" content="2015-03-04 03:33:08"></head><body><article><h1>Harbour council backs new ferry pier</h1>` +
		`<span class="cnnDateStamp">March 4, 2015: 3:42 PM ET</span>` + aboveStoryBody + `<span class="cnnDateStamp">First published March 4, 2015: 3:33 AM ET</span></article></body></html>`
	r, err := Extract("https://example.org/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.UTC().Format(time.RFC3339); got == "2015-03-04T20:42:00Z" {
		t.Errorf("published %s: the update", got)
	}
}

// A printed clock that is the metadata's modification time is the update: the zone-less
// publication value stays.
func TestZonedPrintedIsTheUpdate(t *testing.T) {
	page := `<html><head><title>Harbour council backs new ferry pier</title><meta itemprop="datePublished" content="2015-03-04T13:03:46.0000000"><meta itemprop="dateModified" content="2015-03-04T19:41:54.0000000"></head><body><article><h1>Harbour council backs new ferry pier</h1>` +
		`<span class="asset-metabar-time">7:41 p.m. EST March 4, 2015</span>` + aboveStoryBody + `</article></body></html>`
	r, err := Extract("https://example.org/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.UTC().Format(time.RFC3339); got == "2015-03-05T00:41:00Z" {
		t.Errorf("published %s: the update", got)
	}
}
