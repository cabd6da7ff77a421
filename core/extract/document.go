package extract

import (
	"bytes"
	"mime"
	"strings"

	"paperboy/core/fetch"
	"paperboy/core/textsim"
)

// Document reads a stored or fetched page as bytes: it decodes them to UTF-8 the way core/fetch
// does for a download (BOM, UTF-8 validity, the Content-Type charset, the document's own
// declaration, detection) and extracts it with Decoded. contentType is the HTTP header, or ""
// for a file. It returns the charset used.
func Document(pageURL string, raw []byte, contentType string, opts Options) (*Result, string, error) {
	page, charset := fetch.Decode(raw, contentType)
	res, err := Decoded(pageURL, page, contentType, opts)
	return res, charset, err
}

// Decoded extracts an already UTF-8 page: plain text (served as text/plain, or sniffed as text
// when there is no header) through Text, everything else through ExtractWith.
func Decoded(pageURL string, page []byte, contentType string, opts Options) (*Result, error) {
	if isPlainText(contentType, page) {
		return Text(pageURL, page, opts)
	}
	return ExtractWith(pageURL, page, opts)
}

// isPlainText reports text/plain: from the header when there is one, else when the page has
// no HTML markup near its start. (net/http's sniffer calls "<!DOCTYPE html\n" and a leading
// "<!--[if IE]>" text, so it cannot decide this.)
func isPlainText(contentType string, page []byte) bool {
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		return err == nil && strings.EqualFold(mt, "text/plain")
	}
	head := page[:min(len(page), 64<<10)]
	if hasMarkerASCII(head) {
		return false
	}
	// A head with no ASCII spelling of a marker is lowered as a whole: Unicode lowers a few
	// other runes onto ASCII letters ("<tİtle" reads "<title").
	head = bytes.ToLower(head)
	for _, tag := range htmlMarkers {
		if bytes.Contains(head, tag) {
			return false
		}
	}
	return true
}

// hasMarkerASCII reports one of htmlMarkers in head in any ASCII case, without lowering a copy
// of the head on every page. Every ASCII spelling bytes.ToLower turns into a marker is one of
// these, so a page this finds is one the lowered head finds too.
func hasMarkerASCII(head []byte) bool {
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		rest := head[i:]
		for _, tag := range htmlMarkers {
			if hasPrefixFoldASCII(rest, tag) {
				return true
			}
		}
		j := bytes.IndexByte(rest[1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hasPrefixFoldASCII reports whether b opens with tag (lower-case ASCII) in any ASCII case.
func hasPrefixFoldASCII(b, tag []byte) bool {
	if len(b) < len(tag) {
		return false
	}
	for i, c := range tag {
		if textsim.LowerASCII(b[i]) != c {
			return false
		}
	}
	return true
}

// htmlMarkers are tags that any HTML page or fragment worth extracting carries.
var htmlMarkers = [][]byte{[]byte("<html"), []byte("<!doctype"), []byte("<head"), []byte("<body"), []byte("<meta"),
	[]byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<br"), []byte("<article"), []byte("<script")}
