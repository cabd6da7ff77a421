package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// maxConsentBox bounds the box consentBox removes: a title, the data-protection explanation a
// European site must give before it loads an embed (long: it names the law and the third
// countries), the link to the policy and the switch.
const maxConsentBox = 1500

// consentWords name the reader's consent, and personalDataWords the data it is about, in the
// explanation an embed's consent box gives ("Um eingebettete Inhalte anzuzeigen, ist deine
// widerrufliche Einwilligung in die Übermittlung und Verarbeitung von personenbezogenen Daten
// notwendig", "you consent to … personal data").
var (
	consentWords      = []string{"einwilligung", "zustimm", "consent", "consentement", "consentimiento", "consenso"}
	personalDataWords = []string{"personenbezogene", "personal data", "données personnelles", "datos personales", "dati personali"}
)

// maxConsentDepth is how far above its switch consentBoxAround looks for the box's text.
const maxConsentDepth = 6

// consentBoxAround returns the box an embed (a podcast, a post, a video) shows until the reader
// switches it on, found from its switch, a checkbox: the nearest element around the switch
// whose text, at most maxConsentBox runes, asks consent to pass personal data on. GDPR consent
// boxes of European publishers open with the embed's own title ("Hier können Sie unsere
// Podcasts hören"), which placeholder labels do not match, and explain at more length than a
// placeholder's label (they name the law and the third countries). The nearest such element
// is the box and never the story around it: a comment or newsletter form's consent line is
// the form's own label. asked holds the answer for each element already read (for the
// checkboxes before this one): a form of many checkboxes is read once, not once per checkbox.
func consentBoxAround(input *html.Node, asked map[*html.Node]consentAnswer) *html.Node {
	a := input.Parent
	for range maxConsentDepth {
		if a == nil || a.Type != html.ElementNode || a.DataAtom == atom.Body {
			return nil
		}
		answer, ok := asked[a]
		if !ok {
			answer = consentAsk(a)
			asked[a] = answer
		}
		switch answer {
		case consentStop:
			return nil
		case consentBox:
			return a
		}
		a = a.Parent
	}
	return nil
}

// consentAnswer is what consentAsk finds an element around a checkbox to be.
type consentAnswer uint8

const (
	consentUp   consentAnswer = iota // short, no consent asked: the box may be further up
	consentStop                      // longer than a box: no box around the checkbox
	consentBox                       // the consent box
)

// consentAsk reads one element around a checkbox for consentBoxAround.
func consentAsk(a *html.Node) consentAnswer {
	if textLonger(a, maxConsentBox) {
		return consentStop
	}
	text, _ := textAndLinks(a)
	text = strings.ToLower(text)
	if textsim.ContainsAny(text, consentWords) && textsim.ContainsAny(text, personalDataWords) {
		return consentBox
	}
	return consentUp
}
