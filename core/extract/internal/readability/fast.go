package readability

// Speed-ups of paperboy's copy (see README.md): the same results as the upstream code they
// replace, with fewer copies of a subtree's text.

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"

	"paperboy/core/extract/internal/readability/internal/re2go"
)

// nodeText is dom.TextContent with the result allocated once at its final size: the text
// of large subtrees is asked for again and again while scoring.
func nodeText(node *html.Node) string {
	// A text node, or an element holding one text node only, is its text as it stands: the
	// scoring walk asks for the text of every text node (isWhitespace), and a copy of each
	// was most of the builder's work.
	if node.Type == html.TextNode && node.FirstChild == nil {
		return node.Data
	}
	if c := node.FirstChild; node.Type != html.TextNode && c != nil && c == node.LastChild && c.Type == html.TextNode && c.FirstChild == nil {
		return c.Data
	}
	size := 0
	forEachText(node, func(s string) { size += len(s) })
	var b strings.Builder
	b.Grow(size)
	forEachText(node, func(s string) { b.WriteString(s) })
	return b.String()
}

// nonSpaceRunesReach reports that the text under node (node included, every text node as
// nodeText joins them) holds at least limit runes other than white space, stopping as soon as it
// does. checkByline asks it before building the text: byline classes nested in one another would
// otherwise each build the text of every inner one (quadratic in the depth), and a text of that
// many non-space runes is never a valid byline (isValidByline's bound counts all its runes).
func nonSpaceRunesReach(node *html.Node, limit int) bool {
	count := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				if !unicode.IsSpace(r) {
					if count++; count >= limit {
						return true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(node)
}

// forEachText calls f with every text node under node (node included) in document order, the
// order dom.TextContent concatenates them in.
func forEachText(node *html.Node, f func(string)) {
	if node.Type == html.TextNode {
		f(node.Data)
	}
	for c := node.FirstChild; c != nil; c = c.NextSibling {
		forEachText(c, f)
	}
}

// isSpaceByte is the class re2go.NormalizeSpaces collapses: RE2's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// collapseSpaces is re2go.NormalizeSpaces, which copies its input twice even when there is
// no run of spaces to collapse; then the input is returned as it is.
func collapseSpaces(s string) string {
	for i := 1; i < len(s); i++ {
		if isSpaceByte(s[i]) && isSpaceByte(s[i-1]) {
			return re2go.NormalizeSpaces(s)
		}
	}
	return s
}

// innerTextLen is charCount(ps.getInnerText(node, true)) without building the string: the text
// is gathered into a buffer the parser reuses, trimmed like strings.TrimSpace, and each run of
// two or more \s bytes counts as the one space NormalizeSpaces leaves of it. The bytes are the
// same as getInnerText's, so invalid UTF-8 counts the same too: a \s byte is ASCII and ends any
// sequence, however many of them stand in a row.
func (ps *Parser) innerTextLen(node *html.Node) int {
	buf := ps.textBuf[:0]
	forEachText(node, func(s string) { buf = append(buf, s...) })
	ps.textBuf = buf[:0]
	return collapsedLen(buf)
}

// collapsedLen is charCount(collapseSpaces(strings.TrimSpace(string(b)))), counted in place: a
// run of k \s bytes leaves one of them, so each \s byte right after another is one rune fewer.
// One pass counts both: an ASCII byte is a rune, the others are decoded as utf8.RuneCount reads
// them (a byte of invalid UTF-8 is one rune), and none of them is \s.
func collapsedLen(b []byte) int {
	b = bytes.TrimSpace(b)
	n := 0
	prev := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			sp := spaceBytes[c]
			if !sp || !prev {
				n++
			}
			prev = sp
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		n++
		prev = false
		i += size
	}
	return n
}

// spaceBytes marks the bytes isSpaceByte reports, looked up in collapsedLen's loop over every
// byte of a candidate's text.
var spaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\f': true, '\r': true}

// linkSpan is the run of an element's gathered text that one link under it holds.
// scratch holds a parser's reused buffers between pages (scratchPool): a parser is made for one
// page, and growing the text buffer and the link list again for every page was a tenth of the
// bytes readability allocated.
type scratch struct {
	textBuf   []byte
	linkSpans []linkSpan
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch bounds the buffers kept for the next page, so one huge page's do not stay
// allocated while small pages follow.
const maxScratch = 1 << 20

// takeScratch gives the parser the buffers a parser released before it (empty ones at first).
func (ps *Parser) takeScratch() {
	ps.scratch = scratchPool.Get().(*scratch)
	ps.textBuf, ps.linkSpans = ps.scratch.textBuf[:0], ps.scratch.linkSpans[:0]
}

// releaseScratch hands the parser's buffers, grown on this page, to the next parser. The link
// list's nodes are cleared first: they belong to this page's tree, which the pool must not keep
// alive.
func (ps *Parser) releaseScratch() {
	s, buf, spans := ps.scratch, ps.textBuf, ps.linkSpans
	ps.scratch, ps.textBuf, ps.linkSpans = nil, nil, nil
	if cap(buf) > maxScratch {
		buf = nil
	}
	if cap(spans)*int(unsafe.Sizeof(linkSpan{})) > maxScratch {
		spans = nil
	}
	clear(spans[:cap(spans)])
	s.textBuf, s.linkSpans = buf[:0], spans[:0]
	scratchPool.Put(s)
}

type linkSpan struct {
	link       *html.Node
	start, end int
}

// getLinkDensity gets the density of links as a percentage of the content. This is the
// amount of text that is inside a link divided by the total text in the node.
//
// One walk does what innerTextLen of the element, dom.GetElementsByTagName(element, "a") and
// innerTextLen of each link did in as many: a link's text is a run of its ancestor's, in
// document order, so its length is counted from the bytes gathered for the element. Scoring
// asks this of every candidate, the page's outer wrappers included, so each walk covered
// most of a long page.
func (ps *Parser) getLinkDensity(element *html.Node) float64 {
	buf, spans := ps.textBuf[:0], ps.linkSpans[:0]
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			buf = append(buf, n.Data...)
		}
		// The links in the order dom.GetElementsByTagName lists them (the element itself is
		// not one of them), so the lengths are summed in the same order.
		k := -1
		if n != element && n.Type == html.ElementNode && n.Data == "a" {
			k = len(spans)
			spans = append(spans, linkSpan{link: n, start: len(buf)})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if k >= 0 {
			spans[k].end = len(buf)
		}
	}
	walk(element)
	ps.textBuf, ps.linkSpans = buf[:0], spans[:0]

	textLength := collapsedLen(buf)
	if textLength == 0 {
		return 0
	}
	var linkLength float64
	for _, sp := range spans {
		href := strings.TrimSpace(dom.GetAttribute(sp.link, "href"))
		coefficient := 1.0
		if href != "" && rxHashURL.MatchString(href) {
			coefficient = 0.3
		}
		linkLength += float64(collapsedLen(buf[sp.start:sp.end])) * coefficient
	}
	return linkLength / float64(textLength)
}

// countCleanTags counts the <p>, <img>, <li> and <input> elements under node (node itself
// not counted), what cleanConditionally listed with four dom.GetElementsByTagName walks.
func countCleanTags(node *html.Node) (p, img, li, input int) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.Data {
				case "p":
					p++
				case "img":
					img++
				case "li":
					li++
				case "input":
					input++
				}
			}
			walk(c)
		}
	}
	walk(node)
	return p, img, li, input
}

// commaCount is go-readability's getCharCount(node, ","), counted in the text nodes: trimming and collapsing
// white space never removes a comma, so building the whole inner text to count them (as
// cleanConditionally did for every table, list and div of the article) is not needed.
func commaCount(node *html.Node) int {
	n := 0
	forEachText(node, func(s string) { n += strings.Count(s, ",") })
	return n
}

// textRun is the run of the text gathered from a subtree that one candidate holds, buf[start:end],
// with the links inside it, links[first:last].
type textRun struct{ start, end, first, last int }

// linkDensities is getLinkDensity of each of the candidates, all under root, from one walk of
// root: scoring asks it of every candidate, and the candidates are nested (a paragraph's parent,
// grandparent and up to five levels), so walking each one gathered the text of the page's outer
// wrappers again and again. The walk gathers root's text once; a candidate's text is the run of
// it that its subtree holds, the same bytes getLinkDensity gathers, and its links are the links
// the walk meets inside its subtree, summed in the same (document) order. A candidate the walk
// does not meet is asked getLinkDensity.
func (ps *Parser) linkDensities(root *html.Node, candidates []*html.Node) []float64 {
	out := make([]float64, len(candidates))
	at := make(map[*html.Node]int, len(candidates))
	for i, c := range candidates {
		at[c] = i
	}
	runs := make([]textRun, len(candidates))
	found := make([]bool, len(candidates))
	buf, links := ps.textBuf[:0], ps.linkSpans[:0]
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			buf = append(buf, n.Data...)
			return
		}
		i, isCandidate := -1, false
		if n.Type == html.ElementNode {
			i, isCandidate = at[n]
		}
		if isCandidate {
			runs[i].start = len(buf)
		}
		k := -1
		if n.Type == html.ElementNode && n.Data == "a" {
			k = len(links)
			links = append(links, linkSpan{link: n, start: len(buf)})
		}
		if isCandidate {
			runs[i].first = len(links) // the candidate itself is not one of its links
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if k >= 0 {
			links[k].end = len(buf)
		}
		if isCandidate {
			runs[i].end, runs[i].last = len(buf), len(links)
			found[i] = true
		}
	}
	walk(root)
	ps.textBuf, ps.linkSpans = buf[:0], links[:0]

	lengths := runLengths(buf, runs)
	linkLengths := make([]float64, len(links))
	measured := make([]bool, len(links))
	for i, c := range candidates {
		if !found[i] {
			out[i] = ps.getLinkDensity(c)
			continue
		}
		r := runs[i]
		textLength := lengths[i]
		if textLength == 0 {
			continue
		}
		var linkLength float64
		for k := r.first; k < r.last; k++ {
			if !measured[k] {
				sp := links[k]
				href := strings.TrimSpace(dom.GetAttribute(sp.link, "href"))
				coefficient := 1.0
				if href != "" && rxHashURL.MatchString(href) {
					coefficient = 0.3
				}
				linkLengths[k], measured[k] = float64(collapsedLen(buf[sp.start:sp.end]))*coefficient, true
			}
			linkLength += linkLengths[k]
		}
		out[i] = linkLength / float64(textLength)
	}
	return out
}

// runLengths is collapsedLen of each run's bytes buf[start:end], counted in one pass over buf:
// in valid UTF-8 a rune is a byte that does not continue a sequence, so the runes of a trimmed
// run and the \s bytes in it that follow another \s byte (what collapsing removes; a trimmed run
// opens with no \s byte) are differences of running totals taken at its ends. A run that does
// not start and end on a rune boundary, or any run when buf is not valid UTF-8, is counted by
// collapsedLen.
func runLengths(buf []byte, runs []textRun) []int {
	out := make([]int, len(runs))
	if !utf8.Valid(buf) {
		for i, r := range runs {
			out[i] = collapsedLen(buf[r.start:r.end])
		}
		return out
	}
	boundary := func(i int) bool { return i == len(buf) || utf8.RuneStart(buf[i]) }
	type mark struct{ at, run, sign int }
	marks := make([]mark, 0, 2*len(runs))
	for i, r := range runs {
		if !boundary(r.start) || !boundary(r.end) {
			out[i] = collapsedLen(buf[r.start:r.end])
			continue
		}
		s := buf[r.start:r.end]
		t := bytes.TrimSpace(s)
		if len(t) == 0 {
			continue
		}
		a := r.start + cap(s) - cap(t)
		marks = append(marks, mark{a, i, -1}, mark{a + len(t), i, +1})
	}
	slices.SortFunc(marks, func(x, y mark) int { return x.at - y.at })
	runes, extra, pos := 0, 0, 0
	for _, m := range marks {
		for ; pos < m.at; pos++ {
			c := buf[pos]
			if utf8.RuneStart(c) {
				runes++
			}
			if spaceBytes[c] && pos > 0 && spaceBytes[buf[pos-1]] {
				extra++
			}
		}
		out[m.run] += m.sign * (runes - extra)
	}
	return out
}

// cloneTree is dom.Clone(src, true) with the nodes and attributes of the copy allocated in two
// blocks, not one node and one attribute list at a time: readability copies the whole page once
// for itself and again for each attempt at the article. Each copy holds what dom.Clone's does
// (type, atom, data and a list of its own attributes, empty but not nil when there are none; no
// namespace) and is linked the same way.
func cloneTree(src *html.Node) *html.Node {
	nodes, attrs := 0, 0
	for n := range src.Descendants() {
		nodes++
		attrs += len(n.Attr)
	}
	nodes++ // src
	attrs += len(src.Attr)
	ns := make([]html.Node, nodes)
	as := make([]html.Attribute, attrs)
	var clone func(*html.Node) *html.Node
	clone = func(n *html.Node) *html.Node {
		c := &ns[0]
		ns = ns[1:]
		c.Type, c.DataAtom, c.Data = n.Type, n.DataAtom, n.Data
		if len(n.Attr) == 0 {
			c.Attr = []html.Attribute{}
		} else {
			k := copy(as, n.Attr)
			c.Attr = as[:k:k] // full: an attribute added to one copy cannot land in the next's
			as = as[k:]
		}
		for child := n.FirstChild; child != nil; child = child.NextSibling {
			c.AppendChild(clone(child))
		}
		return c
	}
	return clone(src)
}

// minBareMemo is the least number of nodes a subtree must hold for isElementWithoutContent to
// remember it in ps.bare: a small one costs less to walk again than to look up, and most pages
// hold none this large, so their ancestors are never looked up.
const minBareMemo = 256

// bareSubtree walks node's descendants once for isElementWithoutContent: words reports a text
// node holding a valid UTF-8 rune that is not white space (the walk stops there), breaks counts
// the <br> and <hr> elements (dom.GetElementsByTagName's "br" and "hr" together), nodes the
// nodes visited.
func bareSubtree(node *html.Node) (words bool, breaks, nodes int) {
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			nodes++
			switch c.Type {
			case html.TextNode:
				if utf8.ValidString(c.Data) && strings.TrimSpace(c.Data) != "" {
					return true
				}
			case html.ElementNode:
				if c.Data == "br" || c.Data == "hr" {
					breaks++
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	words = walk(node)
	return words, breaks, nodes
}

// underBare reports an ancestor of node that ps.bare holds.
func (ps *Parser) underBare(node *html.Node) bool {
	if len(ps.bare) == 0 {
		return false
	}
	for p := node.Parent; p != nil; p = p.Parent {
		if ps.bare[p] {
			return true
		}
	}
	return false
}

// elementChildren counts node's element children (len(dom.Children(node)), without the list).
func elementChildren(node *html.Node) int {
	n := 0
	for c := node.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			n++
		}
	}
	return n
}

// reprepare makes ps.doc a new copy of the caller's document prepared as ParseDocument
// prepares it, for another grabArticle attempt: the steps that change the tree, in the same
// order (getJSONLD and getArticleMetadata between them only read it). It holds what
// cloneTree(ps.doc) held before the first attempt changed ps.doc.
func (ps *Parser) reprepare() {
	ps.doc = cloneTree(ps.src)
	ps.bare = nil // the old copy's elements
	ps.unwrapNoscriptImages(ps.doc)
	ps.removeScripts(ps.doc)
	ps.prepDocument()
	asCloned(ps.doc)
}

// asCloned gives every node under root (root included) the fields cloneTree gives its copy,
// so the prepared document can stand for a copy of itself: no namespace (the nodes parsed
// from a noscript keep theirs), a non-nil attribute slice with no spare capacity (an
// attribute appended to the node then lands in a new array, as on a copy).
func asCloned(root *html.Node) {
	root.Namespace = ""
	if len(root.Attr) == 0 {
		root.Attr = []html.Attribute{}
	} else {
		root.Attr = root.Attr[:len(root.Attr):len(root.Attr)]
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		asCloned(c)
	}
}

// className is dom.ClassName, the class attribute's names joined by single spaces, returning a
// class already so written (nearly all are) as it is instead of splitting and joining it: it is
// asked of every element the scoring walks.
func className(node *html.Node) string {
	if cls := dom.GetAttribute(node, "class"); classNormal(cls) {
		return cls
	}
	return dom.ClassName(node)
}

// classNormal reports a class of ASCII names each followed by at most one space, the last by
// none: strings.Join(strings.Fields(cls), " ") is cls itself. Anything else, other white space
// or bytes above ASCII among them, takes dom.ClassName's way.
func classNormal(cls string) bool {
	for i := 0; i < len(cls); i++ {
		c := cls[i]
		if c >= utf8.RuneSelf || c != ' ' && spaceBytes[c] || c == '\v' {
			return false
		}
		if c == ' ' && (i == 0 || i == len(cls)-1 || cls[i-1] == ' ') {
			return false
		}
	}
	return true
}

// scoreText is what scoring reads of a paragraph's inner text, charCount and re2go.CountCommas
// of ps.getInnerText(node, true), without building the text: it is gathered into the buffer the
// parser reuses and counted in place (collapsedLen). Trimming and collapsing white space removes
// or merges only white-space runes, none of which is a comma or a byte of one, and a comma the
// matcher half read stops at the same white space either way; so the commas are counted in the
// gathered bytes as they are.
func (ps *Parser) scoreText(node *html.Node) (chars, commas int) {
	buf := ps.textBuf[:0]
	forEachText(node, func(s string) { buf = append(buf, s...) })
	chars = collapsedLen(buf)
	if chars >= 25 {
		// CountCommas copies its input before reading it: the buffer is not kept.
		commas = re2go.CountCommas(unsafe.String(unsafe.SliceData(buf), len(buf)))
	}
	ps.textBuf = buf[:0]
	return chars, commas
}

// stripCDATA is rxCDATA.ReplaceAllString(s, "") cut by hand: the expression, unanchored on the
// right, ran over the whole of a JSON-LD script to find the "]]>" that can only close it. Its
// first alternative is an opening "<![CDATA[" after \s bytes only; its second a "]]>" with
// nothing but \s bytes after it, so the last one, and only after the first match's end.
func stripCDATA(s string) string {
	head := 0
	i := 0
	for i < len(s) && spaceBytes[s[i]] {
		i++
	}
	if strings.HasPrefix(s[i:], "<![CDATA[") {
		head = i + len("<![CDATA[")
	}
	j := len(s)
	for j > head && spaceBytes[s[j-1]] {
		j--
	}
	tail := len(s)
	if j-len("]]>") >= head && strings.HasSuffix(s[:j], "]]>") {
		tail = j - len("]]>")
	}
	return s[head:tail]
}

// holdsHare reports "hare" in s in any ASCII case, which every match of rxShareElements holds:
// under (?i) only its "s" may also be a rune outside ASCII (U+017F), and "hare" has no such
// letter. The expression runs on every element's class and id under each top candidate.
func holdsHare(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'h' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'r' && s[i+3]|0x20 == 'e' {
			return true
		}
	}
	return false
}
