package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/channel"
)

const twoChannels = `
fetch: { allow_private: true, timeout: 10s } # roomy: a loaded CI machine is slow, and no test here waits it out
deliver: { backoff_base: 10ms, backoff_max: 50ms, max_attempts: 3 }
sources:
%s
channels:
  - { name: a, type: console }
  - { name: b, type: console }
routes:
  - { channels: [a] }
  - { channels: [b], exclude: ["광고"] }
`

func TestRunOnceDedupRoutesAndOrder(t *testing.T) {
	st := testStore(t)
	var srv = site(t, nil)
	pages := map[string]string{}
	srv.Config.Handler = site(t, pages).Config.Handler
	base := srv.URL
	pages["/rss"] = rss(
		item("Second", base+"/n/2", "Thu, 26 Nov 2026 10:00:00 +0900"),
		item("First", base+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"),
		item("First again", base+"/n/1?utm_source=x#top", "Thu, 26 Nov 2026 09:00:00 +0900"),
		item("[광고] Third", base+"/n/3", "Thu, 26 Nov 2026 11:00:00 +0900"),
	)
	a, b := &fakeChannel{name: "a"}, &fakeChannel{name: "b"}
	svc := newService(t, fmt.Sprintf(twoChannels, "  - { name: s, url: \""+base+"/rss\", backfill: all }"), st, a, b)
	sum, err := svc.RunOnce(context.Background(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	// Four listings: three new articles and the utm-tagged repeat of the first (a duplicate);
	// five posts (the ad goes to a only).
	got := [...]int{sum.Articles, sum.New, sum.Duplicates, sum.Recorded, sum.Unrouted, sum.Delivered, sum.Failed, sum.SourcesFailed}
	if want := [...]int{4, 3, 1, 0, 0, 5, 0, 0}; got != want {
		t.Fatalf("summary %+v, want articles, new, duplicates, recorded, unrouted, delivered, failed, sources failed = %v", sum, want)
	}
	if got := a.titles(); !reflect.DeepEqual(got, []string{"First", "Second", "[광고] Third"}) {
		t.Errorf("channel a got %v (oldest first)", got)
	}
	if got := b.titles(); !reflect.DeepEqual(got, []string{"First", "Second"}) {
		t.Errorf("channel b got %v (the ad is excluded)", got)
	}
	// Same keys on every attempt and replica: derived from channel and article.
	if a.sent[0].Key == b.sent[0].Key || a.sent[0].Key == "" {
		t.Errorf("keys: %q %q", a.sent[0].Key, b.sent[0].Key)
	}
	sum, err = svc.RunOnce(context.Background(), time.Second)
	if err != nil || sum.Articles != 4 || sum.Delivered != 0 || sum.Duplicates != 4 || sum.New != 0 {
		t.Fatalf("second run %+v %v", sum, err)
	}
}

func TestBrokenSourcesBackOffOthersFlow(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{"/404": "!404", "/html": "<html><body>not a feed</body></html>", "/slow": "!slow"}
	srv := site(t, pages)
	pages["/good"] = rss(item("Good", srv.URL+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"))
	src := ""
	for _, p := range []string{"404", "html", "slow", "good"} {
		src += fmt.Sprintf("  - { name: %s, url: \"%s/%s\", backfill: all }\n", "s"+p, srv.URL, p)
	}
	a, b := &fakeChannel{name: "a"}, &fakeChannel{name: "b"}
	svc := newService(t, strings.Replace(fmt.Sprintf(twoChannels, src), "timeout: 10s", "timeout: 300ms", 1), st, a, b)
	sum, err := svc.RunOnce(context.Background(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if sum.SourcesFailed != 3 || sum.Delivered != 2 || !reflect.DeepEqual(sortedCopy(sum.FailedSources), []string{"s404", "shtml", "sslow"}) {
		t.Fatalf("summary %+v", sum)
	}
	for _, name := range []string{"s404", "shtml", "sslow"} {
		ss, err := st.SourceState(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		if ss.Failures != 1 || ss.LastError == "" || !ss.NextPoll.After(time.Now().Add(4*time.Minute)) {
			t.Errorf("%s: state %+v (want a failure recorded and a backed-off next poll)", name, ss)
		}
	}
}

func TestRetriesDeadLettersAndPause(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	pages["/rss"] = rss(
		item("Flaky", srv.URL+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"),
		item("Rejected", srv.URL+"/n/2", "Thu, 26 Nov 2026 10:00:00 +0900"),
	)
	a := &fakeChannel{name: "a", fail: func(d channel.Delivery, n int) error {
		switch {
		case d.Post.Title == "Flaky" && n <= 2:
			return &channel.Error{Reason: channel.Transient, Err: errors.New("http 502")}
		case d.Post.Title == "Rejected" && n == 1:
			return &channel.Error{Reason: channel.Permanent, Err: errors.New("http 400: chat not found")}
		}
		return nil
	}}
	b := &fakeChannel{name: "b", fail: func(channel.Delivery, int) error {
		return &channel.Error{Reason: channel.Unauthorized, Err: errors.New("http 401: Unauthorized")}
	}}
	svc := newService(t, fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all }"), st, a, b)
	ctx := context.Background()
	sum, err := svc.RunOnce(ctx, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	// a: Flaky delivered on its third attempt, Rejected dead-lettered; b: paused after one 401, both still queued.
	if sum.Delivered != 1 || sum.Failed != 3 || sum.Dead != 1 || sum.Left != 2 {
		t.Fatalf("summary %+v", sum)
	}
	if n := b.seen; len(n) != 1 {
		t.Errorf("a refused token must stop the channel after one request, saw %v", n)
	}
	if p, _ := st.Paused(ctx, "channel", "b"); !p {
		t.Error("channel b must be paused")
	}
	if n, _ := st.Pending(ctx, "b"); n != 2 {
		t.Errorf("b's deliveries must wait, pending = %d", n)
	}
	dl, err := st.DeadList(ctx, 10)
	if err != nil || len(dl) != 1 || !strings.Contains(dl[0].Reason, "chat not found") {
		t.Fatalf("dead letters: %+v %v", dl, err)
	}
	// An editor retries the dead letter and resumes b after fixing its token.
	if err := svc.RetryDead(ctx, dl[0].ID); err != nil {
		t.Fatal(err)
	}
	b.fail = nil
	if _, err := svc.SetPaused(ctx, "b", false); err != nil {
		t.Fatal(err)
	}
	delivered, failed := svc.Drain(ctx, 5*time.Second)
	if delivered != 3 || failed != 0 {
		t.Fatalf("after retry and resume: delivered %d failed %d", delivered, failed)
	}
	if got := a.titles(); !reflect.DeepEqual(got, []string{"Flaky", "Rejected"}) {
		t.Errorf("a: %v", got)
	}
	if st, _ := svc.Status(ctx); st.Dead != 0 || len(st.Channels) != 2 || st.Channels[1].Paused {
		t.Errorf("status %+v", st)
	}
	if r, _ := svc.Recent(ctx, 10); len(r) != 4 || r[0].RemoteID == "" {
		t.Errorf("recent %+v", r)
	}
}

func TestExtractionFillsTheFeedsGaps(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	pages["/rss"] = rss(`<item><title>카톡 먹통</title><link>` + srv.URL + `/n/1</link></item>`)
	pages["/n/1"] = `<html lang="ko"><head><meta property="og:image" content="/img/a.jpg"><meta property="og:site_name" content="한국금융신문"></head><body><article>
<h1>카톡 먹통</h1><div>기사입력 : 2022-10-15 23:03</div>
<p>[한국금융신문=정은경 기자] 15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 서비스 접속 장애를 일으키고 있다. 오후 3시 30분부터 발생한 먹통 사태가 현재 11시까지 약 8시간 동안 지속되고 있다.</p>
<p>서비스 장애가 지속되자 경쟁사인 네이버는 모바일 앱 홈페이지를 통해 자사 메신저 서비스 라인을 광고하고 있다.</p></article></body></html>`
	a := &fakeChannel{name: "a"}
	pages["/img/a.jpg"] = "!png"
	yml := strings.Replace(fmt.Sprintf(twoChannels, "  - { name: s, url: \""+srv.URL+"/rss\", backfill: all, extract: true, summary: 120 }"), "  - { name: b, type: console }\n", "", 1)
	yml = yml[:strings.Index(yml, "routes:")]
	svc := newService(t, yml, st, a)
	if _, err := svc.RunOnce(context.Background(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if len(a.sent) != 1 {
		t.Fatalf("sent %d", len(a.sent))
	}
	p := a.sent[0].Post
	if p.ImageURL != srv.URL+"/img/a.jpg" || p.Source != "Paper" && p.Source != "한국금융신문" {
		t.Errorf("image/source: %q %q", p.ImageURL, p.Source)
	}
	if !strings.HasPrefix(p.Summary, "15일 카카오톡") || len([]rune(p.Summary)) > 120 || !strings.HasSuffix(p.Summary, "다.") {
		t.Errorf("summary: %q", p.Summary)
	}
	if p.Author != "정은경" {
		t.Errorf("author: %q", p.Author)
	}
	if want := time.Date(2022, 10, 15, 14, 3, 0, 0, time.UTC); !p.Published.Equal(want) {
		t.Errorf("published: %v", p.Published)
	}
}

// A lead image that is not there is dropped before any channel relies on it; a real one stays.
func TestLeadImagesAreChecked(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{"/img/ok.png": "!png", "/img/gone.jpg": "!404"}
	srv := site(t, pages)
	pages["/rss"] = rss(
		`<item><title>With picture</title><link>`+srv.URL+`/n/1</link><enclosure url="`+srv.URL+`/img/ok.png" type="image/png" length="0"/></item>`,
		`<item><title>Broken picture</title><link>`+srv.URL+`/n/2</link><enclosure url="`+srv.URL+`/img/gone.jpg" type="image/jpeg" length="0"/></item>`,
	)
	a := &fakeChannel{name: "a"}
	svc := newService(t, "fetch: { allow_private: true }\nsources:\n  - { name: s, url: \""+srv.URL+"/rss\", backfill: all }\nchannels:\n  - { name: a, type: console }\n", st, a)
	if _, err := svc.RunOnce(context.Background(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	images := map[string]string{}
	for _, d := range a.sent {
		images[d.Post.Title] = d.Post.ImageURL
	}
	if images["With picture"] != srv.URL+"/img/ok.png" || images["Broken picture"] != "" {
		t.Fatalf("images after the check: %v", images)
	}
}

// With summarize.llm on, the model's summary replaces the lead; when the API fails the lead stays.
func TestLLMSummaryWithFallback(t *testing.T) {
	st := testStore(t)
	var calls atomic.Int32
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) > 1 {
			http.Error(w, `{"error":{"message":"overloaded"}}`, http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"choices":[{"message":{"role":"assistant","content":"카카오 서비스가 8시간 멈췄고 경쟁사들이 사용자 유치에 나섰다."}}]}`)
	}))
	defer api.Close()
	pages := map[string]string{}
	srv := site(t, pages)
	body := `<html lang="ko"><body><article><h1>%s</h1><p>15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 서비스 접속 장애를 일으키고 있다. 오후 3시 30분부터 발생한 먹통 사태가 현재 11시까지 약 8시간 동안 지속되고 있다.</p></article></body></html>`
	pages["/n/1"] = fmt.Sprintf(body, "첫 기사")
	pages["/n/2"] = fmt.Sprintf(body, "둘째 기사")
	pages["/rss"] = rss(item("첫 기사", srv.URL+"/n/1", "Thu, 26 Nov 2026 09:00:00 +0900"), item("둘째 기사", srv.URL+"/n/2", "Thu, 26 Nov 2026 10:00:00 +0900"))
	a := &fakeChannel{name: "a"}
	svc := newService(t, fmt.Sprintf(`fetch: { allow_private: true }
summarize: { llm: { enabled: true, base_url: %q, model: test-model, timeout: 5s } }
sources:
  - { name: s, url: "%s/rss", backfill: all, extract: true }
channels:
  - { name: a, type: console }
`, api.URL, srv.URL), st, a)
	if _, err := svc.RunOnce(context.Background(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range a.sent {
		got[d.Post.Title] = d.Post.Summary
	}
	llmSummary, lead := "카카오 서비스가 8시간 멈췄고 경쟁사들이 사용자 유치에 나섰다.", "15일 카카오톡"
	first, second := got["첫 기사"], got["둘째 기사"]
	// The pages are fetched concurrently: whichever was summarized first got the model's answer.
	if !((first == llmSummary && strings.HasPrefix(second, lead)) || (second == llmSummary && strings.HasPrefix(first, lead))) {
		t.Fatalf("summaries: %q / %q", first, second)
	}
}

// First sight with a backfill window: items older than the window and undated items are only
// recorded; a future date is taken as the moment the item was seen (so it is in the window).
func TestBackfillWindowAndOddDates(t *testing.T) {
	st := testStore(t)
	pages := map[string]string{}
	srv := site(t, pages)
	now := time.Now()
	pages["/rss"] = rss(
		item("Recent", srv.URL+"/n/1", now.Add(-time.Hour).Format(time.RFC1123Z)),
		item("Old", srv.URL+"/n/2", now.Add(-72*time.Hour).Format(time.RFC1123Z)),
		item("Future", srv.URL+"/n/3", now.Add(30*24*time.Hour).Format(time.RFC1123Z)),
		`<item><title>Undated</title><link>`+srv.URL+`/n/4</link></item>`,
	)
	a := &fakeChannel{name: "a"}
	svc := newService(t, "fetch: { allow_private: true }\nsources:\n  - { name: s, url: \""+srv.URL+"/rss\", backfill: 24h }\nchannels:\n  - { name: a, type: console }\n", st, a)
	if _, err := svc.RunOnce(context.Background(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	got := map[string]time.Time{}
	for _, d := range a.sent {
		got[d.Post.Title] = d.Post.Published
	}
	if len(got) != 2 || got["Recent"].IsZero() || got["Future"].After(time.Now()) {
		t.Fatalf("posted %v; want Recent and Future (dated now)", got)
	}
	// The recorded ones are known: a second poll posts nothing.
	if sum, _ := svc.RunOnce(context.Background(), time.Second); sum.Delivered != 0 {
		t.Fatalf("second run delivered %d", sum.Delivered)
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
