package pipeline

// Attacks on the service as a whole that it refuses (the per-boundary details are in each
// package's security_test.go; SECURITY.md lists them all):
//
//   - a feed document POSTed to the predictable /websub/<source> callback, unsigned, while no
//     subscription is active → 403, counted, nothing queued
//   - a feed item with megabyte-long fields → every field bounded before it is stored, queued,
//     logged or posted

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/redact"
)

// value reads a counter.
func value(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestSecurityForgedWebSubNotificationNeverQueued(t *testing.T) {
	st := testStore(t)
	feed := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Push</title>` +
		`<entry><id>urn:x</id><title>Forged story</title><link href="https://evil.example/scam"/><updated>2026-11-26T10:00:00Z</updated></entry></feed>`
	a := &fakeChannel{name: "a"}
	svc := newService(t, `
http: { listen: "127.0.0.1:0" }
sources:
  - { name: push, type: websub, url: "https://push.example.com/feed", backfill: all }
channels:
  - { name: a, type: console }
`, st, a)
	srv := httptest.NewServer(svc.NewMux())
	defer srv.Close()
	for _, sig := range []string{"", "sha256=" + strings.Repeat("ab", 32)} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/websub/push", strings.NewReader(feed))
		req.Header.Set("Content-Type", "application/atom+xml")
		if sig != "" {
			req.Header.Set("X-Hub-Signature", sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("signature %q: answered %d, want 403", sig, resp.StatusCode)
		}
	}
	if n, err := st.Pending(context.Background(), "a"); err != nil || n != 0 {
		t.Fatalf("forged notification queued %d deliveries (%v)", n, err)
	}
	got := value(t, svc.Metrics().WebSubRefused.WithLabelValues("push", "no_subscription"))
	if got != 2 {
		t.Errorf("paperboy_websub_refused_total{reason=no_subscription} = %v, want 2", got)
	}
	if got := value(t, svc.Metrics().WebSubRefused.WithLabelValues("push", "bad_signature")); got != 0 {
		t.Errorf("bad_signature = %v before any subscription", got)
	}
}

func TestSecurityOversizedFieldsBoundedAtIngest(t *testing.T) {
	st := testStore(t)
	mb := strings.Repeat("가나다라 ", 80_000) // a 1 MB field of Korean text
	var tags strings.Builder
	for i := range 500 {
		fmt.Fprintf(&tags, "<category>%d-%s</category>", i, strings.Repeat("x", 1000))
	}
	pages := map[string]string{}
	srv := site(t, pages)
	long := srv.URL + "/n/" + strings.Repeat("a", article.MaxURL)
	pages["/rss"] = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>` + mb + `</title>` +
		`<item><title>` + mb + `</title><link>` + srv.URL + `/n/1</link><description>` + mb + `</description>` +
		`<author>` + mb + `</author>` + tags.String() +
		`<media:content url="https://img.example.com/` + strings.Repeat("i", 3000) + `.jpg" medium="image"/>` +
		`<pubDate>Thu, 26 Nov 2026 10:00:00 +0900</pubDate></item>` +
		`<item><title>Too long a link</title><link>` + long + `</link></item>` +
		`</channel></rss>`
	cfg, err := config.Parse("t.yaml", []byte(`
fetch: { allow_private: true }
sources:
  - { name: s, url: "`+srv.URL+`/rss", backfill: all, summary: 100000, image_check: false }
channels:
  - { name: a, type: console }
`), os.LookupEnv)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	log := slog.New(redact.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}), nil))
	svc, err := New(Options{Config: cfg, Store: st, Channels: []channel.Channel{&fakeChannel{name: "a"}}, Logger: log, Replica: "t"})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := svc.PollSource(context.Background(), svc.sources[0])
	if err != nil || stats.Enqueued != 1 {
		t.Fatalf("poll: %+v %v", stats, err)
	}
	entries, err := st.Read(context.Background(), "a", "t", 10, 0)
	if err != nil || len(entries) != 1 {
		t.Fatalf("outbox: %d entries, %v", len(entries), err)
	}
	if n := len(entries[0].Payload); n > 32<<10 {
		t.Errorf("queued payload is %d bytes", n)
	}
	pl, err := outbox.Decode(entries[0])
	if err != nil {
		t.Fatal(err)
	}
	p := pl.Post
	for name, v := range map[string]struct {
		s   string
		max int
	}{"title": {p.Title, article.MaxTitle}, "summary": {p.Summary, article.MaxSummary}, "author": {p.Author, article.MaxAuthor}, "source": {p.Source, article.MaxSourceTitle}} {
		if n := utf8.RuneCountInString(v.s); n == 0 || n > v.max || !strings.HasSuffix(v.s, "…") {
			t.Errorf("%s: %d characters (limit %d), ends %q", name, n, v.max, v.s[max(0, len(v.s)-8):])
		}
	}
	if len(p.Tags) != article.MaxTags || utf8.RuneCountInString(p.Tags[0]) > article.MaxTag || p.ImageURL != "" {
		t.Errorf("%d tags (first %d characters), image %q", len(p.Tags), utf8.RuneCountInString(p.Tags[0]), p.ImageURL)
	}
	if got := value(t, svc.Metrics().ItemsSkipped.WithLabelValues("s", "link_too_long")); got != 1 {
		t.Errorf("items_skipped_total{reason=link_too_long} = %v", got)
	}
	if got := value(t, svc.Metrics().FieldsCut.WithLabelValues("s")); got != 1 {
		t.Errorf("article_fields_cut_total = %v", got)
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if len(line) > 8<<10 {
			t.Errorf("a %d-byte log line: %.200s…", len(line), line)
		}
	}
}
