package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// columnKickerWords name a column in the kicker above its headline ("Op-Ed Columnist",
// "Column", "Opinion"), in the languages whose columns are printed so.
var columnKickerWords = []string{"columnist", "column", "op-ed", "opinion", "kolumne", "kolumnist", "chronique", "columna", "columnista", "opinión", "coluna", "colunista"}

// maxHeadShotNodes bounds the nodes headShotName walks in one figure: a head shot is an image
// and a caption in a few wrappers.
const maxHeadShotNodes = 40

// maxKickerSiblings bounds how many elements before the headline headShotName asks for the kicker.
const maxKickerSiblings = 3

// maxHeadShotTries bounds the figures captioned with a bare name under a column's kicker that
// scan asks whether another story's box holds them: each asking walks the figure's ancestors,
// and a wrapper's whole subtree for a headline (storyLayoutWrapper), so a box of thousands of
// columnists' portraits would be walked once per portrait (quadratic in its size). A column's
// own head shot is among the first few.
const maxHeadShotTries = 8

// headShotName returns the name a column's head shot is captioned with: a <figure> whose one
// image's alt text and caption are the same person's name and nothing else, on a page whose
// headline has a kicker naming a column ("Op-Ed Columnist" over the headline, the columnist's
// portrait with "David Brooks" under it opening the column, and no byline). A news picture
// captioned with a bare name is no writer's: only a column's kicker makes it the byline.
// It returns "" otherwise. kicker answers columnKicker for the page's headline; scan asks it
// once a page (each asking renders the elements before the headline).
func headShotName(fig *html.Node, kicker func() bool) string {
	var img, caption *html.Node
	imgs, seen := 0, 0
	for c := range fig.Descendants() {
		if seen++; seen > maxHeadShotNodes || imgs > 1 {
			return "" // a gallery, or figures nested in figures: no head shot, and no walk over it again and again
		}
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Img:
			img = c
			imgs++
		case atom.Figcaption:
			if caption == nil {
				caption = c
			}
		}
	}
	if imgs != 1 || caption == nil {
		return ""
	}
	name := normText(caption)
	if n := utf8.RuneCountInString(name); n < 5 || n > 40 || name != normSpace(attr(img, "alt")) {
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
	}
	if !kicker() {
		return ""
	}
	return name
}

// columnKicker reports an element of a few words just before the headline that names a
// column (columnKickerWords).
func columnKicker(h1 *html.Node) bool {
	for s, i := dom.PreviousElementSibling(h1), 0; s != nil && i < maxKickerSiblings; s, i = dom.PreviousElementSibling(s), i+1 {
		if textLonger(s, 40) {
			continue
		}
		t := strings.ToLower(normText(s))
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			for _, k := range columnKickerWords {
				if w == k {
					return true
				}
			}
		}
	}
	return false
}

// columnKickerOverH1 is columnKicker(p.h1Node), asked once a page: every figure headShotName
// takes asks it, and the elements before the headline may be large.
func (p *page) columnKickerOverH1() bool {
	if p.kickerOverH1 == 0 {
		p.kickerOverH1 = 1
		if columnKicker(p.h1Node) {
			p.kickerOverH1 = 2
		}
	}
	return p.kickerOverH1 == 2
}
