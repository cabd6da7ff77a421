package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
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
	holds := func(name string) bool { return nameHolds(name, galleryWords, galleryPairs) }
	if !anyField(attr(n, "class"), holds) && !anyField(attr(n, "id"), holds) {
		return false
	}
	return attr(n, "itemprop") != "articleBody" && !holdsStory(n)
}

// dropGalleries removes the gallery boxes preclean marked under root when the text outside
// them is a story's worth (fragment tokens); a reading that is mostly a gallery keeps it.
func dropGalleries(root *html.Node) {
	var marked []*html.Node
	outside := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if outside < fragment {
					outside += len(textsim.Tokens(c.Data))
				}
			case c.Type != html.ElementNode:
			case hasAttr(c, galleryMark):
				marked = append(marked, c)
			default:
				walk(c)
			}
		}
	}
	walk(root)
	if outside < fragment {
		return
	}
	for _, n := range marked {
		n.Parent.RemoveChild(n)
	}
}
