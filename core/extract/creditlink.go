package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pictureCreditLink reports a link that stands in a picture's credit or caption: an element
// classed "credit" or "caption" that follows an image in its box ("<div id=leadPhoto><img …><p
// class=credit><a href=/staff/jane-roe/>Jane Roe</a></p>"), or whose box is named for a photo.
// The link names the photographer (a staff member whose profile it opens), not the story's
// writer, who stands in a byline element of its own or in none. An element classed for the
// byline or the author is no credit, whatever else its class says.
func (p *page) pictureCreditLink(a *html.Node) bool {
	if inFigure(a) {
		return true
	}
	depth := 0
	for n := a.Parent; n != nil && n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Article && depth < 3; n, depth = n.Parent, depth+1 {
		cls := strings.ToLower(attr(n, "class"))
		if bylineClass(cls) > 0 || strings.Contains(cls, "author") {
			return false
		}
		if !strings.Contains(cls, "credit") && !strings.Contains(cls, "caption") {
			continue
		}
		if p.imageBeforeIn(n) {
			return true
		}
		if box := n.Parent; box != nil && box.Type == html.ElementNode {
			named := strings.ToLower(attr(box, "class") + " " + attr(box, "id"))
			if strings.Contains(named, "photo") || strings.Contains(named, "foto") || strings.Contains(named, "image") || strings.Contains(named, "picture") {
				return true
			}
		}
	}
	return false
}

// imageBeforeIn reports an <img> or a <picture> among the siblings before n. Every sibling
// passed on the way back keeps the answer (none of them is an image, so theirs is n's): a box
// of thousands of credits, each asked, is walked once, not once a credit.
func (p *page) imageBeforeIn(n *html.Node) bool {
	found, stop := false, (*html.Node)(nil)
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture) {
			found, stop = true, s
			break
		}
		if v, ok := p.imageBefore[s]; ok {
			found, stop = v, s
			break
		}
	}
	if p.imageBefore == nil {
		p.imageBefore = map[*html.Node]bool{}
	}
	p.imageBefore[n] = found
	for s := n.PrevSibling; s != stop; s = s.PrevSibling {
		p.imageBefore[s] = found
	}
	return found
}
