package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// phrasing are the inline elements a sentence runs through.
var phrasing = map[atom.Atom]bool{atom.A: true, atom.Span: true, atom.B: true, atom.Strong: true, atom.Em: true, atom.I: true}

// minSentenceWords is how many words of running text beside an inline element make it part
// of a sentence; a "Share: Twitter Facebook" line has fewer.
const minSentenceWords = 4

// inSentence reports an inline element inside running text: "<a id="auto-tag_twitter_1">Twitter</a>
// erupted Monday morning when President <a …>Donald Trump</a> shared …" links topic pages
// from the prose, and a class or id naming tags, captions or sharing does not make those
// words furniture; removing them cuts the sentence. A link wrapped in inline markup of its own
// (Sina's "包括先锋领航、<span id="usstock_JPM"><a class="keyword">摩根大通</a></span>等") is in
// the sentence its wrapper is in.
func inSentence(n *html.Node) bool {
	for m := n; m != nil && m.Type == html.ElementNode && phrasing[m.DataAtom]; m = m.Parent {
		words := 0
		for _, s := range []*html.Node{m.PrevSibling, m.NextSibling} {
			if s != nil && s.Type == html.TextNode {
				words += sentenceWords(s.Data, false)
			}
		}
		if words >= minSentenceWords {
			return true
		}
		if m.Parent == nil || !onlyChild(m.Parent, m) {
			break
		}
	}
	return n.DataAtom == atom.A && inParagraph(n)
}

// minParagraphWords is how many words of a paragraph's own text, outside an inline element,
// make the paragraph running text around it.
const minParagraphWords = 2 * minSentenceWords

// inParagraph reports a link of a <p> whose own text outside links is a sentence or more, and
// whose words are words: a paragraph opening on a linked name ("<p>　　<span><a class="keyword">
// 贝莱德</a></span><span>(431.2, 7.37)</span>认为……</p>") has no text beside the link itself, but the
// paragraph is prose. A comment counter ("<a class="comments_count">0</a>") is no word, and a
// "Posted in <a>News</a> | <a class="comments-link">Leave a response</a>" line is links.
func inParagraph(n *html.Node) bool {
	p := paragraphAround(n)
	return p != nil && letters(textOf(n)) >= 2 && proseParagraph(p)
}

// paragraphAround is the <p> n stands in, through phrasing elements only, or nil.
func paragraphAround(n *html.Node) *html.Node {
	p := n.Parent
	for p != nil && p.Type == html.ElementNode && phrasing[p.DataAtom] {
		p = p.Parent
	}
	if p == nil || p.DataAtom != atom.P {
		return nil
	}
	return p
}

// proseParagraph reports a paragraph with minParagraphWords words of its own, outside links:
// inParagraph's reading of the paragraph, the same for every element in it.
func proseParagraph(p *html.Node) bool {
	words := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch {
		case words >= minParagraphWords || c.Type == html.ElementNode && c.DataAtom == atom.A:
		case c.Type == html.TextNode:
			words += sentenceWords(c.Data, true)
		default:
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
	}
	walk(p)
	return words >= minParagraphWords
}

// letters counts the letters of s.
func letters(s string) int {
	k := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			k++
		}
	}
	return k
}

// cjkWordRunes is how many Han or kana characters count as one word of running text:
// Chinese and Japanese write a sentence without spaces, and a "分享到：" label is no sentence.
const cjkWordRunes = 3

// sentenceWords counts the words of running text in s: space-separated words, each run of
// Chinese or Japanese characters counted by cjkWordRunes to a word (Korean spaces its words).
// wordsOnly counts only words with a letter or digit, for a whole paragraph's text, where the
// "|" and "," between a meta line's links would add up to a sentence; beside a link, a closing
// `."` still ends one.
func sentenceWords(s string, wordsOnly bool) int {
	words := 0
	for _, f := range strings.Fields(s) {
		cjk, alnum := 0, 0
		for _, r := range f {
			if textsim.IsIdeographic(r) {
				cjk++
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				alnum++
			}
		}
		switch {
		case cjk >= 2*cjkWordRunes:
			words += cjk / cjkWordRunes
		case alnum > 0 || !wordsOnly:
			words++
		}
	}
	return words
}
