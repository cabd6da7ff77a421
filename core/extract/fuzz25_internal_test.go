package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzRules25 feeds strings to the twenty-fifth round's rules merged in lead25 (issue 20, branch
// fuzz25): a heading's overline the share title leaves out (overlineLeftOut, kickedHeading, with
// the kicker and the titles cut from the same strings, title25) and the social posts embedded in
// a story (embeddedPost, dropEmbeds, body25), over a page built around the string. None may
// panic; an overline's headline is a tail of the heading, and dropping embeds only removes
// the marked posts.
func FuzzRules25(f *testing.F) {
	for _, s := range []string{
		// title25: kickers and the titles around them.
		"Eskalation in Nahost", "Angriff auf Israel: «Zitat»", "Kicker", "Kicker: ", "«", ":", " : ", "Ⱥ", "İ", "\xff", "\xe2\x80",
		"Bin-Laden-Tod", "Merkel: Die Welt ist sicherer", "Kicker – Headline", "K", "K K K K K K",
		// body25: embed classes, in any case and among others.
		"twitter-tweet", "TWITTER-TWEET", "instagram-media tiktok-embed", "twitter-video x", "",
	} {
		f.Add(s, "Headline words of the story")
	}
	f.Fuzz(func(t *testing.T, s, h string) {
		if len(s) > 2048 || len(h) > 2048 {
			return
		}
		// title25: the kicker and the heading's rest from the fuzzed strings, the share titles
		// equal to the rest or to another kicker before it.
		for _, k := range []string{s, strings.TrimSpace(s), h} {
			for _, h1 := range []string{k + " " + h, k + h, k + ": " + h, k, h} {
				p := &page{h1: h1, h1Kicker: k, meta: map[string]string{"og:title": h, "twitter:title": s + ": " + h}}
				for _, title := range []string{h1, k + ": " + h, s + ": " + h, h, s} {
					if out := overlineLeftOut(p, title); out != "" && !strings.HasSuffix(h1, out) {
						t.Fatalf("overlineLeftOut(h1 %q, kicker %q, title %q) = %q: no tail of the heading", h1, k, title, out)
					}
				}
			}
		}
		page := "<body><h1><span>" + html.EscapeString(s) + "</span> " + html.EscapeString(h) + "</h1>" +
			"<h2><b>" + html.EscapeString(h) + "</b>" + html.EscapeString(s) + "</h2>" +
			`<blockquote class="` + html.EscapeString(s) + `"><p>` + html.EscapeString(h) + `</p></blockquote>` +
			"<p>" + strings.Repeat(html.EscapeString(h)+" ", 20) + "</p></body>"
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for _, kt := range []string{squash(h), squash(s), squash(s + h), ""} {
			forEachElement(doc, func(n *html.Node) {
				kickedHeading(n, kt)
			})
		}
		// body25: mark, drop; the text left is the text outside the posts.
		marked := 0
		forEachElement(doc, func(n *html.Node) {
			if embeddedPost(n) {
				markTree(n, embedMark)
				marked++
			}
		})
		before := textOf(doc)
		dropEmbeds(doc)
		if after := textOf(doc); marked == 0 && after != before || len(after) > len(before) {
			t.Fatalf("dropEmbeds on %q changed %q into %q", page, before, after)
		}
	})
}

// forEachElement calls f on every element under n, in document order.
func forEachElement(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			f(c)
		}
		forEachElement(c, f)
	}
}
