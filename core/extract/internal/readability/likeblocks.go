package readability

import (
	"strings"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// maxStyleChain bounds the wrappers styleChain walks down.
const maxStyleChain = 6

// styleChain returns n and the elements down its chain of only children: n's one element child,
// that one's, and so on, ending at a <p> or at an element with no or several element children
// (the block that holds the paragraphs).
func styleChain(n *html.Node) []*html.Node {
	out := []*html.Node{n}
	for len(out) < maxStyleChain && dom.TagName(n) != "p" {
		kids := dom.Children(n)
		if len(kids) != 1 {
			break
		}
		n = kids[0]
		out = append(out, n)
	}
	return out
}

// likeBlock reports a sibling of the top candidate that is built like it (paperboy): the same
// tags down their chains of wrappers, with alike names at each level (alikeNames), and some
// name among them. Layouts of utility classes ("lg:w-8/12 md:mx-auto …", "RichText …") print a
// story as several sibling blocks, each a run of paragraphs, between ad slots and figures, and
// name the blocks only by their style; readability keeps the block that scores best, and the
// others, a paragraph or two each, fall under the sibling threshold. A block of one paragraph
// was replaced by that paragraph (readability's div-with-one-p rule), so its chain may end in a
// <p> where the top candidate's goes on.
func likeBlock(sibling, top *html.Node) bool {
	switch dom.TagName(top) {
	case "div", "section":
	default:
		return false // an <article> or a list item beside another is another story, a teaser
	}
	cs, ct := styleChain(sibling), styleChain(top)
	named := false
	for i := 0; i < len(cs) && i < len(ct); i++ {
		s, t := cs[i], ct[i]
		if dom.TagName(s) != dom.TagName(t) {
			if i > 0 && dom.TagName(s) == "p" {
				break
			}
			return false
		}
		if !alikeNames(s, t) {
			return false
		}
		named = named || hasStyleName(t)
	}
	return named
}

// alikeNames reports two elements with the same attribute names (beside id and style) and
// nearly the same classes: a block's class may add a modifier or two ("RichText--lastPmb0",
// "mt-0") its siblings lack, but the names that differ are at most a third as many as those
// shared. Grid layouts give unrelated boxes a name or two in common ("span-15 tid" on a photo
// player and on the story beside it), and as many of their own.
func alikeNames(a, b *html.Node) bool {
	if attrNames(a) != attrNames(b) {
		return false
	}
	ca, cb := strings.Fields(className(a)), strings.Fields(className(b))
	if len(ca) == 0 || len(cb) == 0 {
		return len(ca) == len(cb)
	}
	shared := sharedNames(ca, cb)
	differ := len(ca) + len(cb) - 2*shared
	return shared > 0 && 3*differ <= shared
}

// maxPairedNames bounds the pairs of class names sharedNames compares one by one: a class
// attribute of thousands of names (a page's generated markup, or a hostile one) is looked up
// in a set instead, so that the test stays linear in the names.
const maxPairedNames = 1024

// sharedNames counts the names of ca that cb holds too.
func sharedNames(ca, cb []string) int {
	shared := 0
	if len(ca)*len(cb) > maxPairedNames {
		in := make(map[string]bool, len(cb))
		for _, v := range cb {
			in[v] = true
		}
		for _, w := range ca {
			if in[w] {
				shared++
			}
		}
		return shared
	}
	for _, w := range ca {
		for _, v := range cb {
			if w == v {
				shared++
				break
			}
		}
	}
	return shared
}

// attrNames returns the names of n's attributes other than id, class, style and the scores
// readability sets ("data-readability-score"), joined in order.
func attrNames(n *html.Node) string {
	var b strings.Builder
	for _, a := range n.Attr {
		switch {
		case a.Key == "id", a.Key == "class", a.Key == "style", strings.HasPrefix(a.Key, "data-readability"):
			continue
		}
		b.WriteString(a.Key)
		b.WriteByte(' ')
	}
	return b.String()
}

// hasStyleName reports an element with a class or another attribute beside id and style: a
// bare <div> names nothing, and bare blocks beside a story are as often an author's box.
func hasStyleName(n *html.Node) bool {
	return strings.TrimSpace(className(n)) != "" || attrNames(n) != ""
}

// proseBlock reports a block that reads as paragraphs of a story (paperboy): few links, a
// paragraph of prose (storyPart), and no heading or opening that is a link (a teaser card's).
func (ps *Parser) proseBlock(n *html.Node) bool {
	if !ps.storyPart(n) {
		return false
	}
	for _, tag := range []string{"h1", "h2", "h3", "h4", "h5", "h6"} {
		for _, h := range dom.GetElementsByTagName(n, tag) {
			if len(dom.GetElementsByTagName(h, "a")) > 0 || hasAncestorA(h, n) {
				return false
			}
		}
	}
	return true
}

// hasAncestorA reports a link around h below top.
func hasAncestorA(h, top *html.Node) bool {
	for a := h.Parent; a != nil && a != top; a = a.Parent {
		if dom.TagName(a) == "a" {
			return true
		}
	}
	return false
}
