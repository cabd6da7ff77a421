package readability

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// createElement is dom.CreateElement with the node's DataAtom set. dom leaves it zero, and
// paperboy's caller tells blocks from inline elements by DataAtom: a <p> readability wraps
// around a page's loose text (or puts in place of a <br><br> chain) rendered as inline, and the
// paragraphs on either side of it ran together into one line.
func createElement(tag string) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
}
