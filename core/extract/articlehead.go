package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxMarkedHeadNodes bounds the walk for a marked article headline: the headline of a page
// stands in its first few thousand elements.
const maxMarkedHeadNodes = 20000

// markedArticleHeadline is the headline a page with no title of its own (no <title>, or one
// naming only the site) marks in its markup, or "": the first element whose class or id names
// the article's headline or title ("article_headline", "readArticleTitle"; a list's
// "relatedArticleTitle" is a teaser's), two to maxHeadlineWords words and not a link's text,
// or, failing one, a blog's single link of the post to itself (rel=bookmark, its title
// attribute the text or "Permanent Link to " and the text: WordPress's themes; an archive
// page has one such link per post). Old templates print short headlines ("Slammer for
// Rammer") in such elements, beside side boxes whose "mainheadline" promo and comment
// sections whose <h2> the generic rules would take.
func markedArticleHeadline(body *html.Node) string {
	if body == nil {
		return ""
	}
	var named, permalink string
	links, seen := 0, 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if seen++; seen > maxMarkedHeadNodes {
			return false
		}
		if n.Type == html.ElementNode {
			if named == "" && articleHeadlineName(n) && !namesBylineOrDate(n) && !insideLink(n) {
				// A title box holding the headline's heading, its subtitles and the byline
				// ("div.w_article_title > h3, h4, p") is the heading's.
				h := n
				if c := firstHeadingIn(n); c != nil {
					h = c
				}
				if t, l := textAndLinks(h); spokenWords(t) >= 2 && spokenWords(t) <= maxHeadlineWords && l < utf8.RuneCountInString(t) {
					t = withoutDateParts(h, t)
					named = t
					return false
				}
			}
			if n.DataAtom == atom.A && strings.EqualFold(attr(n, "rel"), "bookmark") {
				links++
				if t, h := normText(n), normSpace(attr(n, "title")); t != "" && (h == t || h == "Permanent Link to "+t || h == "Permalink to "+t) {
					permalink = t
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(body)
	if named != "" {
		return named
	}
	if links == 1 && spokenWords(permalink) >= 2 {
		return permalink
	}
	return ""
}

// headNameJoins drops the joins of a class or id's words ("article_headline", "article-title"),
// built once: a Replacer built per attribute was most of what this test allocated.
var headNameJoins = strings.NewReplacer("_", "", "-", "")

// withoutDateParts returns t, the text of a marked headline element h, without the text of the
// elements inside it whose class or id names a date or a byline ("<td class=story-title>Wurz
// joins Honda <span class=latest-news-date>Thursday, 10, January, 2008</span></td>"): the
// element holds the headline and its stamp. Only the first maxDateParts elements are asked.
func withoutDateParts(h *html.Node, t string) string {
	const maxDateParts = 16
	seen := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && seen < maxDateParts; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if namesBylineOrDate(c) {
				if d := normText(c); d != "" && d != t {
					t = normSpace(strings.Replace(t, d, "", 1))
				}
				continue
			}
			walk(c)
		}
	}
	walk(h)
	return t
}

// articleHeadlineName reports a class or id naming an article's or a story's headline, heading
// or title, not a list's or a teaser's ("relatedArticleTitle", "moreArticleTitles").
func articleHeadlineName(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := headNameJoins.Replace(strings.ToLower(a.Val))
		// Older templates name the story so, not the article ("story_heading2",
		// "storyHeadline", "story-title").
		if !strings.Contains(v, "articleheadline") && !strings.Contains(v, "articletitle") && !strings.Contains(v, "articleheading") &&
			!strings.Contains(v, "storyheadline") && !strings.Contains(v, "storytitle") && !strings.Contains(v, "storyheading") {
			continue
		}
		if !strings.Contains(v, "related") && !strings.Contains(v, "more") && !strings.Contains(v, "list") &&
			!strings.Contains(v, "teaser") && !strings.Contains(v, "titles") && !strings.Contains(v, "headlines") {
			return true
		}
	}
	return false
}

// maxDeckHeadings is how many of the page's first headings headlineBeforeDeck pairs.
const maxDeckHeadings = 12

// headlineBeforeDeck is the headline of a title that joins it and its deck with a comma
// ("Mother Assails Mayor, Says Hopeful Should Not Run … - CBS News"), both printed as headings
// one right after the other: the first of the two, whichever the template makes the <h1>
// (CBS's 2008 pages print the headline in it, its 2005 pages the deck). The joined pair must
// be the whole title or run up to a separator (the site's part). Otherwise "".
func headlineBeforeDeck(titles, headings []string) string {
	for k := 0; k+1 < len(headings) && k < maxDeckHeadings; k++ {
		a, b := headings[k], headings[k+1]
		if spokenWords(a) < 2 || spokenWords(b) < 2 {
			continue
		}
		for _, t := range titles {
			for _, j := range []string{", ", " , "} {
				rest, ok := strings.CutPrefix(t, a+j+b)
				if ok && (rest == "" || slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasPrefix(rest, sep) })) {
					return a
				}
			}
		}
	}
	return ""
}

// maxBoxNodes bounds firstHeadingIn's walk of a title box.
const maxBoxNodes = 64

// firstHeadingIn is the first heading element inside n, within its first maxBoxNodes
// elements, or nil.
func firstHeadingIn(n *html.Node) *html.Node {
	seen := 0
	var find func(m *html.Node) *html.Node
	find = func(m *html.Node) *html.Node {
		for c := m.FirstChild; c != nil && seen < maxBoxNodes; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if isHeadingAtom(c.DataAtom) {
				return c
			}
			if h := find(c); h != nil {
				return h
			}
		}
		return nil
	}
	return find(n)
}
