package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// A page's trailing blocks often list other stories as teasers: each item opens with the other
// story's headline as a link and goes on with its time stamp or the first words of its text cut
// short ("В Кузбассе открылся хоспис 05/04, 12:30 …", "抽中公司「遲到券」 明報 - 上午7:08 …"). Such
// a list has little link text, so the link-density rules miss it; its repeated items give it away.

// minTeasers is the number of alike teaser items that make a list: two teasers may be a story's
// own pair of pointers, three in the same markup are a list the template repeats.
const minTeasers = 3

// teaserMaxRunes bounds one teaser item: a headline, a stamp and an excerpt of a few sentences.
const teaserMaxRunes = 1500

// teaserMarkRe finds what a teaser carries and a story's paragraph rarely does beside a leading
// link: a clock time ("12:30"), a numeric date ("05/04", "06.01.2012", "2012-01-11",
// "2012年1月11日"), an age ("12 hours ago") or an excerpt cut short ("…", "..."). A date stands clear of other digits,
// and one with points has its year, so a decimal ("3.5", "78.57") or a version ("4.2.3") is none.
var teaserMarkRe = regexp.MustCompile(`\b\d{1,2}:\d{2}\b|(?:^|[^\d./])(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|1[0-2])(?:/(?:\d{4}|\d{2}))?|\.(?:0?[1-9]|1[0-2])\.\d{4})(?:$|[^\d./%])|` +
	`\b\d{4}-\d{2}-\d{2}\b|\d{4}年\d{1,2}月|\.\.\.|…|` +
	`(?i:\b\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago\b)`)

// teaserMarked reports a match of teaserMarkRe. Every alternative holds an ASCII digit, "..." or
// "…": a text with none is answered without the expression, which would try every position
// of the item's text.
func teaserMarked(text string) bool {
	if strings.Contains(text, "...") || strings.Contains(text, "…") {
		return true // alternatives of their own
	}
	return digitMarked(text) && teaserMarkRe.MatchString(text)
}

// digitMarked reports what every other alternative of teaserMarkRe holds: an ASCII digit
// right before ":", "/", ".", or "-" and a digit, before "年", or before a space and the first
// letter of an age's unit ("12 hours ago"; m, h, d and w fold to no other letter). A teaser's
// text with numbers but none of these ("5 things to know", "in 2019") is answered without the
// expression, which has no literal opening and is tried at every position of the text.
func digitMarked(text string) bool {
	for i := strings.IndexAny(text, "0123456789"); i >= 0 && i+1 < len(text); i++ {
		if !isDigitByte(text[i]) {
			continue
		}
		switch c := text[i+1]; c {
		case ':', '/', '.', '-':
			if i+2 < len(text) && isDigitByte(text[i+2]) {
				return true
			}
		case ' ':
			if i+2 < len(text) {
				switch text[i+2] | 0x20 {
				case 'm', 'h', 'd', 'w':
					return true
				}
			}
		case "年"[0]:
			if strings.HasPrefix(text[i+1:], "年") {
				return true
			}
		}
	}
	return false
}

// teaserDayRe finds an English date with the month's name ("March 15, 2017", "Sep. 3, 2012"),
// the stamp of a related-story list that prints no clock time. A forum post's header carries
// one too, beside its author's linked name or as the post's linked permalink: it counts only
// after a lead of three words or more that is not the date itself, a headline.
var teaserDayRe = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
	`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?) \d{1,2}, \d{4}\b`)

// teaserDay is teaserDayRe.MatchString after a cheap test: every date it finds holds ", " (the
// expression has no literal opening, so the engine tries it at every position of a teaser's text).
func teaserDay(s string) bool {
	return strings.Contains(s, ", ") && teaserDayRe.MatchString(s)
}

// teaserRun returns the children of n that form a teaser list: at least minTeasers teaser
// items in a row, each an element of the same tag (readability strips the classes).
func teaserRun(n *html.Node) []*html.Node {
	var run, cur []*html.Node
	flush := func() {
		if len(cur) >= minTeasers {
			run = append(run, cur...)
		}
		cur = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && wordsBesideBr(c.Data) {
			flush()
			continue
		}
		if c.Type != html.ElementNode || !textLonger(c, 0) {
			continue
		}
		item := teaserItem(c) // asked once: it reads the item's text, and this runs at every depth
		if !item || len(cur) > 0 && cur[0].DataAtom != c.DataAtom {
			flush()
		}
		if item {
			cur = append(cur, c)
		}
	}
	flush()
	return run
}

// teaserItem reports an item that opens with a link to another page, the link's text a
// headline, and carries a time stamp, a date or a cut excerpt besides.
func teaserItem(n *html.Node) bool {
	// The lead link first: it stops at the item's first text, where counting the item's whole
	// text for every element of the reading, at every depth, was most of this rule's time.
	lead := leadLink(n)
	if lead == nil || !headlineWords(lead) {
		if k := kickedHeadline(n); k != nil {
			lead = k
		}
	}
	if lead == nil {
		lead = datedHeadline(n)
	}
	if lead == nil {
		return false
	}
	if textLonger(n, teaserMaxRunes) || n.DataAtom == atom.Tr && textCells(n) > 1 {
		return false // a table's row with data in several cells is a record, not a teaser
	}
	head := normText(lead)
	if r := utf8.RuneCountInString(head); r < 4 || r > 200 {
		return false
	}
	text := normTextBr(n)
	if readOnLink(n, lead, text, head) {
		return true
	}
	// A cut excerpt ("…" or "...") is one of teaserMarkRe's alternatives, found anywhere: the
	// expression, which has no literal opening and runs at every position, is not needed then.
	cut := strings.Contains(text, "…") || strings.Contains(text, "...")
	if !cut && !strings.ContainsAny(text, "0123456789") {
		return false // every stamp the expressions find holds a digit
	}
	return utf8.RuneCountInString(text) > utf8.RuneCountInString(head) &&
		(cut || teaserMarked(text) || len(strings.Fields(head)) >= 3 && !teaserDay(head) && teaserDay(text))
}

// readOnMaxWords bounds the text of a card's closing link to its story ("więcej", "Czytaj dalej >",
// "Read more"): a label, not a sentence.
const readOnMaxWords = 3

// readOnExcerptWords is the excerpt a card holds between its headline and its closing link.
const readOnExcerptWords = 8

// readOnLink reports an item that closes its excerpt with a second, short link to the page its
// headline's link leads to: the "read more" of a card of other stories, in any language. A
// story's paragraph that opens with a link does not link the same page again at its end.
// text and head are the item's and the lead link's normalised text.
func readOnLink(n, lead *html.Node, text, head string) bool {
	href := strings.TrimSpace(attr(lead, "href"))
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	var more *html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode || k == lead {
				continue
			}
			if k.DataAtom == atom.A && strings.TrimSpace(attr(k, "href")) == href {
				more = k
				continue
			}
			walk(k)
		}
	}
	walk(n)
	if more == nil || !textLonger(more, 0) || wordsAtLeast(more, readOnMaxWords+1) {
		return false
	}
	label := normText(more)
	return len(strings.Fields(text))-len(strings.Fields(head))-len(strings.Fields(label)) >= readOnExcerptWords
}

// leadLink returns the <a href> that holds the first text under n, or nil when that text is
// not a link's.
func leadLink(n *html.Node) *html.Node {
	var link, found *html.Node
	done := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if done {
			return
		}
		switch {
		case c.Type == html.TextNode:
			if wordsBesideBr(c.Data) {
				found, done = link, true
			}
			return
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript):
			return
		}
		// A script link (href="" onclick="return linkTo(this)") leads to another page as well.
		isLink := c.Type == html.ElementNode && c.DataAtom == atom.A && (attr(c, "href") != "" || attr(c, "onclick") != "")
		if isLink {
			link = c
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		if isLink {
			link = nil
		}
	}
	walk(n)
	return found
}

// maxKickerWords bounds the label a teaser card may set over its headline: a section's name
// ("Privacy", "Featured Article"), linked or not.
const maxKickerWords = 3

// kickedHeadline returns the link of the headline under n when a short label (the card's
// kicker, maxKickerWords words at most) is all the text before it: a card of a "more stories"
// river opens with its section's name, then its headline, a heading whose first text is a link
// of three words or more. It returns nil otherwise.
func kickedHeadline(n *html.Node) *html.Node {
	var head *html.Node
	words, in := 0, false
	var walk func(*html.Node) bool // true: stop
	walk = func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			// Byte by byte in ASCII (asciiSpace is unicode.IsSpace there): the runs of
			// indentation between tags are most of what this walk reads, for every item of
			// every list of the page.
			s := c.Data
			for i := 0; i < len(s); {
				var space bool
				if b := s[i]; b < utf8.RuneSelf {
					space = asciiSpace[b]
					i++
				} else {
					r, size := utf8.DecodeRuneInString(s[i:])
					space = unicode.IsSpace(r) || r == '\ue000' // brMark, a line break
					i += size
				}
				switch {
				case space:
					in = false
				case !in:
					in = true
					if words++; words > maxKickerWords {
						return true
					}
				}
			}
			return false
		case c.Type != html.ElementNode:
			return false
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript:
			return false
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			head = c
			return true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(n)
	if head == nil || head == n || words == 0 {
		return nil // no label: the item opens with its heading, which leadLink asks
	}
	if link := leadLink(head); link != nil && headlineWords(link) {
		return link
	}
	return nil
}

// datedLeadRe is a date alone, the whole text before an item's first link: "January 15, 2008",
// "Sep. 3, 2012", "15.01.2008", "2008-01-15", with a separator after it.
var datedLeadRe = mustPrefixRe(`^(?:` + teaserDayRe.String() + `|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—|:]?$`)

// maxDatedLead bounds that text in bytes: a date, not a sentence.
const maxDatedLead = 40

// datedHeadline returns the link of the headline under n when a date alone is all the text before
// it: old layouts list other stories as rows of a date and the headline's link ("January 15, 2008
// <b><a>Worker Rescued From Trench</a></b>"), which leadLink does not see as led by a link. It
// returns nil otherwise.
func datedHeadline(n *html.Node) *html.Node {
	var before strings.Builder
	var link *html.Node
	var walk func(*html.Node) bool // true: stop
	walk = func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			// Layouts indent their markup deeply: only the words count toward the bound.
			if t := strings.TrimSpace(c.Data); t != "" {
				before.WriteString(" ")
				before.WriteString(t)
			}
			return before.Len() > 2*maxDatedLead
		case c.Type != html.ElementNode:
			return false
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript:
			return false
		case atom.A:
			if attr(c, "href") != "" {
				link = c
				return true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(n)
	if link == nil {
		return nil
	}
	date := normSpace(strings.ReplaceAll(before.String(), brMark, " "))
	if date == "" || len(date) > maxDatedLead || !datedLeadRe.MatchString(date) || !headlineWords(link) {
		return nil
	}
	return link
}

// textCells counts the cells of a table row that hold text.
func textCells(tr *html.Node) int {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && textLonger(c, 0) {
			cells++
		}
	}
	return cells
}

// listHeadingMaxRunes bounds the heading over a teaser list ("Part of complete coverage on").
const listHeadingMaxRunes = 80

// listHeading returns the element right before a teaser item when it is the list's heading: a
// short line that ends no sentence. Its link ("… on <a>CNN Recommends</a>") goes with the items'
// in readability, and the words left would close the story. A story's closing line ends in a stop.
func listHeading(item *html.Node) *html.Node {
	var prev *html.Node
	for s := item.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.TextNode && !isBlank(s.Data) {
			return nil
		}
		if s.Type == html.ElementNode && textLonger(s, 0) {
			prev = s
			break
		}
	}
	if prev == nil || textLonger(prev, listHeadingMaxRunes) {
		return nil
	}
	text := normText(prev)
	if r, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(".!?\"”'’)", r) {
		return nil
	}
	return prev
}

// headlineLedChildren reports at least want element children of n led by a headline's link
// (headlineLeads): asked of every element of the page before teaserRun, whose expressions would
// cost far more on the menus and link lists of a whole page. It stops once want are found or the
// children left cannot make up the rest, so an element with fewer element children than want (a
// wrapper, a paragraph) is not read at all: the leads walk each child down to its first words.
func headlineLedChildren(n *html.Node, want int) bool {
	left := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			left++
		}
	}
	count := 0
	for c := n.FirstChild; c != nil && count < want && count+left >= want; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		left--
		if headlineLed(c) {
			count++
		}
	}
	return count >= want
}

// headlineLed reports an item whose lead link reads as a headline (headlineLeads' test of one).
func headlineLed(item *html.Node) bool {
	lead := leadLink(item)
	return lead != nil && headlineWords(lead) || kickedHeadline(item) != nil
}

// headlineLeads counts the teaser items whose lead link reads as a headline, three words or more,
// where a forum post or a comment opens with its author's linked name.
func headlineLeads(items []*html.Node) int {
	n := 0
	for _, item := range items {
		if headlineLed(item) {
			n++
		}
	}
	return n
}

// headlineWords reports a link text long enough for a headline: three words, where Chinese and
// Japanese, which set no spaces, count two ideographs a word ("抽中公司「遲到券」 遲返工免扣薪" is
// a headline of two spaced words). A person's name, a forum post's or comment's lead, is two to
// four ideographs.
func headlineWords(n *html.Node) bool {
	const min = 3
	words, ideographs, in := 0, 0, false
	return textUntil(n, func(t *html.Node) bool {
		for _, r := range t.Data {
			switch {
			case unicode.IsSpace(r):
				in = false
			case textsim.IsIdeographic(r):
				in = false
				ideographs++
			case !in:
				in = true
				words++
			}
			if words+ideographs/2 >= min {
				return true
			}
		}
		return false
	})
}

// wordsAtLeast reports whether the text under n holds at least min words (runs of non-space),
// counted without building the text.
func wordsAtLeast(n *html.Node, min int) bool {
	words, in := 0, false
	return textUntil(n, func(t *html.Node) bool {
		for _, r := range t.Data {
			switch {
			case unicode.IsSpace(r):
				in = false
			case !in:
				in = true
				if words++; words >= min {
					return true
				}
			}
		}
		return false
	})
}

// dropTeasers removes the teaser items preclean marked under root that follow a story's worth
// (fragment tokens) of other text: the list of other stories after a story. A page that is such
// a list, or opens with one, keeps it. Only blocks go: readability wrapped an item's loose text
// in a new, unmarked paragraph, and an item left without its marked headline link would no
// longer read as a teaser (teaserRun).
// A short story the list closes goes without it too: a brief of a few paragraphs, or a story
// whose embedded posts dropEmbeds took out, that readability read with the "More in …" river of
// teaser cards after it. Its text, a brief's worth (minBody tokens) or more, is all before the
// first item; a page that is the list has at most its heading there, and one that goes on
// after the list is no story closed by it.
func dropTeasers(root *html.Node) {
	var marked, early []*html.Node
	first := -1
	teaser := func(c *html.Node) bool { return hasAttr(c, teaserMark) && isBlockTag(c.DataAtom) }
	visitMarks(root, teaser, fragment, func(c *html.Node, before int) bool {
		if first < 0 {
			first = before
		}
		switch {
		case before >= fragment:
			marked = append(marked, c)
		case before >= minBody:
			early = append(early, c)
		}
		return false
	})
	// The text outside the items is counted again, up to a brief's worth past the first item,
	// only for a list that opens after a brief: most readings hold no marked item at all.
	if len(early) > 0 && first >= minBody && visitMarks(root, teaser, first+minBody, func(*html.Node, int) bool { return false })-first < minBody {
		marked = append(marked, early...)
	}
	for _, n := range marked {
		n.Parent.RemoveChild(n)
	}
}

// headedTeaserMaxWords bounds the summary under a headed teaser: one sentence, where an item of
// a story's own list (a listicle's entry) goes on for a paragraph or more.
const headedTeaserMaxWords = 40

// headedTeaserRun returns the items of the list n (ul or ol) when every item is a headed teaser
// (headedTeaser) and there are minTeasers of them or more, nil otherwise. A list of other
// stories after a story may carry no time stamp at all: its items are a heading that links to
// the other story and at most its one-sentence summary. A story's own list items are text, or
// entries whose headings lead to longer text.
func headedTeaserRun(n *html.Node) []*html.Node {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return nil
	}
	var items []*html.Node
	host := ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && !isBlank(c.Data) {
			return nil
		}
		if c.Type != html.ElementNode || !textLonger(c, 0) {
			continue
		}
		link := headedTeaser(c)
		if link == nil {
			return nil
		}
		// The items lead to one site's pages: relative addresses or one host.
		h := linkHost(attr(link, "href"))
		if len(items) == 0 {
			host = h
		} else if h != host {
			return nil
		}
		items = append(items, c)
	}
	if len(items) < minTeasers {
		return nil
	}
	return items
}

// headedTeaser returns the link of a list item made of a heading, whose text is all one link to
// another page, and at most one short paragraph after it; nil when the item is anything else.
func headedTeaser(li *html.Node) *html.Node {
	if li.DataAtom != atom.Li {
		return nil
	}
	var link *html.Node
	paragraphs := 0
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if wordsBesideBr(c.Data) {
				return nil
			}
			continue
		}
		if c.Type != html.ElementNode || !textLonger(c, 0) {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if link != nil || paragraphs > 0 {
				return nil
			}
			link = leadLink(c)
			if link == nil || normText(link) != normText(c) {
				return nil
			}
			if href := attr(link, "href"); strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
				return nil
			}
		case atom.P:
			if link == nil || paragraphs > 0 || wordsAtLeast(c, headedTeaserMaxWords+1) {
				return nil
			}
			paragraphs++
		default:
			return nil
		}
	}
	return link
}

// linkHost returns the host of an absolute address in lower case, "" for a relative one.
func linkHost(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return ""
	}
	return strings.ToLower(hostOf(u))
}
