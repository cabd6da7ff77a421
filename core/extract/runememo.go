package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// runeMemo answers textAndLinkRunes for the boxes one walk asks about, keeping what it counted
// of each large subtree: boxes named like furniture nest (a "banner" page wrapper around a
// "layer", each kept for the story it holds), and each asked counted the text of every box inside
// it again (depth × size). textRunes counts a text as it streams past (normCounter), so a
// subtree's count depends on what came before it only through the counter's state (normState):
// what a subtree adds is kept per subtree and incoming state.
//
// A kept count is valid while the subtree is as it was. preclean's walk changes an element only
// when it reaches it (its removals wait for the walk's end) and asks about each box when it
// reaches it, before anything below changes (as boxFacts): the counts kept are the ones a new
// walk would give. One runeMemo serves one walk.
type runeMemo struct {
	steps map[runeKey]runeStep
	links map[*html.Node]int
}

// normState is what of a normCounter's state the text after it reads (textRunesUpTo's spaces
// between a digit and a digit, four digits and a letter; a field going on): whether anything is
// written, whether a field is open, whether the last byte is a digit and how many digits end it.
type normState struct {
	written, inField, lastDigit bool
	digits                      int
}

// runeKey is a subtree and the state its count starts from.
type runeKey struct {
	n  *html.Node
	in normState
}

// runeStep is what a subtree adds to a normCounter: runes outside spaces, fields, the state it
// leaves; broken when it holds invalid UTF-8 (textRunes then counts textOf's text).
type runeStep struct {
	count, fields int
	out           normState
	broken        bool
	work          int // bytes of text and nodes (nodeWork each) read, outside the parts kept
}

// minKeptWork is the least work (bytes of text, nodeWork a node) a subtree's count takes, outside
// the parts of it kept, for the count to be kept too: a smaller one is counted again when asked,
// for little more than a lookup costs. An ask reads at most about that much below what it finds.
const minKeptWork = 512

// nodeWork is the work of passing one node, in bytes of text.
const nodeWork = 16

// state is c's normState.
func (c *normCounter) state() normState {
	return normState{written: c.written, inField: c.inField, lastDigit: isDigitByte(c.last), digits: c.digits}
}

// setState puts c in state s (the last byte a digit or a space, all textRunesUpTo reads of it).
func (c *normCounter) setState(s normState) {
	c.written, c.inField, c.digits, c.last = s.written, s.inField, s.digits, ' '
	if s.lastDigit {
		c.last = '0'
	}
}

// textAndLinkRunes is textAndLinkRunes(n), its subtrees' counts kept; a nil memo keeps none.
func (m *runeMemo) textAndLinkRunes(n *html.Node) (runes, links int) {
	if m == nil {
		return textAndLinkRunes(n)
	}
	return m.textRunes(n), m.linkRunes(n)
}

// textRunes is textRunes(n) from the kept counts.
func (m *runeMemo) textRunes(n *html.Node) int {
	if n.Type == html.TextNode || n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript) {
		return textRunes(n) // read whole, or not at all
	}
	st := m.step(n, normState{})
	if st.broken {
		return textRunes(n)
	}
	c := normCounter{count: st.count, fields: st.fields}
	return c.runes()
}

// linkRunes is the link runes of textAndLinkRunes(n): the text runes of each link, outermost,
// that is not a named anchor.
func (m *runeMemo) linkRunes(n *html.Node) int {
	links, _ := m.linkRunesOf(n)
	return links
}

// linkRunesOf is linkRunes with the work spent on it where it was not kept (as runeStep's).
func (m *runeMemo) linkRunesOf(n *html.Node) (links, work int) {
	if n.Type == html.ElementNode && n.DataAtom == atom.A && !namedAnchor(n) {
		return m.textRunes(n), nodeWork
	}
	if v, ok := m.links[n]; ok {
		return v, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l, w := m.linkRunesOf(c)
		links, work = links+l, work+w+nodeWork
	}
	if work >= minKeptWork {
		if m.links == nil {
			m.links = map[*html.Node]int{}
		}
		m.links[n] = links
		work = 0
	}
	return links, work
}

// step is what n (an element, a comment or a document; not a script, style or noscript) adds to
// a counter in state in: textRunesUpTo's walk of n, each child element's part taken from step.
func (m *runeMemo) step(n *html.Node, in normState) runeStep {
	key := runeKey{n, in}
	if st, ok := m.steps[key]; ok {
		return st
	}
	var c normCounter
	c.setState(in)
	work := 0
	if n.Type == html.ElementNode && n.DataAtom == atom.Br {
		c.space()
	}
	crossed := true
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		work += nodeWork
		switch {
		case k.Type == html.TextNode:
			if crossed && c.written && k.Data != "" && (isDigitByte(c.last) && isDigitByte(k.Data[0]) || c.digits == 4 && isLetterStart(k.Data)) {
				c.space()
			}
			if !c.text(k.Data) {
				return runeStep{broken: true}
			}
			work += len(k.Data)
			crossed = false
		case k.Type == html.ElementNode && (k.DataAtom == atom.Script || k.DataAtom == atom.Style || k.DataAtom == atom.Noscript):
		default:
			st := m.step(k, c.state())
			if st.broken {
				return runeStep{broken: true}
			}
			c.count, c.fields = c.count+st.count, c.fields+st.fields
			c.setState(st.out)
			work += st.work
			crossed = true
		}
	}
	if n.Type == html.ElementNode && isBlockTag(n.DataAtom) {
		c.space()
	}
	st := runeStep{count: c.count, fields: c.fields, out: c.state(), work: work}
	if work >= minKeptWork {
		st.work = 0 // kept: an ask that finds it reads nothing
		if m.steps == nil {
			m.steps = map[runeKey]runeStep{}
		}
		m.steps[key] = st
	}
	return st
}
