package extract

import (
	"iter"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
	"paperboy/core/textsim"
)

// mastheadReach is how many levels above a date element its masthead box may start; mastheadText
// bounds that box's text (the date, the site's name, a weather line), so that a story header
// holding a logo never counts; maxMastheadDates caps how many such elements a page keeps.
const (
	mastheadReach    = 3
	mastheadText     = 120
	maxMastheadDates = 4
)

// mastheadDate reports a date element that shares a small box, without a heading, with the
// site's logo linked to its front page ("<div class="logo"><a href="/"><img …></a></div>
// <span class="date">Tue, 14 Jan 2020</span>"): the masthead prints the day the page was
// served, not the story's. Syndication networks' templates carry such a line above every
// story, and a story without an <h1> leaves that line the first dated element. A box that
// prints the story's headline (printsHeadline; title is the page's <title>) is the story's
// header, whatever element holds the headline.
func mastheadDate(n *html.Node, title string) bool {
	a := n
	for range mastheadReach {
		a = a.Parent
		if a == nil || a.Type != html.ElementNode || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			return false
		}
		if textRunesOver(a, mastheadText) {
			// Too long a box for a masthead, and so is every box around it: whether or not
			// it holds the logo, the answer is no. Asked before the logo is looked for in a
			// box that may be the page's whole header.
			return false
		}
		if findElement(a, frontPageLogo) != nil {
			return findElement(a, func(c *html.Node) bool { return isHeadingAtom(c.DataAtom) }) == nil &&
				!printsHeadline(a, title)
		}
	}
	return false
}

// printsHeadline reports a box with an element whose text is the page's headline as its <title>
// holds it: at least half the title's runes, and six or more (a site's name, which the title
// also holds and a masthead prints beside its logo, is shorter than the headline). Chinese
// layouts set the headline in a <div> beside the logo and the story's time, with no heading
// element: that box is the story's header, and its time the story's.
func printsHeadline(box *html.Node, title string) bool {
	title = normSpace(title)
	need := max(6, (utf8.RuneCountInString(title)+1)/2)
	if utf8.RuneCountInString(title) < need {
		return false
	}
	return findElement(box, func(c *html.Node) bool {
		if c == box {
			return false
		}
		// A text longer than the title is not in it: each box is read only up to the title's
		// length, not whole at every level of the header it sits in.
		t, ok := normTextUpTo(c, len(title))
		return ok && utf8.RuneCountInString(t) >= need && strings.Contains(title, t)
	}) != nil
}

// frontPageLogo reports a link to the site's front page ("/", or an address without a path)
// that is a logo: it holds an image, or it or its child is classed a logo or brand. A "Home"
// link in a breadcrumb, which may stand beside the story's date, is neither.
func frontPageLogo(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	h := strings.TrimSpace(attr(n, "href"))
	if h != "/" && h != "./" {
		if !strings.Contains(h, "//") {
			return false // no host without "//" (url.Parse would find none): a relative path
		}
		u, err := url.Parse(h)
		if err != nil || u.Host == "" || u.Path != "" && u.Path != "/" || u.RawQuery != "" {
			return false
		}
	}
	return findElement(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Img || c.DataAtom == atom.Svg || c.DataAtom == atom.Picture {
			return true
		}
		cls := strings.ToLower(attr(c, "class") + " " + attr(c, "id"))
		return strings.Contains(cls, "logo") || strings.Contains(cls, "brand")
	}) != nil
}

// digitColons yields the index of every colon of text with a digit on each side ("10:42"),
// the colon a clock holds; mayHoldClock asks for more after it or nothing.
func digitColons(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := strings.IndexByte(text, ':'); i >= 0; {
			if i > 0 && i+1 < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) && !yield(i) {
				return
			}
			j := strings.IndexByte(text[i+1:], ':')
			if j < 0 {
				return
			}
			i += 1 + j
		}
	}
}

// headerDayWidget reports a date element above the headline, in the site's page header
// (inPageHeader: a header or masthead box without the <h1>), that prints a day, perhaps with a
// clock ("<div id=masthead>…<div id=date_widget><p>Fri, 02 Dec 2011</p></div>" beside the
// weather, "Неделя, 6 декември 2026 г. 14:05" in a Bulgarian site's top bar): the day and time
// the page was served, as a <time> there is (timeTag.masthead), whatever logo stands elsewhere
// in the header. Every page of the site repeats it, so it never dates the story, whose own
// stamp stands below the headline. A header box that prints the headline (printsHeadline; title
// is the page's <title>) is the story's, on a page whose <h1> is empty or missing: its time is
// the story's. A linked date is a teaser's (a header's slider of featured posts,
// the story among them), not the day's.
func headerDayWidget(n *html.Node, title string) bool {
	if n.DataAtom == atom.A || hasLink(n) {
		return false
	}
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.A {
			return false
		}
	}
	box := pageHeaderOf(n)
	return box != nil && !printsHeadline(box, title)
}

// pastMasthead is text after the site header's day widgets (the mastheadDates, which stand
// above the headline): the day and time the page was served open the text of every page of
// the site, and printedTime, which gives a day-only publication the first time printed on that
// day, must start after them. (A page dated by nothing else keeps the served day, which its
// text's first date still gives: it beats a date in the story's prose, "from 1 January 2005".)
// Only a widget found before the headline is cut: an element hidden from the text may print
// the same day again in the story, which stays.
func pastMasthead(text, headline string, masthead []string) string {
	if len(masthead) == 0 || headline == "" {
		return text
	}
	h := strings.Index(text, headline)
	if h < 0 {
		return text
	}
	cut := 0
	for _, m := range masthead {
		if i := strings.Index(text[:h], m); i >= 0 && i+len(m) > cut {
			cut = i + len(m)
		}
	}
	return text[cut:]
}

// Bounds of pageHeaderDays: how many page header boxes a page has read, how much of each one's
// text, and how many dates each gives.
const (
	maxPageHeaders     = 3
	pageHeaderTextRead = 4000
	pageHeaderDates    = 2
)

// pageHeaderBox reports the site's page header above the headline (see inPageHeader): a
// <header>, or a box whose id or class is "header", "masthead" or the top strip, outside any
// <article>, holding no <h1> and no element that prints the headline (title is the page's
// <title>; a page without an <h1> may print its headline in a header box).
func pageHeaderBox(n *html.Node, cls, title string) bool {
	// Asked of every element above the headline: a substring test answers for most before
	// the class is split into words.
	if n.DataAtom != atom.Header && (!pageHeaderWordSet.In(cls) || !slices.ContainsFunc(strings.Fields(cls), pageHeaderToken)) {
		return false
	}
	return !hasAncestor(n, atom.Article) && findElement(n, headlineH1) == nil && !printsHeadline(n, title)
}

// pageHeaderWords are substrings every pageHeaderToken holds.
var pageHeaderWords = []string{"header", "masthead", "top", "bar"}

// pageHeaderWordSet is pageHeaderWords for one pass over a class.
var pageHeaderWordSet = textsim.NewAnyOf(pageHeaderWords)

// pageHeaderNames are the classes and ids of the site's page header and of the strips above
// it that print the day and the weather: the header's top row ("header-top", "top-header"),
// the top strip ("top-bar") and the date or weather bar. Not "topline": German layouts name
// the kicker over a headline so, and a press release prints its own date there.
var pageHeaderNames = map[string]bool{
	"header": true, "masthead": true, "site-header": true,
	"top-bar": true, "topbar": true, "top_bar": true,
	"header-top": true, "header_top": true, "headertop": true, "top-header": true, "top_header": true, "topheader": true,
	"top-strip": true, "topstrip": true,
	"date-bar": true, "datebar": true, "weather-bar": true, "weatherbar": true,
}

// pageHeaderToken is a class or id naming the site's page header (pageHeaderNames).
func pageHeaderToken(t string) bool {
	return pageHeaderNames[t]
}

// pageHeaderDays returns the dates, as printed, that the page header box n holds in no element
// marked as a date ("<div class=today>Неделя, 6 декември 2026 г. 14:05</div>" beside the
// weather, a top strip's plain "Sunday, December 6, 2026"): the day and time the page was
// served, or a ticker's teaser, never the story's stamp, which stands with its headline.
func pageHeaderDays(n *html.Node) []string {
	t := normText(n)
	if len(t) > pageHeaderTextRead {
		_, hi := pubdate.Window(t, 0, pageHeaderTextRead)
		t = t[:hi]
	}
	var out []string
	for len(out) < pageHeaderDates {
		_, start, end, ok := pubdate.Find(t, pubdate.Context{})
		if !ok {
			break
		}
		out, t = append(out, t[start:end]), t[end:]
	}
	return out
}
