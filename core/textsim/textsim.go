// Package textsim compares texts as bags of word tokens: the measure the extraction
// benchmarks use (token F1), shared by extraction, which compares candidate bodies with one
// another and with the page's own description, and by the evaluation that scores it.
package textsim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens splits text into lower-case word tokens; ideographs and kana count one token each
// because those scripts do not separate words with spaces. Invisible characters that join
// rather than separate (soft hyphen, word joiner, byte order mark) are skipped, so
// "Mit\u00adtel\u00adal\u00adter" is the one word a reader sees.
func Tokens(s string) []string {
	// A token is read as a span of s while it is one (the common case, no copy); an invisible
	// character inside it moves it to joined. The letters are s's own bytes either way.
	var out []string
	if len(s) > 64 {
		// A long text's tokens are about its spaces: sized once, the slice is not grown (and
		// copied) a dozen times over a story's thousands of words.
		out = make([]string, 0, min(strings.Count(s, " ")+1, len(s)/4))
	}
	start, end := -1, -1
	var joined []byte
	flush := func() {
		switch {
		case joined != nil:
			out = append(out, strings.ToLower(string(joined)))
			joined = nil
		case start >= 0:
			out = append(out, strings.ToLower(s[start:end]))
		}
		start, end = -1, -1
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				start, end, joined = extend(s, i, size, start, end, joined)
			} else {
				flush()
			}
		case IsInvisible(r):
		case IsIdeographic(r):
			flush()
			out = append(out, s[i:i+size])
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			start, end, joined = extend(s, i, size, start, end, joined)
		default:
			flush()
		}
		i += size
	}
	flush()
	if len(out) == 0 {
		return nil // as before the slice was sized: a text without words has no tokens
	}
	return out
}

// CountTokens is len(Tokens(s)), counted without building the tokens: callers that weigh a text
// by its words (how much story came before a box, how long a paragraph is) ask it of every text
// node and paragraph of a page.
func CountTokens(s string) int {
	count, in := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				in = true
			} else if in {
				count, in = count+1, false
			}
		case IsInvisible(r):
		case IsIdeographic(r):
			if in {
				count, in = count+1, false
			}
			count++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			in = true
		case in:
			count, in = count+1, false
		}
		i += size
	}
	if in {
		count++
	}
	return count
}

// extend adds s[i:i+size] to the token being read: the span s[start:end] grows while the letter
// follows it, and a letter after a skipped character continues in joined.
func extend(s string, i, size, start, end int, joined []byte) (int, int, []byte) {
	switch {
	case joined != nil:
		joined = append(joined, s[i:i+size]...)
	case start < 0:
		start, end = i, i+size
	case end == i:
		end = i + size
	default:
		joined = append(append([]byte(nil), s[start:end]...), s[i:i+size]...)
	}
	return start, end, joined
}

// Overlap counts the tokens of got that are also in want, each want token used once.
func Overlap(got, want []string) int {
	// The count is the sum over tokens of the smaller of their two counts, the same either way
	// round: the shorter list is the one counted into a map.
	if len(got) < len(want) {
		got, want = want, got
	}
	counts := make(map[string]int, len(want))
	// seen marks each want token's overlapKey: a got token whose key is not marked is in no
	// map entry, and is passed over without hashing it (most of a story's words are in no
	// short description, and the map lookups were most of the count's time).
	var seen [overlapKeys / 64]uint64
	for _, t := range want {
		counts[t]++
		k := overlapKey(t)
		seen[k/64] |= 1 << (k % 64)
	}
	common := 0
	for _, t := range got {
		if k := overlapKey(t); seen[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	return common
}

// overlapKeys is how many keys overlapKey spreads tokens over.
const overlapKeys = 1024

// overlapKey is a cheap key of a token, below overlapKeys, from its length and its first and
// last bytes: equal tokens have equal keys.
func overlapKey(t string) uint {
	if t == "" {
		return 0
	}
	return (uint(len(t))*131 + uint(t[0])*31 + uint(t[len(t)-1])) % overlapKeys
}

// F1 is the bag-of-tokens F1 of got against want; 0 when either is empty.
func F1(got, want []string) float64 {
	if len(got) == 0 || len(want) == 0 {
		return 0
	}
	common := Overlap(got, want)
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(got)), float64(common)/float64(len(want))
	return 2 * p * r / (p + r)
}

// IsIdeographic reports a Chinese character or a kana: a script that writes words without
// spaces, where one character is a token (Tokens) and carries about a word.
func IsIdeographic(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// Recall is the share of want's tokens found in got; 0 when want is empty.
func Recall(got, want []string) float64 { return RecallOf(Overlap(got, want), len(want)) }

// RecallOf is Recall from counts: the share of want tokens that common of them are, 0 when want
// is 0. Overlap is the same either way round, so a caller that asks both recalls of a pair
// counts the overlap once and takes each recall from it.
func RecallOf(common, want int) float64 {
	if want == 0 {
		return 0
	}
	return float64(common) / float64(want)
}

// invisible are format characters a browser does not show inside a word: the soft hyphen
// (German sites hyphenate long words with &shy;: "Mit&shy;tel&shy;al&shy;ter"), the word joiner
// and the byte order mark. Left in, they split words for whatever reads the text next. The
// zero-width space is not one of them: Thai and Khmer pages mark word boundaries with it.
var invisible = [...]string{"\u00ad", "\u2060", "\ufeff"}

// IsInvisible reports a character that joins rather than separates (see invisible), which
// extraction removes and token comparison skips.
func IsInvisible(r rune) bool { return r == '\u00ad' || r == '\u2060' || r == '\ufeff' }

// HasInvisible reports whether s holds an invisible character: three substring searches,
// much faster than strings.ContainsAny with non-ASCII characters, on every text node.
func HasInvisible(s string) bool {
	return strings.Contains(s, invisible[0]) || strings.Contains(s, invisible[1]) || strings.Contains(s, invisible[2])
}

// DropInvisible removes the invisible characters, only those present (a generic
// strings.Replacer was a tenth of extraction time on pages with long text nodes).
func DropInvisible(s string) string {
	for _, c := range invisible {
		if strings.Contains(s, c) {
			s = strings.ReplaceAll(s, c, "")
		}
	}
	return s
}

// ContainsAny reports whether s holds one of subs. Extraction, boilerplate and summaries test a
// line for cheap substring hints before running a regular expression on it.
func ContainsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// ContainsFoldASCII reports whether s holds sub (lower-case ASCII letters) in any ASCII case:
// extraction and boilerplate use it as a cheap filter before a case-insensitive expression.
func ContainsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && LowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// LowerASCII lowers an ASCII capital and leaves every other byte as it is.
func LowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// AnyOf is ContainsAny for one list asked of many short strings (the class names of every
// element of a page): each position of s is compared with the few subs that open with its byte,
// instead of searching s once per sub, and only where its two bytes open one of them.
type AnyOf struct {
	byFirst [256][]string
	pairs   [1 << 16 / 64]uint64 // the first two bytes of each sub of two bytes or more, as bits
	single  [256]bool            // a sub of one byte
	empty   bool                 // an empty sub, held by every string
}

// NewAnyOf prepares subs for In.
func NewAnyOf(subs []string) *AnyOf {
	a := &AnyOf{}
	for _, sub := range subs {
		switch len(sub) {
		case 0:
			a.empty = true
		case 1:
			a.single[sub[0]] = true
		default:
			a.byFirst[sub[0]] = append(a.byFirst[sub[0]], sub)
			k := uint16(sub[0])<<8 | uint16(sub[1])
			a.pairs[k>>6] |= 1 << (k & 63)
		}
	}
	return a
}

// In reports whether s holds one of the subs: ContainsAny(s, subs).
func (a *AnyOf) In(s string) bool { return a.in(s, false) }

// InFoldASCII reports whether s holds one of the subs in any ASCII case, as ContainsFoldASCII
// asked of each: the subs must be lower-case ASCII. One pass over s, as In.
func (a *AnyOf) InFoldASCII(s string) bool { return a.in(s, true) }

// in is In's pass over s, with s's ASCII capitals lowered as they are read when fold is set:
// each position is compared with the few subs that open with its byte, and only where its two
// bytes open one of them. The two cases are separate loops, each byte read once: this runs on
// the class and id of every element, for each of many lists.
func (a *AnyOf) in(s string, fold bool) bool {
	if a.empty {
		return true
	}
	if len(s) == 0 {
		return false
	}
	if fold {
		return a.inFold(s)
	}
	c := s[0]
	for i := 1; i < len(s); i++ {
		d := s[i]
		if a.single[c] {
			return true
		}
		if k := uint16(c)<<8 | uint16(d); a.pairs[k>>6]&(1<<(k&63)) != 0 {
			for _, sub := range a.byFirst[c] {
				if len(s)-(i-1) >= len(sub) && s[i-1:i-1+len(sub)] == sub {
					return true
				}
			}
		}
		c = d
	}
	return a.single[c]
}

// inFold is in with fold set, for a non-empty s.
func (a *AnyOf) inFold(s string) bool {
	c := lowerASCII[s[0]]
	for i := 1; i < len(s); i++ {
		d := lowerASCII[s[i]]
		if a.single[c] {
			return true
		}
		if k := uint16(c)<<8 | uint16(d); a.pairs[k>>6]&(1<<(k&63)) != 0 {
			for _, sub := range a.byFirst[c] {
				if len(s)-(i-1) >= len(sub) && equalFoldLower(s[i-1:i-1+len(sub)], sub) {
					return true
				}
			}
		}
		c = d
	}
	return a.single[c]
}

// lowerASCII is LowerASCII as a table.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		t[i] = LowerASCII(byte(i))
	}
	return t
}()

// InLowered reports In(strings.ToLower(s)): an ASCII s is asked in one pass with its capitals
// lowered as they are read (InFoldASCII), without the lowered copy; another is lowered first.
func (a *AnyOf) InLowered(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return a.In(strings.ToLower(s))
		}
	}
	return a.InFoldASCII(s)
}

// equalFoldLower reports s equal to lower (lower-case ASCII) once its ASCII capitals are lowered.
func equalFoldLower(s, lower string) bool {
	for j := 0; j < len(lower); j++ {
		if LowerASCII(s[j]) != lower[j] {
			return false
		}
	}
	return true
}
