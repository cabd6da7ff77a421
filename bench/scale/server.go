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
}

// feedItems is how many items each synthetic feed lists.
const feedItems = 5

// itemURL is item k of feed i; the parent derives the same URLs to record them as seen.
func itemURL(host string, feed, k int) string {
	return fmt.Sprintf("http://%s/f/%d/n/%d", host, feed, k)
}

type feedServer struct {
	versions []atomic.Int64
	ok, nm   atomic.Int64
	changes  atomic.Int64

	mu    sync.Mutex
	polls [][]int64
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
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Synthetic %d</title><link>http://%s/</link>`, i, r.Host)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for k := int(v) + feedItems - 1; k >= int(v); k-- {
		fmt.Fprintf(&b, `<item><title>Feed %d story %d</title><link>%s</link><pubDate>%s</pubDate><description>Synthetic story %d of feed %d, long enough to be a lead.</description></item>`,
			i, k, itemURL(r.Host, i, k), base.Add(time.Duration(k)*time.Minute).Format(time.RFC1123Z), k, i)
	}
	b.WriteString(`</channel></rss>`)
	_, _ = io.WriteString(w, b.String())
}

// serve is the feed server child's main: feeds spread over hosts loopback addresses, and
// changesPerSec new items at random feeds.
func serve(feeds, hosts int, changesPerSec float64) error {
	s := &feedServer{versions: make([]atomic.Int64, feeds), polls: make([][]int64, feeds)}
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
	})
}
