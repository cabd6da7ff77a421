package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a line of text when rendering; everything else flows inline.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Main: true, atom.Hr: true,
}

// junkClassRe matches class/id tokens of page furniture that readability sometimes keeps:
// share buttons, related-article boxes, captions, newsletter prompts.
var junkClassRe = regexp.MustCompile(`(?i)(^|[\s_\-])(share|sharing|sns|social|related|relate|recommend|popular|most-?read|` +
	`newsletter|subscribe|caption|figcaption|photo_?txt|img_?desc|breadcrumb|tags?|keywords?|comments?|reply|` +
	`promo|sponsor|advert|banner|ad|ads|copyright|more-?news|btn|toolbar|print|font-?size|outbrain|taboola|layer|popup|tooltip)([\s_\-]|$)`)

// junkTextRe matches whole text nodes that are UI labels, not prose.
var junkTextRe = regexp.MustCompile(`^\s*(이미지 확대보기|\[관련기사\]|관련기사|기사 더보기|좋아요|공유하기|Share( this)?( article)?|Advertisement|ADVERTISEMENT)\s*$`)

// preclean removes furniture before readability scores the page; removal is limited to
// short or link-heavy elements so a wrapper that merely has "share" in its class survives.
func preclean(root *html.Node) {
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Figcaption, atom.Button, atom.Form, atom.Select, atom.Iframe, atom.Nav, atom.Aside, atom.Svg:
				remove = append(remove, n)
				return
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && isJunk(n) {
				remove = append(remove, n)
				return
			}
		}
		if n.Type == html.TextNode && junkTextRe.MatchString(n.Data) {
			remove = append(remove, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func isJunk(n *html.Node) bool {
	cls := attr(n, "class") + " " + attr(n, "id")
	if startsWithBy(n) || bylineClass(strings.ToLower(cls)) == 2 {
		// Bylines are metadata, already read by scan; in the body they end up in the summary.
		return utf8.RuneCountInString(normSpace(textOf(n))) < 200
	}
	if strings.TrimSpace(cls) == "" || !junkClassRe.MatchString(cls) {
		return false
	}
	text, linkText := textAndLinks(n)
	tl := utf8.RuneCountInString(text)
	return tl < 300 || (tl > 0 && float64(linkText)/float64(tl) > 0.5)
}

// textAndLinks returns an element's whitespace-normalised text and how many runes of it are link text.
func textAndLinks(n *html.Node) (string, int) {
	text := normSpace(textOf(n))
	links := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			links += utf8.RuneCountInString(normSpace(textOf(c)))
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return text, links
}

// readable runs go-readability on a pre-cleaned copy and renders the article node as text
// with paragraph breaks; it also returns the article node for lead-image search.
func readable(doc *html.Node, pageURL *url.URL) (string, *html.Node) {
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return "", nil
	}
	postclean(art.Node)
	return renderText(art.Node), art.Node
}

// renderText writes the text under n with a blank line between blocks and single spaces inside them.
func renderText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return tidyParagraphs(b.String())
}

// tidyParagraphs normalises spaces inside lines and leaves exactly one blank line between paragraphs.
func tidyParagraphs(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		line = normSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" || junkTextRe.MatchString(line) {
			continue
		}
		paras = append(paras, line)
	}
	return strings.Join(paras, "\n\n")
}
