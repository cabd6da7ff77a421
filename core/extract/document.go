package extract

import "paperboy/core/fetch"

// Document reads a stored or fetched page as bytes: it decodes them to UTF-8 the way core/fetch
// does for a download (BOM, UTF-8 validity, the Content-Type charset, the document's own
// declaration, detection) and extracts it. contentType is the HTTP header, or "" for a file.
// It returns the charset used.
func Document(pageURL string, raw []byte, contentType string, opts Options) (*Result, string, error) {
	page, charset := fetch.Decode(raw, contentType)
	res, err := ExtractWith(pageURL, page, opts)
	return res, charset, err
}
