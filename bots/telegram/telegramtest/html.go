package telegramtest

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// allowedTags are the start tags the Bot API accepts with parse_mode HTML.
var allowedTags = map[string]bool{
	"a": true, "b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true, "tg-emoji": true,
	"code": true, "pre": true, "blockquote": true,
}

// ParseHTML parses s the way the Bot API parses parse_mode HTML (modelled on tdlib's parser):
// only the documented tags, properly nested, attribute values quoted or name tokens, and the
// entities &lt; &gt; &amp; &quot; and numeric references decoded (a '&' that starts no entity
// stays literal, as on Telegram). It returns the plain text a reader sees; its UTF-16 length
// is what the API compares with 4096 and 1024. The error text is what Telegram puts after
// "Bad Request: can't parse entities: ".
func ParseHTML(s string) (string, error) {
	var (
		out   strings.Builder
		stack []string
	)
	// at returns the byte at i, or 0 past the end, like tdlib's NUL-terminated CSlice.
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '&' {
			if r, n := decodeEntity(s[i:]); n > 0 {
				out.WriteRune(r)
				i += n
				continue
			}
		}
		if c != '<' {
			out.WriteByte(c)
			i++
			continue
		}
		begin := i
		i++
		if at(i) != '/' {
			for at(i) != 0 && !isSpace(at(i)) && at(i) != '>' {
				i++
			}
			if at(i) == 0 {
				return "", entityErrorf("Unclosed start tag at byte offset %d", begin)
			}
			name := strings.ToLower(s[begin+1 : i])
			if !allowedTags[name] {
				return "", entityErrorf("Unsupported start tag %q at byte offset %d", name, begin)
			}
			attrs, next, err := parseAttrs(s, i, name, begin)
			if err != nil {
				return "", err
			}
			i = next + 1 // past '>'
			if name == "span" && attrs["class"] != "tg-spoiler" {
				return "", entityErrorf(`Tag "span" must have class "tg-spoiler"`)
			}
			if name == "tg-emoji" && attrs["emoji-id"] == "" {
				return "", entityErrorf("Custom emoji entity must contain a tg://emoji URL")
			}
			stack = append(stack, name)
			continue
		}
		// An end tag.
		if len(stack) == 0 {
			return "", entityErrorf("Unexpected end tag at byte offset %d", begin)
		}
		i++
		for at(i) != 0 && !isSpace(at(i)) && at(i) != '>' {
			i++
		}
		endName := strings.ToLower(s[begin+2 : i])
		for at(i) != 0 && isSpace(at(i)) {
			i++
		}
		if at(i) != '>' {
			return "", entityErrorf("Unclosed end tag at byte offset %d", begin)
		}
		open := stack[len(stack)-1]
		if endName != "" && endName != open {
			return "", entityErrorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", begin, open, endName)
		}
		stack = stack[:len(stack)-1]
		i++
	}
	if len(stack) > 0 {
		return "", entityErrorf("Can't find end tag corresponding to start tag %q", stack[len(stack)-1])
	}
	return out.String(), nil
}

// parseAttrs reads the attributes of a start tag from s[i:] up to its '>', returning them
// (values entity-decoded) and the index of the '>'.
func parseAttrs(s string, i int, tag string, begin int) (map[string]string, int, error) {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	attrs := map[string]string{}
	for at(i) != '>' {
		for at(i) != 0 && isSpace(at(i)) {
			i++
		}
		if at(i) == '>' {
			break
		}
		if at(i) == 0 {
			return nil, 0, entityErrorf("Unclosed start tag at byte offset %d", begin)
		}
		nameStart := i
		for at(i) != 0 && !isSpace(at(i)) && at(i) != '=' && at(i) != '>' {
			i++
		}
		name := strings.ToLower(s[nameStart:i])
		if name == "" {
			return nil, 0, entityErrorf("Empty attribute name in the tag %q at byte offset %d", tag, begin)
		}
		for at(i) != 0 && isSpace(at(i)) {
			i++
		}
		if at(i) != '=' {
			if tag == "blockquote" && name == "expandable" {
				attrs[name] = ""
				continue
			}
			return nil, 0, entityErrorf("Expected equal sign in declaration of an attribute of the tag %q at byte offset %d", tag, begin)
		}
		i++
		for at(i) != 0 && isSpace(at(i)) {
			i++
		}
		if at(i) == 0 {
			return nil, 0, entityErrorf("Unclosed start tag %q at byte offset %d", tag, begin)
		}
		var val strings.Builder
		if q := at(i); q == '"' || q == '\'' {
			i++
			for at(i) != 0 && at(i) != q {
				if r, n := decodeEntity(s[i:]); n > 0 {
					val.WriteRune(r)
					i += n
					continue
				}
				val.WriteByte(s[i])
				i++
			}
			if at(i) == q {
				i++
			}
		} else {
			tokStart := i
			for isAlnum(at(i)) || at(i) == '.' || at(i) == '-' {
				i++
			}
			if c := at(i); c != 0 && !isSpace(c) && c != '>' {
				return nil, 0, entityErrorf("Unexpected end of name token at byte offset %d", tokStart)
			}
			val.WriteString(strings.ToLower(s[tokStart:i]))
		}
		if at(i) == 0 {
			return nil, 0, entityErrorf("Unclosed start tag at byte offset %d", begin)
		}
		attrs[name] = val.String()
	}
	return attrs, i, nil
}

// decodeEntity decodes the character reference at the start of s ("&lt;", "&#128512;",
// "&#x1F600;"; the ';' is optional as in tdlib). n is 0 when s starts no known entity.
func decodeEntity(s string) (r rune, n int) {
	if len(s) < 2 || s[0] != '&' {
		return 0, 0
	}
	end := 1
	var v rune
	if s[1] == '#' {
		end = 2
		hex := len(s) > 2 && (s[2] == 'x' || s[2] == 'X')
		if hex {
			end = 3
		}
		digits := 0
		for end < len(s) && end < 12 {
			d := digitValue(s[end], hex)
			if d < 0 {
				break
			}
			if v = v*base(hex) + rune(d); v > utf8.MaxRune {
				return 0, 0
			}
			end++
			digits++
		}
		if digits == 0 || v == 0 || end >= 10 || !utf8.ValidRune(v) {
			return 0, 0
		}
	} else {
		for end < len(s) && isAlpha(s[end]) {
			end++
		}
		switch s[1:end] {
		case "lt":
			v = '<'
		case "gt":
			v = '>'
		case "amp":
			v = '&'
		case "quot":
			v = '"'
		default:
			return 0, 0
		}
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	return v, end
}

func base(hex bool) rune {
	if hex {
		return 16
	}
	return 10
}

func digitValue(c byte, hex bool) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case hex && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case hex && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// entityError is a parse failure worded like Telegram's (capitalised, as the API sends it).
type entityError string

func (e entityError) Error() string { return string(e) }

func entityErrorf(format string, args ...any) error {
	return entityError(fmt.Sprintf(format, args...))
}
