package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boxFacts answers what lies below the boxes one walk of the tree asks about (preclean's
// dialog, fact and video boxes, dropOutletAppeals' appeal boxes): a story's headline or column
// (storyDialog), a control (dialogBox), an <h1> or a clip's length (videoCardBox). Each box
// used to search its whole subtree, and the walk goes on into a box it keeps: boxes nested in
// boxes so named (a template's dialog inside a dialog, a parser nesting the page in an unclosed
// fact box) searched every inner subtree once per box around it — depth × size, and a clip's
// length read every element's text again for each video box around it, which allocated
// depth² × text (400 nested video boxes over 1 MB of spaces: 160 GB). An element's answer is
// kept once found; a walk that changes an element only when it reaches it (preclean's
// renames, marks and dropped classes) asks about every box before anything below it changes,
// so the kept answers are the ones the searches gave. One boxFacts serves one walk.
type boxFacts struct {
	story, named, control, h1, clip map[*html.Node]bool
}

// findSkips reports an element whose content holds no page text (code, templates, the head):
// findElement and the page walks like it neither enter nor match it.
func findSkips(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
		return true
	}
	return false
}

// below reports an element under n for which self holds; with skip, one findElement(n, …)
// reaches from n (none inside an element findSkips names). Each element's answer is kept in
// *memo.
func below(memo *map[*html.Node]bool, n *html.Node, skip bool, self func(*html.Node) bool) bool {
	if *memo == nil {
		*memo = map[*html.Node]bool{}
	}
	if v, ok := (*memo)[n]; ok {
		return v
	}
	found := false
	for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
		if c.Type != html.ElementNode || skip && findSkips(c) {
			continue
		}
		found = self(c) || below(memo, c, skip, self)
	}
	(*memo)[n] = found
	return found
}

// holdsStory is holdsStory(n).
func (f *boxFacts) holdsStory(n *html.Node) bool {
	return below(&f.story, n, false, func(c *html.Node) bool {
		return c.DataAtom == atom.H1 || c.DataAtom == atom.Main || attr(c, "role") == "main" || attr(c, "itemprop") == "articleBody"
	})
}

// namedBelow is findElement(n, c != n && namedStoryBlock(class of c)) != nil.
func (f *boxFacts) namedBelow(n *html.Node) bool {
	return n.Type == html.ElementNode && !findSkips(n) && below(&f.named, n, true, func(c *html.Node) bool { return namedStoryBlock(attr(c, "class")) })
}

// holdsControl is findElement(n, dialogControl) != nil.
func (f *boxFacts) holdsControl(n *html.Node) bool {
	return n.Type == html.ElementNode && !findSkips(n) && (dialogControl(n) || below(&f.control, n, true, dialogControl))
}

// holdsHeadline is holdsHeadline(n).
func (f *boxFacts) holdsHeadline(n *html.Node) bool {
	return n.Type == html.ElementNode && !findSkips(n) && below(&f.h1, n, true, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
}

// holdsClipLength is findElement(n, d != n && clipLengthElement(d)) != nil.
func (f *boxFacts) holdsClipLength(n *html.Node) bool {
	return n.Type == html.ElementNode && !findSkips(n) && below(&f.clip, n, true, clipLengthElement)
}

// clipLengthElement reports an element whose class names a duration and whose text is a clip's
// length ("5:14"), or whose whole text is a length in minutes ("2 min"): both texts are at most
// 11 bytes once trimmed, so only so much is read (trimmedTextUpTo).
func clipLengthElement(d *html.Node) bool {
	t, ok := trimmedTextUpTo(d, 11)
	return ok && (strings.Contains(attr(d, "class"), "uration") && clipLength(t) || clipMinutes(t))
}
