package pipeline

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// pushPage is an article page with a lead image at img (a path on the same site).
const pushPage = `<html lang="ko"><head><meta property="og:image" content="%s"></head><body><article><h1>%s</h1>` +
	`<p>15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 서비스 접속 장애를 일으키고 있다. 오후 3시 30분부터 발생한 먹통 사태가 현재 11시까지 약 8시간 동안 지속되고 있다.</p></article></body></html>`

// A push is the manual source: it takes the same enrich step as a polled article, so the
// LLM's summary replaces the lead and a lead image that is not there is dropped.
func TestPushTakesTheEnrichStep(t *testing.T) {
	st := testStore(t)
	const answer = "카카오 서비스가 8시간 멈췄다."
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"choices":[{"message":{"role":"assistant","content":"`+answer+`"}}]}`)
	}))
	defer api.Close()
	pages := map[string]string{"/img/ok.png": "!png", "/img/gone.jpg": "!404"}
	srv := site(t, pages)
	pages["/n/1"] = fmt.Sprintf(pushPage, srv.URL+"/img/ok.png", "사진 있는 기사")
	pages["/n/2"] = fmt.Sprintf(pushPage, srv.URL+"/img/gone.jpg", "사진 없는 기사")
	svc := newService(t, fmt.Sprintf(`fetch: { allow_private: true }
summarize: { llm: { enabled: true, base_url: %q, model: test-model, timeout: 5s } }
channels:
  - { name: a, type: console }
`, api.URL), st, &fakeChannel{name: "a"})
	a, err := svc.Preview(context.Background(), srv.URL+"/n/1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Summary != answer {
		t.Errorf("summary %q, want the LLM's %q", a.Summary, answer)
	}
	if a.ImageURL != srv.URL+"/img/ok.png" {
		t.Errorf("a real lead image was dropped: %q", a.ImageURL)
	}
	a, _, err = svc.Push(context.Background(), srv.URL+"/n/2", nil, "test")
	if err != nil {
		t.Fatal(err)
	}
	if a.ImageURL != "" {
		t.Errorf("a missing lead image was kept: %q", a.ImageURL)
	}
}

// A push that names no channels goes where the routes send the source "push", filters
// included; named channels are the editor's choice; with no route for push, every channel.
func TestPushFollowsRoutes(t *testing.T) {
	pages := map[string]string{"/img/ok.png": "!png"}
	srv := site(t, pages)
	pages["/n/1"] = fmt.Sprintf(pushPage, srv.URL+"/img/ok.png", "속보 기사")
	pages["/n/2"] = fmt.Sprintf(pushPage, srv.URL+"/img/ok.png", "광고 기사")
	chans := "fetch: { allow_private: true }\nsources:\n  - { name: feed, url: \"" + srv.URL + "/rss\" }\nchannels:\n  - { name: a, type: console }\n  - { name: b, type: console }\n  - { name: c, type: console }\n"
	queued := func(res []PushResult) []string {
		var out []string
		for _, r := range res {
			if r.Queued {
				out = append(out, r.Channel)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name, routes, path string
		to, want           []string
		err                string
	}{
		{name: "routes for push", routes: "routes:\n  - { sources: [push], channels: [a, b], exclude: [\"광고\"] }\n  - { sources: [feed], channels: [c] }\n", path: "/n/1", want: []string{"a", "b"}},
		{name: "filtered everywhere", routes: "routes:\n  - { sources: [push], channels: [a, b], exclude: [\"광고\"] }\n", path: "/n/2", err: "a (exclude: 광고), b (exclude: 광고)"},
		{name: "named channels", routes: "routes:\n  - { sources: [push], channels: [a], exclude: [\"광고\"] }\n", path: "/n/2", to: []string{"c"}, want: []string{"c"}},
		{name: "routes for all sources", routes: "routes:\n  - { channels: [b] }\n", path: "/n/1", want: []string{"b"}},
		{name: "no route takes push", routes: "routes:\n  - { sources: [feed], channels: [c] }\n", path: "/n/1", want: []string{"a", "b", "c"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := newService(t, chans+tc.routes, testStore(t), &fakeChannel{name: "a"}, &fakeChannel{name: "b"}, &fakeChannel{name: "c"})
			_, res, err := svc.Push(context.Background(), srv.URL+tc.path, tc.to, "test")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want one naming %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := queued(res); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("queued on %v, want %v", got, tc.want)
			}
		})
	}
}
