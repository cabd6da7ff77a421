package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// minStatedHeadingRunes is the fewest letters and digits a title source must keep for the
// <h2> under a breadcrumb <h1> to count as that source's headline behind a kicker it adds
// ("Kicker Story" printed over the og:title "Story"): a shorter one is a site's or a
// section's name, which ends many headings.
const minStatedHeadingRunes = 12

// crumbHeadingStated reports whether one of the page's title sources (JSON-LD headline,
// og:title, twitter:title, the microdata headline, <title>, Dublin Core, a "headline" meta)
// states the <h2> printed under a breadcrumb <h1> (crumbHeading): whole, inside a longer
// source ("Story - Site", "Kicker: Story"), or after a kicker the heading prints in front of
// it ("Kicker Story" over "Story"). The trail's <h1> gives way to that <h2> because the
// publisher states the <h2> as the story's headline; an <h2> no source states is some other
// box's heading or a teaser's reworded line, and every source may state the <h1> ("Story" in
// the trail, <title>, og:title and JSON-LD over the <h2> "Other wording of the story").
func crumbHeadingStated(p *page, ld *ldArticle) bool {
	k := squash(p.crumbHeading)
	if k == "" {
		return false
	}
	for _, s := range []string{ld.headline, p.meta["og:title"], p.meta["twitter:title"], p.itemprops["headline"], p.title,
		p.meta["dc.title"], p.meta["dcterms.title"], p.meta["headline"]} {
		ks := squash(html.UnescapeString(s))
		if ks == "" {
			continue
		}
		if strings.Contains(ks, k) || utf8.RuneCountInString(ks) >= minStatedHeadingRunes && strings.HasSuffix(k, ks) {
			return true
		}
	}
	return false
}
