package evaluate

import (
	"mime"
	"path/filepath"

	"paperboy/core/extract"
)

// Paperboy runs paperboy's own extraction on a stored page: bytes through charset decoding
// and extract.Document, exactly as `paperboy extract FILE` does.
var Paperboy = Extractor{Name: "paperboy", Run: func(c Case) (Output, error) {
	r, charset, err := extract.Document(c.Want.URL, c.Raw, ContentType(c), extract.Options{})
	if err != nil {
		return Output{Charset: charset}, err
	}
	return Output{Title: r.Title, Authors: r.Authors, Published: r.Published, Image: r.ImageURL, Body: r.Body, Charset: charset}, nil
}}

// ContentType is the header a case is read with: the one its expected file names, else
// text/plain for .txt files and nothing (a file has no header) for the rest.
func ContentType(c Case) string {
	if c.Want.ContentType != "" {
		return c.Want.ContentType
	}
	if filepath.Ext(c.Name) == ".txt" {
		return mime.TypeByExtension(".txt")
	}
	return ""
}
