package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A reader poll set among a story's paragraphs: a question and its answers as radio buttons
// ("Sollten Plattformen strenger reguliert werden?" ○ Ja ○ Nein ○ Ich bin mir nicht sicher),
// with no <form> around them (a script sends the vote), so preclean's rule for forms misses it.
// Read as text, the question and every answer become lines of the story.

// minPollAnswers is the radio buttons of one group that make a poll: a choice among two or more.
const minPollAnswers = 2

// maxPollRadios bounds the radio buttons preclean collects on a page for pollBoxes.
const maxPollRadios = 64

// maxPollRunes bounds a poll's box: a question, a few short answers and the box's buttons.
const maxPollRunes = 800

// maxPollClimb bounds the levels a poll's box is widened by above its answers: the question
// and the widget's frames are a few levels up.
const maxPollClimb = 6

// maxPollHeading bounds the text a box around the answers may add to them as it is widened: the
// question, a "Deine Meinung" label, the vote button's text; a story's paragraph is more.
const maxPollHeading = 300

// pollRadio reports a radio button, which preclean collects for pollBoxes.
func pollRadio(n *html.Node) bool {
	return n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "radio")
}

// pollBoxes returns the boxes of the polls among radios: for each group of minPollAnswers radio
// buttons or more sharing a name, the element that holds them all, widened to its parent while
// the parent adds no more than a question's words (maxPollHeading runes) and the whole stays a
// poll's size. A box that would take the story's own container (<article>, <main>, <body>) is
// none.
func pollBoxes(radios []*html.Node) []*html.Node {
	groups := map[string][]*html.Node{}
	var names []string
	for _, r := range radios {
		name := attr(r, "name")
		if name == "" {
			continue // a lone button a script wires up: no group to say it is a choice
		}
		if groups[name] == nil {
			names = append(names, name)
		}
		groups[name] = append(groups[name], r)
	}
	var out []*html.Node
	for _, name := range names {
		g := groups[name]
		if len(g) < minPollAnswers {
			continue
		}
		box := commonAncestor(g)
		if box == nil || pollStop(box) || textRunesOver(box, maxPollRunes) {
			continue
		}
		answers := textRunes(box)
		climbed := 0
		for p := box.Parent; p != nil && !pollStop(p) && climbed < maxPollClimb; p = p.Parent {
			if textRunesOver(p, min(answers+maxPollHeading, maxPollRunes)) {
				break
			}
			box = p
			climbed++
		}
		out = append(out, box)
	}
	return out
}

// pollStop reports an element a poll's box does not widen into: the page's or the story's own
// container, or a form (preclean weighs a form whole).
func pollStop(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return true
	}
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main, atom.Form:
		return true
	}
	return false
}

// commonAncestor returns the nearest element that holds every node of ns (at least one), nil
// when they share none. Each node walks up once to the ancestors the ones before it share, so
// a group's box is found in one walk per button however deep the page nests them.
func commonAncestor(ns []*html.Node) *html.Node {
	shared := map[*html.Node]bool{}
	for p := ns[0].Parent; p != nil; p = p.Parent {
		shared[p] = true
	}
	top := ns[0].Parent
	for _, n := range ns[1:] {
		p := n.Parent
		for p != nil && !shared[p] {
			p = p.Parent
		}
		if p == nil {
			return nil
		}
		if isAncestor(p, top) {
			top = p
		}
	}
	return top
}
