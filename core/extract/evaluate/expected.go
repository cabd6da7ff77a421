// Package evaluate scores article extractors against a directory of pages with expected
// values: title, authors, publication date, lead image, charset and body text. The same code
// backs the corpus tests, `go run ./core/extract/cmd/score DIR` and the comparison harness in
// bench/extractcmp, so every number in BENCHMARKS.md is computed one way.
//
// A directory holds NAME.html (or .htm, .txt, any extension) next to NAME.html.expected.json.
// Every key of the expected file is optional; a key that is absent is not scored, so sets that
// only know dates (or only body snippets) can be scored on what they know:
//
//	{
//	  "url": "https://example.com/a",         // the page's address (relative links, host hints)
//	  "title": "Headline",                     // exact after whitespace normalisation
//	  "title_alternatives": ["Other headline"], // any of these is accepted too
//	  "authors": ["Jane Roe"],                 // people, compared as a case-insensitive set
//	  "published": "2019-11-20T08:02:00Z",     // RFC 3339 instant, a bare date, or null (no date)
//	  "lead_image": "https://…/lead.jpg",      // null when the page has none
//	  "encoding": {"actual": "EUC-KR", "http_content_type": "text/html; charset=euc-kr"},
//	  "body": {
//	    "text": "full expected text",          // token F1
//	    "first_200": "opening of the body",    // contained after whitespace normalisation
//	    "with": ["snippet that must appear"],  // trafilatura-style snippets
//	    "without": ["snippet that must not"]
//	  }
//	}
package evaluate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expected is one page's expected values; nil pointers mark fields the set does not score.
type Expected struct {
	URL               string
	Title             *string
	TitleAlternatives []string
	Authors           *[]string
	HasPublished      bool    // the key is present; Published nil then means "no date on the page"
	Published         *string // RFC 3339, bare date, or a local time without offset
	HasLeadImage      bool
	LeadImage         *string
	EncodingActual    string // what the bytes really are; "" when the set does not say
	ContentType       string // HTTP Content-Type header the page must be read with
	BodyText          string
	BodyFirst200      string
	With, Without     []string
}

// Case is one page of a set.
type Case struct {
	Name string // file name without directory
	Path string
	Raw  []byte // the bytes as stored, not decoded
	Want Expected
}

// rawExpected mirrors the JSON; json.RawMessage keeps "absent" apart from "null".
type rawExpected struct {
	URL               string          `json:"url"`
	Title             *string         `json:"title"`
	TitleAlternatives []string        `json:"title_alternatives"`
	Authors           json.RawMessage `json:"authors"`
	Published         json.RawMessage `json:"published"`
	LeadImage         json.RawMessage `json:"lead_image"`
	Encoding          struct {
		Actual          string `json:"actual"`
		HTTPContentType string `json:"http_content_type"`
	} `json:"encoding"`
	Body struct {
		Text     *string  `json:"text"`
		First200 string   `json:"first_200"`
		With     []string `json:"with"`
		Without  []string `json:"without"`
	} `json:"body"`
}

// ParseExpected reads one expected-values document.
func ParseExpected(data []byte) (Expected, error) {
	var r rawExpected
	if err := json.Unmarshal(data, &r); err != nil {
		return Expected{}, fmt.Errorf("evaluate: expected json: %w", err)
	}
	e := Expected{
		URL: r.URL, Title: r.Title, TitleAlternatives: r.TitleAlternatives,
		EncodingActual: r.Encoding.Actual, ContentType: r.Encoding.HTTPContentType,
		BodyFirst200: r.Body.First200, With: r.Body.With, Without: r.Body.Without,
	}
	if r.Body.Text != nil {
		e.BodyText = *r.Body.Text
	}
	if len(r.Authors) > 0 && !bytes.Equal(r.Authors, []byte("null")) {
		var a []string
		if err := json.Unmarshal(r.Authors, &a); err != nil {
			return Expected{}, fmt.Errorf("evaluate: authors: %w", err)
		}
		e.Authors = &a
	}
	var err error
	if e.HasPublished, e.Published, err = optionalString(r.Published); err != nil {
		return Expected{}, fmt.Errorf("evaluate: published: %w", err)
	}
	if e.HasLeadImage, e.LeadImage, err = optionalString(r.LeadImage); err != nil {
		return Expected{}, fmt.Errorf("evaluate: lead_image: %w", err)
	}
	return e, nil
}

// optionalString tells an absent key (not scored) from null (expected empty) and a string.
func optionalString(raw json.RawMessage) (present bool, v *string, err error) {
	if len(raw) == 0 {
		return false, nil, nil
	}
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return true, nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return false, nil, err
	}
	return true, &s, nil
}

// Load reads every NAME.expected.json in dir with the page NAME beside it, sorted by name.
func Load(dir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	sort.Strings(paths)
	var out []Case
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		want, err := ParseExpected(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		page := strings.TrimSuffix(p, ".expected.json")
		raw, err := os.ReadFile(page)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		out = append(out, Case{Name: filepath.Base(page), Path: page, Raw: raw, Want: want})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("evaluate: no *.expected.json in %s", dir)
	}
	return out, nil
}
