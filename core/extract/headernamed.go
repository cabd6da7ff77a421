package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// Readability drops, before it scores anything, every block whose class or id holds one of
// its "unlikely" words, "header" among them, unless the name also holds a word it trusts
// ("content", "article", "body"). A list template's style modifier can end in the word
// ("suplist_long_custom_header": the list's own heading is styled) on the block that holds the
// whole story: readability then reads the author's bio and the editor's notices left beside
// it, and reads the page again only when those are under 500 characters. A page header holds
// the headline, a standfirst and a byline, never paragraph after paragraph of prose: a block so
// named that holds headerStoryParas paragraphs of a sentence's length or more is no header, and
// preclean takes the header names off it (storyUnderHeaderName, dropHeaderNames).

// headerStoryParas is how many paragraphs of at least headerParaRunes runes make a block named like
// a header the story's; headerChecks bounds the blocks asked per page, headerScan the nodes
// one check reads.
const (
	headerStoryParas = 4
	headerParaRunes  = 80
	headerChecks     = 16
	headerScan       = 4000
)

// headerNamed reports a block element one of whose class names holds "header".
func headerNamed(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main:
	default:
		return false
	}
	return textsim.ContainsFoldASCII(attr(n, "class"), "header")
}

// storyUnderHeaderName reports a block that holds headerStoryParas paragraphs of headerParaRunes
// runes or more, looking at no more than headerScan nodes.
func storyUnderHeaderName(n *html.Node) bool {
	paras, seen := 0, 0
	var walk func(*html.Node) bool
	walk = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if seen++; seen > headerScan {
				return true
			}
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				if textLonger(c, headerParaRunes-1) {
					if paras++; paras >= headerStoryParas {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(n)
	return paras >= headerStoryParas
}

// dropHeaderNames takes the class names holding "header" off n, and off the subheads under it
// (h2 to h6: "block__header2", a rich-text editor's name for a second-level heading), which
// readability would drop by the same word from the story it now reads; read again without the
// unlikely names, as it did while n kept them, it kept them.
func dropHeaderNames(n *html.Node) {
	dropHeaderClass(n)
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				dropHeaderClass(c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
}

// dropHeaderClass takes the class names holding "header" off n.
func dropHeaderClass(n *html.Node) {
	for i, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" || !textsim.ContainsFoldASCII(a.Val, "header") {
			continue
		}
		var keep []string
		for name := range strings.FieldsSeq(a.Val) {
			if !textsim.ContainsFoldASCII(name, "header") {
				keep = append(keep, name)
			}
		}
		n.Attr[i].Val = strings.Join(keep, " ")
	}
}
