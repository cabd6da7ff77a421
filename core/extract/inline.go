package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// phrasing are the inline elements a sentence runs through.
var phrasing = map[atom.Atom]bool{atom.A: true, atom.Span: true, atom.B: true, atom.Strong: true, atom.Em: true, atom.I: true}

// minSentenceWords is how many words of running text beside an inline element make it part
// of a sentence; a "Share: Twitter Facebook" line has fewer.
const minSentenceWords = 4

// inSentence reports an inline element inside running text: "<a id="auto-tag_twitter_1">Twitter</a>
// erupted Monday morning when President <a …>Donald Trump</a> shared …" links topic pages
// from the prose, and a class or id naming tags, captions or sharing does not make those
// words furniture; removing them cuts the sentence.
func inSentence(n *html.Node) bool {
	if !phrasing[n.DataAtom] {
		return false
	}
	words := 0
	for _, s := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode {
			words += len(strings.Fields(s.Data))
		}
	}
	return words >= minSentenceWords
}
