package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPictureCaption bounds the runes of a caption pictureBlockCaption drops: a few sentences.
const maxPictureCaption = 1000

// pictureBlockCredit reports the credit line of a picture set in a <div> block rather than a
// <figure> ("<div class="block image"><div class="visual"><img></div><div class="credits">foto:
// Name</div><div class="caption">…</div></div>"): an element named for credits, short, next to
// the picture in the same block. figureCredit asks the same inside a <figure> only.
func pictureBlockCredit(n *html.Node, cls string) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.P || !nameHolds(cls, creditWords, nil) || textLonger(n, maxCaption) {
		return false
	}
	return pictureBefore(n)
}

// pictureBlockCaption reports a caption-named element without paragraphs that follows its
// picture in a block, a credit line perhaps between them (see pictureBlockCredit): the
// picture's caption however long, which isJunk's length bound would keep. photoCaptionAfterImage
// asks for the picture right before the caption.
func pictureBlockCaption(n *html.Node, cls string) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.P || !strings.Contains(strings.ToLower(cls), "caption") ||
		textLonger(n, maxPictureCaption) || findElement(n, func(c *html.Node) bool { return c != n && c.DataAtom == atom.P }) != nil {
		return false
	}
	return pictureBefore(n)
}

// pictureBefore reports an element whose earlier siblings, credit lines aside, end in a picture:
// an <img>, or a box holding one and no text.
func pictureBefore(n *html.Node) bool {
	for prev := n.PrevSibling; prev != nil; prev = prev.PrevSibling {
		switch {
		case prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "", prev.Type == html.CommentNode:
			continue
		case prev.Type != html.ElementNode:
			return false
		case prev.DataAtom == atom.Img:
			return true
		case nameHolds(attr(prev, "class")+" "+attr(prev, "id"), creditWords, nil) && !textLonger(prev, maxCaption):
			continue
		}
		return !textLonger(prev, 0) && findElement(prev, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
	}
	return false
}
