package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// BenchmarkPages renders every page with 10,000 articles queued across 50 channels in the store,
// 200 dead letters, and a full delivery log (10,000 records), and fails if a page's mean server
// time is above 100 ms. Run: go test ./core/dashboard -run '^$' -bench Pages -benchtime 20x
func BenchmarkPages(b *testing.B) {
	h := newHarness(b, false, 48)
	ctx := context.Background()
	chans := h.svc.ChannelNames()
	if len(chans) != 50 {
		b.Fatalf("%d channels", len(chans))
	}
	now := time.Now()
	var jobs []store.Job
	for i := range 10000 {
		a := &article.Article{ID: fmt.Sprintf("a%05d", i), URL: fmt.Sprintf("%s/n/%d", h.site.URL, i), Source: "fntimes",
			Title: fmt.Sprintf("카톡 먹통에 네이버 광고 %d", i), Summary: strings.Repeat("요약 ", 40)}
		ch := chans[i%len(chans)]
		j, err := outbox.NewJob(ch, a, outbox.Payload{Post: a.Post(), Source: "fntimes", Detected: now}, 0)
		if err != nil {
			b.Fatal(err)
		}
		jobs = append(jobs, j)
		h.dash.Log.Add(Record{At: now.Add(-time.Duration(i) * 8 * time.Second), Channel: ch, ArticleID: a.ID, Title: a.Title, URL: a.URL,
			Source: "fntimes", Outcome: OutcomeDelivered, RemoteID: fmt.Sprint(i)})
	}
	for i := 0; i < len(jobs); i += 1000 {
		if _, err := h.st.EnqueueMany(ctx, jobs[i:i+1000]); err != nil {
			b.Fatal(err)
		}
	}
	for _, ch := range chans[:4] {
		es, err := h.st.Read(ctx, ch, "bench", 50, 0)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range es {
			if err := h.st.Dead(ctx, e, "permanent: http 400: Bad Request: chat not found"); err != nil {
				b.Fatal(err)
			}
		}
	}
	id, _, err := h.dash.sessions.create(context.Background(), &user{name: "ops", role: RoleEditor})
	if err != nil {
		b.Fatal(err)
	}
	handler := h.srv.Config.Handler
	for _, path := range []string{"/", "/?fragment=1", "/articles", "/articles?channel=tg-07", "/dead", "/sources", "/push"} {
		b.Run(strings.NewReplacer("/", "_", "?", "_", "=", "_").Replace(path), func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				req := httptest.NewRequest("GET", path, nil)
				req.AddCookie(&http.Cookie{Name: sessionCookie, Value: id})
				rec := httptest.NewRecorder()
				handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", path, rec.Code)
				}
			}
			if mean := time.Since(start) / time.Duration(b.N); mean > 100*time.Millisecond {
				b.Errorf("%s: %v per request, budget 100ms", path, mean)
			}
		})
	}
}
