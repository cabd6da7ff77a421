package extract

import (
	"bufio"
	"index/suffixarray"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reference forms of the three answers fuzz21 made linear (issue 20, twenty-first round): the
// walks the rules did before, kept here to check that the caches answer as they did.

// refFirstHeading is headingLinksAway's walk before fuzz21: the first <h1>–<h4> under box in
// document order, stopping at n (nil: never).
func refFirstHeading(box, n *html.Node) *html.Node {
	var h *html.Node
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		if c == n {
			return true
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4) {
			h = c
			return true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(box)
	return h
}

// refTeaserLinkByline is teaserLinkByline before fuzz21: the list item searched for every call.
func refTeaserLinkByline(n *html.Node) bool {
	var link *html.Node
	for a, k := n, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			link = a
			break
		}
	}
	if link == nil || attr(link, "href") == "" {
		return false
	}
	href := attr(link, "href")
	for li, k := link.Parent, 0; li != nil && k < 3; li, k = li.Parent, k+1 {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li {
			continue
		}
		return findElement(li, func(c *html.Node) bool {
			return c != link && c.DataAtom == atom.A && attr(c, "href") == href && !within(c, link)
		}) != nil
	}
	return false
}

// refImageBefore is pictureCreditLink's sibling walk before fuzz21.
func refImageBefore(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture) {
			return true
		}
	}
	return false
}

// checkCaches21 scans doc and checks the three caches against their reference walks: every
// <article>'s first heading as the scan recorded it, the teaser-link answer and the image-before
// answer of every node (asked in document order and again, on a fresh page, in reverse).
func checkCaches21(t *testing.T, name string, doc *html.Node) {
	t.Helper()
	p := scan(doc)
	var nodes []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		nodes = append(nodes, n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	fresh, back := &page{}, &page{}
	for i, n := range nodes {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			if got, want := p.articleHeading[n], refFirstHeading(n, nil); got != want {
				t.Errorf("%s: <article> #%d: scan's first heading %v, the walk's %v", name, i, got, want)
			}
		}
		if got, want := fresh.teaserLinkByline(n), refTeaserLinkByline(n); got != want {
			t.Errorf("%s: node #%d (%s): teaserLinkByline %v, the search %v", name, i, n.Data, got, want)
		}
		if got, want := fresh.imageBeforeIn(n), refImageBefore(n); got != want {
			t.Errorf("%s: node #%d (%s): imageBeforeIn %v, the walk %v", name, i, n.Data, got, want)
		}
	}
	for i := len(nodes) - 1; i >= 0; i-- {
		if got, want := back.imageBeforeIn(nodes[i]), refImageBefore(nodes[i]); got != want {
			t.Errorf("%s: node #%d backwards: imageBeforeIn %v, the walk %v", name, i, got, want)
		}
	}
}

// caches21Pages are the markup the three caches read, small: nested cards, a list item of
// teaser bylines, credits after and before pictures.
var caches21Pages = []string{
	`<h1>Story</h1><article><p>x</p><article><h3>Inner</h3></article><h2><a href="/o">Other story about trams</a></h2><span class=byline>Jane</span></article>`,
	`<article><template><h2>T</h2></template><h4>Four</h4><article><h1>One</h1></article></article><article><p>none</p></article>`,
	`<ul><li><a href="/b">Bridge reopens</a> (<a href="/b"><strong>By Tom Roe</strong></a>)</li><li><a href="/c"><b>By Ann</b></a><a href="/c"><a href="/c">x</a></a></li>` +
		`<li><script><a href="/d">s</a></script><a href="/d"><p><b>By Jo</b></p></a></li><li><a href=""><b>By</b></a></li></ul>`,
	`<div class=photo><p class=credit><a href="/staff/a-b/">A B</a></p><img src=a.jpg><span class=caption><a href="/staff/c-d/">C D</a></span>` +
		`<picture></picture><p class=credit>t<a>x</a></p></div><figure><img><figcaption><a href="/staff/e/">E</a></figcaption></figure>`,
}

// TestCaches21MatchWalks: the caches of headingLinksAway, teaserLinkByline and
// pictureCreditLink answer as the walks they replaced on the test pages, the markup above and,
// with EVALDATA set, every page of the tuned sets.
func TestCaches21MatchWalks(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	more, _ := filepath.Glob("testdata/classes/*.html")
	files = append(files, more...)
	if dir := os.Getenv("EVALDATA"); dir != "" {
		if f, err := os.Open(filepath.Join(dir, "dirs")); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				pages, _ := filepath.Glob(filepath.Join(strings.TrimSpace(sc.Text()), "*.html"))
				files = append(files, pages...)
			}
			f.Close()
		}
	}
	for i, s := range caches21Pages {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		checkCaches21(t, "page "+string(rune('a'+i)), doc)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(string(b)))
		if err != nil {
			continue
		}
		checkCaches21(t, name, doc)
	}
	t.Logf("%d pages", len(files)+len(caches21Pages))
}

// FuzzRules21 feeds one string to the twenty-first round's rules directly (issue 20, branch
// fuzz21): the posted-line name, a jump menu's prompt, ideograph spaces, camel-case names,
// geo.region codes, an initial, staff outlets, the "works for" note, a firm's sign-off, the
// printed case, an <h1> opening the <title>, a spelled host label, and, on the string parsed
// in a list item, a picture's box and an <article>, the three caches against their walks, and
// the comment target's suffix array against strings.Contains; since fuzz21b also body21n's and
// new21a's line rules, cuts and picture rules (the cuts may only shorten the body). None
// may panic; closedIdeographSpaces only drops spaces, unglueCamel only adds them.
func FuzzRules21(f *testing.F) {
	for _, s := range []string{
		"posted November 22nd, 2008 8:13 PM UTC by Jane Roe in", "Posted on Wednesday, November 5th, 2008, 8:22 am by",
		"Select a date 2010.12.31", "男子勾結醫師病患詐保 今被起訴", "LasVegasSun.com", "BR-PI", "us-tx", "DE", "-", "Example D",
		"By Example Searchlight staff", "Jane Roe works for Example Corp.", "By Jane Roe, associate, ExamplePartners. E-mail",
		"Story on the rise - study", "Story - Deck: Site \"Column\" Article", "OurSite Central", "Sep 4, 14", "May 22, 2017 | 2 a.m.",
		`<a href="/b">Bridge</a> (<a href="/b"><strong>By Tom Roe</strong></a>)`, `<p class=credit><a href="/staff/jane-roe/">Jane Roe</a></p>`,
		`<h2><a href="/videos/other/">Other story about trams</a></h2><span class=byline>Jane Roe</span>`, "\xff", " ", "口 口",
		// body21n and new21a (fuzz21b).
		"Photo: Jane Roe/Harbour Weekly", "The pier at dawn — Foto: Ana Lima/TV Porto", "Discussion\n\nok [Posted by: ann]",
		"live 11766 MHz\n\n2 October, 2014\n\nQuay", "位置：首页 > 新闻动态", "Home » News", "【文/某某网专栏作者 周明远】",
		"林志明／東京4日電", "【記者林小明／台北報導】", "客運業者：盼補貼到位\n\n陳美玲／台中報導", "Text: Marta Kovač, Video: Goran Petrić",
		`<img alt="The harbour at dawn, seen from the ferry"><span>The harbour at dawn, seen from the ferry</span>`,
		`<div class="block"><img src=a.jpg><div class=credits>foto: x</div><div class=caption>Park</div></div>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		if out := closedIdeographSpaces(s); valid && (len(out) > len(s) || strings.ReplaceAll(out, " ", "") != strings.ReplaceAll(s, " ", "")) {
			t.Fatalf("closedIdeographSpaces(%q) = %q", s, out)
		}
		if out := unglueCamel(s); valid && strings.ReplaceAll(out, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("unglueCamel(%q) = %q", s, out)
		}
		geoRegionZone(s, "www.example.com.br")
		geoRegionZone(s, s)
		initialWord(s)
		staffOutlet(s, s+"\nBy "+s+" staff")
		worksForNote(s)
		firmWriter(s, []string{s, "By " + s})
		if out := printedCase(s, []string{strings.ToLower(s), s}); !strings.EqualFold(out, s) {
			t.Fatalf("printedCase(%q) = %q", s, out)
		}
		words := strings.Fields(s)
		if len(words) > 0 {
			h := strings.Join(words[:len(words)/2+1], " ")
			h1OpensUncutTitle([]string{s, h}, []string{s, h}, []int{srcTitleTag, srcH1})
			spelledHostLabel(words, s)
		}
		cutAtHostPart(s, "www.oursitecentral.com")
		titlePart(s, squash(s))
		formPrompt(strings.ToLower(s))
		// The comment target's suffix array answers as strings.Contains.
		idx := &textIndex{text: s, sa: suffixarray.New([]byte(s))}
		for _, key := range []string{s, s[len(s)/2:], s[:len(s)/3], "x", "ab", strings.TrimSpace(s) + "x"} {
			if key != "" && idx.contains(key) != strings.Contains(s, key) {
				t.Fatalf("textIndex(%q).contains(%q) = %v", s, key, !strings.Contains(s, key))
			}
		}
		doc, err := html.Parse(strings.NewReader("<title>" + s + "</title><h1>Story</h1><ul><li>" + s + "</li></ul><div class=photo><p class=credit>" + s +
			"</p></div><article>" + s + "</article><p>" + s + "</p>"))
		if err != nil {
			return
		}
		checkCaches21(t, "fuzz", doc)
		// body21n's and new21a's rules (fuzz21b): the body's cuts and drops only shorten it.
		body := strings.Join([]string{s, "Photo: " + s, s + " — Foto: " + s, "Discussion", s, "票價也看淡旺季", s}, "\n\n")
		for name, out := range map[string]string{
			"dropPictureCreditLines": dropPictureCreditLines(body), "cutClosingLists": cutClosingLists(body), "dropHeaderAboveHeadline": dropHeaderAboveHeadline(body, s),
			"cutAppendedStory": cutAppendedStory(body),
		} {
			if len(out) > len(body) {
				t.Fatalf("%s(%q) = %q, longer", name, body, out)
			}
		}
		pictureCreditLine(s)
		appendedHeadline(s)
		filedCreditLine(s)
		zhDispatchCredit(s)
		youAreHereLine(s)
		roleLabelledNames(s)
		captions, credits := pictureLines(doc)
		if out := dropPictureLines(body, captions, credits); len(out) > len(body) {
			t.Fatalf("dropPictureLines(%q) = %q, longer", body, out)
		}
		pdoc, err := html.Parse(strings.NewReader(`<div class="block image"><img src=a.jpg alt="` + html.EscapeString(s) + `"><div class=credits>` + s +
			`</div><div class=caption>` + s + `</div><span>` + s + `</span></div><div><div><p>` + s + `</p></div></div>`))
		if err != nil {
			return
		}
		for n := range pdoc.Descendants() {
			if n.Type == html.ElementNode {
				altRepeatCaption(n)
				altRepeatCredit(n)
				cls := attr(n, "class")
				pictureBlockCaption(n, cls)
				pictureBlockCredit(n, cls)
				boxedPara(n)
				paragraphBox(n)
			}
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.TextNode && n.Parent != nil {
				postedByName(n, strings.TrimSpace(n.Data))
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				afterDatedBy(n)
				afterEditorLabel(n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	})
}
