package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxStoryPictureLevels is how many elements above the story's first paragraph storyPicture
// looks for its picture: the story's column and the box beside it ("<div class=story-wrapper>
// <div class=story-supplement><img></div><div class=story-text><p>…"), not the page.
const maxStoryPictureLevels = 3

// maxStoryPictureGap is the most blocks of text a picture may stand from the story's first
// paragraph: a caption, a credit, a byline and a date line above it, or the first paragraphs
// around it. A picture farther off belongs to the masthead, a teaser or a later section.
const maxStoryPictureGap = 3

// storyPicture is the picture the page prints at the story's start when nothing else names
// one: no image meta, no image inside an element the markup names the article, no picture
// declared large. Older layouts put it in a box just above the story's first paragraph (a
// floated <div>, a <dl class=story-image>) or between its first paragraphs ("<p align=center>
// <img></p>"), unsized and in no element named for the story. It is the nearest good picture
// (goodImage) within maxStoryPictureGap blocks of text before or after the first paragraph the
// reading opens with, inside the few elements above it; "" when there is none or the story's
// start is not found. Only a photograph's kind of picture counts there (storyPhoto): no
// layout's piece, no teaser's linked picture, no icon set in a line of text (inTextLine).
func storyPicture(base *url.URL, body *html.Node, reading string) string {
	lines, at := storyLines(body, reading)
	if at < 0 || lines[at].block == nil {
		return ""
	}
	first := lines[at].block
	box := first
	for i := 0; i < maxStoryPictureLevels && box.Parent != nil && box.Parent.DataAtom != atom.Body && box.Parent.Type == html.ElementNode; i++ {
		box = box.Parent
	}
	// The box's pictures and blocks of text in document order: a picture is remembered with
	// the number of text blocks seen before it, the first paragraph by its own.
	type picture struct {
		n      *html.Node
		src    string
		blocks int
	}
	var pics []picture
	blocks, firstAt := 0, -1
	inText := false // the current block has shown text already
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if !inText && squash(n.Data) != "" {
				inText = true
				blocks++
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript:
				return
			case atom.Img:
				// Only src counts here (an older layout's picture, served before lazy loaders),
				// and no picture in a share box, not even a "shareable" one the scan keeps.
				im := readImg(n, false)
				if goodImage(im) && storyPhoto(im, imageLink(n)) && !inShareBox(n) {
					pics = append(pics, picture{n, im.src, blocks})
				}
				return
			}
		}
		block := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
		if block {
			inText = false
		}
		if n == first {
			firstAt = blocks
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			inText = false
		}
	}
	walk(box)
	if firstAt < 0 {
		return ""
	}
	// The pictures by their distance from the first paragraph, the earlier first at equal
	// distance; inTextLine reads a picture's whole block, so only the nearest few are asked
	// (a block of a thousand inline icons stays linear).
	gap := func(p picture) int {
		if p.blocks > firstAt {
			return p.blocks - firstAt - 1 // the first paragraph itself is no gap
		}
		return firstAt - p.blocks
	}
	pics = slices.DeleteFunc(pics, func(p picture) bool { return gap(p) > maxStoryPictureGap })
	slices.SortStableFunc(pics, func(a, b picture) int { return gap(a) - gap(b) })
	for i, p := range pics {
		if i == maxStoryPictureTries {
			break
		}
		if inTextLine(p.n) && !floatedPicture(p.n) && !sized(attr(p.n, "width"), minPictureWidth) {
			continue
		}
		if u := resolveURL(base, p.src); u != "" {
			return u
		}
	}
	return ""
}

// maxStoryPictureTries bounds the pictures near the story's start storyPicture reads the line
// of: a story's photo is among the first few, and each read walks the picture's block.
const maxStoryPictureTries = 8

// furnitureImageWords in a picture's address, class or alt mark the page's furniture a story's
// surroundings print beside it: a feed's, a mail link's, a social button's, a forum's, an
// advertisement's. imageJunkWords holds the rest.
var furnitureImageWords = []string{"rss", "digg", "pinit", "pinext", "facebook", "twitter", "forum", "reklam", "advert"}

// furnitureFileWords are the words of a picture's file name (split at punctuation and case
// changes, "arrowRight_red" → arrow, right, red) that name a layout's piece rather than a
// photograph: a button, a corner or edge of a box, an arrow, a bullet, a rating's stars, a
// print or mail link's image, a counter.
var furnitureFileWords = map[string]bool{"btn": true, "button": true, "bg": true, "corner": true, "lft": true, "rgt": true,
	"btm": true, "arrow": true, "bullet": true, "stars": true, "rating": true, "rater": true, "print": true, "email": true,
	"mail": true, "share": true, "feed": true, "counter": true, "comment": true, "comments": true, "logger": true}

// cutQuery is an address without its query and fragment: the file or page it names, as written.
func cutQuery(ref string) string {
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		return ref[:i]
	}
	return ref
}

// fileWords splits a picture address's file name, without its extension, into lower-case
// words at every character that is no letter and at each lower-to-upper case change.
func fileWords(src string) []string {
	src = cutQuery(src)
	name := src[strings.LastIndexByte(src, '/')+1:]
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	var words []string
	var b strings.Builder
	prevLower := false
	flush := func() {
		if b.Len() > 0 {
			words = append(words, strings.ToLower(b.String()))
			b.Reset()
		}
	}
	for _, r := range name {
		switch {
		case !unicode.IsLetter(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		b.WriteRune(r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// storyPhoto reports a picture storyPicture may take for the story's: a photograph's file, not a
// furniture image (furnitureImageWords), not a link to another page (a teaser's picture), and not
// an unsized GIF, the format of the 2000s' buttons, bullets and headers, not of photographs.
func storyPhoto(im imgTag, link string) bool {
	src := strings.ToLower(im.src)
	hay := src + " " + strings.ToLower(im.class+" "+im.alt)
	for _, w := range furnitureImageWords {
		if strings.Contains(hay, w) {
			return false
		}
	}
	for _, w := range fileWords(im.src) {
		if furnitureFileWords[w] {
			return false
		}
	}
	if strings.HasSuffix(cutQuery(src), ".gif") && !(sized(im.width, minPictureWidth) && sized(im.height, minPictureWidth)) {
		return false
	}
	if link == "" {
		return true
	}
	// A link to the picture's own enlargement is the photo's; one to a page is a teaser's.
	l := cutQuery(strings.ToLower(link))
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp", ".gif"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}

// inTextLine reports a picture set inside a line of text after words of that line (the comment
// bubble in "17:00 Source [icon] Comments (0)", a flag in "Comment by [flag] Name"): an icon. A
// story's photo opens its line — alone in its block, or before its caption ("<center><img>
// <span>Caption</span></center>", "<p><img><br><small>Caption</small></p>") — or is floated
// beside the paragraph (floatedPicture) or declared as wide as a picture.
func inTextLine(img *html.Node) bool {
	b := img.Parent
	for b != nil && b.Type == html.ElementNode && !lineBlock(b.DataAtom) {
		b = b.Parent
	}
	if b == nil || b.Type != html.ElementNode {
		return false
	}
	words, found := false, false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch {
			case c == img:
				found = true
				return
			case c.Type == html.TextNode:
				// The cleaner leaves a removed <br> as a mark in the text.
				t := c.Data
				if i := strings.LastIndex(t, brMark); i >= 0 {
					t, words = t[i+len(brMark):], false
				}
				words = words || squash(t) != ""
			case c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Style:
			case c.DataAtom == atom.Br:
				words = false
			case lineBlock(c.DataAtom):
				// A block inside ends the line before it, and the picture may be in it.
				words = false
				walk(c)
				words = false
			default:
				walk(c)
			}
		}
	}
	walk(b)
	return found && words
}

// lineBlock reports the elements that start a line of their own: the block elements and the
// <center> older layouts set a picture in.
func lineBlock(a atom.Atom) bool {
	return isBlockTag(a) || a == atom.Center
}

// floatedPicture reports a picture the text flows around: align=left or right, a float in its
// style, or a WordPress "alignleft"/"alignright" class — how a story's photo sits inside its
// first paragraph, where an icon sits in the line.
func floatedPicture(img *html.Node) bool {
	switch strings.ToLower(strings.TrimSpace(attr(img, "align"))) {
	case "left", "right":
		return true
	}
	st := strings.ToLower(attr(img, "style"))
	cls := strings.ToLower(attr(img, "class"))
	return strings.Contains(st, "float:") && !strings.Contains(st, "float:none") && !strings.Contains(st, "float: none") ||
		strings.Contains(cls, "alignleft") || strings.Contains(cls, "alignright")
}
