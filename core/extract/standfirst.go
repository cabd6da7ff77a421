package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// News pages often set the story's opening paragraph (standfirst, lede, "Vorspann", "chapô")
// apart in the article header, between the headline and the body container, where readability
// does not look. leadWithStandfirst puts it back in front of the reading. Only the stretch of
// the page between the headline and the reading's first paragraph is searched, so "teaser"
// boxes of other stories after the article never qualify.

// standfirstWords are class/id tokens naming a story's opening paragraph.
var standfirstWords = map[string]bool{"intro": true, "lead": true, "lede": true, "standfirst": true, "deck": true,
	"dek": true, "teaser": true, "subtitle": true, "summary": true, "chapo": true, "abstract": true, "excerpt": true,
	"sapo": true, "vorspann": true, "introtext": true, "teasertext": true, "leadtext": true,
	// the word newsrooms use in their own language: Spanish, Argentine, Catalan, Italian, Nordic, Czech/Slovak
	"entradilla": true, "sumario": true, "bajada": true, "copete": true, "entradeta": true, "sommario": true,
	"ingress": true, "ingres": true, "perex": true}

// standfirstClass reports a class/id string naming a standfirst ("ts-intro", "article-lead",
// "content__intro", "teaserText", "Article_elementLead__N3pGr").
func standfirstClass(cls string) bool {
	found := false
	forEachToken(cls, func(tok string) bool {
		low := strings.ToLower(tok)
		if standfirstWords[low] || strings.HasPrefix(low, "intro") || strings.HasPrefix(low, "teaser") || camelStandfirst[camelTail(tok)] && !textsim.ContainsAny(low, mediaHeads) {
			found = true
			return false
		}
		return true
	})
	return found
}

// camelStandfirst are the standfirst words that close a camel-case class name: CSS modules
// (Next.js, React) name an element "<Component>_<camelName>__<hash>", so the article header's
// lead is "Article_elementLead__N3pGr" or "articleIntro", one token whose last word says what it
// is. "Teaser" and "Summary" are left out: closing a name they name another story's card
// ("relatedTeaser") or a list's ("headlineSummary") as often.
var camelStandfirst = map[string]bool{"lead": true, "lede": true, "intro": true, "standfirst": true, "dek": true, "deck": true}

// mediaHeads open the camel-case names of a picture's or a clip's caption ("picIntro",
// "imageLead", "videoIntro"): the lead of the picture, not of the story.
var mediaHeads = []string{"pic", "img", "image", "photo", "foto", "video"}

// camelTail returns the last camel-case word of tok, lower-cased ("elementLead" → "lead"), or ""
// when tok has no lower-case letter followed by a capital.
func camelTail(tok string) string {
	for i := len(tok) - 1; i > 0; i-- {
		if c := tok[i]; c >= 'A' && c <= 'Z' {
			if p := tok[i-1]; p >= 'a' && p <= 'z' {
				return strings.ToLower(tok[i:])
			}
		}
	}
	return ""
}

// Standfirst sizes in word tokens: a sentence at least, a paragraph or two at most.
const (
	standfirstMin = 8
	standfirstMax = 200
)

// leadWithStandfirst returns reading with the page's standfirst in front when the reading lacks it.
// desc is the page's description: a paragraph under the headline that says what it says is
// the standfirst whatever its class ("typo-r-subline-detail", a bare <h2>). Only a paragraph
// the page shows counts; a description found in metadata alone is never added.
func leadWithStandfirst(doc *html.Node, reading, title, desc string) string {
	// The probe is the reading's first real paragraph, not a caption or a label before it.
	var probe string
	for i, p := range strings.SplitN(reading, "\n\n", 4) {
		if p = normSpace(p); i < 3 && utf8.RuneCountInString(p) >= 30 {
			probe = p
			break
		}
	}
	if probe == "" {
		return reading
	}
	probe = prefixRunes(probe, 60)
	// startsReading reports the text node where the reading begins: it holds the probe's
	// opening, or, when markup splits the sentence ("Normal wird bei einem <b>Facelift</b>"),
	// is itself the probe's opening.
	opening := prefixRunes(probe, 24)
	startsReading := func(text string) bool {
		t := normSpace(text)
		return strings.Contains(t, opening) || utf8.RuneCountInString(t) >= 12 && strings.HasPrefix(probe, t)
	}
	kt := squash(title)
	if kt == "" {
		return reading
	}
	// A drop cap ("<span>N</span> a endlich!") or inline markup splits the reading's first
	// sentence over text nodes: a paragraph whose letters start like the probe's starts it too.
	squashedOpening := squash(opening)
	kd := squash(strings.TrimSuffix(strings.TrimSuffix(desc, "..."), "…"))
	var found *html.Node
	headline, stop := false, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if stop {
			return
		}
		switch n.Type {
		case html.TextNode:
			if headline && startsReading(n.Data) {
				stop = true // the reading starts here: nothing after it is a standfirst
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.A:
				return
			case atom.H1, atom.H2, atom.H3:
				// Older layouts print the headline in an <h2> under the masthead's <h1>.
				if !headline && (squash(textOf(n)) == kt || kickedHeading(n, kt)) {
					headline = true
					return
				}
			case atom.P:
				if headline && found != nil && squashedOpening != "" && !textLonger(n, 5000) &&
					strings.HasPrefix(squash(textOf(n)), squashedOpening) {
					stop = true
					return
				}
			}
			if headline && found == nil && (standfirstClass(attr(n, "class")+" "+attr(n, "id")) || saysDescription(n, kd)) && isStandfirst(n) {
				found = n
				if startsReading(textOf(n)) {
					stop = true
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil || !stop {
		return reading
	}
	text := tidyParagraphs(renderText(found))
	// An element that holds the reading's opening as well (the post's own container, found by
	// its class or its description) leads it only with what stands before that opening.
	if paras := strings.Split(text, "\n\n"); len(paras) > 1 {
		for i, para := range paras {
			if i > 0 && startsReading(para) {
				text = strings.Join(paras[:i], "\n\n")
				break
			}
		}
	}
	if squash(text) == kt {
		return reading // the headline printed again (a share box's title, a description that repeats it)
	}
	t := textsim.Tokens(text)
	if len(t) < standfirstMin || len(t) > standfirstMax || hasStandfirst(reading, text, t) {
		return reading // too short or long for a standfirst, or the reading has it already
	}
	return text + "\n\n" + reading
}

// hasStandfirst reports a reading that holds the standfirst already: its opening, unless the
// standfirst is a summary that only starts like the reading (a summary of the story's
// sections opens with the first section's sentence, then says what the others say).
func hasStandfirst(reading, text string, t []string) bool {
	nr, nt := normSpace(reading), normSpace(text)
	if strings.Contains(nr, nt) {
		return true
	}
	if !strings.Contains(nr, prefixRunes(nt, 40)) {
		return false
	}
	if len(t) < 60 {
		return true
	}
	rt := textsim.Tokens(reading)
	if len(rt) > len(t) {
		rt = rt[:len(t)]
	}
	return textsim.Recall(rt, t) >= 0.8
}

// saysDescription reports an element whose text is the page's description kd (squashed) or
// starts like it: either may be cut short ("…") where the other goes on.
func saysDescription(n *html.Node, kd string) bool {
	if len(kd) < 40 || n.Type != html.ElementNode || textLonger(n, 2000) {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.Section, atom.Span, atom.Strong, atom.B:
	default:
		return false
	}
	kt := squash(textOf(n))
	if len(kt) < 40 {
		return false
	}
	return strings.HasPrefix(kt, kd) || strings.HasPrefix(kd, kt) && 2*len(kt) >= len(kd)
}

// isStandfirst reports an element that reads as prose: no headings of its own (a teaser box
// has them), at most one link and little link text.
func isStandfirst(n *html.Node) bool {
	if textLonger(n, 2000) {
		return false
	}
	headings, links := 0, 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.Img, atom.Ul, atom.Ol, atom.Time:
				headings++
			case atom.A:
				links++
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	if headings > 0 || links > 1 {
		return false
	}
	runes, linkText := textAndLinkRunes(n)
	return linkText*3 < runes
}

// prefixRunes returns the first n runes of s.
func prefixRunes(s string, n int) string {
	// Counting runes in place spares the []rune copy of the whole text; a cut through invalid
	// UTF-8 is re-encoded as the copy did, so the result is the same.
	k := 0
	for i := range s {
		if k == n {
			if p := s[:i]; utf8.ValidString(p) {
				return p
			}
			return string([]rune(s[:i]))
		}
		k++
	}
	return s
}
