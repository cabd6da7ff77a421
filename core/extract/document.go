package extract

import (
	"bytes"
	"mime"
	"strings"

	"paperboy/core/fetch"
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
	head := bytes.ToLower(page[:min(len(page), 64<<10)])
	for _, tag := range htmlMarkers {
		if bytes.Contains(head, tag) {
			return false
		}
	}
	return true
}

// htmlMarkers are tags that any HTML page or fragment worth extracting carries.
var htmlMarkers = [][]byte{[]byte("<html"), []byte("<!doctype"), []byte("<head"), []byte("<body"), []byte("<meta"),
	[]byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<br"), []byte("<article"), []byte("<script")}
