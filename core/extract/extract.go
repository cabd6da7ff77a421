// Package extract turns a fetched article page into metadata and readable text: title,
// description, lead image, authors, dates and body, trusting JSON-LD first, then OpenGraph and
// Twitter cards, then other meta tags, microdata and finally what the page shows.
package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"paperboy/core/boilerplate"
	"paperboy/core/textsim"
)

// Result is what Extract learns about one article page.
type Result struct {
	Title       string    // headline without the site-name suffix
	Description string    // the publisher's own summary (og:description, meta description)
	ImageURL    string    // absolute URL of the lead image, "" when none
	SiteName    string    // publication name, e.g. "한국금융신문"
	Author      string    // Authors joined with ", "
	Authors     []string  // people credited; desks and organisations are left out
	Published   time.Time // first publication; zero when the page does not say
	// PublishedDateOnly says the page names only the day of publication: Published is then
	// midnight in the page's zone and its time of day means nothing.
	PublishedDateOnly bool
	Modified          time.Time // last update; zero when the page does not say
	Body              string    // main text, paragraphs separated by a blank line
	Lang              string    // BCP 47 language tag as the page declares it
	CanonicalURL      string    // absolute canonical URL the page declares, "" when none
	Tags              []string  // keywords and article:tag values
}

// maxInput bounds the bytes parsed, so one enormous page cannot stall a worker.
const maxInput = 8 << 20

// Extract reads an already UTF-8 decoded HTML page fetched from pageURL. It returns an error
// only when nothing can be parsed; missing fields are left empty.
func Extract(pageURL string, page []byte) (*Result, error) {
	return ExtractWith(pageURL, page, Options{})
}

// ExtractWith is Extract with per-source options.
func ExtractWith(pageURL string, page []byte, opts Options) (res *Result, err error) {
	defer func() {
		// go-readability walks arbitrary DOMs; a bug there must cost one article, not the process.
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extract: %s: internal error: %v", pageURL, r)
		}
	}()
	if len(page) > maxInput {
		page = page[:maxInput]
	}
	if !utf8.Valid(page) {
		page = bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	page = closeRunawayTitle(page)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("extract: parse html: %w", err)
	}
	releaseSwallowedPage(doc)
	openNoscriptStory(doc)
	stripInvisible(doc)
	base, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || !base.IsAbs() {
		base = nil
	}
	p := scan(doc)
	thread := threadText(p.commentAnchor)
	ld := parseJSONLD(p.jsonLD)
	if ld == nil {
		ld = &ldArticle{}
	}
	if st := readArcState(p.stateScript); st != nil {
		// The story a script renders: the reference reading, as a JSON-LD articleBody is.
		if ld.body == "" {
			ld.body = st.body
		}
		ld.stateAuthors = st.authors
	}
	bodyNode := bodyOf(doc)
	pageText := normText(bodyNode)
	r := &Result{}
	r.SiteName = firstNonEmpty(p.meta["og:site_name"], ld.siteName, p.meta["application-name"])
	r.Lang = pageLang(p, ld)
	if r.Lang == "" {
		r.Lang = detectLang(pageText)
	} else if localeOnlyTag(p) {
		r.Lang = textOverLocale(r.Lang, pageText)
	}
	tv := titleView(p, ld)
	title, sureTitle := pageTitle(tv, ld, r.SiteName, hostOf(base), bodyNode)
	if h := headlineOverTopicTitle(tv, title); h != "" {
		// The sources agreed on a topic's tag; the page's one <h1> is the story's headline.
		title, sureTitle = h, true
	} else if h := headlineStatedTwice(tv, title); h != "" {
		// Of two og:titles the page states, the one its <h1> prints is the headline.
		title, sureTitle = h, true
	}
	if t := kickerWithColon(tv); t != "" && title == tv.h1 {
		title = t
	}
	if t := overlineLeftOut(tv, title); t != "" {
		title = t
	}
	title = printedCase(title, tv.h1s)
	r.Title = title
	r.Description = normSpace(firstNonEmpty(p.meta["og:description"], p.meta["twitter:description"],
		p.meta["description"], ld.description))
	r.CanonicalURL = resolveURL(base, firstNonEmpty(p.canonical, p.meta["og:url"], ld.url))
	r.Tags = pageTags(p, ld)

	boxes := boxLines(doc)
	captions, credits := pictureLines(doc)
	dropOutletAppeals(doc, r.SiteName)
	preclean(doc)
	chosen := chooseBody(doc, base, ld.body, r.Title, r.Description)
	// An empty title is settled only as far as the head goes: the story may still print one.
	if !sureTitle || r.Title == "" {
		r.Title = headlineTheReadingTells(p, bodyNode, r.Title, chosen)
		if r.Title == "" {
			// No title anywhere and none the story tells: older layouts style the headline in
			// a cell or <div> whose class says "title".
			r.Title = namedHeadline(bodyNode, "title")
		}
	}
	reading := dropKicker(dropSecondCopy(headlineArticle(doc, chosen, r.Title, r.Description)), doc, r.Title)
	body := dropFurnitureLines(cleanBody(dropHotlineBoxes(leadWithStandfirst(doc, trimEdges(dropLines(reading, boxes), r.Title), r.Title, r.Description))))
	body = cutClosingUpdateStamp(cutPrintNote(cutWireDisclaimer(cutRuledPromo(cutClosingLists(dropPictureCreditLines(body)))))) // a picture's credit; a list or comments under the story; a promotion under a rule; a newswire's notice; the print edition's note; a Japanese "last updated" line and what follows it
	// "Mehr dazu in wien.ORF.at": a link to another of the outlet's sites.
	body = cutMoreOnSite(body)
	if sureTitle {
		// The page states its headline: a line under a header that reads as it is that headline,
		// not a story's first line a title was made from.
		body = dropHeaderAboveHeadline(body, r.Title)
	}
	if story, ok := stubStory(reading, r.Description); ok {
		body = story // an expired story's page: its description is all that is left of it
	} else if story := paragraphStory(page, body); story != "" {
		body = story
	}
	body = dropRestatedLead(dropLostLines(dropPictureLines(cutAppendedStory(endAtCommentTarget(body, thread)), captions, credits)))
	r.Body = body

	loc, visibleLoc := pageZones(p, ld, r.Lang, zoneHost(base, r.CanonicalURL, doc), pageText, opts.Zone)
	p.text = pageText
	p.headline = r.Title
	pub, mod := pageDates(p, ld, reading, r.Title, base, r.Lang, loc, visibleLoc, opts.Now)
	r.Published, r.PublishedDateOnly, r.Modified = pub.Time, pub.DateOnly(), mod.Time
	siteNames := append([]string{p.meta["og:site_name"], ld.siteName, p.meta["application-name"], copyrightHolder(p.meta["copyright"]),
		p.meta["organization"], itemPublisher(p),
		zhDatelineOutlet(body)}, titleSiteParts(p.title, r.Title)...)
	r.Authors = pageAuthors(p, ld, body, reading, pageText, r.Lang, publisherNames(hostOf(base), siteNames...))
	if len(r.Authors) == 0 {
		// A column printing no byline names its writer at the end of its standfirst.
		r.Authors = standfirstWriter(r.Description)
	}
	if len(r.Authors) == 0 {
		// A personal blog names no writer on its posts: its name does ("Le blog de Patrick Weil").
		r.Authors = blogOwner(r.SiteName)
	}
	r.Author = strings.Join(r.Authors, ", ")
	r.Body = dropJaReaderSign(dropAuthorCard(r.Body, r.Authors), r.Authors)
	r.ImageURL = firstNonEmpty(
		metaImage(base, rootedImageRef(rootFileImage(gluedImageRef(p.meta["og:image"], p.images), p.images), p.images)), metaImage(base, rootedImageRef(rootFileImage(p.meta["og:image:url"], p.images), p.images)),
		metaImage(base, p.meta["og:image:secure_url"]), metaImage(base, rootedImageRef(p.meta["twitter:image"], p.images)),
		metaImage(base, rootedImageRef(p.meta["twitter:image:src"], p.images)), resolveURL(base, ld.image),
		resolveURL(base, printedRendition(p.imageSrc, p.images)), resolveURL(base, p.itemprops["image"]),
		contentImage(base, p.images), ownPageImage(base, p.images))
	if r.ImageURL == "" && slices.ContainsFunc(p.images, func(im imgTag) bool { return goodImage(im) && storyPhoto(im, im.link) }) {
		// A walk of the story's surroundings, only where nothing else names a picture and the
		// page holds one that could be it: most pages of old layouts hold only buttons and
		// bullets, and the walk would cost them 3 % (heldout-l3s).
		r.ImageURL = storyPicture(base, bodyNode, reading)
	}
	r.Title = withoutZeroWidthSpace(r.Title)
	return sanitize(r), nil
}

// withoutZeroWidthSpace drops the zero-width spaces a title holds ("mleté \u200b\u200bmäso", a
// break opportunity a content system put into a long compound): they show nothing, so a reader
// copying or indexing the headline gets words that match the printed ones. Asked last, once every
// title rule has compared the title with the page's text, which keeps them. The zero-width
// joiner and non-joiner stay: they shape Persian words and emoji.
func withoutZeroWidthSpace(t string) string {
	if !strings.Contains(t, "\u200b") {
		return t
	}
	return normSpace(strings.ReplaceAll(t, "\u200b", ""))
}

// stripInvisible removes invisible format characters (textsim.IsInvisible) from the page's
// text and from the attributes metadata is read from, so headline and date matchers, the
// summary and a chat client see whole words.
func stripInvisible(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if textsim.HasInvisible(n.Data) {
			n.Data = textsim.DropInvisible(n.Data)
		}
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template:
			return // code, not text (a JSON-LD articleBody is cleaned by ldText)
		}
		for i, a := range n.Attr {
			if (a.Key == "content" || a.Key == "title" || a.Key == "alt") && textsim.HasInvisible(a.Val) {
				n.Attr[i].Val = textsim.DropInvisible(a.Val)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		stripInvisible(c)
	}
}

// cleanBody drops copyright notices, photo captions and doubled paragraphs from the body.
func cleanBody(body string) string {
	return strings.Join(boilerplate.Clean(strings.Split(body, "\n\n")), "\n\n")
}

func bodyOf(doc *html.Node) *html.Node {
	if b := findElement(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); b != nil {
		return b
	}
	return doc
}

// findElement returns the first element under root, in document order, that match accepts,
// or nil. Code, templates and the <head> are not searched.
func findElement(root *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if findSkips(n) {
				return
			}
			if match(n) {
				found = n
				return
			}
		}
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

func pageLang(p *page, ld *ldArticle) string {
	var langs []string
	for _, v := range []string{p.lang, p.meta["content-language"], p.meta["og:locale"], ld.lang} {
		// <meta http-equiv="Content-Language" content="utf-8">: a charset in the language's
		// place declares no language, and the next source (or the text) is asked.
		if e, _ := charset.Lookup(strings.TrimSpace(v)); e == nil {
			langs = append(langs, v)
		}
	}
	lang := firstNonEmpty(langs...)
	lang = strings.ReplaceAll(strings.TrimSpace(strings.SplitN(lang, ",", 2)[0]), "_", "-")
	if len(lang) > 35 {
		return ""
	}
	return lang
}

// localeOnlyTag reports a page whose only language declaration is its og:locale: no lang
// attribute and no Content-Language. Sharing plugins write og:locale "en_US" as their default
// on pages in any language, so it is the weakest of the declarations.
func localeOnlyTag(p *page) bool {
	return isBlank(p.lang) && isBlank(p.meta["content-language"]) && !isBlank(p.meta["og:locale"])
}

// textOverLocale is the text's own language where it clearly differs from the one og:locale
// declares (a Portuguese column under a plugin's "en_US"), else the declared tag: read as
// American English, the page's numeric dates would be taken month first and its clocks in
// the wrong country's zone.
func textOverLocale(declared, text string) string {
	found := detectLang(text)
	if found == "" {
		return declared
	}
	primary, _, _ := strings.Cut(strings.ToLower(declared), "-")
	if primary == found {
		return declared
	}
	return found
}

// sameLangLocale is og:locale when its language is the page's (or the page states none),
// else "": "en_US" over a German or Portuguese page is a sharing plugin's default, and its
// region says neither the order of the page's numeric dates nor the zone of its clocks.
func sameLangLocale(lang, locale string) string {
	l, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-")), "-")
	o, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(locale), "_", "-")), "-")
	if l == "" || l == o {
		return locale
	}
	return ""
}

// maxTitleBytes is more than any real <title> holds; one not closed within it runs away.
const maxTitleBytes = 1024

// closeRunawayTitle closes a <title> the page never closes (damaged markup: "…antitrust
// cases</titavaScript" src=…"). HTML reads a title as raw text up to "</title>", so without
// one the whole page would become the title and leave no body. The title is cut at its first
// line break or "<", where the damage starts; pages with a closed title are returned as is.
func closeRunawayTitle(page []byte) []byte {
	open := indexFold(page, "<title", 0)
	if open < 0 {
		return page
	}
	gt := bytes.IndexByte(page[open:], '>')
	if gt < 0 {
		return page
	}
	start := open + gt + 1
	for end := indexFold(page, "</title", start); end >= 0 && end-start <= maxTitleBytes; end = indexFold(page, "</title", end+1) {
		// Only "</title" followed by '>', '/' or white space ends it ("</titlevalue=…" does not).
		if k := end + len("</title"); k < len(page) && bytes.IndexByte([]byte(">/ \t\n\r\f"), page[k]) >= 0 {
			return page
		}
	}
	cut := bytes.IndexAny(page[start:], "<\n")
	if cut < 0 {
		return page
	}
	out := make([]byte, 0, len(page)+len("</title>"))
	out = append(out, page[:start+cut]...)
	out = append(out, "</title>"...)
	return append(out, page[start+cut:]...)
}

// indexFold is the index of the first ASCII case-insensitive occurrence of tag (lower case,
// starting with '<') in b at or after from, or -1.
func indexFold(b []byte, tag string, from int) int {
	for i := from; i < len(b); {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(b)-i >= len(tag) && bytes.EqualFold(b[i:i+len(tag)], []byte(tag)) {
			return i
		}
		i++
	}
	return -1
}

func pageTags(p *page, ld *ldArticle) []string {
	tags := ld.keywords
	if len(tags) == 0 {
		tags = p.tags
	}
	if len(tags) == 0 {
		tags = ldKeywords(firstNonEmpty(p.meta["news_keywords"], p.meta["keywords"]))
	}
	if len(tags) > 20 {
		tags = tags[:20]
	}
	return dedupe(tags)
}

// isKorean decides whether times without an offset are KST.
func isKorean(lang, host, text string) bool {
	if strings.HasPrefix(strings.ToLower(lang), "ko") || strings.HasSuffix(strings.ToLower(host), ".kr") {
		return true
	}
	if lang != "" {
		return false
	}
	hangul, letters := 0, 0
	for i, r := range text {
		if i > 4000 {
			break
		}
		if r >= 0xAC00 && r <= 0xD7A3 {
			hangul++
		}
		if r > ' ' {
			letters++
		}
	}
	return letters > 0 && hangul*3 > letters
}

// sanitize guarantees valid UTF-8 in every field, whatever the page held.
func sanitize(r *Result) *Result {
	fix := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	r.Title, r.Description, r.ImageURL = fix(r.Title), fix(r.Description), fix(r.ImageURL)
	r.SiteName, r.Author, r.Body, r.Lang = fix(r.SiteName), fix(r.Author), fix(r.Body), fix(r.Lang)
	r.CanonicalURL = fix(r.CanonicalURL)
	for i := range r.Authors {
		r.Authors[i] = fix(r.Authors[i])
	}
	for i := range r.Tags {
		r.Tags[i] = fix(r.Tags[i])
	}
	return r
}

// noscriptStoryMin is the text, in runes, a <noscript> must hold to be taken for the story;
// noscriptShownMax the most text a page may show outside it for that (a sidebar, a header).
const (
	noscriptStoryMin = 1200
	noscriptShownMax = 2500
)

// openNoscriptStory puts the story back into the page when its script renders it and only a
// <noscript> carries it in the HTML (Blogger themes print the post in <noscript> after a
// template the script fills): parsed with scripting on, a <noscript> is one raw text node, so
// the story is invisible to everything that follows and the body becomes the sidebar. When
// the page shows little text outside its <noscript>s and one of them, parsed, holds at least
// twice as much, that markup replaces it. The usual <noscript> (a tracking pixel, an image
// fallback, a "please enable JavaScript" line) is far too short, and a page that prints its
// story shows too much for its <noscript> (a comment thread, a ticker) to count.
func openNoscriptStory(doc *html.Node) {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Noscript {
			if c := n.FirstChild; c != nil && c.Type == html.TextNode && c.NextSibling == nil && len(c.Data) >= noscriptStoryMin && strings.Contains(c.Data, "<") {
				found = append(found, n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	body := bodyOf(doc)
	if body == nil {
		return
	}
	walk(body)
	if len(found) == 0 {
		return
	}
	shown := textRunes(body)
	if shown > noscriptShownMax {
		return
	}
	isH1 := func(c *html.Node) bool { return c.DataAtom == atom.H1 }
	// A page whose only headline is inside a <noscript> shows, outside it, no story at all:
	// what it shows (a footer, a reprint or sign-in modal the sheet hides) is the frame, and
	// the <noscript> need only outweigh it, not double it (a WordPress theme that renders
	// the post by script and prints it whole, headline and all, in a <noscript>).
	unheaded := findElement(body, isH1) == nil
	for _, n := range found {
		tree := fragmentTree(n.FirstChild.Data)
		if tree == nil || n.Parent == nil {
			continue
		}
		need := 2 * shown
		if unheaded && findElement(tree, isH1) != nil {
			need = shown
		}
		if t := textRunes(tree); t < noscriptStoryMin || t < need {
			continue
		}
		n.Parent.InsertBefore(tree, n)
		n.Parent.RemoveChild(n)
		return
	}
}

// itemPublisher is the name the page's microdata publisher gives, when short enough to be one
// (the element's whole text stands in when it has no name property).
func itemPublisher(p *page) string {
	if v := p.itemprops["publisher"]; utf8.RuneCountInString(v) <= 40 {
		return v
	}
	return ""
}
