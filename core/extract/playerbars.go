package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nowReadingRe opens the sticky bar a page pins over the story as the reader scrolls: a label,
// a colon and the headline again ("Vous lisez actuellement : …" on Le Point, "Now reading: …",
// "You are reading: …" in WordPress news themes, "Sie lesen gerade: …"). The colon is the
// bar's: a sentence about reading ("You're reading this because …") has none there.
var nowReadingRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:vous lisez(?: actuellement)?|now reading|you(?: are|'re|’re) (?:now )?reading|currently reading|` +
		`sie lesen (?:gerade|jetzt)|você está lendo|estás leyendo|stai leggendo)\s*[:：]\s*\S`)
})

// maxReadingBar bounds a reading bar's text: its label, the headline and a button or two.
const maxReadingBar = 250

// readingBar reports a block (its text given, runes long) that is a sticky reading bar
// (nowReadingRe): the byte test on "read"/"lis"/"les"/"lend"/"ley"/"legg" spares the
// expression on every other short block.
func readingBar(text string, runes int) bool {
	if runes > maxReadingBar {
		return false
	}
	l := strings.ToLower(prefixRunes(text, 40))
	if !strings.Contains(l, "read") && !strings.Contains(l, "lis") && !strings.Contains(l, "les") &&
		!strings.Contains(l, "lend") && !strings.Contains(l, "ley") && !strings.Contains(l, "legg") {
		return false
	}
	return nowReadingRe().MatchString(text)
}

// videoCardBox reports a video player's box set in the story (a poster, a play button, the
// clip's length and its title over the poster: "5:14 Artemis II: …" on Global News, whose
// caption goes with the other captions): a box whose class names a video and that holds an
// element whose class names a duration, or whose whole text is a length in minutes
// (clipMinutes), short as a title is. A long box is a wrapper that holds the story too. A
// teaser card of a clip may be an <article> ("<article class=b-heute-video>": the player, a
// description, "2 min", the day); an <article> holding a headline is a video's own page.
func videoCardBox(n *html.Node, f *boxFacts) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Figure, atom.Aside, atom.Article:
	default:
		return false
	}
	// "ideo" and "uration" match either case of the class's first letter without lowering it.
	// The class first: every <article> is asked.
	if !strings.Contains(attr(n, "class"), "ideo") || n.DataAtom == atom.Article && f.holdsHeadline(n) || textLonger(n, maxMediaFallback) {
		return false
	}
	return f.holdsClipLength(n) // an element under n: clipLengthElement
}

// clipMinutes reports a clip's length as a teaser card prints it in whole minutes, the element's
// whole text: "2 min", "3 Min.", "12 mins" (ZDF's and other broadcasters' video cards: a
// description, "Beitragslänge: 2 min", the day). A story's line is never that alone.
func clipMinutes(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 11 {
		return false
	}
	digits := 0
	for digits < len(s) && digits < 3 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(s[digits:])) {
	case "min", "min.", "mins", "minutes":
		return true
	}
	return false
}

// clipLength reports a clip's length as a player prints it: "5:14", "1:02:33".
func clipLength(s string) bool {
	s = strings.TrimSpace(s)
	if n := utf8.RuneCountInString(s); n < 3 || n > 8 {
		return false
	}
	colon := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			if i == 0 || i == len(s)-1 {
				return false
			}
			colon = true
		case c < '0' || c > '9':
			return false
		}
	}
	return colon
}
