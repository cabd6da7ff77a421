package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Paperboy's own change of behaviour (README.md): cleanConditionally keeps a block of prose whose
// links stand inside its sentences.

// maxInlineLinkDensity bounds the link density proseWithInlineLinks lets stay: past it, the
// block is more a list of links than sentences, wherever they stand.
const maxInlineLinkDensity = 0.35

// minInlineParagraphs is the least paragraphs of prose such a block holds: the story's
// paragraphs, not one line with a link, nor an embedded post and its signature line.
const minInlineParagraphs = 3

// minProseLetters is the least letters and digits outside links a <p> holds to count as a
// paragraph of prose: a sentence, not a signature ("— Office (@handle) May 26").
const minProseLetters = 30

// proseWithInlineLinks reports a block that cleanConditionally would remove for its link density
// alone (over 0.2, few commas) but whose links stand inside its paragraphs' sentences: it holds
// minInlineParagraphs paragraphs of prose or more, its link density is at most
// maxInlineLinkDensity, and four fifths or more of its link text comes after words of the same
// paragraph. A story's opening that links a name, a document and an earlier story in four short
// paragraphs is such a block; a box of teasers or related links opens each item with its link and
// is not. So is a block of one paragraph that reads as prose (bareProse).
func proseWithInlineLinks(node *html.Node, linkDensity float64) bool {
	if linkDensity > maxInlineLinkDensity {
		return false
	}
	paras, links, inline := 0, 0, 0
	letters := 0 // of the current paragraph, outside links
	var walk func(n *html.Node, inPara, inLink, inlineLink bool)
	walk = func(n *html.Node, inPara, inLink, inlineLink bool) {
		switch n.Type {
		case html.TextNode:
			if inLink {
				k := utf8.RuneCountInString(n.Data)
				links += k
				if inlineLink {
					inline += k
				}
				return
			}
			if inPara {
				for _, r := range n.Data {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						letters++
					}
				}
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "p":
				if !inPara {
					inPara, letters = true, 0
					defer func() {
						if letters >= minProseLetters {
							paras++
						}
					}()
				}
			case "a":
				if !inLink {
					inLink, inlineLink = true, inPara && letters > 0
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPara, inLink, inlineLink)
		}
	}
	walk(node, false, false, false)
	return paras >= minInlineParagraphs && links > 0 && 5*inline >= 4*links || paras <= 1 && bareProse(node)
}

// minBareProseLetters is the least letters and digits outside links a block of bare text (no
// <p>) holds to be read as a paragraph of prose: a sentence or two, not a label and a link.
const minBareProseLetters = 80

// minBareProseLinks is the least links such a paragraph holds: a lead that links the names it
// gives links several; one link in a closing line is as often a pointer to another page.
const minBareProseLinks = 2

// maxBareProseBytes bounds the text bareProse reads: a paragraph, not a page in one block.
const maxBareProseBytes = 4000

// minLinkTail is the least letters and digits a paragraph of one link holds after that link for
// bareProse to read it as prose: the sentence goes on past the linked words ("Having been neutral
// for decades, <a>both applied to Nato in May 2022</a>, shortly after Russia invaded Ukraine."),
// where a pointer to another page closes on its link ("Read more: <a>…</a>.").
const minLinkTail = 15

// minOneLinkLetters is the least letters and digits outside its link such a paragraph holds: a
// sentence of some length around the linked words, shorter than a lead that links several names.
const minOneLinkLetters = 50

// bareProse reports a block that is one paragraph of bare text, as layouts that print each of
// the story's paragraphs in a <div> of its own do (readability has made it a <p>, or a <p> in
// its <div>): only phrasing content under it (text, links, emphasis, <br>), minBareProseLetters
// letters or more outside its links, every link after words of its own (a name or a topic
// linked inside a sentence, not an item opened by its link; minBareProseLinks of them, none a
// bare address), and a closing stop. A wire lead that links every name it gives ("New Delhi: <a>Separatist leader</a>
// and <a>Party</a> chief <a>Name</a>, who …") passes; a teaser or a "Related:" line does not.
func bareProse(node *html.Node) bool {
	node = innerWrapper(node)
	letters, links, size := 0, 0, 0
	tail := 0 // letters and digits after the last link, outside links
	inline := true
	var last rune // the text's last rune that is not white space
	var walk func(n *html.Node, inLink bool) bool
	walk = func(n *html.Node, inLink bool) bool {
		switch n.Type {
		case html.TextNode:
			if inLink && (strings.HasPrefix(n.Data, "http") || strings.HasPrefix(n.Data, "www.")) {
				return false // a bare address linked: a citation or a reference, not a name
			}
			for _, r := range n.Data {
				if !inLink && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
					letters++
					tail++
				}
				if !unicode.IsSpace(r) {
					last = r
				}
			}
			size += len(n.Data)
			return size <= maxBareProseBytes
		case html.ElementNode:
			switch n.Data {
			case "a":
				if !inLink {
					inline = inline && letters > 0
					links++
					tail = 0
				}
				inLink = true
			case "strong", "b", "em", "i", "u", "span", "br", "sup", "sub", "mark", "small", "p":
			default:
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, inLink) {
				return false
			}
		}
		return true
	}
	for c := node.FirstChild; c != nil; c = c.NextSibling {
		if !walk(c, false) {
			return false
		}
	}
	if !inline || links == 0 || links < minBareProseLinks && tail < minLinkTail || letters < minBareProseLetters && (links > 1 || letters < minOneLinkLetters) {
		return false
	}
	return strings.ContainsRune(".!?”\"’)", last)
}

// maxWrapperDepth bounds the <div>s innerWrapper goes through: a component's frames, not a page.
const maxWrapperDepth = 6

// innerWrapper returns the innermost of the <div>s that each hold only the next one (white
// space aside), from node down, when that innermost <div> holds one <p>: layouts built of
// components box each paragraph in several frames ("<div><div><div><p>…</p></div></div></div>"),
// and the paragraph is as bare in the outer frame as in the inner one. Frames around bare bold
// text are a pasted box (a promotion), not a paragraph the layout set: node is returned as it
// is then, and when it holds more than one element.
func innerWrapper(node *html.Node) *html.Node {
	inner := node
	for depth := 0; depth < maxWrapperDepth; depth++ {
		only := soleElement(inner)
		if only == nil {
			return node
		}
		if only.Data == "p" {
			return inner
		}
		if only.Data != "div" {
			return node
		}
		inner = only
	}
	return node
}

// soleElement returns the one element n holds when it holds nothing else but white space and
// comments, else nil.
func soleElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return nil
		}
	}
	return only
}
