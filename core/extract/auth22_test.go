package extract

import (
	"strings"
	"testing"
)

// story22 is an English story long enough for the body to be found.
var story22 = "<p>" + strings.Repeat("The city council approved the new budget on Monday after a long debate about road repairs. ", 6) + "</p>"

// A site named with common words credits its own account as the writer ("Posts by Example
// Garden"); the page's about line calls that name a publication, so it is no person. A
// personal site named after its owner describes the owner by a trade, and keeps the credit.
func TestAuthorsSelfDescribedSite(t *testing.T) {
	head := `<meta property="og:site_name" content="Rocket Garden">`
	byline := `<div class="byline">By <a href="https://rocketgarden.com/author/rocket-garden" rel="author">Rocket Garden</a> on May 3, 2016</div>`
	about := `<div class="about">Rocket Garden is a daily publication covering the business of space launches.</div>`
	got := authorsOf(t, "https://rocketgarden.com/a-story-123", head, byline+story22+about)
	checkAuthors(t, "site describing itself as a publication", got, nil)

	about = `<div class="footer">Rocket Garden delivers breaking news about rockets and satellites.</div>`
	got = authorsOf(t, "https://rocketgarden.com/a-story-123", head, byline+story22+about)
	checkAuthors(t, "site delivering news", got, nil)

	head = `<meta property="og:site_name" content="Jane Roebuck">`
	byline = `<div class="byline">By <a href="https://janeroebuck.com/about" rel="author">Jane Roebuck</a> on May 3, 2016</div>`
	about = `<div class="about">Jane Roebuck is a professor of economics who writes about trade.</div>`
	got = authorsOf(t, "https://janeroebuck.com/a-story-123", head, byline+story22+about)
	checkAuthors(t, "personal site", got, []string{"Jane Roebuck"})
}

// A press release carried by a wire names its issuing company in the author meta: the company
// the dateline names first ("/PRNewswire/ -- Example Widgets, a maker of …") or the release's
// closing "SOURCE" line. No person wrote it for the page. A reporter's story that quotes a
// release keeps its writer.
func TestAuthorsPressReleaseIssuer(t *testing.T) {
	head := `<meta name="author" content="Zentrix">`
	body := `<p>SPRINGFIELD, Ill., April 25, 2016 /PRNewswire/ -- <a href="https://zentrix.example/">Zentrix</a>, a platform that matches engineers with employers, said on Monday it had partnered with the state.</p>` + story22
	got := authorsOf(t, "https://www.example-wire.com/news-releases/zentrix-partners-300256929.html", head, body)
	checkAuthors(t, "issuer after the dateline", got, nil)

	head = `<meta name="author" content="Example Motor Company">`
	body = `<p>DETROIT, Jan. 11, 2012 /PRNewswire/ --</p>` + story22 + `<p>SOURCE Example Motor Company</p>`
	got = authorsOf(t, "https://www.example-wire.com/news-releases/motor-300256930.html", head, body)
	checkAuthors(t, "issuer in the SOURCE line", got, nil)

	head = `<meta name="author" content="Jane Roebuck">`
	body = `<p>Zentrix said in a statement (Springfield /PRNewswire/ -- Zentrix, a platform) that it had partnered with the state.</p>` + story22
	got = authorsOf(t, "https://news.example.com/2016/04/25/zentrix", head, body)
	checkAuthors(t, "reporter quoting a release", got, []string{"Jane Roebuck"})
}

// A closing "(Napi Hírek)" names the paper the story was taken from: a word for a daily or a
// weekly opens its name, in Hungarian, Polish, Czech, Romanian as in Portuguese or Italian.
func TestAuthorsPeriodicalSignOff(t *testing.T) {
	for _, c := range []struct{ sign, want string }{
		{"(Napi Hírek)", ""}, {"(Dziennik Miejski)", ""}, {"(Ziarul Local)", ""}, {"(Kovács Péter)", "Kovács Péter"},
	} {
		body := story22 + `<p>` + strings.Repeat("The tax office will send refunds from February after the returns are checked. ", 2) + c.sign + `</p>`
		got := pageAuthorsOf(t, "https://example.hu/news/46400", "", "<article><h1>Um título para o teste</h1>"+body+"</article>")
		var want []string
		if c.want != "" {
			want = []string{c.want}
		}
		checkAuthors(t, c.sign, got, want)
	}
}

// A lone word in the author meta and the JSON-LD that the page never prints is the login of
// whoever posted the story ("Dany"), not a writer the reader is shown; printed under the
// headline, the same word is the writer's signature and stays, and so does a full name.
func TestAuthorsUnprintedLogin(t *testing.T) {
	head := `<meta name="author" content="Dany"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Dany"}}</script>`
	got := authorsOf(t, "https://example.es/noticia/1", head, story22)
	checkAuthors(t, "unprinted login", got, nil)

	got = authorsOf(t, "https://example.es/noticia/1", head, `<div class="byline">By Dany</div>`+story22)
	checkAuthors(t, "printed signature", got, []string{"Dany"})

	head = `<meta name="author" content="Dany Ortega">`
	got = authorsOf(t, "https://example.es/noticia/1", head, story22)
	checkAuthors(t, "unprinted full name", got, []string{"Dany Ortega"})

	// A Chinese or Japanese name is written without a space: one "word" is a full name.
	head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"中野渉"}}</script>`
	got = authorsOf(t, "https://example.jp/article/1", head, story22)
	checkAuthors(t, "unprinted Japanese name", got, []string{"中野渉"})
}
