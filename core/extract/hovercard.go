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
func hoverCard(n *html.Node) bool {
	if n.DataAtom != atom.Span {
		return false
	}
	prev := dom.PreviousElementSibling(n)
	if prev == nil || prev.DataAtom != atom.A {
		return false
	}
	name := normText(prev)
	if name == "" || !inParagraph(n) {
		return false
	}
	var links, img int
	repeated := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type != html.ElementNode {
			return
		}
		switch c.DataAtom {
		case atom.Img, atom.Picture:
			img++
		case atom.A:
			links++
			if !repeated && namesAgain(normText(c), name) {
				repeated = true
			}
			return
		}
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	if img == 0 || links < 2 || !repeated {
		return false
	}
	runes, linked := textAndLinkRunes(n)
	return runes-linked <= 3
}

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
