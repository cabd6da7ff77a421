// Package summarize builds the short text that goes out with every post: an extractive lead
// made of the article's first whole sentences, aware of English abbreviations, Korean sentence
// endings and CJK full stops, and never cut inside a grapheme.
package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// span is one sentence of the normalised text: norm[start:end]; closed reports whether it ends
// with sentence punctuation rather than merely at the end of a paragraph.
type span struct {
	start, end int
	closed     bool
}

// Sentences splits text into sentences with whitespace normalised. Line breaks always end a
// sentence (headlines and captions rarely carry a full stop).
func Sentences(text string) []string {
	norm, spans := segment(paragraphs(text))
	out := make([]string, 0, len(spans))
	for _, s := range spans {
		out = append(out, norm[s.start:s.end])
	}
	return out
}

// paragraphs splits text at line breaks and normalises the spaces inside each line.
func paragraphs(text string) []string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	var out []string
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' }) {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// segment joins paragraphs with single spaces and finds the sentence spans in the result.
func segment(paras []string) (string, []span) {
	var b strings.Builder
	var spans []span
	for i, p := range paras {
		if i > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(p)
		spans = append(spans, splitLine(p, off)...)
	}
	return b.String(), spans
}

// splitLine finds sentence ends in one whitespace-normalised line; off shifts spans into the joined text.
func splitLine(line string, off int) []span {
	var clusters []string
	g := uniseg.NewGraphemes(line)
	for g.Next() {
		clusters = append(clusters, g.Str())
	}
	var spans []span
	start, pos := 0, 0 // byte offsets in line
	for i := 0; i < len(clusters); i++ {
		pos += len(clusters[i])
		r, _ := utf8.DecodeRuneInString(clusters[i])
		if !isTerminal(r) {
			continue
		}
		j := i + 1
		for j < len(clusters) && isTerminal(firstRune(clusters[j])) {
			pos += len(clusters[j])
			j++
		}
		quoted := false
		for j < len(clusters) && isClosing(firstRune(clusters[j])) {
			pos += len(clusters[j])
			j++
			quoted = true
		}
		if endsHere(clusters, i, j, r, quoted) {
			spans = append(spans, span{off + start, off + pos, true})
			for j < len(clusters) && clusters[j] == " " {
				pos += len(clusters[j])
				j++
			}
			start = pos
		}
		i = j - 1
	}
	if start < len(line) {
		spans = append(spans, span{off + start, off + len(line), false})
	}
	return spans
}

// endsHere decides whether the punctuation at clusters[i] (with closers up to j) ends a sentence.
func endsHere(clusters []string, i, j int, r rune, quoted bool) bool {
	if r == '。' || r == '！' || r == '？' || r == '｡' {
		return true
	}
	if j >= len(clusters) {
		return true
	}
	next := firstRune(clusters[j])
	prev := rune(0)
	if i > 0 {
		prev = firstRune(clusters[i-1])
	}
	if next != ' ' {
		// Korean prose sometimes omits the space after "다." before an opening quote or the next
		// sentence; a quote closed right before a particle ("했다."라며) stays one sentence.
		return !quoted && isHangul(prev) && (isHangul(next) || isOpening(next))
	}
	if r != '.' {
		return true
	}
	word := wordBefore(clusters, i)
	nextWord := wordAfter(clusters, j+1)
	lw := strings.ToLower(word)
	if titles[lw] || dotted[lw] {
		return false
	}
	if months[lw] || strings.Contains(word, ".") || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word))) {
		// "Jan. 5", "a.m. on", "J. K. Rowling": only a capitalised next word starts a sentence.
		nr := firstRune(nextWord)
		return unicode.IsUpper(nr) && utf8.RuneCountInString(word) > 1 && !months[lw] || isOtherScript(nr)
	}
	if n := firstRune(nextWord); unicode.IsLower(n) && prev != 0 && !isHangul(prev) {
		return false // "e.g. the", "approx. ten": a lower-case word goes on the sentence
	}
	return true
}

// titles never end a sentence; dotted are abbreviations that the brief says not to split after.
var (
	titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
		"st": true, "inc": true, "ltd": true, "co": true, "corp": true, "gen": true, "gov": true, "sen": true,
		"rep": true, "rev": true, "capt": true, "lt": true, "col": true, "sgt": true, "mt": true, "no": true,
		"vs": true, "fig": true, "vol": true, "ft": true, "approx": true, "dept": true, "messrs": true}
	dotted = map[string]bool{"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "e.g": true, "i.e": true}
	months = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
		"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
)

func wordBefore(clusters []string, i int) string {
	k := i
	for k > 0 && clusters[k-1] != " " && !isOpening(firstRune(clusters[k-1])) {
		k--
	}
	return strings.Join(clusters[k:i], "")
}

func wordAfter(clusters []string, j int) string {
	for j < len(clusters) && isOpening(firstRune(clusters[j])) {
		j++
	}
	if j < len(clusters) {
		return clusters[j]
	}
	return ""
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '｡', '‼', '⁇':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '」', '』', '》', '〉', '）', '»':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '「', '『', '《', '〈', '（', '«':
		return true
	}
	return false
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x3131 && r <= 0x318E }

// isOtherScript reports letters with no case (Hangul, kana, Han), which may start a sentence.
func isOtherScript(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}
