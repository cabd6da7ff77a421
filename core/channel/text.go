package channel

import (
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Count measures s in unit u. Weighted counts every http(s) URL as 23 and other graphemes as 1
// (Mastodon's rule; channels with CJK weighting count themselves).
func Count(s string, u Unit) int {
	switch u {
	case UTF16:
		n := 0
		for _, r := range s {
			n += utf16.RuneLen(r)
		}
		return n
	case Graphemes:
		return uniseg.GraphemeClusterCount(s)
	case Bytes:
		return len(s)
	case Weighted:
		n, last := 0, 0
		for _, loc := range urlPattern.FindAllStringIndex(s, -1) {
			n += uniseg.GraphemeClusterCount(s[last:loc[0]]) + 23
			last = loc[1]
		}
		return n + uniseg.GraphemeClusterCount(s[last:])
	default:
		return utf8.RuneCountInString(s)
	}
}

var urlPattern = regexp.MustCompile(`https?://[^\s]+`)

// Ellipsis is appended to text that was shortened.
const Ellipsis = "…"

// Truncate shortens s to at most max units of u, cutting only on grapheme boundaries and
// preferring, in order, a sentence end (". ! ? 。 다. 요."), a word boundary, and finally any
// grapheme. An ellipsis is added when text was dropped and no sentence end was found. The
// result never exceeds max.
func Truncate(s string, max int, u Unit) string {
	if max <= 0 {
		return ""
	}
	if Count(s, u) <= max {
		return s
	}
	ell := Count(Ellipsis, u)
	if ell >= max {
		// No room for an ellipsis: the longest whole-grapheme prefix that fits.
		pos, used := 0, 0
		g := uniseg.NewGraphemes(s)
		for g.Next() {
			if w := Count(g.Str(), u); used+w <= max {
				used += w
				pos += len(g.Str())
				continue
			}
			break
		}
		return s[:pos]
	}
	// Walk graphemes, remembering the byte offsets of the best cut points that fit.
	var (
		fitEll    int // bytes of the longest prefix that fits with an ellipsis
		lastSent  int // longest fitting prefix ending on a sentence end
		lastWord  int // longest prefix (fitting with ellipsis) ending before a space
		pos, used int
		prev      string
	)
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cl := g.Str()
		w := Count(cl, u)
		if u == Weighted {
			w = uniseg.GraphemeClusterCount(cl)
		}
		if used+w > max {
			break
		}
		used += w
		pos += len(cl)
		if used+ell <= max {
			fitEll = pos
		}
		if isSentenceEnd(prev, cl) {
			lastSent = pos
		}
		if isSpace(cl) && used-w+ell <= max {
			lastWord = pos - len(cl)
		}
		prev = cl
	}
	// A sentence end that keeps at least a third of the budget reads better than a cut word.
	if lastSent > 0 && Count(s[:lastSent], u) >= max/3 {
		return strings.TrimSpace(s[:lastSent])
	}
	cut := fitEll
	if lastWord > 0 && Count(s[:lastWord], u) >= max/2 {
		cut = lastWord
	}
	out := strings.TrimRight(s[:cut], " \t\n,;:·-—")
	return out + Ellipsis
}

func isSpace(cl string) bool {
	return cl == " " || cl == "\n" || cl == "\t" || cl == "\u3000"
}

// isSentenceEnd reports whether the text ending in prev, cur ends a sentence.
func isSentenceEnd(prev, cur string) bool {
	switch cur {
	case "。", "！", "？":
		return true
	case ".", "!", "?":
		// "다." and "요." end Korean sentences; elsewhere a mark after a letter does,
		// but not "..." or a decimal point.
		return prev != "" && prev != "." && !isDigit(prev)
	}
	return false
}

func isDigit(s string) bool {
	return len(s) == 1 && s[0] >= '0' && s[0] <= '9'
}
