package subscribe

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// OPML is read and written with encoding/xml: the format is five elements and a handful of
// attributes, and the Go OPML packages that exist are unmaintained and model less than this
// (nested category outlines, unknown attributes kept out of the way).

// opmlDoc is an OPML 2.0 document.
type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

// opmlOutline is one outline: a feed when XMLURL is set, else a folder of outlines.
type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`     // rss for feeds; paperboy writes sitemap and listing for its other kinds
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`   // the feed (or sitemap, or listing page) URL
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`  // the site
	Selector string        `xml:"selector,attr,omitempty"` // paperboy: a listing's CSS selector
	Children []opmlOutline `xml:"outline"`
}

// Entry is one subscription in an OPML file.
type Entry struct {
	Name     string // the outline's text (or title)
	Type     string // feed | sitemap | listing
	URL      string
	Selector string // listing only
}

// maxOPML bounds an imported file: a chat upload or a CLI file is untrusted input.
const maxOPML = 4 << 20

// ReadOPML reads the feeds of an OPML file, folders flattened, in document order.
func ReadOPML(r io.Reader) ([]Entry, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(io.LimitReader(r, maxOPML))
	dec.Strict = false
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "us-ascii") {
			return in, nil
		}
		return nil, fmt.Errorf("opml: charset %q: save the file as UTF-8", label)
	}
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	var out []Entry
	var walk func([]opmlOutline, int)
	walk = func(os []opmlOutline, depth int) {
		for _, o := range os {
			if depth > 8 {
				return
			}
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				typ := "feed"
				if o.Type == "sitemap" || o.Type == "listing" {
					typ = o.Type
				}
				out = append(out, Entry{Name: strings.TrimSpace(firstNonEmpty(o.Text, o.Title)), Type: typ, URL: u, Selector: o.Selector})
			}
			walk(o.Children, depth+1)
		}
	}
	walk(doc.Body, 0)
	return out, nil
}

// WriteOPML writes entries as an OPML 2.0 document titled title.
func WriteOPML(w io.Writer, title string, entries []Entry) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	for _, e := range entries {
		typ := e.Type
		if typ == "feed" || typ == "" {
			typ = "rss"
		}
		doc.Body = append(doc.Body, opmlOutline{Text: e.Name, Title: e.Name, Type: typ, XMLURL: e.URL, Selector: e.Selector})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// Import adds every entry as a runtime source (by is who imports, for AddedBy). Entries whose
// URL is watched already, or that fail validation, are skipped with the reason; the rest are
// added even when some fail.
func (r *Registry) Import(ctx context.Context, entries []Entry, by string) (added []Source, skipped []string, err error) {
	for _, e := range entries {
		name := sanitizeName(e.Name)
		s, aerr := r.AddSource(ctx, Source{Name: name, Type: e.Type, URL: e.URL, Selector: e.Selector, AddedBy: by})
		if errors.Is(aerr, ErrExists) || errors.Is(aerr, ErrConfigOwned) {
			// Another source has the title as its name: let the URL name this one.
			s, aerr = r.AddSource(ctx, Source{Type: e.Type, URL: e.URL, Selector: e.Selector, AddedBy: by})
		}
		switch {
		case aerr == nil:
			added = append(added, s)
		case errors.Is(aerr, ErrLimit):
			return added, append(skipped, e.URL+": "+aerr.Error()), nil
		default:
			var dup *DuplicateURLError
			if errors.As(aerr, &dup) || ctx.Err() == nil {
				skipped = append(skipped, e.URL+": "+aerr.Error())
				continue
			}
			return added, skipped, aerr
		}
	}
	return added, skipped, nil
}

// sanitizeName turns an outline title into a source name ("" when nothing usable is left, so
// the URL names it).
func sanitizeName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(strings.TrimSpace(title)) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= '가' && r <= '힣'
		switch {
		case ok:
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	n := strings.TrimSuffix(b.String(), "-")
	if !namePattern.MatchString(n) {
		return ""
	}
	return n
}
