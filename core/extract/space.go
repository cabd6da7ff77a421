package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normSpace is strings.Join(strings.Fields(s), " ") (white space as unicode.IsSpace says,
// invalid UTF-8 kept as it is) without the slice of fields: it runs on the text of nearly every
// element. Text that is already normal, the common case, is returned as it is.
func normSpace(s string) string {
	if spaceNormal(s) {
		return s
	}
	// A text node indented in the markup ("\n    Jane Roe\n  ") is normal once its ends are
	// trimmed: its fields are the trimmed text's, already joined by single spaces, so the
	// trimmed text is returned as it is rather than copied.
	if t := strings.TrimSpace(s); len(t) < len(s) && spaceNormal(t) {
		return t
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		// A run of words between single spaces is written in one piece: byte by byte, the
		// copy cost as much as the whole scan.
		start := i
		i, _ = normRun(s, i, false)
		if i > start {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteString(s[start:i])
		}
		if i < len(s) {
			pending = true
			i += spaceLen(s, i)
			i = skipASCIISpace(s, i) // the rest of a run of ASCII white space
		}
	}
	return b.String()
}

// normRun returns where the run from s[i] of non-space bytes, and of single ASCII spaces each
// between two of them, ends (white space as unicode.IsSpace says; at once when s[i] is white space).
// normSpace's form of such a run is the run itself, so it is copied in one piece: field by
// field, the calls and copies cost more than the scan of a text's short words. Invalid UTF-8
// belongs to the run; when strict, ok is false at the first such byte instead. Plain ASCII, most
// of a text, is passed over by one table look-up a byte.
func normRun(s string, i int, strict bool) (end int, ok bool) {
	start := i
	for i < len(s) {
		c := s[i]
		if plainASCII[c] {
			i++
			continue
		}
		if c == ' ' && i > start && i+1 < len(s) && plainASCII[s[i+1]] {
			// One space between two plain bytes: normSpace writes it as it is.
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			break // other white space
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if strict && r == utf8.RuneError && size == 1 {
			return i, false
		}
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i, true
}

// spaceLen is the length of the space that opens s[i:]: one ASCII byte or a Unicode space rune.
func spaceLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

// normRunes is utf8.RuneCountInString(normSpace(s)) without building the normalised text: the
// runes outside white space and one space between each two fields (a byte of invalid UTF-8
// counts as one rune in both).
func normRunes(s string) int {
	runes, fields, inField := 0, 0, false
	for i := 0; i < len(s); {
		c, size, space := s[i], 1, false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inField = false
		} else {
			runes++
			if !inField {
				fields++
				inField = true
			}
		}
		i += size
	}
	if fields > 1 {
		runes += fields - 1
	}
	return runes
}

// asciiSpace marks the ASCII bytes unicode.IsSpace counts as white space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isBlank reports a text of white space only: strings.TrimSpace(s) == "", without trimming.
// Four text nodes in five of a page are the indentation between its tags (38 bytes on
// average on the slowest tuned set), and a dozen rules ask whether a node is blank as they
// step over its siblings: eight bytes are tested at a time while they are ASCII white space,
// and the rest rune by rune as TrimSpace reads them.
func isBlank(s string) bool {
	for i := skipASCIISpace(s, 0); i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		// What TrimSpace's TrimFunc decodes: an invalid byte is utf8.RuneError, no space.
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// le64 is the first eight bytes of s as a little-endian word (s holds at least eight): one
// load, and one bounds check for the eight bytes.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Words of one byte value repeated: wordOnes (0x01) times a byte value, wordHigh the bytes'
// top bits. The word tests below compute, for every byte b of a word at once, b-m-1 and
// n-1-b offset by 128 so that the byte's top bit says whether m < b < n; with b at most 127
// neither sum borrows from nor carries into the next byte, so each byte's answer is exact.
const (
	wordOnes = 0x0101010101010101
	wordHigh = 0x8080808080808080
)

// skipASCIISpace returns where the run of ASCII white space from s[i] ends, eight bytes at a
// time while they all are: markup's indentation, most of a page's text nodes, is passed over
// by the text writers and normSpace.
func skipASCIISpace(s string, i int) int {
	for len(s)-i >= 8 && asciiSpaceWord(le64(s[i:])) {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf && asciiSpace[s[i]] {
		i++
	}
	return i
}

// asciiSpaceWord reports a word of eight ASCII white-space bytes (asciiSpace): each is in
// 0x09–0x0D or is 0x20.
func asciiSpaceWord(w uint64) bool {
	if w&wordHigh != 0 {
		return false
	}
	control := (wordOnes*(127+0x0E) - w) & (w + wordOnes*(127-0x08)) // 0x08 < b < 0x0E
	space := (wordOnes*(127+0x21) - w) & (w + wordOnes*(127-0x1F))   // 0x1F < b < 0x21
	return (control|space)&wordHigh == wordHigh
}

// spaceNormal reports text normSpace leaves as it is: no white space at either end, and none
// between words but single ASCII spaces.
func spaceNormal(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if prevSpace || c != ' ' {
					return false
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// anyField reports whether f holds for a field of s, the fields being those strings.Fields
// returns, in order, without the slice.
func anyField(s string, f func(string) bool) bool {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if f(s[start:i]) {
				return true
			}
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	return start >= 0 && f(s[start:])
}

// wordsBesideBr is strings.TrimSpace(strings.ReplaceAll(s, brMark, "")) != "" (a text node holds
// more than white space and line-break marks) without the copy: an ASCII byte other than white
// space survives both, so it decides at once; a text of white space and other runes only is
// asked the long way (taking the marks out may join bytes into a space rune).
func wordsBesideBr(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
		} else if !asciiSpace[c] {
			return true
		}
	}
	return !ascii && strings.TrimSpace(strings.ReplaceAll(s, brMark, "")) != ""
}
