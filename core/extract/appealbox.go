package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// The outlet's own appeal box: a template names the box that asks readers to fund the outlet
// after the outlet and the ask ("cli-support-huffpost", "support-huffpost-entry",
// "donate-to-<outlet>", "<outlet>-membership"), and fills it with a dozen variants of the ask a
// script shows one of ("Support HuffPost", "Our 2024 Coverage Needs You", "Would you join us
// …?"). Each variant reads as prose, sentence by sentence; only the name tells it. A box whose
// class or id joins a funding word and the outlet's own name (its og:site_name, squashed) is
// the outlet asking for money wherever it stands, never the story, which a template names for
// the story ("entry__content", "article-body") and not for the outlet's funding.

// appealNameWords are the class/id tokens of a funding ask that, beside the outlet's name, make
// a box its appeal.
var appealNameWords = map[string]bool{"support": true, "donate": true, "donation": true, "donations": true, "contribute": true,
	"contribution": true, "contributions": true, "membership": true, "member": true, "members": true, "fund": true, "funding": true}

// minOutletKey is the fewest letters an outlet's squashed name must have to be looked for in
// class names: a short one ("AP", "FT") is a part of many unrelated names.
const minOutletKey = 4

// maxAppealBox bounds an appeal box: its variants, a button or two, a note on taxes.
const maxAppealBox = 6000

// outletKey returns the outlet's name lowered with everything but ASCII letters and digits
// dropped ("HuffPost" → "huffpost", "The Portugal News" → "theportugalnews"), or "" when it
// holds fewer than minOutletKey of them or letters outside ASCII (a class name is ASCII).
func outletKey(siteName string) string {
	var b strings.Builder
	for i := 0; i < len(siteName) && b.Len() <= 40; i++ {
		c := siteName[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c >= 0x80:
			return ""
		}
	}
	if b.Len() < minOutletKey || b.Len() > 40 {
		return ""
	}
	return b.String()
}

// appealNamed reports a class or id string with a name in which a funding word and the outlet's
// key stand as adjacent tokens, in either order ("cli-support-huffpost", "huffpost-membership").
func appealNamed(s, key string) bool {
	if s == "" || !textsim.ContainsFoldASCII(s, key) {
		return false
	}
	return anyField(s, func(name string) bool {
		found := false
		var prev string
		forEachToken(name, func(tok string) bool {
			l := strings.ToLower(tok)
			if prev != "" && (appealNameWords[prev] && l == key || prev == key && appealNameWords[l]) {
				found = true
				return false
			}
			prev = l
			return true
		})
		return found
	})
}

// dropOutletAppeals removes every such box from doc: the outermost one so named, of at most
// maxAppealBox runes, that holds neither the story's headline nor its column (storyDialog).
func dropOutletAppeals(doc *html.Node, siteName string) {
	key := outletKey(siteName)
	if key == "" {
		return
	}
	var remove []*html.Node
	var facts boxFacts
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if findSkips(n) {
				return
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Main &&
				(appealNamed(attr(n, "class"), key) || appealNamed(attr(n, "id"), key)) &&
				!textLonger(n, maxAppealBox) && !storyDialog(n, &facts) {
				remove = append(remove, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}
