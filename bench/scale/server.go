package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"paperboy/bench/measure"
)

// The feed server is a child process, so each replica's getrusage counts paperboy alone. It
// prints one JSON line with its listen addresses, serves until its stdin closes, then prints one
// JSON line with its counts and every poll's time per feed (the parent checks the timing).

type serverReady struct {
	Addrs []string `json:"addrs"` // one listener per synthetic host (127.0.1.N:port)
}

type serverReport struct {
	OK          int64     `json:"ok"`           // 200 answers: a changed feed, parsed by paperboy
	NotModified int64     `json:"not_modified"` // 304 answers
	Changes     int64     `json:"changes"`      // new items published
	CPUSeconds  float64   `json:"cpu_seconds"`  // the server's own CPU time
	Polls       [][]int64 `json:"polls"`        // per feed: unix milliseconds of every request
	// Detected is when each published item ("feed/k") was first served in a 200: the moment
	// paperboy could detect it, the start of its detect → post latency.
	Detected map[string]int64 `json:"detected"`
}

// feedItems is how many items each synthetic feed lists.
const feedItems = 5

// topic is the keyword item k of feed i carries in its title: one of 1,000 ("kw0417"), so a
// reader following one keyword matches about one item in a thousand.
func topic(feed, k int) string { return fmt.Sprintf("kw%04d", (feed*7+k*13)%1000) }

// itemKey names item k of feed i in Detected and in the chat benchmark's sends.
func itemKey(feed, k int) string { return fmt.Sprintf("%d/%d", feed, k) }

// itemURL is item k of feed i; the parent derives the same URLs to record them as seen.
func itemURL(host string, feed, k int) string {
	return fmt.Sprintf("http://%s/f/%d/n/%d", host, feed, k)
}

type feedServer struct {
	versions []atomic.Int64
	ok, nm   atomic.Int64
	changes  atomic.Int64

	mu       sync.Mutex
	polls    [][]int64
	detected map[string]int64
}

func (s *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/f/"), ".xml"))
	if err != nil || i < 0 || i >= len(s.versions) {
		http.NotFound(w, r)
		return
	}
	now := time.Now().UnixMilli()
	s.mu.Lock()
	s.polls[i] = append(s.polls[i], now)
	s.mu.Unlock()
	v := s.versions[i].Load()
	etag := fmt.Sprintf(`"%d-%d"`, i, v)
	if r.Header.Get("If-None-Match") == etag {
		s.nm.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.ok.Add(1)
	if v > 0 {
		// Items feedItems.. were published during the run (the first ones are seeded as seen).
		s.mu.Lock()
		for k := max(int(v), feedItems); k < int(v)+feedItems; k++ {
			if _, ok := s.detected[itemKey(i, k)]; !ok {
				s.detected[itemKey(i, k)] = now
			}
		}
		s.mu.Unlock()
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Synthetic %d</title><link>http://%s/</link>`, i, r.Host)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for k := int(v) + feedItems - 1; k >= int(v); k-- {
		fmt.Fprintf(&b, `<item><title>Feed %d story %d about %s</title><link>%s</link><pubDate>%s</pubDate><description>Synthetic story %d of feed %d, long enough to be a lead.</description></item>`,
			i, k, topic(i, k), itemURL(r.Host, i, k), base.Add(time.Duration(k)*time.Minute).Format(time.RFC1123Z), k, i)
	}
	b.WriteString(`</channel></rss>`)
	_, _ = io.WriteString(w, b.String())
}

// serve is the feed server child's main: feeds spread over hosts loopback addresses, and
// changesPerSec new items at random feeds.
func serve(feeds, hosts int, changesPerSec float64) error {
	s := &feedServer{versions: make([]atomic.Int64, feeds), polls: make([][]int64, feeds), detected: map[string]int64{}}
	var ready serverReady
	var lns []net.Listener
	for h := range hosts {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.%d.%d:0", 1+h/250, 1+h%250))
		if err != nil {
			return fmt.Errorf("listen: %w", err)
		}
		lns = append(lns, ln)
		ready.Addrs = append(ready.Addrs, ln.Addr().String())
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 2 * time.Minute}
	var wg sync.WaitGroup
	for _, ln := range lns {
		wg.Add(1)
		go func() { defer wg.Done(); _ = srv.Serve(ln) }()
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		acc := 0.0
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				for acc += changesPerSec / 10; acc >= 1; acc-- {
					s.versions[rand.IntN(feeds)].Add(1)
					s.changes.Add(1)
				}
			}
		}
	}()
	if err := json.NewEncoder(os.Stdout).Encode(ready); err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, bufio.NewReader(os.Stdin)) // until the parent closes stdin
	close(stop)
	_ = srv.Close()
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return json.NewEncoder(os.Stdout).Encode(serverReport{
		OK: s.ok.Load(), NotModified: s.nm.Load(), Changes: s.changes.Load(), CPUSeconds: measure.CPUSeconds(), Polls: s.polls,
		Detected: s.detected,
	})
}
