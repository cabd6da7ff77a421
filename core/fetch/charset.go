package fetch

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how far into a document Decode looks for <meta charset>. x/net stops
// at 1,024 bytes, but real news pages put the tag after kilobytes of inline scripts.
const metaScanLimit = 64 << 10

// prologScanLimit bounds the search for the XML declaration, which must open the document.
const prologScanLimit = 1024

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}

	// xmlEncoding finds the encoding pseudo-attribute of an XML declaration at the start of
	// a document; group 1 is the value.
	xmlEncoding = regexp.MustCompile(`^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"'>]*)["']`)
)

// labelAliases maps the few Windows code-page labels seen in the wild that neither the
// WHATWG nor the IANA registry knows onto the encoding x/text implements for them.
var labelAliases = map[string]string{
	"cp949": "euc-kr", "ms949": "euc-kr", "uhc": "euc-kr",
	"cp932": "shift_jis", "ms932": "shift_jis",
	"cp936": "gbk", "ms936": "gbk",
}

// Decode converts body to UTF-8 and reports the charset it used (a WHATWG name such as
// "utf-8", "euc-kr", "windows-1252"). contentType is the HTTP Content-Type header, or ""
// for a file. The order is: byte-order mark; bytes that are valid UTF-8 with multibyte
// sequences (a declaration saying otherwise is lying); the header charset; the XML
// declaration; <meta charset> or <meta http-equiv>; statistical detection. A candidate whose
// decoding looks like mojibake is skipped. An XML declaration in the result is rewritten
// to say UTF-8 so an XML parser does not decode a second time. Decode never fails: bytes
// no candidate explains become U+FFFD.
func Decode(body []byte, contentType string) (utf8Body []byte, charsetName string) {
	out, name := decode(body, contentType)
	return rewriteProlog(out), name
}

func decode(body []byte, contentType string) ([]byte, string) {
	switch {
	case bytes.HasPrefix(body, bomUTF8):
		return bytes.ToValidUTF8(body[len(bomUTF8):], []byte("\uFFFD")), "utf-8"
	case bytes.HasPrefix(body, bomUTF16LE):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), body[2:]), "utf-16le"
	case bytes.HasPrefix(body, bomUTF16BE):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), body[2:]), "utf-16be"
	}

	if order, ok := utf16NoBOM(body); ok {
		if out := decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), body); plausible(out) {
			if order == unicode.BigEndian {
				return out, "utf-16be"
			}
			return out, "utf-16le"
		}
	}

	// Valid UTF-8 with no escape byte is UTF-8 whatever is declared: legacy multibyte text
	// is practically never valid UTF-8 by accident, and pure ASCII reads the same either way
	// (ISO-2022 encodings are 7-bit, which is why the escape byte matters). utf8.Valid reads
	// this at a fraction of utf8Stats' cost: in valid UTF-8 a byte above ASCII belongs to a
	// multibyte sequence.
	if utf8.Valid(body) && (!isASCII(body) || bytes.IndexByte(body, 0x1B) < 0) {
		// A page decoded twice may have been decoded three times (GBK read as windows-1252,
		// stored, read so again): each layer undone must leave UTF-8 to try the next one on.
		out := body
		for range maxDecodings {
			fixed, ok := undoDoubleDecoding(out, contentType)
			if !ok {
				break
			}
			if out = fixed; !utf8.Valid(out) {
				break
			}
		}
		return out, "utf-8"
	}
	valid, invalid := utf8Stats(body)
	// Mostly valid UTF-8 with some stray bytes is UTF-8 text in a legacy template (a CMS
	// writing UTF-8 stories into a windows-1252 page: the classic "â€™"), or a damaged UTF-8
	// document; legacy text is not: a page in EUC-KR, GBK or windows-1252 forms a valid
	// multibyte sequence only by accident, far less often than an invalid one.
	if valid >= 4 && invalid*2 <= valid {
		return mixedUTF8(body, declaredLabels(body, contentType)), "utf-8"
	}

	var fallback []byte
	fallbackName := ""
	for _, label := range declaredLabels(body, contentType) {
		enc, name := lookup(label)
		if !usable(enc, name) || name == "utf-8" {
			continue
		}
		out := decodeWith(enc, body)
		if plausible(out) {
			return out, name
		}
		if fallback == nil {
			fallback, fallbackName = out, name
		}
	}
	sure, faint := detect(body)
	if fallback != nil {
		// A declaration, even an implausible one, outranks the detector's faint guesses.
		faint = nil
	}
	for _, label := range append(sure, faint...) {
		enc, name := lookup(label)
		if !usable(enc, name) || name == "utf-8" {
			continue
		}
		if out := decodeWith(enc, body); plausible(out) {
			return out, name
		}
	}
	if fallback != nil {
		return fallback, fallbackName
	}
	enc, name := lookup("windows-1252")
	return decodeWith(enc, body), name
}

// utf16Sample bounds the bytes utf16NoBOM counts.
const utf16Sample = 4 << 10

// utf16NoBOM recognises UTF-16 saved without a byte-order mark by its zero bytes: text
// that is mostly ASCII (markup, Latin, digits) puts a 0x00 in every other byte, on the even
// side for big-endian and the odd side for little-endian, and no ASCII-compatible document
// has NULs at that rate. Only documents opening with a zero byte in their first two are
// counted, so ordinary pages pay one comparison. x/text and the detector leave BOM-less
// UTF-16 out (the detector's guesses for it are unreliable on short text), hence this count.
func utf16NoBOM(body []byte) (unicode.Endianness, bool) {
	if len(body) < 4 || (body[0] != 0 && body[1] != 0) {
		return unicode.BigEndian, false
	}
	sample := body[:min(len(body), utf16Sample)&^1]
	var even, odd int
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	pairs := len(sample) / 2
	switch {
	case even*4 >= pairs && odd*50 <= pairs:
		return unicode.BigEndian, true
	case odd*4 >= pairs && even*50 <= pairs:
		return unicode.LittleEndian, true
	}
	return unicode.BigEndian, false
}

// mixedUTF8 decodes a mostly-UTF-8 body: every valid sequence as UTF-8, a stray byte (a
// lone high byte, as a single-byte code page writes it) in the first single-byte charset
// labels declare, else windows-1252, where the web's stray bytes come from; a multibyte
// sequence cut short becomes one U+FFFD. No library decodes per sequence like this (x/text
// applies one encoding to the whole input), hence the hand-written loop.
func mixedUTF8(body []byte, labels []string) []byte {
	stray, _ := lookup("windows-1252")
	for _, label := range labels {
		if enc, name := lookup(label); enc != nil && singleByte(enc) && name != "utf-8" {
			stray = enc
			break
		}
	}
	dec := stray.NewDecoder()
	out := make([]byte, 0, len(body)+len(body)/8)
	for i := 0; i < len(body); {
		c := body[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		if r != utf8.RuneError || size > 1 {
			out = append(out, body[i:i+size]...)
			i += size
			continue
		}
		if c >= 0xC2 && c <= 0xF4 && i+1 < len(body) && !utf8.RuneStart(body[i+1]) {
			// A lead byte followed by continuation bytes that never complete: a cut sequence.
			out = append(out, "\uFFFD"...)
			for i++; i < len(body) && !utf8.RuneStart(body[i]); i++ {
			}
			continue
		}
		if b, err := dec.Bytes(body[i : i+1]); err == nil && utf8.Valid(b) && len(b) > 0 {
			out = append(out, b...)
		} else {
			out = append(out, "\uFFFD"...)
		}
		i++
	}
	return out
}

// singleByte reports whether enc maps every byte to one character on its own, which is
// what decoding a stray byte by itself needs.
func singleByte(enc encoding.Encoding) bool {
	b, err := enc.NewDecoder().Bytes([]byte{0xE9})
	r, _ := utf8.DecodeRune(b)
	return err == nil && utf8.RuneCount(b) == 1 && r != utf8.RuneError
}

// usable rejects encodings Decode cannot apply to unmarked bytes: unknown labels, the
// WHATWG "replacement" encoding (whose decoder yields a single U+FFFD) and UTF-16 without
// a byte-order mark (HTML treats such a declaration as UTF-8).
func usable(enc encoding.Encoding, name string) bool {
	return enc != nil && enc != encoding.Replacement && !strings.HasPrefix(name, "utf-16")
}

func decodeWith(enc encoding.Encoding, b []byte) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// x/text decoders replace bad input rather than fail; this is a last resort that
		// keeps the promise of valid UTF-8 output.
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return out
}

// isASCII reports whether b has no byte above ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// utf8Stats counts valid multibyte UTF-8 sequences and invalid bytes in b.
func utf8Stats(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	return valid, invalid
}

// lookup resolves a charset label to an encoding and its canonical name, trying the
// WHATWG index (what browsers accept), then IANA names, then a few Windows aliases.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if label == "" {
		return nil, ""
	}
	if alias, ok := labelAliases[label]; ok {
		label = alias
	}
	for _, l := range []string{label, strings.NewReplacer("-", "", "_", "").Replace(label)} {
		if enc, name := charset.Lookup(l); enc != nil {
			return enc, name
		}
	}
	if enc, err := ianaindex.IANA.Encoding(label); err == nil && enc != nil {
		if name, err := ianaindex.IANA.Name(enc); err == nil {
			return enc, strings.ToLower(name)
		}
		return enc, label
	}
	return nil, ""
}

// declaredLabels returns the charset labels body claims for itself, strongest first: the
// HTTP header, the XML declaration, then the HTML meta prescan (skipped for XML media types,
// whose CDATA would confuse an HTML tokenizer).
func declaredLabels(body []byte, contentType string) []string {
	var labels []string
	mediaType := ""
	if contentType != "" {
		mt, params, err := mime.ParseMediaType(contentType)
		mediaType = mt
		if cs := params["charset"]; err == nil && cs != "" {
			labels = append(labels, cs)
		} else if cs := charsetParam(contentType); cs != "" {
			labels = append(labels, cs)
		}
	}
	if l := xmlDeclEncoding(body); l != "" {
		labels = append(labels, l)
	}
	if !strings.Contains(mediaType, "xml") {
		if l := metaCharset(body); l != "" {
			labels = append(labels, l)
		}
	}
	return labels
}

// xmlDeclEncoding returns the encoding named by an XML declaration opening body, or "".
func xmlDeclEncoding(body []byte) string {
	head := body[:min(len(body), prologScanLimit)]
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// metaCharset runs a tokenizer over the document head looking for <meta charset> or
// <meta http-equiv="content-type" content="…; charset=…">, stopping at <body>.
func metaCharset(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), metaScanLimit)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if cs := metaTagCharset(z, hasAttr); cs != "" {
					return cs
				}
			}
		}
	}
}

func metaTagCharset(z *html.Tokenizer, hasAttr bool) string {
	var httpEquiv bool
	var content string
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if httpEquiv {
		return charsetParam(content)
	}
	return ""
}

// charsetParam extracts charset=… from a Content-Type value leniently, for the malformed
// values (missing semicolons, stray quotes) that mime.ParseMediaType rejects.
func charsetParam(s string) string {
	// Lower-cased byte for byte, ASCII only: strings.ToLower writes a byte that is no UTF-8 as
	// three, and an offset in its result then falls past the value's end.
	i := strings.Index(lowerASCIIString(s), "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\"'")
	if end := strings.IndexAny(rest, " \t;,\"'"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// lowerASCIIString lower-cases the ASCII letters of s and keeps every other byte.
func lowerASCIIString(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// rewriteProlog makes an XML declaration in decoded output say UTF-8, so parsers such as
// gofeed (which honour the declared encoding) do not decode the text a second time.
func rewriteProlog(b []byte) []byte {
	head := b[:min(len(b), prologScanLimit)]
	m := xmlEncoding.FindSubmatchIndex(head)
	if m == nil || strings.EqualFold(string(b[m[2]:m[3]]), "utf-8") {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	out = append(out, b[:m[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, b[m[3]:]...)
}
