package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"time"

	"paperboy/core/extract"
	"paperboy/core/fetch"
	"paperboy/core/summarize"
)

// ExtractOptions tune Extract.
type ExtractOptions struct {
	URL          string // with a file: the page's original URL, to resolve relative links and images
	ContentType  string // with a file: the Content-Type it was served with ("" = guessed)
	AllowPrivate bool   // fetch loopback, private and link-local addresses too
	Summary      int    // summary budget in characters
}

// extracted is what `paperboy extract` prints.
type extracted struct {
	URL       string    `json:"url"`
	Charset   string    `json:"charset"`
	Title     string    `json:"title"`
	Authors   []string  `json:"authors"`
	Published time.Time `json:"published,omitzero"`
	DateOnly  bool      `json:"published_date_only,omitempty"` // the page names the day, not the time
	Modified  time.Time `json:"modified,omitzero"`
	Image     string    `json:"lead_image"`
	Site      string    `json:"site_name"`
	Lang      string    `json:"lang"`
	Canonical string    `json:"canonical_url"`
	Tags      []string  `json:"tags"`
	Summary   string    `json:"summary"`
	Body      string    `json:"body"`
}

// Extract prints, as JSON, what paperboy reads from the article at target: a URL (fetched
// through the guarded client) or a saved file.
func Extract(ctx context.Context, target string, o ExtractOptions, stdout io.Writer) error {
	var body []byte
	var charset, pageURL, contentType string
	if strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
		c := fetch.New(fetch.Config{AllowPrivate: o.AllowPrivate})
		resp, err := c.Get(ctx, fetch.Request{URL: target, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
		var private *fetch.PrivateAddressError
		if errors.As(err, &private) {
			return fmt.Errorf("extract: %s resolves to the private address %s, which is refused; pass --allow-private to fetch it anyway", target, private.Addr)
		}
		if err != nil {
			return err
		}
		body, charset, pageURL, contentType = resp.Body, resp.Charset, resp.URL, resp.ContentType
	} else {
		raw, err := os.ReadFile(target)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		contentType = o.ContentType
		if contentType == "" && strings.EqualFold(filepath.Ext(target), ".txt") {
			contentType = mime.TypeByExtension(".txt")
		}
		body, charset = fetch.Decode(raw, contentType)
		pageURL = o.URL
		if pageURL == "" {
			abs, _ := filepath.Abs(target)
			pageURL = "file://" + filepath.ToSlash(abs)
		}
	}
	res, err := extract.Decoded(pageURL, body, contentType, extract.Options{Now: time.Now()})
	if err != nil {
		return err
	}
	out := extracted{
		URL: pageURL, Charset: charset, Title: res.Title, Authors: res.Authors, Published: res.Published, DateOnly: res.PublishedDateOnly, Modified: res.Modified,
		Image: res.ImageURL, Site: res.SiteName, Lang: res.Lang, Canonical: res.CanonicalURL, Tags: res.Tags, Body: res.Body,
	}
	out.Summary = summarize.Lead(res.Body, o.Summary)
	if out.Summary == "" {
		out.Summary = summarize.Lead(res.Description, o.Summary)
	}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
