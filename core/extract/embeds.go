package extract

import (
	"strings"

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
// is a story's worth (minBody tokens): a post that is an embedded tweet and a line keeps it.
func dropEmbeds(root *html.Node) { dropBoxesBeside(root, embedMark, minBody) }
