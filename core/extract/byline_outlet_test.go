package extract

import "testing"

// What stands beside a contributor's name is no second author: the outlet written for, an
// outlet's name in capitals, a programme label, the byline's location, a desk of reporters;
// and an author meta that names every JSON-LD or microdata author and more, each printed in a
// byline, names them all.
func TestAuthorsOutletsLabelsAndCoAuthors(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"for the outlet", "", `<p class="author-section byline-plain">By <a class="author">Heidi Parker For Dailymail.com</a></p>`, []string{"Heidi Parker"}},
		{"a post for the outlet", "", `<p class="byline">West Coast Editor For Dailymail.com</p>`, nil},
		{"for a one-word outlet", "", `<p class="byline">By Eve Buckland For Mailonline</p>`, []string{"Eve Buckland"}},
		{"special to, run in", "", `<div class="byline">Kevin BreuningerSpecial to CNBC.com</div>`, []string{"Kevin Breuninger"}},
		{"outlet in capitals", "", `<div class="byline">Zlati Meyer USA TODAY</div>`, []string{"Zlati Meyer"}},
		{"programme label", "", `<div class="story-meta has-byline"><div>Heard on All Things Considered</div><div class="byline">Ari Shapiro</div></div>`, []string{"Ari Shapiro"}},
		{"site in capitals", `<meta property="og:site_name" content="IT PRO">`, `<div class="author">Adam Shepherd, IT Pro</div>`, []string{"Adam Shepherd"}},
		{"byline location", "", `<ul class="byline"><li class="byline__author" itemscope itemtype="https://schema.org/Person" itemprop="author"><span class="byline__author-name" itemprop="name" content="Barney Henderson"><a>Barney Henderson</a>, </span><span class="byline__author-location">New York</span></li>` +
			`<li class="byline__author" itemscope itemtype="https://schema.org/Person" itemprop="author"><span class="byline__author-name" itemprop="name" content="Telegraph Reporters">Telegraph Reporters</span></li></ul>`, []string{"Barney Henderson"}},
		{"meta names the co-authors", `<meta name="byl" content="By Thomas Fuller and Christopher Mele"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Thomas Fuller"}}</script>`,
			`<p>By Thomas Fuller and Christopher Mele</p>`, []string{"Thomas Fuller", "Christopher Mele"}},
		{"meta adds the site", `<meta property="og:site_name" content="Business Insider Deutschland"><meta name="sailthru.author" content="Kate Taylor"><meta property="author" content="Kate Taylor, Business Insider">`,
			`<div class="byline"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Kate Taylor</span></span>, Business Insider</div>`, []string{"Kate Taylor"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", c.head, c.body), c.want)
	}
}
