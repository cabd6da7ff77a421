package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// Dialog boxes: a newsroom's template sets the boxes a script opens over the page — the log-in
// and registration panels, "password forgotten", the age check, the privacy settings, "you have
// been logged out" — into the page's markup once, after the story or inside its column, and
// shows one when the reader clicks. Their markup says what they are: the ARIA role a dialog
// must carry for screen readers (role="dialog" or "alertdialog", aria-modal="true"), the
// <dialog> element, or a class or id whose name holds the word "dialog" ("b-dialog",
// "x-dialog-login", "login-dialog"). Read as text they are a dozen short notices under the
// story ("Mein ZDF – Neues Konto anlegen", "Passwort vergessen?", "Sie haben sich mit diesem
// Gerät ausgeloggt."), no line of it. Readability drops such roles only where its own list of
// roles holds them and never by class; a parser that nests the page's tail inside an unclosed
// box of the story's column reads them into the story.

// dialogWords are the class/id tokens of a dialog box.
var dialogWords = map[string]bool{"dialog": true}

// dialogHints hold the dialogWords (dialogNamed).
var dialogHints = textsim.NewAnyOf([]string{"dialog"})

// dialogNamed reports a class or id string with a name whose token is "dialog".
func dialogNamed(s string) bool {
	return s != "" && mayNameHold(dialogHints, s) && anyField(s, func(name string) bool { return nameHolds(name, dialogWords, nil) })
}

// dialogBox reports such a box, unless it is the page's own column: a wrapper of the whole page
// ("<html>", "<body>", "<main>"), a box holding the story's headline (a story a list page opens
// in a modal: the modal's <h1> is the story's), a main landmark or the articleBody (holdsStory),
// or a box the page names as the story's container. A box named a dialog by its class or id only
// holds a control to act on it — a button or a form's field — as every dialog does (its close
// button, its submit); a story's block whose class says "dialog" (a Q&A styled as a dialogue)
// holds none.
func dialogBox(n *html.Node, f *boxFacts) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head:
		return false
	case atom.Dialog:
		return !storyDialog(n, f)
	}
	role := attr(n, "role")
	aria := strings.EqualFold(role, "dialog") || strings.EqualFold(role, "alertdialog") || strings.EqualFold(attr(n, "aria-modal"), "true")
	if !aria && !dialogNamed(attr(n, "class")) && !dialogNamed(attr(n, "id")) {
		return false
	}
	if storyDialog(n, f) {
		return false
	}
	if aria {
		return true
	}
	return f.holdsControl(n)
}

// dialogControl reports a control a dialog holds: a button, a form's field (not a hidden one),
// an element in a button's role.
func dialogControl(c *html.Node) bool {
	switch c.DataAtom {
	case atom.Button, atom.Textarea, atom.Select:
		return true
	case atom.Input:
		return !strings.EqualFold(attr(c, "type"), "hidden")
	}
	return strings.EqualFold(attr(c, "role"), "button")
}

// storyDialog reports a dialog box that holds the story: its headline, a main landmark, the
// articleBody, or a block the page names as the story's container. f keeps what the walk
// asking found below each element (boxFacts).
func storyDialog(n *html.Node, f *boxFacts) bool {
	return f.holdsStory(n) || namedStoryBlock(attr(n, "class")) || f.namedBelow(n)
}

// Fact boxes: a newsroom sets a box of background beside or inside the story — "Fakta",
// "Kort fortalt", "What else is in the King's Speech", "Detta kännetecknar hedersrelaterad
// brottslighet" — under a heading of its own, and names it for what it is in the template's
// class: "factbox", "fact-box", "faktaruta" (Swedish), "faktaboks"/"faktabox" (Norwegian,
// Danish), "Faktenbox" (German). It repeats or explains the story's matter in a list or a few
// lines; the story reads on without it, and readers' and references' copies of the story leave
// it out. A parser nests the rest of the page inside such a box when the template leaves it
// unclosed: a box that holds the story's headline or container, or more than maxFactBox runes,
// is not taken for one.

// factWords and factPairs are the class/id tokens of a fact box.
var (
	factWords = map[string]bool{"factbox": true, "factsbox": true, "faktbox": true, "faktabox": true, "faktaboks": true, "faktaruta": true, "faktenbox": true}
	factPairs = map[string]bool{"fact box": true, "facts box": true, "fakta box": true, "fakta boks": true, "fakten box": true}
)

// factHints hold every factWords and factPairs entry's opening (factNamed).
var factHints = textsim.NewAnyOf([]string{"fact", "fakt"})

// maxFactBox bounds a fact box: a list of background points or a transcript's highlights, not
// the page.
const maxFactBox = 8000

// factNamed reports a class or id string with a name that holds a fact box's token, unless the
// name is a layout state of a wrapper ("has-factbox", "with-fact-box").
func factNamed(s string) bool {
	return s != "" && mayNameHold(factHints, s) && anyField(s, func(name string) bool {
		l := strings.ToLower(name)
		for _, p := range layoutStates {
			if strings.HasPrefix(l, p+"-") || strings.HasPrefix(l, p+"_") {
				return false
			}
		}
		return nameHolds(name, factWords, factPairs)
	})
}

// factBox reports such a box: named so, no longer than maxFactBox runes, and not the story's
// column (storyDialog's test: the headline, a main landmark, the articleBody, a named container).
func factBox(n *html.Node, f *boxFacts) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head, atom.P:
		return false
	}
	if !factNamed(attr(n, "class")) && !factNamed(attr(n, "id")) {
		return false
	}
	if textLonger(n, maxFactBox) || storyDialog(n, f) {
		return false
	}
	return true
}
