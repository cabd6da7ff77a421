package extract

import (
	"iter"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// A page may carry a whole other text in a block the browser never shows: a CMS's conditional
// block for other pages of the site (Webflow's w-condition-invisible), a guide waiting behind a
// button, a screen-reader copy. Such a block is left in the tree (the story's own next page or
// summary may wait hidden inside a visible container), but it is never read as the story.

// hiddenStyleRe matches an inline style that hides its element.
var hiddenStyleRe = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// hidingStyle is hiddenStyleRe.MatchString(s) read around each colon of s: the style of every
// element is asked. A match is "display" or "visibility" in any case, white space (\s: tab, line
// feed, form feed, return, space), the colon, white space and "none" or "hidden". Under (?i)
// the expression's letters match only their ASCII cases but s, which also matches the long s
// "ſ" (TestHidingStyleMatchesExpression).
func hidingStyle(s string) bool {
	for c := strings.IndexByte(s, ':'); c >= 0; {
		j := c
		for j > 0 && reSpace(s[j-1]) {
			j--
		}
		k := c + 1
		for k < len(s) && reSpace(s[k]) {
			k++
		}
		if hasSuffixFold(s[:j], "display") && hasPrefixFold(s[k:], "none") ||
			hasSuffixFold(s[:j], "visibility") && hasPrefixFold(s[k:], "hidden") {
			return true
		}
		next := strings.IndexByte(s[c+1:], ':')
		if next < 0 {
			break
		}
		c += 1 + next
	}
	return false
}

// reSpace is the regular expressions' \s.
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// hasSuffixFold reports s ending in word (lower-case ASCII letters) in any ASCII case, an "s" also
// written "ſ".
func hasSuffixFold(s, word string) bool {
	end := len(s)
	for i := len(word) - 1; i >= 0; i-- {
		switch {
		case end > 0 && textsim.LowerASCII(s[end-1]) == word[i]:
			end--
		case word[i] == 's' && strings.HasSuffix(s[:end], "ſ"):
			end -= len("ſ")
		default:
			return false
		}
	}
	return true
}

// hasPrefixFold reports s opening with word (lower-case ASCII letters, no "s") in any ASCII case.
func hasPrefixFold(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := range len(word) {
		if textsim.LowerASCII(s[i]) != word[i] {
			return false
		}
	}
	return true
}

// hiddenClassNames are framework classes that hide an element on every screen: Webflow's
// conditional visibility (decided on the server, never undone by a script), Bootstrap's d-none and
// the screen-reader-only classes of Bootstrap, Tailwind, WordPress and HTML5 Boilerplate.
var hiddenClassNames = map[string]bool{
	"w-condition-invisible": true, "d-none": true, "sr-only": true, "visually-hidden": true,
	"visuallyhidden": true, "screen-reader-text": true,
}

// hiddenBlock reports an element the browser does not show: the hidden attribute (a hidden child
// of <body> excepted, see notRendered), an inline display:none or visibility:hidden, the class
// "hidden" without a responsive override (hiddenClass), or a hiding framework class. A d-none with
// a breakpoint override ("d-none d-md-block") is shown on some screens. <body> and <html> are
// never hidden blocks.
func hiddenBlock(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		// A page that hides its whole <body> ("<body class=hidden>") shows it once its script
		// has run: the page is never hidden as a whole, and the story is inside it.
		return false
	}
	if notRendered(n) {
		return true
	}
	// Every element of the page is asked: plain substrings spare the expression and the class
	// split on nearly all of them.
	if s := attr(n, "style"); s != "" && textsim.ContainsAny(s, hiddenStyleHints) && hidingStyle(s) {
		return true
	}
	cls := attr(n, "class")
	if cls == "" || !hiddenClassHintSet.In(cls) {
		return false
	}
	if hiddenClass(n) {
		return true
	}
	hidden := false
	for _, c := range strings.Fields(cls) {
		switch {
		case hiddenClassNames[c]:
			hidden = true
		case strings.HasPrefix(c, "d-") && !strings.HasSuffix(c, "-none"):
			return false // d-md-block: shown from a breakpoint on
		}
	}
	return hidden
}

// inHiddenWidget reports an element inside a hidden block, other than itself, that does not hold
// the headline: an overlay or pop-up waiting for a click (a photo gallery's viewer, hidden with
// display:none, that prints its own gallery's day). Its dates are another item's. A date
// element hidden on its own (a machine copy of the printed stamp) is not asked about, nor a
// hidden wrapper of the whole story, which a script shows.
func inHiddenWidget(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && hiddenBlock(a) {
			return !holdsHeadline(a)
		}
	}
	return false
}

// hiddenStyleHints and hiddenClassHints are substrings every hiding style or class holds.
var (
	hiddenStyleHints = []string{"none", "hidden", "NONE", "HIDDEN", "None", "Hidden"}
	hiddenClassHints = []string{"hidden", "invisible", "d-none", "sr-only", "screen-reader"}
)

// hiddenClassHintSet is hiddenClassHints for one pass over every element's class.
var hiddenClassHintSet = textsim.NewAnyOf(hiddenClassHints)

// hiddenHolder returns the outermost hidden block that holds the opening of a reading (its first
// line of 80 runes or more), or nil; a block the page's own sheet hides counts (a push-notification
// box waiting after the footer), and so does an overlay waiting for a click (overlayBox). Only
// blocks of a story's size are looked at.
func hiddenHolder(doc *html.Node, sheet *sheetHiding, reading string) *html.Node {
	probe := readingProbe(reading)
	if probe == "" {
		return nil
	}
	return firstHidden(doc, func(n *html.Node) bool { return hiddenBlock(n) || sheet.hides(n) || overlayBox(n) },
		func(n *html.Node) bool { return textLonger(n, 200) && strings.Contains(squash(textOf(n)), probe) })
}

// firstHidden returns the first block in document order that hidden reports and match accepts.
// A hidden block match refuses is passed over whole (what it holds is hidden with it), and so are
// the elements that hold no page text (scripts, styles, templates, the head).
func firstHidden(doc *html.Node, hidden, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode {
			if findSkips(n) {
				return
			}
			if hidden(n) {
				if match(n) {
					found = n
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// readingProbe returns the opening of a reading's first line of 80 runes or more, squashed to its
// first 50 letters and digits (squash), so it matches the page's text however the reading's
// renderer spaced or joined its blocks. A reading of short lines only (a gallery's captions and
// credits, each a block of its own) is probed by its opening lines joined, up to the same 50; ""
// when even they hold fewer.
func readingProbe(reading string) string {
	paras := strings.Split(reading, "\n\n")
	for _, line := range paras {
		if len(line) >= 80 && utf8.RuneCountInString(line) >= 80 {
			return prefixRunes(squash(line), 50)
		}
	}
	var joined strings.Builder
	for i, line := range paras {
		if i == maxProbeLines {
			break
		}
		joined.WriteString(squash(line))
		if p := joined.String(); utf8.RuneCountInString(p) >= 50 {
			return prefixRunes(p, 50)
		}
	}
	return ""
}

// maxProbeLines bounds the short lines readingProbe joins: a caption and its credit or two.
const maxProbeLines = 4

// sheetHiding is the overlays a page's own <style> sheets hide until a script opens them: ids and
// classes that top-level rules of their own fix to the window and hide
// ("#pushMessage{position:fixed;display:none}", a consent ".modal"), and the selectors of rules
// that show them again ("#pushMessage.open{display:flex}", "@media … {.menu{display:block}}").
// A block the sheet merely hides without fixing it is left alone: a collapsed accordion section
// of the story ("3 tips", each opened by a click) is hidden that way too.
type sheetHiding struct {
	ids, classes map[string]bool
	shown        map[string][]string // "#id" or ".class" → selectors of rules that set another display
	classList    []string            // the classes, for a substring test before a class attribute is split
}

// maxSheet bounds the style text read for sheetHiding.
const maxSheet = 1 << 20

// displayRe reads a display declaration's value.
var displayRe = regexp.MustCompile(`(?i)(?:^|[;{\s])display\s*:\s*([a-z-]+)`)

// fixedRe matches a declaration that fixes an element to the window.
var fixedRe = regexp.MustCompile(`(?i)(?:^|[;{\s])position\s*:\s*fixed`)

// simpleNameRe matches a selector that is one id or one class.
var simpleNameRe = regexp.MustCompile(`^[#.][A-Za-z_][\w-]*$`)

// nameRe finds the ids and classes a selector names.
var nameRe = regexp.MustCompile(`[#.][A-Za-z_][\w-]*`)

// pageSheet reads the page's <style> elements (print-only ones aside) for sheetHiding; nil when
// they hide no overlay. Pages carry hundreds of kilobytes of style, so the sheet is not parsed:
// the rare rules that fix an element to the window are found by their "fixed", and only the names
// they fix are then looked up. Comments are not removed: a brace or a rule in one is rare.
// Written by hand for that reason: a CSS parser reads the whole sheet, and with
// tdewolff/parse/v2/css in its place (same answers on every test and evaluation page) extraction
// was 10–15 % slower on fundus and omnivore (2026-12-04).
func pageSheet(doc *html.Node) *sheetHiding {
	var sheets []string
	size, anyFixed := 0, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			if m := strings.ToLower(attr(n, "media")); (m == "" || strings.Contains(m, "screen") || strings.Contains(m, "all")) &&
				n.FirstChild != nil && size < maxSheet {
				sheets = append(sheets, n.FirstChild.Data)
				size += len(n.FirstChild.Data)
				anyFixed = anyFixed || strings.Contains(n.FirstChild.Data, "fixed")
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if !anyFixed {
		return nil
	}
	// The names rules of their own fix to the window.
	fixed := map[string]bool{}
	for _, css := range sheets {
		fixedNames(css, fixed)
	}
	if len(fixed) == 0 {
		return nil
	}
	spots := nameSpots(sheets, fixed)
	s := &sheetHiding{ids: map[string]bool{}, classes: map[string]bool{}, shown: map[string][]string{}}
	for name := range fixed {
		hidden := false
		var shown []string
		sheet, depth, counted := -1, 0, 0
		next := 0 // the "{", "}" or ";" ending the selector of the last spot read
		for _, sp := range spots[name] {
			if sp.sheet != sheet {
				sheet, depth, counted, next = sp.sheet, 0, 0, 0
			}
			css, k := sheets[sp.sheet], sp.at
			if k < next {
				continue // the same selector again (".a .b, .a .c {…}"): the same rule, read
			}
			if o := strings.IndexAny(css[k:], "{};"); o >= 0 {
				next = k + o
			} else {
				next = len(css)
			}
			sel, block, start, ok := ruleAround(css, k)
			if !ok || !strings.Contains(block, "display") {
				continue
			}
			m := displayRe.FindStringSubmatch(block)
			if m == nil {
				continue
			}
			// Rules inside @media or @supports hide on some screens only.
			if start > counted {
				depth += strings.Count(css[counted:start], "{") - strings.Count(css[counted:start], "}")
				counted = start
			}
			for _, one := range strings.Split(sel, ",") {
				one = strings.TrimSpace(one)
				switch {
				case strings.EqualFold(m[1], "none"):
					hidden = hidden || one == name && depth == 0
				case subjectNames(one, name):
					shown = append(shown, one)
				}
			}
		}
		switch {
		case !hidden:
			continue
		case name[0] == '#':
			s.ids[name[1:]] = true
		default:
			s.classes[name[1:]] = true
			s.classList = append(s.classList, name[1:])
		}
		s.shown[name] = shown
	}
	if len(s.ids)+len(s.classes) == 0 {
		return nil
	}
	return s
}

// fixedNames adds to fixed the ids and classes that rules of css of their own fix to the window.
func fixedNames(css string, fixed map[string]bool) {
	for k := range fixedBlockPlaces(css) {
		sel, block, _, ok := ruleAround(css, k)
		if !ok || !fixedRe.MatchString(block) {
			continue
		}
		for _, one := range strings.Split(sel, ",") {
			if one = strings.TrimSpace(one); simpleNameRe.MatchString(one) {
				fixed[one] = true
			}
		}
	}
}

// fixedBlockPlaces yields, for each declaration block of css that holds "fixed", the place of
// its first "fixed": ruleAround gives every "fixed" of a block the block's one answer, and a
// "fixed" after a "}" or before any brace none. The last brace is found from the last "fixed" on,
// so a sheet of n of them, in one block or in none, is read about once, not n times over (300 KB
// of "fixed " took 4 s, 60 KB of them in one block minutes).
func fixedBlockPlaces(css string) iter.Seq[int] {
	return func(yield func(int) bool) {
		brace, seen, judged := -1, 0, -1
		for at := 0; ; {
			k := strings.Index(css[at:], "fixed")
			if k < 0 {
				return
			}
			k += at
			at = k + 5
			if o := strings.LastIndexAny(css[seen:k], "{}"); o >= 0 {
				brace = seen + o
			}
			seen = k
			if brace < 0 || css[brace] != '{' || brace == judged {
				continue
			}
			judged = brace
			if !yield(k) {
				return
			}
		}
	}
}

// spot is where a name stands in one of a page's style sheets.
type spot struct{ sheet, at int }

// nameSpots lists, for each name ("#id", ".class"), every place it stands whole in the sheets (not
// "#push" in "#pushText"), sheet by sheet in text order. One pass per opening byte reads the ids
// and classes of every sheet: a search per name reads all of them once per name, and slowly, as
// the name's first byte ('.' or '#') is everywhere in a sheet (fast-company: 53 names over 870 KiB
// of style took 57 ms). A name is '.' or '#' and bytes that continue a name, so it stands whole at
// k exactly when the '.' or '#' at k and the name bytes after it, all of them, spell it.
func nameSpots(sheets []string, names map[string]bool) map[string][]spot {
	spots := map[string][]spot{}
	for _, open := range []byte{'.', '#'} {
		shortest, longest := math.MaxInt, 0
		var second [256]bool // the second bytes of the names
		for name := range names {
			if name[0] == open {
				shortest, longest = min(shortest, len(name)), max(longest, len(name))
				if len(name) > 1 {
					second[name[1]] = true
				}
			}
		}
		if longest == 0 {
			continue
		}
		for i, css := range sheets {
			for k := 0; ; {
				o := strings.IndexByte(css[k:], open)
				if o < 0 {
					break
				}
				k += o
				// Most openings ("0.5em", another class) are followed by a byte no name has
				// second: no name stands there, and as the bytes of the run after k are name
				// bytes, none of them '.' or '#', the search goes on from the next byte as it
				// would from the run's end.
				if shortest > 1 && (k+1 == len(css) || !second[css[k+1]]) {
					k++
					continue
				}
				// The name bytes are read no further than the longest name: a longer run
				// matches none, and the next opening byte is found past it all the same (no
				// name byte is '.' or '#').
				e := k + 1
				for e < len(css) && e-k <= longest && nameBytes[css[e]] {
					e++
				}
				if e-k >= shortest && e-k <= longest && names[css[k:e]] {
					spots[css[k:e]] = append(spots[css[k:e]], spot{i, k})
				}
				k = e
			}
		}
	}
	return spots
}

// ruleAround returns the selector and declarations of the rule whose text holds position k of css,
// with the selector's start; ok is false when k lies in no rule (an at-rule's prelude).
func ruleAround(css string, k int) (sel, block string, start int, ok bool) {
	var open int
	if css[k] == '#' || css[k] == '.' {
		// k is in a selector: its block opens at the next "{", unless a "}" or ";" comes first.
		o := strings.IndexAny(css[k:], "{};")
		if o < 0 || css[k+o] != '{' {
			return "", "", 0, false
		}
		open = k + o
	} else {
		// k is in a declaration block: it opened at the last "{", unless a "}" came after it.
		o := strings.LastIndexAny(css[:k], "{}")
		if o < 0 || css[o] != '{' {
			return "", "", 0, false
		}
		open = o
	}
	start = strings.LastIndexAny(css[:open], "{};") + 1
	sel = css[start:open]
	if c := strings.LastIndex(sel, "*/"); c >= 0 {
		sel = sel[c+2:] // a comment before the selector
	}
	sel = strings.TrimSpace(sel)
	if sel == "" || sel[0] == '@' {
		return "", "", 0, false
	}
	// The declarations end at the next brace: a "}" closes them, and a "{" opens a nested rule
	// (CSS nesting) whose declarations are its own, not the outer selector's. Stopping there
	// also keeps a sheet of blocks never closed (".a{fixed .a{fixed …") linear: each block is
	// read to the next one, not to the end of the sheet (180 KB of them took 51 s).
	end := strings.IndexAny(css[open+1:], "{}")
	if end < 0 {
		end = len(css) - open - 1
	}
	return sel, css[open+1 : open+1+end], start, true
}

// subjectNames reports a selector whose subject, its last compound (the element the rule styles),
// holds name as a whole id or class.
func subjectNames(sel, name string) bool {
	subject := sel
	if k := strings.LastIndexAny(sel, " >+~"); k >= 0 {
		subject = sel[k+1:]
	}
	for _, n := range nameRe.FindAllString(subject, -1) {
		if n == name {
			return true
		}
	}
	return false
}

// isNameByte reports a byte that continues a CSS id or class name.
// nameBytes is isNameByte as a table, for nameSpots' pass over every byte of the page's sheets.
var nameBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isNameByte(byte(c))
	}
	return t
}()

func isNameByte(c byte) bool {
	return c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// hides reports an element the sheet hides by its id or a class, with no rule that may show it
// again: a rule naming it with other ids or classes the element lacks ("#box.open") does not, one
// with a combinator or a pseudo-class ("html.js #box", "#box:target") may.
func (s *sheetHiding) hides(n *html.Node) bool {
	if s == nil || n.Type != html.ElementNode {
		return false
	}
	id, cls := attr(n, "id"), attr(n, "class")
	if !s.ids[id] && (len(s.classes) == 0 || !textsim.ContainsAny(cls, s.classList)) {
		return false // most elements: no class split
	}
	classes := strings.Fields(cls)
	var names []string
	if id != "" && s.ids[id] {
		names = append(names, "#"+id)
	}
	for _, c := range classes {
		if s.classes[c] {
			names = append(names, "."+c)
		}
	}
	if len(names) == 0 {
		return false
	}
	for _, name := range names {
		for _, sel := range s.shown[name] {
			if strings.ContainsAny(sel, " >+~:[") {
				return false
			}
			applies := true
			for _, part := range nameRe.FindAllString(sel, -1) {
				if part[0] == '#' && part[1:] != id || part[0] == '.' && !slices.Contains(classes, part[1:]) {
					applies = false
				}
			}
			if applies {
				return false
			}
		}
	}
	return true
}

// overlayWords are class/id tokens of a box laid over the page on demand: a sign-up or terms
// pop-up, a modal dialog.
var overlayWords = map[string]bool{"popover": true, "popup": true, "modal": true, "lightbox": true}

// overlayHints are the words overlayBox asks a name for before its tokens.
var overlayHints = textsim.NewAnyOf([]string{"pop", "modal", "lightbox"})

// overlayBox reports a box the browser shows only when a script opens it, where the sheet that
// hides it is not in the page (a linked stylesheet): a <dialog> without "open", or a box named as
// a pop-up or modal (popover2, signup-modal) that holds a form's fields, as registration and
// consent pop-ups do. A story set in a modal of a list page holds no form; a box holding the
// page's headline is the page's.
func overlayBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Dialog:
		return !hasAttr(n, "open")
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false // a page or story wrapper whose class names a script plugin ("stencil-plugin-lightbox")
	}
	holds := func(name string) bool {
		return (textsim.ContainsFoldASCII(name, "pop") || textsim.ContainsFoldASCII(name, "modal") || textsim.ContainsFoldASCII(name, "lightbox")) &&
			nameHolds(strings.TrimRight(name, "0123456789"), overlayWords, nil)
	}
	// The class is asked for a hint whole first: a name holds one only where the class does.
	if cls := attr(n, "class"); !(overlayHints.InFoldASCII(cls) && anyField(cls, holds)) && !holds(attr(n, "id")) || holdsStory(n) {
		return false
	}
	return findElement(n, func(c *html.Node) bool {
		return c.DataAtom == atom.Input && !strings.EqualFold(attr(c, "type"), "hidden") || c.DataAtom == atom.Textarea
	}) != nil
}

// Expanders: a page shows a text's opening cut short ("… more", a script's toggle) and keeps the
// whole text in a block beside it that an inline style hides until the toggle is clicked (a
// hotel's review, a biography, a long product note). Readability drops the hidden block and
// reads the opening alone.

// minExpanded is the least text, in runes, a hidden block must hold to be a teaser's whole text.
const minExpanded = 400

// minTeaserProbe is how much of a teaser's cut text, in runes, must come back in the hidden block.
const minTeaserProbe = 40

// minTeaserCut is the least cut text, in runes, a teaser must show: a sentence or more of the text.
// A caption's few words cut short ("FILE - In this Sunday, Nov. 5, 2006 file... View Full
// Caption") open the photo's whole caption, which is no part of the story.
const minTeaserCut = 80

// maxTeaserToggle bounds what follows a teaser's ellipsis: the toggle's label ("more", "Read
// more »"), not more of the text.
const maxTeaserToggle = 24

// openExpander shows the hidden block n in place of the teaser right before it, when n is such a
// teaser's whole text: the teaser ends on an ellipsis and a short toggle after minTeaserCut runes
// or more of text, the last minTeaserProbe runes before the ellipsis come back in n, and n holds
// at least twice the teaser's text. The teaser goes, and n loses its hiding style.
func openExpander(n *html.Node) {
	if n.Parent == nil || !textLonger(n, minExpanded) {
		return
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && !isBlank(prev.Data) {
			return
		}
		prev = prev.PrevSibling
	}
	if prev == nil || hiddenBlock(prev) || textLonger(prev, minExpanded) {
		return
	}
	teaser := normText(prev)
	cut := max(strings.LastIndex(teaser, "..."), strings.LastIndex(teaser, "…"))
	if cut < 0 || utf8.RuneCountInString(strings.TrimLeft(teaser[cut:], ".…")) > maxTeaserToggle {
		return
	}
	head := []rune(strings.TrimSpace(teaser[:cut]))
	if len(head) < minTeaserCut {
		return
	}
	whole := normText(n)
	if utf8.RuneCountInString(whole) < 2*utf8.RuneCountInString(teaser) || !strings.Contains(whole, string(head[len(head)-minTeaserProbe:])) {
		return
	}
	prev.Parent.RemoveChild(prev)
	dropAttr(n, "style")
}

// Continuations: a page prints its story in parts, each part after the first in a block an
// inline style hides until a "read more" toggle right before it is clicked ("<div
// class=div-continue-load><p>- 閱讀更多 -</p></div><div class=div-continue-content
// style="display:none">…</div>"). The hidden parts are the story's; the toggles are not.

// continueLabels are the whole text of a "read more" toggle, lowered, spaces and punctuation
// dropped (toggleKey).
var continueLabels = map[string]bool{
	"readmore": true, "continuereading": true, "readfullstory": true, "readfullarticle": true, "readthefullstory": true,
	"readtherest": true, "showmore": true, "showfullarticle": true, "weiterlesen": true, "lirelasuite": true,
	"leermás": true, "continuarleyendo": true, "leggidipiù": true, "читатьдалее": true, "devamınıoku": true,
	"閱讀更多": true, "阅读更多": true, "閱讀全文": true, "阅读全文": true, "展開全文": true, "展开全文": true,
	"查看全文": true, "繼續閱讀": true, "继续阅读": true, "続きを読む": true, "もっと見る": true, "더보기": true,
	"기사더보기": true, "계속읽기": true,
}

// maxToggleLabel bounds a toggle's text, in bytes, before its key is built.
const maxToggleLabel = 64

// toggleKey is a short text lowered with every rune but letters dropped: "- 閱讀更多 -" →
// "閱讀更多", "Continue reading »" → "continuereading".
func toggleKey(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// openContinuation shows the hidden block n when the element right before it is a "read more"
// toggle (continueLabels), shown, with nothing else in it, and the story's text stands before
// that toggle in the same parent (a sentence's worth, minContinued runes): n is the story's
// next part. The toggle goes, and n loses its hiding style. A hidden block after any other
// line stays hidden.
func openContinuation(n *html.Node) bool {
	if n.Parent == nil || !textLonger(n, minContinued) || n.DataAtom == atom.Body {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && !isBlank(prev.Data) {
			return false
		}
		prev = prev.PrevSibling
	}
	if prev == nil || hiddenBlock(prev) {
		return false
	}
	// The toggle is the element before n, or the last of the part before n (the parts nest
	// the next toggle at their end: "<div class=part1>…<div class=toggle>…</div></div><div
	// class=part2 hidden>").
	toggle := prev
	for range maxToggleDepth {
		if toggle == nil || continueToggle(toggle) {
			break
		}
		toggle = lastElementChild(toggle)
	}
	if toggle == nil || !continueToggle(toggle) {
		return false
	}
	// The story before the toggle: a shown sibling of a sentence's length, a few siblings back
	// at most (an ad box or a picture between them).
	story := false
	k := 0
	for s := toggle.PrevSibling; s != nil && k < maxContinueSiblings && !story; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		k++
		story = !hiddenBlock(s) && textLonger(s, minContinued)
	}
	if !story {
		return false
	}
	toggle.Parent.RemoveChild(toggle)
	dropAttr(n, "style")
	return true
}

// maxToggleDepth bounds how deep openContinuation looks for a toggle at the end of the part
// before a hidden one.
const maxToggleDepth = 4

// continueToggle reports a shown element whose whole short text is a "read more" label
// (continueLabels), no link to another page.
func continueToggle(n *html.Node) bool {
	return !hiddenBlock(n) && !textLonger(n, maxToggleLabel) && !hasAttr(n, "href") && continueLabels[toggleKey(normText(n))]
}

// lastElementChild returns n's last child element, or nil.
func lastElementChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// minContinued is the least text, in runes, both the hidden part and the story before its
// toggle hold: a sentence (a Chinese one is short).
const minContinued = 40

// maxContinueSiblings bounds the siblings openContinuation reads back from a toggle for the
// story's text.
const maxContinueSiblings = 8

// Withheld stories: a members-only page prints its headline, byline, picture and standfirst,
// and keeps the whole story beside them in the story's named container (id=articleBody,
// class=article-content) that an inline style hides until a script finds a signed-in reader
// ("<div id=articleBody style="display: none">…</div><p>Please sign up or log in to continue
// reading</p>"). Readability drops the hidden block and reads the standfirst alone; the
// container is the story, as every reader who may read it sees it.

// minWithheld is the least text, in runes, a hidden container must hold to be the story: a few
// paragraphs, not a sign-up box or a teaser's blurb.
const minWithheld = 600

// maxWithheldLift bounds how far above the headline the block shared with a withheld story may
// sit (the headline's own block, or a wrapper or two around the page's header and the story), and
// maxWithheldDepth how far below that block the story's container may sit (in the story's column
// beside the header).
const (
	maxWithheldLift  = 3
	maxWithheldDepth = 2
)

// maxWithheldTries bounds the hidden blocks of a page that openWithheldStory looks for in the
// page's shown text (shownElsewhere, one pass over the whole tree each): a page withholds one
// story, perhaps beside a flat copy or two for machines, and a page of thousands of hidden story
// containers beside its headline cost a pass each, quadratic work (size28's "withheld").
const maxWithheldTries = 3

// openWithheldStory shows the hidden block n when it is the story withheld beside the page's
// headline: its class, id or itemprop names the story's container (namesContainer), it holds
// minWithheld runes or more of mostly unlinked text, it does not hold the headline (the h1 is
// shown), and it shares a block with the headline a few levels above both (maxWithheldLift,
// maxWithheldDepth). Another story's hidden copy (a next story waiting, a CMS's conditional
// block) stands apart from the headline, and a hidden box that names no story container (a
// guide, an expander's text) is left to the other openers. A hidden copy of a story the page
// shows (a schema.org articleBody kept as one flat text for machines beside the printed
// paragraphs) stays hidden: the opening of its text must stand nowhere else in the page's shown
// text (shownElsewhere). n loses its hiding style. tries counts the blocks of the page looked for
// in its shown text so far (maxWithheldTries).
func openWithheldStory(root, n, firstH1 *html.Node, tries *int) bool {
	if n.Parent == nil || firstH1 == nil || n.DataAtom == atom.Body || n == firstH1 || *tries >= maxWithheldTries {
		return false
	}
	if attr(n, "itemprop") != "articleBody" && !namesContainer(map[string]bool{}, attr(n, "class"), attr(n, "id")) {
		return false
	}
	shared := false
	for a, i := n.Parent, 0; a != nil && i < maxWithheldDepth && !shared && a.DataAtom != atom.Body; a, i = a.Parent, i+1 {
		for h, j := firstH1.Parent, 0; h != nil && j < maxWithheldLift && h.DataAtom != atom.Body; h, j = h.Parent, j+1 {
			if h == a {
				shared = true
				break
			}
		}
	}
	// The block must not hold the headline. Sharing a block with it, n can only do so from
	// maxWithheldLift levels above it at most: the walk up from the headline stops there, not
	// at the root (a deep headline beside thousands of hidden blocks walked its depth for each).
	if !shared || holdsWithin(n, firstH1, maxWithheldLift) || !textLonger(n, minWithheld) {
		return false
	}
	if runes, links := textAndLinkRunes(n); links*3 >= runes {
		return false
	}
	probe := prefixRunes(squash(normText(n)), withheldProbe)
	if utf8.RuneCountInString(probe) < withheldProbe {
		return false
	}
	*tries++
	if shownElsewhere(root, n, probe) {
		return false
	}
	dropAttr(n, "style")
	return true
}

// showClasses are the classes that hide an element only until a script removes them (Bootstrap's
// and Tailwind's hidden and d-none, Bulma's is-hidden, Foundation's hide): a container hidden by
// one may be a withheld story (openWithheldStory). The screen-reader classes (sr-only,
// visually-hidden) keep a text for assistive reading beside what the page shows, and Webflow's
// w-condition-invisible is decided on the server: neither hides a story a reader may be shown.
var showClasses = map[string]bool{"hidden": true, "d-none": true, "is-hidden": true, "hide": true}

// scriptShowable reports an element hidden by the hidden attribute (notRendered) or by one of
// showClasses and by no screen-reader or server class (hiddenClassNames otherwise): one a script
// may show. A class with a responsive override ("hidden md:block", "d-none d-md-block") is shown
// on some screens already. Asked of every element: the substrings go first.
func scriptShowable(n *html.Node) bool {
	if notRendered(n) {
		return true
	}
	cls := attr(n, "class")
	if cls == "" || !strings.Contains(cls, "hid") && !strings.Contains(cls, "none") {
		return false
	}
	found := false
	for c := range strings.FieldsSeq(cls) {
		switch {
		case strings.Contains(c, ":"), strings.HasPrefix(c, "d-") && !strings.HasSuffix(c, "-none"):
			return false
		case showClasses[c]:
			found = true
		case hiddenClassNames[c]:
			return false
		}
	}
	return found
}

// unhide removes what scriptShowable found hiding n: the hidden attribute and the showClasses.
func unhide(n *html.Node) {
	dropAttr(n, "hidden")
	var keep []string
	for c := range strings.FieldsSeq(attr(n, "class")) {
		if !showClasses[c] {
			keep = append(keep, c)
		}
	}
	for i := range n.Attr {
		if n.Attr[i].Key == "class" {
			n.Attr[i].Val = strings.Join(keep, " ")
		}
	}
}

// holdsWithin reports a an ancestor of n at most k levels above it.
func holdsWithin(a, n *html.Node, k int) bool {
	for p, i := n.Parent, 0; p != nil && i < k; p, i = p.Parent, i+1 {
		if p == a {
			return true
		}
	}
	return false
}

// withheldProbe is the length, in squashed runes, of the opening a withheld story is looked for
// by in the rest of the page.
const withheldProbe = 50

// shownElsewhere reports the squashed probe in the text the page shows outside n: the text of
// every element but n, hidden blocks, code and the head, squashed and joined (so markup inside
// a sentence does not split it). One pass, asked only of a block that is otherwise a withheld story.
func shownElsewhere(root, n *html.Node, probe string) bool {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(squash(c.Data))
			return
		case html.ElementNode:
			if findSkips(c) {
				return
			}
			if c == n || hiddenBlock(c) {
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(root)
	return strings.Contains(b.String(), probe)
}
