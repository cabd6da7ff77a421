package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// TestWrittenByWithPost34: a guest column posted under the site's guest account signs the story
// on a closing line with the writer's post and firm after a comma: the writer is the name before
// the comma, not the account and not the post.
func TestWrittenByWithPost34(t *testing.T) {
	html := `<html lang="en"><head><title>Is the slowdown in app stores real?</title>
<meta name="author" content="Guest Contributor"></head><body>
<h1>Is the slowdown in app stores real?</h1><div class="post-content">` + undated + `
<p>Studios that keep investing through the downturn and offer players other ways to progress will keep growing, even in a recession.</p>
<p><em>Written By Jane Roe, Head of Research at Example Analytics</em></p>
</div></body></html>`
	r, err := extract.Extract("https://www.example.com/app-stores-2023/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
		t.Errorf("Authors = %q, want [Jane Roe]", r.Authors)
	}
}

// TestWrittenByNameList34: a closing line listing several writers after "Written by" with no post
// is not read as one writer and a post.
func TestWrittenByNameList34(t *testing.T) {
	html := `<html lang="en"><head><title>Is the slowdown in app stores real?</title></head><body>
<h1>Is the slowdown in app stores real?</h1><div class="post-content">` + undated + `
<p>Studios that keep investing through the downturn and offer players other ways to progress will keep growing, even in a recession.</p>
<p>Written by Jane Roe, John Doe and Max Major</p>
</div></body></html>`
	r, err := extract.Extract("https://www.example.com/app-stores-2023/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Authors) == 1 && r.Authors[0] == "Jane Roe" {
		t.Errorf("Authors = %q: the list was cut at its first comma", r.Authors)
	}
}

// TestGluedMetaImage34: an og:image that is the page's lead picture with a theme's size folder
// glued onto its query is that picture as the page loads it.
func TestGluedMetaImage34(t *testing.T) {
	pic := "https://images.example.net/photo-123?fit=max&q=80&w=2000"
	html := `<html lang="en"><head><title>Is the slowdown in app stores real?</title>
<meta property="og:image" content="` + pic + `content/images/size/w1200"></head><body>
<h1>Is the slowdown in app stores real?</h1><figure><img src="` + pic + `" alt="A games console"></figure>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/app-stores-2023/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if r.ImageURL != pic {
		t.Errorf("ImageURL = %q, want %q", r.ImageURL, pic)
	}
}

// TestMetaImageWithPathQuery34: an og:image whose query holds a path the page loads as it is
// stays as written.
func TestMetaImageWithPathQuery34(t *testing.T) {
	pic := "https://cdn.example.net/resize?src=/uploads/2023/01/lead.jpg"
	html := `<html lang="en"><head><title>Is the slowdown in app stores real?</title>
<meta property="og:image" content="` + pic + `"></head><body>
<h1>Is the slowdown in app stores real?</h1><figure><img src="https://cdn.example.net/resize?src=" alt="x"><img src="` + pic + `" alt="A games console"></figure>` + undated + `</body></html>`
	r, err := extract.Extract("https://www.example.com/app-stores-2023/", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if r.ImageURL != pic {
		t.Errorf("ImageURL = %q, want %q", r.ImageURL, pic)
	}
}

// TestHiddenSectionHeading34: a heading hidden by class between the story's parts ("Neuer
// Abschnitt", a screen reader's section label) is not read into the body; the visible crosshead is.
func TestHiddenSectionHeading34(t *testing.T) {
	html := `<html lang="de"><head><title>Haushalt in der Kritik</title></head><body>
<h1>Haushalt in der Kritik</h1><div class="article">
<p>Die Fraktion kritisiert das Zustandekommen des Haushalts, der in der kommenden Woche im Landtag beschlossen werden soll, und spricht von einem bedenklichen Verfahren.</p>
<div class="box"><h3 class="boxHeadline hidden">Neuer Abschnitt</h3>
<h3>Abläufe ins Absurde geführt</h3>
<p>Die Änderungen seien kurzfristig und ohne Begründung vorgelegt worden, sagte der finanzpolitische Sprecher am Dienstag in Magdeburg vor Journalisten.</p></div>
<div class="box"><h3 class="boxHeadline hidden">Neuer Abschnitt</h3>
<p>Die Fraktionsvorsitzende beklagte außerdem, dass der Klimaschutz im Etat deutlich zu kurz komme und viele Vorhaben ohne Mittel blieben.</p></div>
</div></body></html>`
	r, err := extract.Extract("https://www.example.de/nachrichten/haushalt-kritik-100.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Neuer Abschnitt") || !strings.Contains(r.Body, "Abläufe ins Absurde geführt") {
		t.Errorf("Body = %q", r.Body)
	}
}

// TestMoreOnSiteLine34: a short story closing with a link to more on another of the outlet's
// sites ("Mehr dazu in wien.example.at") ends before that line; a sentence that starts alike stays.
func TestMoreOnSiteLine34(t *testing.T) {
	story := `<p>Ein zwölfjähriges Mädchen ist heute bei einem Unfall in der Innenstadt schwer verletzt worden. Das Mädchen wollte offenbar die Straße überqueren und wurde dabei von einer Straßenbahn erfasst.</p>`
	for _, c := range []struct {
		tail string
		cut  bool
	}{
		{`<p><strong>Mehr</strong> dazu in <a href="https://wien.example.at/stories/1/">wien.example.at</a></p>`, true},
		{`<p><strong>Mehr Themen auf Example.de</strong></p>`, true},
		{`<p>Mehr dazu in der nächsten Ausgabe.</p>`, false},
	} {
		html := `<html lang="de"><head><title>Mädchen von Straßenbahn erfasst</title></head><body>
<h1>Mädchen von Straßenbahn erfasst</h1><div class="story">` + story + c.tail + `</div></body></html>`
		r, err := extract.Extract("https://news.example.at/stories/3314356/", []byte(html))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(r.Body, "Mehr"); got == c.cut || !strings.Contains(r.Body, "zwölfjähriges") {
			t.Errorf("%s: Body = %q", c.tail, r.Body)
		}
	}
}

// TestClosingAppealOverTeasers34: a magazine's closing appeal ("Enjoyed this article? Like Example
// on Facebook or follow us on Twitter.") over the teasers of its other stories ends the story;
// the teasers are not read as its paragraphs.
func TestClosingAppealOverTeasers34(t *testing.T) {
	html := `<html lang="en"><head><title>Growing up on the estate</title></head><body>
<h1>Growing up on the estate</h1><div class="article">` + undated + `
<p>The book, which the photographer describes as a series about a crowd who came together through a shared love of ska and punk, captures a simpler time.</p>
<p>Oh! What Fun is available now from Example Books.</p>
<p>Enjoyed this article? Like Example on Facebook or follow us on Twitter.</p>
<p>In a collaboration with a director, the artist stars and soundtracks a haunting new film that treads a thin line between ambience and intensity.</p>
<p>Unapologetically political, a small press is in the vanguard of literary culture, publishing some of the most challenging short stories.</p>
</div></body></html>`
	r, err := extract.Extract("https://www.example.com/growing-up-on-the-estate", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Enjoyed") || strings.Contains(r.Body, "haunting") || !strings.Contains(r.Body, "available now") {
		t.Errorf("Body = %q", r.Body)
	}
}
