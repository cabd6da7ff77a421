package extract

import (
	"strings"
	"testing"
)

// story33 is a few paragraphs of made-up story text, n sentences long.
func story33(n int) string {
	return "<p>" + strings.Repeat("The county board voted on Tuesday to fund the new bridge after a long public debate. ", n) + "</p>"
}

// page33 extracts a page with the given head and body.
func page33(t *testing.T, pageURL, head, body string) *Result {
	t.Helper()
	r, err := Extract(pageURL, []byte("<html><head>"+head+"</head><body>"+body+"</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An author item whose text opens with a picture's credit label is the photographer's.
func TestAuthorsItemPhotographyCredit(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<div class="bylines"><p class="byline" itemprop="author" itemtype="http://schema.org/Person"><span class="preamble">By </span><span itemprop="name">Jane Roe</span></p>`+
		`<p class="byline byline--photographer" itemprop="author" itemtype="http://schema.org/Person"><span class="preamble">Photography by </span><span itemprop="name"><a href="/contributor/john-doe">John Doe</a></span></p></div>`)
	checkAuthors(t, "photography item", got, []string{"Jane Roe"})
}

// A stamp's label and its weekday left once the date is cut ("Posted Friday") are no name.
func TestAuthorsPostedWeekdayNoName(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<p class="byline vcard date">Posted <time class="updated" datetime="2019-05-17">Friday 17th May 2019 /</time></p>`)
	checkAuthors(t, "posted weekday", got, nil)
}

// A short credit that is the site's name without the word for what it is ("Huck" on "Huck
// Magazine") credits the publication.
func TestAuthorsShortSiteNameBeforePublicationWord(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", `<meta property="og:site_name" content="Wave Magazine">`, `<div class="author">Text by <span>Wave</span></div>`)
	checkAuthors(t, "site without magazine", got, nil)
}

// The bylines of a menu's cards of the latest stories, set in a <nav> above the headline, are
// other stories'.
func TestAuthorsNavCardsBeforeHeadline(t *testing.T) {
	var cards strings.Builder
	for range 4 {
		cards.WriteString(`<article class="card"><h3><a href="/other">Another story of the week</a></h3><p class="byline">BY <a class="url fn" href="/author/john-doe">John Doe</a></p></article>`)
	}
	r := page33(t, "https://example.com/a", "<title>The bridge vote</title>", `<nav class="menu"><div class="latest">`+cards.String()+`</div></nav>`+
		`<article><h1>The bridge vote</h1><p class="byline"><span class="vcard"><a rel="author" class="url fn" href="/author/jane-roe">Jane Roe</a></span></p>`+story33(8)+`</article>`)
	checkAuthors(t, "nav cards", r.Authors, []string{"Jane Roe"})
}

// "기자 정보" (reporter information) heads a Korean reporter box: the noun is no name.
func TestAuthorsKoreanReporterBoxHeading(t *testing.T) {
	got := authorsOf(t, "https://example.co.kr/a", `<meta http-equiv="content-language" content="ko">`, `<div class="reporter_info"><h3 class="hide">기자 정보</h3><ul><li><a href="/r/1"><strong>김하늘</strong> 예시일보 기자 sky@example.co.kr</a></li></ul></div>`)
	for _, n := range got {
		if n == "정보" {
			t.Fatalf("authors = %q: the box's heading read as a name", got)
		}
	}
}

// A picture-rights line in the byline block ("Bildrechte: …/Name") credits the photographer.
func TestAuthorsPictureRightsLine(t *testing.T) {
	got := authorsOf(t, "https://example.de/a", "", `<div class="author">Bildrechte: Agentur/Foto/Peter Bild<br><br>von Anna Schreiber, Landesfunk<br><br>Stand: 14. März 2023, 13:38 Uhr</div>`)
	checkAuthors(t, "Bildrechte", got, []string{"Anna Schreiber"})
}

// A date before a bar, then the writer: "October 14, 2009|Jane Roe".
func TestBylineDateBarName(t *testing.T) {
	for _, s := range []string{"October 14, 2009|Jane Roe", "October 14, 2009 | Jane Roe"} {
		if got := bylineNames(s); len(got) != 1 || got[0] != "Jane Roe" {
			t.Errorf("bylineNames(%q) = %q", s, got)
		}
	}
}

// A German writer's post before the name without a colon: "FOCUS-online-Gastautor Name, MdB".
func TestBylineGermanGuestAuthorPost(t *testing.T) {
	for _, s := range []string{"Beispiel-online-Gastautor Peter Muster, MdB", "Gastautorin Anna Muster"} {
		got := bylineNames(s)
		if len(got) != 1 || strings.Contains(strings.ToLower(got[0]), "gast") {
			t.Errorf("bylineNames(%q) = %q", s, got)
		}
	}
}

// A Chinese byline: the update stamp, the paper in title marks, a transliterated foreign name
// and the place the story was filed from.
func TestBylineChineseOutletForeignReporter(t *testing.T) {
	for s, want := range map[string]string{
		"更新于2019年2月7日 06:21 英国《示例时报》 安娜•施密特 布鲁塞尔报道": "安娜•施密特",
		"英国《示例时报》 王明 布鲁塞尔报道":                        "王明",
	} {
		if got := bylineNames(s); len(got) != 1 || got[0] != want {
			t.Errorf("bylineNames(%q) = %q, want %q", s, got, want)
		}
	}
}

// A "report an error" box (class "reporterr…") is no byline: its instructions name the
// newsroom, which would end the search for the writer's byline below it.
func TestAuthorsErrorReportBox(t *testing.T) {
	got := authorsOf(t, "https://example.de/a", `<meta name="author" content="Beispiel Online"><meta property="og:site_name" content="Beispiel Online">`,
		`<div class="reporterrbox"><div class="reporterrbox-title">Sie haben einen Fehler gefunden?</div><div class="reporterrbox-text">Bitte markieren Sie die Wörter. Mit zwei Klicks melden Sie den Fehler der Redaktion.</div></div>`+
			`<div class="authorMeta"><span class="author">von Peter Muster</span></div>`)
	checkAuthors(t, "error box", got, []string{"Peter Muster"})
}

// A story a content system cut into components of several kinds (a text part, a text part with
// a list, a part beside a related-links box), each holding a text box of one class: readability
// keeps one part, the parts' text boxes name the rest.
func TestBodyComponentsWithLikeTextBoxes(t *testing.T) {
	para := func(s string, n int) string {
		return "<p>" + strings.Repeat(s+" ", n) + "</p>"
	}
	box := func(ps ...string) string {
		return `<div class="text-box story-copy">` + strings.Join(ps, "") + `</div>`
	}
	body := `<div class="page"><h1>The bridge vote</h1><div class="parts">` +
		`<div class="part section text">` + box(para("Alpha opening sentence about the bridge and the town.", 5), para("Alpha second paragraph on the costs and delays.", 5)) + `</div>` +
		`<div class="side-rail section"><div class="wrap"><div class="related"><h4>More on bridges</h4><ul><li><a href="/x">One</a></li><li><a href="/y">Two</a></li></ul></div>` +
		box(para("Beta paragraph about the council meeting and its vote.", 5), para("Beta paragraph on the engineers and their report.", 5)) + `</div></div>` +
		`<div class="part section text list-part"><h2>Gamma heading</h2>` + box(para("Gamma paragraph on the contractors, the bids, and the timeline, with details.", 6)) + `</div>` +
		`<div class="part section text text-part"><h2>Delta heading</h2>` + box(para("Delta paragraph, the longest part, on the money, the loans, the taxes, and the votes.", 9), para("Delta second paragraph, with the mayor's remarks, the objections, and the replies.", 9), para("Delta third paragraph, with what comes next, the hearings, and the dates.", 9)) + `</div>` +
		`<div class="part section text text-part"><h2>Epsilon heading</h2>` + box(para("Epsilon paragraph on safety, the inspections, and the residents' worries.", 5)) + `</div>` +
		`</div></div>`
	r := page33(t, "https://example.com/a", "<title>The bridge vote</title>", body)
	for _, w := range []string{"Alpha opening", "Beta paragraph", "Gamma paragraph", "Delta paragraph", "Epsilon paragraph"} {
		if !strings.Contains(r.Body, w) {
			t.Errorf("body lacks %q:\n%s", w, r.Body)
		}
	}
}

// A magazine's address dates the print issue, a week after the story went online: the date the
// page prints under the headline stands.
func TestDateIssueAddress(t *testing.T) {
	r := page33(t, "https://example.com/magazine/2020/06/29/the-bridge-vote", "<title>The bridge vote</title>",
		`<article><header><h1>The bridge vote</h1><p class="byline">By Jane Roe</p><time class="content-header__publish-date">June 22, 2020</time></header>`+story33(8)+`</article>`)
	if got := r.Published.Format("2006-01-02"); got != "2020-06-22" {
		t.Errorf("published = %s, want 2020-06-22", got)
	}
}

// A byline's box above the headline that holds only the story's category links names no writer,
// and a byline that opens with a date and a name before a bar keeps the name.
func TestAuthorsCategoryLinksBylineBox(t *testing.T) {
	r := page33(t, "https://example.com/a", "<title>The bridge vote</title>", `<nav><div class="menu">`+
		`<div class="author"><a href="/p/1">Another story one</a></div><div class="author"><a href="/p/2">Another story two</a></div></div></nav>`+
		`<header><div class="author-meta"><a href="/section/roads/" class="category-single-post">Roads</a> <a href="/section/roads/bridges/" class="category-single-post">Bridges</a></div>`+
		`<h1>The bridge vote</h1> By <span class="author-name"><a href="/profile/janeroe/">Jane Roe</a></span></header>`+story33(8))
	checkAuthors(t, "category box", r.Authors, []string{"Jane Roe"})
	if got := bylineNames("May 5, 2017 Jane Roe and John Doe | Example Strategies"); len(got) == 1 && got[0] == "Example Strategies" {
		t.Errorf("a date run into the names is no date alone: %q", got)
	}
}
