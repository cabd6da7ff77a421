package extract

import (
	"encoding/json"
	"index/suffixarray"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
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
	`rich[-_]?text|read[-_]?body|detail[-_]?body|text[-_]?content|artikel[-_]?(?:text|inhalt|body)|본문|field--?name-body`)

// containerHints are substrings every containerRe match contains; bareCodeWrappers looks for
// them in the class names around a code block.
var containerHints = []string{"article", "story", "news", "post", "entry", "content", "body", "text", "txt", "view",
	"dic_area", "artikel", "본문"}

// containerLiterals are containerRe's matches spelt out, every "[-_]?" as its three choices.
var containerLiterals = textsim.NewAnyOf(slices.Concat(
	seps("article", "body", "content", "text", "view", "detail"),
	[]string{"article__body", "article__content", "article__text", "articletxt", "article_txt", "arttxt", "art_txt"},
	seps("story", "body", "content", "text"), seps("news", "body", "content", "text", "view", "article"),
	[]string{"newsct_article", "dic_area", "cont_view"},
	seps("view", "content", "cont", "text", "body"), seps("post", "content", "body", "text"), seps("entry", "content", "body"),
	seps("content", "body", "text"), seps("body", "text"), seps("main", "text"), seps("rich", "text"), seps("read", "body"),
	seps("detail", "body"), seps("text", "content"), seps("artikel", "text", "inhalt", "body"),
	[]string{"본문", "field-name-body", "field--name-body"}))

// seps spells "head[-_]?(?:tail|…)" out.
func seps(head string, tails ...string) []string {
	var out []string
	for _, t := range tails {
		out = append(out, head+t, head+"-"+t, head+"_"+t)
	}
	return out
}

// containerWord is containerRe.MatchString of a lowered class word, by containerLiterals: under
// (?i) an ASCII letter of the expression also matches its upper case and, for k and s, the
// Kelvin sign and the long s. Lowering leaves neither upper case nor the Kelvin sign, so only a
// word holding "ſ" is left to the expression.
func containerWord(l string) bool {
	if strings.Contains(l, "ſ") {
		return containerRe.MatchString(l)
	}
	return containerLiterals.In(l)
}

// namesContainer reports class, id and itemprop values naming the story's element. No
// containerRe alternative holds a space, so each word is tried alone (containerWord): utility-class
// layouts put a hundred words on one element, and the regular expression over all of them was a
// tenth of extraction's time. seen keeps the verdict per word, as such
// layouts repeat the same few words on thousands of elements.
func namesContainer(seen map[string]bool, values ...string) bool {
	for _, v := range values {
		if anyField(v, func(w string) bool {
			named, ok := seen[w]
			if !ok {
				named = containerWord(strings.ToLower(w))
				seen[w] = named
			}
			return named
		}) {
			return true
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
	// minDescribed is the size from which the page's description is a sentence about the
	// story rather than a tagline, so agreeing with it marks the story's block.
	minDescribed = 10
)

// bodyCandidate is one reading of the story text.
type bodyCandidate struct {
	text   string
	size   int // tokens
	tokens []string
	// continued marks a named container followed in the page by a block of its own tag and
	// class: one block of a story the page splits into like blocks (around an advertisement slot).
	continued bool
}

func newCandidate(text string) bodyCandidate {
	t := textsim.Tokens(text)
	return bodyCandidate{text: text, size: len(t), tokens: t}
}

// chooseBody reads the story every way and picks one. desc is the page's own summary.
func chooseBody(doc *html.Node, base *url.URL, ldBody, title, desc string) string {
	text, post := readable(doc, base) // post: the reading is a post above reader comments
	r := newCandidate(text)
	if r.size < minBody && dropMarked(doc) {
		// Readability read a comment thread, or little beside one: the story is read again
		// from the page without its reader comments, and the longer reading kept.
		if again := newCandidate(readableText(doc, base)); again.size > r.size {
			r = again
		}
		post = postReading(r)
	}
	sheet := pageSheet(doc)
	for range 2 {
		// Readability read a block the browser does not show (another page's text a CMS left
		// in, a hidden guide, a notification box): without it, the story is read again.
		h := hiddenHolder(doc, sheet, r.text)
		if h == nil {
			// Or a notice the sheet hides was read after the story: without it, the same.
			h = overlayInReading(doc, sheet, r.text)
		}
		if h == nil {
			break
		}
		h.Parent.RemoveChild(h)
		r = newCandidate(readableText(doc, base))
	}
	var c bodyCandidate
	n := articleContainer(doc)
	items := false
	if n != nil {
		items = itemized(n)
		postclean(n)
		cutAtThread(n)
		c = newCandidate(renderText(n))
		c.continued = likeBlockAfter(n)
	}
	if j := newCandidate(dropRepeat(ldText(ldBody))); j.size >= minBody && !truncated(j, r) {
		if read := againstReference(r, c, j); read != j.text {
			return read
		}
		return ldParagraphs(doc, j.text)
	}
	if n != nil {
		// Without a stated body to check the readings against, a story whose page names each
		// paragraph as the story's container is read whole, not as its longest paragraph.
		if run := containerRun(n); len(run) > 1 {
			texts := make([]string, len(run))
			for i, m := range run {
				postclean(m)
				texts[i] = renderText(m)
			}
			c = newCandidate(strings.Join(texts, "\n\n"))
		}
	}
	best := r
	descTokens := textsim.Tokens(desc)
	if n != nil && len(descTokens) >= minDescribed && textsim.Recall(c.tokens, descTokens) < 0.5 && textsim.Recall(r.tokens, descTokens) < 0.5 {
		// Neither readability nor the named container tells what the page's description
		// says: the page names several stories' containers alike (the next stories, appended
		// as the reader scrolls) and both took a longer one. The one the description tells is
		// the page's story, when it is one: a header named like a container holds the lead
		// the description repeats, and no more.
		if m := describedContainer(doc, descTokens); m != nil && m != n && !isAncestor(m, n) && !isAncestor(n, m) && textLonger(m, 6*fragment) {
			postclean(m)
			cutAtThread(m)
			if told := newCandidate(renderText(m)); told.size >= fragment {
				n, items, c = m, itemized(m), told
			}
		}
	}
	switch {
	case ldBody == "" && c.size < r.size:
		if m := splitModules(doc, r, descTokens); m.size > 0 {
			best = m
		}
	}
	switch {
	case betterContainer(r, c, descTokens):
		best = c
	case items && c.size > r.size && r.size >= minBody && textsim.Recall(c.tokens, r.tokens) >= 0.95 &&
		(len(descTokens) < 5 || textsim.Recall(c.tokens, descTokens) >= textsim.Recall(r.tokens, descTokens)) &&
		wholeItems(n, r.text):
		// The named container is the story cut into like items (text, heading, embed, text…)
		// and readability kept some of them whole and left the others out: the container is
		// the whole story.
		best = c
	case len(descTokens) >= 8 && textsim.Recall(r.tokens, descTokens) < 0.5:
		// Readability took a login form, a list of names or a ticker that has nothing of what
		// the page says it is about: read the story from the paragraph that says it.
		// A block many times smaller than a long reading is not the story either: such a
		// description is the site's own tagline, and the block restating it the footer.
		if n, anchor := anchoredBlockAt(doc, descTokens); n != nil {
			postclean(n)
			if d := newCandidate(renderText(n)); d.size >= minBody && textsim.Recall(d.tokens, descTokens) >= 0.7 &&
				(r.size < fragment || 4*d.size >= r.size) && !(opensWithHeadline(r.text, title) && !opensWithHeadline(d.text, title)) &&
				!headerOnly(d, title, descTokens) && !standfirstWidened(anchor, r, d) {
				best = d
			}
		}
	}
	brief := false
	if best.text == r.text {
		// A brief of a paragraph or two, under the size articleContainer reads, that readability
		// read with the lists of other stories' headlines around it: the named brief alone.
		if s := shortNamedStory(doc, r); s.size > 0 {
			best, brief = s, true
		}
	}
	if best.text == r.text && r.size >= minBody {
		// Readability read a box beside a short post (the blog's About box, a disclaimer, an
		// author's biography) that outweighs it: the container the page names under its
		// headline is the post. A reading that is the page's named story container, whole,
		// is no such box: the block under the headline is then the story's header (its lead
		// beside the byline), and the story opens below it with what the lead does not say
		// (a list of key points). headlinePost is asked all the same: it cleans the post it
		// names in the page, which the standfirst is looked for in later. Nor is a reading that
		// holds the named story container whole and goes on past it (the story split into two
		// blocks of one name around a picture): the header's standfirst, in a block of the same
		// name, is then no post of its own.
		hp, named := headlinePost(doc, title)
		switch {
		case named && !sameText(r, c) && !readsContainerOn(r, c, hp) && hp.size < r.size && textsim.Recall(r.tokens, hp.tokens) < 0.5 &&
			(len(descTokens) < 5 || textsim.Recall(hp.tokens, descTokens) >= 0.5 && textsim.Recall(hp.tokens, descTokens) > textsim.Recall(r.tokens, descTokens)):
			best = hp
		case !named && describedPost(r, hp, descTokens) && !(n != nil && proseText(r.text) && textsim.Recall(c.tokens, r.tokens) >= 0.9):
			// Unless the reading is sentences the page's named story container holds: then
			// the block under the headline is its standfirst, which the description repeats
			// and a short story below it does not.
			best = hp
		}
	}
	if best.text == r.text && r.size < fragment && len(descTokens) >= minDescribed && (r.size >= minBody || post) {
		// A post of a picture and a line, read with the blog's small print or About box beside
		// it: the element the page names as the post says the description whole and no more.
		// It is the post, under a story's size: the short-post fallbacks below would widen it
		// to the block under the headline again. Read again without its reader thread, a short
		// reading that says hardly any of the description is no post readers commented on but
		// what the page keeps outside the post and the thread (the blog's tagline in its header).
		if d := describedShortPost(doc, descTokens); d.size > 0 &&
			(2*d.size <= r.size && textsim.Recall(r.tokens, d.tokens) >= 0.9 || post && textsim.Recall(r.tokens, descTokens) < 0.5) {
			return d.text
		}
	}
	if best.size < minBody {
		if j := newCandidate(ldText(ldBody)); j.size > best.size {
			best = j
			best.text = ldParagraphs(doc, j.text)
		}
	}
	if best.size < minBody {
		// A page built by script in the reader's browser ships an empty body and carries the
		// story as HTML inside its inline state ("contentHtml":"\u003cp>…").
		if s := scriptStory(doc, descTokens); s.size > best.size {
			best = s
		}
	}
	if best.size < minBody && post && !brief {
		// The reading ended at a reader thread, and what stood above the thread in it is not the
		// post: the site's footer or the thread's rules ("Please read our Community Guidelines"),
		// read from a block that leaves the story out (readability drops a short post beside a
		// table of linked names as link-dense). The block under the headline is the post. A
		// reading that is the post (a picture and a line) lies within that block, and stays.
		if hp, _ := headlinePost(doc, title); hp.size >= minBody && hp.size > best.size &&
			textsim.Recall(hp.tokens, best.tokens) < 0.5 {
			return hp.text
		}
	}
	if best.size < minBody && !post && !brief {
		// A short post: the block the page sets under its headline is the post, where the
		// page's whole text would add the blog's sidebar, archive and comment form to it.
		// A brief shortNamedStory took from the lists around it is no such fragment.
		// A gallery there is none of the post's text: an entry whose story was taken down
		// keeps one line under its headline and, below, the "Also on" slideshow of another
		// story, its captions waiting hidden for a script (readability read none of them).
		dropMarks(doc, galleryMark)
		// The block under the headline may be only its date line ("Published: 22.05.20, 17:06"
		// over a one-paragraph news flash): the story read elsewhere is longer, and is the post.
		if hp, _ := headlinePost(doc, title); hp.size > 0 && !(best.size > hp.size && pubdate.IsStamp(normSpace(hp.text))) {
			if hp.size < minBody && textsim.Recall(hp.tokens, best.tokens) >= 0.8 {
				return best.text // readability read the same short post, without its header
			}
			if teaserPadded(doc, best, hp, descTokens) {
				return best.text
			}
			return hp.text
		}
		if (len(descTokens) < 5 || textsim.Recall(best.tokens, descTokens) >= 0.5) && namedPost(doc, best) {
			return best.text
		}
		// Nothing reads as a story: the page's whole text is better than a fragment. A post
		// that readers comment on may be a picture and a line: the fragment is the post.
		dropMarked(doc)
		if all := newCandidate(renderText(bodyOf(doc))); all.size > best.size && !teaserPadded(doc, best, all, descTokens) {
			return all.text
		}
	}
	return best.text
}

// headerOnly reports a block that is the article's header — a kicker, the headline, the
// standfirst the description repeats, a date line — and no story: its first line says most of
// the title and it holds at most a dozen words that are neither the title's nor the
// description's. Such a block restates the description by nature, so agreeing with it does not
// make it the story (a story set in sibling blocks the page names by style alone leaves
// readability one part of it, and the header the only block that agrees).
func headerOnly(d bodyCandidate, title string, desc []string) bool {
	tt := textsim.Tokens(title)
	if len(tt) < 3 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(d.text), "\n\n")
	if textsim.Recall(textsim.Tokens(first), tt) < 0.6 {
		return false
	}
	said := append(tt, desc...)
	return d.size-textsim.Overlap(d.tokens, said) <= 12
}

// teaserPadded reports a wider reading (the block under the headline, the whole page) that is a
// short reading r padded with lists of other stories: a brief of a sentence or two, which the
// page's description repeats, set beside the site's teasers (a headline link, then a line or
// none) in the same column. r holds the description whole (nine tenths of its words) and the
// description is most of r, so r is the story the page describes and not a caption or a piece
// of it; the wider reading holds r and, besides it, lines of which a third or more, and three at
// least, open with a link's text. A story readability read only the first block of adds its
// other paragraphs, which do not open with links, and keeps the wider reading.
func teaserPadded(doc *html.Node, r, wider bodyCandidate, desc []string) bool {
	if len(desc) < minDescribed || r.size < minDescribed || wider.size < 2*r.size ||
		textsim.Recall(r.tokens, desc) < 0.9 || textsim.Recall(desc, r.tokens) < 0.5 || textsim.Recall(wider.tokens, r.tokens) < 0.9 {
		return false
	}
	// Both loops are bounded (maxLinkTexts anchors, as many lines): each line is looked up among
	// the anchors, which a page of thousands of links would make quadratic.
	var anchors []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if len(anchors) >= maxLinkTexts {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if t := normText(n); textsim.CountTokens(t) >= 3 {
				anchors = append(anchors, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	extra, linked := 0, 0
	for l := range strings.SplitSeq(wider.text, "\n\n") {
		if l = strings.TrimSpace(l); l == "" || strings.Contains(r.text, l) {
			continue
		}
		if extra++; extra > maxLinkTexts {
			break
		}
		for _, a := range anchors {
			if strings.HasPrefix(l, a) {
				linked++
				break
			}
		}
	}
	return linked >= 3 && 3*linked >= extra
}

// describedPost reports the block under the page's headline (hp, in no named container) as the
// story where readability read something else: a list of other stories' teasers, or a box of
// events beside a story typed as one block of <br>-parted lines, which readability scores as one
// paragraph. The description says what the block under the headline says (0.8 of its words) and
// hardly what the reading says (under half); the reading holds under half of the block, which is
// half the reading's size or more, so a header (the headline and a standfirst repeating the
// description) does not replace a long story read below it; and the block holds under half of
// the reading, which is elsewhere on the page: a reading inside the block is the story without
// its lead, which the description repeats.
func describedPost(r, hp bodyCandidate, desc []string) bool {
	return len(desc) >= 5 && hp.size >= minBody && 2*hp.size >= r.size &&
		textsim.Recall(hp.tokens, desc) >= 0.8 && textsim.Recall(r.tokens, desc) < 0.5 && textsim.Recall(r.tokens, hp.tokens) < 0.5 && textsim.Recall(hp.tokens, r.tokens) < 0.5
}

// shortPostRunes bounds the elements describedShortPost reads: a line or two of a post.
const shortPostRunes = 1000

// describedShortPost returns the text of an element the page names as its story's container
// (entry-body, post-content…) that holds the page's description and nothing more (nine tenths
// of the words both ways) and is under a story's size, or an empty candidate. A blog describes a
// post of a picture and a line by that line whole; a longer post's description is its opening
// cut short, which no named container's whole text matches. The container is matched at any
// length here, where articleContainer skips short ones. It is the whole post only when no other
// named element holds more: a news page may name its lead ("lead textContent") apart from the
// rest of the story ("text textContent"), and the lead is what the description repeats.
func describedShortPost(doc *html.Node, desc []string) bodyCandidate {
	var named []*html.Node
	var found *html.Node
	forNamedContainers(doc, func(n *html.Node) {
		if !textLonger(n, 0) {
			return
		}
		named = append(named, n)
		if found == nil && !textLonger(n, shortPostRunes) {
			t := textsim.Tokens(textOf(n))
			if len(t) >= minDescribed && len(t) < minBody && textsim.Recall(t, desc) >= 0.9 && textsim.Recall(desc, t) >= 0.9 {
				found = n
			}
		}
	})
	if found == nil {
		return bodyCandidate{}
	}
	post := textsim.Tokens(textOf(found))
	for _, m := range named {
		switch {
		case m == found || isAncestor(found, m):
		case isAncestor(m, found):
			// A named element around the line holds the post: it must add nothing to it.
			if textLonger(m, shortPostRunes) || textsim.Recall(post, textsim.Tokens(textOf(m))) < 0.9 {
				return bodyCandidate{}
			}
		case wordsAtLeast(m, minDescribed):
			return bodyCandidate{}
		}
	}
	postclean(found)
	return newCandidate(renderText(found))
}

// opensWithHeadline reports a reading whose first lines hold the page's headline: readability
// read the story under its headline. A description that is the site's tagline anchors the block
// that repeats it (a list of the site's stories, its footer), not the story: such a block, the
// headline not above it, does not replace the story read under the headline.
func opensWithHeadline(text, title string) bool {
	if squash(title) == "" {
		return false
	}
	for i, p := range strings.SplitN(strings.TrimSpace(text), "\n\n", 4) {
		if i == 3 {
			break
		}
		if sameHeadline(strings.TrimSpace(p), title) {
			return true
		}
	}
	return false
}

// postReading reports a reading, taken again once the comment thread is gone, that is the post
// readers commented on: some sentences, not the comment form's box ("Leave a Reply", then the
// sidebar beside it) nor the thread's heading.
func postReading(r bodyCandidate) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(r.text), "\n\n")
	return r.size >= minDescribed && !commentsOpen.MatchString(first) && !commentsHead.MatchString(first)
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
	// The two recalls of the pair share one count of common tokens (textsim.Overlap is the same
	// either way round), counted once when first asked: the cases below ask it up to eight times.
	common := -1
	shared := func() int {
		if common < 0 {
			common = textsim.Overlap(c.tokens, r.tokens)
		}
		return common
	}
	cr := func() float64 { return textsim.RecallOf(shared(), len(r.tokens)) } // textsim.Recall(c.tokens, r.tokens)
	rc := func() float64 { return textsim.RecallOf(shared(), len(c.tokens)) } // textsim.Recall(r.tokens, c.tokens)
	agreeC, agreeR := 1.0, 1.0
	if len(desc) >= 5 {
		agreeC, agreeR = textsim.Recall(c.tokens, desc), textsim.Recall(r.tokens, desc)
	}
	switch {
	case r.size < minBody:
		return true
	case agreeR < 0.5 && agreeC >= 0.7:
		return true
	case c.size > r.size && cr() < 0.3 && agreeC >= agreeR:
		// Readability read something else entirely (comments, a teaser list) while the page
		// names a larger container for its story.
		return true
	case c.size >= minBody && cr() < 0.3 && figureTable(r.text) && proseText(c.text):
		// Readability read a table of figures (a weather widget's forecasts for every city,
		// market quotes) that outweighs a story of a few paragraphs: the named container
		// holds sentences, the reading none.
		return true
	case len(desc) >= minDescribed && c.size >= fragment && r.size >= 4*c.size && agreeC >= 0.8 && agreeC >= agreeR+0.3 &&
		cr() < 0.3 && rc() < 0.8:
		// Readability read a long river of other stories (a blog's front page below the post)
		// that does not hold the story: the named container tells what the page's description
		// says and the reading, many times its size, hardly does.
		return true
	case r.size < fragment && c.size >= 2*r.size && cr() >= 0.9 && agreeC >= agreeR:
		// A short reading inside a named container twice its size: readability kept one
		// block of a story split across several. A long reading is left alone: what a
		// container adds to a whole story is galleries and comments.
		return true
	case len(desc) >= minDescribed && r.size >= 4*c.size && agreeC >= 0.8 && rc() >= 0.9 &&
		textsim.Recall(c.tokens, r.tokens[:r.size/4]) < 0.3 && textsim.Recall(r.tokens[:min(r.size, c.size+c.size/10)], c.tokens) < 0.9:
		// Readability took a page column that holds the story below a list of other headlines
		// (a news feed, an author's other articles): the named container is a quarter of that
		// reading or less, says what the page's description says, and is not where the reading
		// opens. A story split across blocks opens the reading with its own first lines.
		return true
	case c.size >= fragment && 2*r.size >= 3*c.size && (agreeC >= agreeR || standfirstAbove(r, c, desc)) &&
		textsim.Recall(r.tokens[:min(r.size, c.size+c.size/10)], c.tokens) >= 0.9:
		// Readability took a page column around the named container: the container's story
		// opens the reading whole, and what follows it comes from outside the container (the
		// rails of other stories' teasers beside it, a consent dialog after the page). The
		// reading agrees better with the description only for the standfirst the header sets
		// above the container, which is no reason to keep the rails below it.
		return true
	case c.size < fragment && r.size > c.size && r.size < 4*fragment && agreeC >= agreeR &&
		rc() >= 0.9 && !proseBeside(r.text, c.text):
		// A short story the page names whole, read by readability with the column around it:
		// the headline again, the byline and stamp, a font-size picker's sample letters, the
		// list of other headlines under it. Nothing the reading adds is a sentence; a story
		// split across blocks adds its other paragraphs, which are.
		return true
	case c.size >= 2*r.size && cr() >= 0.9 && agreeC >= agreeR &&
		textsim.Recall(r.tokens, c.tokens[:c.size/4]) < 0.3:
		// A long reading that starts late in its container: readability kept the story's
		// second half (an inline box split the text) and the container's opening quarter, where
		// a story starts, is missing from it. Galleries and comments come after a story.
		return true
	}
	return false
}

// standfirstAbove reports a reading r that opens, before the named container c's first words,
// with a short header (a fifth of c or less) saying what the page's description says: the
// standfirst the page sets above its story block, which the description repeats.
// A container continued by a like block is one block of a split story, and the block above
// it that the description restates is then the story's first paragraph, not a standfirst.
func standfirstAbove(r, c bodyCandidate, desc []string) bool {
	if c.continued || len(desc) < minDescribed || c.size < openingRun {
		return false
	}
	at := tokenRunAt(r.tokens[:min(r.size, c.size/5+openingRun)], c.tokens[:openingRun])
	return at > 0 && textsim.Recall(r.tokens[:at], desc) >= 0.8
}

// likeBlockAfter reports an element after n in the page, not inside it, of n's tag and class:
// the next block of a story the page splits into like blocks, a sibling or a cousin in another
// grid cell. The walk stops at the first such block.
func likeBlockAfter(n *html.Node) bool {
	cls := attr(n, "class")
	var walk func(*html.Node) bool
	walk = func(m *html.Node) bool {
		if m.Type == html.ElementNode && m.DataAtom == n.DataAtom && attr(m, "class") == cls {
			return true
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	for a := n; a != nil; a = a.Parent {
		for s := a.NextSibling; s != nil; s = s.NextSibling {
			if walk(s) {
				return true
			}
		}
	}
	return false
}

// openingRun is how many of a container's first tokens standfirstAbove looks for in a reading.
const openingRun = 8

// tokenRunAt returns the index in tokens where run occurs whole, or -1. Its work is
// len(tokens)·len(run) at most, and callers bound both.
func tokenRunAt(tokens, run []string) int {
	for i := 0; i+len(run) <= len(tokens); i++ {
		if slices.Equal(tokens[i:i+len(run)], run) {
			return i
		}
	}
	return -1
}

// proseBeside reports whether reading holds a line the named container's text does not that
// reads as the story's: a sentence of some length (minProseRunes runes or more, closed by a
// stop), or any line longer than a headline (maxLabelRunes).
func proseBeside(reading, container string) bool {
	for l := range strings.SplitSeq(reading, "\n") {
		l = strings.TrimSpace(l)
		if n := utf8.RuneCountInString(l); (n > maxLabelRunes || n >= minProseRunes && endsWithStop(l)) && !strings.Contains(container, l) {
			return true
		}
	}
	return false
}

// minProseRunes is the shortest line proseBeside counts as a sentence of a story: a link's or a
// label's text is shorter or does not end like one.
const minProseRunes = 30

// maxLabelRunes bounds the lines of a story's column proseBeside leaves out: a headline in a
// list of others, a label, a byline.
const maxLabelRunes = 100

// sameText reports two readings of one text: each holds nine tenths of the other's words.
func sameText(a, b bodyCandidate) bool {
	if a.size < minBody || b.size < minBody {
		return false
	}
	common := textsim.Overlap(a.tokens, b.tokens) // counted once: both recalls share it
	return textsim.RecallOf(common, len(b.tokens)) >= 0.9 && textsim.RecallOf(common, len(a.tokens)) >= 0.9
}

// readsContainerOn reports a reading r that holds the named story container c nearly whole
// (nine tenths of its words), c is at least half of r, and c is not the headline's post hp:
// the reading is the named story, read on past the block the container ends with.
func readsContainerOn(r, c, hp bodyCandidate) bool {
	return c.size >= minBody && 2*c.size >= r.size && textsim.Recall(r.tokens, c.tokens) >= 0.9 &&
		textsim.Recall(c.tokens, hp.tokens) < 0.5
}

// readableText runs go-readability on the pre-cleaned document and renders its article node.
func readableText(doc *html.Node, base *url.URL) string {
	text, _ := readable(doc, base)
	return text
}

// articleContainer finds the element a named class, id or itemprop marks as the story: among
// matches with mostly non-link text, the innermost one that still holds nearly all the text
// of the largest (so a wrapper's sidebar stays out). A match inside a block the browser does not
// show is no story.
func articleContainer(doc *html.Node) *html.Node { return pickContainer(containerMatches(doc)) }

// containerMatch is an element named as the story's container, with its runes outside links.
type containerMatch struct {
	n     *html.Node
	prose int
}

// describedContainer is articleContainer among the named containers that tell what the page's
// description says (nine tenths of its words): a page that appends the next stories as the
// reader scrolls names each one the same, and the longest is then another story.
func describedContainer(doc *html.Node, desc []string) *html.Node {
	var told []containerMatch
	for _, m := range containerMatches(doc) {
		if textsim.Recall(textsim.Tokens(textOf(m.n)), desc) >= 0.9 {
			told = append(told, m)
		}
	}
	return pickContainer(told)
}

// containerMatches lists the elements a class, id or itemprop names as the story's container,
// outside blocks the browser does not show, holding text that is mostly not links.
func containerMatches(doc *html.Node) []containerMatch {
	var found []containerMatch
	var counts runeMemo // named containers nest: each is counted once
	forNamedContainers(doc, func(n *html.Node) {
		if !textLonger(n, 100) {
			return
		}
		if runes, links := counts.textAndLinkRunes(n); links*3 < runes {
			found = append(found, containerMatch{n, runes - links})
		}
	})
	return found
}

// forNamedContainers hands visit, in document order, every element a class, id or itemprop
// names as the story's container, outside code, the <head> and blocks the browser does not show.
func forNamedContainers(doc *html.Node, visit func(*html.Node)) {
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if findSkips(n) {
				return
			}
			if hiddenBlock(n) {
				return
			}
			if namesContainer(seen, attr(n, "class"), attr(n, "id"), attr(n, "itemprop")) {
				visit(n)
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
}

// pickContainer returns, among named containers, the innermost one that still holds nearly all
// the prose of the largest, or nil when there is none.
func pickContainer(found []containerMatch) *html.Node {
	if len(found) == 0 {
		return nil
	}
	// A container the page marks as the story in schema.org terms (itemprop=articleBody) is
	// the story even when a teaser card's excerpt ("<p class=art_txt>" beside it) is longer:
	// a class name matches a card as readily as the story, the itemprop only the story.
	if marked := slices.IndexFunc(found, func(m containerMatch) bool { return attr(m.n, "itemprop") == "articleBody" }); marked >= 0 &&
		!slices.ContainsFunc(found, func(m containerMatch) bool { return m.n != found[marked].n && attr(m.n, "itemprop") == "articleBody" }) {
		story := found[marked].n
		found = slices.DeleteFunc(found, func(m containerMatch) bool {
			return m.n != story && !isAncestor(m.n, story) && !isAncestor(story, m.n)
		})
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

// minItems is the number of like items from which a container is a story cut into items.
const minItems = 4

// itemized reports a container whose children are all blocks of one tag and one class holding
// text, minItems or more ("<div class=item>" after "<div class=item>"): a story a CMS builds of
// text, heading and embed items. Readability scores each item on its own and may drop the short
// ones (a heading item, a line of text between two embeds). Furniture inside a container (a
// share bar, an author's box, related links) has a class of its own and breaks the run.
func itemized(n *html.Node) bool {
	var key string
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && !isBlank(c.Data):
			return false
		case c.Type != html.ElementNode:
			continue
		}
		k := c.Data + "|" + attr(c, "class")
		switch {
		case attr(c, "class") == "":
			return false
		case key == "":
			key = k
		case k != key:
			return false
		}
		if textLonger(c, 0) {
			count++
		}
	}
	return count >= minItems
}

// wholeItems reports a reading that took each item of an itemized container whole or left it
// out, and left out only prose: every line of an item is in the reading, or none is, and an item
// left out is mostly not links. An item the reading holds in part had furniture inside it that
// readability cleaned out (a promotion box, a share line), and the container would bring it back.
func wholeItems(n *html.Node, reading string) bool {
	read := squash(reading)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		in, out := 0, 0
		for _, line := range strings.Split(renderText(c), "\n\n") {
			if q := squash(line); len(q) < 3 {
				continue
			} else if strings.Contains(read, q) {
				in++
			} else {
				out++
			}
		}
		if in > 0 && out > 0 {
			return false
		}
		if in == 0 && out > 0 {
			// An item left out whole is the story's when it is prose: a heading, a paragraph
			// between two embeds. A card that is one link to another page is a teaser.
			if runes, links := textAndLinkRunes(c); 3*links >= runes {
				return false
			}
		}
	}
	return true
}

// minRun is the number of paragraphs from which a repeated container name marks a story's
// paragraphs rather than one box that happens to share its name with another.
const minRun = 3

// containerRun returns the paragraphs of a story whose page names each one as the story
// ("<p><span itemprop=articleBody>…</span></p>" once a paragraph, or sibling
// "<p class=article-text>"): the named element, joined in page order with its siblings of the same
// tag and names, or with the same-named sole content of its parent's siblings; the largest match
// alone would be the story's longest paragraph. With fewer than minRun such paragraphs it returns
// n alone.
func containerRun(n *html.Node) []*html.Node {
	key := containerKey(n)
	unit := n
	if p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && soleContent(p) == n {
		unit = p
	}
	if unit.Parent == nil {
		return []*html.Node{n}
	}
	var parts []*html.Node
	for s := unit.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || s.DataAtom != unit.DataAtom {
			continue
		}
		m := s
		if unit != n {
			if m = soleContent(s); m == nil {
				continue
			}
		}
		if m.DataAtom == n.DataAtom && containerKey(m) == key {
			parts = append(parts, m)
		}
	}
	if len(parts) < minRun {
		return []*html.Node{n}
	}
	return parts
}

// containerKey is the tag and names (class, id, itemprop) a container match is recognised by.
func containerKey(n *html.Node) string {
	return n.Data + "|" + attr(n, "class") + "|" + attr(n, "id") + "|" + attr(n, "itemprop")
}

// soleContent returns the one element child of p that holds all of p's text, or nil.
func soleContent(p *html.Node) *html.Node {
	var only *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && !isBlank(c.Data):
			return nil
		case c.Type == html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// anchoredBlock finds the paragraph that best restates the page's description and widens it to
// the ancestor holding the story: upward while the text stays mostly prose, stopping below a
// page wrapper many times larger than what was gathered.
func anchoredBlock(doc *html.Node, desc []string) *html.Node {
	n, _ := anchoredBlockAt(doc, desc)
	return n
}

// anchoredBlockAt is anchoredBlock, which also returns the paragraph it widened.
func anchoredBlockAt(doc *html.Node, desc []string) (block, para *html.Node) {
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
		return nil, nil
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
	return node, anchor
}

// standfirstWidened reports a block d widened from a standfirst — the paragraph the page's
// description repeats, set right under the <h1> in the story's header — to a page wrapper
// that holds the reading r whole and three times over: the site's menus, teasers and footer
// around header and story. The description says the standfirst, which newsrooms write for the
// headline and do not repeat in the story, so a reading of sentences that hardly says it is the
// story below the header, not a login form or a ticker; the wrapper is the page, not the story.
func standfirstWidened(anchor *html.Node, r, d bodyCandidate) bool {
	if anchor == nil || d.size < 3*r.size || r.size < minDescribed || textsim.Recall(d.tokens, r.tokens) < 0.9 || !proseText(r.text) {
		return false
	}
	seen := 0
	for s := anchor.PrevSibling; s != nil && seen < 2; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s.DataAtom == atom.H1 {
			return true
		}
		seen++
	}
	return false
}

// proseOf returns an element's text length and how much of it lies outside links.
func proseOf(n *html.Node) (runes, prose int) {
	runes, links := textAndLinkRunes(n)
	return runes, runes - links
}

// hasOwnText reports an element with a non-blank text node as a direct child.
func hasOwnText(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.TextNode && !isBlank(ch.Data) {
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
		if wrap := fragmentTree(s); wrap != nil {
			return decodeLeftEntities(render(wrap, true))
		}
	}
	return decodeLeftEntities(tidyParagraphs(html.UnescapeString(s)))
}

// leftEntityRe matches a character reference still standing in text that was already decoded.
var leftEntityRe = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});`)

// decodeLeftEntities decodes the references left in an articleBody escaped twice by its
// publisher ("&amp;ccedil;" came out "&ccedil;"): the page itself shows the letter "ç".
func decodeLeftEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 || !leftEntityRe.MatchString(s) {
		return s
	}
	return html.UnescapeString(s)
}

// jsonStringRe matches a JSON string literal of at least 200 bytes holding an escaped or plain
// paragraph tag: the shape of a story's HTML in a script-built page's state.
var jsonStringRe = regexp.MustCompile(`"(?:[^"\\]|\\.){200,}"`)

// maxStateScan bounds how much inline script is searched for a story.
const maxStateScan = 4 << 20

// scriptStory finds the story of a page whose body the browser builds from inline script state
// (Next.js, React Query, Nuxt): the longest JSON string of paragraph HTML in a non-JSON-LD
// script that shares the description's words. Each framework names the field differently
// ("contentHtml", "body", "content"), so the value is recognised by its shape, not its key.
// It is called only when every other reading collapsed.
func scriptStory(doc *html.Node, desc []string) bodyCandidate {
	var best bodyCandidate
	scanned := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if n.FirstChild == nil || strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || scanned > maxStateScan {
				return
			}
			code := n.FirstChild.Data
			scanned += len(code)
			if !strings.Contains(code, `\u003cp`) && !strings.Contains(code, "<p") {
				return
			}
			for _, lit := range jsonStringRe.FindAllString(code, -1) {
				if !strings.Contains(lit, `\u003cp`) && !strings.Contains(lit, "<p") {
					continue
				}
				var v string
				if json.Unmarshal([]byte(lit), &v) != nil {
					continue
				}
				c := newCandidate(stateHTMLText(v))
				if c.size <= best.size || len(desc) >= 5 && textsim.Recall(c.tokens, desc) < 0.5 {
					continue
				}
				best = c
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}

// stateHTMLText renders a story's HTML taken from script state, cleaned of captions and
// furniture the way the page's own tree is.
func stateHTMLText(s string) string {
	wrap := fragmentTree(s)
	if wrap == nil {
		return ""
	}
	preclean(wrap)
	postclean(wrap)
	return renderText(wrap)
}

// fragmentTree parses an HTML fragment (a JSON-LD articleBody, a script state's story) into one
// <div>, so inline markup ("a <a>link</a>.") stays inside its sentence; nil when it does not parse.
func fragmentTree(s string) *html.Node {
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), wrap)
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		wrap.AppendChild(n)
	}
	return wrap
}

// splitModules reads a story its page cut into sibling modules of one class ("<div class=con>"
// paragraph modules between gallery and info-box modules): readability keeps the largest module
// only. It finds the element holding the reading's first paragraph, climbs to the level whose
// siblings of the same tag and class carry more prose, and joins those siblings in page order.
// It returns an empty candidate unless the join holds the reading and a third more text.
func splitModules(doc *html.Node, r bodyCandidate, desc []string) bodyCandidate {
	var none bodyCandidate
	if r.size < minBody {
		return none
	}
	first := ""
	for _, line := range strings.Split(r.text, "\n\n") {
		if utf8.RuneCountInString(line) >= 80 {
			first = line
			break
		}
	}
	if first == "" {
		return none
	}
	probe := normSpace(first)
	if len(probe) > 60 {
		probe = probe[:60]
	}
	var hit *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if hit != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && strings.Contains(normText(n), probe) {
			hit = n
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	level := 0
	var inner *html.Node // the reading's own text box: the nearest classed element holding its first paragraph
	for a := hit; a != nil && a.Parent != nil && level < 10; a, level = a.Parent, level+1 {
		if a.Type != html.ElementNode || a.DataAtom == atom.Body {
			break
		}
		cls := attr(a, "class")
		if isBlank(cls) {
			continue
		}
		var mods []*html.Node
		var parts []string
		boxed := false // a module was taken for the text box it holds, not for its own class
		for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s == a {
				mods = append(mods, s)
				parts = append(parts, renderText(s))
				continue
			}
			if s.Type != html.ElementNode || s.DataAtom != a.DataAtom || !textLonger(s, 100) {
				continue
			}
			if attr(s, "class") == cls {
				if storyModule(s) {
					mods = append(mods, s)
					parts = append(parts, renderText(s))
				}
				continue
			}
			if inner == nil || inner == a {
				continue
			}
			// A content system that wraps each part of the story in a component of its own kind
			// (a text part, a text part with a list, a part beside a related-links box) names the
			// parts' wrappers apart and their text boxes alike: a sibling holding boxes named as
			// the reading's is more of the story, whole when it reads as prose, else its boxes.
			boxes := likeBoxes(s, inner)
			if len(boxes) == 0 {
				continue
			}
			if storyModule(s) {
				mods = append(mods, s)
				parts = append(parts, renderText(s))
				boxed = true
				continue
			}
			for _, b := range boxes {
				if storyModule(b) {
					mods = append(mods, b)
					parts = append(parts, renderText(b))
					boxed = true
				}
			}
		}
		if inner == nil && a.DataAtom != atom.P {
			inner = a
		}
		if len(mods) < 2 || mods[0] == a {
			// Only a reading that starts late is widened: comment threads and lists of other
			// stories, made of the same boxes, follow a story, its opening does not.
			continue
		}
		m := newCandidate(strings.Join(parts, "\n\n"))
		if 3*m.size < 4*r.size {
			continue // the modules add nothing much yet: climb
		}
		// Parts found by their text boxes may come to several times the one readability chose
		// (a story in five sections under subheads): one story still, when no part holds a
		// headline of its own, as each of several stories does.
		most := 3
		if boxed && !slices.ContainsFunc(mods, holdsH1) {
			most = 6
		}
		if m.size > most*r.size || textsim.Recall(m.tokens, r.tokens) < 0.9 ||
			len(desc) >= 5 && textsim.Recall(m.tokens, desc) < textsim.Recall(r.tokens, desc) {
			// Many times the reading is a page of several stories, not one story in pieces.
			return none
		}
		return m
	}
	return none
}

// storyModule reports a block that reads as a part of a story: links are under three tenths
// of its text, it opens with no link, and one of its lines is a sentence.
func storyModule(n *html.Node) bool {
	runes, prose := proseOf(n)
	return (runes-prose)*10 <= runes*3 && leadLink(n) == nil && hasSentenceLine(renderText(n))
}

// likeBoxes returns the elements inside n of box's tag and class, not nested in one another.
func likeBoxes(n, box *html.Node) []*html.Node {
	cls := attr(box, "class")
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for c := c.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == box.DataAtom && attr(c, "class") == cls {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// holdsH1 reports an <h1> inside n.
func holdsH1(n *html.Node) bool {
	return findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.H1 }) != nil
}

// hasSentenceLine reports a rendered text with a line of at least 80 characters: a module of
// story text holds a paragraph, where a code listing's line numbers or a list of links do not.
func hasSentenceLine(text string) bool {
	for _, line := range strings.Split(text, "\n\n") {
		if utf8.RuneCountInString(line) >= 80 {
			return true
		}
	}
	return false
}

// headlineArticle returns the story of the <article> that holds the page's headline when the
// reading came from another one: pages that load the next story below the first (infinite
// scroll) give readability two articles, and it takes the longer. The reading stays when it
// shares most of its text with the headline's article, or that article is too short to be a story.
// Without an <article> apiece, the page is cut at the next story's headline (nextStoryCut).
// A reading that holds the headline's article and runs on into the next stories' <article>s
// (readability read their common parent) is cut back to the headline's article too.
func headlineArticle(doc *html.Node, reading, title, desc string) string {
	if title == "" {
		return reading
	}
	kt := squash(title) // once: the match is asked of every <h1>
	head := findElement(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.H1 && sameSquashed(squash(normText(n)), kt)
	})
	h1 := head != nil
	if head == nil {
		// A page with no <h1> for its headline prints it in an <h2>: its <article> is the
		// story all the same when the next stories' <article>s follow it.
		head = findElement(doc, func(n *html.Node) bool {
			return n.DataAtom == atom.H2 && sameSquashed(squash(normText(n)), kt)
		})
		if head == nil {
			return reading
		}
	}
	var art *html.Node
	for a := head.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.DataAtom == atom.Article {
			art = a
			break
		}
	}
	if art == nil {
		if !h1 {
			return reading
		}
		return nextStoryCut(doc, head, reading, title, desc)
	}
	// The reading runs on past the headline's article only when it is the longer text: most
	// pages' readings are that article's story, and the page is not walked for other ones.
	if !textLonger(art, nonSpaceCount(reading)) {
		if others := headedArticles(doc, art, kt); len(others) > 0 && linesIn(reading, "", others) >= 2 {
			postclean(art)
			a, r := newCandidate(renderText(art)), newCandidate(reading)
			if a.size >= 2*minBody && readsOnIntoStories(a, r, others) {
				return a.text
			}
		}
	}
	if !otherArticle(art) {
		if !h1 {
			return reading
		}
		return nextStoryCut(doc, head, reading, title, desc)
	}
	postclean(art)
	a := newCandidate(renderText(art))
	r := newCandidate(reading)
	if a.size < 2*minBody || textsim.Recall(a.tokens, r.tokens) >= 0.5 {
		return reading
	}
	return a.text
}

// nonSpaceCount counts the runes of s that are not white space, as textLonger counts a node's.
func nonSpaceCount(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// headedArticles returns the squashed text of each <article> outside art (neither holding it
// nor held by it) under a headline of its own (its first <h1>–<h3>, not the page's headline kt):
// the next stories a page sets below its story, whole or as teasers.
func headedArticles(doc, art *html.Node, kt string) []string {
	var others []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n == art {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Article && !isAncestor(n, art) {
			h := findElement(n, func(m *html.Node) bool {
				return m.DataAtom == atom.H1 || m.DataAtom == atom.H2 || m.DataAtom == atom.H3
			})
			if h != nil {
				if t := squash(normText(h)); t != "" && !sameSquashed(t, kt) {
					others = append(others, squash(normText(n)))
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return others
}

// minStoryLine is the length, in squashed runes, from which a reading's line is distinctive
// enough to be placed in one article of the page.
const minStoryLine = 40

// linesIn counts the lines of reading, of minStoryLine runes or more and not in own (squashed),
// that one of the squashed texts in holds.
func linesIn(reading, own string, in []string) int {
	n, _ := placeLines(reading, own, in)
	return n
}

// placeLines counts the lines of reading (minStoryLine squashed runes or more) outside own that
// one of the texts in holds, and those that none does.
func placeLines(reading, own string, in []string) (found, lost int) {
	var lines []string
	for line := range strings.SplitSeq(reading, "\n\n") {
		if l := squash(line); utf8.RuneCountInString(l) >= minStoryLine {
			lines = append(lines, l)
		}
	}
	ownText, inTexts := newTextSearch([]string{own}, len(lines)), newTextSearch(in, len(lines))
	for _, l := range lines {
		if own != "" && ownText.holds(l) {
			continue
		}
		if inTexts.holds(l) {
			found++
		} else {
			lost++
		}
	}
	return found, lost
}

// maxPlainSearch bounds the bytes textSearch lets strings.Contains read for all the lines asked:
// a story's few dozen lines against a few articles. More (thousands of lines against megabytes
// of next stories, each line read against all of them) are looked up in a suffix array.
const maxPlainSearch = 16 << 20

// textSearch answers whether a line stands in one of a few texts (squashed: letters and digits
// only): with strings.Contains when the lines times the texts' bytes stay under maxPlainSearch,
// else in a suffix array of the texts joined by a NUL byte, which no squashed line holds, so no
// line is found across two texts (fuzz33: placeLines read every line against every text, a
// quadratic read of a long page). index/suffixarray is the standard library's.
type textSearch struct {
	texts []string
	index *suffixarray.Index
}

// newTextSearch prepares texts for lines lookups.
func newTextSearch(texts []string, lines int) textSearch {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	if lines*size <= maxPlainSearch {
		return textSearch{texts: texts}
	}
	return textSearch{index: suffixarray.New([]byte(strings.Join(texts, "\x00")))}
}

// holds reports a text that holds l.
func (s textSearch) holds(l string) bool {
	if s.index != nil {
		return len(s.index.Lookup([]byte(l), 1)) > 0
	}
	return slices.ContainsFunc(s.texts, func(o string) bool { return strings.Contains(o, l) })
}

// readsOnIntoStories reports a reading r that holds the headline's article a whole (nine tenths
// of its words) and goes on into the next stories' articles (others, squashed): of its lines
// outside a, two at least and four in five stand in one of them. A story whose text merely runs
// on outside its <article> (a second block without a headline of its own) keeps its reading.
func readsOnIntoStories(a, r bodyCandidate, others []string) bool {
	if r.size < a.size+minBody || textsim.Recall(r.tokens, a.tokens) < 0.9 {
		return false
	}
	found, lost := placeLines(r.text, squash(a.text), others)
	return found >= 2 && 5*lost <= found
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

// nextStoryCut reads the story again from the page cut at the next story's headline when the
// reading lies below it: pages that load the next stories under the first (infinite scroll) without
// an <article> apiece give readability several stories, and it may take a later, longer one. The
// next story's headline is the first <h1> after the page's own that is another headline. The cut
// reading replaces one that shares under half of its text with it and says more of the page's
// description desc: a box's heading set as an <h1> in a sidebar ("ALSO BY THIS AUTHOR") also
// stands between a headline and its story, and so do a story's own section headings on some
// sites (Medium), so without a description nothing is cut; such headings that stand among the
// story's paragraphs (crossHead) are passed over. The reading stays when the cut one is too
// short to be a story.
func nextStoryCut(doc, head *html.Node, reading, title, desc string) string {
	var next *html.Node
	seen := false
	kt := squash(title) // once: every <h1> after the headline is matched against it
	// crossHead counts the headings and paragraphs among an <h1>'s siblings, so its answer is
	// its parent's: asked once a parent, thousands of <h1>s side by side are not each counted
	// against all the others (quadratic in the headings).
	crossHeads := map[*html.Node]bool{}
	isCross := func(h *html.Node) bool {
		cross, ok := crossHeads[h.Parent]
		if !ok {
			cross = crossHead(h)
			crossHeads[h.Parent] = cross
		}
		return cross
	}
	var find func(*html.Node)
	find = func(n *html.Node) {
		if next != nil {
			return
		}
		if n == head {
			seen = true
			return
		}
		if seen && n.Type == html.ElementNode && n.DataAtom == atom.H1 && !isCross(n) {
			if t := normText(n); t != "" && !sameSquashed(squash(t), kt) {
				next = n
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if next == nil {
		return reading
	}
	d := textsim.Tokens(desc)
	if len(d) < 8 || !readingAfter(doc, next, reading) {
		return reading
	}
	cut, at := cloneTree(doc, next)
	for n := at; n != nil && n.Parent != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; {
			following := s.NextSibling
			n.Parent.RemoveChild(s)
			s = following
		}
	}
	at.Parent.RemoveChild(at)
	a := newCandidate(readableText(cut, nil))
	r := newCandidate(reading)
	if a.size < 2*minBody || textsim.Recall(a.tokens, r.tokens) >= 0.5 || textsim.Recall(a.tokens, d) <= textsim.Recall(r.tokens, d) {
		return reading
	}
	return a.text
}

// crossHead reports an <h1> that heads a section of a story, as block themes write every
// heading of the story's text in the largest size: it stands among paragraphs of prose with
// another <h1> beside it. The next story's headline stands over its own block (its header, its
// date line), where one story's paragraphs and another's headline do not share a parent.
func crossHead(h *html.Node) bool {
	heads, paras := 0, 0
	for c := h.Parent.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.H1:
			heads++
		case c.DataAtom == atom.P && textLonger(c, minProse):
			paras++
		}
	}
	return heads >= 2 && paras >= 2
}

// minProse is the length from which a paragraph is prose rather than a date line or a label.
const minProse = 80

// readingAfter reports whether a reading's opening lies after mark in page order: the first of
// its lines of 80 runes or more that the page holds on one side of mark only. A line the page
// prints on both sides (a newsletter box repeated in every story of an infinite-scroll page) does
// not place the reading; a few lines are tried.
func readingAfter(doc, mark *html.Node, reading string) bool {
	tried := 0
	for _, line := range strings.Split(reading, "\n\n") {
		if len(line) < 80 || utf8.RuneCountInString(line) < 80 {
			continue
		}
		if tried++; tried > 4 {
			break
		}
		before, after := probeSides(doc, mark, prefixRunes(squash(line), 50))
		if before != after {
			return after
		}
	}
	return false
}

// probeSides reports whether blocks of the page holding probe lie before mark and after it.
func probeSides(doc, mark *html.Node, probe string) (before, after bool) {
	if probe == "" {
		return false, false
	}
	passed := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if before && after {
			return
		}
		if n == mark {
			passed = true
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.P, atom.Li, atom.Blockquote, atom.Td, atom.Dd, atom.Div, atom.Section, atom.Article:
				if (n.DataAtom == atom.P || hasOwnText(n)) && !textLonger(n, 5000) && strings.Contains(squash(textOf(n)), probe) {
					if passed {
						after = true
					} else {
						before = true
					}
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return before, after
}

// cloneTree copies the tree under root and returns the copy with the copy of mark.
func cloneTree(root, mark *html.Node) (*html.Node, *html.Node) {
	var markCopy *html.Node
	var clone func(*html.Node) *html.Node
	clone = func(n *html.Node) *html.Node {
		c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
		if n == mark {
			markCopy = c
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			c.AppendChild(clone(k))
		}
		return c
	}
	return clone(root), markCopy
}

// maxPost bounds the text of a short post read under its headline (headlinePost).
const maxPost = 3000

// minPostLine is the size, in tokens outside links and header lines, that makes a block under a
// headline a post.
const minPostLine = 5

// headlinePost reads a short post from under the page's headline: the innermost ancestor of the
// headline (an <h1>–<h3> holding the title) that holds, besides the headline, minPostLine words
// outside links and header lines (date, byline, label). When that block holds an element
// the page names as the story's container ("entry-content", "post-body"), the post is that
// element and named is true, provided it holds at least half of the block's words besides the
// headline (not a tool bar or a "more stories" line that shares a container's name). It returns an empty candidate when there is no such headline or the
// block is longer than a short post.
func headlinePost(doc *html.Node, title string) (post bodyCandidate, named bool) {
	if title == "" {
		return post, false
	}
	kt := squash(title) // once: the match is asked of every heading
	head := findElement(doc, func(n *html.Node) bool {
		return (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) &&
			!textLonger(n, 300) && sameSquashed(squash(normText(n)), kt)
	})
	if head == nil {
		return post, false
	}
	// Each ancestor holds the lines of the one below it: what a line says (headerLine, a dozen
	// tests, date searches among them) is asked once for all of them.
	header := map[string]bool{}
	for a := head.Parent; a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body && a.DataAtom != atom.Html; a = a.Parent {
		if textLonger(a, maxPost) {
			return post, false
		}
		said := 0
		for _, line := range unlinkedLines(a) {
			h, asked := header[line]
			if !asked {
				h = headerLine(line, title)
				header[line] = h
			}
			if !h {
				said += textsim.CountTokens(line)
			}
		}
		if said < minPostLine {
			continue
		}
		text := renderText(a)
		block := newCandidate(text)
		if n := namedWithin(a); n != nil {
			postclean(n)
			if p := newCandidate(renderText(n)); p.size >= minPostLine && 2*p.size >= block.size-textsim.CountTokens(title) {
				return p, true
			}
		}
		return block, false
	}
	return post, false
}

// unlinkedLines returns the lines of text under n outside links, as renderText breaks them: a
// post says something in its own words, where a breadcrumb, a tool bar or a list of tags is links.
func unlinkedLines(n *html.Node) []string {
	text := renderWith(n, false, true)
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n\n")
}

// namedWithin returns the element under a, with the most text, that a class, id or itemprop
// names as the story's container, or nil.
func namedWithin(a *html.Node) *html.Node {
	seen := map[string]bool{}
	var best *html.Node
	most := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
			if namesContainer(seen, attr(n, "class"), attr(n, "id"), attr(n, "itemprop")) {
				if runes, links := textAndLinkRunes(n); runes > most && links*2 < runes {
					best, most = n, runes
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(a)
	return best
}

// namedPost reports a short reading that a short element named as the story's container
// (namesContainer: "entry-content", "post-body") holds: the page says the post is that short.
func namedPost(doc *html.Node, r bodyCandidate) bool {
	if r.size == 0 {
		return false
	}
	seen := map[string]bool{}
	return findElement(doc, func(n *html.Node) bool {
		return namesContainer(seen, attr(n, "class"), attr(n, "id"), attr(n, "itemprop")) && !textLonger(n, maxPost) &&
			textsim.Recall(textsim.Tokens(renderText(n)), r.tokens) >= 0.8
	}) != nil
}
