package extract

import (
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// altRepeatAtoms are the elements a layout prints a picture's caption in under the picture.
var altRepeatAtoms = map[atom.Atom]bool{atom.P: true, atom.Span: true, atom.Div: true, atom.Font: true, atom.Small: true, atom.Em: true, atom.I: true}

// altRepeatCaption reports a caption printed right after its picture that repeats the picture's
// alt text word for word: "<img alt="Caption（攝影）"><span class="img_descr">Caption（攝影）</span>",
// "<a><img alt="Caption"></a><p>Caption</p>" in a photo cell or list item. Whatever the
// element's class (none at all, or one no furniture list knows: "photo-essay", "img_descr"), a
// line that only repeats the picture's description is its caption, not the story's: the story's
// paragraphs do not say what the picture's alt said just before them. Only the element right
// after the picture counts (a <br> between them allowed); a heading or a link is left alone, as a
// teaser card's headline repeats its picture's alt too.
func altRepeatCaption(n *html.Node) bool {
	if !altRepeatAtoms[n.DataAtom] {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.TextNode && isBlank(prev.Data) || prev.Type == html.CommentNode || prev.Type == html.ElementNode && prev.DataAtom == atom.Br) {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode {
		return false
	}
	img := prev
	if prev.DataAtom == atom.A || prev.DataAtom == atom.Span {
		img = soleImage(prev)
	}
	if img == nil || img.DataAtom != atom.Img {
		return false
	}
	alt := normSpace(attr(img, "alt"))
	// The element's text is measured up to the alt's length before it is built: a box after a
	// picture that holds more (the rest of the page, in a layout nesting each block in the last)
	// is no caption, and building every such box's whole text would be quadratic in the nesting.
	return captionSizedAlt(alt) && !textLonger(n, utf8.RuneCountInString(alt)) && normText(n) == alt && !inLinkNear(n)
}

// maxCaptionLinkDepth is how many ancestors inLinkNear reads for a link.
const maxCaptionLinkDepth = 4

// inLinkNear reports an element inside a link a few levels up: a teaser card's headline under
// its picture ("<a><span><img alt=Story></span><span class=title>Story</span></a>"), which the
// teaser rules need to see as one.
func inLinkNear(n *html.Node) bool {
	a := n.Parent
	for range maxCaptionLinkDepth {
		if a == nil || a.Type != html.ElementNode {
			return false
		}
		if a.DataAtom == atom.A {
			return true
		}
		a = a.Parent
	}
	return false
}

// minAltIdeographs is the fewest ideographs a Chinese or Japanese alt text needs to be read as a
// caption under minAltCaption runes ("BBC报道截图"); a name has four at most.
const minAltIdeographs = 5

// captionSizedAlt reports an alt text long enough to be a picture's description rather than a
// name: the avatar beside a byline repeats the writer's name in its alt ("<img alt="Jane
// Roe"><span>Jane Roe</span>"), and that name is the byline's, no caption.
func captionSizedAlt(alt string) bool {
	if utf8.RuneCountInString(alt) >= minAltCaption {
		return true
	}
	n := 0
	for _, r := range alt {
		if textsim.IsIdeographic(r) {
			n++
		}
	}
	return n >= minAltIdeographs
}

// altRepeatCredit reports the picture's credit printed right after such a caption, named for
// credits and short ("<em>Caption.</em> <em class="credit">(Agency)</em>"): it goes with the
// caption rather than stand alone in the story.
func altRepeatCredit(n *html.Node) bool {
	if n.Type != html.ElementNode || !altRepeatAtoms[n.DataAtom] || !creditNamed(attr(n, "class")) || textLonger(n, maxCaption) {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.TextNode && isBlank(prev.Data) || prev.Type == html.CommentNode) {
		prev = prev.PrevSibling
	}
	return prev != nil && prev.Type == html.ElementNode && altRepeatCaption(prev)
}

// soleImage returns the one <img> a link or a span wraps with no text beside it, else nil. Of
// several, the only one with alt text is the picture: a lazy loader sets a spinner without alt
// beside it ("<img class=loadingImg src=waiting.gif><img alt=Caption src=photo.jpg>").
func soleImage(n *html.Node) *html.Node {
	var img, alted *html.Node
	imgs, alts := 0, 0
	for d := range n.Descendants() {
		switch {
		case d.Type == html.TextNode && !isBlank(d.Data):
			return nil
		case d.Type == html.ElementNode && d.DataAtom == atom.Img:
			img = d
			if imgs++; strings.TrimSpace(attr(d, "alt")) != "" {
				alted = d
				alts++
			}
		}
	}
	switch {
	case imgs == 1:
		return img
	case alts == 1:
		return alted
	}
	return nil
}
