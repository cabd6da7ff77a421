package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A list of other stories set inside the story as "kicker: headline" lines: each item a bold
// label of a few words that ends in a colon or a question mark, then one link to the other
// story, its headline, and nothing else ("<li><strong>Warnung: </strong><a href=…>Red Cross
// head warns of care homes closing</a></li>"), often under a heading of its own ("Exclusive
// politics background – researched for you"). Funke's titles (WAZ, Hamburger Abendblatt,
// Berliner Morgenpost) and others set one or two such lists between a story's paragraphs.
// Across the tuned pages 55 such lists stand in 37 files and none is in its page's label. The
// links are short beside the item's bold label, so the link-density rules miss the list, and its
// heading names it in no wording recircHeadingRe knows.

// minKickerItems is the number of items that make a list of pointers: one bold label before a
// link is a story's own "Read also:" line, which other rules know.
const minKickerItems = 2

// maxKickerItems bounds the list asked about: a longer list is an index, not a pointer set in
// a story, and the check stays a look at a few children.
const maxKickerItems = 30

// maxKickerLabelWords bounds the bold label: a section's name or a few words of a quotation.
const maxKickerLabelWords = 6

// minKickerHeadlineWords is the shortest headline the link may hold.
const minKickerHeadlineWords = 3

// maxKickerHeading bounds, in bytes, the heading over such a list dropped with it.
const maxKickerHeading = 300

// kickerLinkList reports a <ul> or <ol> of minKickerItems to maxKickerItems items, each a
// kicker's label and a headline's link (kickerLinkItem) and nothing else. It reads n's children
// and theirs only: no subtree is walked, so asking every list of the page stays linear.
func kickerLinkList(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && isBlank(c.Data):
			continue
		case c.Type != html.ElementNode || c.DataAtom != atom.Li || !kickerLinkItem(c):
			return false
		}
		if items++; items > maxKickerItems {
			return false
		}
	}
	return items >= minKickerItems
}

// kickerLinkItem reports an <li> whose children are a <strong> or <b> label (kickerLabel) and
// then an <a href> to another page whose text is a headline of minKickerHeadlineWords words or
// more, with only white space around them. Both hold bare text only.
func kickerLinkItem(li *html.Node) bool {
	var label, link *html.Node
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && isBlank(c.Data):
			continue
		case c.Type != html.ElementNode:
			return false
		case label == nil && (c.DataAtom == atom.Strong || c.DataAtom == atom.B):
			label = c
		case label != nil && link == nil && c.DataAtom == atom.A:
			link = c
		default:
			return false
		}
	}
	if label == nil || link == nil || !otherPageLink(link) {
		return false
	}
	l, ok := bareText(innerBold(label))
	if !ok || !kickerLabel(l) {
		return false
	}
	h, ok := bareText(link)
	return ok && len(strings.Fields(h)) >= minKickerHeadlineWords
}

// kickerLabel reports a label of one to maxKickerLabelWords words that ends in a colon or a
// question mark ("Übersicht:", "KI in der Schule?", "„Über manches irritiert“:"): a label
// without one is a name or a number before a title (a list of sources, a ranking), not a kicker.
func kickerLabel(s string) bool {
	s = strings.TrimSpace(s)
	if w := len(strings.Fields(s)); w == 0 || w > maxKickerLabelWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ':' || r == '：' || r == '?' || r == '？'
}

// otherPageLink reports a link with an address that leaves the page: not a fragment, a script
// or a mail address.
func otherPageLink(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if href == "" || href[0] == '#' {
		return false
	}
	l := strings.ToLower(prefixBytes(href, 12))
	return !strings.HasPrefix(l, "javascript:") && !strings.HasPrefix(l, "mailto:")
}

// prefixBytes is s cut to at most n bytes.
func prefixBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// maxBoldNest bounds the bold elements an editor's tool nests around one label
// ("<strong><strong>Demenz: </strong></strong>").
const maxBoldNest = 4

// innerBold returns the innermost of up to maxBoldNest <strong> or <b> elements nested in b
// as each other's only child, b itself when it holds no such element alone.
func innerBold(b *html.Node) *html.Node {
	for range maxBoldNest {
		var only *html.Node
		for c := b.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && isBlank(c.Data) {
				continue
			}
			if only != nil || c.Type != html.ElementNode || c.DataAtom != atom.Strong && c.DataAtom != atom.B {
				return b
			}
			only = c
		}
		if only == nil {
			return b
		}
		b = only
	}
	return b
}

// bareText returns the text of n when n's children are text nodes only (no element), and
// false otherwise. It reads n's children, not a subtree.
func bareText(n *html.Node) (string, bool) {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return "", false
		}
		b.WriteString(c.Data)
	}
	return b.String(), true
}

// kickerListHeading returns the heading (<h2> to <h6>) right before a kicker list, the list's
// label, when it is short; nil otherwise. A heading over a list of other stories that is the
// list's only content under it names that list, not a part of the story.
func kickerListHeading(list *html.Node) *html.Node {
	p := list.PrevSibling
	for p != nil && p.Type == html.TextNode && isBlank(p.Data) {
		p = p.PrevSibling
	}
	if p == nil || p.Type != html.ElementNode {
		return nil
	}
	switch p.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t, ok := trimmedTextUpTo(p, maxKickerHeading); ok && t != "" {
			return p
		}
	}
	return nil
}
