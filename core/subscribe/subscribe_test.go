package subscribe

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"paperboy/config"
	"paperboy/core/fetch"
	"paperboy/core/store/bolt"
)

const cfgYAML = `
sources:
  - { name: main, url: "https://example.com/rss" }
channels:
  - { name: tg, type: console }
  - { name: dc, type: console }
`

func newRegistry(t *testing.T, yaml string) *Registry {
	t.Helper()
	cfg, err := config.Parse("test.yaml", []byte(yaml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return New(st, cfg)
}

func TestRegistrySourcesAndRoutes(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, cfgYAML)
	s, err := r.AddSource(ctx, Source{URL: "https://news.example.org/feed.xml"})
	if err != nil || s.Name != "news-example-org" || s.Interval != 5*time.Minute || s.Type != "feed" {
		t.Fatalf("AddSource = %+v, %v", s, err)
	}
	var dup *DuplicateURLError
	if _, err := r.AddSource(ctx, Source{URL: "https://EXAMPLE.com/rss/"}); !errors.As(err, &dup) || dup.Name != "main" {
		t.Fatalf("same URL as a config source: %v", err)
	}
	if _, err := r.AddSource(ctx, Source{Name: "main", URL: "https://other.example/rss"}); !errors.Is(err, ErrConfigOwned) {
		t.Fatalf("config name: %v", err)
	}
	if _, err := r.AddSource(ctx, Source{URL: "https://a.example/rss", Interval: time.Second}); err == nil {
		t.Fatal("interval below the minimum accepted")
	}
	if _, err := r.AddSource(ctx, Source{URL: "file:///etc/passwd"}); err == nil {
		t.Fatal("non-http URL accepted")
	}
	if _, err := r.AddRoute(ctx, Route{Sources: []string{"news-example-org"}, Channels: []string{"nope"}}); err == nil {
		t.Fatal("route to an unknown channel accepted")
	}
	rt, err := r.AddRoute(ctx, Route{Sources: []string{"news-example-org"}, Channels: []string{"dc"}, Include: []string{"카카오"}})
	if err != nil {
		t.Fatal(err)
	}
	set, err := r.Effective(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Sources) != 2 || set.Origin["news-example-org"] != FromRuntime || set.Origin["main"] != FromConfig {
		t.Fatalf("Effective sources = %+v", set)
	}
	router, err := set.Router(r.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if d := router.Route("main", "x", ""); len(d.Channels) != 2 {
		t.Fatalf("config source lost its implicit route: %+v", d)
	}
	if d := router.Route("news-example-org", "카카오뱅크 실적", ""); len(d.Channels) != 2 {
		t.Fatalf("runtime source: %+v", d) // implicit all→all plus the runtime route
	}
	if err := r.RemoveSource(ctx, "main"); !errors.Is(err, ErrConfigOwned) {
		t.Fatalf("removing a config source: %v", err)
	}
	if err := r.RemoveSource(ctx, "news-example-org"); err != nil {
		t.Fatal(err)
	}
	if routes, _ := r.Routes(ctx); len(routes) != 0 {
		t.Fatalf("route %s outlived its only source: %+v", rt.Name, routes)
	}
}

func TestDisableOnce(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, cfgYAML)
	if _, err := r.AddSource(ctx, Source{Name: "x", URL: "https://x.example/rss"}); err != nil {
		t.Fatal(err)
	}
	if _, first, err := r.Disable(ctx, "x", "404"); err != nil || !first {
		t.Fatalf("Disable = %v, %v", first, err)
	}
	if _, first, _ := r.Disable(ctx, "x", "404"); first {
		t.Fatal("second Disable reported first")
	}
	set, _ := r.Effective(ctx)
	if len(set.Sources) != 1 || len(set.Disabled) != 1 {
		t.Fatalf("disabled source still runs: %+v", set)
	}
}

func TestDetect(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(`<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>x</body></html>`))
	})
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>one</title><link>https://e.example/1</link></item><item><title>two</title><link>https://e.example/2</link></item>
<item><title>three</title><link>https://e.example/3</link></item><item><title>four</title><link>https://e.example/4</link></item></channel></rss>`))
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		_, _ = w.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.example/a</loc></url></urlset>`))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()
	open := fetch.New(fetch.Config{AllowPrivate: true})
	f, err := Detect(ctx, open, srv.URL+"/page", "")
	if err != nil || f.Type != "feed" || f.URL != srv.URL+"/rss" || len(f.Preview) != PreviewItems || f.Title != "T" {
		t.Fatalf("page with a feed link: %+v, %v", f, err)
	}
	if f, err := Detect(ctx, open, srv.URL+"/sitemap.xml", ""); err != nil || f.Type != "sitemap" || len(f.Preview) != 1 {
		t.Fatalf("sitemap: %+v, %v", f, err)
	}
	// The guard of core/fetch applies: a loopback address is refused by a default client.
	if _, err := Detect(ctx, fetch.New(fetch.Config{}), srv.URL+"/rss", ""); err == nil {
		t.Fatal("runtime URL on loopback passed the SSRF guard")
	}
}

// TestOPMLRoundTrip: importing a file and exporting the runtime sources gives the same set.
func TestOPMLRoundTrip(t *testing.T) {
	ctx := context.Background()
	r := newRegistry(t, "channels:\n  - { name: tg, type: console }\n")
	in := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>my feeds</title></head><body>
  <outline text="Tech"><outline text="Hacker News" type="rss" xmlUrl="https://news.ycombinator.com/rss"/>
    <outline text="한국금융신문" type="rss" xmlUrl="https://www.fntimes.com/rss/all.xml"/></outline>
  <outline text="Sitemap" type="sitemap" xmlUrl="https://example.com/news-sitemap.xml"/>
  <outline text="List" type="listing" xmlUrl="https://example.org/news" selector="a.headline"/>
  <outline text="dup" type="rss" xmlUrl="https://NEWS.ycombinator.com/rss/"/>
</body></opml>`
	entries, err := ReadOPML(strings.NewReader(in))
	if err != nil || len(entries) != 5 {
		t.Fatalf("ReadOPML = %+v, %v", entries, err)
	}
	added, skipped, err := r.Import(ctx, entries, "test")
	if err != nil || len(added) != 4 || len(skipped) != 1 {
		t.Fatalf("Import: added %d, skipped %v, %v", len(added), skipped, err)
	}
	list, err := r.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteOPML(&out, "paperboy", Entries(list)); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOPML(&out)
	if err != nil {
		t.Fatal(err)
	}
	key := func(es []Entry) []string {
		var k []string
		for _, e := range es {
			k = append(k, e.Type+" "+e.URL+" "+e.Selector)
		}
		sort.Strings(k)
		return k
	}
	if got, want := key(back), key(entries[:4]); !slices.Equal(got, want) {
		t.Fatalf("round trip:\n got %q\nwant %q", got, want)
	}
	if added[1].Name != "한국금융신문" || added[0].Name != "hacker-news" {
		t.Fatalf("names from titles: %q, %q", added[0].Name, added[1].Name)
	}
}
