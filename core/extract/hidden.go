package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page may carry a whole other text in a block the browser never shows: a CMS's conditional
// block for other pages of the site (Webflow's w-condition-invisible), a guide waiting behind a
// button, a screen-reader copy. Such a block is left in the tree (the story's own next page or
// summary may wait hidden inside a visible container), but it is never read as the story.

// hiddenStyleRe matches an inline style that hides its element.
var hiddenStyleRe = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// hiddenClassNames are framework classes that hide an element on every screen: Webflow's
// conditional visibility (decided on the server, never undone by a script), Bootstrap's d-none and
// the screen-reader-only classes of Bootstrap, Tailwind, WordPress and HTML5 Boilerplate.
var hiddenClassNames = map[string]bool{
	"w-condition-invisible": true, "d-none": true, "sr-only": true, "visually-hidden": true,
	"visuallyhidden": true, "screen-reader-text": true,
}

// hiddenBlock reports an element the browser does not show: the hidden attribute (a hidden child
// of <body> excepted, see notRendered), an inline display:none or visibility:hidden, the class
// "hidden" without a responsive override (hiddenClass), or a hiding framework class. A d-none with
// a breakpoint override ("d-none d-md-block") is shown on some screens.
func hiddenBlock(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if notRendered(n) || hiddenClass(n) {
		return true
	}
	if s := attr(n, "style"); s != "" && hiddenStyleRe.MatchString(s) {
		return true
	}
	cls := attr(n, "class")
	if cls == "" {
		return false
	}
	hidden := false
	for _, c := range strings.Fields(cls) {
		l := strings.ToLower(c)
		switch {
		case hiddenClassNames[l]:
			hidden = true
		case strings.HasPrefix(l, "d-") && !strings.HasSuffix(l, "-none"):
			return false // d-md-block: shown from a breakpoint on
		}
	}
	return hidden
}

// hiddenHolder returns the outermost hidden block that holds the opening of a reading (its first
// line of 80 runes or more), or nil. Only blocks of a story's size are looked at.
func hiddenHolder(doc *html.Node, reading string) *html.Node {
	probe := readingProbe(reading)
	if probe == "" {
		return nil
	}
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			}
			if hiddenBlock(n) {
				if textLonger(n, 200) && strings.Contains(normSpace(textOf(n)), probe) {
					found = n
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// readingProbe returns the first 60 bytes of a reading's first line of 80 runes or more, as the
// page's text holds it (spaces normalised), or "" when the reading has no such line.
func readingProbe(reading string) string {
	for _, line := range strings.Split(reading, "\n\n") {
		if len(line) >= 80 && len([]rune(line)) >= 80 {
			probe := normSpace(line)
			if len(probe) > 60 {
				probe = probe[:60]
			}
			return probe
		}
	}
	return ""
}
