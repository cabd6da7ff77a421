package extract

import (
	"golang.org/x/net/html"
)

// spriteShapes are the elements an SVG icon sprite is made of. Parsed inside an SVG <title>
// left open they are unknown HTML elements, and as HTML ignores their "/>", each holds the
// rest of the page.
var spriteShapes = map[string]bool{
	"symbol": true, "path": true, "g": true, "use": true, "defs": true, "circle": true, "rect": true,
	"ellipse": true, "line": true, "polyline": true, "polygon": true, "lineargradient": true,
	"radialgradient": true, "stop": true, "clippath": true, "mask": true, "pattern": true,
}

// releaseSwallowedPage puts back the page an SVG's open <title> or <desc> swallowed. Both are
// HTML integration points: a tag inside them is parsed as HTML, and an end tag HTML ignores
// ("</>" for "</title>") leaves one open, so every later element of the page is built inside
// the SVG (an icon sprite at the top of <body>, hidden and removed as an image): the story, its
// headline and all, is then nowhere in what the page shows, and the body came out empty.
// No SVG title holds HTML elements on purpose, and none is shown: from its first HTML element
// on, what such a title holds is moved out after the outermost <svg>, in order, the sprite's
// own leftovers (its shapes, parsed as HTML, unwrapped; their titles dropped) left behind.
func releaseSwallowedPage(doc *html.Node) {
	var found [][2]*html.Node // the open title and its outermost <svg>
	var walk func(n, svg *html.Node)
	walk = func(n, svg *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "svg" {
			switch {
			case n.Data == "svg" && svg == nil:
				svg = n
			case svg != nil && (n.Data == "title" || n.Data == "desc"):
				if firstHTMLChild(n) != nil {
					found = append(found, [2]*html.Node{n, svg})
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, svg)
		}
	}
	walk(doc, nil)
	for len(found) > 0 {
		t, svg := found[0][0], found[0][1]
		found = found[1:]
		if svg.Parent == nil {
			continue
		}
		moved := swallowedNodes(firstHTMLChild(t))
		at := svg
		for _, n := range moved {
			n.Parent.RemoveChild(n)
			svg.Parent.InsertBefore(n, at.NextSibling)
			at = n
		}
		// The page let out may hold another SVG left open the same way.
		for _, n := range moved {
			walk(n, nil)
		}
	}
}

// firstHTMLChild is the first child of n that is an HTML element, or nil.
func firstHTMLChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Namespace == "" {
			return c
		}
	}
	return nil
}

// swallowedNodes lists, in document order, first and its following siblings with every sprite
// shape among them replaced by its children (a shape's <title>, the icon's name, left out).
// The shapes nest as deep as the sprite is long, so the walk keeps its own stack.
func swallowedNodes(first *html.Node) []*html.Node {
	var stack, out []*html.Node
	last := first
	for last.NextSibling != nil {
		last = last.NextSibling
	}
	for c := last; c != first.PrevSibling; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.Namespace == "" && spriteShapes[n.Data] {
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				if !(c.Type == html.ElementNode && c.Namespace == "" && c.Data == "title") {
					stack = append(stack, c)
				}
			}
			continue
		}
		out = append(out, n)
	}
	return out
}
