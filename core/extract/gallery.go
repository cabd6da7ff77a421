package extract

import (
	"regexp"
	"strings"

	"paperboy/core/textsim"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story page may carry a gallery, a slideshow or a video playlist inside the story's
// container: dozens of captions and credits ("1/43", "Photo: Jane Roe"), or the titles and blurbs
// of other videos. Each caption is a short block of prose, so neither the length nor the link
// rules of isJunk take the box, and readability keeps it with the story. Its class or id names it,
// but readability strips the names: preclean marks the box (galleryMark), and postclean drops it
// when the story stands without it. A page that is a gallery, its captions the only text, keeps
// them.

// galleryWords are the class/id tokens of such a box.
var galleryWords = map[string]bool{"gallery": true, "slideshow": true, "carousel": true, "playlist": true, "swiper": true}

// galleryPairs are the same written as two tokens ("photo-gallery" holds one already; "slide-show").
var galleryPairs = map[string]bool{"slide show": true, "video list": true}

// galleryHints hold a word of each galleryWords word and galleryPairs pair: a name without one
// (mayNameHold) holds none of them, and is not split into tokens.
var galleryHints = textsim.NewAnyOf([]string{"gallery", "slide", "carousel", "playlist", "swiper", "video"})

// galleryStems open the German, French and Slavic names of a picture gallery, which run into the
// next word or a number without a separator ("diashowBox", id "diashow760976", "galerieTeaser").
var galleryStems = []string{"diashow", "bildergalerie", "bilderstrecke", "fotostrecke", "fotogalerie", "galerie"}

// galleryStemSet finds the stems in a class or id before its tokens are read, in the three
// cases names are written in ("diashow", "Diashow", "DIASHOW").
var galleryStemSet = func() *textsim.AnyOf {
	var subs []string
	for _, st := range galleryStems {
		subs = append(subs, st, strings.ToUpper(st[:1])+st[1:], strings.ToUpper(st))
	}
	return textsim.NewAnyOf(subs)
}()

// galleryStem reports a class or id with a token that opens with one of galleryStems.
func galleryStem(name string) bool {
	if !galleryStemSet.In(name) {
		return false // asked of every element's names: most hold none of the stems
	}
	found := false
	forEachToken(name, func(tok string) bool {
		for _, st := range galleryStems {
			if len(tok) >= len(st) && strings.EqualFold(tok[:len(st)], st) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// galleryMark is the attribute preclean sets on a gallery box and everything under it.
const galleryMark = "data-pb-gallery"

// teaserMark is the attribute preclean sets on each item of a teaser list (teaserRun) and
// everything under it.
const teaserMark = "data-pb-teaser"

// galleryBox reports an element named as a gallery that does not hold the story's headline or
// main content.
func galleryBox(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return false
	}
	holds := func(name string) bool {
		return mayNameHold(galleryHints, name) && nameHolds(name, galleryWords, galleryPairs) || galleryStem(name)
	}
	// The class is asked whole first: a name holds a hint or a stem only where the class does.
	cls := attr(n, "class")
	if !((mayNameHold(galleryHints, cls) || galleryStemSet.In(cls)) && anyField(cls, holds)) && !anyField(attr(n, "id"), holds) {
		return false
	}
	return attr(n, "itemprop") != "articleBody" && !holdsStory(n)
}

// maxPhotoText bounds the text of a photo box: a caption and its credit, a sentence or two.
const maxPhotoText = 300

// photoBox reports a box named for a photo that holds a picture and, beside it, no more than a
// caption closing on its credit, the photographer's e-mail address or a "place=agency" credit
// ("<div class=articlePhotoC><img><span>14일 … 겨루고 있다. 최혁중 기자 sajinman@…</span></div>",
// "… 나섰다. 경주=뉴스1", as Korean papers credit their pictures).
// Readability keeps such a caption with the story, where it reads as the story's first sentence;
// like a gallery, the box goes when the story stands without it. A caption without the address is
// left: some references keep the story's captions.
func photoBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.Table, atom.Figure:
	default:
		return false
	}
	if !strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "photo") {
		return false
	}
	if textLonger(n, maxPhotoText) || !textLonger(n, 0) || holdsStory(n) {
		return false
	}
	words := strings.Fields(textOf(n))
	if len(words) < 2 || !photoCredit.MatchString(words[len(words)-1]) {
		return false
	}
	return findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
}

// photoCredit is the last word of a credited caption: an e-mail address, or a place or label
// and the agency ("경주=뉴스1", "사진=연합뉴스").
var photoCredit = regexp.MustCompile(`^(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\pL+=[\pL\d]+)$`)

// dropGalleries removes the gallery boxes preclean marked under root when the text outside
// them is a story's worth (fragment tokens); a reading that is mostly a gallery keeps it.
func dropGalleries(root *html.Node) {
	var marked []*html.Node
	outside := visitMarks(root, func(c *html.Node) bool { return hasAttr(c, galleryMark) }, fragment, func(c *html.Node, _ int) bool {
		marked = append(marked, c)
		return false
	})
	if outside < fragment {
		return
	}
	for _, n := range marked {
		n.Parent.RemoveChild(n)
	}
}
