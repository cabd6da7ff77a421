package extract

import (
	"index/suffixarray"
	"strings"

	"golang.org/x/net/html"

	"paperboy/core/textsim"
)

// Pages mark where their readers' comments start with an empty link target, for the "Comments
// (12)" link at the top to jump to: <a name="comments"></a>, <a name="commentSection"></a>,
// <a id="blogcomments"></a>. Older templates set the thread right under the story in the same
// cell, with no class that names it ("Posted by: Dom, London on 5:19pm Tue 1 Jan 08"), and the
// reading takes the thread along as the story's last paragraphs. The target says where the
// story ends, whatever the thread's words are. (threadHeading reads the target a heading opens
// with; this one stands alone, and nothing around the thread names it.)

// commentTarget reports a link target's name or id that names the comments: "comments",
// "commentSection", "article_comments", "startofcommented".
func commentTarget(name, id string) bool {
	return textsim.ContainsFoldASCII(name, "comment") || textsim.ContainsFoldASCII(id, "comment")
}

// pageThread is the page's text on each side of its comment target, squashed (no white
// space), as endAtCommentTarget compares paragraphs with it.
type pageThread struct {
	before, after string
}

// threadText reads the page's text before and after the comment target, or nil when the page
// has none. It is read before the page is cleaned: the target stays where the page put it.
func threadText(anchor *html.Node) *pageThread {
	if anchor == nil {
		return nil
	}
	root := anchor
	for root.Parent != nil {
		root = root.Parent
	}
	var before, after strings.Builder
	seen := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n == anchor:
			seen = true
			return
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "template"):
			return
		case n.Type == html.TextNode:
			if seen {
				writeSquashed(&after, n.Data)
			} else {
				writeSquashed(&before, n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return &pageThread{before: before.String(), after: after.String()}
}

// writeSquashed writes s to b without its white space: a paragraph of the reading and the
// page's text nodes space their words differently (a line break in the markup, an inline
// element's edge), never their letters.
func writeSquashed(b *strings.Builder, s string) {
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' && r != '\u00a0' {
			b.WriteRune(r)
		}
	}
}

// threadRatio bounds the text cut below a comment target against the story above it.
const threadRatio = 3

// threadKey is how many runes of a paragraph's opening are looked for in the page's text.
const threadKey = 40

// endAtCommentTarget ends the body at its first paragraph that the page prints after its comment
// target and nowhere before it, when a story's worth of text (minBody tokens) the page prints
// before the target stands above it: that paragraph opens the thread, and what follows it is
// the thread and the page's foot. When the reading's first such paragraph has less above it,
// the target stands above the story (a tab bar's, a header's) and the body is left whole; so it
// is when what follows is more than threadRatio times what stands above, as it is where a
// target between the lede and the story's body would cut the story (the threads the tuned sets
// show are at most as long as their stories).
func endAtCommentTarget(body string, t *pageThread) string {
	if t == nil || t.after == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	after, before := &textIndex{text: t.after}, &textIndex{text: t.before}
	tokens := 0 // tokens of the paragraphs above that the page prints before the target
	for i, p := range paras {
		var b strings.Builder
		writeSquashed(&b, p)
		key := b.String()
		if r := []rune(key); len(r) > threadKey {
			key = string(r[:threadKey])
		}
		if key != "" && after.contains(key) && !before.contains(key) {
			if tokens < minBody {
				return body
			}
			below := 0
			for _, q := range paras[i:] {
				below += textsim.CountTokens(q)
			}
			if below > threadRatio*tokens {
				return body
			}
			return strings.Join(paras[:i], "\n\n")
		}
		tokens += textsim.CountTokens(p)
	}
	return body
}

// textIndex answers whether a page's text holds a paragraph's key. The first few questions
// search the text (strings.Contains); past indexAfterQuestions of them on a text of more than
// indexMinBytes, a suffix array (index/suffixarray) is built once and asked instead: a reading
// of thousands of paragraphs, each searched for through a thread of megabytes, costs their
// product otherwise. Both answer the same, byte for byte.
type textIndex struct {
	text  string
	asked int
	sa    *suffixarray.Index
}

// indexAfterQuestions and indexMinBytes say when textIndex builds its suffix array: a page of
// a usual story asks a few dozen questions of tens of kilobytes, which the plain search answers
// faster than the index is built.
const (
	indexAfterQuestions = 64
	indexMinBytes       = 64 << 10
)

// contains reports whether the text holds key.
func (x *textIndex) contains(key string) bool {
	x.asked++
	if x.sa == nil && x.asked > indexAfterQuestions && len(x.text) > indexMinBytes {
		x.sa = suffixarray.New([]byte(x.text))
	}
	if x.sa != nil {
		return len(x.sa.Lookup([]byte(key), 1)) > 0
	}
	return strings.Contains(x.text, key)
}
