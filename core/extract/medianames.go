package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability weighs every class or id holding "media" as furniture (a player, an embed) and,
// once it has chosen the story's block, drops each block inside it so named whatever it holds.
// A media object's text is named so too: Bootstrap's "media-body" beside a thumbnail, and a
// broadcaster's "media-transcript", the report's whole text under its audio player. A block so
// named that holds paragraphs of prose loses the name here, before readability scores the page.

// mediaProseParagraphs is how many sentence-long paragraphs make a block prose rather than a
// player's caption or credit line.
const mediaProseParagraphs = 3

// mediaProseRunes is the least text such a block holds: several paragraphs of a story.
const mediaProseRunes = 500

// maxMediaProseRunes bounds the text unnameMediaProse measures over all the blocks it asks of:
// media-named blocks nested in one another, each holding paragraphs, would otherwise have the
// text of every inner block counted again for each outer one (quadratic on a deep page).
const maxMediaProseRunes = 1 << 20

// mediaNamed reports a class or id with "media" in it, the word readability's negative pattern
// holds (and so "multimedia").
func mediaNamed(n *html.Node) bool {
	return containsFoldASCII(attr(n, "class"), "media") || containsFoldASCII(attr(n, "id"), "media")
}

// containsFoldASCII reports s holding the lower-case ASCII word w in any case, without lowering
// s (asked of every element's class).
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// mediaProse reports a media-named block that holds a story's prose: at least
// mediaProseParagraphs child paragraphs of a sentence or more, mediaProseRunes runes in all,
// under a fifth of them in links, and no reader comments (a thread is cut elsewhere).
// The runes measured are added to *spent; once it reaches maxMediaProseRunes, the answer is
// false without measuring.
func mediaProse(n *html.Node, spent *int) bool {
	if hasAttr(n, threadMark) {
		return false
	}
	paras := 0
	for c := n.FirstChild; c != nil && paras < mediaProseParagraphs; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && textLonger(c, 60) {
			paras++
		}
	}
	if paras < mediaProseParagraphs {
		return false
	}
	if *spent >= maxMediaProseRunes {
		return false
	}
	runes, links := textAndLinkRunes(n)
	*spent += runes
	return runes >= mediaProseRunes && 5*links < runes
}

// unnameMediaProse drops the media words from the class and id of each block mediaProse
// reports, so readability weighs it by its text alone; past maxMediaProseRunes of measured
// text, the blocks left keep their names.
func unnameMediaProse(blocks []*html.Node) {
	spent := 0
	for _, n := range blocks {
		if n.Parent == nil || !mediaProse(n, &spent) {
			continue
		}
		for i := range n.Attr {
			if k := n.Attr[i].Key; k == "class" || k == "id" {
				n.Attr[i].Val = withoutMediaTokens(n.Attr[i].Val)
			}
		}
	}
}

// withoutMediaTokens is a class list without the names holding "media".
func withoutMediaTokens(v string) string {
	kept := strings.Fields(v)[:0]
	for _, f := range strings.Fields(v) {
		if !containsFoldASCII(f, "media") {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}
