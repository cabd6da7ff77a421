package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"paperboy/core/boilerplate"
	"paperboy/core/extract/internal/readability"
	"paperboy/core/textsim"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isBlockTag reports the tags that end a line of text when rendering; everything else flows
// inline. A switch rather than a map: every text walk asks it of every element.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Li, atom.Ul,
		atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Figure,
		atom.Header, atom.Footer, atom.Aside, atom.Dl, atom.Dt, atom.Dd,
		atom.Main, atom.Hr, atom.Td, atom.Th:
		return true
	}
	return false
}

// junkWords are class/id tokens of page furniture that readability sometimes keeps: share
// buttons, related-article boxes, captions, newsletter prompts. A class or id is split into
// tokens at spaces, "-" and "_" ("article-share-box" → article, share, box); a token set is
// much faster to consult than a case-insensitive regular expression on every element.
var junkWords = map[string]bool{}

// junkPairs are furniture names written as two tokens ("most-read", "font_size").
// Recommendation widgets ("ob-widget", "rc-widget") are among them.
var junkPairs = map[string]bool{"most read": true, "photo txt": true, "img desc": true, "font size": true, "more news": true,
	"ob widget": true, "rc widget": true,
	// Vietnamese "chú thích" (caption) written without its marks: "chu-thich-anh", a picture's caption.
	"chu thich": true,
	// The words a video player prints under an embedded clip ("video-description", "video-desc"):
	// the clip's caption, set inside the story's body by Nordic, US and UK players alike.
	"video description": true, "video desc": true,
	// A newsletter's or alerts' sign-up box written in two tokens ("sign-up", "signUp" lowered).
	"sign up": true,
	// A browser push-notification opt-in set between a story's paragraphs ("follow-prompt",
	// "push-prompt": "Get push notifications with news, features and more. Following").
	"follow prompt": true, "push prompt": true}

func init() {
	for _, w := range strings.Fields(`share sharing sns social related relate recommend recommended popular mostread newsletter
		subscribe caption figcaption phototxt imgdesc photocredit imagecredit photocaption imagecaption breadcrumb tag tags keyword keywords comment comments reply promo
		sponsor affiliate advert banner ad ads copyright morenews btn toolbar print fontsize outbrain taboola layer popup tooltip
		promotional
		toast toaster snackbar donate donation donations
		signup
		trc zergnet revcontent recirculation
		cptn`) { // recommendation networks' widgets ("Trending Now", "Promoted Stories"); "cptn", caption with its vowels dropped ("img_cptn", "cptn");
		// a notice the page pops over the story ("toast", "snackbar": "Story Saved. You can find this
		// story in My Bookmarks"); the outlet's appeal for money ("donation", "donate"); a newsletter's
		// or alerts' sign-up box ("signup", "sign-up": "Get Breaking News alerts from …", "Email
		// Newsletter Sign-up", "Thanks for signing up!")
		junkWords[w] = true
	}
}

// junkClass reports a class/id string naming furniture. Taxonomy classes ("tag-elections",
// "category-politics", as WordPress puts on every post's <article>) name the story's topics,
// not furniture, and are skipped.
func junkClass(cls string) bool {
	// The names are read in one pass rather than split into a slice: this runs on every
	// element with a class or id. A furniture name found is answered only at the end, since
	// a later name may still say the element is code.
	junk := false
	for name := range strings.FieldsSeq(cls) {
		l := strings.ToLower(name)
		// A syntax highlighter's span in a code sample ("token keyword", "hljs-keyword") names
		// a word of the program, not a box of keywords.
		if l == "token" || strings.HasPrefix(l, "hljs") {
			return false
		}
		if junk || strings.HasPrefix(l, "tag-") || strings.HasPrefix(l, "category-") || gridColumn(l) {
			continue
		}
		// captionName, with the name lowered once.
		junk = nameHolds(name, junkWords, junkPairs) || len(name) > len("caption") && strings.HasSuffix(l, "caption") ||
			strings.Contains(l, "promo") && camelPromo(name) || strings.Contains(l, "newsletter") && camelNewsletter(name)
	}
	return junk
}

// camelPromo reports a class name that writes "promo" as one camel-case word among others
// ("PagePromo", "PagePromo-description", "PromoSmall", "promoBox", "StoryPromoUl"): a CMS's card
// of another story (Brightspot's PagePromo under AP and Los Angeles Times stories), which the
// tokens junkWords are looked up by do not split. "Promotion", a word of its own, is not one.
func camelPromo(name string) bool { return camelWord(name, "promo") }

// camelNewsletter reports a class name that writes "newsletter" as one camel-case word among
// others ("NewsletterBox", "ArticleNewsletter", "newsletterSignup"): a newsletter's sign-up box
// set in the story (Tamedia's "NewsletterBox": "Newsletter – The Morning – The perfect start to
// the day …  More newsletters"). Across the tuned pages 207 elements are so named and none holds
// text of its page's label.
func camelNewsletter(name string) bool { return camelWord(name, "newsletter") }

// camelWord reports a class name one of whose tokens writes word (lower case) as one
// camel-case word among others, which the tokens junkWords are looked up by do not split.
func camelWord(name, word string) bool {
	found := false
	forEachToken(name, func(tok string) bool {
		words := 0
		holds := false
		start := 0
		for i := 1; i <= len(tok); i++ {
			if i < len(tok) && !(tok[i] >= 'A' && tok[i] <= 'Z' && tok[i-1] >= 'a' && tok[i-1] <= 'z') {
				continue
			}
			words++
			holds = holds || strings.EqualFold(tok[start:i], word)
			start = i
		}
		found = holds && words > 1
		return !found
	})
	return found
}

// captionName reports a class or id name that ends in "caption" written as one word with what
// precedes it ("newsCaption", "imgcaption"), which the tokens junkWords are looked up by do not
// split: the caption of a picture, whatever the site prefixes it with. (isJunk still keeps a
// long block so named.)
func captionName(name string) bool {
	return len(name) > len("caption") && strings.HasSuffix(strings.ToLower(name), "caption")
}

// mayNameHold reports a name that may hold, once its tokens are lowered (nameHolds), a word
// holding one of hints (lower-case ASCII): it holds one in any ASCII case, or it holds a byte
// outside ASCII (strings.ToLower lowers U+0130 to "i" and the Kelvin sign to "k"). It is asked
// before nameHolds of the names of every element: nearly all are ASCII and hold no hint.
func mayNameHold(hints *textsim.AnyOf, name string) bool {
	return hints.InFoldASCII(name) || !isASCII(name)
}

// creditHints hold the creditWords (creditNamed).
var creditHints = textsim.NewAnyOf([]string{"credit"})

// creditNamed is nameHolds(name, creditWords, nil): a name with a token "credit" or "credits".
func creditNamed(name string) bool {
	return mayNameHold(creditHints, name) && nameHolds(name, creditWords, nil)
}

// nameHolds reports a class or id name with a token of words, or two adjacent tokens of pairs
// ("author-bio", "authorBio" and "author_bio" all read as "author bio").
func nameHolds(name string, words, pairs map[string]bool) bool {
	found := false
	// The tokens are lowered into buffers and looked up without building strings: this runs on
	// every element, and layouts write their names in camel case ("authorBio").
	var keyBuf, tokBuf, prevBuf [64]byte
	prev := prevBuf[:0]
	forEachToken(name, func(tok string) bool {
		l := lowerASCIIInto(tokBuf[:0], tok)
		if l == nil {
			l = []byte(strings.ToLower(tok))
		}
		// A block named for what it holds beside the furniture ("section-and-ad",
		// "story-with-ads") is the story's: the furniture is only its neighbour.
		if words[string(l)] && string(prev) != "and" && string(prev) != "with" ||
			len(prev) > 0 && pairs[string(append(append(append(keyBuf[:0], prev...), ' '), l...))] {
			found = true
			return false
		}
		prev = append(prev[:0], l...)
		return true
	})
	return found
}

// lowerASCIIInto appends s lowered to buf and returns it when s is ASCII (strings.ToLower lowers
// ASCII byte by byte), nil otherwise.
func lowerASCIIInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// forEachToken calls f with each run of letters and digits in s until f returns false.
func forEachToken(s string, f func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		sep := i == len(s) || s[i] == ' ' || s[i] == '-' || s[i] == '_' || s[i] == '\t' || s[i] == '\n'
		switch {
		case sep && start >= 0:
			if !f(s[start:i]) {
				return
			}
			start = -1
		case !sep && start < 0:
			start = i
		}
	}
}

// junkTextRe matches whole text nodes that are UI labels, not prose.
var junkTextRe = mustPrefixRe(`^\s*(이미지 확대보기|\[관련기사\]|관련기사|기사 더보기|좋아요|공유하기|Share( this)?( article)?|Advertisement|ADVERTISEMENT)\s*$`)

// quoteMarkLabel is the spoken label of a pull quote's opening or closing quotation mark, which
// screen readers read where the eye sees a large "“".
var quoteMarkLabel = regexp.MustCompile(`^\s*[“"]?\s*(?:Start|End|Open|Close)\s+[Qq]uote\s*[”"]?\s*$`)

// maxPullQuote bounds the box of a pull quote: a sentence of the story, its speaker and title.
const maxPullQuote = 600

// pullQuoteBox returns the box around a quotation mark's label: the nearest ancestor holding
// more than the label, when it is short. A pull quote repeats a sentence of the story as a
// display, with the speaker's name and job title under it; read as text it doubles the
// sentence and leaves "Start Quote … End Quote Name Title" in the story.
func pullQuoteBox(label *html.Node) *html.Node {
	own := utf8.RuneCountInString(strings.TrimSpace(label.Data))
	for a := label.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Html, atom.P, atom.Article, atom.Main:
			return nil
		}
		if !textLonger(a, own+2) {
			continue
		}
		if textLonger(a, maxPullQuote) {
			return nil
		}
		return a
	}
	return nil
}

// isJunkText reports a text that is only a UI label; the labels are short, so longer text
// never reaches the regular expression.
func isJunkText(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) <= 32 && junkTextRe.MatchString(s)
}

// bareCodeWrappers drops the class and id of the few elements that wrap nothing but a code sample
// (<pre>): they name its styling ("highlight--with-header", "code-extra"), and readability takes
// such names for page furniture and drops the sample with them. The sample itself keeps its names.
func bareCodeWrappers(root *html.Node) {
	var pres []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Pre:
				pres = append(pres, n)
				return
			case atom.Script, atom.Style, atom.Head:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	const levels = 4
	for _, pre := range pres {
		code := textRunes(pre)
		if code == 0 {
			continue
		}
		for a, i := pre.Parent, 0; a != nil && i < levels && a.Type == html.ElementNode && a.DataAtom != atom.Body; a, i = a.Parent, i+1 {
			// A label or a copy button beside the sample is allowed; a paragraph is not.
			if textRunes(a) > code+code/4+40 || textsim.ContainsAny(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), containerHints) {
				break // a paragraph beside the sample, or a name that says the story is here ("ReleaseContent")
			}
			dropAttr(a, "class")
			dropAttr(a, "id")
		}
	}
}

// dropAttr removes an attribute from an element.
func dropAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i:i], n.Attr[i+1:]...)
			return
		}
	}
}

// maxMediaFallback bounds the fallback text of an <audio> or <video> that preclean removes,
// and the text of a player's box (playerBox).
const maxMediaFallback = 300

// playerBox reports an audio player's box ("b-audio-player", "audioPlayer"): its controls, the
// clip's title ("Za rokem 2014 v českém filmu se ohlíželi …") and its length, no line of the
// story. A long box is a wrapper that holds the story too.
func playerBox(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Figure && n.DataAtom != atom.Aside {
		return false
	}
	cls := attr(n, "class")
	if !strings.Contains(cls, "udio") {
		return false
	}
	cls = strings.ToLower(cls)
	for _, tok := range strings.Fields(cls) {
		if strings.Contains(tok, "audio-player") || strings.Contains(tok, "audioplayer") || strings.Contains(tok, "audio_player") {
			return !strings.Contains(tok, "__") && !textLonger(n, maxMediaFallback) // "b-audio-player__title": a part, its box goes whole
		}
	}
	return false
}

// preclean removes furniture before readability scores the page; removal is limited to
// short or link-heavy elements so a wrapper that merely has "share" in its class survives.
func preclean(root *html.Node) {
	bareCodeWrappers(root)
	var remove, breaks, dropCaps, times, copyFields, styledHidden, classHidden, paraBoxes, mediaBlocks, splits, formulas []*html.Node
	var consentAsked map[*html.Node]consentAnswer // the elements around checkboxes read (consentBoxAround)
	var radios []*html.Node                       // a reader poll's answers (pollBoxes)
	var withheld map[*html.Node]bool              // the paragraphs withheldParagraph answered
	var hoverParas map[*html.Node]bool            // the paragraphs hoverCard read (proseParagraph)
	var facts boxFacts                            // what lies below the boxes asked about
	var runes runeMemo                            // the text counts of the boxes asked about
	firstH1 := findElement(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 })
	headerTries := 0 // the blocks named like a header asked whether they hold the story (headernamed.go)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if headerTries < headerChecks && headerNamed(n) {
				headerTries++
				if storyUnderHeaderName(n) {
					dropHeaderNames(n)
					// Class names below n changed before the walk reached them: what facts
					// kept of them is asked again (at most headerChecks times a page).
					facts = boxFacts{}
				}
			}
			if splitsText(n) {
				splits = append(splits, n)
			}
			switch n.DataAtom {
			// <noembed> is read as raw text (markup shown as words) and no browser shows it.
			case atom.Figcaption, atom.Button, atom.Select, atom.Iframe, atom.Svg, atom.Noembed:
				if n.DataAtom != atom.Figcaption || !proseCaption(n) {
					remove = append(remove, n)
					return
				}
			case atom.Audio, atom.Video:
				// The text inside a player is its fallback ("Váš prohlížeč nepodporuje
				// přehrávání audia.", "브라우저가 video 태그를 지원하지 않습니다."), which
				// no browser of this century shows. A long one is the page swallowed by a
				// player left unclosed, and stays.
				// Only the bare text goes: the player stays with its sources and a fallback
				// link to the file, which tells the rules that drop a player's box what it is.
				// The parser sets a fallback inside an unclosed <source> or <track>: that
				// text goes too.
				if !textLonger(n, maxMediaFallback) {
					remove = appendFallbackText(remove, n)
					return
				}
			case atom.Img:
				if formulaImage(n) {
					formulas = append(formulas, n)
				}
			case atom.Br:
				// Line breaks become newlines here: go-readability's own <br><br> handling
				// glues the lines of old table layouts together ("Land.Bürgermeisterin").
				breaks = append(breaks, n)
				return
			case atom.Form, atom.Nav, atom.Aside:
				// ASP.NET pages wrap the whole page in one <form>; some themes put the story
				// in an <aside>. Only furniture-sized or link-heavy ones go. An aside under the
				// page's headline is the post however short, and becomes a <div>: readability
				// drops every aside in its reading.
				if n.DataAtom == atom.Aside && headlineAside(n, firstH1) {
					n.Data, n.DataAtom = "div", atom.Div
					break
				}
				if !substantial(n, n.DataAtom == atom.Form, &runes) {
					if n.DataAtom == atom.Form && signupForm(n) {
						remove = append(remove, signupHeadings(n)...)
					}
					remove = append(remove, n)
					return
				}
			}
			if hoverCard(n, &hoverParas) || microdataCarrier(n) || playerBox(n) || disclaimerBox(n) || videoCardBox(n, &facts) || dialogBox(n, &facts) || factBox(n, &facts) {
				remove = append(remove, n)
				return
			}
			if kickerLinkList(n) {
				// Other stories as "kicker: headline" lines, with the heading over them.
				if h := kickerListHeading(n); h != nil {
					remove = append(remove, h)
				}
				remove = append(remove, n)
				return
			}
			if n.DataAtom == atom.A && linkedStory(n) {
				unlinkStory(n)
				hoverParas = nil // the link's words are its paragraph's own now: hoverCard reads it again
			}
			if n.DataAtom == atom.P && len(n.Attr) > 0 && withheldParagraph(n, &withheld) {
				// Shown to every reader; readability drops what screen readers are told to skip.
				dropAttr(n, "aria-hidden")
			}
			if n.DataAtom == atom.Input && hasAttr(n, "readonly") {
				copyFields = append(copyFields, n)
			}
			if pollRadio(n) && len(radios) < maxPollRadios {
				radios = append(radios, n)
			}
			if n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "checkbox") {
				if consentAsked == nil {
					consentAsked = map[*html.Node]consentAnswer{}
				}
				if b := consentBoxAround(n, consentAsked); b != nil {
					remove = append(remove, b)
				}
			}
			if st := attr(n, "style"); st != "" && textsim.ContainsAny(st, hiddenStyleHints) && hidingStyle(st) {
				styledHidden = append(styledHidden, n)
			} else if scriptShowable(n) {
				classHidden = append(classHidden, n)
			}
			if isDropCap(n) {
				dropCaps = append(dropCaps, n)
			}
			if paragraphBox(n) {
				paraBoxes = append(paraBoxes, n)
			}
			if n.DataAtom == atom.Time {
				times = append(times, n)
			}
			heading := threadHeading(n)
			if heading {
				// The heading over the reader comments: short and named like the counters
				// isJunk removes, but kept (marked) as the place where the story ends. Its
				// name goes, or readability drops the heading for it.
				markTree(n, threadMark)
				dropAttr(n, "class")
				dropAttr(n, "id")
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && (notRendered(n) || !heading && (isJunk(n, &runes) || sidebarBox(n, firstH1))) {
				remove = append(remove, n)
				return
			}
			if !hasAttr(n, threadMark) && commentThread(n) {
				markTree(n, threadMark)
			}
			if mediaNamed(n) {
				mediaBlocks = append(mediaBlocks, n)
			}
			if embeddedPost(n) {
				markTree(n, embedMark)
			}
			if !hasAttr(n, galleryMark) && (galleryBox(n) || photoBox(n)) {
				markTree(n, galleryMark)
			}
			if !hasAttr(n, teaserMark) {
				// A list of other stories without time stamps: each item a linked heading and
				// at most a one-sentence summary (headedTeaserRun).
				if run := headedTeaserRun(n); run != nil {
					for _, t := range run {
						markTree(t, teaserMark)
					}
				}
			}
			if !hasAttr(n, teaserMark) && headlineLedChildren(n, minTeasers) {
				// Marked on the whole page, where each item still opens with its headline's
				// link: readability drops such links as link-dense, and the stamps and
				// excerpts it leaves no longer read as teasers (teaserRun) in its reading.
				// On the whole page a forum post or a comment, led by its author's name and
				// dated, looks alike: only a list whose items are all led by a headline is
				// marked (teaserRun would not know the rest of a list in part).
				run := teaserRun(n)
				if headlineLeads(run) < len(run) {
					run = nil
				}
				for _, t := range run {
					markTree(t, teaserMark)
					if h := listHeading(t); h != nil && !slices.Contains(run, h) {
						markTree(h, teaserMark)
					}
				}
			}
		}
		// The substring first: the expression would run on every text of the page.
		if n.Type == html.TextNode && len(n.Data) <= 64 && strings.Contains(n.Data, "uote") && quoteMarkLabel.MatchString(n.Data) {
			if box := pullQuoteBox(n); box != nil {
				remove = append(remove, box)
				return
			}
		}
		if n.Type == html.TextNode && (isJunkText(n.Data) || scriptData(n)) {
			remove = append(remove, n)
			return
		}
		if n.Type == html.TextNode {
			if t := templateLine(n); t != nil {
				remove = append(remove, t)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	remove = append(remove, pollBoxes(radios)...)
	withheldTries := 0
	for _, n := range styledHidden {
		openExpander(n)
		if hasAttr(n, "style") && !openContinuation(n) {
			openWithheldStory(root, n, firstH1, &withheldTries)
		}
	}
	var opened map[*html.Node]bool
	for _, n := range classHidden {
		// The same withheld story hidden by the hidden attribute or a hiding class: shown,
		// it loses them too, and is not removed as a block never rendered.
		if openWithheldStory(root, n, firstH1, &withheldTries) {
			unhide(n)
			if opened == nil {
				opened = map[*html.Node]bool{}
			}
			opened[n] = true
		}
	}
	for _, n := range copyFields {
		// A read-only field holds a link or code for the reader to copy; the short text beside
		// it is its label ("Copy link to paste in your message"), not a line of the story.
		if p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.P &&
			!textLonger(p, maxFieldLabel) {
			remove = append(remove, p)
		}
	}
	for _, n := range splits {
		// Before the removals: a block preclean drops still parts the lines beside it.
		markTextSplit(n)
	}
	for _, n := range remove {
		if n.Parent != nil && !opened[n] {
			n.Parent.RemoveChild(n)
		}
	}
	unnameMediaProse(mediaBlocks)
	for _, n := range paraBoxes {
		delinkBoxedParagraph(n)
	}
	for _, n := range dropCaps {
		joinDropCap(n)
	}
	for _, n := range times {
		spaceBeforeTime(n)
	}
	for _, n := range breaks {
		if n.Parent != nil {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: brMark}, n)
			n.Parent.RemoveChild(n)
		}
	}
	for _, n := range formulas {
		// The formula is read as its source, in the sentence as the page sets it (the spaces
		// around it are the text's): as a picture it lost its symbols, and a list of a few of them read as a gallery to readability,
		// which drops a block of more pictures than paragraphs.
		if n.Parent != nil {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: strings.TrimSpace(attr(n, "alt"))}, n)
			n.Parent.RemoveChild(n)
		}
	}
}

// minWithheldProse is the fewest non-space runes of a paragraph withheldParagraph reads as the
// story's: sentences, where the furniture so marked is a label ("Share this with", "Partager :")
// or a line (a dateline, a newsletter's one-line pitch).
const minWithheldProse = 200

// withheldParagraph reports a paragraph of the story the page marks aria-hidden="true" beside
// the paragraphs it shows: a metered paywall's markup sets the part a subscriber reads on
// (Future's "<p class="paywall" aria-hidden="true">") so, though the page prints it whole. It is
// a paragraph of sentences (minWithheldProse) after a paragraph of the same box that is not
// hidden; the short labels and lines marked so (a share box's, a dateline) stay hidden.
// The answers are kept in *memo: the look back over the siblings stops at the last paragraph
// answered, which already looked further, so a run of such paragraphs is read once.
func withheldParagraph(n *html.Node, memo *map[*html.Node]bool) bool {
	if !strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") || !textLonger(n, minWithheldProse) {
		return false
	}
	shown := false
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode || s.DataAtom != atom.P {
			continue
		}
		if v, ok := (*memo)[s]; ok {
			shown = v
			break
		}
		if !hasAttr(s, "aria-hidden") && !hasAttr(s, "hidden") {
			shown = true
			break
		}
	}
	if *memo == nil {
		*memo = map[*html.Node]bool{}
	}
	(*memo)[n] = shown
	return shown
}

// maxFormulaAlt bounds the source of a formula formulaImage reads as text: an inline formula
// is a few symbols, a display one a line or two.
const maxFormulaAlt = 400

// formulaImage reports a mathematical formula a LaTeX renderer drew as a picture inside the
// text, its TeX source in the alt text: WordPress's (Jetpack's) "<img class="latex"
// src="https://s0.wp.com/latex.php?latex=%5Clambda…" alt="\lambda, \mu \in \mathbb{R}">" and
// the pictures of the other renderers (formulaRenderers). Wikipedia's
// fallback pictures of its MathML are not among them: their alt wraps the source in
// "{\displaystyle …}" and the MathML beside them is the formula.
func formulaImage(n *html.Node) bool {
	alt := attr(n, "alt")
	if alt == "" || len(alt) > maxFormulaAlt || isBlank(alt) {
		return false
	}
	if hasToken(strings.ToLower(attr(n, "class")), "latex") {
		return true
	}
	src := strings.ToLower(attr(n, "src"))
	return len(src) < 4096 && textsim.ContainsAny(src, formulaRenderers)
}

// formulaRenderers are the address parts of the services that draw a TeX formula as a picture:
// WordPress's latex.php, CodeCogs, mimeTeX and mathTeX, Google Charts' TeX chart. A file named
// for the word ("…/latex-gloves.jpg") is none of them.
var formulaRenderers = []string{"/latex.php?", "latex.codecogs.com/", "/mimetex.cgi?", "/mathtex.cgi?", "cht=tx&"}

// splitsText reports a block element that holds a picture and no text and stands beside bare
// text of its parent ("原标题：《…》<div><img></div>搭地铁…<br>…"): the browser shows
// the text on either side as separate lines, but go-readability drops a block that holds only a
// picture, and the white space around it, and the lines run together into one ("…》搭地铁…").
// A block with text of its own is left to readability, whose scores the mark would change; an
// empty one or a rule (<hr>) is decoration, such as a box's corners beside its heading's text.
func splitsText(n *html.Node) bool {
	if !isBlockTag(n.DataAtom) || n.Parent == nil || !(bareTextBeside(n, false) || bareTextBeside(n, true)) || textLonger(n, 0) {
		return false
	}
	return findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
}

// maxSplitLookaround bounds the white space, comments and pictures bareTextBeside passes over.
const maxSplitLookaround = 4

// bareTextBeside reports a text node of more than white space right before n (or after it, when
// after is set), past white space, comments and pictures.
func bareTextBeside(n *html.Node, after bool) bool {
	step := func(s *html.Node) *html.Node {
		if after {
			return s.NextSibling
		}
		return s.PrevSibling
	}
	s := step(n)
	for range maxSplitLookaround {
		switch {
		case s == nil:
			return false
		case s.Type == html.TextNode:
			if !isBlank(s.Data) {
				return true
			}
		case s.Type == html.CommentNode, s.Type == html.ElementNode && s.DataAtom == atom.Img:
		default:
			return false
		}
		s = step(s)
	}
	return false
}

// markTextSplit puts a line break (brMark) between the block n and the bare text beside it,
// on the side or sides where there is some.
func markTextSplit(n *html.Node) {
	if n.Parent == nil {
		return
	}
	if bareTextBeside(n, false) {
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: brMark}, n)
	}
	if bareTextBeside(n, true) {
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: brMark}, n.NextSibling)
	}
}

// paragraphBox reports a <div> that holds one <p> and nothing else next to another such <div>:
// a layout that boxes each paragraph of the story on its own ("<div class=firstPar><p>…</p></div>
// <div class=secondPar>…").
func paragraphBox(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	if boxedPara(n) == nil {
		return false
	}
	box := func(s *html.Node) bool {
		return s != nil && s.DataAtom == atom.Div && boxedPara(s) != nil
	}
	return box(dom.PreviousElementSibling(n)) || box(dom.NextElementSibling(n))
}

// minBoxedProse is the fewest runes of a boxed paragraph delinkBoxedParagraph reads as prose:
// readability's own length for a paragraph beside the story's block.
const minBoxedProse = 80

// delinkBoxedParagraph turns the links of a boxed paragraph (paragraphBox) into plain text when
// a quarter of its text or more is linked and most is not. Readability takes such a box for a
// paragraph only under a quarter of links, and keeps a paragraph beside the block it chose only
// under a quarter too: a story paragraph that links a cited clause ("<a>It is a standard trope
// of …</a>, a sign of …") is dropped where the same paragraph in the story's block stays. The
// text is the same without the links. A box mostly linked ("• Read a longer version of this
// article") keeps its links and stays out.
func delinkBoxedParagraph(n *html.Node) {
	runes, links := textAndLinkRunes(n)
	if runes < minBoxedProse || 4*links < runes || 2*links >= runes {
		return
	}
	var as []*html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			as = append(as, c)
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	for _, a := range as {
		for c := a.FirstChild; c != nil; c = a.FirstChild {
			a.RemoveChild(c)
			a.Parent.InsertBefore(c, a)
		}
		a.Parent.RemoveChild(a)
	}
}

// signupForm reports a newsletter's sign-up form: it asks for an e-mail address (an input of type
// email, or a text input named or labelled for one) and for little else, at most a name. A
// comment form also asks for the reader's address, but with a box for the comment and often a
// website.
func signupForm(form *html.Node) bool {
	email, fields := false, 0
	other := findElement(form, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Textarea, atom.Select:
			return true
		case atom.Input:
		default:
			return false
		}
		typ := strings.ToLower(attr(n, "type"))
		switch typ {
		case "", "text", "email":
		case "password", "url", "file":
			return true
		default:
			return false // hidden values, buttons and check boxes
		}
		fields++
		names := strings.ToLower(attr(n, "name") + " " + attr(n, "placeholder") + " " + attr(n, "aria-label") + " " + attr(n, "id"))
		email = email || typ == "email" || strings.Contains(names, "email") || strings.Contains(names, "e-mail")
		return fields > 2
	})
	return other == nil && email
}

// maxSignupHeading bounds the heading of a sign-up form: a line of pitch.
const maxSignupHeading = 120

// signupHeadings returns the headings that title a sign-up form ("Find out what's happening in
// town with free, real-time updates"): the short <h2>–<h4> right before the form, or before the
// wrappers that hold nothing but the form. Only headings go: the box around a form may hold the
// story or a sidebar, and removing it would change what readability reads.
func signupHeadings(form *html.Node) []*html.Node {
	box := form
	for p := box.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && onlyChild(p, box); p = p.Parent {
		box = p
	}
	var out []*html.Node
	for s := box.PrevSibling; s != nil && len(out) < 2; s = s.PrevSibling {
		if s.Type == html.TextNode && isBlank(s.Data) || s.Type == html.CommentNode {
			continue
		}
		if s.Type != html.ElementNode || (s.DataAtom != atom.H2 && s.DataAtom != atom.H3 && s.DataAtom != atom.H4) || textLonger(s, maxSignupHeading) {
			break
		}
		out = append(out, s)
	}
	return out
}

// onlyChild reports whether c is the one element or text of p that is not white space.
func onlyChild(p, c *html.Node) bool {
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		if s != c && (s.Type == html.ElementNode || s.Type == html.TextNode && !isBlank(s.Data)) {
			return false
		}
	}
	return true
}

// proseCaption reports a figure's caption that holds paragraphs of the story, two <p> or more
// and past maxCaption letters: a listicle's entry sets its text under its picture, where a photo's
// caption is a line, and its credit another ("(Foto: REUTERS)").
func proseCaption(n *html.Node) bool {
	paras := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && textLonger(c, 0) {
			paras++
		}
	}
	return paras >= 2 && textLonger(n, maxCaption)
}

// maxCaption bounds the letters (spaces not counted) of a photo's caption with its credit.
const maxCaption = 200

// maxFieldLabel bounds the label beside a read-only field that preclean removes with it.
const maxFieldLabel = 80

// brMark stands for a line break in the pre-cleaned tree. It is not white space, so
// go-readability keeps it where it drops white-space text between phrasing content and a
// block ("<strong>Heading</strong><br><br><div><img></div>Text" came out "HeadingText");
// renderText turns it back into a newline. It is a private-use character (U+2028, the line
// separator, counts as white space and is dropped too).
const brMark = "\ue000"

// normTextBr is normSpace(strings.ReplaceAll(textOf(n), brMark, " ")): a line break marked in
// the text as a space. brMark's lead byte opens no other rune and continues none, so normSpace
// keeps every mark whole and makes none: normText(n) holds one only when textOf(n) does, and
// the text is built twice only then.
func normTextBr(n *html.Node) string {
	if t := normText(n); !strings.Contains(t, brMark) {
		return t
	}
	return normSpace(strings.ReplaceAll(textOf(n), brMark, " "))
}

// headlineAside reports an <aside> that opens with the page's headline: the page's first <h1>,
// of three words or more and not a link (a sidebar's logo), before any paragraph, and prose after
// it. A sidebar titles its boxes with later headings ("Food & Dining Sections").
func headlineAside(n, firstH1 *html.Node) bool {
	h := findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.H1 || c.DataAtom == atom.P })
	if h == nil || h != firstH1 || !wordsAtLeast(h, 3) {
		return false
	}
	if runes, links := textAndLinkRunes(h); links*2 >= runes {
		return false
	}
	_, prose := proseOf(n)
	return prose >= 200
}

// substantial reports an element holding a story's worth of text outside links: 500 runes
// for a form (page wrappers are link-heavy as a whole), 1,500 for navigation and asides.
// The counts come from runes, the walk's memo.
func substantial(n *html.Node, wrapper bool, runes *runeMemo) bool {
	need := 1500
	if wrapper {
		need = 500
	}
	if !textLonger(n, need) {
		return false
	}
	text, links := runes.textAndLinkRunes(n)
	return text-links >= need
}

// isJunk reports page furniture by its class or id: a byline box, a comment counter, a photo's
// credit or caption, a short or link-heavy block named like furniture (junkClass). The text
// counts come from runes, the walk's memo (nil: none).
func isJunk(n *html.Node, runes *runeMemo) bool {
	cls := attr(n, "class") + " " + attr(n, "id")
	// bylineClass gives 0 to a class without one of its words: the class is lowered only then.
	if startsWithBy(n) || bylineClassWordSet.InLowered(cls) && bylineClass(strings.ToLower(cls)) == 2 {
		// Bylines are metadata, already read by scan; in the body they end up in the summary.
		return !textRunesOver(n, 199) // counted only so far: bylines nest in bylines
	}
	if isBlank(cls) {
		return false
	}
	if commentCounter(n, cls) {
		return true
	}
	if inSentence(n) {
		return false
	}
	if figureCredit(n, cls) || altCaptionBox(n) {
		return true
	}
	if !junkClass(cls) && !printHidden(n, cls) || namedStoryBlock(attr(n, "class")) || tagNamedProse(n, cls) {
		return false
	}
	if photoCaptionAfterImage(n, cls) {
		return true
	}
	tl, linkText := runes.textAndLinkRunes(n)
	if tl-linkText >= 1500 {
		return false // a page wrapper whose class happens to say "banner" or "layer"
	}
	return (tl < 300 || (tl > 0 && float64(linkText)/float64(tl) > 0.5)) && !holdsMain(n)
}

// tagWords are the junkWords that name a list of the story's tags or keywords.
var tagWords = map[string]bool{"tag": true, "tags": true, "keyword": true, "keywords": true}

// junkWordsBesideTags is junkWords without tagWords.
var junkWordsBesideTags = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(junkWords))
	for w := range junkWords {
		if !tagWords[w] {
			m[w] = true
		}
	}
	return m
})

// tagNamedProse reports a block whose only furniture name is a tag list's and that holds a
// heading or a paragraph and no link: a tag list is links, while a CMS that names its rich-text
// blocks for the HTML tags they may hold ("styled-tags") sets the story's subheadings and short
// paragraphs in them, one block each.
func tagNamedProse(n *html.Node, cls string) bool {
	tagged := false
	for name := range strings.FieldsSeq(cls) {
		if nameHolds(name, junkWordsBesideTags(), junkPairs) || captionName(name) {
			return false
		}
		tagged = tagged || nameHolds(name, tagWords, nil)
	}
	if !tagged || findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) != nil {
		return false
	}
	return findElement(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return strings.TrimSpace(textOf(c)) != ""
		}
		return false
	}) != nil && proseSiblingAlike(n)
}

// maxAlikeHops bounds the sibling elements proseSiblingAlike looks at on each side.
const maxAlikeHops = 8

// proseSiblingAlike reports an element with a sibling of the same class, a few elements away at
// most (an ad slot may stand between), that holds a paragraph's worth of text: the element is one
// of the blocks the story is set in. A tag list, or its label, stands alone.
func proseSiblingAlike(n *html.Node) bool {
	cls := attr(n, "class")
	if isBlank(cls) {
		return false // named by its id only ("tags"): an id is one of a kind, no block is alike
	}
	for _, next := range []func(*html.Node) *html.Node{
		func(s *html.Node) *html.Node { return s.PrevSibling }, func(s *html.Node) *html.Node { return s.NextSibling },
	} {
		hops := 0
		for s := next(n); s != nil && hops < maxAlikeHops; s = next(s) {
			if s.Type != html.ElementNode {
				continue
			}
			hops++
			if attr(s, "class") == cls && textLonger(s, 150) {
				return true
			}
		}
	}
	return false
}

// printHidden reports a block the page's print stylesheet hides by its class or id ("noprint",
// one word, which junkWords' tokens do not split): a site marks so what a printed story leaves
// out, its navigation, sidebars, polls and archive links. A paragraph so marked is the story's
// all the same: a wire story's paragraphs the print edition cut are marked one by one. So are
// the words inside a line (a reference's "[citation needed]", a document's header fields):
// only blocks count.
func printHidden(n *html.Node, cls string) bool {
	return isBlockTag(n.DataAtom) && n.DataAtom != atom.P && anyField(cls, func(name string) bool { return strings.EqualFold(name, "noprint") })
}

// photoCaptionAfterImage reports a caption-named element without paragraphs right after a
// picture (an <img>, or a link that holds only one): the photo's caption, however long its
// words ("<a><img id=mainPhoto></a><div id=lgPhotoCaption>Courtesy … In this 2006 image …</div>"
// above the story). A long block so named elsewhere may be the story's (isJunk's bound).
func photoCaptionAfterImage(n *html.Node, cls string) bool {
	l := strings.ToLower(cls)
	if !strings.Contains(l, "caption") && !strings.Contains(l, "cutline") {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.TextNode && isBlank(prev.Data) || prev.Type == html.CommentNode) {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode {
		return false
	}
	img := prev.DataAtom == atom.Img
	if prev.DataAtom == atom.A && strings.TrimSpace(textOf(prev)) == "" {
		img = findElement(prev, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
	}
	if !img || findElement(n, func(c *html.Node) bool { return c != n && c.DataAtom == atom.P }) != nil {
		return false
	}
	return textRunes(n) < 1000
}

// storyNameRe matches a class name that is wholly one of containerRe's names ("article-body",
// "entry-content"), not a name that only holds one ("article__content-header",
// "content-body--bufferAd": a header or a box set in the story's frame).
var storyNameRe = mustPrefixRe(`^(?:` + containerRe.String() + `)$`)

// namedStoryBlock reports a class list in which one name is wholly the story's container's
// ("article-body ad_pc_article_body"): the other name marks where the site's script sets its
// ads around the story, and the block is the story all the same. A teaser page holds its
// story's opening there and nothing else: dropped as an ad, the story is lost and the list of
// other headlines beside it read instead.
func namedStoryBlock(cls string) bool {
	for _, name := range strings.Fields(cls) {
		if storyNameRe.MatchString(name) {
			return true
		}
	}
	return false
}

// commentCounter reports the link to a paragraph's comments that some sites set at the start of
// every paragraph, its text the count ("<a class="comments_count" title="Оставить
// комментарий">0</a>Жительница …"): inside the sentence's markup, but no word of it, and read
// as text it glues the count to the paragraph's first word.
func commentCounter(n *html.Node, cls string) bool {
	if n.DataAtom != atom.A && n.DataAtom != atom.Span {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	if t == "" || len(t) > 6 || strings.TrimLeft(t, "0123456789") != "" {
		return false
	}
	names := strings.ToLower(cls + " " + attr(n, "title"))
	return strings.Contains(names, "comment") || strings.Contains(names, "коммент")
}

// creditWords name a photo's credit line ("credit", "photo-credits").
var creditWords = map[string]bool{"credit": true, "credits": true}

// figureCredit reports the credit line of a picture inside a <figure> ("<p class="credit">Photo by
// … /Getty Images</p>" under the caption): the caption goes as furniture, and so does its credit.
// Outside a figure the word names boxes of every kind (a film's credits, a byline's), so it is
// asked only there.
//
// A template may set the credit right after the figure instead, as the figure's next sibling in
// the picture's box ("<figure>…</figure><div class="credit">FRANCK FIFE / AFP</div>"): a line so
// named right after a picture (a <figure>, <picture> or <img>) is the picture's credit as well.
func figureCredit(n *html.Node, cls string) bool {
	// The figure first: a few parent links, where the class test reads every token of the name.
	return (hasAncestor(n, atom.Figure) || nextToPicture(n)) && creditNamed(cls) && !textLonger(n, maxCaption)
}

// nextToPicture reports an element whose previous element sibling, past white space and
// comments, is a picture: a <figure>, <picture> or <img>.
func nextToPicture(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.TextNode && isBlank(prev.Data) || prev.Type == html.CommentNode) {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode {
		return false
	}
	switch prev.DataAtom {
	case atom.Figure, atom.Picture, atom.Img:
		return true
	}
	return false
}

// minAltCaption is the least an image's alt text must hold (in runes) for a line repeating it to
// be read as the image's caption: a short alt ("Foto", a name) may repeat a line by chance.
const minAltCaption = 20

// altCaptionBox reports a picture box that is no <figure>: a small block of <div>s holding an
// image, one element whose whole text is the image's alt text (the caption), and at most a
// few credit lines ("<div class="fot"><a><img alt="„…” – zeznawał…"></a><div>źródło:
// Rzeczpospolita</div><div class="descr">„…” – zeznawał…</div>"). A box with paragraphs,
// headings or list items is the story's or a teaser's, whatever its image says.
func altCaptionBox(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div {
		return false
	}
	alt := altCaptionOf(n)
	if alt == "" {
		return false
	}
	text := normText(n)
	if !strings.Contains(text, alt) || utf8.RuneCountInString(text) > utf8.RuneCountInString(alt)+maxAltCredits {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Div && normText(d) == alt {
			// The caption stands as an element of its own; a linked one is a teaser card's
			// headline ("Feature / 47 minutes ago <a>The 100 Greatest …</a>").
			return !hasLink(d) && !linkBetween(d, n)
		}
	}
	return false
}

// altCaptionOf returns the alt text of the first image under n whose alt text is long enough for
// a caption (minAltCaption), or "" when there is none, when n's text is longer than
// maxCaption+maxAltCredits (textLonger), or when n holds a paragraph, heading, list item, figure
// or table. One walk asks the three, stopping at the first that rules the box out: a box is
// asked of every <div> of the page, wrappers of the whole story included.
func altCaptionOf(n *html.Node) string {
	const limit = maxCaption + maxAltCredits
	alt, count := "", 0
	var walk func(c *html.Node, hidden bool) bool // true: ruled out
	walk = func(c *html.Node, hidden bool) bool {
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			switch d.Type {
			case html.TextNode:
				// textLonger counts no text under scripts, styles and noscript fallbacks.
				if !hidden {
					if count += nonSpaceRunesOver(d.Data, limit-count); count > limit {
						return true
					}
				}
			case html.ElementNode:
				switch d.DataAtom {
				case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Figure, atom.Table:
					return true
				case atom.Img:
					if a := normSpace(attr(d, "alt")); alt == "" && utf8.RuneCountInString(a) >= minAltCaption {
						alt = a
					}
				}
				if walk(d, hidden || d.DataAtom == atom.Script || d.DataAtom == atom.Style || d.DataAtom == atom.Noscript) {
					return true
				}
			default:
				if walk(d, hidden) {
					return true
				}
			}
		}
		return false
	}
	if walk(n, false) {
		return ""
	}
	return alt
}

// hasLink reports a link inside n.
func hasLink(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// linkBetween reports a link that holds d below top.
func linkBetween(d, top *html.Node) bool {
	for a := d.Parent; a != nil && a != top; a = a.Parent {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// maxAltCredits bounds the text a picture box holds beside its caption: a credit line or two.
const maxAltCredits = 80

// holdsMain reports an element around the page's <main> (or role=main): a page wrapper whose
// class happens to carry a furniture word ("l-wrapper gate-ad"), however link-heavy its
// navigation makes it; no box of furniture holds the page's main content.
func holdsMain(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Main || attr(c, "role") == "main" || holdsMain(c) {
			return true
		}
	}
	return false
}

// sidebarBox reports the page's sidebar: an element one of whose class names, or its id, is
// "sidebar" exactly, holding neither the page's first <h1> nor its main content (a hotline box's
// own <h1> may stand in it). Readability keeps a sidebar whose names also hold a word it trusts
// ("mainSidebar sidebar", "sidebar contentAux"), and its teasers and stamps join the story read
// from the wrapper around both; it drops a plain "#sidebar" as unlikely, but reads the page again
// with it when the post is short, and the blog's About box there outweighs a one-line post.
// Names that only contain the word ("has-sidebar", "sidebar-layout") are layouts around the
// story and stay.
func sidebarBox(n, firstH1 *html.Node) bool {
	id := attr(n, "id")
	cls := attr(n, "class")
	if !textsim.ContainsFoldASCII(cls, "sidebar") && !textsim.ContainsFoldASCII(id, "sidebar") {
		return false
	}
	if !strings.EqualFold(strings.TrimSpace(id), "sidebar") && !anyField(cls, func(c string) bool { return strings.EqualFold(c, "sidebar") }) {
		return false
	}
	return (firstH1 == nil || !isAncestor(n, firstH1)) && !holdsMain(n) && findElement(n, func(c *html.Node) bool { return attr(c, "itemprop") == "articleBody" }) == nil
}

// notRendered reports an element the browser does not show: it has the hidden attribute. A
// hidden child of <body> is the exception: streaming renderers (React's <div hidden id="S:1">)
// park the story's parts there for a script to move into place.
func notRendered(n *html.Node) bool {
	return hasAttr(n, "hidden") && (n.Parent == nil || n.Parent.DataAtom != atom.Body)
}

// hiddenClass reports a class that is nothing but "hidden" among layout names (Bootstrap's
// display:none), as paywall and sign-up boxes wait in the story's container. A class with a
// responsive override ("hidden md:block", Tailwind) is shown on some screens.
func hiddenClass(n *html.Node) bool {
	cls := attr(n, "class")
	if !strings.Contains(cls, "hidden") {
		return false // no name is "hidden": asked of every element, nearly all without it
	}
	hidden := false
	for c := range strings.FieldsSeq(cls) {
		switch {
		case strings.Contains(c, ":"):
			return false
		case c == "hidden":
			hidden = true
		}
	}
	return hidden
}

// authorWords are class/id tokens of the box about a story's author that follows it (photo,
// biography, links to the author's profiles); authorPairs are the same written as two tokens.
var authorWords = map[string]bool{"authorbio": true, "authorprofile": true, "biography": true, "authorbox": true, "aboutauthor": true}
var authorPairs = map[string]bool{"author bio": true, "about author": true, "author profile": true, "author box": true, "author biography": true}

// authorHints are the words authorBox asks a name for before its tokens.
var authorHints = textsim.NewAnyOf([]string{"author", "biography"})

// authorBox reports such a box. It holds a paragraph or two of prose, more than the 300 runes
// furniture is allowed by isJunk, but never a story's worth.
func authorBox(n *html.Node) bool {
	holds := func(name string) bool {
		// Every author word and pair holds "author" or "biography", in any case (no other
		// letter lowers to theirs): names without them, nearly all, skip the token walk.
		return (textsim.ContainsFoldASCII(name, "author") || textsim.ContainsFoldASCII(name, "biography")) && nameHolds(name, authorWords, authorPairs)
	}
	// The same test asked of the whole attribute first: a field holds a hint only where the
	// attribute does, and most attributes hold neither.
	if cls := attr(n, "class"); authorHints.InFoldASCII(cls) && anyField(cls, holds) || anyField(attr(n, "id"), holds) {
		return !textLonger(n, 1200)
	}
	return false
}

// maxPitchLine bounds the lines taken from a hidden paywall box: the lines of a sign-up pitch.
// The long paragraphs of a story's continuation are left alone.
const maxPitchLine = 240

// maxHiddenHeading bounds a hidden heading's text dropped from the body: a section label of a few
// words, never a paragraph a script reveals.
const maxHiddenHeading = 60

// boxLines collects the paragraphs of author boxes, the text of hidden headings, and the lines
// of boxes hidden by class that hold a paywall prompt, for the body to drop (dropLines). The boxes stay in the page: taking
// them out before readability reads it moves readability's choice of container, and a box hidden
// by class without a prompt is often the story's own next page or summary, waiting for a script.
func boxLines(doc *html.Node) map[string]bool {
	lines := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.DocumentNode:
		case n.Type != html.ElementNode:
			return
		case n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template || n.DataAtom == atom.Head:
			return
		}
		if n.Type == html.ElementNode && authorBox(n) {
			for _, p := range strings.Split(renderText(n), "\n\n") {
				lines[p] = true
			}
			return
		}
		if isHeadingAtom(n.DataAtom) && hiddenBlock(n) {
			// A heading the browser never shows labels a section for screen readers ("Neuer
			// Abschnitt", "Article body"): no reader sees it between the story's paragraphs.
			if t := strings.TrimSpace(renderText(n)); t != "" && utf8.RuneCountInString(t) <= maxHiddenHeading {
				lines[t] = true
			}
			return
		}
		if n.Type == html.ElementNode && hiddenClass(n) {
			paras := strings.Split(renderText(n), "\n\n")
			if slices.ContainsFunc(paras, boilerplate.IsPaywall) {
				for _, p := range paras {
					if utf8.RuneCountInString(p) <= maxPitchLine {
						lines[p] = true
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return lines
}

// dropLines removes from a body the paragraphs boxLines collected.
func dropLines(body string, lines map[string]bool) string {
	if len(lines) == 0 {
		return body
	}
	paras := strings.Split(body, "\n\n")
	out := paras[:0]
	for _, p := range paras {
		if !lines[p] {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// textAndLinks returns an element's whitespace-normalised text and how many runes of it are link text.
func textAndLinks(n *html.Node) (string, int) {
	text := normText(n)
	links := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && !namedAnchor(c) {
			links += textRunes(c)
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return text, links
}

// namedAnchor reports an <a> that is a target in the page, not a link: it has a name or an id
// and no href ("<h2><a id="victims" name="victims">Who are the victims?</a></h2>", where a table
// of contents points). Its text is the heading's own, not another page's headline.
func namedAnchor(a *html.Node) bool {
	href, named := false, false
	for _, at := range a.Attr {
		switch at.Key {
		case "href":
			href = true
		case "name", "id":
			named = named || !isBlank(at.Val)
		}
	}
	return named && !href
}

// textAndLinkRunes is textAndLinks counted: the runes of the element's whitespace-normalised text
// and of its link text, without building the normalised text (most callers weigh only the
// two lengths, for every box of the page).
func textAndLinkRunes(n *html.Node) (runes, links int) {
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && !namedAnchor(c) {
			links += textRunes(c)
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return textRunes(n), links
}

// readable runs go-readability on a pre-cleaned copy and renders the article node as text
// with paragraph breaks, ended before the reader comments (cutAtThread); it reports whether a
// comment thread ended it.
func readable(doc *html.Node, pageURL *url.URL) (string, bool) {
	parser := readability.NewParser()
	parser.NodeOnly = true // the article's HTML and text are rendered here, from its node
	art, err := parser.ParseDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return "", false
	}
	postclean(art.Node)
	cut := cutAtThread(art.Node)
	return renderText(art.Node), cut
}

// renderText writes the text under n with a blank line between blocks and single spaces inside
// them. Line breaks are <br> and blocks; a newline in the page's source is white space, as a
// browser shows it ("Normal wird bei einem <b>Facelift</b>⏎ ein Fahrzeug" is one sentence), except
// inside <pre>.
func renderText(n *html.Node) string { return render(n, false) }

// render is renderText; sourceLines keeps the newlines of text nodes, for text that was written
// as plain lines rather than laid out as HTML (a JSON-LD articleBody).
func render(n *html.Node, sourceLines bool) string { return renderWith(n, sourceLines, false) }

// tidyParagraphs normalises spaces inside lines and leaves exactly one blank line between paragraphs.
func tidyParagraphs(s string) string {
	var paras []string
	for line := range strings.SplitSeq(s, "\n") {
		// A no-break space is white space to normSpace as it is (U+00A0 is unicode.IsSpace).
		line = normSpace(line)
		if line == "" || isJunkText(line) {
			continue
		}
		paras = append(paras, line)
	}
	return strings.Join(paras, "\n\n")
}

// dropLostLines drops the paragraphs of nothing but replacement characters (U+FFFD) and spaces:
// the characters a page had there (emoji, mostly) were lost before it was saved, and no reader
// sees a line of the story in them.
func dropLostLines(body string) string {
	if !strings.Contains(body, "\uFFFD") {
		return body
	}
	paras := strings.Split(body, "\n\n")
	out := paras[:0]
	for _, p := range paras {
		if strings.Trim(p, "\uFFFD ") != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// dropCapHints are the class-name parts of a drop cap, the enlarged first letter set in its own
// element. Substrings, not a regular expression: the test runs on every element of the body.
var dropCapHints = []string{"initial", "dropcap", "drop-cap", "firstletter", "first-letter", "lettrine", "versal"}

// dropCapHintSet is dropCapHints for one pass over a class (isDropCap).
var dropCapHintSet = textsim.NewAnyOf(dropCapHints)

// isDropCap reports an element a drop-cap class names whose text is one letter.
func isDropCap(n *html.Node) bool {
	if n.FirstChild == nil || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	// An ASCII class (nearly all) is asked in one pass without its lowered copy; another is
	// lowered as strings.ToLower does, which may lower a letter outside ASCII to one of theirs.
	cls := attr(n, "class")
	if cls == "" || !dropCapHintSet.InFoldASCII(cls) && (isASCII(cls) || !textsim.ContainsAny(strings.ToLower(cls), dropCapHints)) {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	r, size := utf8.DecodeRuneInString(t)
	return size > 0 && size == len(t) && unicode.IsLetter(r)
}

// joinDropCap removes the white space the page's markup leaves between a drop cap and the rest
// of its word ("<span class=initial>N</span> <span>a endlich!</span>"): a browser floats the
// letter beside the word, so the reader sees "Na endlich!", not "N a endlich!". Only a lower-case
// continuation joins; a capital after the letter starts a new word.
func joinDropCap(n *html.Node) {
	var ws []*html.Node
	for next := nextTextNode(n); next != nil; next = nextTextNode(next) {
		t := strings.TrimLeft(next.Data, " \t\r\n\u00a0")
		if t == "" {
			ws = append(ws, next)
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
			return
		}
		if strings.ContainsRune(wordLetters, []rune(strings.TrimSpace(textOf(n)))[0]) {
			return // "A cat", "I am", "W Polsce": the letter may be a word of its own
		}
		for _, w := range ws {
			w.Data = ""
		}
		next.Data = t
		return
	}
}

// wordLetters are capitals that are words by themselves in common Latin-script languages; as a
// drop cap followed by a space they may be meant apart, so they are left as the markup has them.
const wordLetters = "AIOEUYWZÀÅaioeuywzàå"

// nextTextNode returns the text node following n in document order, outside n's subtree.
func nextTextNode(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if t := firstTextNode(s); t != nil {
				return t
			}
		}
	}
	return nil
}

func firstTextNode(n *html.Node) *html.Node {
	if n.Type == html.TextNode {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstTextNode(c); t != nil {
			return t
		}
	}
	return nil
}

// spaceBeforeTime separates a <time> element from a word its markup glues it to
// ("<a>@me</a><time>March 24, 2023</time>", where the page's style sets them apart): the date is
// a datum of its own, and read as "@meMarch 24, 2023" it is neither a date nor a byline, so the
// header line holding it would stay in the body.
func spaceBeforeTime(n *html.Node) {
	if n.Parent == nil {
		return
	}
	// An empty <time> needs no space: asking for the text before it first walked back over
	// every empty sibling before it, thousands of empty <time>s in a row (fuzz17).
	first := firstTextNode(n)
	if first == nil {
		return
	}
	prev := prevTextNode(n)
	if prev == nil {
		return
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(first.Data, " \t\r\n\u00a0"))
	l, _ := utf8.DecodeLastRuneInString(prev.Data)
	if first.Data != strings.TrimLeft(first.Data, " \t\r\n\u00a0") || !wordRune(r) || !wordRune(l) {
		return
	}
	n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
}

// wordRune reports a letter or digit: a rune that joins the runes beside it into one word.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// prevTextNode returns the text node before n in document order, outside n's subtree, skipping
// scripts and styles.
func prevTextNode(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if t := lastTextNode(s); t != nil {
				return t
			}
		}
	}
	return nil
}

func lastTextNode(n *html.Node) *html.Node {
	if n.Type == html.TextNode {
		return n
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return nil
	}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if t := lastTextNode(c); t != nil {
			return t
		}
	}
	return nil
}

// threadNames are class and id names, lower-case with "-" and "_" left out, of a reader comment
// thread or of one comment in it ("comment-list", "comments_area", "disqus_thread", WordPress's
// "li.comment", Movable Type's "commentbody").
var threadNames = map[string]bool{"comments": true, "comment": true, "commentlist": true, "commentslist": true,
	"commentsarea": true, "commentarea": true, "commentssection": true, "commentsection": true, "commentscontainer": true,
	"commentcontainer": true, "commentthread": true, "commentsthread": true, "commentswrapper": true, "commentwrapper": true,
	"commentswrap": true, "commentbody": true, "commentsbody": true, "commenttext": true, "disqusthread": true, "dsqcomments": true,
	"trackbacklist": true, "trackbacks": true, "pingbacks": true, "pinglist": true, "readercomments": true,
	"usercomments": true, "respond": true, "postcomment": true, "postcomments": true, "postcommentarea": true, "postcommentsarea": true,
	// Dutch newsrooms call the readers' comments "reacties" ("<div id=reacties>" under the
	// story); the word names nothing else on a news page (classnames.go's commentWords has it).
	"reacties": true, "reactiecontainer": true, "commentcolumn": true}

// nameJoiner takes the separators out of a class or id name.
var nameJoiner = strings.NewReplacer("-", "", "_", "")

// threadName reports a class or id name among threadNames. Each holds "comment", "respond",
// "disqus", "back" or "reactie", checked first: most names hold none.
func threadName(name string) bool {
	if !textsim.ContainsFoldASCII(name, "comment") && !textsim.ContainsFoldASCII(name, "respond") && !textsim.ContainsFoldASCII(name, "disqus") &&
		!textsim.ContainsFoldASCII(name, "back") && !textsim.ContainsFoldASCII(name, "reactie") {
		return false
	}
	return threadNames[strings.ToLower(nameJoiner.Replace(name))]
}

// threadHints are the words threadName asks a name for before its list (threadNames).
var threadHints = textsim.NewAnyOf([]string{"comment", "respond", "disqus", "back", "reactie"})

// threadClass reports a class attribute with a name among threadNames (threadName): a class
// without one of threadHints, in any ASCII case, has no such name and is not split.
func threadClass(cls string) bool {
	return threadHints.InFoldASCII(cls) && anyField(cls, threadName)
}

// threadBlocks are the elements a comment thread or comment is built of; a <span> or <code>
// named "comment" is a code sample's comment or a counter.
var threadBlocks = map[atom.Atom]bool{atom.Div: true, atom.Section: true, atom.Ol: true, atom.Ul: true, atom.Li: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Article: true, atom.Aside: true, atom.Table: true}

// commentThread reports a reader comment thread, or one comment of it, by its class or id. The
// thread never holds the page's headline or main content: a wrapper so named is left alone.
func commentThread(n *html.Node) bool {
	if !threadBlocks[n.DataAtom] {
		return false
	}
	if !threadClass(attr(n, "class")) && !threadName(strings.TrimSpace(attr(n, "id"))) {
		return false
	}
	// An empty one is a placeholder a script fills (Disqus): it holds no comments, and on a page
	// of several stories it stands between two of them.
	return textLonger(n, 0) && !holdsStory(n)
}

// holdsStory reports an element around the page's headline or main content.
func holdsStory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.H1 || c.DataAtom == atom.Main || attr(c, "role") == "main" || attr(c, "itemprop") == "articleBody" || holdsStory(c) {
			return true
		}
	}
	return false
}

// threadMark is the attribute preclean sets on a reader comment thread, or one comment, found by
// its class or id. Readability keeps every attribute but class, so its reading still shows which
// of its blocks are comments (cutAtThread), though it strips the names that told them.
const threadMark = "data-pb-thread"

// markTree sets the attribute mark (threadMark, galleryMark, teaserMark) on n and every element
// under it: readability replaces a <div> that holds one paragraph by that paragraph, and the mark
// must outlive the wrapper.
func markTree(n *html.Node, mark string) {
	if n.Type != html.ElementNode {
		return
	}
	if !hasAttr(n, mark) {
		n.Attr = append(n.Attr, html.Attribute{Key: mark})
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markTree(c, mark)
	}
}

// dropMarked removes the comment threads preclean marked from the tree under root, and reports
// whether there were any.
func dropMarked(root *html.Node) bool { return dropMarks(root, threadMark) }

// dropMarks removes every element under root that preclean marked with mark (threadMark,
// galleryMark), and reports whether there were any.
func dropMarks(root *html.Node, mark string) bool {
	var marked []*html.Node
	visitMarks(root, func(c *html.Node) bool { return hasAttr(c, mark) }, 0, func(c *html.Node, _ int) bool {
		marked = append(marked, c)
		return false
	})
	for _, n := range marked {
		n.Parent.RemoveChild(n)
	}
	return len(marked) > 0
}

// visitMarks walks the tree under root in page order and calls at for each element that marked
// reports, without entering it, with the tokens of the other text read before it, counted up to
// limit; at returns true to stop the walk. It returns the tokens of the text outside the marked
// elements read by then, up to limit. The drops of marked boxes (threads, galleries, teasers)
// differ only in what they do with a mark and the story's text around it.
func visitMarks(root *html.Node, marked func(*html.Node) bool, limit int, at func(c *html.Node, before int) bool) int {
	before := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if before < limit {
					before += textsim.CountTokens(c.Data)
				}
			case c.Type != html.ElementNode:
			case marked(c):
				if at(c, before) {
					return true
				}
			case walk(c):
				return true
			}
		}
		return false
	}
	walk(root)
	return before
}

// threadHeading reports the heading of a reader comment thread by its class or id
// ("<h2 id=comments>Comments</h2>"), or by the empty anchor the heading opens with, which Movable
// Type and Typepad templates set there ("<h2><a id="comments"></a>Comments</h2>"); a heading that
// is mostly a link is a counter pointing there.
func threadHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	if !threadClass(attr(n, "class")) && !threadName(strings.TrimSpace(attr(n, "id"))) && !threadAnchor(n) {
		return false
	}
	runes, links := textAndLinkRunes(n)
	return runes > 0 && runes <= 120 && links*2 < runes
}

// threadAnchor reports a heading with an empty anchor among its children, no link, whose id or
// name is a comment thread's: the target of the post's "Comments" link.
func threadAnchor(h *html.Node) bool {
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && !hasAttr(c, "href") && !textLonger(c, 0) &&
			(threadName(strings.TrimSpace(attr(c, "id"))) || threadName(strings.TrimSpace(attr(c, "name")))) {
			return true
		}
	}
	return false
}

// cutAtThread ends the reading under root at the first comment thread preclean marked that has
// some of the story before it: the thread and everything after it go (the comment form, the
// sidebar readability took along). A marked block above the story is only dropped. It reports
// whether it cut.
func cutAtThread(root *html.Node) bool {
	var drop []*html.Node
	var cut *html.Node
	visitMarks(root, func(c *html.Node) bool { return hasAttr(c, threadMark) }, minDescribed, func(c *html.Node, before int) bool {
		if before >= minDescribed {
			cut = c
			return true
		}
		drop = append(drop, c)
		return false
	})
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	for n := cut; n != nil && n != root; n = n.Parent {
		for s := n.NextSibling; s != nil; {
			next := s.NextSibling
			n.Parent.RemoveChild(s)
			s = next
		}
	}
	if cut != nil {
		cut.Parent.RemoveChild(cut)
	}
	return cut != nil
}

// appendFallbackText appends to remove the text of a player's fallback under n: its bare text,
// the text of a <source> or <track> the parser set it in, and the text of a paragraph or span it
// is wrapped in ("<audio …><p>Your browser does not support the &lt;audio&gt; element.</p>"). A
// link's text stays: the fallback link to the file tells the rules that drop a player's box what
// it is.
func appendFallbackText(remove []*html.Node, n *html.Node) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			remove = append(remove, c)
		case c.Type == html.ElementNode && c.DataAtom != atom.A:
			remove = appendFallbackText(remove, c)
		}
	}
	return remove
}
