package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// spriteWithOpenTitle is an icon sprite at the top of <body> whose third <title> is closed by
// a bare "</>", which HTML ignores: the title, an HTML integration point, stays open and every
// later tag of the page is parsed inside the hidden sprite.
const spriteWithOpenTitle = `<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;top:-9999px;visibility:hidden">` +
	`<symbol id="icon-a" viewBox="0 0 24 24"><title>icon arrow</title><path d="M1,1L2,2"/></symbol>` +
	`<symbol id="icon-b" viewBox="0 0 24 24"><title>icon bell</title><path d="M3,3L4,4"/></symbol>` +
	`<symbol id="icon-c" viewBox="0 0 24 24"><title>icon chevron</><path d="M5,5L6,6"/></symbol>` +
	`<symbol id="icon-d" viewBox="0 0 24 24"><title>icon dot</title><path d="M7,7L8,8"/></symbol>` +
	`</svg>`

func TestPageSwallowedByAnOpenSpriteTitleIsRead(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Harbour bridge to close for repairs</title>` +
		`<meta property="og:description" content="The harbour bridge will close for three weeks of repairs, the council said."></head><body>` +
		spriteWithOpenTitle +
		`<header><a href="/">The Coastal Times</a></header><div class="layout"><div class="article">` +
		`<h1>Harbour bridge to close for repairs</h1>` +
		`<div class="article__summary">The harbour bridge will close for three weeks of repairs, the council said.</div>` +
		`<div class="article__text text">` +
		`<p>The harbour bridge will close to traffic for three weeks from Monday while engineers replace the worn joints of its deck, the council said on Friday.</p>` +
		`<p>Buses will run on the inland road during the works, adding about twenty minutes to a trip between the two halves of the town.</p>` +
		`<p>The council said the joints had been patched twice since the bridge opened forty years ago and could no longer be repaired in place.</p>` +
		`<p>Shop owners on the waterfront said they feared losing customers, and asked the council to put up signs telling drivers the shops were open.</p>` +
		`</div></div></div><div class="footer"><p>© The Coastal Times. All rights reserved.</p></div></body></html>`
	r, err := Extract("https://example.com/news/bridge-repairs", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The harbour bridge will close to traffic", "signs telling drivers the shops were open"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q: %q", want, r.Body)
		}
	}
	for _, furn := range []string{"icon dot", "icon chevron"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the sprite's %q: %q", furn, r.Body)
		}
	}
	// The page itself is let out of the sprite, not only read by the last resort.
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	releaseSwallowedPage(doc)
	h1 := findElement(doc, func(n *html.Node) bool { return n.DataAtom == atom.H1 })
	if h1 == nil || hasAncestor(h1, atom.Svg) {
		t.Errorf("the headline is still inside the sprite")
	}
	var shapes int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "" && spriteShapes[n.Data] && !hasAncestor(n, atom.Svg) {
			shapes++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if shapes > 0 {
		t.Errorf("%d sprite shapes left out of the sprite", shapes)
	}
}

func TestStoryParagraphsNeverLeaveAnEmptyBody(t *testing.T) {
	// Whatever removed the block the story's paragraphs sit in (a class a script clears, a
	// wrapper named like furniture), a page with a story's worth of paragraphs is not read as
	// its headline alone: the paragraphs are the body.
	paras := `<p>The harbour bridge will close to traffic for three weeks from Monday while engineers replace the worn joints of its deck, the council said on Friday.</p>` +
		`<p>Buses will run on the inland road during the works, adding about twenty minutes to a trip between the two halves of the town.</p>` +
		`<p>The council said the joints had been patched twice since the bridge opened forty years ago and could no longer be repaired in place.</p>` +
		`<p>Shop owners on the waterfront said they feared losing customers, and asked the council to put up signs telling drivers the shops were open.</p>`
	for name, wrap := range map[string]string{
		"class a script clears": `<div class="article hidden">` + paras + `</div>`,
		"navigation wrapper":    `<nav class="story">` + paras + `</nav>`,
		"svg foreign object":    `<svg viewBox="0 0 10 10"><foreignObject width="10" height="10">` + paras + `</foreignObject></svg>`,
	} {
		page := `<html><head><title>Harbour bridge to close</title></head><body><h1>Harbour bridge to close</h1>` + wrap +
			`<div class="footer"><a href="/about">About us</a> <a href="/contact">Contact</a></div></body></html>`
		r, err := Extract("https://example.com/news/bridge", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"The harbour bridge will close to traffic", "signs telling drivers the shops were open"} {
			if !strings.Contains(r.Body, want) {
				t.Errorf("%s: body lacks %q: %q", name, want, r.Body)
			}
		}
		if strings.Contains(r.Body, "About us") {
			t.Errorf("%s: body keeps the footer: %q", name, r.Body)
		}
	}
}

func TestShortPostOverCommentsStaysShort(t *testing.T) {
	// A picture and a line above a thread of long reader comments: the post is the line, and
	// the comments' paragraphs are no story to fall back on.
	var comments strings.Builder
	for i := range 5 {
		comments.WriteString(`<li class="comment"><p>I walked past the harbour this morning and the view was as lovely as ever, thank you for posting this picture number ` +
			string(rune('a'+i)) + `, it made my day.</p></li>`)
	}
	page := `<html><head><title>Morning at the harbour</title></head><body><div class="post"><h1>Morning at the harbour</h1>` +
		`<div class="entry-content"><p><img src="/harbour.jpg"> Fog over the harbour.</p></div></div>` +
		`<div id="comments"><h3>5 Comments</h3><ol class="comment-list">` + comments.String() + `</ol></div></body></html>`
	r, err := Extract("https://example.com/2020/05/morning-harbour", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "I walked past the harbour") {
		t.Errorf("body took the comments: %q", r.Body)
	}
}
