package readability

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"

	"paperboy/core/extract/internal/readability/internal/re2go"
	"paperboy/core/internal/randtext"
)

// fastCases are subtrees whose text has the white space the fast paths must count as upstream
// does: runs of \s across element boundaries, lone spaces, no-break and other Unicode spaces
// (trimmed at the ends, never collapsed), a vertical tab (not \s) and broken UTF-8.
var fastCases = []string{
	``,
	`<p>one</p>`,
	`<div>  <p> a  b </p>	<p>c
	d</p>  </div>`,
	"<p>\u00a0 lead\u00a0\u00a0and\u2003\u2003trail \u00a0</p>",
	"<p>tab\t\tand\vvertical\v\vtab\f\rform</p>",
	"<p>x<b> </b> <i>y</i>\r\n\r\nz</p>",
	"<p>broken \xe3\x80 utf\xff8 <b>\xe3</b>\x80\x80 end</p>",
	"<p> \u3000 ideographic \u3000</p>",
	`<div><script>var a = "  x  ";</script><a href="#"> link  text </a></div>`,
	`<div>lead <a href="#top">  hash  </a> mid <a href="/x"> plain <b>bold</b> </a> <a> none </a> tail</div>`,
	"<div>one, two,<b>,</b> ,\u00a0, three\u3000,</div>",
	`<div><p>p <img src="a.png"><input></p><ul><li>x<p>nested <img src="b.png"></p></li><li>y</li></ul></div>`,
	"<ul><li><a href=\"/a\">one\u00a0</a></li>\n <li> <a href=\" #b\">two</a> </li></ul>",
}

// upstreamCharCount is go-readability's getCharCount: s counted in the node's whole inner text.
func upstreamCharCount(ps *Parser, node *html.Node, s string) int {
	return strings.Count(ps.getInnerText(node, true), s)
}

// upstreamLinkDensity is go-readability's getLinkDensity, each link's text walked on its own.
func upstreamLinkDensity(ps *Parser, element *html.Node) float64 {
	textLength := ps.innerTextLen(element)
	if textLength == 0 {
		return 0
	}
	var linkLength float64
	for _, link := range dom.GetElementsByTagName(element, "a") {
		coefficient := 1.0
		if href := strings.TrimSpace(dom.GetAttribute(link, "href")); href != "" && rxHashURL.MatchString(href) {
			coefficient = 0.3
		}
		linkLength += float64(ps.innerTextLen(link)) * coefficient
	}
	return linkLength / float64(textLength)
}

func TestFastPathsMatchUpstream(t *testing.T) {
	for _, src := range fastCases {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		ps := NewParser()
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if got, want := nodeText(n), dom.TextContent(n); got != want {
				t.Errorf("%q: nodeText = %q, dom.TextContent %q", src, got, want)
			}
			up := strings.TrimSpace(dom.TextContent(n))
			if got, want := collapseSpaces(up), re2go.NormalizeSpaces(up); got != want {
				t.Errorf("%q: collapseSpaces = %q, NormalizeSpaces %q", src, got, want)
			}
			if got, want := ps.innerTextLen(n), charCount(re2go.NormalizeSpaces(up)); got != want {
				t.Errorf("%q: innerTextLen = %d, upstream %d", src, got, want)
			}
			if got, want := commaCount(n), upstreamCharCount(&ps, n, ","); got != want {
				t.Errorf("%q: commaCount = %d, upstream %d", src, got, want)
			}
			p, img, li, input := countCleanTags(n)
			if got, want := [4]int{p, img, li, input}, [4]int{len(dom.GetElementsByTagName(n, "p")), len(dom.GetElementsByTagName(n, "img")),
				len(dom.GetElementsByTagName(n, "li")), len(dom.GetElementsByTagName(n, "input"))}; got != want {
				t.Errorf("%q: countCleanTags = %v, upstream %v", src, got, want)
			}
			if got, want := ps.getLinkDensity(n), upstreamLinkDensity(&ps, n); got != want {
				t.Errorf("%q: getLinkDensity = %v, upstream %v", src, got, want)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
}

func TestCollapsedLenMatchesUpstream(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{"a", " ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u3000", "é", "中", "\xff", "\xe3\x80", "\x80"}
	for range 20000 {
		s := randtext.Join(rng, 20, pieces)
		if got, want := collapsedLen([]byte(s)), charCount(collapseSpaces(strings.TrimSpace(s))); got != want {
			t.Fatalf("collapsedLen(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestCollapseSpacesAlone(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "a b", "a  b", " a\t\tb\n", "a\v\vb", "\u00a0\u00a0", "x \r\n y"} {
		if got, want := collapseSpaces(s), re2go.NormalizeSpaces(s); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJSONLDInCDATA keeps reading JSON-LD wrapped in CDATA markers, which getJSONLD strips only
// when a marker is there, and plain JSON-LD.
func TestJSONLDInCDATA(t *testing.T) {
	for _, script := range []string{
		`<![CDATA[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Wrapped"}]]>`,
		` {"@context":"https://schema.org","@type":"NewsArticle","headline":"Wrapped"} `,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">` + script + `</script></head><body></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		ps := NewParser()
		ps.doc = doc
		if md, _ := ps.getJSONLD(); md["title"] != "Wrapped" {
			t.Errorf("%s: title %q, want Wrapped", script, md["title"])
		}
	}
}

// TestLinkDensitiesMatchUpstream asks linkDensities for every element of each case at once, with
// a detached element among them (asked getLinkDensity), against upstream's getLinkDensity of
// each; then the same on random markup, whose text nodes split UTF-8 sequences, hold broken
// bytes and every kind of space.
func TestLinkDensitiesMatchUpstream(t *testing.T) {
	check := func(src string) {
		t.Helper()
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		ps := NewParser()
		var elems []*html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode {
				elems = append(elems, n)
			}
		}
		detached, _ := html.Parse(strings.NewReader(`<div>away <a href="/x">link</a></div>`))
		elems = append(elems, dom.GetElementsByTagName(detached, "div")[0])
		got := ps.linkDensities(doc, elems)
		for i, n := range elems {
			if want := upstreamLinkDensity(&ps, n); got[i] != want {
				t.Fatalf("%q: linkDensities of <%s> #%d = %v, upstream %v", src, n.Data, i, got[i], want)
			}
		}
	}
	for _, src := range fastCases {
		check(src)
	}
	rng := rand.New(rand.NewSource(14))
	pieces := []string{"a", "word", ", ", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u3000", "é", "中",
		"\xff", "\xe3\x80", "\x80", "<p>", "</p>", "<div>", "</div>", `<a href="#x">`, `<a href="/y">`, "</a>", "<b>", "</b>",
		"<li>", "<ul>", "</ul>", "<br>", "<span> </span>"}
	for range 3000 {
		check(randtext.Join(rng, 40, pieces))
	}
}

// TestCloneTreeMatchesClone compares cloneTree with dom.Clone node by node (type, atom, data,
// attributes, namespace left out, empty attribute lists not nil), and checks that an attribute
// added to one copied node leaves its neighbours' alone.
func TestCloneTreeMatchesClone(t *testing.T) {
	srcs := append([]string{`<html><head><title>t</title></head><body><svg><path d="M0"/></svg><p class="a" id="b">x<br>y</p><p>z</p></body></html>`}, fastCases...)
	for _, src := range srcs {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		got, want := cloneTree(doc), dom.Clone(doc, true)
		var same func(a, b *html.Node)
		same = func(a, b *html.Node) {
			if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace ||
				(a.Attr == nil) != (b.Attr == nil) || len(a.Attr) != len(b.Attr) {
				t.Fatalf("%q: node %q differs from dom.Clone's %q", src, a.Data, b.Data)
			}
			for i := range a.Attr {
				if a.Attr[i] != b.Attr[i] {
					t.Fatalf("%q: attribute %v, dom.Clone %v", src, a.Attr[i], b.Attr[i])
				}
			}
			ca, cb := a.FirstChild, b.FirstChild
			for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
				if ca.Parent != a || (ca.PrevSibling == nil) != (cb.PrevSibling == nil) {
					t.Fatalf("%q: links of %q differ", src, ca.Data)
				}
				same(ca, cb)
			}
			if ca != nil || cb != nil || (a.LastChild == nil) != (b.LastChild == nil) {
				t.Fatalf("%q: children of %q differ", src, a.Data)
			}
		}
		same(got, want)
		for n := range got.Descendants() {
			if len(n.Attr) > 0 {
				before := dom.OuterHTML(got)
				n.Attr = append(n.Attr, html.Attribute{Key: "data-x", Val: "1"})
				if after := dom.OuterHTML(got); strings.Count(after, "data-x") != 1 || len(after) <= len(before) {
					t.Fatalf("%q: an added attribute shows %d times", src, strings.Count(after, "data-x"))
				}
				break
			}
		}
	}
}

// TestBareSubtreeMatchesUpstream checks bareSubtree's walk against upstream's calls on every
// node of the cases and of random markup whose texts split UTF-8 spaces across elements: a word
// only where strings.TrimSpace(nodeText(n)) has text, and, where it finds none, the <br> and
// <hr> GetElementsByTagName lists; and isElementWithoutContent against upstream's formula.
func TestBareSubtreeMatchesUpstream(t *testing.T) {
	pieces := []string{"a", " ", "\u00a0", "\u3000", "\xe3\x80", "\x80", "\xff", "<b>", "</b>", "<div>", "</div>", "<br>", "<hr>", "<p>"}
	srcs := append([]string{}, fastCases...)
	rng := rand.New(rand.NewSource(14))
	for range 3000 {
		srcs = append(srcs, randtext.Join(rng, 16, pieces))
	}
	for _, src := range srcs {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			words, breaks, _ := bareSubtree(n)
			if words && strings.TrimSpace(nodeText(n)) == "" {
				t.Fatalf("%q <%s>: a word, but no text", src, n.Data)
			}
			if want := len(dom.GetElementsByTagName(n, "br")) + len(dom.GetElementsByTagName(n, "hr")); !words && breaks != want {
				t.Fatalf("%q <%s>: %d breaks, want %d", src, n.Data, breaks, want)
			}
			if n.Type != html.ElementNode {
				continue
			}
			childs := len(dom.Children(n))
			want := strings.TrimSpace(nodeText(n)) == "" && (childs == 0 || childs == len(dom.GetElementsByTagName(n, "br"))+len(dom.GetElementsByTagName(n, "hr")))
			if got := (&Parser{}).isElementWithoutContent(n); got != want {
				t.Fatalf("%q <%s>: isElementWithoutContent = %v, want %v", src, n.Data, got, want)
			}
		}
	}
}

// TestPreparedDocStandsForItsCopy checks that the document grabArticle's first attempt now takes
// (ps.doc as ParseDocument prepares it) and a retry's (reprepare) are, field by field, the
// cloneTree copy of the prepared document each attempt took before: same types, atoms, data,
// no namespace (the svg a noscript's text is parsed into), attribute lists never nil, without
// spare capacity and shared by no two nodes; and that the caller's document is left as it was.
func TestPreparedDocStandsForItsCopy(t *testing.T) {
	pieces := []string{"a", "word ", " ", "\n", "<p>", "</p>", "<div>", "</div>", `<div class="x" id="y">`, "<br>", "<br> <br>",
		"<font color=red>", "</font>", "<!-- c -->", "<script>var a = 1</script>", `<style>p{}</style>`, "<b>", "</b>",
		`<img src="a.jpg">`, `<noscript><img src="b.jpg" alt="b"></noscript>`, `<noscript><svg><path d="M0"/></svg></noscript>`,
		`<noscript><p>text</p></noscript>`, `<noscript><math><mi><img src="m.jpg"></mi></math></noscript>`, `<svg viewBox="0 0 1 1"><title>t</title></svg>`, `<math><mi>x</mi></math>`,
		`<a href="/x">link</a>`, "<li>", "<ul>", "</ul>", "<table><tr><td>c</td></tr></table>"}
	rng := rand.New(rand.NewSource(15))
	srcs := append([]string{}, fastCases...)
	for range 3000 {
		srcs = append(srcs, "<html><head><title>t</title></head><body>"+randtext.Join(rng, 40, pieces))
	}
	prepare := func(ps *Parser, doc *html.Node) {
		ps.src = doc
		ps.doc = cloneTree(doc)
		ps.unwrapNoscriptImages(ps.doc)
		_, _ = ps.getJSONLD()
		ps.removeScripts(ps.doc)
		ps.prepDocument()
	}
	for _, src := range srcs {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		before := dom.OuterHTML(doc)
		var same func(a, b *html.Node)
		same = func(a, b *html.Node) {
			if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace ||
				(a.Attr == nil) != (b.Attr == nil) || len(a.Attr) != len(b.Attr) || cap(a.Attr) != cap(b.Attr) {
				t.Fatalf("%q: node %q %q %d differs from the copy's %q %q %d", src, a.Data, a.Namespace, cap(a.Attr), b.Data, b.Namespace, cap(b.Attr))
			}
			for i := range a.Attr {
				if a.Attr[i] != b.Attr[i] {
					t.Fatalf("%q: attribute %v, copy %v", src, a.Attr[i], b.Attr[i])
				}
			}
			ca, cb := a.FirstChild, b.FirstChild
			for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
				if ca.Parent != a || cb.Parent != b || (ca.PrevSibling == nil) != (cb.PrevSibling == nil) {
					t.Fatalf("%q: links of %q differ", src, ca.Data)
				}
				same(ca, cb)
			}
			if ca != nil || cb != nil || (a.LastChild == nil) != (b.LastChild == nil) {
				t.Fatalf("%q: children of %q differ", src, a.Data)
			}
		}
		unshared := func(root *html.Node) {
			seen := map[*html.Attribute]bool{}
			for n := range root.Descendants() {
				if len(n.Attr) > 0 {
					if seen[&n.Attr[0]] {
						t.Fatalf("%q: two nodes share an attribute list", src)
					}
					seen[&n.Attr[0]] = true
				}
			}
		}
		// Before: each attempt took cloneTree of the prepared document.
		old := NewParser()
		prepare(&old, doc)
		want := cloneTree(old.doc)
		// Now: the first attempt takes the prepared document, made to look like its copy.
		ps := NewParser()
		prepare(&ps, doc)
		asCloned(ps.doc)
		same(ps.doc, want)
		unshared(ps.doc)
		// A retry prepares a new copy of the caller's document.
		ps.reprepare()
		same(ps.doc, want)
		unshared(ps.doc)
		if dom.OuterHTML(doc) != before {
			t.Fatalf("%q: the caller's document changed", src)
		}
	}
}

// TestNodeOnlyKeepsTheNode parses random pages with and without NodeOnly: the article node, its
// tree and the title and byline are the same; only the rendered content is left out.
func TestNodeOnlyKeepsTheNode(t *testing.T) {
	pieces := []string{"a word, another, ", "word ", " ", "\n", "<p>", "</p>", "<div>", "</div>", `<div class="comment">`,
		`<div class="article-body">`, "<br>", "<h1>", "</h1>", "<b>", "</b>", `<img src="a.jpg">`, `<a href="/x">link</a>`,
		"<li>", "<ul>", "</ul>", strings.Repeat("Long sentence of the story, with commas, and words. ", 4)}
	rng := rand.New(rand.NewSource(18))
	for range 1000 {
		src, doc := randomPage(t, rng, `<meta name="author" content="Jane Roe">`, pieces)
		whole, errWhole := FromDocument(doc, nil)
		p := NewParser()
		p.NodeOnly = true
		only, errOnly := p.ParseDocument(doc, nil)
		if (errWhole == nil) != (errOnly == nil) || (whole.Node == nil) != (only.Node == nil) ||
			whole.Title != only.Title || whole.Byline != only.Byline {
			t.Fatalf("%q: NodeOnly %+v, whole %+v", src, only, whole)
		}
		if whole.Node != nil && dom.OuterHTML(whole.Node) != dom.OuterHTML(only.Node) {
			t.Fatalf("%q: NodeOnly's node %q, whole %q", src, dom.OuterHTML(only.Node), dom.OuterHTML(whole.Node))
		}
	}
}

// randomPage is a page of up to 60 pieces drawn by rng, with head inside its <head>, and its tree.
func randomPage(t *testing.T, rng *rand.Rand, head string, pieces []string) (string, *html.Node) {
	t.Helper()
	src := `<html><head><title>t</title>` + head + `</head><body>` + randtext.Join(rng, 60, pieces)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return src, doc
}

// TestStripCDATAMatchesExpression checks stripCDATA against rxCDATA on texts built of the
// pieces either alternative reads: the markers, \s bytes and others (vertical tab is no \s).
func TestStripCDATAMatchesExpression(t *testing.T) {
	pieces := []string{"<![CDATA[", "]]>", "]", "]]", ">", "<!", "[", " ", "\t", "\n", "\r", "\f", "\v", "{}", "x", "\u00a0"}
	rng := rand.New(rand.NewSource(21))
	for range 50000 {
		in := randtext.Join(rng, 8, pieces)
		if got, want := stripCDATA(in), rxCDATA.ReplaceAllString(in, ""); got != want {
			t.Fatalf("stripCDATA(%q) = %q, the expression %q", in, got, want)
		}
	}
}
