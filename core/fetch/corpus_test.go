package fetch

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"paperboy/core/testcorpus"
)

// corpusDir is the shared fixture corpus (see testcorpus.Dir).
func corpusDir(t testing.TB) string {
	return testcorpus.Dir(t)
}

type expected struct {
	Encoding struct {
		Actual          string `json:"actual"`
		HTTPContentType string `json:"http_content_type"`
	} `json:"encoding"`
	FirstItem *struct {
		Title          *string `json:"title"`
		TitlePlainText string  `json:"title_plain_text"`
	} `json:"first_item"`
	Title             string   `json:"title"`
	TitleAlternatives []string `json:"title_alternatives"`
	Body              struct {
		First200 string `json:"first_200"`
	} `json:"body"`
}

type fixture struct {
	name, path string
	want       expected
}

func loadCorpus(t testing.TB, kind string) []fixture {
	dir := filepath.Join(corpusDir(t), kind)
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	var out []fixture
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := fixture{path: strings.TrimSuffix(p, ".expected.json")}
		f.name = filepath.Base(f.path)
		if err := json.Unmarshal(raw, &f.want); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, f)
	}
	return out
}

// wantCharset turns the README's "actual" encoding ("ISO-8859-1 (no bytes …)") into the
// WHATWG name Decode reports for it.
func wantCharset(t *testing.T, actual string) string {
	label, _, _ := strings.Cut(actual, " ")
	_, name := lookup(label)
	if name == "" {
		t.Fatalf("unknown expected encoding %q", actual)
	}
	return name
}

// tags matches markup, for text checks across inline elements such as a drop capital.
var tags = regexp.MustCompile(`<[^>]*>`)

func normalize(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

func TestDecodeFeedCorpus(t *testing.T) {
	for _, f := range loadCorpus(t, "feeds") {
		t.Run(f.name, func(t *testing.T) {
			raw, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			out, cs := Decode(raw, f.want.Encoding.HTTPContentType)
			if want := wantCharset(t, f.want.Encoding.Actual); cs != want {
				t.Errorf("charset = %q, want %q", cs, want)
			}
			if !utf8.Valid(out) {
				t.Fatal("output is not valid UTF-8")
			}
			if f.want.FirstItem == nil || f.want.FirstItem.Title == nil {
				t.Fatal("fixture has no first item title to check")
			}
			title := *f.want.FirstItem.Title
			if strings.Contains(f.name, "sitemap") {
				if got := firstNewsTitle(t, out); got != title {
					t.Errorf("first news:title = %q, want %q", got, title)
				}
				return
			}
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("gofeed cannot parse the decoded bytes: %v", err)
			}
			if len(feed.Items) == 0 {
				t.Fatal("gofeed found no items")
			}
			got := strings.TrimSpace(feed.Items[0].Title)
			if got != title && got != f.want.FirstItem.TitlePlainText {
				t.Errorf("first item title = %q, want %q", got, title)
			}
		})
	}
}

// firstNewsTitle reads the first <news:title> of a Google News sitemap with encoding/xml,
// which (like gofeed) refuses non-UTF-8 input unless told otherwise.
func firstNewsTitle(t *testing.T, b []byte) string {
	var doc struct {
		URLs []struct {
			Title string `xml:"news>title"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("encoding/xml cannot parse the decoded bytes: %v", err)
	}
	if len(doc.URLs) == 0 {
		t.Fatal("sitemap has no <url>")
	}
	return strings.TrimSpace(doc.URLs[0].Title)
}

func TestDecodePageCorpus(t *testing.T) {
	for _, f := range loadCorpus(t, "pages") {
		t.Run(f.name, func(t *testing.T) {
			raw, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			out, cs := Decode(raw, f.want.Encoding.HTTPContentType)
			if want := wantCharset(t, f.want.Encoding.Actual); cs != want {
				t.Errorf("charset = %q, want %q", cs, want)
			}
			if !utf8.Valid(out) {
				t.Fatal("output is not valid UTF-8")
			}
			text := normalize(string(out))
			found := false
			for _, title := range append([]string{f.want.Title}, f.want.TitleAlternatives...) {
				if strings.Contains(text, normalize(title)) {
					found = true
				}
			}
			if !found {
				t.Errorf("title %q not found in decoded text", f.want.Title)
			}
			// The opening words of the article body prove the text, not just the
			// (sometimes ASCII) title, came out right.
			lead, _, _ := strings.Cut(f.want.Body.First200, "\n")
			lead = normalize(lead)
			if r := []rune(lead); len(r) > 24 {
				lead = string(r[:24])
			}
			stripped := normalize(tags.ReplaceAllString(string(out), ""))
			if lead == "" || !strings.Contains(text, lead) && !strings.Contains(stripped, lead) {
				t.Errorf("body lead %q not found in decoded text", lead)
			}
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	fixtures := loadCorpus(b, "pages")
	pages := make([][]byte, len(fixtures))
	var total int64
	for i, f := range fixtures {
		raw, err := os.ReadFile(f.path)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = raw
		total += int64(len(raw))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			Decode(p, "text/html")
		}
	}
}

// TestGetFeedCorpus serves every feed fixture gzip-compressed through the client, with the
// fixture's HTTP charset when it needs one and no Content-Type at all otherwise, and
// parses what Get returns: the whole chain from wire to gofeed.
func TestGetFeedCorpus(t *testing.T) {
	for _, f := range loadCorpus(t, "feeds") {
		if strings.Contains(f.name, "sitemap") || f.want.FirstItem == nil || f.want.FirstItem.Title == nil {
			continue // sitemaps are not gofeed's; TestDecodeFeedCorpus covers them
		}
		t.Run(f.name, func(t *testing.T) {
			raw, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header()["Content-Type"] = nil
				if ct := f.want.Encoding.HTTPContentType; ct != "" {
					w.Header().Set("Content-Type", ct)
				}
				w.Header().Set("Content-Encoding", "gzip")
				_, _ = w.Write(compress(t, "gzip", raw))
			}))
			defer srv.Close()
			resp, err := testClient(t, Config{}).Get(t.Context(), Request{URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
			if err != nil {
				t.Fatalf("gofeed cannot parse the body (charset %s): %v", resp.Charset, err)
			}
			title := *f.want.FirstItem.Title
			if len(feed.Items) == 0 {
				t.Fatal("no items")
			}
			if got := strings.TrimSpace(feed.Items[0].Title); got != title && got != f.want.FirstItem.TitlePlainText {
				t.Errorf("first item title = %q, want %q", got, title)
			}
		})
	}
}
