// Package article holds the platform-neutral article model and the identity rules
// (canonical URL, article ID, content fingerprint) that deduplication relies on.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one news story as paperboy understands it after fetching and extraction.
type Article struct {
	ID          string    `json:"id"`           // hash of CanonicalURL
	URL         string    `json:"url"`          // the link readers open (canonical)
	Source      string    `json:"source"`       // configured source name
	SourceTitle string    `json:"source_title"` // human name of the publication, e.g. "한국금융신문"
	Title       string    `json:"title"`
	Summary     string    `json:"summary"`
	Body        string    `json:"body,omitempty"`
	ImageURL    string    `json:"image_url,omitempty"`
	Author      string    `json:"author,omitempty"`
	Published   time.Time `json:"published"`
	Tags        []string  `json:"tags,omitempty"`
	Lang        string    `json:"lang,omitempty"`
}

// Post is the platform-neutral content of one message; every channel renders it natively.
type Post struct {
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	URL       string    `json:"url"`
	ImageURL  string    `json:"image_url,omitempty"`
	Source    string    `json:"source"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published"`
	Tags      []string  `json:"tags,omitempty"`
	Lang      string    `json:"lang,omitempty"`
}

// Post returns the shareable view of a.
func (a *Article) Post() Post {
	src := a.SourceTitle
	if src == "" {
		src = a.Source
	}
	return Post{
		Title: a.Title, Summary: a.Summary, URL: a.URL, ImageURL: a.ImageURL,
		Source: src, Author: a.Author, Published: a.Published, Tags: a.Tags, Lang: a.Lang,
	}
}

// ID derives the stable article ID from a canonical URL: the first 16 bytes of its SHA-256, hex-encoded.
func ID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}
