package extract

import (
	"math"
	"strings"

	"paperboy/core/textsim"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// embedMark is the attribute preclean sets on a post embedded from a social network
// (embeddedPost), for postclean to drop beside a story (dropEmbeds).
const embedMark = "data-pb-embed"

// embedClasses are the classes of the <blockquote> a social network's embed code prints: the
// post's text, its author's name and handle and its date, which the network's script turns into
// a card beside the story.
var embedClasses = map[string]bool{"twitter-tweet": true, "twitter-video": true, "instagram-media": true, "tiktok-embed": true}

// embeddedPost reports such a blockquote. The post is another site's, quoted whole as a card
// ("Can it be true? … — Richard Dawkins (@RichardDawkins) March 25, 2017"); read as text it
// leaves the handle and the date line among the story's paragraphs, and the labels of most
// evaluation sets leave it out.
func embeddedPost(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	return anyField(attr(n, "class"), func(c string) bool { return embedClasses[strings.ToLower(c)] })
}

// dropEmbeds removes the embedded posts preclean marked under root when the text outside them
// is a story's worth (fragment tokens, as for galleries) and twice theirs or more: a story
// that quotes a post or two among its paragraphs. A post that is an embed and a line, or a
// roundup told through the posts it embeds (a dozen travellers' tweets between a few lines),
// keeps them; so does a brief, which without them falls under the size from which the other
// readings of the page are weighed against it.
func dropEmbeds(root *html.Node) {
	var marked []*html.Node
	visitMarks(root, func(c *html.Node) bool { return hasAttr(c, embedMark) }, 0, func(c *html.Node, _ int) bool {
		marked = append(marked, c)
		return false
	})
	if len(marked) == 0 {
		return // the text is counted only where a post is embedded
	}
	outside := visitMarks(root, func(c *html.Node) bool { return hasAttr(c, embedMark) }, math.MaxInt, func(*html.Node, int) bool { return false })
	inside := 0
	for _, n := range marked {
		inside += textsim.CountTokens(textOf(n))
	}
	if outside < fragment || 2*inside > outside {
		return
	}
	for _, n := range marked {
		n.Parent.RemoveChild(n)
	}
}
