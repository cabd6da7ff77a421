package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxMicrodataText bounds the text of an element microdataCarrier reads: a web address or a
// publisher's name and logo address, never a paragraph.
const maxMicrodataText = 400

// microdataCarrier reports an element that exists to carry schema.org microdata and that the
// site's style sheet hides: an itemprop whose whole text is one web address (the picture's,
// the logo's, mainEntityOfPage's), or the publisher's item (its name and logo). Read as text
// they put addresses and the outlet's name into the story; the story's own elements that carry
// an itemprop (articleBody, a caption, a byline) hold words.
func microdataCarrier(n *html.Node) bool {
	prop := attr(n, "itemprop")
	if prop == "" {
		return false
	}
	t, short := normTextUpTo(n, maxMicrodataText)
	if !short || t == "" {
		return false
	}
	if strings.EqualFold(prop, "publisher") {
		return hasAttr(n, "itemscope")
	}
	return !strings.Contains(t, " ") && looksLikeURL(t)
}
