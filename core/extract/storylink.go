package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minLinkedStory is the text a single link must hold to be read as a story set inside it rather
// than as a link: longer than any teaser card's heading and excerpt.
const minLinkedStory = 400

// linkedStory reports a link that wraps a story's text (a video page's whole report linked to its
// text page, lines parted by <br>): minLinkedStory runes or more in three lines of prose or more
// (40 runes and a sentence's end each), no heading, and not ending on an ellipsis. A teaser's
// excerpt wrapped in its link is one paragraph, often cut short with "…". Readability scores a
// linked story's text as links and drops it; preclean unlinks it (unlinkStory).
func linkedStory(a *html.Node) bool {
	if !textLonger(a, minLinkedStory) {
		return false
	}
	var line strings.Builder
	var last string
	lines, heading := 0, false
	closeLine := func() {
		l := strings.TrimSpace(line.String())
		line.Reset()
		if l == "" {
			return
		}
		last = l
		if utf8.RuneCountInString(l) >= 40 && strings.ContainsAny(l, ".!?。！？") {
			lines++
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			line.WriteString(n.Data)
			return
		case n.Type != html.ElementNode:
			return
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			heading = true
			return
		case atom.Script, atom.Style, atom.Noscript:
			return
		case atom.Br:
			closeLine()
			return
		}
		block := isBlockTag(n.DataAtom)
		if block {
			closeLine()
		}
		for c := n.FirstChild; c != nil && !heading; c = c.NextSibling {
			walk(c)
		}
		if block {
			closeLine()
		}
	}
	walk(a)
	closeLine()
	return !heading && lines >= 3 && !strings.HasSuffix(last, "...") && !strings.HasSuffix(last, "…")
}

// unlinkStory makes a link found by linkedStory a block of text: a <div>, which readability
// scores as a paragraph, or a <span> inside a paragraph.
func unlinkStory(a *html.Node) {
	a.Data, a.DataAtom = "div", atom.Div
	if p := a.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom == atom.P {
		a.Data, a.DataAtom = "span", atom.Span
	}
	dropAttr(a, "href")
}
