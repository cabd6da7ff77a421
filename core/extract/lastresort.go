package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// Sizes, in word tokens, of what paragraphStory takes for a story.
const (
	// storyParagraphMin is the least a paragraph holds to count: a sentence, not a label.
	storyParagraphMin = 10
	// storyFloor is the least the paragraphs of one block hold together: a story's worth,
	// twice what the readings count as collapsed.
	storyFloor = 2 * minBody
)

// paragraphStory is the last resort of the body: when every reading of the page came out
// empty or nearly so (under minBody tokens, and no line of a sentence's size: the headline, a
// footer's links), yet one block of
// the page holds a story's worth of paragraphs, those paragraphs are the body, so that no page
// with a story is read as none. Every reading works on the page cleaned of what it takes for
// furniture (hidden blocks, navigation, foreign content); whatever removed the story's block
// there, the page is parsed again and read from its <p> elements alone, grouped by the element
// that holds them, the largest group taken. A paragraph mostly of links is a teaser, one in a
// reader comment thread or the page's <footer> no story's. A short post keeps its own short
// reading (a sentence under a picture, beside an About box or over comments no class names).
// It returns "" when the body stands or no block is a story.
func paragraphStory(page []byte, body string) string {
	if textsim.CountTokens(body) >= minBody {
		return ""
	}
	for _, p := range strings.Split(body, "\n\n") {
		if textsim.CountTokens(p) >= storyParagraphMin {
			return "" // a short post's paragraph: the body is short, not empty
		}
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	releaseSwallowedPage(doc)
	type group struct {
		paras []string
		size  int
	}
	groups := map[*html.Node]*group{}
	var best *group
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Footer, atom.Select, atom.Textarea:
				return
			case atom.P:
				text := normText(n)
				size := textsim.CountTokens(text)
				runes, links := textAndLinkRunes(n)
				if size < storyParagraphMin || 2*links >= runes || n.Parent == nil {
					return
				}
				g := groups[n.Parent]
				if g == nil {
					g = &group{}
					groups[n.Parent] = g
				}
				g.paras = append(g.paras, text)
				g.size += size
				if best == nil || g.size > best.size {
					best = g
				}
				return
			}
			if commentThread(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if best == nil || len(best.paras) < 2 || best.size < storyFloor {
		return ""
	}
	var b bytes.Buffer
	for i, p := range best.paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return cleanBody(b.String())
}
