package source

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/fetch"
	"paperboy/core/store"
)

// logBuf collects log lines from concurrent handlers.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *logBuf) count(s string) int { return strings.Count(l.String(), s) }

func testLogger() (*slog.Logger, *logBuf) {
	b := &logBuf{}
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})), b
}

func testFetcher() *fetch.Client {
	return fetch.New(fetch.Config{AllowPrivate: true, Timeout: 5 * time.Second})
}

func TestParseSitemapCorpus(t *testing.T) {
	dir := corpus(t, "feeds")
	path := filepath.Join(dir, "en-shinpaideshou-news-sitemap.xml")
	body, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("fixture missing: %v", err)
	}
	var want struct {
		ItemCount int `json:"item_count"`
		FirstItem struct {
			Title, Link, Published string
			PublicationName        string `json:"publication_name"`
			Language               string
		} `json:"first_item"`
	}
	raw, err := os.ReadFile(path + ".expected.json")
	if err != nil {
		t.Skipf("expected values missing: %v", err)
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	doc, err := ParseSitemap(bytes.NewReader(body), "https://shinpaideshou.wordpress.com/sitemap.xml", time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Index || len(doc.Items) != want.ItemCount {
		t.Fatalf("index=%v items=%d, want %d", doc.Index, len(doc.Items), want.ItemCount)
	}
	first := doc.Items[0]
	if first.Title != want.FirstItem.Title || first.URL != want.FirstItem.Link || first.Lang != want.FirstItem.Language {
		t.Errorf("first item %+v, want %+v", first, want.FirstItem)
	}
	if got := first.Published.UTC().Format(time.RFC3339); got != want.FirstItem.Published {
		t.Errorf("published %s, want %s", got, want.FirstItem.Published)
	}
	if doc.Title != want.FirstItem.PublicationName {
		t.Errorf("publication %q, want %q", doc.Title, want.FirstItem.PublicationName)
	}
	if len(first.Tags) == 0 || first.Tags[0] != "political science" {
		t.Errorf("keywords → tags: %v", first.Tags)
	}
}

func TestParseSitemapShapes(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	tests := []struct {
		name, body string
		items      int
		children   int
		wantErr    string
		check      func(t *testing.T, d *SitemapDoc)
	}{
		{name: "plain with lastmod in the source zone", items: 2,
			body: `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a/1</loc><lastmod>2026-11-26 09:00</lastmod></url>` +
				`<url><loc>https://news.example.kr/a/2</loc><lastmod>2026-11-25</lastmod><image:image xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><image:loc>/i.jpg</image:loc></image:image></url></urlset>`,
			check: func(t *testing.T, d *SitemapDoc) {
				if d.Items[0].URL != "https://news.example.kr/a/1" || !d.Items[0].Published.Equal(time.Date(2026, 11, 26, 9, 0, 0, 0, kst)) {
					t.Errorf("relative loc or zoneless lastmod: %+v", d.Items[0])
				}
				if d.Items[1].ImageURL != "https://news.example.kr/i.jpg" {
					t.Errorf("image: %q", d.Items[1].ImageURL)
				}
			}},
		{name: "index", children: 2,
			body: `<?xml version="1.0" encoding="EUC-KR"?><sitemapindex><sitemap><loc>/s1.xml</loc><lastmod>2026-11-01</lastmod></sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>`},
		{name: "undated news entry has no date", items: 1,
			body: `<urlset><url><loc>/x</loc><news:news xmlns:news="n"><news:title>제목 &amp; 부제</news:title></news:news></url></urlset>`,
			check: func(t *testing.T, d *SitemapDoc) {
				if d.Items[0].Title != "제목 & 부제" || !d.Items[0].Published.IsZero() {
					t.Errorf("%+v", d.Items[0])
				}
			}},
		{name: "html page", body: `<!doctype html><html><body>oops</body></html>`, wantErr: "neither urlset nor sitemapindex"},
		{name: "broken before any entry", body: `<urlset><url><loc>/a</loc></ur`, wantErr: "malformed XML"},
		{name: "broken after an entry keeps it", body: `<urlset><url><loc>/a</loc></url><url><loc>/b</lo`, items: 1, wantErr: "malformed XML"},
		{name: "empty", body: ``, wantErr: "empty document"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseSitemap(strings.NewReader(tc.body), "https://news.example.kr/sitemap.xml", kst)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				if tc.items+tc.children > 0 {
					t.Fatal("no document")
				}
				return
			}
			if len(d.Items) != tc.items || len(d.Children) != tc.children {
				t.Fatalf("items %d children %d, want %d %d", len(d.Items), len(d.Children), tc.items, tc.children)
			}
			if tc.check != nil {
				tc.check(t, d)
			}
		})
	}
}

// sitemapSite serves documents by path and counts requests.
func sitemapSite(t *testing.T, docs map[string]string) (*httptest.Server, *sync.Map) {
	hits := &sync.Map{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := hits.LoadOrStore(r.URL.Path, new(atomic.Int64))
		n.(*atomic.Int64).Add(1)
		body, ok := docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/xml")
		_, _ = w.Write([]byte(strings.ReplaceAll(body, "BASE", "http://"+r.Host)))
	}))
	t.Cleanup(srv.Close)
	return srv, hits
}

func hitCount(hits *sync.Map, path string) int64 {
	if n, ok := hits.Load(path); ok {
		return n.(*atomic.Int64).Load()
	}
	return 0
}

func urlset(paths ...string) string {
	var b strings.Builder
	b.WriteString(`<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i, p := range paths {
		fmt.Fprintf(&b, `<url><loc>BASE%s</loc><news:news><news:publication><news:name>Daily</news:name><news:language>ko</news:language></news:publication><news:publication_date>2026-11-%02dT10:00:00+09:00</news:publication_date><news:title>T %s</news:title></news:news></url>`, p, 10+i, p)
	}
	return b.String() + `</urlset>`
}

func index(entries ...string) string {
	return `<sitemapindex>` + strings.Join(entries, "") + `</sitemapindex>`
}

func child(path, lastmod string) string {
	return fmt.Sprintf(`<sitemap><loc>BASE%s</loc><lastmod>%s</lastmod></sitemap>`, path, lastmod)
}

func TestSitemapPollConditionalAndIndex(t *testing.T) {
	docs := map[string]string{
		"/news.xml": urlset("/a/1", "/a/2"),
		"/index.xml": index(child("/old.xml", "2026-01-01"), child("/sub.xml", "2026-11-20"),
			child("/new.xml", "2026-11-26T08:00:00+09:00"), child("/missing.xml", "2025-01-01")),
		"/new.xml": urlset("/n/1"),
		"/old.xml": urlset("/o/1"),
		// depth 2: an index inside the index is followed; its own child index (depth 3) is not.
		"/sub.xml":    index(child("/leaf.xml", "2026-11-20"), child("/deeper.xml", "2026-11-21")),
		"/leaf.xml":   urlset("/l/1"),
		"/deeper.xml": index(child("/leaf2.xml", "2026-11-21")),
		"/leaf2.xml":  urlset("/too/deep"),
	}
	srv, hits := sitemapSite(t, docs)
	log, logs := testLogger()

	s := NewSitemap("news", srv.URL+"/news.xml", testFetcher(), time.UTC, 10, log)
	res, err := s.Poll(context.Background(), store.SourceState{})
	if err != nil || len(res.Items) != 2 || res.Title != "Daily" || res.ETag != `"v1"` {
		t.Fatalf("first poll: %+v %v", res, err)
	}
	res, err = s.Poll(context.Background(), store.SourceState{ETag: res.ETag})
	if err != nil || !res.NotModified || len(res.Items) != 0 {
		t.Fatalf("conditional poll: %+v %v", res, err)
	}

	idx := NewSitemap("idx", srv.URL+"/index.xml", testFetcher(), time.UTC, 50, log)
	idx.maxChildren = 3
	res, err = idx.Poll(context.Background(), store.SourceState{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range res.Items {
		got = append(got, strings.TrimPrefix(it.URL, srv.URL))
	}
	// Newest three children: new.xml, sub.xml (→ leaf.xml; deeper.xml is at depth 3), old.xml.
	want := map[string]bool{"/n/1": true, "/l/1": true, "/o/1": true}
	if len(got) != len(want) {
		t.Fatalf("items %v, want %v", got, want)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("unexpected item %s (all: %v)", g, got)
		}
	}
	if hitCount(hits, "/missing.xml") != 0 || hitCount(hits, "/leaf2.xml") != 0 {
		t.Error("followed more children than allowed")
	}
	for _, line := range []string{"index lists more children than one poll follows", "index nested deeper than the limit"} {
		if logs.count(line) != 1 {
			t.Errorf("want one log line %q, got:\n%s", line, logs)
		}
	}
}

// A sitemap bomb: an index listing more entries than the protocol allows, most of them
// pointing at itself or at one another. The poll stays bounded and says so.
func TestSitemapBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<sitemapindex>`)
	for i := range SitemapMaxEntries + 1000 {
		fmt.Fprintf(&b, `<sitemap><loc>BASE/bomb.xml?i=%d</loc><lastmod>2026-11-26T%02d:%02d:00Z</lastmod></sitemap>`, i, (i/60)%24, i%60)
	}
	b.WriteString(`</sitemapindex>`)
	srv, hits := sitemapSite(t, map[string]string{"/bomb.xml": b.String()})
	log, logs := testLogger()
	s := NewSitemap("bomb", srv.URL+"/bomb.xml", testFetcher(), time.UTC, 50, log)
	res, err := s.Poll(context.Background(), store.SourceState{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 0 {
		t.Errorf("a bomb yields no items, got %d", len(res.Items))
	}
	// Root + at most SitemapMaxChildren per level over SitemapMaxDepth levels.
	limit := int64(1 + SitemapMaxChildren + SitemapMaxChildren*SitemapMaxChildren)
	if n := hitCount(hits, "/bomb.xml"); n > limit {
		t.Errorf("fetched %d documents, bound is %d", n, limit)
	}
	if logs.count("document has more entries than read") == 0 || logs.count("index lists more children than one poll follows") == 0 {
		t.Errorf("missing bomb log lines:\n%.2000s", logs)
	}
}

func TestSitemapBadInput(t *testing.T) {
	var loop atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a":
			loop.Add(1)
			http.Redirect(w, r, "/b", http.StatusFound)
		case "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case "/broken":
			_, _ = w.Write([]byte(`<urlset><url><loc>`))
		case "/index":
			_, _ = w.Write([]byte(strings.ReplaceAll(index(child("/gone1", "2026-01-01"), child("/gone2", "2026-01-02")), "BASE", "http://"+r.Host)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	for _, tc := range []struct{ path, want string }{
		{"/a", "redirect"},
		{"/broken", "malformed XML"},
		{"/index", "every child failed"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			log, _ := testLogger()
			_, err := NewSitemap("bad", srv.URL+tc.path, testFetcher(), time.UTC, 10, log).Poll(context.Background(), store.SourceState{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "source bad") {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
	if n := loop.Load(); n > 3 {
		t.Errorf("redirect loop followed %d times", n)
	}
}
