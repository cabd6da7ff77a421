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
		box := g[0].Parent
		for box != nil && !holdsAll(box, g[1:]) {
			box = box.Parent
		}
		if box == nil || pollStop(box) || textRunesOver(box, maxPollRunes) {
			continue
		}
		answers := textRunes(box)
		for p := box.Parent; p != nil && !pollStop(p); p = p.Parent {
			if textRunesOver(p, min(answers+maxPollHeading, maxPollRunes)) {
				break
			}
			box = p
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

// holdsAll reports whether every node of ns lies under box.
func holdsAll(box *html.Node, ns []*html.Node) bool {
	for _, n := range ns {
		if !isAncestor(box, n) {
			return false
		}
	}
	return true
}
