package extract

import (
	"slices"
	"strings"
	"testing"
)

// new23bcStory is a story's text long enough for the body rules to take it.
var new23bcStory = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 6)

// new23bcPage wraps a story of three paragraphs, with before over it and after under it, in a page.
func new23bcPage(t *testing.T, head, before, after string) *Result {
	t.Helper()
	page := "<html><head><title>Council passes the budget after a long night</title>" + head + "</head><body><article>" +
		"<h1>Council passes the budget after a long night</h1>" + before + "<p>" + new23bcStory + "</p><p>" + new23bcStory +
		"</p><p>" + new23bcStory + "</p>" + after + "</article></body></html>"
	r, err := Extract("https://www.example.com/news/council-passes-the-budget", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A header that prints the publication's stamp and the update's under its standfirst, each with
// its label ("Publisert …", "Sist oppdatert …"), loses both lines: the second is no more the
// story's opening than the first.
func TestUpdateStampUnderPublished(t *testing.T) {
	for _, label := range []string{"Sist oppdatert", "Senast uppdaterad", "Last updated"} {
		reading := "Council passes the budget after a long night\n\nThousands of homes lost power on Tuesday afternoon after a fault in the grid.\n\n" +
			"Publisert 06.01.2026 - 16:42\n\n" + label + " 06.01.2026 - 17:32\n\n" + new23bcStory + "\n\n" + new23bcStory
		if got := trimEdges(reading, "Council passes the budget after a long night"); strings.Contains(got, "06.01.2026") {
			t.Errorf("%s: the stamp stays in the body: %q", label, got[:200])
		}
	}
}

// The newsroom's call for tips closing a story ("Tips oss!", "Har du video, bilder eller tips?
// Send til …", "Got a news tip? Email us.") is furniture; a writer's own "Send news tips and
// comments to …" line names no question to the reader and stays.
func TestTipPromptTrailer(t *testing.T) {
	for _, c := range []struct {
		after string
		gone  bool
	}{
		{`<h3>Tips oss!</h3><p>Har du video, bilder eller tips? Send til Dagbladet her eller ring oss på 24 00 00 00.</p>`, true},
		{`<p>Got a news tip or want to contact us directly? Email news@example.com</p>`, true},
		{`<p>Har du tips? Ring eller mejla redaktionen.</p>`, true},
		{`<p>Send news tips and comments to jane_roe@example.com.</p>`, false},
	} {
		r := new23bcPage(t, "", "", c.after)
		last := r.Body[strings.LastIndex(r.Body, "\n\n")+2:]
		if gone := !strings.Contains(strings.ToLower(r.Body), "tip"); gone != c.gone {
			t.Errorf("%q: removed %v, want %v (last line %q)", c.after, gone, c.gone, last)
		}
	}
	if tipPrompt("The tipping point came when the mayor said she had tips for the council.") {
		t.Error("a story's sentence about tips read as the newsroom's prompt")
	}
}

// A block that is nothing but a link to the subscription form, two sentences long, under a wire
// service's summary is its pitch, not the story's last paragraph; a story sentence that links
// one word to the form stays.
func TestSubscribeLinkBlock(t *testing.T) {
	pitch := `<span class="note"><a href="https://www.example.com/tr/p/abonelik-talep-formu/1001">Ajans web sitesinde, abonelere sunulan haberler, özetlenerek yayımlanmaktadır. <b>Abonelik için lütfen iletişime geçiniz.</b></a></span>`
	r := new23bcPage(t, "", "", pitch)
	if strings.Contains(r.Body, "Abonelik") {
		t.Errorf("the subscription pitch stays: %q", r.Body[len(r.Body)-200:])
	}
	for href, want := range map[string]bool{"https://www.example.com/tr/p/abonelik-talep-formu/1001": true, "https://subscribe.example.com/": true,
		"https://www.example.com/dp/B00IAKLM54%3FSubscriptionId%3DAKIA": false, "https://www.example.com/2012/10/first-ios-music-subscription-app.html": false} {
		if subscribeHref(href) != want {
			t.Errorf("subscribeHref(%q) = %v, want %v", href, !want, want)
		}
	}
	line := `<ul><li><strong>Groovebug's Blue Note is</strong> <a href="https://www.example.com/subscription-app.html">First Curated Music Subscription App</a></li><li><strong>SongPop To Turn</strong> <a href="https://www.example.com/songpop.html">Song Game Into Community</a></li></ul>`
	if r = new23bcPage(t, "", "", line); !strings.Contains(r.Body, "First Curated") {
		t.Errorf("a headline's link inside a list line went: %q", r.Body[len(r.Body)-200:])
	}
	prose := `<p>The paper said its <a href="https://www.example.com/subscribe">subscription</a> numbers rose by a tenth over the year, the first rise in a decade.</p>`
	r = new23bcPage(t, "", "", prose)
	if !strings.Contains(r.Body, "numbers rose") {
		t.Errorf("the story's sentence linking to the form went: %q", r.Body[len(r.Body)-200:])
	}
}

// A signature block under the story, the writer's name after a professional title and an
// address alone on the line under it, credits the writer; a name in capitals is cased as the
// page's language writes it.
func TestEmailSignOff(t *testing.T) {
	body := new23bcStory + "\n\nSMMM YILMAZ EVRİM ALTUN\n\nevrimaltun@example.com\n\n(07.02.2025)\n\nKaynak: www.example.com"
	if got := emailSignOff(body, "tr"); !slices.Equal(got, []string{"Yılmaz Evrim Altun"}) {
		t.Errorf("emailSignOff = %q, want Yılmaz Evrim Altun", got)
	}
	if got := emailSignOff(new23bcStory+"\n\nJANE ROE\n\njane@example.com", "en"); !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("emailSignOff = %q, want Jane Roe", got)
	}
	for _, tail := range []string{"For more information write to\n\ninfo@example.com", "MEDIA CONTACT:\n\nKatie Roe\n\nExample Group\n\npress@example.com",
		"Media contact:\n\nKatie Roe\n\npress@example.com"} {
		if got := emailSignOff(new23bcStory+"\n\n"+tail, "en"); got != nil {
			t.Errorf("a contact block read as a signature: %q", got)
		}
	}
	r := new23bcPage(t, `<meta http-equiv="content-language" content="tr">`, "", "<p><strong>SMMM YILMAZ EVRİM ALTUN</strong></p><p><strong>evrimaltun@example.com</strong></p>")
	if !slices.Equal(r.Authors, []string{"Yılmaz Evrim Altun"}) {
		t.Errorf("authors %q, want the signature's writer", r.Authors)
	}
}

// A personal blog named after its owner in the possessive ("James' Coffee Blog") credits him
// when its byline prints his given name alone: the name the site's own opens with is his, not
// the publication's.
func TestSiteOwnerByline(t *testing.T) {
	page := `<html><head><title>Advent of Bloggers: Day 6 | James' Coffee Blog</title><meta property="og:site_name" content="James' Coffee Blog"></head><body><main><article class="h-entry"><h1 class="p-name">Advent of Bloggers: Day 6</h1>` +
		`<p><em>Written by <a rel="author" class="p-author h-card" href="https://jamesg.example">James</a>. Published on <time class="dt-published" datetime="2021-12-06">December 06, 2021</time></em></p>` +
		`<div class="e-content"><p>` + new23bcStory + `</p><p>` + new23bcStory + `</p></div></article></main></body></html>`
	r, err := Extract("https://jamesg.example/2021/12/06/advent-of-bloggers-6/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"James"}) {
		t.Errorf("authors %q, want the blog's owner", r.Authors)
	}
	for in, want := range map[string]string{"James' Coffee Blog": "James", "Jane's Kitchen Notes": "Jane", "The Coffee Blog": "", "JAMES' BLOG": ""} {
		if got := siteOwner(in); got != want {
			t.Errorf("siteOwner(%q) = %q, want %q", in, got, want)
		}
	}
}
