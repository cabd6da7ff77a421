package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// pictureLines gathers the texts of the page's picture captions and credit lines that stand
// outside a <figure> and outside the names preclean drops: a line repeating its picture's alt
// text (altRepeatCaption) and the credit after it, a picture block's credit line and long
// caption (pictureBlockCredit, pictureBlockCaption). They are dropped from the story's text
// once it is read (dropPictureLines), not from the page before: the block readability chooses
// is weighed with them, as a page's weight moves with its captions.
func pictureLines(doc *html.Node) (captions, credits map[string]int) {
	for n := range doc.Descendants() {
		if n.Type == html.TextNode && n.PrevSibling != nil && textCaption(n) {
			if captions == nil {
				captions, credits = map[string]int{}, map[string]int{}
			}
			captions[normSpace(n.Data)]++
			continue
		}
		if n.Type != html.ElementNode {
			continue
		}
		// The class and id are joined only for the blocks the picture-block rules read (a <div>,
		// <span> or <p>): the join was a copy for every element of the page.
		cls, named := "", false
		if pictureBlockAtom(n.DataAtom) {
			cls = attr(n, "class") + " " + attr(n, "id")
			named = !isBlank(cls)
		}
		caption := altRepeatCaption(n) || pointedCaption(n) || creditedCaption(n) || named && pictureBlockCaption(n, cls)
		credit := !caption && (altRepeatCredit(n) || named && pictureBlockCredit(n, cls))
		if !caption && !credit {
			continue
		}
		t := normText(n)
		if t == "" {
			continue
		}
		if captions == nil {
			captions, credits = map[string]int{}, map[string]int{}
		}
		if caption {
			captions[t]++
		} else {
			credits[t]++
		}
	}
	if len(captions) == 0 {
		return captions, credits
	}
	// A caption the page prints elsewhere as well, whole in a text of its own (a list post's
	// item name in bold over the picture, "<p><b>Name</b></p><img alt=Name><div><b>Name</b></div>"),
	// is that line's too: the story keeps it (cleanBody has kept one of the two).
	printed := map[string]int{}
	for n := range doc.Descendants() {
		if n.Type == html.TextNode && len(n.Data) < 4*maxCaption {
			if t := normSpace(n.Data); captions[t] > 0 {
				printed[t]++
			}
		}
	}
	for t, k := range printed {
		if k > captions[t] {
			delete(captions, t)
		}
	}
	return captions, credits
}

// minStoryAfterPictures is the share of the body's runes that must be left once its picture lines
// are dropped: a slideshow's page, whose post is its captions, keeps them.
const minStoryAfterPictures = 0.5

// dropPictureLines drops from body the paragraphs that are one of captions or credits, or a
// credit and a caption run together ("foto: NameCaption…", "Caption (Agency)"). A text is
// dropped as many times as the page prints it as a picture's line, its last occurrences: a list
// post sets each item's name in bold over its picture and repeats it as the caption under it,
// and the item's name stays.
func dropPictureLines(body string, captions, credits map[string]int) string {
	if len(captions)+len(credits) == 0 {
		return body
	}
	// A credit run together with a caption is looked up by the paragraph's own prefixes and
	// suffixes of each credit's length: the page's credits are short (maxCaption) and of a few
	// lengths, and trying every credit on every paragraph was quadratic in the page's pictures
	// (10,000 picture blocks with their own credits: 1.7 s).
	lengths := make([]int, 0, len(credits))
	for c := range credits {
		lengths = append(lengths, len(c))
	}
	slices.Sort(lengths)
	lengths = slices.Compact(lengths)
	picture := func(p string) string {
		if captions[p] > 0 || credits[p] > 0 {
			return p
		}
		for _, l := range lengths {
			if l > len(p) {
				break
			}
			if credits[p[:l]] > 0 {
				if rest := strings.TrimSpace(p[l:]); captions[rest] > 0 {
					return rest
				}
			}
			if credits[p[len(p)-l:]] > 0 {
				if rest := strings.TrimSpace(p[:len(p)-l]); captions[rest] > 0 {
					return rest
				}
			}
		}
		return ""
	}
	paras := strings.Split(body, "\n\n")
	keys := make([]string, len(paras))
	seen := map[string]int{}
	for i, p := range paras {
		if k := picture(normSpace(p)); k != "" {
			keys[i] = k
			seen[k]++
		}
	}
	if len(seen) == 0 {
		return body
	}
	kept := make([]string, 0, len(paras))
	for i, p := range paras {
		k := keys[i]
		if k != "" && seen[k] <= captions[k]+credits[k] {
			seen[k]-- // one of the last occurrences, as many as the page's picture lines
			continue
		}
		if k != "" {
			seen[k]--
		}
		kept = append(kept, p)
	}
	out := strings.Join(kept, "\n\n")
	if len(kept) == len(paras) || float64(len(out)) < minStoryAfterPictures*float64(len(body)) {
		return body
	}
	return out
}

// pictureBlockAtom reports the elements a picture block's caption or credit line is set in.
func pictureBlockAtom(a atom.Atom) bool { return a == atom.Div || a == atom.Span || a == atom.P }

// maxPictureCaption bounds the runes of a caption pictureBlockCaption drops: a few sentences.
const maxPictureCaption = 1000

// pictureBlockCredit reports the credit line of a picture set in a <div> block rather than a
// <figure> ("<div class="block image"><div class="visual"><img></div><div class="credits">foto:
// Name</div><div class="caption">…</div></div>"): an element named for credits, short, next to
// the picture in the same block. figureCredit asks the same inside a <figure> only.
func pictureBlockCredit(n *html.Node, cls string) bool {
	if !pictureBlockAtom(n.DataAtom) || !creditNamed(cls) || textLonger(n, maxCaption) {
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
	if !pictureBlockAtom(n.DataAtom) || !captionClass(cls) ||
		textLonger(n, maxPictureCaption) || findElement(n, func(c *html.Node) bool { return c != n && (c.DataAtom == atom.P || isHeadingAtom(c.DataAtom)) }) != nil {
		return false
	}
	return pictureBefore(n)
}

// captionWords name a caption in the languages class names are written in besides English:
// Dutch "bijschrift"/"onderschrift", German "bildunterschrift", Italian "didascalia".
var captionWords = []string{"bijschrift", "onderschrift", "bildunterschrift", "didascalia"}

// captionClass reports a class or id naming a caption: "caption" or a captionWords word
// anywhere in it, or the abbreviation "cap" as a word of its own or after a picture's name ("cap", "img-cap",
// "photo_cap", "piccap"), as table layouts of the 2000s named the line under a story's
// picture. A longer word holding "cap" ("capital", "recap", "handicap") names no caption.
func captionClass(cls string) bool {
	l := strings.ToLower(cls)
	if strings.Contains(l, "caption") || textsim.ContainsAny(l, captionWords) {
		return true
	}
	if !strings.Contains(l, "cap") {
		return false
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		switch w {
		case "cap", "imgcap", "piccap", "photocap", "imagecap", "fotocap":
			return true
		}
	}
	return false
}

// maxCreditsBetween bounds the credit lines pictureBefore steps over between a picture and its
// caption: a credit or two in real blocks. Unbounded, a run of credit-named siblings would make
// every one of them walk back over all the others (quadratic in the run).
const maxCreditsBetween = 4

// pictureBefore reports an element whose earlier siblings, credit lines aside (maxCreditsBetween
// of them), end in a picture: an <img>, or a box holding one and no text.
func pictureBefore(n *html.Node) bool {
	credits := 0
	for prev := n.PrevSibling; prev != nil; prev = prev.PrevSibling {
		switch {
		case prev.Type == html.TextNode && isBlank(prev.Data), prev.Type == html.CommentNode:
			continue
		case prev.Type != html.ElementNode:
			return false
		case prev.DataAtom == atom.Img:
			return true
		case credits < maxCreditsBetween && creditNamed(attr(prev, "class")+" "+attr(prev, "id")) && !textLonger(prev, maxCaption):
			credits++
			continue
		}
		return !textLonger(prev, 0) && findElement(prev, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
	}
	return false
}

// filePhotoLabels are the whole of the line Chinese pages print under a picture the story did
// not take itself: "file photo" ("资料图", "資料照片"), "picture from the web" ("网络图片").
var filePhotoLabels = map[string]bool{"资料图": true, "资料图片": true, "资料照片": true, "資料圖": true, "資料圖片": true,
	"資料照片": true, "网络图片": true, "網路圖片": true, "图片来源网络": true, "图片来自网络": true}

// captionMarks open a caption under its picture: "▲" points up at it ("▲气宇非凡的航站楼…",
// "▲广州日报全媒体图片记者…摄"), as Chinese pages set every caption of a post.
const captionMarks = "▲△"

// pointedLine reports a caption line opened by a caption mark (captionMarks), or a file-photo
// label (filePhotoLabels).
func pointedLine(t string) bool {
	if filePhotoLabels[t] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(captionMarks, r) && utf8.RuneCountInString(t) <= maxCaption
}

// textCaption reports a line of bare text right after a picture that is its caption: it repeats
// the picture's alt word for word ("<p><img alt=Caption>Caption</p>"), it opens with the mark
// pointing up at the picture ("<div><img></div>▲Caption<br>"), or it is a file-photo label. The
// line must end at a <br>, a block or its parent's end: text that runs on is the story's.
func textCaption(t *html.Node) bool {
	if len(t.Data) > 4*maxCaption || isBlank(t.Data) {
		return false
	}
	for s := t.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && isBlank(s.Data) || s.Type == html.CommentNode {
			continue
		}
		if s.Type != html.ElementNode || s.DataAtom != atom.Br && !isBlockTag(s.DataAtom) {
			return false
		}
		break
	}
	// The picture last: the walk back is the costly part, and most text is no line of its own.
	img := imageBefore(t)
	if img == nil || inLinkNear(t) {
		return false
	}
	text := normSpace(t.Data)
	if alt := normSpace(attr(img, "alt")); text == alt && captionSizedAlt(alt) {
		return true
	}
	return pointedLine(text)
}

// pointedLeads are the runes a pointed line (pointedLine) can open with: the caption marks and
// the file-photo labels' first ideographs. The element's first rune is checked before its text
// is built.
const pointedLeads = captionMarks + "资資网網图"

// maxLeadNodes bounds the nodes leadRune reads to find an element's first letter.
const maxLeadNodes = 16

// leadRune returns the first rune of the first text under n that is not white space, or 0 when
// none is found among its first nodes.
func leadRune(n *html.Node) rune {
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > maxLeadNodes {
			return 0
		}
		if d.Type == html.TextNode {
			if !isBlank(d.Data) {
				t := strings.TrimSpace(d.Data)
				r, _ := utf8.DecodeRuneInString(t)
				return r
			}
		}
	}
	return 0
}

// pointedCaption reports an element right after a picture whose text is a pointed caption or a
// file-photo label (pointedLine): "<p><img></p><p>▲Caption</p>".
func pointedCaption(n *html.Node) bool {
	if !altRepeatAtoms[n.DataAtom] || !strings.ContainsRune(pointedLeads, leadRune(n)) || textLonger(n, maxCaption) {
		return false
	}
	t := normText(n)
	return t != "" && pointedLine(t) && imageBefore(n) != nil && !inLinkNear(n)
}

// imageBefore returns the picture right before n, past white space, comments and a <br>: an
// <img>, or the only one in an element that holds no text; nil when there is none.
func imageBefore(n *html.Node) *html.Node {
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.TextNode && isBlank(prev.Data) || prev.Type == html.CommentNode || prev.Type == html.ElementNode && prev.DataAtom == atom.Br) {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode {
		return nil
	}
	if prev.DataAtom == atom.Img {
		return prev
	}
	switch prev.DataAtom {
	case atom.A, atom.Span, atom.Div, atom.P, atom.Figure, atom.Center:
		return soleImage(prev)
	}
	return nil
}

// creditEndRe matches the picture credit a Korean, Chinese or Japanese caption ends with: "…
// /서울경찰청 제공" (provided by), "(사진=연합뉴스)", "…（港台圖片）", "（新華社圖）",
// "（記者李明攝）", "（写真：共同）".
var creditEndRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:[/／]\s*[^\s/／][^/／]{0,24}?\s*제공|[(\[<〈]?\s*사진\s*(?:제공\s*)?[=:：]\s*[^()\[\]<>〈〉=]{1,24}[)\]>〉]?|` +
		`[（(][^（()）]{0,12}(?:圖片|图片|圖|图|攝|摄|提供|相片|照片)[）)]|[（(](?:写真|撮影)[^（()）]{0,20}[）)])\s*$`)
})

// creditEnds are the last runes a caption creditEndRe matches can end with, asked before the
// expression.
const creditEnds = "공)）]>〉"

// creditedCaption reports a short element right after a picture whose text ends with the
// picture's credit (creditEndRe): "<p class=photo><img></p><p class=aboutPhoto>… 구속된
// 이경우(36) /서울경찰청 제공</p>". Whatever its class, a line that credits a picture's source
// is the picture's caption; a story's sentence ends otherwise.
func creditedCaption(n *html.Node) bool {
	if !altRepeatAtoms[n.DataAtom] || n.FirstChild == nil {
		return false
	}
	// The last rune first (at most maxLeadNodes nodes read), then the length and the text: few
	// lines end so, while the length is counted from the element's first text, through every
	// empty wrapper of a large box before it, and the walk back to a picture is the costly part.
	if !strings.ContainsRune(creditEnds, tailRune(n)) || textLonger(n, maxCaption) {
		return false
	}
	t := normText(n)
	return creditEndRe().MatchString(t) && imageBefore(n) != nil && !inLinkNear(n)
}

// tailRune returns the last rune of the last text under n that is not white space, or 0 when
// none is found among its last maxLeadNodes nodes.
func tailRune(n *html.Node) rune {
	seen := 0
	var r rune
	var walk func(c *html.Node) bool // true: done
	walk = func(c *html.Node) bool {
		for d := c.LastChild; d != nil; d = d.PrevSibling {
			if seen++; seen > maxLeadNodes {
				return true
			}
			if d.Type == html.TextNode {
				if !isBlank(d.Data) {
					t := strings.TrimSpace(d.Data)
					r, _ = utf8.DecodeLastRuneInString(t)
					return true
				}
			} else if d.Type == html.ElementNode && walk(d) {
				return true
			}
		}
		return false
	}
	walk(n)
	return r
}
