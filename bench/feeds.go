package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// keepItems is how many newest items a synthetic feed lists.
const keepItems = 10

// feedServer serves n RSS feeds at /f/<i>.xml. Each starts with `initial` items; with a rate,
// new items appear at random feeds at that many per second (a Poisson stream), as on live
// sites. Feeds answer conditional GETs with 304 when unchanged.
type feedServer struct {
	start time.Time

	mu      sync.Mutex
	count   []int // items published so far, per feed
	ok, nm  atomic.Int64
	created []time.Time // when each extra item appeared, in order
}

func newFeedServer(n, initial int, rate float64, stop <-chan struct{}) *feedServer {
	f := &feedServer{start: time.Now(), count: make([]int, n)}
	for i := range f.count {
		f.count[i] = initial
	}
	if rate > 0 {
		go f.publish(rate, stop)
	}
	return f
}

func (f *feedServer) publish(rate float64, stop <-chan struct{}) {
	rnd := rand.New(rand.NewPCG(11, 17))
	for {
		wait := time.Duration(rnd.ExpFloat64() / rate * float64(time.Second))
		select {
		case <-stop:
			return
		case <-time.After(wait):
		}
		f.mu.Lock()
		f.count[rnd.IntN(len(f.count))]++
		f.created = append(f.created, time.Now())
		f.mu.Unlock()
	}
}

// published is how many items have appeared since the start (initial ones excluded).
func (f *feedServer) published() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.created)
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var i int
	if _, err := fmt.Sscanf(r.URL.Path, "/f/%d.xml", &i); err != nil || i < 0 || i >= len(f.count) {
		http.NotFound(w, r)
		return
	}
	f.mu.Lock()
	n := f.count[i]
	f.mu.Unlock()
	etag := fmt.Sprintf(`"%d-%d"`, i, n)
	if r.Header.Get("If-None-Match") == etag {
		f.nm.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.ok.Add(1)
	base := "http://" + r.Host
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel>`)
	fmt.Fprintf(&b, "<title>Bench feed %d</title><link>%s/</link><description>synthetic feed</description>", i, base)
	for k := n - 1; k >= max(0, n-keepItems); k-- {
		link := fmt.Sprintf("%s/a/%d/%d", base, i, k)
		pub := f.start.Add(-time.Hour).Add(time.Duration(k) * time.Second)
		fmt.Fprintf(&b, "<item><title>Bench story %d-%d: 시장 동향과 전망</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
			i, k, link, link, pub.Format(time.RFC1123Z), html.EscapeString(fmt.Sprintf(
				"<p>Feed %d published story %d. 한국은행은 오늘 기준금리를 동결했다. The decision was expected by most economists, who now look to the next meeting.</p>", i, k)))
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	w.Header().Set("ETag", etag)
	_, _ = w.Write([]byte(b.String()))
}
