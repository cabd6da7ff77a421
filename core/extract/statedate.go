package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A page its reader's browser renders from a state a script carries (__NEXT_DATA__, an
// __INITIAL_STATE__ assignment, an IMA.js or Nuxt cache of the API's answers) may print no
// date of the story at all, only its clock ("16:30"): the date is in the state. The state
// also holds the related stories and the teasers, each with its own publication time, so the
// first date key of the script (scriptDate) may be another story's. The story's own record is
// the object whose title is the page's headline; its date counts when every such record
// agrees.

// maxStateScripts bounds the scripts kept for headlineStateDate.
const maxStateScripts = 32

// maxStateBytes bounds the script text headlineStateDate searches, all scripts together.
const maxStateBytes = 8 << 20

// maxStateTitles bounds the records headlineStateDate reads per script.
const maxStateTitles = 8

// maxStateBack bounds the walk back from a title to the opening brace of its record.
const maxStateBack = 64 << 10

// minStateHeadline is the fewest runes a headline must have to single out a record: a short
// one ("Video") names many.
const minStateHeadline = 20

// stateTitleKeys are the keys a record names its title under.
var stateTitleKeys = []string{"title", "headline", "name"}

// stateDateKeys are the keys of a record's publication time, most specific first: the
// script-state keys (scriptDateKeys) and those of CMSs whose records scriptDate does not read
// ("dateOfPublication", Seznam's; "firstPublished").
var stateDateKeys = append(slices.Clone(scriptDateKeys), "dateOfPublication", "datePublication", "firstPublished",
	"firstPublishedAt", "publicationTime", "publishTime", "publish_time")

// headlineStateDate returns the publication time of the record, in a script's JSON state,
// whose title is the headline, when every such record found gives the same one; else nil.
func headlineStateDate(scripts []string, headlines ...string) []string {
	var quoted []string
	for _, h := range headlines {
		if h = strings.TrimSpace(h); utf8.RuneCountInString(h) >= minStateHeadline {
			quoted = append(quoted, jsonQuotings(h)...)
		}
	}
	if len(quoted) == 0 {
		return nil
	}
	var found string
	budget := maxStateBytes
	for _, s := range scripts {
		if budget -= len(s); budget < 0 {
			break
		}
		for _, q := range quoted {
			reads := 0
			for i := range occurrences(s, q) {
				if reads == maxStateTitles {
					break
				}
				if !titleValueAt(s, i) {
					continue
				}
				reads++
				v := recordDate(s, i)
				if v == "" {
					continue
				}
				if found != "" && v != found {
					return nil // two records titled alike, dated apart: no telling which is the page's
				}
				found = v
			}
		}
	}
	if found == "" {
		return nil
	}
	return []string{found}
}

// jsonQuotings returns the ways a JSON encoder writes s as a string: as is, with non-ASCII
// letters as \u escapes (PHP's json_encode), and each with "/" escaped as "\/".
func jsonQuotings(s string) []string {
	var plain, ascii strings.Builder
	plain.WriteByte('"')
	ascii.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			plain.WriteString(`\` + string(r))
			ascii.WriteString(`\` + string(r))
		case r < 0x20:
			return nil // a headline with control characters is written in too many ways
		case r < utf8.RuneSelf:
			plain.WriteRune(r)
			ascii.WriteRune(r)
		case r > 0xFFFF:
			plain.WriteRune(r)
			hi, lo := (r-0x10000)>>10+0xD800, (r-0x10000)&0x3FF+0xDC00
			fmt.Fprintf(&ascii, `\u%04x\u%04x`, hi, lo)
		default:
			plain.WriteRune(r)
			fmt.Fprintf(&ascii, `\u%04x`, r)
		}
	}
	plain.WriteByte('"')
	ascii.WriteByte('"')
	out := []string{plain.String()}
	if a := ascii.String(); a != out[0] {
		out = append(out, a)
	}
	if strings.Contains(s, "/") {
		for _, q := range slices.Clone(out) {
			out = append(out, strings.ReplaceAll(q, "/", `\/`))
		}
	}
	return out
}

// titleValueAt reports whether the JSON string at s[i:] is the value of a title key.
func titleValueAt(s string, i int) bool {
	before := strings.TrimRight(s[max(0, i-40):i], " \t\r\n")
	before, ok := strings.CutSuffix(before, ":")
	if !ok {
		return false
	}
	before = strings.TrimRight(before, " \t\r\n")
	for _, k := range stateTitleKeys {
		if strings.HasSuffix(before, `"`+k+`"`) {
			return true
		}
	}
	return false
}

// recordDate returns the publication time of the JSON object that holds the member at s[i:],
// or "".
func recordDate(s string, i int) string {
	start := openingBrace(s, i)
	if start < 0 {
		return ""
	}
	var rec map[string]json.RawMessage
	// The decoder reads the one object and stops: what follows it is the rest of the state.
	if err := json.NewDecoder(strings.NewReader(s[start:])).Decode(&rec); err != nil {
		return ""
	}
	for _, k := range stateDateKeys {
		var v string
		if raw, ok := rec[k]; ok && json.Unmarshal(raw, &v) == nil && !isBlank(v) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// openingBrace returns the index of the "{" that opens the JSON object holding s[i:], where i
// is outside any string, or -1 when a "[" opens first (s[i:] is an array's item) or none is
// found within maxStateBack bytes.
func openingBrace(s string, i int) int {
	depth := 0
	inString := false
	for j := i - 1; j >= 0 && i-j <= maxStateBack; j-- {
		c := s[j]
		if c == '"' {
			k := j - 1
			for k >= 0 && s[k] == '\\' {
				k--
			}
			if (j-k-1)%2 == 0 { // not escaped
				inString = !inString
			}
			continue
		}
		if inString {
			continue
		}
		switch c {
		case '}', ']':
			depth++
		case '{', '[':
			if depth == 0 {
				if c == '[' {
					return -1
				}
				return j
			}
			depth--
		}
	}
	return -1
}
