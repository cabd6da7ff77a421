package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// disclaimerMaxRunes bounds a publisher's notice box: a paragraph or two of legal text.
const disclaimerMaxRunes = 1200

// disclaimerBox reports the notice a publishing template puts into every story of a site, in a
// box whose class or id names it ("ce-post-disclaimer", "cn-block-disclaimer", a "copyright"
// span) and whose text opens with its label: "Disclaimer: The information presented in this
// article is for informational purposes only …", "Disclosure: The views and opinions expressed
// here belong solely to the author …", "Disclaimer: <outlet> is an independent media outlet …
// majority investor …". Trade press on markets (crypto, trading, finance) prints one above or
// under each story; it is the site's, not the story's. A writer's own "Disclaimer:" paragraph
// in a post's prose (a blog's note that it gives no investment advice) sits in no such box and
// stays. It is asked in preclean, of every element: readability's reading no longer has the
// class names.
func disclaimerBox(n *html.Node) bool {
	named := false
	for _, key := range [...]string{"class", "id"} {
		// Without the first letter: "Disclaimer", "disclaimer" and "post-disclaimer" alike,
		// and no lower-casing of every class of the page.
		if v := attr(n, key); v != "" && (strings.Contains(v, "isclaim") || strings.Contains(v, "isclosure") || strings.Contains(v, "opyright")) {
			named = true
			break
		}
	}
	return named && !textLonger(n, disclaimerMaxRunes) && disclaimerLabel(normText(n))
}

// disclaimerLabel reports a text that opens with a "Disclaimer:" or "Disclosure:" label.
func disclaimerLabel(text string) bool {
	text = strings.TrimSpace(text)
	for _, label := range [...]string{"disclaimer", "disclosure"} {
		if len(text) > len(label) && strings.EqualFold(text[:len(label)], label) {
			if rest := strings.TrimLeft(text[len(label):], " \u00a0"); strings.HasPrefix(rest, ":") {
				return true
			}
		}
	}
	return false
}
