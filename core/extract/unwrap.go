package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Plain text copied from a mail, a terminal browser's dump or a newsletter is often wrapped
// at a fixed column: every paragraph is a block of lines of about the same width, none of
// them a sentence of its own. Read line by line, such a story has no prose line at all. No
// maintained Go library undoes wrapping (format=flowed marks its soft breaks, but copies and
// dumps carry no mark), so the test below is written here: a line was wrapped when the next
// line's first word would not have fitted after it.

// A measure is how a wrapping tool counted a line: in terminal columns (a Chinese, Japanese
// or Korean character takes two) or in characters (terminal browsers' dumps count one).
type measure func(string) int

// wrapWidth is the column the text's paragraphs were wrapped at, or 0 when they were not:
// a width most long lines end just short of, and that hardly any line passes.
func wrapWidth(lines []string, width measure) int {
	widths := make([]int, 0, len(lines))
	long := 0
	for _, l := range lines {
		w := width(l)
		widths = append(widths, w)
		if w >= 20 {
			long++
		}
	}
	best, bestCount := 0, 0
	for w := 40; w <= 100; w++ {
		near, over := 0, 0
		for i, lw := range widths {
			switch {
			case lw > w && strings.ContainsRune(lines[i], ' '):
				over++ // an address or a code line has no space to break at: it may run past the column
			case lw <= w && lw > w-14:
				near++
			}
		}
		if near >= 4 && near*100 >= long*15 && over*10 <= long && near >= bestCount {
			best, bestCount = w, near
		}
	}
	if best == 0 {
		return 0
	}
	seen := 0 // the column is the widest line that fits it
	for _, lw := range widths {
		if lw <= best && lw > seen {
			seen = lw
		}
	}
	return seen
}

// unwrapLines joins the lines of each wrapped paragraph back into one, leaving headlines,
// list items and short lines (which end before the column by choice) as they are. Lines
// mostly in Chinese, Japanese or Korean characters are measured apart from the others: a
// terminal browser wraps them at a column of its own. Each line's indent goes along: a
// joined line keeps its first line's.
func unwrapLines(lines []string, indents []int) ([]string, []int) {
	wide := make([]bool, len(lines))
	var width [2]int
	var m [2]measure
	for class := range 2 {
		part := make([]string, len(lines))
		for i, l := range lines {
			wide[i] = mostlyWide(l)
			if wide[i] == (class == 1) {
				part[i] = l
			}
		}
		m[class] = uniseg.StringWidth
		if width[class] = wrapWidth(part, m[class]); width[class] == 0 {
			m[class] = utf8.RuneCountInString
			width[class] = wrapWidth(part, m[class])
		}
	}
	if width[0] == 0 && width[1] == 0 {
		return lines, indents
	}
	out, outIndents := make([]string, 0, len(lines)), make([]int, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		joined, last, indent := lines[i], i, indents[i]
		for i+1 < len(lines) {
			c := 0
			if wide[last] {
				c = 1
			}
			if width[c] == 0 || !softBreak(lines[last], lines[i+1], width[c], m[c]) {
				break
			}
			i++
			joined, last = joinWrapped(joined, lines[i]), i
		}
		out, outIndents = append(out, joined), append(outIndents, indent)
	}
	return out, outIndents
}

// mostlyWide is a line most of whose letters are Chinese, Japanese or Korean.
func mostlyWide(l string) bool {
	wide, letters := 0, 0
	for _, r := range l {
		if wideRune(r) {
			wide++
			letters++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	return wide*2 > letters
}

// listItemRe matches the opening of a list item, which starts its own line whatever the width.
var listItemRe = regexp.MustCompile(`^(?:[-+*•·▶▲■□◆○●※>]|\d{1,3}[.)]|\(\d{1,3}\)|\[\d{1,3}\])\s`)

// softBreak reports whether the break between line and next was made by the wrapping: the
// line reaches near the column and next's first word (a CJK text's first character) would
// have passed it, or come within a tenth of it.
func softBreak(line, next string, width int, m measure) bool {
	if line == "" || next == "" || listItemRe.MatchString(next) || endsWithStop(line) {
		return false // a break after a full stop may be a paragraph's end: kept, it costs nothing
	}
	w := m(line)
	if w*10 < width*6 {
		return false
	}
	first := next
	if r, _ := utf8.DecodeRuneInString(next); wideRune(r) {
		first = string(r)
	} else if i := strings.IndexByte(next, ' '); i > 0 {
		first = next[:i]
	}
	return w+1+m(first) > width-width/10 // fmt(1) fills to 93 % of the width, not to the last column
}

// joinWrapped joins two parts of a wrapped paragraph: without a space between Chinese or
// Japanese characters and after a word broken at its hyphen, with one otherwise.
func joinWrapped(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if wideRune(ra) && wideRune(rb) && !unicode.Is(unicode.Hangul, ra) && !unicode.Is(unicode.Hangul, rb) {
		return a + b
	}
	if strings.HasSuffix(a, "-") && unicode.IsLetter(rb) {
		return a + b
	}
	return a + " " + b
}

// wideRune is a character of the scripts written without spaces between words, and Hangul,
// which wraps at spaces but is as wide.
func wideRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}
