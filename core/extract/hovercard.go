package extract

import (
	"strings"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hoverCard reports a hover card set inside a sentence: the box a script shows when the reader
// points at a linked name ("Sen. <a>Marco Rubio</a><span>[photo] <a>Marco Rubio</a> <a>his
// latest story</a> … <a>MORE</a></span> (R-Fla.) said …"), which the sheet keeps hidden. Read as
// text it splices the name again, other stories' headlines and a "MORE" into the sentence. It is
// a <span> inside a paragraph right after a link, that repeats that link's text in a link of its
// own (whole, or with a middle name: "Hillary Rodham Clinton" for "Hillary Clinton") and holds a picture and at least one more link, its text all links: no sentence is written
// that way, and a name's own markup (a link, a <span> around it) holds no picture.
//
// A hover card is small and its text links: the span is read in that order, its elements no
// further than maxHoverCardNodes and each link's text no further than maxHoverNameLink bytes,
// before the text is counted and the paragraph read (fuzz32: read in the other order, every
// <span> after a link in a nest of them copied the nest's whole text, and each read its whole
// paragraph again, 12 s for a nest of 400 over 1 MB). paras keeps proseParagraph's answer for
// each paragraph asked (nil at first).
func hoverCard(n *html.Node, paras *map[*html.Node]bool) bool {
	if n.DataAtom != atom.Span {
		return false
	}
	prev := dom.PreviousElementSibling(n)
	if prev == nil || prev.DataAtom != atom.A {
		return false
	}
	p := paragraphAround(n)
	if p == nil {
		return false
	}
	name := normText(prev)
	if name == "" {
		return false
	}
	var links, img, nodes int
	repeated := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type != html.ElementNode || nodes > maxHoverCardNodes {
			return
		}
		nodes++
		switch c.DataAtom {
		case atom.Img, atom.Picture:
			img++
		case atom.A:
			links++
			if !repeated {
				if t, ok := normTextUpTo(c, maxHoverNameLink); ok && namesAgain(t, name) {
					repeated = true
				}
			}
			return
		}
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	if nodes > maxHoverCardNodes || img == 0 || links < 2 || !repeated {
		return false
	}
	if runes, linked := textAndLinkRunes(n); runes-linked > 3 || letters(textOf(n)) < 2 {
		return false
	}
	prose, ok := (*paras)[p]
	if !ok {
		prose = proseParagraph(p)
		if *paras == nil {
			*paras = map[*html.Node]bool{}
		}
		(*paras)[p] = prose
	}
	return prose
}

// maxHoverCardNodes bounds the elements of a span hoverCard reads: a photo, the name, a few
// headlines and a "MORE" are a few dozen; a span of more is no hover card.
const maxHoverCardNodes = 200

// maxHoverNameLink bounds the text, in bytes, of a link hoverCard compares with the name: a
// name, with a middle name at most, is far shorter.
const maxHoverNameLink = 300

// namesAgain reports a link text that says every word of name, in order, with words between
// them allowed ("Hillary Rodham Clinton" says "Hillary Clinton").
func namesAgain(text, name string) bool {
	words := strings.Fields(strings.ToLower(text))
	i := 0
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for i < len(words) && words[i] != w {
			i++
		}
		if i == len(words) {
			return false
		}
		i++
	}
	return true
}
