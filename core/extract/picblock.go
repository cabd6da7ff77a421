package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pictureLines gathers the texts of the page's picture captions and credit lines that stand
// outside a <figure> and outside the names preclean drops: a line repeating its picture's alt
// text (altRepeatCaption) and the credit after it, a picture block's credit line and long
// caption (pictureBlockCredit, pictureBlockCaption). They are dropped from the story's text
// once it is read (dropPictureLines), not from the page before: the block readability chooses
// is weighed with them, as a page's weight moves with its captions.
func pictureLines(doc *html.Node) (captions, credits map[string]bool) {
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		cls := attr(n, "class") + " " + attr(n, "id")
		named := strings.TrimSpace(cls) != ""
		caption := altRepeatCaption(n) || named && pictureBlockCaption(n, cls)
		credit := !caption && (altRepeatCredit(n) || named && pictureBlockCredit(n, cls))
		if !caption && !credit {
			continue
		}
		t := normText(n)
		if t == "" {
			continue
		}
		if captions == nil {
			captions, credits = map[string]bool{}, map[string]bool{}
		}
		if caption {
			captions[t] = true
		} else {
			credits[t] = true
		}
	}
	return captions, credits
}

// minStoryAfterPictures is the share of the body's runes that must be left once its picture lines
// are dropped: a slideshow's page, whose post is its captions, keeps them.
const minStoryAfterPictures = 0.5

// dropPictureLines drops from body the paragraphs that are one of captions or credits, or a
// credit and a caption run together ("foto: NameCaption…", "Caption (Agency)").
func dropPictureLines(body string, captions, credits map[string]bool) string {
	if len(captions)+len(credits) == 0 {
		return body
	}
	picture := func(p string) bool {
		if captions[p] || credits[p] {
			return true
		}
		for c := range credits {
			if rest, ok := strings.CutPrefix(p, c); ok && captions[strings.TrimSpace(rest)] {
				return true
			}
			if rest, ok := strings.CutSuffix(p, c); ok && captions[strings.TrimSpace(rest)] {
				return true
			}
		}
		return false
	}
	paras := strings.Split(body, "\n\n")
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		if !picture(normSpace(p)) {
			kept = append(kept, p)
		}
	}
	out := strings.Join(kept, "\n\n")
	if len(kept) == len(paras) || float64(len(out)) < minStoryAfterPictures*float64(len(body)) {
		return body
	}
	return out
}

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

// pictureBlockCaption reports a caption-named element without paragraphs or headings (a deck
// set under the lead picture in an <h2>, "article-caption", is the story's) that follows its
// picture in a block, a credit line perhaps between them (see pictureBlockCredit): the
// picture's caption however long, which isJunk's length bound would keep. photoCaptionAfterImage
// asks for the picture right before the caption.
func pictureBlockCaption(n *html.Node, cls string) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.P || !strings.Contains(strings.ToLower(cls), "caption") ||
		textLonger(n, maxPictureCaption) || findElement(n, func(c *html.Node) bool { return c != n && (c.DataAtom == atom.P || isHeadingAtom(c.DataAtom)) }) != nil {
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
