package extract

import "testing"

// Credits that name no person: a byline word alone, a CMS's placeholder account, the outlet's
// own name spelt with the other form of a Romanian letter, a link about editorial standards
// whose class names journalists; and a wire's name run onto the writer's in mixed case.
func TestAuthorsLfix18Classes(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"byline word alone", `<meta property="og:site_name" content="Gazeta Shembull">`,
			`<div class="td-post-author-name"><div class="td-author-by">Nga</div> <a href="/author/shembull/">Gazeta Shembull</a></div>`, nil},
		{"placeholder account", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"User Admin"}}</script>`,
			`<div class="credits__author">Por <a href="/autor/user-admin">User Admin</a></div>`, nil},
		{"site name, cedilla and comma", `<meta property="og:site_name" content="Ziarul Bistrișoarei - Cotidian independent"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ziarul Bistrișoarei - Cotidian independent"},` +
			`{"@type":"Article","headline":"Ein Titel für den Test","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Ziarul Bistrişoarei"}]}</script>`,
			``, nil},
		{"from the site, in Romanian", `<meta property="og:site_name" content="Ziarul Bistrișoarei - Cotidian independent">`,
			`<div class="byline">De <a href="/author/ziarul/">Ziarul Bistrişoarei</a></div>`, nil},
		{"standards link", "", `<div class="contentFeedback"><a href="/standards" class="journalistLink">CBC's Journalistic Standards and Practices</a></div>`, nil},
		{"wire in mixed case", "", `<div class="article__byline"><span>By </span><span class="article__author">Jane Roeberg Bloomberg</span></div>`, []string{"Jane Roeberg"}},
		{"wire after a name", "", `<p class="byline">By Tom Example Reuters</p>`, []string{"Tom Example"}},
		{"for the wire", "", `<p class="byline">By JANE ROE, For The Associated Press</p>`, []string{"Jane Roe"}},
		{"outlet's possessive", "", `<p class="byline">By NBC's Jane Roe and Tom Example</p>`, []string{"Jane Roe", "Tom Example"}},
		{"a surname that is a wire's", "", `<p class="byline">By Michael Bloomberg</p>`, []string{"Michael Bloomberg"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", c.head, c.body), c.want)
	}
}
