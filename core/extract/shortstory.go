package extract

import (
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minListedLinks is the number of other stories' headlines from which what a reading adds to a
// short named story is a list of them ("Most read", "いま話題の記事"), not a stray link.
const minListedLinks = 3

// minBrief is the size (tokens) from which a named block read with lists of other stories'
// headlines is a brief of its own: a wire's one-sentence flash runs to twenty words and more,
// where a label or a caption the page names like a story is shorter.
const minBrief = 2 * minDescribed

// shortNamedStory returns the text of a short story the page names (article-body,
// itemprop=articleBody…: a TV station's or a wire's brief of a paragraph or two) when
// readability read it with the lists of other stories' headlines around it, or an empty
// candidate. The story is under a fragment's size and all of it is in the reading; what the
// reading adds is headlines, labels and at least minListedLinks lines that are the text of
// links, and no sentence of the story's own outside links (proseBeside's measure): a story
// that goes on past its named block in unnamed paragraphs keeps its reading. A layout that names
// every teaser card alike holds several such blocks, and none is taken.
func shortNamedStory(doc *html.Node, r bodyCandidate) bodyCandidate {
	if r.size < 2*minBody || strings.Count(r.text, "\n") < minListedLinks {
		// Too short to hold a story and lists beside it, or too few lines to hold the lists.
		return bodyCandidate{}
	}
	var found *html.Node
	several := false
	forNamedContainers(doc, func(n *html.Node) {
		if several || !textLonger(n, 0) || textLonger(n, 8*fragment) {
			return
		}
		if found != nil && isAncestor(found, n) {
			return // a block inside the story found
		}
		runes, links := textAndLinkRunes(n)
		if links*3 >= runes || insideLink(n) {
			return
		}
		t := textsim.Tokens(textOf(n))
		if len(t) < minBrief || len(t) >= fragment || 2*len(t) > r.size || textsim.Recall(r.tokens, t) < 0.9 {
			return
		}
		if found != nil {
			several = true
			return
		}
		found = n
	})
	if found == nil || several {
		return bodyCandidate{}
	}
	story := normSpace(textOf(found))
	var linked map[string]bool
	var anchors []string
	listed, from := 0, 0
	for l := range strings.SplitSeq(r.text, "\n") {
		l = normSpace(l)
		if l == "" || strings.Contains(story, l) {
			continue
		}
		n := utf8.RuneCountInString(l)
		prose := n > maxLabelRunes || n >= minProseRunes && endsWithStop(l)
		if listed >= minListedLinks && !prose {
			continue // enough lists counted: only a line that would be the story's own is looked up
		}
		if linked == nil {
			linked, anchors = linkTexts(doc, found)
		}
		var ok bool
		if ok, from = linkLine(l, linked, anchors, from); ok {
			listed++
			continue
		}
		if prose {
			return bodyCandidate{}
		}
	}
	if listed < minListedLinks {
		return bodyCandidate{}
	}
	postclean(found)
	return newCandidate(renderText(found))
}

// maxLinkTexts bounds the links and cards linkLine looks a line up in: a page's navigation and
// lists.
const maxLinkTexts = 3000

// maxCardRunes bounds a teaser card's text: a headline, a line of summary and a time.
const maxCardRunes = 600

// linkTexts returns the whitespace-normalised texts of the page's links outside skip, as a set,
// and as a list beside the texts of the teaser cards that hold them (a list item or an <article>
// holding a link, or a <div> opening with a linked heading (headedCard), and no more than a card's
// text: a headline linked, its summary not). A line of a
// link or card that holds blocks is part of its text.
func linkTexts(doc, skip *html.Node) (map[string]bool, []string) {
	set := map[string]bool{}
	var list []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n == skip || len(list) >= maxLinkTexts {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Head:
				return
			case atom.A:
				if t := normSpace(textOf(n)); t != "" && !set[t] {
					set[t] = true
					list = append(list, t)
				}
				return
			case atom.Li, atom.Article:
				if !textLonger(n, maxCardRunes) && !isAncestor(n, skip) && hasLink(n) {
					list = append(list, normSpace(textOf(n)))
				}
			case atom.Div, atom.Section:
				if headedCard(n) && !textLonger(n, maxCardRunes) && !isAncestor(n, skip) {
					list = append(list, normSpace(textOf(n)))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return set, list
}

// linkLine reports a line of a reading that is a link's text, or a line of a link or a card. The
// list is searched from the place of the last line found on, round to it again, and that place
// is returned: a reading's lines come in the page's order, so a list of headlines is read in one
// pass over the cards rather than one pass per line.
func linkLine(l string, set map[string]bool, list []string, from int) (bool, int) {
	if set[l] {
		return true, from
	}
	for k := range list {
		i := (from + k) % len(list)
		if t := list[i]; len(t) > len(l) && strings.Contains(t, l) {
			return true, i
		}
	}
	return false, from
}

// headedCard reports a teaser card built of <div>s: its first element is a heading (h2–h6) that
// holds a link, the other story's headline, and a line of summary may follow. A story's own
// paragraphs do not open with a linked heading.
func headedCard(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type != html.ElementNode {
		if c.Type == html.TextNode && !isBlank(c.Data) {
			return false
		}
		c = c.NextSibling
	}
	if c == nil {
		return false
	}
	switch c.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return hasLink(c)
	}
	return false
}

// insideLink reports an element inside a link: a teaser card's text, whatever its class says.
func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			return true
		}
	}
	return false
}
