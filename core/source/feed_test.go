package source

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/fetch"
	"paperboy/core/store"
	"paperboy/core/testcorpus"
)

// corpus is one folder (feeds or pages) of the shared test corpus.
func corpus(t *testing.T, kind string) string {
	t.Helper()
	return filepath.Join(testcorpus.Dir(t), kind)
}

type expectedFeed struct {
	ItemCount int    `json:"item_count"`
	FeedURL   string `json:"feed_url"`
	Encoding  struct {
		HTTPContentType string `json:"http_content_type"`
	} `json:"encoding"`
	FirstItem struct {
		Title     *string `json:"title"`
		Plain     string  `json:"title_plain_text"`
		Link      string  `json:"link"`
		Published string  `json:"published"`
		Author    string  `json:"author"`
		LeadImage string  `json:"lead_image"`
	} `json:"first_item"`
}

func TestParseFeedCorpus(t *testing.T) {
	dir := corpus(t, "feeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	for _, exp := range files {
		data := strings.TrimSuffix(exp, ".expected.json")
		if strings.Contains(data, "sitemap") {
			continue // news sitemaps are a different source type
		}
		t.Run(filepath.Base(data), func(t *testing.T) {
			var want expectedFeed
			raw, _ := os.ReadFile(exp)
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			body, err := os.ReadFile(data)
			if err != nil {
				t.Fatal(err)
			}
			utf8Body, _ := fetch.Decode(body, want.Encoding.HTTPContentType)
			base := want.FeedURL
			if base == "" {
				base = "https://example.com/feed"
			}
			res, err := ParseFeed(utf8Body, base, time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != want.ItemCount {
				t.Errorf("items = %d, want %d", len(res.Items), want.ItemCount)
			}
			if len(res.Items) == 0 {
				return
			}
			first := res.Items[0]
			// Titles are shown as plain text: markup stripped, entities decoded.
			if want.FirstItem.Title != nil && first.Title != *want.FirstItem.Title && first.Title != want.FirstItem.Plain {
				t.Errorf("title = %q, want %q", first.Title, *want.FirstItem.Title)
			}
			if want.FirstItem.Link != "" && first.URL != want.FirstItem.Link {
				t.Errorf("link = %q, want %q", first.URL, want.FirstItem.Link)
			}
			if want.FirstItem.Published != "" {
				wt, err := time.Parse(time.RFC3339, want.FirstItem.Published)
				if err == nil && !first.Published.Equal(wt) {
					t.Errorf("published = %v, want %v", first.Published, wt)
				}
			} else if !first.Published.IsZero() {
				t.Errorf("published = %v, want none", first.Published)
			}
			if want.FirstItem.LeadImage != "" && first.ImageURL != want.FirstItem.LeadImage {
				t.Errorf("image = %q, want %q", first.ImageURL, want.FirstItem.LeadImage)
			}
		})
	}
}

func TestParseFeedBadInput(t *testing.T) {
	cases := map[string]string{
		"empty":     "",
		"html page": "<!DOCTYPE html><html><body>Not a feed</body></html>",
		"truncated": `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</ti`,
		"garbage":   "\x00\x01\x02 not xml",
	}
	for name, body := range cases {
		if _, err := ParseFeed([]byte(body), "https://example.com/", time.UTC); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

func TestParseDateZones(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	cases := map[string]time.Time{
		"Tue, 27 Dec 2005 13:30:33+0900": time.Date(2005, 12, 27, 13, 30, 33, 0, kst),
		"2022-10-15 23:03":               time.Date(2022, 10, 15, 23, 3, 0, 0, kst),
		"Sat, 15 Oct 2022 23:03:00 KST":  time.Date(2022, 10, 15, 23, 3, 0, 0, kst),
		"2022-10-15T14:03:00Z":           time.Date(2022, 10, 15, 23, 3, 0, 0, kst),
		"20 Nov 2019 08:02 GMT":          time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC),
		"2022년 10월 15일 오후 11:03":         time.Date(2022, 10, 15, 23, 3, 0, 0, kst),
		"15. Oktober 2022, 16:03 Uhr":    time.Date(2022, 10, 15, 16, 3, 0, 0, kst),
	}
	for raw, want := range cases {
		got, ok := parseDate(raw, kst)
		if !ok || !got.Equal(want) {
			t.Errorf("%q: got %v %v, want %v", raw, got, ok, want)
		}
	}
}

func TestFeedPollConditional(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>T</title><ttl>30</ttl>
<item><title>Old</title><link>/a</link><pubDate>Mon, 02 Jan 2006 15:04:05 +0000</pubDate></item>
<item><title>New</title><link>/b</link><pubDate>Tue, 03 Jan 2006 15:04:05 +0000</pubDate></item>
<item><title>Newest</title><link>/c</link><pubDate>Wed, 04 Jan 2006 15:04:05 +0000</pubDate></item>
</channel></rss>`))
	}))
	defer srv.Close()
	f := NewFeed("t", srv.URL+"/feed", fetch.New(fetch.Config{AllowPrivate: true}), time.UTC, 2)
	res, err := f.Poll(context.Background(), store.SourceState{})
	if err != nil {
		t.Fatal(err)
	}
	if res.NotModified || res.ETag != `"v1"` || res.MinInterval != 30*time.Minute || res.Title != "T" {
		t.Fatalf("first poll: %+v", res)
	}
	if len(res.Items) != 2 || res.Items[0].Title != "New" || res.Items[1].URL != srv.URL+"/c" {
		t.Fatalf("max_items must keep the newest two in order: %+v", res.Items)
	}
	res, err = f.Poll(context.Background(), store.SourceState{ETag: res.ETag})
	if err != nil || !res.NotModified || res.ETag != `"v1"` {
		t.Fatalf("second poll: %+v %v", res, err)
	}
	if hits.Load() != 2 {
		t.Fatalf("hits = %d", hits.Load())
	}
}

func TestFeedPollErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/404":
			http.NotFound(w, r)
		case "/html":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<!doctype html><html><body>moved</body></html>"))
		}
	}))
	defer srv.Close()
	fc := fetch.New(fetch.Config{AllowPrivate: true})
	for _, p := range []string{"/404", "/html"} {
		_, err := NewFeed("bad", srv.URL+p, fc, time.UTC, 10).Poll(context.Background(), store.SourceState{})
		if err == nil || !strings.Contains(err.Error(), "source bad") {
			t.Errorf("%s: want an error naming the source, got %v", p, err)
		}
	}
}

func TestPlainText(t *testing.T) {
	cases := map[string]string{
		"<p>Item Title</p>":                       "Item Title",
		"A &mdash; B &laquo;C&raquo;":             "A — B «C»",
		"SAI 재판매 시장 진입<BR />":                     "SAI 재판매 시장 진입",
		"<b>x</b><script>alert(1)</script>y<br>z": "xy z",
		"  plain   words  ":                       "plain words",
		"<p>one</p><p>two</p>":                    "one two",
		"5 &lt; 6 &amp; 7 &gt; 3":                 "5 < 6 & 7 > 3",
	}
	for in, want := range cases {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}
