package source

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/store"
)

// A Korean "latest news" page shaped like the real ones: relative links, a teaser and a
// headline pointing at the same article, times as text with labels, an ad block.
const listingPage = `<!doctype html><html><head><title>경제신문 - 최신기사</title>
<meta property="og:site_name" content="경제신문"><meta charset="utf-8"></head><body>
<ul class="list">
 <li class="item"><a href="/news/articleView.html?idxno=101"><img src="/t.jpg"></a>
   <h4 class="titles"><a href="/news/articleView.html?idxno=101">카카오 먹통 <b>복구</b></a></h4>
   <span class="byline"><em>입력 2026.11.26 14:03</em></span></li>
 <li class="item"><h4 class="titles"><a href="../news/articleView.html?idxno=100">금리 동결</a></h4>
   <span class="byline"><time datetime="2026-11-26T09:00:00+09:00">오전 9:00</time></span></li>
 <li class="item"><h4 class="titles"><a href="https://other.example.com/x">외부 기사</a></h4>
   <span class="byline"><em>2026-11-25 오후 8:06</em></span></li>
 <li class="item"><h4 class="titles"><a href="javascript:void(0)">광고</a></h4></li>
</ul></body></html>`

func TestParseListing(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	title, items, err := ParseListing([]byte(listingPage), "https://www.example.co.kr/news/list.html",
		Selectors{Link: "li.item", Title: "h4.titles", Time: ".byline em, .byline time"}, kst)
	if err != nil {
		t.Fatal(err)
	}
	if title != "경제신문" {
		t.Errorf("title %q", title)
	}
	want := []struct {
		url, title string
		at         time.Time
	}{
		{"https://www.example.co.kr/news/articleView.html?idxno=101", "카카오 먹통 복구", time.Date(2026, 11, 26, 14, 3, 0, 0, kst)},
		{"https://www.example.co.kr/news/articleView.html?idxno=100", "금리 동결", time.Date(2026, 11, 26, 9, 0, 0, 0, kst)},
		{"https://other.example.com/x", "외부 기사", time.Date(2026, 11, 25, 20, 6, 0, 0, kst)},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items %+v", len(items), items)
	}
	for i, w := range want {
		if items[i].URL != w.url || items[i].Title != w.title || !items[i].Published.Equal(w.at) {
			t.Errorf("item %d: %+v, want %+v", i, items[i], w)
		}
	}

	// A selector matching the anchors directly: link text is the title; the image teaser and the
	// headline collapse into one item that takes the headline's text.
	_, items, _ = ParseListing([]byte(listingPage), "https://www.example.co.kr/news/list.html", Selectors{Link: "a[href*=articleView]"}, kst)
	if len(items) != 2 || items[0].Title != "카카오 먹통 복구" || items[1].Title != "금리 동결" {
		t.Errorf("anchor selector: %+v", items)
	}
}

func TestSelectorsCompile(t *testing.T) {
	for _, tc := range []struct {
		sel Selectors
		ok  bool
	}{
		{Selectors{Link: "li.item a"}, true},
		{Selectors{}, false},
		{Selectors{Link: "li[", Title: "h4"}, false},
		{Selectors{Link: "a", Time: "::"}, false},
	} {
		if err := tc.sel.Compile(); (err == nil) != tc.ok {
			t.Errorf("%+v: err %v", tc.sel, err)
		}
	}
}

func TestListingPollWarnsOnceWhenSelectorMatchesNothing(t *testing.T) {
	var redesigned atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if redesigned.Load() {
			_, _ = w.Write([]byte(`<html><body><div class="new-layout"><a href="/n/1">x</a></div></body></html>`))
			return
		}
		_, _ = w.Write([]byte(listingPage))
	}))
	defer srv.Close()
	log, logs := testLogger()
	l, err := NewListing("list", srv.URL+"/news/list.html", testFetcher(), Selectors{Link: "li.item", Title: "h4.titles"}, time.UTC, 2, log)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Poll(context.Background(), store.SourceState{})
	if err != nil || len(res.Items) != 2 || res.Title != "경제신문" {
		t.Fatalf("poll: %+v %v", res, err)
	}
	redesigned.Store(true)
	for range 3 {
		res, err = l.Poll(context.Background(), store.SourceState{})
		if err != nil || len(res.Items) != 0 {
			t.Fatalf("poll after redesign: %+v %v", res, err)
		}
	}
	if n := logs.count("selector matched no links"); n != 1 {
		t.Errorf("warned %d times, want once:\n%s", n, logs)
	}
	redesigned.Store(false)
	if res, _ = l.Poll(context.Background(), store.SourceState{}); len(res.Items) != 2 || logs.count("selector matches again") != 1 {
		t.Errorf("recovery not noticed: %d items\n%s", len(res.Items), logs)
	}
	if _, err := NewListing("bad", srv.URL, testFetcher(), Selectors{Link: "div["}, time.UTC, 0, log); err == nil {
		t.Error("an invalid selector must fail at construction")
	}
}

func TestKoreanStamp(t *testing.T) {
	for in, want := range map[string]string{
		"입력 2026.11.26 14:03":       "2026.11.26 14:03",
		"기사입력 : 2026-11-25 오후 8:06": "2026-11-25 20:06",
		"2026-11-25 오전 12:30":       "2026-11-25 00:30",
		"2026-11-25 오후 12:30":       "2026-11-25 12:30",
	} {
		if got := koreanStamp(in); got != want {
			t.Errorf("koreanStamp(%q) = %q, want %q", in, got, want)
		}
	}
}
