package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// The story text is read several ways, because any one heuristic collapses on some layout:
// go-readability's scoring (the main reading), the page's named article container
// (class/id "article-body", itemprop=articleBody, Korean "article-view-content"…), the
// publisher's own JSON-LD articleBody, and the whole page as a last resort. chooseBody keeps
// readability's reading unless another one is clearly the story and readability's is not.

// containerRe matches class, id and itemprop values that name the element holding a story.
var containerRe = regexp.MustCompile(`(?i)article[-_]?body|article[-_]?content|article[-_]?text|article[-_]?view|article[-_]?detail|` +
	`article__(?:body|content|text)|articletxt|article_txt|art_?txt|story[-_]?(?:body|content|text)|` +
	`news[-_]?(?:body|content|text|view|article)|newsct_article|dic_area|view[-_]?(?:content|cont|text|body)|cont_view|` +
	`post[-_]?(?:content|body|text)|entry[-_]?(?:content|body)|content[-_]?(?:body|text)|body[-_]?text|main[-_]?text|` +
	`rich[-_]?text|read[-_]?body|detail[-_]?body|text[-_]?content|artikel[-_]?(?:text|inhalt|body)|본문`)

// containerHints are substrings every containerRe match contains; checking them first
// spares the regular expression on most elements.
var containerHints = []string{"article", "story", "news", "post", "entry", "content", "body", "text", "txt", "view",
	"dic_area", "artikel", "본문"}

// namesContainer reports class, id and itemprop values naming the story's element. No
// containerRe alternative holds a space, so each word is tried alone, and only a word holding a
// hint: utility-class layouts put a hundred words on one element, and the regular expression
// over all of them was a tenth of extraction's time.
func namesContainer(names string) bool {
	for _, w := range strings.Fields(names) {
		l := strings.ToLower(w)
		for _, h := range containerHints {
			if strings.Contains(l, h) {
				if containerRe.MatchString(l) {
					return true
				}
				break
			}
		}
	}
	return false
}

// Sizes are counted in word tokens (an ideograph is one), so Japanese and English compare.
const (
	// minBody is the size under which a reading counts as collapsed: a headline or a caption.
	minBody = 40
	// fragment is the size under which a reading may be one piece of a longer story.
	fragment = 180
)

// bodyCandidate is one reading of the story text.
type bodyCandidate struct {
	text   string
	size   int // tokens
	tokens []string
}

func newCandidate(text string) bodyCandidate {
	t := textsim.Tokens(text)
	return bodyCandidate{text: text, size: len(t), tokens: t}
}

// chooseBody reads the story every way and picks one. desc is the page's own summary.
func chooseBody(doc *html.Node, base *url.URL, ldBody, desc string) string {
	r := newCandidate(readableText(doc, base))
	var c bodyCandidate
	if n := articleContainer(doc); n != nil {
		postclean(n)
		c = newCandidate(renderText(n))
	}
	if j := newCandidate(ldText(ldBody)); j.size >= minBody && !truncated(j, r) {
		return againstReference(r, c, j)
	}
	best := r
	descTokens := textsim.Tokens(desc)
	switch {
	case betterContainer(r, c, descTokens):
		best = c
	case len(descTokens) >= 8 && textsim.Recall(r.tokens, descTokens) < 0.5:
		// Readability took a login form, a list of names or a ticker that has nothing of what
		// the page says it is about: read the story from the paragraph that says it.
		// A block many times smaller than a long reading is not the story either: such a
		// description is the site's own tagline, and the block restating it the footer.
		if n := anchoredBlock(doc, descTokens); n != nil {
			postclean(n)
			if d := newCandidate(renderText(n)); d.size >= minBody && textsim.Recall(d.tokens, descTokens) >= 0.7 &&
				(r.size < fragment || 4*d.size >= r.size) {
				best = d
			}
		}
	}
	if best.size < minBody {
		if j := newCandidate(ldText(ldBody)); j.size > best.size {
			best = j
		}
	}
	if best.size < minBody {
		// Nothing reads as a story: the page's whole text is better than a fragment.
		if all := newCandidate(renderText(bodyOf(doc))); all.size > best.size {
			return all.text
		}
	}
	return best.text
}

// truncated reports a JSON-LD body that is only the opening of the story readability found:
// paywalled and teaser pages state the first paragraphs only.
func truncated(j, r bodyCandidate) bool {
	return j.size*2 < r.size && textsim.Recall(r.tokens, j.tokens) >= 0.85
}

// againstReference picks, when the publisher states its article body, the reading that agrees
// with it best (readability on a tie, for its paragraph breaks), or the stated body itself.
func againstReference(r, c, j bodyCandidate) string {
	const agree = 0.85
	fr, fc := textsim.F1(r.tokens, j.tokens), textsim.F1(c.tokens, j.tokens)
	switch {
	case fr >= agree && fr+0.02 >= fc:
		return r.text
	case fc >= agree:
		return c.text
	}
	return j.text
}

// betterContainer reports whether the named container should replace readability's reading:
// readability collapsed or disagrees with the page's description while the container agrees,
// or the container holds readability's text and much more (readability took one fragment).
func betterContainer(r, c bodyCandidate, desc []string) bool {
	if c.size < minBody {
		return false
	}
	agreeC, agreeR := 1.0, 1.0
	if len(desc) >= 5 {
		agreeC, agreeR = textsim.Recall(c.tokens, desc), textsim.Recall(r.tokens, desc)
	}
	switch {
	case r.size < minBody:
		return true
	case agreeR < 0.5 && agreeC >= 0.7:
		return true
	case c.size > r.size && textsim.Recall(c.tokens, r.tokens) < 0.3 && agreeC >= agreeR:
		// Readability read something else entirely (comments, a teaser list) while the page
		// names a larger container for its story.
		return true
	case r.size < fragment && c.size >= 2*r.size && textsim.Recall(c.tokens, r.tokens) >= 0.9 && agreeC >= agreeR:
		// A short reading inside a named container twice its size: readability kept one
		// block of a story split across several. A long reading is left alone: what a
		// container adds to a whole story is galleries and comments.
		return true
	}
	return false
}

// readableText runs go-readability on the pre-cleaned document and renders its article node.
func readableText(doc *html.Node, base *url.URL) string {
	text, _ := readable(doc, base)
	return text
}

// articleContainer finds the element a named class, id or itemprop marks as the story: among
// matches with mostly non-link text, the innermost one that still holds nearly all the text
// of the largest (so a wrapper's sidebar stays out).
func articleContainer(doc *html.Node) *html.Node {
	type match struct {
		n     *html.Node
		prose int // runes outside links
	}
	var found []match
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			}
			if names := attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop"); namesContainer(names) && textLonger(n, 100) {
				text, links := textAndLinks(n)
				runes := utf8.RuneCountInString(text)
				if prose := runes - links; links*3 < runes {
					found = append(found, match{n, prose})
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	if len(found) == 0 {
		return nil
	}
	largest := found[0]
	for _, m := range found[1:] {
		if m.prose > largest.prose {
			largest = m
		}
	}
	best := largest
	for _, m := range found {
		if m.prose*10 >= largest.prose*9 && isAncestor(best.n, m.n) {
			best = m
		}
	}
	return best.n
}

// anchoredBlock finds the paragraph that best restates the page's description and widens it to
// the ancestor holding the story: upward while the text stays mostly prose, stopping below a
// page wrapper many times larger than what was gathered.
func anchoredBlock(doc *html.Node, desc []string) *html.Node {
	var anchor *html.Node
	best := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				walk(ch)
			}
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.A:
			return
		case atom.P, atom.Div, atom.Td, atom.Section, atom.Article, atom.Li, atom.Blockquote:
			// The paragraph sharing most words with the description, where they make up at least
			// half of the shorter of the two: descriptions often run over two paragraphs.
			if (n.DataAtom == atom.P || hasOwnText(n)) && !textLonger(n, 3000) {
				t := textsim.Tokens(textOf(n))
				if o := textsim.Overlap(t, desc); o > best && len(t) >= 8 && 2*o >= min(len(t), len(desc)) {
					anchor, best = n, o
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	if anchor == nil {
		return nil
	}
	node := anchor
	_, prose := proseOf(node)
	for p := node.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
		runes, pp := proseOf(p)
		if runes == 0 || (runes-pp)*10 > runes*3 || (prose >= 200 && pp > 8*prose) {
			break
		}
		node, prose = p, pp
	}
	return node
}

// proseOf returns an element's text length and how much of it lies outside links.
func proseOf(n *html.Node) (runes, prose int) {
	text, links := textAndLinks(n)
	runes = utf8.RuneCountInString(text)
	return runes, runes - links
}

// hasOwnText reports an element with a non-blank text node as a direct child.
func hasOwnText(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "" {
			return true
		}
	}
	return false
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// ldText turns a JSON-LD articleBody, which some publishers fill with HTML, into text. The
// HTML may itself be entity-escaped ("&lt;p class=&quot;texto&quot;&gt;…"), so markup is
// looked for after unescaping.
func ldText(s string) string {
	s = strings.TrimSpace(textsim.DropInvisible(s))
	if s == "" {
		return ""
	}
	if !strings.ContainsRune(s, '<') && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	if strings.ContainsRune(s, '<') {
		wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		if nodes, err := html.ParseFragment(strings.NewReader(s), wrap); err == nil {
			// One tree, so inline markup ("a <a>link</a>.") stays inside its sentence.
			for _, n := range nodes {
				wrap.AppendChild(n)
			}
			return render(wrap, true)
		}
	}
	return tidyParagraphs(html.UnescapeString(s))
}

// headlineArticle returns the story of the <article> that holds the page's headline when the
// reading came from another one: pages that load the next story below the first (infinite
// scroll) give readability two articles, and it takes the longer. The reading stays when it
// shares most of its text with the headline's article, or that article is too short to be a story.
func headlineArticle(doc *html.Node, reading, title string) string {
	if title == "" {
		return reading
	}
	var art *html.Node
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 && sameHeadline(normSpace(textOf(n)), title) {
			for a := n.Parent; a != nil; a = a.Parent {
				if a.Type == html.ElementNode && a.DataAtom == atom.Article {
					art = a
					break
				}
			}
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	if art == nil || !otherArticle(art) {
		return reading
	}
	postclean(art)
	a := newCandidate(renderText(art))
	r := newCandidate(reading)
	if a.size < 2*minBody || textsim.Recall(a.tokens, r.tokens) >= 0.5 {
		return reading
	}
	return a.text
}

// otherArticle reports whether the page has another <article> as long as a story (not a teaser
// card) outside art.
func otherArticle(art *html.Node) bool {
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found || n == art {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Article && !isAncestor(n, art) && textLonger(n, 1500) {
			found = true
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for top := art; top != nil; top = top.Parent {
		if top.Parent == nil {
			walk(top)
		}
	}
	return found
}
