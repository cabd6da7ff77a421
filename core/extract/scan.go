package extract

import (
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
	"paperboy/core/textsim"
)

// page is everything one walk over the parsed document collects, before any judgement.
type page struct {
	noscriptsRead int // the article's <noscript>s noscriptImages parsed (maxNoscriptsRead)
	// clsBuf holds the element's joined, lowered class, id, rel and test id (element's cls)
	// while element reads it: built on every element that names itself, it is read there only.
	clsBuf []byte
	meta   map[string]string // first value per lower-cased property/name/itemprop key
	// metaByName marks meta values read from name=/itemprop=, which a later property= replaces.
	metaByName map[string]bool
	// metaAuthorList holds every value of an author key that scholarly and Dublin Core pages
	// repeat, one author a tag (citation_author, dc.creator); meta keeps the first only.
	metaAuthorList map[string][]string
	jsonLD         []string // raw JSON-LD script bodies
	canonical      string
	imageSrc       string // <link rel=image_src>
	lang           string
	title          string // <title>
	h1             string
	// h1s are the texts of the first <h1> elements: a section name printed as the first one
	// ("Autoconsumo") leaves the headline to a later one.
	h1s []string
	// h1Nodes are the elements of h1s, one for each (see holdsStoryHeadline).
	h1Nodes []*html.Node
	// storyH1Boxes are the elements holding a story's headline among h1Nodes, for the state
	// storyH1Key (see holdsStoryHeadline).
	storyH1Boxes map[*html.Node]bool
	storyH1Key   storyH1State
	// besideSteps are the ancestors' steps of aboutOtherStoryBesideHeadline read in that state.
	besideSteps map[*html.Node]besideStep
	// h1Holders are the elements of the tree under h1Root that hold an <h1> (see
	// page.holdsHeadline).
	h1Holders map[*html.Node]bool
	h1Root    *html.Node
	// teaserLink is the last link inHeadlineLink read (readTeaserLink).
	teaserLink teaserLinkRead
	// formBoxes are formField's readings of the boxes it asked about.
	formBoxes map[*html.Node]formBox
	// boxReads counts the boxes formField and the links inHeadlineLink read whole, each once:
	// the work their memos bound, which the tests count.
	boxReads int
	// ogTitles are the page's og:title values in order, up to maxOGTitles: two plugins may
	// each state one, in different wordings (headlineStatedTwice).
	ogTitles []string
	// h1Dek is set when the first <h1>'s class or id names a standfirst and no headline
	// ("sl-art-head-dek" under an <h2 class=sl-art-head-hed>): a layout that sets its dek in
	// the <h1> for search engines and the headline in a lesser heading.
	h1Dek bool
	// h1Kicker is the kicker the first <h1> opens with in an inline element of its own
	// ("<h1><strong>Bin-Laden-Tod </strong>Merkel: …</h1>"), or "" (see leadKicker).
	h1Kicker string
	// sharedH1 is set when an <h1> sat in a share box and was left out of h1s.
	sharedH1 bool
	// crumbH1 is set when the first <h1> is the last item of a breadcrumb trail (see
	// inBreadcrumb) or an element its class names the search engines' title (seoHeading);
	// crumbHeading is then the text of the first <h2> after it, the headline the
	// page prints, and crumbKicker that <h2>'s kicker (see leadKicker).
	crumbH1                   bool
	crumbHeading, crumbKicker string
	// linkedHeadings are the texts of headings among headings that are wholly one link's text:
	// a name linked to its page (a blog's, a column's), or a teaser.
	linkedHeadings []string
	// masthead is the text of the first heading that is the site's name linked home.
	masthead string
	// headings are the texts of the first <h1>–<h3> elements in document order: pages without
	// og:title often print their headline in one of them, not in the first <h1> (a logo).
	headings []string
	// headingLeads maps a heading's text to its lead, the text before a line break, a link or a
	// smaller print inside it ("Story<br><small>Subtitle</small>", "Story <a>Section</a>").
	headingLeads map[string]string
	times        []timeTag
	dataDates    []string // data-date-time style attributes (Naver and others), hAtom "published" titles
	// updatedTitles are the title attributes of hAtom "updated" elements: a machine date of the
	// last change.
	updatedTitles []string
	itemprops     map[string]string
	// scriptDates are publication values from the page's inline script state ("published_at"
	// in a shop's product JSON, "publishedDate" in an app's initial state), first per script.
	scriptDates []string
	// containerSeen keeps namesContainer's verdict per class word for the scan.
	containerSeen map[string]bool
	// bodyID is the id of <body>, which some sites stamp with the story's day
	// ("news20240401_k10014405081000").
	bodyID string
	// itemAuthors are the names of every itemprop=author/creator element, in order;
	// itemAuthorBox holds, for each, the nearest enclosing byline element (nil when none), so
	// the bylines of teasers further down the page can be told from the article's own, and
	// itemAuthorInStory whether it sits in storyBox, so those of teasers above the story can
	// be too (set once the walk is done: the story's author may stand above its headline).
	itemAuthors       []string
	itemAuthorBox     []*html.Node
	itemAuthorNodes   []*html.Node
	itemAuthorInStory []bool
	bylines           []string // text of byline/author elements and rel=author links, one line per block
	// sideByline is the writer a byline block beside the story names, in a column the page
	// calls "related" (the Guardian's blogs of 2011): one rel=author link, in a block that
	// prints the story's own publication day, which teasers of other stories do not.
	sideByline string
	// cardBylines are the texts of the first run of author cards: byline elements that follow
	// one another as siblings of one tag and one class ("<div class=m-author>Jane Roe</div><div
	// class=m-author>John Doe</div>"), one card for each writer; lastCard is the run's last.
	cardBylines []string
	lastCard    *html.Node
	bylineNodes map[*html.Node]string
	// strongBylines come from "byline"/"reporter" classes; a page that has one credits nobody
	// else, so sidebar "author" names are not consulted when it names only an organisation.
	strongBylines []string
	byText        []string // short elements whose text starts with "By ", a byline without a class
	// storyBox is the nearest <article> (else <main>) holding the first headline; laterBylines
	// are the bylines of every kind found after it closed, those of teasers and lists under the
	// story, asked only after the bylines above and in it.
	storyBox *html.Node
	// commentHead opens the text of the readers' comment thread after the headline, if any;
	// commentTries counts the comment-classed elements asked.
	commentHead  string
	commentTries int
	// commentAnchor is the first empty link target named for the readers' comments (<a
	// name="comments"></a>), where a page's thread starts; see commentanchor.go.
	commentAnchor *html.Node
	laterBylines  []string
	editors       []string // names in author elements that an editor's label precedes ("Editor : <a>…</a>")
	// labelBylines are the names after an author label ("Autorin/Autor Roman Goncharenko",
	// "Von: Bill McCarthy, Marisha Goldhamer"), a byline marked by its wording, not its class.
	labelBylines []string
	// outletLines are short leaf elements after the headline that read "name | outlet"
	// ("Lucas Mearian | CIO"): a byline when the outlet is the site's, as storyAuthors checks.
	outletLines []string
	// datedBarNames are the texts of outletLines that end with their bar, the element after
	// them a date: "<span>Jane Roe |</span><span class=tarih>05.04.2025</span>" under the
	// headline, the name without the bar.
	datedBarNames []string
	// avatarByline is the name of the first link under the headline that shows a writer's
	// avatar and name and is followed by a date ("<a><img alt=Jane>Jane</a> on June 5, 2023"):
	// a byline marked by its layout, not its class.
	avatarByline string
	// headShotByline is the name a column's head shot is captioned with (headShotName);
	// headShotTries counts the figures that headShotName took and aboutOtherStory was asked
	// of (maxHeadShotTries), and kickerOverH1 caches columnKicker of h1Node: 0 unasked, 1
	// no, 2 yes.
	headShotByline string
	headShotTries  int
	kickerOverH1   int8
	// openArticles are the <article> elements the scan is inside, outermost first, and
	// articleHeading the first <h1>–<h4> the scan has passed inside each <article> (document
	// order): what headingLinksAway asks of a card, kept as the scan goes so that no card's
	// subtree is walked again for every byline element in it (quadratic in the card's size).
	openArticles   []*html.Node
	articleHeading map[*html.Node]*html.Node
	// hrefCounts caches linkHrefs, and imageBefore imageBeforeIn: answers asked of one node
	// by many byline and credit candidates.
	hrefCounts  map[*html.Node]map[string]int
	imageBefore map[*html.Node]bool
	// lowerTitle is the <title> lower-cased and its spaces normalised, for lowerTitleOf, and
	// awayHeadings headingLinksAway's answers for each card heading against it and the page's
	// address awaySelf.
	lowerTitle, lowerTitleOf, awaySelf string
	awayHeadings                       map[*html.Node]bool
	// postsByByline is the name of the first link under the headline whose title is "Posts by"
	// that name (WordPress's author link, "<a title="Posts by Leena Rao">Leena Rao</a>"): a
	// byline marked by the link's wording where the theme gives it no class.
	postsByByline string
	// writtenByLink is the text of the first link that follows the words "written by" (a
	// blog's closing line: "written by <a href=…/tag/katsu>katsu</a>"), see markedHandle.
	writtenByLink string
	// profileByline is the name of the first link under the headline to a profile page whose
	// address spells that name ("<a href="/author/dlcade">DL Cade</a>"): the last of these
	// layout-marked bylines, as sidebars link their writers the same way.
	profileByline string
	// profileNames are the names of the other profile links under the headline that profileByline
	// does not take (a numbered address below the story's first paragraph): a credit the
	// JSON-LD types an organisation is a person's when one of them prints it.
	profileNames []string
	// profileLists caches profileListed's answer for each parent of a numbered profile link it
	// was asked about: a staff list of thousands of such links asked its whole row for each.
	profileLists map[*html.Node]bool
	// metaProfileByline is the text of the first link to the profile page that article:author
	// gives as an address ("<a href=".../profile/jemimakiss">Jemima Kiss</a>"), wherever the
	// layout puts it: the metadata says whose profile it is.
	metaProfileByline string
	// boldParas are short paragraphs set wholly in <strong>/<b>: a signature under the story or
	// a byline over it ("<p><strong>Mohloai Mpesi</strong></p>") on sites without a byline field.
	boldParas []boldPara
	lastPara  string // text of the last <p> seen, for the next bold paragraph's prev
	// storyParas counts the long paragraphs seen so far (minStoryParaRunes): a bare byline
	// (bareByline) stands above the story, and one after the story's paragraphs is a reader
	// comment's ("posted on … by <a>Reader</a>") or a footer's.
	storyParas int
	// rightLines are short right-aligned <p> and <div> texts after the headline: a closing
	// credit line (see rightSignOff).
	rightLines []string
	// dateTexts are short elements whose class names a date ("date", "time", "publish", Korean
	// "info" boxes), those after the headline first: sidebars list other stories' dates too.
	dateTexts, earlyDateTexts []string
	// publishClassDates holds the first date element after the headline, or one inside it
	// ("<div class=byline-date><span class=publish-date>"), when its class names the
	// publication ("publish-date", "pubdate"): the class labels the date as "Published"
	// would. Later ones are a feed's or a list's teasers.
	publishClassDates []string
	firstDateAfterH1  *html.Node // the first date element after the headline
	// headClock is a bare clock ("16:14") a date-classed element prints right before the
	// headline's block, its day printed in a date element of its own (see joinSeparateClock).
	headClock string
	// mastheadDates are date elements above the headline in the box of the site's logo (see
	// mastheadDate): the day the page was served. At most maxMastheadDates, so that the box
	// test runs on few more elements than the capped date texts.
	mastheadDates []string
	// pageHeaders counts the page header boxes read for dates (see pageHeaderDays).
	pageHeaders int
	h1Seen      bool
	// bylinesAtH1 is how many byline elements stood before the headline: a menu of article
	// cards, each with its writer's class, may fill the cap before the story's own byline.
	bylinesAtH1 int
	// strongAtH1 is how many strong byline elements stood before the first <h1>: a menu's
	// teasers of columnists ("| Jane Roe" under each blog's name).
	strongAtH1 int
	// h1Node is the page's first <h1>; underHeadline the text of the element right after it, the
	// story's info line on some layouts ("26 listopada 2022 | Plus Minus | Piotr Litka").
	h1Node        *html.Node
	underHeadline string
	// parasAfterH1 counts the paragraphs after the headline; stampSeen is set once one of the
	// first of them held nothing but a date ("<p>January 18, 2020</p>"), which counts as a
	// date element.
	parasAfterH1 int
	stampSeen    bool
	text         string // the whole visible text, whitespace-normalised (set by Extract)
	headline     string // the title Extract settled on (set by Extract before the authors)
	images       []imgTag
	tags         []string // every article:tag
	// zhLines are the short blocks holding a Chinese credit word ("作者：", "记者", "责任编辑："),
	// in page order; lastZhBlock is the block last recorded.
	zhLines     []string
	lastZhBlock *html.Node
	// stateScript is the first script that assigns an Arc (Fusion) state, see readArcState.
	stateScript string
	// scripts are the texts of the page's scripts other than JSON-LD, up to maxStateScripts, for
	// headlineStateDate.
	scripts []string
	// jaBylines are the lines right after a headline that print a Japanese job title and the
	// writer's name ("編集委員　田中陽"), see jaHeadlineByline.
	jaBylines []string
	// jaLabelled are the texts that open with a Japanese writer's label ("著者：後藤大地").
	jaLabelled []string
	// zhHeadWriter is the writer of a "name/outlet" line under a headline ("石佳/中国青年报").
	zhHeadWriter string
}

// timeTag is a <time datetime> element with a hint of whether it dates publication and
// whether it comes after the first <h1>.
type timeTag struct {
	datetime          string
	pub, afterHeading bool
	// local marks a datetime without a zone whose element prints the same clock (see
	// printsOwnClock): it is read in the page's visible zone, not as UTC.
	local bool
	// masthead marks a <time> in the site's header above the headline (see inPageHeader):
	// the day the page was served ("Ponedeljek, 28. 3. 2022" beside the weather), not the story's.
	masthead bool
	// printed marks an element that prints something (a date) rather than an empty marker.
	printed bool
}

// inPageHeader reports an element inside the site's page header — a <header>, or an element
// whose id or class is "header", "masthead" or the top strip ("top-bar") — that holds no <h1> and is no part of an
// <article>: the story's own header holds its headline.
func inPageHeader(n *html.Node) bool {
	return pageHeaderOf(n) != nil
}

// pageHeaderOf is the page header inPageHeader finds n in, or nil.
func pageHeaderOf(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		if a.DataAtom == atom.Article {
			return nil
		}
		if a.DataAtom == atom.Header || slices.ContainsFunc(strings.Fields(strings.ToLower(attr(a, "id")+" "+attr(a, "class"))), pageHeaderToken) {
			if findElement(a, headlineH1) != nil {
				return nil
			}
			return a
		}
	}
	return nil
}

// headlineH1 reports an <h1> that is no site logo: a header whose only <h1> wraps the logo
// ("<h1 class=logo><a href=/>Name</a></h1>", themes of the 2010s) holds no story's headline.
func headlineH1(n *html.Node) bool {
	if n.DataAtom != atom.H1 {
		return false
	}
	if cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id")); strings.Contains(cls, "logo") || strings.Contains(cls, "site-title") {
		return false
	}
	return findElement(n, frontPageLogo) == nil
}

// leadKicker returns the text of the inline element (strong, b, span, em, small) an <h1> opens
// with when more of its own text follows: a kicker of at most four words that ends no sentence
// and no clause (a colon keeps it part of the headline's sentence). Otherwise "".
func leadKicker(h1 *html.Node) string {
	c := nextNonBlank(h1.FirstChild)
	if c == nil || c.Type != html.ElementNode || c.NextSibling == nil {
		return ""
	}
	switch c.DataAtom {
	case atom.Strong, atom.B, atom.Span, atom.Em, atom.Small:
	default:
		return ""
	}
	k := normText(c)
	if k == "" || len(strings.Fields(k)) > 4 || strings.ContainsAny(lastRune(k), ".:!?;,") {
		return ""
	}
	return k
}

// hasDescendant reports an element of the given kind below n.
func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

// imgTag is one <img> candidate for the lead image.
type imgTag struct {
	src, alt, class string
	srcset          string // the responsive candidates, read only to find a file an image meta names
	width, height   string
	link            string // the href of the link the image stands in (imageLink)
	inArticle       bool
	shareIcon       bool // set in a share box: a network's icon or the box's own ("share.png")
}

// imageSrcAttrs are the attributes that hold an <img>'s address, in the order they are trusted:
// src, then the lazy loaders' (data-src, data-original, data-lazy-src), which a script copies
// into src only when the picture scrolls into view, leaving src empty in the served page.
var imageSrcAttrs = []string{"src", "data-src", "data-original", "data-lazy-src"}

// readImg is what an <img> element says of itself: its address (trimmed, as a browser reads
// it), srcset, alt, class and id, and declared size; where it stands (in the article, in a
// share box, in a link) the caller adds. It is the one reader of imageSrcAttrs: lazy takes a
// lazy loader's address when src is empty, without it only src counts.
func readImg(n *html.Node, lazy bool) imgTag {
	srcAttrs := imageSrcAttrs
	if !lazy {
		srcAttrs = srcAttrs[:1]
	}
	var src string
	for _, k := range srcAttrs {
		if src = strings.TrimSpace(attr(n, k)); src != "" {
			break
		}
	}
	return imgTag{src: src, srcset: attr(n, "srcset"), alt: attr(n, "alt"), class: attr(n, "class") + " " + attr(n, "id"),
		width: attr(n, "width"), height: attr(n, "height")}
}

// maxNoscriptsRead bounds the <noscript>s in the article noscriptImages parses: the lead
// picture stands near the story's top, and a page of a thousand lazy pictures is not parsed
// twice over.
const maxNoscriptsRead = 16

// maxNoscriptImageBytes bounds the <noscript> text noscriptImages parses: a picture's
// fallback is one tag or a few, and a longer one is a story's copy openNoscriptStory handles.
const maxNoscriptImageBytes = 4096

// noscriptImages records the pictures a <noscript> inside the article holds. Parsed with
// scripting on, a <noscript> is one raw text node, so the picture a script player or a
// lazy loader shows ("<noscript><img class=holding src=…></noscript>" under a video, the
// fallback of a script-drawn photo) was never seen; where it is the story's only picture
// it leads the post as the page shows it to a reader without scripts.
func (p *page) noscriptImages(n *html.Node) {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || c.NextSibling != nil || len(c.Data) > maxNoscriptImageBytes || !strings.Contains(strings.ToLower(c.Data), "<img") {
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(c.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return
	}
	var add func(im *html.Node)
	add = func(im *html.Node) {
		if im.Type == html.ElementNode && im.DataAtom == atom.Img {
			t := readImg(im, true)
			if t.src != "" && !slices.ContainsFunc(p.images, func(o imgTag) bool { return o.src == t.src }) {
				t.inArticle = true
				p.images = append(p.images, t)
			}
		}
		for c := im.FirstChild; c != nil; c = c.NextSibling {
			add(c)
		}
	}
	for _, top := range nodes {
		add(top)
	}
}

// zonedByText gives a <time> whose datetime states no zone the zone its own text prints:
// datetime="2022-10-17 16:01:26" showing "10/17/2022 04:01 PM EDT" is 16:01 Eastern, not
// UTC. The text must name the same day, hour and minute; otherwise the value stays as it is.
func zonedByText(datetime, text string) string {
	machine, ok := pubdate.Parse(datetime, pubdate.Context{})
	if !ok || machine.Zoned || machine.Precision < pubdate.Minute {
		return datetime
	}
	shown, ok := pubdate.Parse(normSpace(text), pubdate.Context{MonthFirst: true})
	if !ok || !shown.Zoned || shown.Precision < pubdate.Minute {
		return datetime
	}
	m, s := machine.Time, shown.Time
	if m.Year() != s.Year() || m.YearDay() != s.YearDay() || m.Hour() != s.Hour() || m.Minute() != s.Minute() {
		return datetime
	}
	return time.Date(m.Year(), m.Month(), m.Day(), m.Hour(), m.Minute(), m.Second(), m.Nanosecond(), s.Location()).Format(time.RFC3339Nano)
}

// dateTooltip is the instant a date element's tooltip states: the title attribute of the
// element or of its first child element, when it holds an ISO date with a time of day or a date
// with a time and a zone (<div class="date"><span title="Monday 27th of April 2020 02:37:18 AM
// CDT">Apr 27th, 2020</span></div>). The printed text is often only the day, or a clock
// without a zone; the tooltip is the same moment, complete. Empty when there is none. A
// data-timestamp attribute holds the same for the script that prints the element's relative
// age (<div class="byline-timestamp" data-timestamp="2018-11-03T06:45:41+0000">5m</div>).
func dateTooltip(n *html.Node, text string) string {
	v := attr(n, "title")
	if v == "" {
		v = attr(n, "data-timestamp")
	}
	if v == "" {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				v = attr(c, "title")
				break
			}
		}
	}
	if v == "" || len(v) > 64 {
		return ""
	}
	st, ok := pubdate.Parse(v, pubdate.Context{MonthFirst: true})
	if !ok || st.Precision < pubdate.Minute || !st.Zoned && !isoDateTime(v) {
		return ""
	}
	if _, off := st.Time.Zone(); off == 0 {
		// A UTC or zone-less tooltip whose wall clock the element prints ("2017-03-21T19:50:48Z"
		// over "Published 7:50 pm, Tuesday, March 21, 2017") is the newsroom's clock labelled
		// UTC: the printed clock, read in the page's zone, says more.
		if printsClock(text, st.Time.Hour(), st.Time.Minute()) {
			return ""
		}
	}
	if isoDateTime(v) {
		return v
	}
	return st.Time.Format(time.RFC3339Nano)
}

// printsClock reports a text that prints the time of day h:m, on a 24-hour or a 12-hour clock
// ("19:50", "7:50 pm"), not inside a longer number.
func printsClock(text string, h, m int) bool {
	mm := ":" + strconv.Itoa(m/10) + strconv.Itoa(m%10)
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	for _, clock := range []string{strconv.Itoa(h) + mm, strconv.Itoa(h/10) + strconv.Itoa(h%10) + mm, strconv.Itoa(h12) + mm, strconv.Itoa(h12/10) + strconv.Itoa(h12%10) + mm} {
		if standsAlone(text, clock) {
			return true
		}
	}
	return false
}

// standsAlone reports whether clock occurs in text with no digit right before or after it
// ("9:05" in "at 9:05 PM", not in "19:05").
func standsAlone(text, clock string) bool {
	for i := range occurrences(text, clock) {
		end := i + len(clock)
		if (i == 0 || !isDigitByte(text[i-1])) && (end == len(text) || !isDigitByte(text[end])) {
			return true
		}
	}
	return false
}

// isoDateTime reports an ISO 8601 date with a time of day ("2014-04-13T20:08:00Z", in either
// case): a tooltip that holds one is a machine value, where a title attribute more often
// holds words.
func isoDateTime(v string) bool {
	return len(v) >= 16 && len(v) <= 40 && v[4] == '-' && v[7] == '-' && (v[10] == 'T' || v[10] == 't') && v[13] == ':' &&
		isDigitByte(v[0]) && isDigitByte(v[11]) && isDigitByte(v[14])
}

// printsOwnClock reports a <time> whose datetime states no zone and whose text prints that
// datetime's hour and minute as a 24-hour clock ("22h00", "22:00", "27/10/2016 22:00"): the
// element shows the newsroom's wall clock, so the value is local time too (Gazeta do Povo's
// <time datetime="2016-10-27 22:00">22h00</time> is 22:00 in Brasília, not UTC).
func printsOwnClock(datetime, text string) bool {
	if len(text) > 64 || !strings.ContainsAny(text, ":h") {
		return false
	}
	machine, ok := pubdate.Parse(datetime, pubdate.Context{})
	if !ok || machine.Zoned || machine.Precision < pubdate.Minute {
		return false
	}
	h, m := machine.Time.Hour(), machine.Time.Minute()
	for _, sep := range []string{":", "h"} {
		mm := sep + strconv.Itoa(m/10) + strconv.Itoa(m%10)
		for _, clock := range []string{strconv.Itoa(h/10) + strconv.Itoa(h%10) + mm, strconv.Itoa(h) + mm} {
			if standsAlone(text, clock) {
				return true
			}
		}
	}
	return false
}

// maxDateTexts bounds the dated elements kept above the headline, and apart those after it
// (with those an article's header holds above the headline).
const maxDateTexts = 24

// maxHeadings bounds the headings kept for the title: the headline sits near the top.
const maxHeadings = 24

func scan(root *html.Node) *page {
	p := &page{meta: map[string]string{}, metaByName: map[string]bool{}, itemprops: map[string]string{}}
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			inArticle = p.element(n, inArticle)
			p.passedHeading(n)
		} else if n.Type == html.TextNode && len(p.zhLines) < 24 && hasZhKeyword(n.Data) {
			p.zhLine(n)
		} else if n.Type == html.TextNode && len(p.jaLabelled) < 4 && jaLabelLead(n.Data) {
			p.jaLabelled = append(p.jaLabelled, normSpace(n.Data))
		} else if n.Type == html.TextNode && len(p.byText) < 8 && p.storyParas < maxParasAboveByline && len(n.Data) <= maxBareBylineBytes && mayHoldByWord(n.Data) {
			if t := bareByline(n); t != "" && !p.aboutOtherStory(n.Parent) && !inComments(n) {
				if p.storyBox != nil && !within(n, p.storyBox) {
					p.laterBylines = append(p.laterBylines, t)
				} else {
					p.byText = append(p.byText, t)
				}
			}
		}
		article := n.Type == html.ElementNode && n.DataAtom == atom.Article
		if article {
			p.openArticles = append(p.openArticles, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
		if article {
			p.openArticles = p.openArticles[:len(p.openArticles)-1]
		}
	}
	walk(root, false)
	for _, n := range p.itemAuthorNodes {
		p.itemAuthorInStory = append(p.itemAuthorInStory, p.storyBox != nil && within(n, p.storyBox))
	}
	p.itemAuthorNodes = nil // the body's cleaning detaches nodes: ask within only now
	return p
}

// joinedClass returns strings.ToLower(class + " " + id + " " + rel + " " + testID). Written in
// ASCII (nearly always) it is lowered in place in p.clsBuf and returned over that buffer
// without a copy, so it is valid only until the next call: element reads it and no callee
// keeps it (or a piece of it). ToLower's own ASCII path maps 'A'–'Z' only, as here.
func (p *page) joinedClass(class, id, rel, testID string) string {
	b := append(p.clsBuf[:0], class...)
	b = append(append(b, ' '), id...)
	b = append(append(b, ' '), rel...)
	b = append(append(b, ' '), testID...)
	p.clsBuf = b
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return strings.ToLower(string(b))
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// element records what one element tells; it returns whether its children are inside the article.
func (p *page) element(n *html.Node, inArticle bool) bool {
	get := func(k string) string { return attr(n, k) }
	switch n.DataAtom {
	case atom.Html:
		if p.lang == "" {
			p.lang = strings.TrimSpace(get("lang"))
		}
	case atom.Meta:
		// A content value that held an unescaped quote ends at it, and the rest of the value
		// became attribute names, the last of them holding the closing quotes
		// (content="Story "Name""): a title cut mid-phrase ("Story") is no title source. A cut
		// description still opens the story, which the standfirst rules match on.
		cut := slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return strings.ContainsRune(a.Key, '"') })
		content := metaValue(n)
		if strings.EqualFold(get("property"), "og:title") && content != "" && len(p.ogTitles) < maxOGTitles {
			p.ogTitles = append(p.ogTitles, normSpace(html.UnescapeString(content)))
		}
		if strings.EqualFold(get("property"), "article:tag") && content != "" && len(p.tags) < 32 {
			p.tags = append(p.tags, strings.TrimSpace(content))
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if key := strings.ToLower(strings.TrimSpace(get(k))); key != "" && content != "" && !(cut && (strings.Contains(key, "title") || key == "headline")) {
				if repeatedAuthorKeys[key] && len(p.metaAuthorList[key]) < 64 {
					if p.metaAuthorList == nil {
						p.metaAuthorList = map[string][]string{}
					}
					p.metaAuthorList[key] = append(p.metaAuthorList[key], strings.TrimSpace(content))
				}
				if k == "itemprop" && strings.HasPrefix(key, "date") && (inMediaItem(n) || p.inOtherStoryItem(n)) {
					continue // an embedded video's datePublished, weeks after the story; a card's
				}
				if key == "og:image" && p.meta[key] != "" && placeholderImage(p.meta[key]) && !placeholderImage(content) {
					// A theme's default image first, the story's photo after it: the photo.
					p.meta[key] = strings.TrimSpace(content)
					p.metaByName[key] = k != "property"
					continue
				}
				if _, seen := p.meta[key]; !seen || k == "property" && p.metaByName[key] {
					// Open Graph is defined on property=; a page with both keeps name= only when
					// property= is missing.
					p.meta[key] = strings.TrimSpace(content)
					p.metaByName[key] = k != "property"
				}
			}
		}
	case atom.Link:
		rel := strings.ToLower(get("rel"))
		switch {
		case hasToken(rel, "canonical") && p.canonical == "":
			p.canonical = strings.TrimSpace(get("href"))
		case hasToken(rel, "image_src") && p.imageSrc == "":
			p.imageSrc = strings.TrimSpace(get("href"))
		}
	case atom.Script:
		if n.FirstChild == nil {
			return inArticle
		}
		if data := n.FirstChild.Data; strings.Contains(strings.ToLower(get("type")), "ld+json") {
			p.jsonLD = append(p.jsonLD, data)
		} else {
			if p.stateScript == "" && strings.Contains(data, "Fusion."+stateMarker) {
				p.stateScript = data
			}
			if len(p.scripts) < maxStateScripts && len(data) >= minScriptData {
				p.scripts = append(p.scripts, data)
			}
			if len(p.scriptDates) < 4 {
				if v := scriptDate(data); v != "" {
					p.scriptDates = append(p.scriptDates, v)
				} else if v := printedDate(data); v != "" && hasAncestor(n, atom.Body) && !p.aboutOtherStory(n) {
					p.scriptDates = append(p.scriptDates, v)
				}
			}
		}
		return inArticle
	case atom.Title:
		if p.title == "" && n.FirstChild != nil && !hasAncestor(n, atom.Svg) {
			p.title = normSpace(withoutTitleMarkup(textOf(n)))
		}
	case atom.H1, atom.H2, atom.H3:
		if mastheadHeading(n) {
			if p.masthead == "" {
				p.masthead = normText(n)
			}
			break // the site's name linked to its home page: no headline, no heading of the story
		}
		if n.DataAtom == atom.H1 && p.h1 == "" && !p.sharedH1 && (inBreadcrumb(n) || seoHeading(n)) {
			p.crumbH1 = true
		} else if n.DataAtom == atom.H2 && p.crumbH1 && p.crumbHeading == "" && len(p.h1s) == 1 {
			p.crumbHeading, p.crumbKicker = normSpace(shownText(n)), leadKicker(n)
		}
		if n.DataAtom == atom.H1 && inShareBox(n) {
			// The headline repeated for the sharing buttons under the story, often in a
			// shorter wording: not the heading the story is printed under.
			p.sharedH1 = true
		} else if n.DataAtom == atom.H1 && len(p.h1s) < maxHeadings {
			p.h1Nodes = append(p.h1Nodes, n)
			if p.h1s = append(p.h1s, normSpace(shownText(n))); p.h1 == "" {
				p.h1 = p.h1s[len(p.h1s)-1]
				p.h1Dek = dekHeading(n)
				p.h1Kicker = leadKicker(n)
			}
			if t := jaHeadlineByline(n); t != "" && len(p.jaBylines) < 4 {
				p.jaBylines = append(p.jaBylines, t)
			}
			if p.zhHeadWriter == "" {
				p.zhHeadWriter = zhHeadlineCredit(n)
			}
		}
		// A heading that holds a pulldown is a widget's box (the network's sites listed as the
		// options of a <select>): its text is the options' labels, never a headline.
		if len(p.headings) < maxHeadings && !hasDescendant(n, atom.Select) {
			t := normText(n)
			p.headings = append(p.headings, t)
			if link := leadLink(n); link != nil && normText(link) == t && !p.permalink(link) {
				p.linkedHeadings = append(p.linkedHeadings, t)
			}
			if lead := headingLead(n); lead != "" && lead != t {
				if p.headingLeads == nil {
					p.headingLeads = map[string]string{}
				}
				p.headingLeads[t] = lead
			}
		}
		if n.DataAtom == atom.H1 && !p.h1Seen {
			p.storyBox = storyBox(n)
			p.bylinesAtH1 = len(p.bylines)
			p.strongAtH1 = len(p.strongBylines)
			p.h1Node = n
		}
		p.h1Seen = p.h1Seen || n.DataAtom == atom.H1
	case atom.Time:
		// Script-built pages put the machine value in a data attribute named for what it dates
		// (<time data-published="2016-12-09 09:13:00Z">) and leave datetime out.
		published := get("data-published")
		if dt := firstNonEmpty(get("datetime"), published); dt != "" {
			cls := strings.ToLower(get("class") + " " + get("itemprop"))
			// A reader comment's <time itemprop="dateCreated"> dates the comment.
			pub := (hasAttr(n, "pubdate") || published != "" || strings.Contains(cls, "publish") || strings.Contains(cls, "created")) && !inComments(n)
			text := textOf(n)
			zoned := zonedByText(dt, text)
			p.times = append(p.times, timeTag{datetime: zoned, pub: pub, afterHeading: p.h1Seen && !p.aboutOtherStory(n),
				local: zoned == dt && printsOwnClock(dt, text), masthead: !p.h1Seen && !pub && inPageHeader(n),
				printed: !isBlank(text)})
		}
	case atom.Img:
		im := readImg(n, true)
		im.inArticle = inArticle || captionedUnderHeadline(n)
		im.shareIcon = inShareBox(n) && !shareablePicture(n)
		im.link = imageLink(n)
		p.images = append(p.images, im)
	case atom.Noscript:
		if inArticle && p.noscriptsRead < maxNoscriptsRead {
			p.noscriptsRead++
			p.noscriptImages(n)
		}
	case atom.Article, atom.Main:
		inArticle = true
	case atom.Body:
		p.bodyID = get("id")
	case atom.A:
		if p.commentAnchor == nil && n.FirstChild == nil && !hasAttr(n, "href") && commentTarget(get("name"), get("id")) {
			p.commentAnchor = n
		}
	}
	if v := get("data-date-time"); v != "" {
		p.dataDates = append(p.dataDates, v)
	}
	if n.DataAtom != atom.Time && n.DataAtom != atom.Ins && n.DataAtom != atom.Del && n.DataAtom != atom.Meta {
		// The class is lowered only on an element with a datetime: this part runs on every element.
		if dt := get("datetime"); dt != "" {
			if cls := strings.ToLower(get("class")); textsim.ContainsAny(cls, plainDateClasses) || timeElements[n.Data] {
				// A template that puts the machine value on a plain element it classes as a date
				// (<div class="posted" datetime="2014-10-21T07:54:43-0500">7:54 AM, Oct 21, 2014</div>)
				// dates the story as a <time> would; <ins> and <del> date an edit. Without such a
				// class (a recipe card's hidden <span itemprop="published" datetime=…>) it is
				// another item's stamp as often as the story's.
				pub := textsim.ContainsAny(cls, []string{"publish", "posted", "created"}) && !inComments(n)
				p.times = append(p.times, timeTag{datetime: dt, pub: pub, afterHeading: p.h1Seen && !p.aboutOtherStory(n),
					masthead: !p.h1Seen && !pub && inPageHeader(n)})
			}
		}
	}
	if v := get("epochtime"); v != "" && strings.EqualFold(get("datetitle"), "published") {
		// A stamp a script prints from the Unix time in milliseconds, labelled as the story's
		// publication (<span class="timestamp" epochTime="1374135240000" dateTitle="published">).
		if ms, err := strconv.ParseInt(v, 10, 64); err == nil && ms > 1e11 && ms < 1e14 {
			p.times = append(p.times, timeTag{datetime: time.UnixMilli(ms).UTC().Format(time.RFC3339), pub: !inComments(n), afterHeading: p.h1Seen && !p.aboutOtherStory(n)})
		}
	}
	if ip := strings.ToLower(get("itemprop")); ip != "" && n.DataAtom != atom.Meta {
		p.itemprop(n, ip)
	}
	if prop := rdfaDateProperty(get("property")); prop != "" && n.DataAtom != atom.Meta && get("content") != "" {
		p.itemprop(n, prop) // RDFa: <span property="schema:dateCreated" content="…">
	}
	if title := get("title"); title != "" && n.DataAtom != atom.Meta && len(title) <= 40 && !p.aboutOtherStory(n) {
		// hAtom: <abbr class="published" title="2013-04-04T18:52:11+00:00">
		switch classes := " " + strings.ToLower(get("class")) + " "; {
		case strings.Contains(classes, " published "):
			p.dataDates = append(p.dataDates, title)
		case strings.Contains(classes, " updated "):
			p.updatedTitles = append(p.updatedTitles, title)
		}
	}
	// data-testid names parts of script-built pages ("article-details-date") where classes are
	// utility names ("text-overline text-grey") or hashes ("k_it g_dt"); see componentName.
	cls := "   " // the four values joined when all are empty, as on most elements: not built each time
	if class, id, rel, testID := get("class"), get("id"), get("rel"), componentName(n); class != "" || id != "" || rel != "" || testID != "" {
		cls = p.joinedClass(class, id, rel, testID)
	}
	if p.h1Seen && len(p.rightLines) < maxRightLines && (n.DataAtom == atom.P || n.DataAtom == atom.Div) && rightAligned(get("align"), get("style")) {
		if t := shortText(n, maxRightLineRunes); t != "" {
			p.rightLines = append(p.rightLines, t)
		}
	}
	if p.h1Seen && p.commentHead == "" && p.commentTries < 8 && n.DataAtom != atom.A && n.DataAtom != atom.Span && commentWordSet.In(cls) &&
		slices.ContainsFunc(strings.Fields(cls), func(tok string) bool { return textsim.ContainsAny(tok, commentWords) && !storyMetaBar(tok) }) {
		// The readers' thread below the story: where its text starts, the story's stamp has
		// been printed (printedTime reads no further). A count or a link ("12 Comments") is
		// too short to be one.
		p.commentTries++
		if t := normText(n); len(t) >= 80 {
			p.commentHead = t[:min(len(t), 120)]
		}
	}
	// A reader comment's or a teaser's author line ("comment-author-paddy … Oktober 19, 2019")
	// credits and dates something else.
	// Asked only of the rare byline elements: walking every element's ancestors costs more.
	later := func() bool { return p.storyBox != nil && !within(n, p.storyBox) }
	if p.sideByline == "" && p.h1Seen && authorLinks(n) == 1 && bylineClass(cls) > 0 && p.aboutOtherStory(n) {
		p.sideByline = storyDayByline(n, p.meta["article:published_time"])
	}
	strength := bylineClass(cls)
	if strength > 0 && errorReportBox(cls) {
		// A "report an error" box ("reporterr-box", "error-report"): its title and instructions
		// ("Found a mistake? … tell the newsroom") hold "reporter" and no name. It stays a
		// byline's class for the body, which drops it as furniture all the same.
		strength = 0
	}
	if strength == 0 && (headlineCredits(n, cls) || createdByLine(n, cls)) {
		strength = 1
	}
	if strength > 0 && p.bylineRoom() && !p.aboutOtherStoryBesideHeadline(n) && !p.formField(n) && !inEmbeddedPost(n) && !p.inOtherCard(n) && !pictureCreditBox(n) && !controlsOnly(n) &&
		!textLonger(n, maxBylineSource) && !p.headlineBar(n) && !p.inHeadlineLink(n) &&
		!inFigcaption(n) && // a byline in a caption credits the figure's picture, video or audio piece ("Audio | 03:07 Min. | Jane Roe"), not the story
		!inNav(n) && // a menu's cards of the latest stories, each with its writer's byline
		!categoryLinksOnly(n) { // "<div class=author-meta><a class=category-…>Databases</a></div>": the story's sections
		if t := profileCasedByline(n, casedByline(withLastNamePart(n, cls, bylineText(n))), p.title+" "+p.meta["og:site_name"]); t != "" && len([]rune(t)) <= 200 {
			if prev := n.PrevSibling; prev != nil && prev.Type == html.TextNode && len(p.editors) < 4 && editorBefore.MatchString(prev.Data) {
				p.editors = append(p.editors, splitAuthors(t)...)
			}
			if later() {
				p.laterBylines = append(p.laterBylines, t)
			} else if strength == 2 {
				p.strongBylines = append(p.strongBylines, t)
			} else {
				p.bylines = append(p.bylines, t)
			}
			if !later() {
				p.authorCard(n, t)
			}
		}
	} else if len(p.bylines) < 16 && authorLinks(n) >= 2 && !p.aboutOtherStory(n) {
		// "<a rel=author>Julia Carrie Wong</a> and <a rel=author>Sam Levin</a>": the block reads
		// as one byline; each link alone names one author of several.
		if t := renderText(n); t != "" && len([]rune(t)) <= 200 {
			if later() {
				p.laterBylines = append(p.laterBylines, t)
			} else {
				p.bylines = append(p.bylines, t)
			}
		}
	} else if startsWithBy(n) && len(p.byText) < 8 && !p.teaserLinkByline(n) && !(strength > 0 && p.aboutOtherStoryBesideHeadline(n) && p.inOtherStoryBox(n)) {
		// A byline element the test above turned down for standing in a teaser, a related
		// story's box or a sidebar that does not hold the story's headline is that story's
		// byline, whatever "By" it opens with. A layout's wrapper named for its sidebar
		// ("row sticky-sidebar") around the headline is the story's column.
		// A long block is not measured whole (textOver first): blocks nested in one another that
		// each open with "by" would each build the text of every inner one (quadratic in the depth).
		t := ""
		if textOver(n, 200) {
			t = inlineLead(n)
		} else if t = normText(n); len([]rune(t)) > 200 {
			// "by <span>Jane Roe</span>" run into the story's block before its first paragraph.
			t = inlineLead(n)
		}
		if t != "" && len([]rune(t)) <= 200 {
			if later() {
				p.laterBylines = append(p.laterBylines, t)
			} else {
				p.byText = append(p.byText, t)
			}
		}
	} else if n.DataAtom == atom.P && p.paragraph(n, cls) {
	} else if len(p.labelBylines) < 8 {
		// The label test first: asking every element's ancestors about teasers cost a third
		// more time on long pages.
		if t := labelledByline(n); t != "" && !p.aboutOtherStory(n) {
			p.labelBylines = append(p.labelBylines, t)
		}
	}
	if p.h1Seen && len(p.outletLines) < 4 && !later() && (n.DataAtom == atom.Small || n.DataAtom == atom.Span || n.DataAtom == atom.Div || n.DataAtom == atom.P) &&
		n.FirstChild != nil && n.LastChild.Type == html.TextNode && (n.FirstChild == n.LastChild || boldThenText(n)) {
		if t := normText(n); len(t) <= 80 && strings.Count(t, "|") == 1 && !p.aboutOtherStory(n) {
			p.outletLines = append(p.outletLines, t)
			if name, ok := strings.CutSuffix(t, "|"); ok && datedLine(dom.NextElementSibling(n)) {
				p.datedBarNames = append(p.datedBarNames, strings.TrimSpace(name))
			}
		}
	}
	if p.h1Seen && len(p.byText) < 8 && !later() && (n.DataAtom == atom.Span || n.DataAtom == atom.Div || n.DataAtom == atom.P) &&
		n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		// "MIKE FITZPATRICK / AP Sports Writer" under the headline in an unclassed element: a
		// wire story's byline, the name and the agency's post with no "By".
		if t := normSpace(n.FirstChild.Data); len(t) <= 80 && wirePostLineRe.MatchString(t) && !p.aboutOtherStory(n) {
			p.byText = append(p.byText, t)
		}
	}
	if p.h1Seen && len(p.byText) < 8 && p.storyParas < maxParasAboveByline && (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Span) {
		// "Von Hans Müller", "Por María López", "Av Ola Nordmann" on a line of its own under the
		// headline: the byline in the languages whose "by" startsWithBy does not read; "박준영
		// 기자" in Korean. The line's own tests first: they fail on most elements at their first
		// word, where the ancestor walks would not.
		t := labelWordLine(n)
		if t == "" && koReporterLine(n) {
			t = normText(n)
		}
		if t != "" && !later() && !p.aboutOtherStory(n) {
			p.byText = append(p.byText, t)
		}
	}
	if n.DataAtom == atom.Figure && p.h1Seen && p.headShotByline == "" && p.headShotTries < maxHeadShotTries && !later() && p.h1Node != nil {
		// The figure's own class is not asked: a layout may class every inline picture a
		// "related asset", and a picture captioned with a bare name is no other story's teaser.
		if t := headShotName(n, p.columnKickerOverH1); t != "" {
			p.headShotTries++
			if !p.aboutOtherStory(n.Parent) {
				p.headShotByline = t
			}
		}
	}
	if n.DataAtom == atom.A && p.h1Seen && p.avatarByline == "" && !later() {
		if t := avatarByline(n); t != "" && !p.aboutOtherStory(n) {
			p.avatarByline = t
		}
	}
	if n.DataAtom == atom.A && p.postsByByline == "" && !later() {
		if t := postsByLink(n); t != "" && (p.h1Seen || datedLine(n.Parent) || afterDatedBy(n)) && !p.aboutOtherStory(n) {
			p.postsByByline = t
		}
	}
	if n.DataAtom == atom.A && p.writtenByLink == "" && afterWrittenBy(n) && !p.aboutOtherStory(n) {
		if t := normText(n); utf8.RuneCountInString(t) <= 40 {
			p.writtenByLink = t
		}
	}
	if n.DataAtom == atom.A && p.metaProfileByline == "" && strings.HasPrefix(p.meta["article:author"], "http") &&
		sameAddress(attr(n, "href"), p.meta["article:author"]) && !inComments(n) {
		p.metaProfileByline = normText(n)
	}
	if n.DataAtom == atom.A && p.h1Seen && p.profileByline == "" && !later() {
		// A profile address that gives only the writer's number says less than one that spells
		// the name: such a link counts above the story's paragraphs alone, and not in a list of
		// profile links (a sidebar's staff list: "<a href=/profiles/1353352>Jane Roe</a> | Writer").
		if t, numbered := profileLink(n); t != "" && !p.aboutOtherStory(n) && !p.pictureCreditLink(n) && !afterEditorLabel(n) {
			if !(numbered && (p.storyParas > 0 || p.profileListed(n))) {
				p.profileByline = t
			} else if len(p.profileNames) < maxProfileNames {
				p.profileNames = append(p.profileNames, t)
			}
		}
	}
	if p.h1Node != nil && p.underHeadline == "" && n.DataAtom == atom.Div && dom.PreviousElementSibling(n) == p.h1Node {
		if t := normText(n); len(t) <= 200 {
			p.underHeadline = t
		}
	}
	headerBox := false // n is the site's page header box, or a date or weather bar (see pageHeaderBox)
	if !p.h1Seen && p.pageHeaders < maxPageHeaders && len(p.mastheadDates) < maxMastheadDates && pageHeaderBox(n, cls, p.title) {
		// The site header's dates, in whatever element: the zone around the headline and the
		// page text's first date must pass over them as over a masthead's date element.
		headerBox = true
		p.pageHeaders++
		for _, d := range pageHeaderDays(n) {
			if len(p.mastheadDates) < maxMastheadDates && !slices.Contains(p.mastheadDates, d) {
				p.mastheadDates = append(p.mastheadDates, d)
			}
		}
	}
	// The cap first: once it is reached, the class test (26 substrings) is not run again on
	// every remaining element of a long page. Those above the headline and those after it are
	// capped apart: a mega-menu of dated teasers above the headline must not use up the room of
	// the story's own date line (Olhar Digital's 24 teaser dates before "27/10/2016 19h10").
	// Those an article's header holds above the headline count among the later ones: uncapped,
	// thousands of them each searched their header for a logo and an <h1> (quadratic time).
	if len(p.dateTexts) < maxDateTexts && (p.h1Seen || len(p.earlyDateTexts) < maxDateTexts) && (dateClass(cls) || underTitleHeading(n, p.title)) && !p.aboutOtherStory(n) && !inHiddenWidget(n) {
		if t := shortDateElementText(n); t != "" && !printCitation(t) && !issueDate(n) && (p.h1Seen || !p.teaserDate(n)) {
			t = splitDate(n, t)
			if !p.h1Seen && p.headClock == "" && bareClock(t) && clockBesideHeadline(n, p.title) {
				p.headClock = t
			}
			if !p.h1Seen && len(p.mastheadDates) < maxMastheadDates && (headerBox || mastheadDate(n, p.title) || headerDayWidget(n, p.title)) {
				// The day the page was served, beside the logo: kept only to be recognised
				// where the page's text is read for its date.
				p.mastheadDates = append(p.mastheadDates, t)
			} else if lunarDayWidget(t) {
				// The calendar of the day the page was served, in a sidebar after the story as
				// often as by the logo: recognised as the masthead's is, never the story's date.
				if len(p.mastheadDates) < maxMastheadDates {
					p.mastheadDates = append(p.mastheadDates, t)
				}
			} else if (p.h1Seen || inArticleHeader(n)) && !inSectionHeader(n) {
				// A mobile layout prints the date above the headline in the story's own
				// <article><header>: that is the story's, not a masthead's "today".
				p.dateTexts = append(p.dateTexts, t)
				if p.h1Seen && p.firstDateAfterH1 == nil {
					p.firstDateAfterH1 = n
				}
				// A <time> inside states the instant itself (to the second), which the label
				// would only round to the printed minute.
				if p.h1Seen && len(p.publishClassDates) < 2 && within(n, p.firstDateAfterH1) && !later() && publishClass(cls) && !hasDescendant(n, atom.Time) {
					p.publishClassDates = append(p.publishClassDates, t)
				}
				if v := dateTooltip(n, t); v != "" && !hasToken(cls, "published") && !hasToken(cls, "updated") {
					// <span class="date" title="2014-04-13T20:08:00Z">April 13, 2014 at 4:08
					// PM</span>: the element's machine instant, as an hAtom "published"
					// title is (taken above); the printed clock then shows its offset.
					p.dataDates = append(p.dataDates, v)
				}
			} else {
				p.earlyDateTexts = append(p.earlyDateTexts, t)
			}
		}
	}
	if strings.Contains(cls, "article-body") || strings.Contains(cls, "articlebody") || strings.Contains(cls, "story-body") {
		inArticle = true
	}
	// A block named for the story's text ("post_text", "news-content", "view_cont") holds the
	// story's pictures as an <article> does: a page with neither og:image nor <article> leads
	// with the first of them. Table layouts of the 2000s name the cell that holds the story
	// the same way (<td class="storybody">), before a wider graphic or a promotion further down.
	if !inArticle && (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Td) && cls != "   " && textsim.ContainsAny(cls, containerHints) {
		if p.containerSeen == nil {
			p.containerSeen = map[string]bool{}
		}
		inArticle = namesContainer(p.containerSeen, attr(n, "class"), attr(n, "id"))
	}
	return inArticle
}

// teaserDate reports a date element whose next sibling is nothing but the linked headline of
// another page: a list of other stories ("Latest News": "<div class=tanggal>Wednesday, 04
// November 2015 | 19:14</div><div><a href=…/other-story>Jakarta Turns to …</a></div>"), whose
// dates are not the story's. Asked above the headline only, where such a list would stand for
// the story's date line; the lists below it are weighed as lists by pageDates. The link must lead elsewhere than the page's canonical address,
// which the page must state: a theme may link the story's own headline to itself.
func (p *page) teaserDate(n *html.Node) bool {
	self := firstNonEmpty(p.canonical, p.meta["og:url"])
	if self == "" || findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) != nil {
		return false
	}
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil || textLonger(next, teaserMaxRunes) {
		return false
	}
	link := findElement(next, func(c *html.Node) bool { return c.DataAtom == atom.A && attr(c, "href") != "" })
	// A headline, not a short link beside a time ("15:25" over "письмо в редакцию", write to
	// the editors); the element must hold a whole date, not a time whose day stands apart.
	if link == nil || normText(link) != normText(next) || !wordsAtLeast(link, 4) {
		return false
	}
	if _, _, _, ok := pubdate.Find(normText(n), pubdate.Context{}); !ok {
		return false
	}
	return pathOf(attr(link, "href")) != pathOf(self)
}

// pathOf is an address without its scheme, host, query and fragment: the page it names.
func pathOf(ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return strings.TrimSuffix(u.Path, "/")
}

// inArticleHeader reports an element inside a <header> inside an <article>.
func inArticleHeader(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Header {
			return hasAncestor(a, atom.Article)
		}
	}
	return false
}

// inSectionHeader reports an element in a <header> whose <h1> is wholly a link (the section's
// name linked to its page, "<h1><a href=/ciencia/>Ciência</a></h1>"): the page's masthead,
// whose clock ("Thursday, 02-Feb-2017 15:37:30 BRST") tells when the page was served, not when
// the story was, though it follows an <h1>.
func inSectionHeader(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom != atom.Header {
			continue
		}
		h := findElement(a, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
		if h == nil {
			return false
		}
		link := leadLink(h)
		return link != nil && normText(link) == normText(h)
	}
	return false
}

// afterNameRe opens what follows a writer's name in a byline line before its date: "on", or a
// separator dot or bar.
var afterNameRe = regexp.MustCompile(`(?i)^(?:on\s|[·•|]\s*)`)

// avatarByline returns the name a link shows beside the image of its owner (the image's alt text
// is the link's text) when a date follows the link: "<a><img alt="Jane">Jane</a> on June 5, 2023".
// Otherwise it returns "".
func avatarByline(a *html.Node) string {
	img := findElement(a, func(c *html.Node) bool { return c.DataAtom == atom.Img })
	if img == nil {
		return ""
	}
	name := normText(a)
	if name == "" || utf8.RuneCountInString(name) > 40 || !strings.EqualFold(normSpace(attr(img, "alt")), name) {
		return ""
	}
	var rest strings.Builder
	for s := a.NextSibling; s != nil && rest.Len() < 80; s = s.NextSibling {
		rest.WriteString(textOf(s))
		rest.WriteByte(' ')
	}
	after := normSpace(rest.String())
	if !afterNameRe.MatchString(after) {
		return ""
	}
	if _, start, _, ok := pubdate.Find(after, pubdate.Context{}); !ok || start > 6 {
		return ""
	}
	return name
}

// postsByRe is the title WordPress gives an author's link: "Posts by Jane Roe", "View all posts
// by Jane Roe".
var postsByRe = regexp.MustCompile(`(?i)^(?:view\s+all\s+)?posts\s+by\s+(.+)$`)

// postsByLink returns the name of a link titled "Posts by NAME" whose text is that name, or "".
func postsByLink(a *html.Node) string {
	t := attr(a, "title")
	if t == "" {
		return ""
	}
	m := postsByRe.FindStringSubmatch(normSpace(t))
	if m == nil {
		return ""
	}
	if name := normText(a); strings.EqualFold(name, m[1]) && utf8.RuneCountInString(name) <= 40 {
		return name
	}
	return ""
}

// afterDatedBy reports a link right after a date and "by" that open its line: the meta line
// a blog's theme prints after the post ("Posted on Wednesday, November 5th, 2008, 8:22 am by
// <a>…</a> <br> Tags: …"), too long with its tags for datedLine.
func afterDatedBy(a *html.Node) bool {
	prev := a.PrevSibling
	if prev == nil || prev.Type != html.TextNode || len(prev.Data) > maxBareBylineBytes || !bareLineStart(prev) {
		return false
	}
	before, ok := cutByWord(strings.TrimFunc(prev.Data, unicode.IsSpace))
	return ok && pubdate.IsDateLine(strings.TrimRight(before, " \u00a0|·•-–—,"), pubdate.Context{MonthFirst: true})
}

// afterEditorLabel reports a link right after text that ends with an editor's label ("|
// Editor <a href=/members/contributors/255551908>Jane Roe</a>"): the story's editor, no writer.
func afterEditorLabel(a *html.Node) bool {
	prev := a.PrevSibling
	return prev != nil && prev.Type == html.TextNode && len(prev.Data) <= 200 && editorBefore.MatchString(normSpace(prev.Data))
}

// afterWrittenBy reports a link right after text that ends with "written by".
func afterWrittenBy(a *html.Node) bool {
	prev := a.PrevSibling
	if prev == nil || prev.Type != html.TextNode {
		return false
	}
	t := strings.TrimRight(prev.Data, " \t\r\n\u00a0")
	return len(t) >= 10 && strings.EqualFold(t[len(t)-10:], "written by")
}

// profileLink returns the text of a link to a writer's profile page ("/author/dlcade",
// "/people/jane-roe/") when the text is a name of two or three words that the address's last
// segment spells, or "". An address that gives the writer's number instead ("/author/27938663",
// "profile.php?user_id=455") has nothing to spell: the text must be shaped as a name, and
// numbered is true.
func profileLink(a *html.Node) (name string, numbered bool) {
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil {
		return "", false
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return "", false
	}
	name = normText(a)
	last := strings.TrimSuffix(segs[len(segs)-1], ".php")
	if len(segs) >= 2 && (profileDirs[strings.ToLower(segs[len(segs)-2])] ||
		// "/profil/24471/rania-massoud": the writer's number, then the slug that spells the name.
		len(segs) >= 3 && digitsOnly(segs[len(segs)-2]) && profileDirs[strings.ToLower(segs[len(segs)-3])]) {
		if n := len(strings.Fields(name)); n >= 2 && n <= 3 && squash(name) == squash(last) {
			return name, false
		}
		if bare := withoutProfileID(last); bare != last {
			// "/bios/joanna-lavoie-1.5932045": the slug spells the name before the profile's
			// document number, which says as little as a numbered address: numbered, so the
			// link counts above the story's paragraphs alone.
			if n := len(strings.Fields(name)); n >= 2 && n <= 3 && squash(name) == squash(bare) {
				return name, true
			}
		}
		if part := spelledPart(a, squash(last)); part != "" {
			return part, false
		}
		if digitsOnly(last) {
			return numberedProfileName(name), true
		}
		return "", false
	}
	// "profile.php?user_id=455": the profile script itself, the writer's number in the query.
	script := segs[len(segs)-1]
	if ext := path.Ext(script); ext != "" && profileDirs[strings.ToLower(strings.TrimSuffix(script, ext))] && numberedQuery(u.Query()) {
		return numberedProfileName(name), true
	}
	return "", false
}

// maxProfileNames bounds profileNames.
const maxProfileNames = 4

// maxAuthorCards bounds a run of author cards: a byline names a few writers, not a staff list.
const maxAuthorCards = 6

// authorCard records byline element n, of text t, in the page's first run of author cards
// when its previous element sibling is a byline element of the same tag and class: the
// previous card of the run, or the run's first card. bylineNodes keeps each byline element's
// text for the card after it.
func (p *page) authorCard(n *html.Node, t string) {
	if len(p.cardBylines) >= maxAuthorCards {
		return
	}
	prev, class := dom.PreviousElementSibling(n), attr(n, "class")
	if p.bylineNodes == nil {
		p.bylineNodes = map[*html.Node]string{}
	}
	p.bylineNodes[n] = t
	first, ok := p.bylineNodes[prev]
	if !ok || prev == nil || class == "" || prev.DataAtom != n.DataAtom || attr(prev, "class") != class {
		return
	}
	switch {
	case p.lastCard == nil:
		p.cardBylines = append(p.cardBylines, first, t)
	case p.lastCard == prev:
		p.cardBylines = append(p.cardBylines, t)
	default:
		return // another run: the first is the story's
	}
	p.lastCard = n
}

// withoutProfileID returns a profile address's last segment without the number a content
// system appends to the slug ("joanna-lavoie-1.5932045", "lawrence-bonk-01": the profile's
// document number, or its place among namesakes); a segment that is all number stays.
func withoutProfileID(seg string) string {
	i := strings.LastIndexAny(seg, "-_")
	if i <= 0 || i == len(seg)-1 || strings.Trim(seg[i+1:], "0123456789.") != "" || !strings.ContainsAny(seg[i+1:], "0123456789") {
		return seg
	}
	return seg[:i]
}

// spelledPart returns the text of an element inside the profile link a that is a name of two or
// three words its address spells (slug, squashed), or "": a link that prints the name twice, once
// for the eye and once, with a label, for screen readers ("<span>Rania Massoud (Consulter le
// profil)</span><span aria-hidden>Rania Massoud</span>"), or beside its photo's caption. Only the
// first maxSpelledParts elements are read.
func spelledPart(a *html.Node, slug string) string {
	const maxSpelledParts = 16
	seen := 0
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == "" && seen < maxSpelledParts; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if t := normText(c); t != "" {
				if k := len(strings.Fields(t)); k >= 2 && k <= 3 && squash(t) == slug {
					found = t
					return
				}
			}
			walk(c)
		}
	}
	walk(a)
	return found
}

// profileListed reports a link to a profile page (a) whose parent holds another such link: a
// list of people (a masthead's or a sidebar's staff), not one story's byline. Only the parent's
// children are read, once a parent (p.profileLists): the parent holds two profile links or more.
func (p *page) profileListed(a *html.Node) bool {
	if a.Parent == nil {
		return false
	}
	if listed, ok := p.profileLists[a.Parent]; ok {
		return listed
	}
	links := 0
	for c := a.Parent.FirstChild; c != nil && links < 2; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if t, _ := profileLink(c); t != "" {
				links++
			}
		}
	}
	if p.profileLists == nil {
		p.profileLists = map[*html.Node]bool{}
	}
	p.profileLists[a.Parent] = links >= 2
	return links >= 2
}

// numberedProfileName returns name when it reads as a person's name of two or three words, an
// academic title before it aside ("Dr. Richard L. Benkin"), or "". A profile address that
// gives the writer's number, not a slug, has no spelling to compare the text with: the text's
// shape must say it is a name, no "More stories" or "View profile" label.
func numberedProfileName(name string) string {
	bare := name
	if m := academicTitleRe.FindStringSubmatch(name); m != nil {
		bare = m[1]
	}
	words := strings.Fields(bare)
	if len(words) < 2 || len(words) > 3 || !looksLikeName(words) || !isCapitalisedName(words[len(words)-1]) {
		return ""
	}
	return name
}

// numberedQuery reports a query that holds one parameter whose value is a number: the id of
// the profile ("?user_id=455", "?id=27").
func numberedQuery(q url.Values) bool {
	if len(q) != 1 {
		return false
	}
	for _, v := range q {
		return len(v) == 1 && digitsOnly(v[0])
	}
	return false
}

// permalink reports a link to the page's own address, as its canonical link states it: a
// blog's or a magazine's headline linked to the story itself, no teaser of another page.
func (p *page) permalink(a *html.Node) bool {
	self := firstNonEmpty(p.canonical, p.meta["og:url"])
	return self != "" && sameAddress(attr(a, "href"), self)
}

// headlineBar reports a byline-classed block that prints the story's own headline linked to
// the page itself: a sticky header bar a layout classes for its journalist mode
// ("<div class=simplejournalist><a><img alt=Logo></a><a href=SELF>Headline</a></div>"). The
// headline is no writer's name, whatever its first words ("미국 정부, …").
func (p *page) headlineBar(n *html.Node) bool {
	title := p.lowerTitleText()
	if title == "" {
		return false
	}
	seen := 0
	for a := range n.Descendants() {
		if seen++; seen > maxBarNodes {
			return false
		}
		if a.Type == html.ElementNode && a.DataAtom == atom.A && p.permalink(a) {
			if t := strings.ToLower(normText(a)); utf8.RuneCountInString(t) >= minBarHeadline && strings.Contains(title, t) {
				return true
			}
		}
	}
	return false
}

// maxBarNodes bounds the nodes headlineBar reads in a byline block: a bar is a logo and a
// link, and byline blocks nested in one another would each read all the others.
const maxBarNodes = 32

// minBarHeadline is the least a self link's text must hold, in runes, to be read as the
// headline: a name linked to the page is shorter.
const minBarHeadline = 12

// sameAddress reports two absolute addresses of one page, whatever their scheme or final slash.
func sameAddress(a, b string) bool {
	trim := func(u string) string {
		u = strings.TrimSpace(u)
		for _, p := range []string{"https://", "http://"} {
			u = strings.TrimPrefix(u, p)
		}
		return strings.TrimSuffix(u, "/")
	}
	a, b = trim(a), trim(b)
	return a != "" && strings.Contains(a, "/") && strings.EqualFold(a, b)
}

// datedLine reports a short block that prints a date: the byline's line under a headline the
// page sets in no <h1> ("<div><a>Leena Rao</a> Aug 13, 2010</div>").
func datedLine(n *html.Node) bool {
	if n == nil {
		return false
	}
	t := normText(n)
	if t == "" || utf8.RuneCountInString(t) > 120 {
		return false
	}
	_, _, _, ok := pubdate.Find(t, pubdate.Context{})
	return ok
}

// scriptDateKeys are the JSON keys script state uses for a publication time, most specific first.
var scriptDateKeys = []string{"datePublished", "firstPublishDate", "first_publish_date", "publishedDate", "publishedAt",
	"published_at", "publishDate", "publish_date", "date_published", "pubDate", "publishedTime",
	// The time a story was deployed to the site (Korean CMSs' 배포 time, "deployDt"; the
	// re-deployment is "reDeployDt", which this key's case keeps apart).
	"deployDt",
	// A headless CMS's "publicationDate" (API Platform and Next.js state, a page's own entry
	// beside its blocks' createdAt) and an analytics "publication_date" variable; only
	// unprefixed (see scriptKeyValue).
	"publicationDate", "publication_date"}

// maxScriptScan bounds how much of one script is searched for a date key.
const maxScriptScan = 256 << 10

// scriptDate returns the value of the first date key found in a script as a JSON string
// member ("published_at":"2019-03-02T06:22:28+01:00", also with escaped quotes), or "".
func scriptDate(script string) string {
	if len(script) > maxScriptScan {
		script = script[:maxScriptScan]
	}
	// Every key but "deployDt" holds "ublish" or opens with "pub": the script is searched once
	// for each, and each such key is looked for around their places instead of in the whole
	// script (up to 256 KiB of a page's state, once per key). The keys' occurrences are read in
	// the same order as a search per key would: key by key, each from the start, the next one
	// after the end of the last.
	ublish := anchorPlaces(script, "ublish")
	var pub []int
	pubDone := false
	for _, k := range scriptDateKeys {
		anchor, at := "ublish", ublish
		if !strings.Contains(k, anchor) && strings.HasPrefix(k, "pub") {
			if !pubDone {
				pub, pubDone = anchorPlaces(script, "pub"), true
			}
			anchor, at = "pub", pub
		}
		if v := scriptKeyValue(script, k, anchor, at); v != "" {
			return v
		}
	}
	return ""
}

// anchorPlaces lists the places of anchor in script, each after the end of the last (anchor
// never overlaps itself, so these are all of them).
func anchorPlaces(script, anchor string) []int {
	return slices.Collect(occurrences(script, anchor))
}

// scriptKeyValue returns the value of the first `k: "value"` (or an assignment, `k = "value"`,
// as analytics objects are filled) in script, "" when there is none;
// a key holding anchor is looked for only around at, the places of anchor in script.
func scriptKeyValue(script, k, anchor string, at []int) string {
	off := strings.Index(k, anchor)
	next := func(from int) int {
		if off < 0 {
			if i := strings.Index(script[from:], k); i >= 0 {
				return from + i
			}
			return -1
		}
		for len(at) > 0 {
			i := at[0] - off
			at = at[1:]
			if i >= from && i+len(k) <= len(script) && script[i:i+len(k)] == k {
				return i
			}
		}
		return -1
	}
	for from := 0; ; {
		i := next(from)
		if i < 0 {
			return ""
		}
		from = i + len(k)
		if strings.HasPrefix(k, "publication") && i > 0 && isIdentByte(script[i-1]) {
			// "omni_publicationDate": an analytics vendor's copy, often UTC's wall clock
			// without a zone, which would pass for the newsroom's clock beside a "Z" value.
			continue
		}
		rest := strings.TrimLeft(script[from:], `\"' `)
		if !strings.HasPrefix(rest, ":") && (!strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==")) {
			continue
		}
		rest = strings.TrimLeft(rest[1:], `\"' `)
		// Only a value of at most 40 bytes is read, so its end is looked for in the next 41
		// bytes alone: searched to the script's end, a script of many such keys and no quote
		// was quadratic up to maxScriptScan (issue 20, fuzz29).
		if end := strings.IndexAny(rest[:min(len(rest), 41)], `"'\,}`); end > 0 && end <= 40 {
			return rest[:end]
		}
	}
}

// isIdentByte reports a byte that continues a script identifier.
func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || isASCIILetter(b)
}

// printedCall is a script that only calls a function on one quoted literal, as pages print a
// date in place: <script>showDate("2020/04/17 01:43:09")</script>, document.write("…").
var printedCall = regexp.MustCompile(`^\s*[A-Za-z_$][\w$.]*\(\s*["']([^"'\\]{10,40})["']\s*\)\s*;?\s*$`)

// printedAssign is a script that only writes a quoted literal into an element, as pages fill
// their date element in place: document.getElementById("pDateTime").innerHTML="Thứ năm,
// 20/12/2012, 16:10 GMT+7" (the literal's letters may be written as character references).
var printedAssign = regexp.MustCompile(`^\s*document\.getElementById\(\s*["'][\w-]{1,40}["']\s*\)\.innerHTML\s*=\s*["']([^"'\\<>]{10,100})["']\s*;?\s*$`)

// printedDate returns the literal of such a call or assignment when it holds a date with a
// clock time, else the date a longer script writes (printedWrites), or "".
func printedDate(script string) string {
	if len(script) > 200 {
		return printedWrites(script)
	}
	m := printedCall.FindStringSubmatch(script)
	if m == nil {
		if m = printedAssign.FindStringSubmatch(script); m != nil {
			m[1] = normSpace(html.UnescapeString(m[1]))
		}
	}
	if m == nil {
		return printedWrites(script)
	}
	if st, _, _, ok := pubdate.Find(m[1], pubdate.Context{}); !ok || st.Precision < pubdate.Minute {
		return ""
	}
	return m[1]
}

// rdfaDateProperty returns the schema.org date property an RDFa attribute names, lower-case
// like an itemprop ("schema:datePublished" → "datepublished"), or "".
func rdfaDateProperty(prop string) string {
	for _, tok := range strings.Fields(strings.ToLower(prop)) {
		tok = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(tok, "schema:"), "http://schema.org/"), "https://schema.org/")
		if tok == "datepublished" || tok == "datecreated" || tok == "datemodified" {
			return tok
		}
	}
	return ""
}

// inMediaItem reports an element whose microdata item is a media object (schema.org
// VideoObject, ImageObject, AudioObject, MediaObject): an embedded player or picture, whose
// datePublished is when the clip went up (a player on a boxing story plays the latest bout's
// clip, a month after the story), not the story's. The nearest enclosing itemscope decides.
func inMediaItem(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && hasAttr(a, "itemscope") {
			return strings.HasSuffix(strings.TrimRight(attr(a, "itemtype"), "/ "), "Object")
		}
	}
	return false
}

// inOtherStoryItem reports an element whose nearest microdata item is a story (an Article,
// NewsArticle, BlogPosting…) that does not hold the page's headline, when the headline's own
// nearest item is a story too: a "latest news" list after the story, each card an item with its
// own <meta itemprop="datePublished">, which the story's own <time itemprop="datePublished">
// does not outrank as a <meta> would. Only cards after the headline are known as such.
func (p *page) inOtherStoryItem(n *html.Node) bool {
	if p.h1Node == nil {
		return false
	}
	item := nearestItem(n)
	if item == nil || !storyItemType(attr(item, "itemtype")) || within(p.h1Node, item) {
		return false
	}
	own := nearestItem(p.h1Node)
	return own != nil && storyItemType(attr(own, "itemtype"))
}

// nearestItem returns the nearest microdata item (itemscope element) around n, or nil.
func nearestItem(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && hasAttr(a, "itemscope") {
			return a
		}
	}
	return nil
}

// storyItemType reports a schema.org type of a story: its name ends in "Article" or "Posting".
func storyItemType(t string) bool {
	t = strings.TrimRight(t, "/ ")
	return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting")
}

// inNestedMediaItem reports an element whose nearest microdata item is a picture (ImageObject),
// or another media object (see inMediaItem) that itself sits inside another item, the story's.
func inNestedMediaItem(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && hasAttr(a, "itemscope") {
			typ := strings.TrimRight(attr(a, "itemtype"), "/ ")
			if !strings.HasSuffix(typ, "Object") {
				return false
			}
			if strings.HasSuffix(typ, "ImageObject") {
				return true
			}
			for b := a.Parent; b != nil; b = b.Parent {
				if b.Type == html.ElementNode && hasAttr(b, "itemscope") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// maxItemAuthors bounds the item authors kept: enough for a reading list of a few dozen cards
// above the story, whose own author comes after them.
const maxItemAuthors = 40

// itemprop records microdata outside <meta>: datePublished on <time>/<span content>, author names.
func (p *page) itemprop(n *html.Node, ip string) {
	for _, key := range strings.Fields(ip) {
		if key == "editor" && len(p.editors) < 4 && !inComments(n) {
			// "Editor: <span itemprop=editor>…</span>": the metadata's author may be this editor.
			if t, ok := normTextRunes(n, 80); ok {
				p.editors = append(p.editors, splitAuthors(t)...)
			}
		}
		// A media object's author inside the story's item is its photographer ("ČTK/AP/Vahid
		// Salemi" in an ImageObject beside the lead picture), not the story's writer; a media
		// object that is the page's own item (a video page's VideoObject) credits its maker.
		// An author item whose own text opens with a picture's credit label ("<p itemprop=author>
		// <span>Photography by </span><span itemprop=name>…</span></p>" beside the writer's) is
		// the photographer's, whom the page types as an author all the same.
		if (key == "author" || key == "creator") && len(p.itemAuthors) < maxItemAuthors && !inComments(n) && !inFigure(n) && !inNestedMediaItem(n) && !p.inOtherCard(n) &&
			!nonWriterCredit(normTextHead(n, maxCreditHead)) {
			if names := itemNames(n); len(names) > 1 {
				// One author item that gives every writer's name its own property: "by <span
				// itemprop=name>…</span>, <span itemprop=name>…</span> and …" in one Person.
				box := bylineBox(n)
				for _, name := range names[:min(len(names), maxItemAuthors-len(p.itemAuthors))] {
					p.itemAuthors = append(p.itemAuthors, name)
					p.itemAuthorBox = append(p.itemAuthorBox, box)
					p.itemAuthorNodes = append(p.itemAuthorNodes, n)
				}
			} else if name := firstNonEmpty(findItemprop(n, "name"), itemContent(n)); name != "" {
				p.itemAuthors = append(p.itemAuthors, name)
				p.itemAuthorBox = append(p.itemAuthorBox, bylineBox(n))
				p.itemAuthorNodes = append(p.itemAuthorNodes, n)
			} else if t, ok := normTextRunes(n, 80); ok {
				p.itemAuthors = append(p.itemAuthors, t)
				p.itemAuthorBox = append(p.itemAuthorBox, bylineBox(n))
				p.itemAuthorNodes = append(p.itemAuthorNodes, n)
			}
		}
		if _, seen := p.itemprops[key]; seen {
			continue
		}
		if (key == "datecreated" || key == "datepublished" || key == "datemodified") && (inComments(n) || inMediaItem(n) || p.inOtherStoryItem(n)) {
			continue // a reader comment's date ("comentarios aside-comments"), a card's, not the story's
		}
		v := firstNonEmpty(itemContent(n), attr(n, "datetime"))
		if key == "author" || key == "creator" || key == "publisher" {
			if name := findItemprop(n, "name"); name != "" {
				v = name
			}
		}
		if v == "" && key != "articlebody" {
			if t, ok := normTextRunes(n, 120); ok {
				v = t
			}
		}
		if v != "" {
			p.itemprops[key] = v
		}
	}
}

// normTextRunes is normText(n) and true when it holds at most runes runes ("" included), "" and
// false otherwise.
// The text is read no further than runes can take (four bytes each): itemprop elements nested
// in one another over a long text each read the whole of it (fuzz33: 300 levels over 430 kB,
// 1.3 s).
func normTextRunes(n *html.Node, runes int) (string, bool) {
	t, ok := normTextUpTo(n, 4*runes)
	if !ok || utf8.RuneCountInString(t) > runes {
		return "", false
	}
	return t, true
}

// authorLabels are the words that label an author field, lower-case; those in colonLabels are
// prepositions or common words that count only with a colon ("Von:", "Text:").
var (
	authorLabels = map[string]bool{"autor": true, "autorin": true, "autorin/autor": true, "autor/autorin": true, "autoren": true,
		"author": true, "authors": true, "author of the article": true, "author of the story": true, "written by": true, "auteur": true, "auteurs": true, "autore": true, "autori": true,
		"autora": true, "forfatter": true, "författare": true, "skribent": true, "yazar": true, "penulis": true, "pewarta": true, "автор": true,
		"авторы": true, "작성자": true, "作者": true, "著者": true, "筆者": true, "记者": true, "記者": true}
	colonLabels = map[string]bool{"von": true, "by": true, "par": true, "por": true, "door": true, "av": true, "di": true,
		"text": true, "texte": true, "texto": true, "testo": true, "текст": true,
		// Indonesian "by", "reporter" (also English), "journalist".
		"oleh": true, "reporter": true, "wartawan": true,
		// Turkish "news" and "reporter": "Haber: Ahmet Yılmaz" credits the story's reporter, as
		// "Kamera:" beside it credits the cameraman; only with the colon, as "haber" is a word.
		"haber": true, "muhabir": true,
		// A citizen journalism site's label for the member who filed the story: "CJ: Jane Roe",
		// "Citizen Journalist: …", "Citizen Reporter: …".
		"cj": true, "citizen journalist": true, "citizen reporter": true}
	// maxAuthorLabel is the longest of them in bytes.
	maxAuthorLabel = func() int {
		longest := 0
		for _, labels := range []map[string]bool{authorLabels, colonLabels} {
			for l := range labels {
				longest = max(longest, len(l))
			}
		}
		return longest
	}()
)

// labelledByline returns the text after an author label that opens a short element: the label
// as the element's own first text ("Von: …") or as its first inline child
// ("<strong>Autorin/Autor</strong> Roman Goncharenko"). No library reads bylines this way;
// the labels are the handful news sites print. A table cell reads so too: an Indonesian story's
// credit table gives each credit a row of one cell ("<td><strong>Reporter :</strong> …</td>",
// then the editor's "Redaktur :", which no author label names).
func labelledByline(n *html.Node) string {
	if n.DataAtom == atom.Dd {
		if v := termLabelled(n); v != "" {
			return v
		}
	}
	switch n.DataAtom {
	case atom.Li, atom.P, atom.Div, atom.Span, atom.Dd, atom.Td:
	case atom.Strong, atom.B:
		return roleByline(n)
	case atom.Tr:
		return labelledRow(n)
	default:
		return ""
	}
	c := nextNonBlank(n.FirstChild)
	if c == nil {
		return ""
	}
	var label string
	switch {
	case c.Type == html.TextNode:
		label = normSpace(c.Data)
		if name := dashLabelled(label); name != "" {
			return name
		}
		// Only a colon in the first 40 bytes cuts the label, so only they (and the rest of a
		// "：" starting there) are searched: a paragraph's whole text node was, on every <p>.
		if i := strings.IndexAny(label[:min(len(label), 42)], ":："); i > 0 && i < 40 {
			_, w := utf8.DecodeRuneInString(label[i:])
			label = label[:i+w] // "Автор: Иван Петров" in one text node
		}
	case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.Em || c.DataAtom == atom.Span || c.DataAtom == atom.Label || c.DataAtom == atom.Dt):
		label = normText(c)
	default:
		return ""
	}
	colon := strings.HasSuffix(label, ":") || strings.HasSuffix(label, "：")
	trimmed := strings.TrimSpace(strings.TrimRight(label, ":： "))
	if len(trimmed) > 4*maxAuthorLabel {
		// No label can be this long lowered: strings.ToLower writes at least one byte for each
		// rune of at most four. A paragraph's whole first text is not lowered and looked up.
		return ""
	}
	key := strings.ToLower(trimmed)
	if !authorLabels[key] && !(colon && colonLabels[key]) || textLonger(n, maxBylineSource) {
		return "" // a long element is not rendered whole: see maxBylineSource
	}
	t := normText(n)
	if len([]rune(t)) > 150 || !strings.HasPrefix(t, label) {
		return ""
	}
	return strings.TrimLeft(t[len(label):], " :：")
}

// labelledRow returns the value of a two-cell table row whose first cell is an author label:
// "<tr><td>Penulis</td><td>: Nabilla Tashandra</td></tr>", the credit table under an
// Indonesian story (its next row, "Editor", credits no writer), or "".
func labelledRow(tr *html.Node) string {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th || len(cells) == 2 {
				return ""
			}
			cells = append(cells, c)
		}
	}
	// A header row ("<th>Autor</th><th>Tekst</th>" over a table of comments) names columns.
	if len(cells) != 2 || cells[1].DataAtom != atom.Td || tr.Parent != nil && tr.Parent.DataAtom == atom.Thead {
		return ""
	}
	label := normText(cells[0])
	colon := strings.HasSuffix(label, ":") || strings.HasSuffix(label, "：")
	key := strings.ToLower(strings.TrimSpace(strings.TrimRight(label, ":： ")))
	if !authorLabels[key] && !colonLabels[key] && !cellLabels[key] {
		return ""
	}
	v := normText(cells[1])
	if !colon && !strings.HasPrefix(v, ":") && !strings.HasPrefix(v, "：") && !authorLabels[key] && !cellLabels[key] {
		return "" // "by" and its like label a name only with a colon
	}
	if v = strings.TrimLeft(v, " :："); v == "" || len([]rune(v)) > 120 {
		return ""
	}
	return v
}

// cellLabels name a newsroom's writer, without a colon, in a cell or a term of their own that
// labels the next one: "<td>Reporter</td><td>Jane Roe</td>", "<dt>글</dt><dd>홍길동</dd>"
// (Korean "text", the credit a magazine's writer takes), "<dt>기자</dt>" (reporter). In running
// text these are common words that count only with a colon (colonLabels); a cell that holds
// the word alone is a label. "Writer" is left out: a review's card of a film's credits
// ("Director", "Writer", "Cast") labels the screenwriter so.
var cellLabels = map[string]bool{"reporter": true, "reporters": true, "journalist": true, "correspondent": true,
	"wartawan": true, "muhabir": true, "글": true, "글쓴이": true, "기자": true, "취재": true, "취재기자": true,
	"корреспондент": true, "журналист": true}

// maxTermValue bounds the text of a <dd> read as a labelled writer: a name list, not a paragraph.
const maxTermValue = 120

// termLabelled returns the text of a definition <dd> whose term, the <dt> right before it, is an
// author label ("<dl><dt>Author</dt><dd>Jane Roe</dd></dl>", a story's card of credits), or "".
// A term that opens the <dd> (labelledByline's own case) is not this.
func termLabelled(dd *html.Node) string {
	dt := dd.PrevSibling
	for dt != nil && dt.Type != html.ElementNode {
		dt = dt.PrevSibling
	}
	if dt == nil || dt.DataAtom != atom.Dt || textLonger(dt, 4*maxAuthorLabel) || textLonger(dd, 4*maxTermValue) {
		return ""
	}
	key := strings.ToLower(strings.TrimSpace(strings.TrimRight(normText(dt), ":： ")))
	if !authorLabels[key] && !colonLabels[key] && !cellLabels[key] {
		return ""
	}
	if v := strings.TrimLeft(normText(dd), " :："); v != "" && utf8.RuneCountInString(v) <= maxTermValue {
		return v
	}
	return ""
}

// roleBylineRe is a name and the reporter's post after a dash or a comma, the whole of a bold
// line in an article's header: "Paulo Virgílio - Repórter da Agência Brasil", "Ana Pérez,
// Corresponsal en Bruselas". The post says the name is the writer's.
var roleBylineRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:d[aeo]s?|del|la)\s+)?\p{Lu}[\p{L}'’.-]+){1,4})\s*[-–—,]\s*` +
	`(?:Repórter|Reporter|Correspondente|Corresponsal|Correspondent|Enviad[oa] [Ee]special|Colunista|Columnista|Redator|Redatora|Redactor|Redactora)(?:\s|$)`)

// roleByline returns the name of a bold element that holds nothing but a roleBylineRe line, or "".
func roleByline(n *html.Node) string {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || c.NextSibling != nil || len(c.Data) > 160 {
		return ""
	}
	if m := roleBylineRe.FindStringSubmatch(normSpace(c.Data)); m != nil {
		return m[1]
	}
	return ""
}

// dashLabels label the writer's credit with a dash in the closing credits of Portuguese
// newsrooms: "Reportagem – Eduardo Piovesan" over "Edição – Pierre Triboli" (the editor's).
var dashLabels = map[string]bool{"reportagem": true, "texto": true, "reportaje": true}

// dashLabelled returns the name of a text node that reads "Reportagem – Name", or "". Only the
// one text node counts: the next line credits another trade.
func dashLabelled(t string) string {
	if !strings.ContainsAny(t[:min(len(t), 18)], "-–—") {
		return "" // the label is short: most text nodes are asked nothing more
	}
	for _, dash := range []string{" – ", " - ", " — "} {
		if label, name, ok := strings.Cut(t, dash); ok && len(label) <= 12 && dashLabels[strings.ToLower(label)] {
			return name
		}
	}
	return ""
}

// maxShareBoxDepth is how many levels above an <h1> inShareBox looks for a share box.
const maxShareBoxDepth = 2

// inShareBox reports an element whose parent or grandparent is a share box: its class or id
// names sharing ("shareArticles", "share-tools").
func inShareBox(n *html.Node) bool {
	a := n.Parent
	for range maxShareBoxDepth {
		if a == nil || a.Type != html.ElementNode || a.DataAtom == atom.Body {
			return false
		}
		if strings.Contains(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), "share") {
			return true
		}
		a = a.Parent
	}
	return false
}

// maxBreadcrumbDepth is how many levels above a heading inBreadcrumb looks for the trail.
const maxBreadcrumbDepth = 5

// inBreadcrumb reports a heading set inside a breadcrumb trail, a <nav> or an element whose
// class or id names a breadcrumb: templates print the story's search-engine headline as the
// trail's last item in an <h1> ("Home | Politics | <h1>Name: Story worded for search</h1>")
// and the headline readers see in an <h2> under it.
func inBreadcrumb(n *html.Node) bool {
	a := n.Parent
	for range maxBreadcrumbDepth {
		if a == nil || a.Type != html.ElementNode || a.DataAtom == atom.Body {
			return false
		}
		if a.DataAtom == atom.Nav || strings.Contains(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), "crumb") {
			return true
		}
		a = a.Parent
	}
	return false
}

// seoClassWords are the class and id words that name a heading the search engines' title
// ("seotitle", "seo-title", "Breadcrumbs_seotitle__x", "yspseohdln").
var seoClassWords = []string{"seotitle", "seo-title", "seo_title", "seoheadline", "seo-headline", "seohdln", "seo-h1"}

// seoHeading reports an <h1> whose own class or id names it the title written for search
// engines: such templates print that wording in an <h1> readers do not see, or see as a
// trail's last item, and the headline readers see in an <h2> under it, as breadcrumb
// <h1>s do (inBreadcrumb).
func seoHeading(n *html.Node) bool {
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(cls, "seo") && textsim.ContainsAny(cls, seoClassWords)
}

// maxCreditHead bounds the opening of an author item's text read for a picture's credit label
// (nonWriterCredit reads its first words).
const maxCreditHead = 256

// errorReportBox reports the class of a box readers report a mistake in: "reporterr" (report and
// err run together) or "error".
func errorReportBox(cls string) bool {
	return strings.Contains(cls, "reporterr") || strings.Contains(cls, "error")
}

// categoryLinksOnly reports an element whose text is all in links classed or related as a
// category (a tag link alone may be the writer's page, "<a rel=tag>Jane Roe</a>"): the sections a story is filed under, set in a byline's box above the
// headline, name no writer. Asked only of byline elements.
func categoryLinksOnly(n *html.Node) bool {
	links, other := 0, false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for c := c.FirstChild; c != nil && !other; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				other = !isBlank(c.Data)
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.A:
				if strings.Contains(strings.ToLower(attr(c, "class")+" "+attr(c, "rel")), "categor") {
					links++
				} else {
					walk(c)
				}
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return links > 0 && !other
}

// inNav reports an element inside a <nav>: a site's menu, whose story cards (the latest
// headlines, each with its byline) are other stories'. Asked only of byline elements.
func inNav(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Nav {
			return true
		}
	}
	return false
}

// storyBox returns the nearest <article> holding the headline h, else the nearest <main>, or nil.
func storyBox(h *html.Node) *html.Node {
	var main *html.Node
	for a := h.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Article:
			return a
		case atom.Main:
			if main == nil {
				main = a
			}
		}
	}
	return main
}

// within reports whether n is box or sits inside it.
func within(n, box *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a == box {
			return true
		}
	}
	return false
}

// authorLinks counts the child elements of n that are rel=author links.
func authorLinks(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && hasToken(strings.ToLower(attr(c, "rel")), "author") {
			k++
		}
	}
	return k
}

// boldPara is a paragraph set wholly in bold, with the text of the paragraphs around it, which
// tell whether it stands at an edge of the story.
// closing marks a bold line that ends a paragraph rather than filling one (closingBoldLine).
type boldPara struct {
	text, prev, next string
	closing          bool
	// opening: among the first three paragraphs under the headline.
	opening bool
}

// jaDeliveredRe is a Japanese source line's delivery stamp without a year, after the outlet's
// name: "朝日新聞デジタル 7月13日(水)19時37分配信". Compiled on first use.
var jaDeliveredRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\S{1,24}\s*)?(\d{1,2})月(\d{1,2})日\s*(?:[(（][日月火水木金土][)）])?\s*(\d{1,2})時(\d{1,2})分\s*配信$`)
})

// paragraph records a <p> for boldParas; it reports whether the paragraph is wholly bold.
func (p *page) paragraph(n *html.Node, cls string) bool {
	t := normText(n)
	if t == "" {
		return false
	}
	if p.h1Seen {
		// A paragraph holding only a date among the first under the headline is the story's
		// date line, whatever its class: above a photo caption's date ("…, January 16, 2020.
		// REUTERS") that stands nearer the headline.
		if p.parasAfterH1 < 3 && !p.stampSeen && !dateClass(cls) && pubdate.IsDateLine(t, pubdate.Context{}) && !p.aboutOtherStory(n) {
			p.stampSeen = true
			p.dateTexts = append(p.dateTexts, t)
		} else if p.parasAfterH1 < 3 && !p.stampSeen && strings.HasSuffix(t, "配信") {
			// A Japanese portal's source line: the outlet, then the day and time it delivered
			// the story, without a year ("朝日新聞デジタル 7月13日(水)19時37分配信"). The day and
			// time are kept as a yearless date element's are, for the page's address to date.
			if m := jaDeliveredRe().FindStringSubmatch(t); m != nil {
				p.stampSeen = true
				p.dateTexts = append(p.dateTexts, m[1]+"月"+m[2]+"日 "+m[3]+"時"+m[4]+"分")
			}
		}
		p.parasAfterH1++
	}
	if k := len(p.boldParas); k > 0 && p.boldParas[k-1].next == "" && p.boldParas[k-1].text != t {
		p.boldParas[k-1].next = t
	}
	bold := len(p.boldParas) < 64 && len([]rune(t)) <= 80 && wholeBold(n)
	if bold {
		p.boldParas = append(p.boldParas, boldPara{text: t, prev: p.lastPara, opening: p.h1Seen && p.parasAfterH1 <= 3})
	} else if len(p.boldParas) < 64 && p.h1Seen {
		if sign, before := closingBoldLine(n); sign != "" {
			p.boldParas = append(p.boldParas, boldPara{text: sign, prev: before, closing: true})
		}
	}
	// A lead picture's caption set in <p> inside its <figcaption> is no story paragraph: the
	// byline under the caption and the deck still stands above the story ("<figcaption><p>…
	// </p></figcaption> <p>deck</p> <p>Von Jane Roe</p>" on script-built news pages).
	if utf8.RuneCountInString(t) >= minStoryParaRunes && !inFigcaption(n) {
		p.storyParas++
	}
	p.lastPara = t
	return bold
}

// minStoryParaRunes is the length from which a paragraph counts as the story's text in
// storyParas.
const minStoryParaRunes = 120

// closingBoldLine returns the text of a bold line that closes a paragraph after a line break,
// with the text of the line before it: the writer's sign-off run into the story's last
// paragraph ("… bisa dilakukan.<br><br><strong>DINI TEJA</strong></p>"), or "", "".
func closingBoldLine(n *html.Node) (string, string) {
	last := n.LastChild
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(last.Data, "\u00a0", "")) == "" {
		last = last.PrevSibling
	}
	if last == nil || last.Type != html.ElementNode || last.DataAtom != atom.Strong && last.DataAtom != atom.B {
		return "", ""
	}
	// In capitals, as a sign-off is set: a subheading in bold closing a paragraph ("The
	// Econ-O-Matic") is in mixed case.
	sign := normText(last)
	if sign == "" || utf8.RuneCountInString(sign) > 40 || !isUpperWords(sign) {
		return "", ""
	}
	c := last.PrevSibling
	breaks := 0
	for ; c != nil && (c.DataAtom == atom.Br || c.Type == html.TextNode && isBlank(c.Data)); c = c.PrevSibling {
		if c.DataAtom == atom.Br {
			breaks++
		}
	}
	if breaks == 0 || c == nil {
		return "", ""
	}
	var line []string
	for ; c != nil && c.DataAtom != atom.Br; c = c.PrevSibling {
		line = append([]string{textOf(c)}, line...)
	}
	return sign, normSpace(strings.Join(line, ""))
}

// wholeBold reports a paragraph whose only content is one <strong> or <b> element.
func wholeBold(n *html.Node) bool {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(c.Data, "\u00a0", "")) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && only == nil:
			only = c
		default:
			return false
		}
	}
	return only != nil
}

// inFigure reports an element in a <figure> or <figcaption>: an author there is the
// photographer of the image ("Foto: …", "Name/Ritzau Scanpix"), not the story's.
func inFigure(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.DataAtom == atom.Figure || a.DataAtom == atom.Figcaption {
			return true
		}
	}
	return false
}

// inFigcaption reports an element inside a <figcaption>, looking up at most 8 ancestors (a
// caption's paragraph sits just under it).
func inFigcaption(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < 8; a, k = a.Parent, k+1 {
		if a.DataAtom == atom.Figcaption {
			return true
		}
	}
	return false
}

// pictureCreditBox reports an author-classed element printed after a picture in the picture's
// own box ("<div class=photo><img …><span class=author>KOMPAS.com/NABILLA TASHANDRA</span>"):
// the credit of the photograph, not the story's byline. An author card's avatar stands in a box
// classed for the author, not for a photo.
func pictureCreditBox(n *html.Node) bool {
	box := n.Parent
	if box == nil || box.Type != html.ElementNode {
		return false
	}
	cls := strings.ToLower(attr(box, "class"))
	if !strings.Contains(cls, "photo") && !strings.Contains(cls, "foto") && !strings.Contains(cls, "caption") && !strings.Contains(cls, "image") ||
		bylineClass(cls) > 0 || strings.Contains(cls, "author") || strings.Contains(cls, "avatar") {
		return false
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture) {
			return true
		}
	}
	return false
}

// bylineBox returns the outermost ancestor of n (n excluded) whose class marks a byline or an
// author, or nil. Several authors of one story share it even when each has its own author card;
// a teaser's byline further down the page is another element.
func bylineBox(n *html.Node) *html.Node {
	var box *html.Node
	for a := n.Parent; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		if a.Type == html.ElementNode && bylineClass(strings.ToLower(attr(a, "class")+" "+attr(a, "id")+" "+componentName(a))) > 0 {
			box = a
		}
	}
	return box
}

func findItemprop(n *html.Node, name string) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasToken(strings.ToLower(attr(c, "itemprop")), name) {
			return normSpace(firstNonEmpty(itemContent(c), textOf(c)))
		}
		if v := findItemprop(c, name); v != "" {
			return v
		}
	}
	return ""
}

// maxItemNames bounds the names itemNames gathers from one item.
const maxItemNames = 8

// itemNames lists the itemprop="name" values under n, in order, up to maxItemNames; the
// properties of a nested item (itemscope) are that item's, not n's.
func itemNames(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && len(out) < maxItemNames; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasToken(strings.ToLower(attr(c, "itemprop")), "name") {
				if v := normSpace(firstNonEmpty(itemContent(c), textOf(c))); v != "" {
					out = append(out, v)
				}
				continue
			}
			if !hasAttr(c, "itemscope") {
				walk(c)
			}
		}
	}
	walk(n)
	return out
}

// maxBylineSource bounds the text, in runes other than spaces, of an element read as a byline:
// ten times the 200 runes a byline may have, for the markup's hidden parts. Without it, byline
// classes nested in one another (a page of a few hundred kilobytes) would each render the text of
// every inner one — quadratic in the depth, 300 MB at 500 levels.
const maxBylineSource = 2000

// bylineText is the text of a byline element. A byline built of a name part and a job-title
// part ("byline-name" and "byline-title", laid out inline with only a space between) reads as
// one run, "By Jane Roe BBC, Washington", where the title would join the name or stand as a
// second author; the title part is left out when a name part stands beside it.
func bylineText(n *html.Node) string {
	var name, title *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch cls := strings.ToLower(attr(c, "class")); {
		case cls == "":
		case partClass(cls, "name"):
			name = c
		case partClass(cls, "title", "role", "job", "position"):
			title = c
		}
	}
	if name == nil || title == nil || strings.TrimSpace(renderText(name)) == "" {
		return renderText(n)
	}
	// Taken out for the rendering and put back at once: the scan reads the title part later.
	next := title.NextSibling
	n.RemoveChild(title)
	t := renderText(n)
	n.InsertBefore(title, next)
	return t
}

// embeddedPostWords name the widgets that embed a post from a social network ("cntwitter-info",
// "twitter-tweet", "instagram-media"): the author they name is the post's, not the story's.
var embeddedPostWords = []string{"twitter", "tweet", "instagram", "facebook-post", "fb-post"}

// inEmbeddedPost reports an element inside such a widget. Asked only of byline elements.
func inEmbeddedPost(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && textsim.ContainsAny(strings.ToLower(attr(a, "class")), embeddedPostWords) {
			return true
		}
	}
	return false
}

// inOtherCard reports an element after the headline inside an <article> that does not hold the
// headline and stands beside another <article> or alone in an <aside>: a card in a list of other stories ("post"
// cards under the story, each with its writer's "autor"). Asked only of byline elements.
func (p *page) inOtherCard(n *html.Node) bool {
	if p.h1Node == nil {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom != atom.Article {
			continue
		}
		if within(p.h1Node, a) {
			return false
		}
		// A card alone in an <aside> (a "related story" module run into the text) is
		// another story's as well.
		if a.Parent != nil && a.Parent.DataAtom == atom.Aside {
			return true
		}
		for _, sib := range []*html.Node{dom.PreviousElementSibling(a), dom.NextElementSibling(a)} {
			if sib != nil && sib.DataAtom == atom.Article {
				return true
			}
		}
		// A card whose own heading links to another page ("<article class=media><h1><a
		// href=/videos/other/>…</a></h1>… <a class=author-name>…</a>"), set in a sidebar
		// column inside the story's <article>: a teaser of that page.
		return p.headingLinksAway(a, n)
	}
	return false
}

// headingLinksAway reports a box whose first heading (<h1>–<h4>), printed above the element n, is a link to
// an address other than the page's own, with words the page's <title> does not hold: a card's
// headline stands above its byline. The story's own headline linked to itself on a page with no
// canonical address is none, and nor is a related story's card further down the story's text.
// Asked during the scan, of an <article> the scan is inside: its first heading before n is the
// one the scan has passed (see passedHeading).
func (p *page) headingLinksAway(box, n *html.Node) bool {
	h := p.articleHeading[box]
	if h == nil {
		return false
	}
	title := p.lowerTitleText()
	if away, ok := p.awayHeadings[h]; ok {
		return away // a card's bylines ask of one heading, and a long <title> is searched once
	}
	link := findElement(h, func(c *html.Node) bool { return c.DataAtom == atom.A })
	away := false
	if link != nil && attr(link, "href") != "" && !p.permalink(link) {
		// A headline has three words at least; a section's link above the byline ("<h6><a
		// href=/topics/tech-industry/>Tech Industry</a></h6>") is a kicker.
		t := normText(link)
		away = len(strings.Fields(t)) >= 3 && !strings.Contains(title, strings.ToLower(t))
	}
	p.awayHeadings[h] = away
	return away
}

// passedHeading records n, once the scan has read it, as the first heading of every <article>
// the scan is inside that has none yet. An inner <article> with one already means every outer
// one has one, passed no later: the innermost are asked first, and the asking stops there.
func (p *page) passedHeading(n *html.Node) {
	if n.DataAtom != atom.H1 && n.DataAtom != atom.H2 && n.DataAtom != atom.H3 && n.DataAtom != atom.H4 {
		return
	}
	for i := len(p.openArticles) - 1; i >= 0; i-- {
		a := p.openArticles[i]
		if p.articleHeading[a] != nil {
			break
		}
		if p.articleHeading == nil {
			p.articleHeading = map[*html.Node]*html.Node{}
		}
		p.articleHeading[a] = n
	}
}

// lowerTitleText is the page's <title> lower-cased with its spaces normalised, made once for
// each <title> text, as are headingLinksAway's answers against it and the page's own address
// (awayHeadings): a card's heading is matched against it for every byline element in the card,
// and a long <title> made and searched again each time costs its length each time.
func (p *page) lowerTitleText() string {
	self := firstNonEmpty(p.canonical, p.meta["og:url"])
	if p.awayHeadings == nil || p.lowerTitleOf != p.title || p.awaySelf != self {
		p.lowerTitle, p.lowerTitleOf, p.awaySelf = strings.ToLower(normSpace(p.title)), p.title, self
		p.awayHeadings = map[*html.Node]bool{}
	}
	return p.lowerTitle
}

// bylineRoom reports room for another byline element: sixteen before the headline, and as many
// again after it.
func (p *page) bylineRoom() bool {
	return len(p.bylines) < 16 || p.h1Seen && len(p.bylines) < p.bylinesAtH1+16
}

// partClass reports a class token that ends in one of the part words after a separator
// ("byline-name", "author__role") or is the word itself.
func partClass(cls string, parts ...string) bool {
	for _, tok := range strings.Fields(cls) {
		for _, w := range parts {
			if rest, ok := strings.CutSuffix(tok, w); ok && (rest == "" || strings.HasSuffix(rest, "-") || strings.HasSuffix(rest, "_")) {
				return true
			}
		}
	}
	return false
}

// bylineClassWordSet holds a word of every class bylineClass gives a strength ("author" holds
// "auth", and so does each login state authStateReplacer blanks, so blanking adds no word the
// class did not show).
var bylineClassWordSet = textsim.NewAnyOf([]string{"byline", "reporter", "repoter", "journalist", "writer", "autor", "auth"})

// authStateReplacer blanks the login-state words that hold "author".
var authStateReplacer = strings.NewReplacer("authoriz", "", "authoris", "")

// boldThenText reports an element of two children, a <strong> or <b> of text alone and a text
// after it: "<strong>Example Recorder</strong> | Jane Roe", the outlet's name set in bold.
func boldThenText(n *html.Node) bool {
	b := n.FirstChild
	return b.NextSibling == n.LastChild && b.Type == html.ElementNode && (b.DataAtom == atom.Strong || b.DataAtom == atom.B) &&
		b.FirstChild != nil && b.FirstChild == b.LastChild && b.FirstChild.Type == html.TextNode
}

// publishClass reports a class naming a publication date ("publish-date", "pubdate",
// "date-published") and no update ("published-updated", "pubdate-modified").
func publishClass(cls string) bool {
	cls = strings.ToLower(cls)
	return (strings.Contains(cls, "publish") || strings.Contains(cls, "pubdate")) &&
		!strings.Contains(cls, "updat") && !strings.Contains(cls, "modif")
}

// wirePostLineRe is a name of two to four words and a news agency's post after it ("Jane Roe,
// AP Sports Writer", "JANE ROE AP Business Writer"): a wire byline printed without "By".
var wirePostLineRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},?\s+(?:AP|The Associated Press|Associated Press)(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:Writer|Correspondent|Editor)$`)

// bylineClass rates a class/id as a byline: 2 for byline/reporter words, 1 for the looser
// author/writer words that also mark comment and sidebar authors, 0 for neither.
func bylineClass(cls string) int {
	// Every strength above zero needs one of these words, asked of every element's class first.
	if !bylineClassWordSet.In(cls) {
		return 0
	}
	return bylineClassRules(cls)
}

// bylineClassRules is bylineClass without its word prefilter: kept apart so a test can check
// that the prefilter never hides a class these rules would give a strength.
func bylineClassRules(cls string) int {
	// A byline's location part ("byline__author-location") is the dateline's place, not a name.
	// A picture's or a video's credit box ("multimediaAuthorBox": its description, "Lotus
	// Elise", and "zdroj: Lotus") credits the media, as a photo's does.
	if isBlank(cls) || strings.Contains(cls, "avatar") || strings.Contains(cls, "photo") || strings.Contains(cls, "img") || strings.Contains(cls, "location") ||
		strings.Contains(cls, "multimedia") {
		return 0
	}
	// A "contact the author" button ("contactAuthor", "author-contact") prints its label
	// ("Write to the reporter"), not a name.
	if strings.Contains(cls, "contact") {
		return 0
	}
	// A login box's state ("authorized", "not_authorized", "authorization") is no author.
	if strings.Contains(cls, "authori") {
		cls = authStateReplacer.Replace(cls)
	}
	// "repoter" is how many Korean layouts spell the class of their byline.
	for _, w := range []string{"byline", "reporter", "repoter", "journalist"} {
		if strings.Contains(cls, w) {
			return 2
		}
	}
	for _, w := range []string{"author", "writer"} {
		if strings.Contains(cls, w) {
			// The author card's post ("author-office": "Promotor de Justiça", "author-role") is
			// no name, though its words are capitalised like one.
			if partClass(cls, "office", "role", "job", "position", "occupation", "cargo") {
				return 0
			}
			return 1
		}
	}
	if strings.Contains(cls, "autor") && autorClass(cls) {
		return 1
	}
	if strings.Contains(cls, "auth") && authClass(cls) {
		return 1
	}
	return 0
}

// withLastNamePart is a byline element's text t joined to the text of the element right after
// it when the two are classed the first and the last part of the author's name
// ("AUTHORS-NAME-FIRST", "AUTHORS-NAME-LAST"): a template that prints each part in an element
// of its own, under no element that holds both. The first name alone is no byline.
func withLastNamePart(n *html.Node, cls, t string) string {
	if !nameClassEnding(cls, "first", "firstname", "givenname", "given") {
		return t
	}
	next := n.NextSibling
	for next != nil && next.Type == html.TextNode && isBlank(next.Data) {
		next = next.NextSibling
	}
	if next == nil || next.Type != html.ElementNode || !nameClassEnding(strings.ToLower(attr(next, "class")), "last", "lastname", "familyname", "family", "surname") {
		return t
	}
	return t + " " + normText(next)
}

// nameClassEnding reports a class token about a name ("authors-name-first", "author_firstname")
// that ends in one of the given parts, separators dropped.
func nameClassEnding(cls string, parts ...string) bool {
	for _, tok := range strings.Fields(cls) {
		if !strings.Contains(tok, "name") {
			continue
		}
		tok = strings.NewReplacer("-", "", "_", "").Replace(tok)
		for _, w := range parts {
			if strings.HasSuffix(tok, w) {
				return true
			}
		}
	}
	return false
}

// createdByLine reports the line an older CMS prints "Written by" in, classed "createdby"
// (Joomla's <span class=createdby> and, later, <dd class=createdby>): the writer's name, where
// the author meta may hold the login's that entered the story. Only a <span> or a <dd>: a
// footer's <div class=createdBy> credits the site's designers ("Designed and developed by").
func createdByLine(n *html.Node, cls string) bool {
	if n.DataAtom != atom.Span && n.DataAtom != atom.Dd || !strings.Contains(cls, "created") {
		return false
	}
	for _, tok := range strings.Fields(cls) {
		switch tok {
		case "createdby", "created-by", "created_by":
			return true
		}
	}
	return false
}

// authClass reports a class token that names the story's author box with the short form
// "auth" after a word for the story: "article_auth", "story-auth", "news_auth". Alone or
// elsewhere "auth" names a sign-in box ("auth-area", "politico-auth auth-logged-out",
// "auth__field"), which is far more common.
func authClass(cls string) bool {
	for _, tok := range strings.Fields(cls) {
		for _, w := range []string{"article", "story", "news", "post", "entry", "material"} {
			if rest, ok := strings.CutPrefix(tok, w); ok && (rest == "_auth" || rest == "-auth" || rest == "_auths" || rest == "-auths") {
				return true
			}
		}
	}
	return false
}

// headlineCredits reports a block named "credits" right under the headline ("<h1>…</h1><div
// class=credits><p><b>NAME</b><br>JOB TITLE"): the story's byline there, where elsewhere the
// word names a photo's or the site's credits ("Design by …", "Powered by WordPress").
func headlineCredits(n *html.Node, cls string) bool {
	if !hasToken(cls, "credits") {
		return false
	}
	h := dom.PreviousElementSibling(n)
	return h != nil && h.DataAtom == atom.H1
}

// autorClass reports a class token that is the Spanish, Portuguese, German or Polish word for
// author as a part of its own ("autor", "autores", "noticia-autor", "autor_nome"): inside a
// word, "autoresize", "autorotate" and "autorun" name scripts' behaviours.
func autorClass(cls string) bool {
	if strings.Contains(cls, "menu") {
		return false // WordPress's "menu-item-object-autor": a menu entry for an author taxonomy
	}
	for _, tok := range strings.FieldsFunc(cls, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		switch tok {
		case "autor", "autora", "autores", "autoras", "autorin", "autoren":
			return true
		}
	}
	return false
}

// metaValue is a <meta>'s value: its content attribute or, when that is missing or empty, its
// value attribute. Mercury/Postlight's re-serialisation renames every content to value (pages
// saved through it, and their copies, carry only value), and some templates write value by
// mistake; no page writes both with different meanings.
func metaValue(n *html.Node) string {
	return firstNonEmpty(attr(n, "content"), attr(n, "value"))
}

// itemContent is the value a microdata property states in an attribute: content (on <meta> and
// on other elements in RDFa-style markup), or value on <data> and <meter>, as the microdata
// specification defines, and on a <meta> whose content was renamed value (see metaValue).
func itemContent(n *html.Node) string {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Data || n.DataAtom == atom.Meter {
		return metaValue(n)
	}
	return strings.TrimSpace(attr(n, "content"))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// hasToken reports tok as one of the space-separated words of list (strings.Fields' words,
// walked without building their slice).
func hasToken(list, tok string) bool {
	return anyField(list, func(f string) bool { return f == tok })
}

// textOf concatenates the text under n, skipping scripts and styles.
// shownText is textOf without the parts of n the browser hides: a headline may carry a hidden
// full stop or a screen-reader label ("<span style="display:none">. </span>") the other title
// sources do not.
func shownText(n *html.Node) string {
	if findElement(n, func(c *html.Node) bool { return c != n && hiddenBlock(c) }) == nil {
		return textOf(n)
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode || hiddenBlock(c) || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript:
		case c.DataAtom == atom.Br:
			b.WriteByte(' ')
		default:
			b.WriteString(shownText(c))
		}
	}
	return b.String()
}

// endsWithYear reports text ending in a run of exactly four digits.
func endsWithYear(s string) bool {
	n := 0
	for n < len(s) && isDigitByte(s[len(s)-1-n]) {
		n++
	}
	return n == 4
}

// isLetterStart reports text opening with a letter of an alphabet; not with Han, kana or
// Hangul, which write a date's units right after its numbers ("2017年", "2019년").
func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// textRunes is normRunes(textOf(n)), the length of an element's whitespace-normalised text,
// counted while walking, without building the text: the boxes of a page are weighed by it again
// and again. The spaces textOf sets between elements are decided the same way, from the last
// byte it would have written and the digits that end it. Text of invalid UTF-8, which could
// read differently joined to its neighbours, is left to normRunes(textOf(n)).
func textRunes(n *html.Node) int {
	return textRunesUpTo(n, -1)
}

// textRunesOver reports textRunes(n) > limit, the walk stopped once the count passes limit: a
// box asked whether it is short may be the whole page's header.
func textRunesOver(n *html.Node, limit int) bool {
	return textRunesUpTo(n, limit) > limit
}

// textRunesUpTo is textRunes(n), or, with a limit of zero or more, any count above limit once
// the count of the text walked so far passes it. The count never falls as text is added, so
// the rest cannot bring it back under: a later invalid byte makes textRunes count textOf's
// text, which begins with the same valid runes and spaces.
func textRunesUpTo(n *html.Node, limit int) int {
	var c normCounter
	crossed, broken, over := false, false, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if broken || over {
			return
		}
		switch {
		case n.Type == html.TextNode:
			if crossed && c.written && n.Data != "" && (isDigitByte(c.last) && isDigitByte(n.Data[0]) ||
				c.digits == 4 && isLetterStart(n.Data)) {
				c.space()
			}
			broken = !c.text(n.Data)
			crossed = false
			over = limit >= 0 && !broken && c.runes() > limit
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			c.space()
		}
		crossed = true
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		crossed = true
		if n.Type == html.ElementNode && isBlockTag(n.DataAtom) {
			c.space()
		}
	}
	walk(n)
	if broken {
		return normRunes(textOf(n))
	}
	return c.runes()
}

// normCounter counts normRunes of the text written to it piece by piece, and keeps what
// textOf asks of the text written so far: whether there is any, its last byte and how many
// digits end it (five standing for more than four).
type normCounter struct {
	count, fields int
	inField       bool
	written       bool
	last          byte
	digits        int
}

// space writes one ASCII space.
func (c *normCounter) space() {
	c.inField, c.written, c.last, c.digits = false, true, ' ', 0
}

// text writes s; it reports false when s is not valid UTF-8, and the counts are then void.
func (c *normCounter) text(s string) bool {
	if s == "" {
		return true
	}
	for i := 0; i < len(s); {
		if plainASCII[s[i]] {
			// A run of plain ASCII is that many runes of one field, counted at once.
			j := i + 1
			for j < len(s) && plainASCII[s[j]] {
				j++
			}
			c.count += j - i
			if !c.inField {
				c.fields++
				c.inField = true
			}
			i = j
			continue
		}
		b, size, space := s[i], 1, false
		if b < utf8.RuneSelf {
			space = asciiSpace[b]
		} else {
			var r rune
			if r, size = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				return false
			}
			space = unicode.IsSpace(r)
		}
		if space {
			c.inField = false
		} else {
			c.count++
			if !c.inField {
				c.fields++
				c.inField = true
			}
		}
		i += size
	}
	trailing := 0
	for trailing < len(s) && trailing < 5 && isDigitByte(s[len(s)-1-trailing]) {
		trailing++
	}
	if trailing == len(s) {
		c.digits = min(c.digits+trailing, 5)
	} else {
		c.digits = trailing
	}
	c.written, c.last = true, s[len(s)-1]
	return true
}

// runes is normRunes of everything written.
func (c *normCounter) runes() int {
	if c.fields > 1 {
		return c.count + c.fields - 1
	}
	return c.count
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// startsWithBy cheaply checks whether a paragraph-like element's first text is "By", so the
// full text is only built for likely bylines.
// inlineLead returns the text of n's inline children before its first paragraph or other
// block child, when that block follows and the text is short (at most 60 runes), else "".
func inlineLead(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Blockquote, atom.Figure, atom.H2, atom.H3, atom.H4:
				if t := normSpace(b.String()); len([]rune(t)) <= 60 {
					return t
				}
				return ""
			case atom.Span, atom.A, atom.B, atom.Strong, atom.Em, atom.I:
			default:
				return ""
			}
			b.WriteString(" " + textOf(c) + " ")
			continue
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return ""
}

func startsWithBy(n *html.Node) bool {
	item := false
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Address:
	case atom.Strong, atom.B:
		// "<strong>By <a>Steve Elling</a></strong><br/>" in a table cell under the headline: a
		// bold line of its own in the layouts of the 2000s.
	case atom.Li:
		item = true // a list item only with the label "Article by:", not the "By" of a teaser list
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.FirstChild {
		if c = nextNonBlank(c); c == nil {
			return false
		}
		if c.Type == html.TextNode {
			t := strings.TrimSpace(c.Data)
			if len(t) >= 11 && strings.EqualFold(t[:11], "article by:") {
				return true // the label some templates print before the writer's name
			}
			by := t == "By" || t == "by" || t == "BY" || byThenSpace(t) && !byFigure(t)
			// Drupal's node template: "Submitted by <a href=/users/…>Name</a> on 2007-07-02".
			submitted := strings.EqualFold(t, "submitted by") && c.NextSibling != nil && c.NextSibling.DataAtom == atom.A
			return !item && (by || submitted) || !item && n.DataAtom != atom.Strong && n.DataAtom != atom.B && byAfterBreak(n) || item && by && datedSiblingItem(n)
		}
	}
	return false
}

// teaserLinkByline reports a "By" line inside a link to the address another link of the same
// list item heads: a list of other stories that prints each teaser's writer in a link to the
// teaser ("<li><a href=/b>Bridge reopens</a> (<a href=/b><strong>By Tom Roe</strong></a>)"). A
// byline linked to the writer's page shares its address with no headline. The item's and the
// link's addresses are counted once each (linkHrefs): a list item holding thousands of teaser
// bylines, each linked to its own address, is not searched whole for every one of them.
func (p *page) teaserLinkByline(n *html.Node) bool {
	link := linkAround(n, 3)
	if link == nil || attr(link, "href") == "" {
		return false
	}
	href := attr(link, "href")
	for li, k := link.Parent, 0; li != nil && k < 3; li, k = li.Parent, k+1 {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li {
			continue
		}
		// The links to href in the item, less the link itself and the links inside it.
		return p.linkHrefs(li)[href] > p.linkHrefs(link)[href]
	}
	return false
}

// linkHrefs counts the links under root (root too) by address, searched as findElement searches
// (code, templates and the <head> left out), once a root: teaserLinkByline asks it.
func (p *page) linkHrefs(root *html.Node) map[string]int {
	if m, ok := p.hrefCounts[root]; ok {
		return m
	}
	m := map[string]int{}
	findElement(root, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			m[attr(c, "href")]++
		}
		return false
	})
	if p.hrefCounts == nil {
		p.hrefCounts = map[*html.Node]map[string]int{}
	}
	p.hrefCounts[root] = m
	return m
}

// datedSiblingItem reports a list item beside an item that is only a date ("Published: 00:00
// April 2, 2010", "February 28, 2011"): the story's details list, whose "By" item is its
// byline. A teaser list's items each hold a headline, a byline and a date together.
func datedSiblingItem(li *html.Node) bool {
	k := 0
	for _, next := range []func(*html.Node) *html.Node{dom.PreviousElementSibling, dom.NextElementSibling} {
		for s := next(li); s != nil && k < 4; s, k = next(s), k+1 {
			if s.DataAtom != atom.Li {
				continue
			}
			if textOver(s, 60) {
				continue
			}
			if t := normText(s); len(t) <= 60 {
				if _, start, end, ok := pubdate.Find(t, pubdate.Context{}); ok && start <= 12 && end >= len(t)-2 {
					return true
				}
			}
		}
	}
	return false
}

// captionedUnderHeadline reports an image printed right after the <h1> with its caption in
// the next element ("<h1>…</h1><img src=…><p class=photo-caption>…"): the story's lead photo,
// on pages with no <article> to say so and no declared size.
func captionedUnderHeadline(img *html.Node) bool {
	h := dom.PreviousElementSibling(img)
	if h == nil || h.DataAtom != atom.H1 {
		return false
	}
	c := dom.NextElementSibling(img)
	return c != nil && strings.Contains(strings.ToLower(attr(c, "class")), "caption")
}

// byLabelWords are the words for "by" that open a byline line in German, Spanish and Portuguese,
// French, Dutch, the Nordic languages, Indonesian and Albanian. Italian "di" is left out: it
// opens surnames too ("Di Stefano").
var byLabelWords = map[string]bool{"von": true, "por": true, "par": true, "door": true, "av": true, "af": true, "oleh": true, "nga": true}

// maxLabelWordLine bounds the text of a labelWordLine in bytes: a label, a name and a short tail.
const maxLabelWordLine = 100

// labelWordLine returns the text of a short element that is a byline in one of byLabelWords'
// languages ("Von Hans Müller", "Por María López, do Rio"), or "": the label and a name of two
// to four capitalised words, then at most a tail after a comma or a bar (the place, the date).
// One word after the label is a phrase ("Von Berlin aus…", "Por eso"), and a lower-case word a
// sentence.
func labelWordLine(n *html.Node) string {
	c := nextNonBlank(n.FirstChild)
	if c == nil || c.Type != html.TextNode || textLonger(n, maxLabelWordLine) {
		return ""
	}
	lead := strings.TrimLeft(c.Data, " \t\r\n\u00a0")
	i := strings.IndexAny(lead[:min(len(lead), 6)], " \u00a0")
	if i <= 0 || i > 4 || !byLabelWords[strings.ToLower(lead[:i])] {
		return ""
	}
	t := normText(n)
	if len(t) > maxLabelWordLine {
		return ""
	}
	name := t[i:]
	if j := strings.IndexAny(name, ",|"); j >= 0 {
		name = name[:j]
	}
	words := strings.Fields(name)
	if twoJoinedNames(words) {
		return t // "par Alexandria Sage et Lisa Girion"
	}
	if len(words) < 2 || len(words) > 4 || !looksLikeName(words) {
		return ""
	}
	for i, w := range words {
		// A particle inside the name ("Jan de Vries"), never at its ends: "Av Ola og Kari",
		// "Von Montag bis Freitag" are no names.
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || i == len(words)-1 || !nameParticles[w]) {
			return ""
		}
	}
	return t
}

// koReporterLineRe is a Korean byline line: a name and the reporter's title ("박준영 기자",
// "김철수 워싱턴 특파원" has a place and is left to the patterns), an e-mail address after it.
var koReporterLineRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[가-힣]{2,4}\s?(?:기자|특파원|선임기자|수석기자|객원기자|인턴기자|수습기자)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$`)
})

// koReporterLine reports a short element whose text is a koReporterLineRe line alone: under the
// headline, a Korean story's byline where the layout gives it no class.
func koReporterLine(n *html.Node) bool {
	c := nextNonBlank(n.FirstChild)
	if c == nil || c.Type != html.TextNode {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(c.Data)); r < '가' || r > '힣' || textLonger(n, 80) {
		return false
	}
	return koReporterLineRe().MatchString(normText(n))
}

// byAfterBreak reports an element whose second line, after a <br> among its first few
// children, opens with "by": "<span>[03/05/2007 09:30 AM]<br/>by <a>Jane Roe</a></span>",
// the stamp on one line and the byline on the next.
func byAfterBreak(n *html.Node) bool {
	k := 0
	for c := n.FirstChild; c != nil && k < 6; c, k = c.NextSibling, k+1 {
		if c.Type != html.ElementNode || c.DataAtom != atom.Br {
			continue
		}
		next := c.NextSibling
		if next == nil || next.Type != html.TextNode {
			return false
		}
		t := strings.TrimSpace(next.Data)
		return (t == "By" || t == "by" || t == "BY" || byThenSpace(t)) && next.NextSibling != nil && next.NextSibling.DataAtom == atom.A
	}
	return false
}

// plainDateClasses are the class words that mark a plain element carrying a datetime
// attribute as the page's date stamp.
var plainDateClasses = []string{"date", "time", "posted", "publish", "created", "updated", "stamp"}

// timeElements are the custom elements of GitHub's relative-time-element library, which sites
// use in place of <time>: <relative-time datetime="2020-07-07T12:10:51Z">4 years ago</relative-time>
// prints an age, or a clock a script formats in the reader's zone, and states the instant in
// its datetime as a <time> does. Their text is no date to read; the attribute is.
var timeElements = map[string]bool{"relative-time": true, "time-ago": true, "time-until": true, "local-time": true}

// maxParasAboveByline is how many long paragraphs may precede a bare byline: a lead or a
// standfirst above it, not the story.
const maxParasAboveByline = 2

// maxBareBylineBytes bounds the text node bareByline reads: a byline line is short, a date
// before its label included.
const maxBareBylineBytes = 160

// mayHoldByWord is the cheap test before bareByline: the text holds "by" in one of the cases a
// byline label is printed in.
func mayHoldByWord(s string) bool {
	return strings.Contains(s, "By") || strings.Contains(s, "by") || strings.Contains(s, "BY")
}

// bareByline reads a byline that layouts of the 2000s print as bare text in a larger block,
// with no element or class of its own, on a line of its own (it opens the block or follows a
// line break or the headline): "By <a href=mailto:…>Jane Roe</a><br>", also after the date
// ("6/23/2005 3:58 PM By <a>Jane Roe</a>"), and "by Jane Roe<br>" unlinked. The line must end
// with the link or the name (a line break or the block's end after it): a "by" inside a
// sentence ("drawn up by <a>…</a> last year") or after a word ("Photo by") is no byline. It
// returns "By" and the name, or "" when n is none. A block that opens with the label and is
// short enough to read whole is startsWithBy's.
func bareByline(n *html.Node) string {
	// The label's tests first: most text nodes holding "by" hold it in a sentence.
	t := strings.TrimFunc(n.Data, unicode.IsSpace)
	lead := byThenSpace(t)
	before, closing := "", false
	if !lead {
		before, closing = cutByWord(t)
	}
	if !lead && !closing {
		if name := postedByName(n, t); name != "" && bareLineStart(n) && !inLink(n) {
			return "By " + name
		}
		return ""
	}
	if !bareLineStart(n) || inLink(n) {
		return ""
	}
	if par := n.Parent; par != nil && nextNonBlank(par.FirstChild) == n && startsWithBy(par) && utf8.RuneCountInString(normText(par)) <= 200 {
		return ""
	}
	if lead {
		// The unlinked line: the label and the name, then a line break, or the line right
		// after the headline. A whole element that reads "by …" is startsWithBy's to take or
		// leave (a menu's <h3>, a wire's "By Jane Roe -- Outlet, date" heading).
		if utf8.RuneCountInString(t) > maxBareBylineRunes || !bareLineEnd(n.NextSibling) ||
			!nextIsBreak(n) && !afterHeading(n) {
			return ""
		}
		return normSpace(t)
	}
	// The label before a link, alone on its line or after the story's date.
	if before = strings.TrimRight(before, " \u00a0|·•-–—,"); before != "" && !pubdate.IsDateLine(before, pubdate.Context{MonthFirst: true}) {
		return ""
	}
	a := n.NextSibling
	if a == nil || a.Type != html.ElementNode || a.DataAtom != atom.A || !bareLineEnd(a.NextSibling) {
		return ""
	}
	name := normText(a)
	if name == "" || utf8.RuneCountInString(name) > maxBareBylineRunes {
		return ""
	}
	return "By " + name
}

// postedByName returns the unlinked name of a blog post's meta line that opens with the
// "posted" label and the date, then "by" and the name, ending the line or before " in" and the
// post's category links: "posted November 22nd, 2008 8:13 PM UTC by Jane Roe in <a>Reviews</a>".
// Otherwise it returns "". The label must open the line: "posted on Monday by the clerk" in a
// sentence is none (no date stands alone before its "by"). Cut by hand: no library reads a
// byline's wording, and pubdate, which reads the date, is asked whether the rest is one.
func postedByName(n *html.Node, t string) string {
	if len(t) < 12 || !strings.EqualFold(t[:7], "posted ") {
		return ""
	}
	i := strings.LastIndex(t, " by ")
	if i < 0 {
		return ""
	}
	before, name := t[:i], strings.TrimSpace(t[i+4:])
	if rest, ok := strings.CutSuffix(name, " in"); ok {
		// The categories follow as links: "… by Jane Roe in <a>News</a>, <a>City</a>".
		next := nextNonBlank(n.NextSibling)
		if next == nil || next.DataAtom != atom.A {
			return ""
		}
		name = rest
	} else if !bareLineEnd(n.NextSibling) {
		return ""
	}
	// Two words at least: a lone word there is as often the account of the site or company
	// that runs the blog ("… by Yahoo") as a writer's handle.
	if len(strings.Fields(name)) < 2 || utf8.RuneCountInString(name) > maxBareBylineRunes || strings.ContainsAny(name, "0123456789,;:") ||
		!pubdate.IsDateLine(before, pubdate.Context{MonthFirst: true}) {
		return ""
	}
	return name
}

// maxBareBylineRunes is the longest name (or label and names) bareByline takes.
const maxBareBylineRunes = 60

// cutByWord returns what stands before a closing "By" word ("6/23/2005 3:58 PM By"), and
// whether t closes with one.
func cutByWord(t string) (string, bool) {
	if len(t) < 2 {
		return "", false
	}
	if w := t[len(t)-2:]; w != "By" && w != "by" && w != "BY" {
		return "", false
	}
	before := t[:len(t)-2]
	if before == "" {
		return "", true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before, unicode.IsSpace(r)
}

// bareLineStart reports a text node that starts a line: nothing but blank text before it in
// its parent, or a line break, a heading or a block before it.
func bareLineStart(n *html.Node) bool {
	c := prevNonBlank(n.PrevSibling)
	if c == nil {
		return true
	}
	if c.Type != html.ElementNode {
		return false
	}
	switch c.DataAtom {
	case atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.P, atom.Div, atom.Table, atom.Hr:
		return true
	}
	return false
}

// bareLineEnd reports that the line ends at c: a line break, the parent's end or a block
// after blank text.
func bareLineEnd(c *html.Node) bool {
	c = nextNonBlank(c)
	if c == nil {
		return true
	}
	if c.Type != html.ElementNode {
		return false
	}
	switch c.DataAtom {
	case atom.Br, atom.P, atom.Div, atom.Table, atom.Hr:
		return true
	}
	return false
}

// nextIsBreak reports a line break after n, blank text apart.
func nextIsBreak(n *html.Node) bool {
	c := nextNonBlank(n.NextSibling)
	return c != nil && c.Type == html.ElementNode && c.DataAtom == atom.Br
}

// afterHeading reports a node right after a heading, blank text apart.
func afterHeading(n *html.Node) bool {
	c := prevNonBlank(n.PrevSibling)
	return c != nil && c.Type == html.ElementNode && isHeadingAtom(c.DataAtom)
}

// maxLinkDepth is how far up inLink looks for the link a teaser card is.
const maxLinkDepth = 8

// inLink reports a node inside a link or a list item, near enough to be its text: a teaser
// card of another story (<a href=…><h1>Headline</h1><h6>By Jane Roe</h6></a>) or an item of a
// list of them credits that story's writer.
func inLink(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < maxLinkDepth; a, k = a.Parent, k+1 {
		if a.Type == html.ElementNode && (a.DataAtom == atom.A || a.DataAtom == atom.Li) {
			return true
		}
	}
	return false
}

// nextNonBlank is c, or the first sibling after it, that is not blank text; nil when none is.
func nextNonBlank(c *html.Node) *html.Node {
	for c != nil && c.Type == html.TextNode && isBlank(c.Data) {
		c = c.NextSibling
	}
	return c
}

// prevNonBlank is c, or the first sibling before it, that is not blank text; nil when none is.
func prevNonBlank(c *html.Node) *html.Node {
	for c != nil && c.Type == html.TextNode && isBlank(c.Data) {
		c = c.PrevSibling
	}
	return c
}

// byThenSpace reports text that opens with "By", "by" or "BY" and a space, a no-break one
// included: templates join the label to the name with "&nbsp;" ("By&nbsp;Jane Roe, News").
func byThenSpace(t string) bool {
	if len(t) < 3 || t[:2] != "By" && t[:2] != "by" && t[:2] != "BY" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[2:])
	return r == ' ' || r == '\u00a0'
}

// byFigure reports a text opening with "By" and a figure ("By 6:30 p.m., the visionary is
// starting to fade", "By 2030 the city…"): a sentence saying when, not a byline; no name opens
// with a digit.
func byFigure(t string) bool {
	rest := strings.TrimLeft(t[2:], " \u00a0")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// headingLead is the text a heading opens with before a line break, a link or a smaller print
// (<small>, <sup>, <time>), or "" when the heading opens with one of those or holds another
// element first (a <div> or <span> may print a kicker or the headline itself) or holds
// nothing after its lead.
func headingLead(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Br, atom.A, atom.Small, atom.Sup, atom.Time:
				if lead := normSpace(b.String()); lead != "" {
					return lead
				}
				return ""
			case atom.B, atom.I, atom.Em, atom.Strong, atom.Q, atom.Font:
			default:
				return ""
			}
		}
		b.WriteString(textOf(c))
	}
	return ""
}

// mastheadNames are class and id words that name a page's masthead, not a story's heading.
var mastheadNames = []string{"banner", "masthead", "site-title", "sitetitle", "site-name", "sitename", "blog-title", "blogtitle", "logo"}

// mastheadHeading reports a heading that is the site's name linked to its home page: its whole
// text one link, marked as the way home (rel="home", the home access key "1", an address
// that is the site's root) or named a banner, masthead or site title. Blogs set the blog's
// name so in an <h1> on every post, whose own title is often shorter.
func mastheadHeading(n *html.Node) bool {
	link := leadLink(n)
	if link == nil || normText(link) != normText(n) {
		return false
	}
	if hasToken(strings.ToLower(attr(link, "rel")), "home") || attr(link, "accesskey") == "1" {
		return true
	}
	// A bare "#" (or an empty href) parses as the root too, but is a dummy link going nowhere:
	// newsletters link their section headings so.
	if href := strings.TrimSpace(attr(link, "href")); href != "" && href[0] != '#' {
		if u, err := url.Parse(href); err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == "" {
			return true
		}
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return textsim.ContainsAny(names, mastheadNames)
}

// bareClockRe is a date element that holds only a time of day ("19:02"); splitDayRe the
// year and the month and day a calendar-style stamp puts in the elements before it.
var (
	bareClockRe = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	splitDayRe  = regexp.MustCompile(`^((?:19|20)\d{2})\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})$`)
)

// splitDate rebuilds a date a page prints over sibling elements ("<div class=year>2019</div>
// <div class=md>09/07</div><div class=time>19:02</div>"): the element named for the time
// holds the clock alone, and the year and the day stand in the one or two elements before
// it, which no class names a date. Read alone, the time dates nothing and the first date of
// the story text ("died on 14 May 2009") wins.
func splitDate(n *html.Node, t string) string {
	if !bareClockRe.MatchString(t) {
		return t
	}
	var parts []string
	for s, k := n.PrevSibling, 0; s != nil && k < 2; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		k++
		pt := normText(s)
		if pt == "" || len(pt) > 12 {
			break
		}
		parts = append([]string{pt}, parts...)
		if m := splitDayRe.FindStringSubmatch(strings.Join(parts, " ")); m != nil {
			return m[1] + "-" + m[2] + "-" + m[3] + " " + t
		}
	}
	return t
}

// titleMarkup matches the inline tags a publishing system copies into <title> with the
// headline's own markup ("Story,<br/> But <i>Ours</i>"): <title> holds text only, so they
// show as written.
var titleMarkup = regexp.MustCompile(`(?i)</?(?:br|i|b|em|strong|span|font|u|sup|sub|small)\b[^<>]*>`)

// withoutTitleMarkup drops the inline tags a <title> holds as text; a line break is a space.
func withoutTitleMarkup(t string) string {
	if !strings.Contains(t, "<") {
		return t
	}
	return titleMarkup.ReplaceAllStringFunc(t, func(tag string) string {
		if len(tag) > 2 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R') {
			return " "
		}
		return ""
	})
}

// printCitationRe marks the line a newspaper prints under its web stories to say when and
// where the story ran on paper ("A version of this article appears in print on March 17, 2016,
// on page F14"): the day after the web publication, often the day in the address.
var printCitationRe = regexp.MustCompile(`(?i)\bin print on\b|\bprint edition\b|\bprinted edition\b`)

// printCitation reports a print-edition citation; the cheap test for "print" runs first. A
// magazine's issue label ("December 5, 2016 Issue" over the headline, the issue's day also in
// the address) is one too: an issue is dated days after the story went online.
func printCitation(t string) bool {
	l := strings.ToLower(t)
	if len(t) <= 40 && strings.HasSuffix(l, " issue") {
		return true
	}
	return strings.Contains(l, "print") && printCitationRe.MatchString(t)
}

// issueVolumeRe opens a periodical's volume label, "Vol. 341", "Volume 12".
var issueVolumeRe = regexp.MustCompile(`^(?:Vol\.|Volume)\s*\d`)

// issueDate reports a date element that dates a periodical's issue: the next element beside it,
// or beside the nearest of its three closest ancestors that has one, prints the volume ("26 July
// 2013, Vol. 341, #6144" in a magazine's "current issue" box). The issue is dated days after
// the web story it carries, or is another week's altogether.
func issueDate(n *html.Node) bool {
	for a, depth := n, 0; a != nil && depth < 4; a, depth = a.Parent, depth+1 {
		next := dom.NextElementSibling(a)
		if next == nil {
			continue
		}
		if textLonger(next, 40) {
			return false
		}
		return issueVolumeRe.MatchString(strings.TrimLeft(normText(next), ", "))
	}
	return false
}

// storyDayByline returns the name of the one rel=author link of byline block n when the block
// prints the day the metadata publishes the story on (see page.sideByline), else "".
func storyDayByline(n *html.Node, published string) string {
	pub, ok := pubdate.Parse(published, pubdate.Context{})
	if !ok {
		return ""
	}
	t := normText(n)
	if len([]rune(t)) > 200 {
		return ""
	}
	st, _, _, ok := pubdate.Find(t, pubdate.Context{})
	if !ok || st.Time.Format("2006-01-02") != pub.Time.Format("2006-01-02") {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && hasToken(strings.ToLower(attr(c, "rel")), "author") {
			return normText(c)
		}
	}
	return ""
}

// formField reports an element that holds a field the reader fills in, or sits in a small box
// that holds one: a comment form's login fields ("<div class=author-name><input>…账号"), its
// "remember me" box and its signed-in reader's links ("我的跟贴") are no byline. The box's text is
// bounded, so a story that holds a byline and a comment form keeps its byline. Asked only of
// byline elements.
//
// Each box's answer is kept in the page's formBoxes: the byline elements of one box (a list of
// thousands of empty author spans) each asked about the whole box again (fuzz33).
func (p *page) formField(n *html.Node) bool {
	for a, k := n, 0; a != nil && k <= maxFormBoxUp; a, k = a.Parent, k+1 {
		box, ok := p.formBoxes[a]
		if !ok {
			p.boxReads++
			switch {
			case textLonger(a, maxFormBoxRunes):
				box = formBoxLong // stops counting at the bound: a story's wrapper is not read whole
			case findElement(a, typedInto) != nil:
				box = formBoxField
			}
			if p.formBoxes == nil {
				p.formBoxes = map[*html.Node]formBox{}
			}
			p.formBoxes[a] = box
		}
		switch box {
		case formBoxLong:
			return false
		case formBoxField:
			return true
		}
	}
	return false
}

// formBox is formField's reading of one box: neither (zero), too long to be a form's box, or
// holding a field the reader fills in.
type formBox uint8

const (
	formBoxNeither formBox = iota
	formBoxLong
	formBoxField
)

// controlsOnly reports an element whose text is all in buttons ("<button>취소</button><button>확인
// </button>", cancel and confirm): a dialog box that a class names after what it acts on
// ("reporter_cancel", following a reporter), whose labels are no byline.
func controlsOnly(n *html.Node) bool {
	buttons := false
	var visit func(c *html.Node) bool
	visit = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if !isBlank(c.Data) {
					return false
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Button || strings.EqualFold(attr(c, "role"), "button"):
				buttons = buttons || strings.TrimSpace(textOf(c)) != ""
			case !visit(c.FirstChild):
				return false
			}
		}
		return true
	}
	return visit(n.FirstChild) && buttons
}

// maxFormBoxUp is how many levels above a byline element formField looks for a form's box, and
// maxFormBoxRunes the most text (spaces not counted) that box holds: labels, buttons and a few
// links.
const (
	maxFormBoxUp    = 3
	maxFormBoxRunes = 120
)

// typedInto reports a form control the reader fills in: a text area, or an input for text or
// a password. A read-only field (a share box's address to copy) is not filled in.
func typedInto(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Textarea:
	case atom.Input:
		switch strings.ToLower(attr(n, "type")) {
		case "", "text", "password", "email", "tel":
		default:
			return false
		}
	default:
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "readonly" || a.Key == "disabled" {
			return false
		}
	}
	return true
}

// clockBesideHeadline reports a date element (a bare clock) whose next element, or its parent's
// or grandparent's, holds the headline, an <h1> that the page's <title> holds: the clock stands
// in the column beside it or right above it, not in a list of other stories' times (whose
// teasers some layouts set in <h1> too).
func clockBesideHeadline(n *html.Node, title string) bool {
	if title == "" {
		return false
	}
	for a, k := n, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		if s := dom.NextElementSibling(a); s != nil {
			h := s
			if s.DataAtom != atom.H1 {
				h = findElement(s, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
			}
			if h == nil {
				return false
			}
			t := normText(h)
			return len(t) >= 8 && strings.Contains(title, t)
		}
	}
	return false
}

// underTitleHeading reports a short block right after the <h2> or <h3> that prints the
// title's headline, whatever its class: the story's info line ("<h2 class=heading>…</h2><div
// class=info>The Associated Press, Recife | Wed, 06/03/2009 12:36 PM"), which the layouts that
// set the headline in a lesser heading (the <h1> being the site's or the section's) name "info"
// or not at all. Under an <h1> the date rules above read the line already, and a line they
// leave is an update's ("Stand: …"). Only the first element after the heading, and only up to
// 160 bytes of text: a deck or the first paragraph is longer.
func underTitleHeading(n *html.Node, title string) bool {
	if title == "" || (n.DataAtom != atom.Div && n.DataAtom != atom.P && n.DataAtom != atom.Span) {
		return false
	}
	h := dom.PreviousElementSibling(n)
	if h == nil || (h.DataAtom != atom.H2 && h.DataAtom != atom.H3) {
		return false
	}
	if t := normText(h); len(t) < 8 || !strings.Contains(title, t) {
		return false
	}
	return !textOver(n, 160) && len(normText(n)) <= 160
}

// placeholderImageRe is an image address a theme or a site fills in on every page: a file in
// a theme's folder ("/wp-content/themes/…/images/placeholder.jpg") or one named a default,
// a placeholder, a fallback or the logo.
var placeholderImageRe = regexp.MustCompile(`(?i)/themes?/|/(?:[^/?#]*[-_.])?(?:placeholder|default|fallback|logo|no-?image|blank)(?:[-_.][^/?#]*)?$`)

// placeholderImage reports an og:image that is the site's stand-in (placeholderImageRe) or a
// transparent spacer (spacerImage), which a later og:image of the page's own story outranks.
func placeholderImage(u string) bool {
	u, _, _ = strings.Cut(strings.TrimSpace(u), "?")
	return placeholderImageRe.MatchString(u) || spacerImage(u)
}

// dateElementText is a date element's normalised text, completed by the date its own script
// writes (scriptDateLiteral); normText's single walk serves the common script-less element.
func dateElementText(n *html.Node) string {
	if lit := scriptDateLiteral(n); lit != "" {
		return wireStamp(normSpace(textOf(n) + lit))
	}
	return wireStamp(normText(n))
}

// maxDateElementText is the longest date element text scan reads: a byline or date box longer
// than that is a story's or a sidebar's, whatever its class says.
const maxDateElementText = 300

// shortDateElementText is dateElementText(n) when that is at most maxDateElementText bytes,
// otherwise "": the text is read only up to a little past the bound (normTextUpTo), since
// wireStamp leaves a text over maxWireStamp as it is. Byline boxes nested in each other, each
// holding the story, are then not each read whole (quadratic in the nest's depth).
func shortDateElementText(n *html.Node) string {
	if lit := scriptDateLiteral(n); lit != "" {
		if t := dateElementText(n); len(t) <= maxDateElementText {
			return t
		}
		return ""
	}
	t, ok := normTextUpTo(n, max(maxDateElementText, maxWireStamp))
	if !ok {
		return ""
	}
	if t = wireStamp(t); len(t) > maxDateElementText {
		return ""
	}
	return t
}

// scriptDateLiteral is the date an inline script inside a date element writes into it, as a
// quoted argument ("<em class=wnDate>Posted: <script>wnRenderDate('Thursday, November 25,
// 2010 1:15 AM EST');</script>", the layout of many US television stations' sites),
// with a space before it; "" when a script child holds none. The text walk skips scripts, so
// the element's label stood without its date. Only the element's own script children are
// read, and only their first quoted strings.
func scriptDateLiteral(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Script || c.FirstChild == nil || c.FirstChild.Type != html.TextNode {
			continue
		}
		src := c.FirstChild.Data
		if len(src) > 2000 {
			continue
		}
		for i, k := 0, 0; i < len(src) && k < 4; i++ {
			q := src[i]
			if q != '\'' && q != '"' {
				continue
			}
			j := strings.IndexByte(src[i+1:], q)
			if j < 0 {
				break
			}
			lit := src[i+1 : i+1+j]
			i += j + 1
			k++
			if len(lit) < 8 || len(lit) > 80 {
				continue
			}
			if st, ok := pubdate.Parse(lit, pubdate.Context{}); ok && st.Precision >= pubdate.Day {
				return " " + lit
			}
		}
	}
	return ""
}

// componentName returns the name a script-built page gives an element's component in a data
// attribute, where its classes are utility names or hashes a build makes anew: data-testid
// (React testing conventions), data-qa (the QA hook, "author-name") and data-dot (the
// analytics hook of Seznam's sites, "mol-author-names", "ogm-date-of-publication"); "" when
// it has none.
func componentName(n *html.Node) string {
	for _, a := range n.Attr {
		switch a.Key {
		case "data-testid", "data-qa", "data-dot":
			return a.Val
		}
	}
	return ""
}

// linkAround is the <a> that is n or one of its nearest levels-1 ancestors, or nil: a byline
// element inside a link is a teaser's when the link leads elsewhere.
func linkAround(n *html.Node, levels int) *html.Node {
	for a, k := n, 0; a != nil && k < levels; a, k = a.Parent, k+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			return a
		}
	}
	return nil
}
