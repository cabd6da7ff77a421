package readability

// cleanConditionally's measures of a subtree summed from its children's (paperboy's copy, see
// README.md): upstream measured every table, list and div of the article by walking it, and
// such blocks nest, so a nest of divs d deep had its inner text gathered d times over.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// textSummary describes a run of text enough to give collapsedLen of it and of its
// concatenation with another run (join): collapsedLen trims the white space (unicode.IsSpace)
// at both ends and counts a \s byte right after another as no rune. Only valid UTF-8 is
// summed: then runes add across the runs' seams.
type textSummary struct {
	runes, pairs           int  // runes; \s bytes right after another \s byte
	leadRunes, leadPairs   int  // the same within the leading white space
	trailRunes, trailPairs int  // and within the trailing white space
	blank                  bool // white space only (or empty)
	firstS, lastS          bool // the first, the last byte is a \s byte
}

// emptyText is the summary of no text: join's identity.
var emptyText = textSummary{blank: true}

// summarizeText is the summary of s, valid UTF-8.
func summarizeText(s string) textSummary {
	if s == "" {
		return emptyText
	}
	t := textSummary{runes: utf8.RuneCountInString(s), firstS: spaceBytes[s[0]], lastS: spaceBytes[s[len(s)-1]]}
	pairs := func(b string) int {
		n := 0
		for i := 1; i < len(b); i++ {
			if spaceBytes[b[i]] && spaceBytes[b[i-1]] {
				n++
			}
		}
		return n
	}
	t.pairs = pairs(s)
	lead := 0
	for lead < len(s) {
		r, size := utf8.DecodeRuneInString(s[lead:])
		if !unicode.IsSpace(r) {
			break
		}
		lead += size
		t.leadRunes++
	}
	if lead == len(s) {
		t.blank = true
		t.leadPairs, t.trailRunes, t.trailPairs = t.pairs, t.runes, t.pairs
		return t
	}
	t.leadPairs = pairs(s[:lead])
	trail := len(s)
	for trail > lead {
		r, size := utf8.DecodeLastRuneInString(s[:trail])
		if !unicode.IsSpace(r) {
			break
		}
		trail -= size
		t.trailRunes++
	}
	t.trailPairs = pairs(s[trail:])
	return t
}

// join is the summary of a's text followed by b's.
func (a textSummary) join(b textSummary) textSummary {
	seam := 0
	if a.lastS && b.firstS {
		seam = 1
	}
	j := textSummary{runes: a.runes + b.runes, pairs: a.pairs + b.pairs + seam, blank: a.blank && b.blank,
		firstS: a.firstS || a.runes == 0 && b.firstS, lastS: b.lastS || b.runes == 0 && a.lastS}
	j.leadRunes, j.leadPairs = a.leadRunes, a.leadPairs
	if a.blank {
		j.leadRunes, j.leadPairs = a.runes+b.leadRunes, a.pairs+b.leadPairs+seam
	}
	j.trailRunes, j.trailPairs = b.trailRunes, b.trailPairs
	if b.blank {
		j.trailRunes, j.trailPairs = a.trailRunes+b.runes, a.trailPairs+b.pairs+seam
	}
	return j
}

// length is collapsedLen of the text: its runes but the white space trimmed at its ends and
// each \s byte right after another.
func (a textSummary) length() int {
	if a.blank {
		return 0
	}
	return a.runes - a.leadRunes - a.trailRunes - (a.pairs - a.leadPairs - a.trailPairs)
}

// cleanStats are what cleanConditionally reads of a node's subtree, each summed from its
// children's: its text (valid when every text node under it is valid UTF-8; else the node is
// measured by walking it), its commas, its descendant <p>, <img>, <li> and <input> elements
// (countCleanTags), the summed innerTextLen of its descendant lists (<ul>, <ol>), headings (<h1>
// to <h6>) and links (<a>, whose href, when one is an in-page anchor, weighs its text 0.3: then
// getLinkDensity is asked, which sums the weights in its order), and its descendant <object>,
// <embed> and <iframe> elements with whether one of them is a video.
type cleanStats struct {
	text                textSummary
	valid               bool
	commas              int
	p, img, li, input   int
	listLen, headingLen int
	linkLen             int
	anchorLink          bool
	embeds              int
	video               bool
}

// textLen is innerTextLen of the node the stats describe.
func (s *cleanStats) textLen() int { return s.text.length() }

// add counts child c, whose stats are cs, into its parent's stats s.
func (ps *Parser) add(s *cleanStats, c *html.Node, cs cleanStats, video func(*html.Node) bool) {
	s.text = s.text.join(cs.text)
	s.valid = s.valid && cs.valid
	s.commas += cs.commas
	s.p, s.img, s.li, s.input = s.p+cs.p, s.img+cs.img, s.li+cs.li, s.input+cs.input
	s.listLen, s.headingLen, s.linkLen = s.listLen+cs.listLen, s.headingLen+cs.headingLen, s.linkLen+cs.linkLen
	s.anchorLink = s.anchorLink || cs.anchorLink
	s.embeds, s.video = s.embeds+cs.embeds, s.video || cs.video
	if c.Type != html.ElementNode {
		return
	}
	switch c.Data {
	case "p":
		s.p++
	case "img":
		s.img++
	case "li":
		s.li++
	case "input":
		s.input++
	case "ul", "ol":
		s.listLen += cs.textLen()
	case "h1", "h2", "h3", "h4", "h5", "h6":
		s.headingLen += cs.textLen()
	case "a":
		s.linkLen += cs.textLen()
		s.anchorLink = s.anchorLink || anchorHref(c)
	case "object", "embed", "iframe":
		s.embeds++
		s.video = s.video || video(c)
	}
}

// anchorHref reports a link whose href getLinkDensity weighs 0.3: an in-page anchor.
func anchorHref(a *html.Node) bool {
	href := strings.TrimSpace(dom.GetAttribute(a, "href"))
	return href != "" && rxHashURL.MatchString(href)
}
