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
	"paperboy/bench/measure"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The feed server runs as a child process so that the parent's getrusage counts paperboy
// alone. It prints one JSON line with its listen addresses, serves until its stdin closes,
// then prints one JSON line of counts.

type serverReady struct {
	Addrs []string `json:"addrs"` // one listener per synthetic host (127.0.1.N:port)
}

type serverCounts struct {
	OK          int64   `json:"ok"`           // 200 answers (a changed feed: parsed by paperboy)
	NotModified int64   `json:"not_modified"` // 304 answers
	Changes     int64   `json:"changes"`      // feeds that published a new item
	CPUSeconds  float64 `json:"cpu_seconds"`  // the server's own CPU time
}

// feedItems is how many items each synthetic feed lists.
const feedItems = 20

// feedItemURL is item k of feed i; the parent derives the same URLs to pre-record them as seen.
func feedItemURL(host string, feed, k int) string {
	return fmt.Sprintf("http://%s/f/%d/n/%d", host, feed, k)
}

type feedServer struct {
	versions []atomic.Int64
	ok, nm   atomic.Int64
	changes  atomic.Int64
}

func (s *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Path: /f/<i>.xml
	i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/f/"), ".xml"))
	if err != nil || i < 0 || i >= len(s.versions) {
		http.NotFound(w, r)
		return
	}
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
			i, k, feedItemURL(r.Host, i, k), base.Add(time.Duration(k)*time.Minute).Format(time.RFC1123Z), k, i)
	}
	b.WriteString(`</channel></rss>`)
	_, _ = io.WriteString(w, b.String())
}

// serve is the child process's main.
func serve(feeds, hosts int, changesPerSec float64) error {
	s := &feedServer{versions: make([]atomic.Int64, feeds)}
	var ready serverReady
	var lns []net.Listener
	for h := 1; h <= hosts; h++ {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.1.%d:0", h))
		if err != nil {
			return fmt.Errorf("bench: listen: %w", err)
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
	go func() { // publishers: a few feeds change every second
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
	return json.NewEncoder(os.Stdout).Encode(serverCounts{
		OK: s.ok.Load(), NotModified: s.nm.Load(), Changes: s.changes.Load(), CPUSeconds: measure.CPUSeconds(),
	})
}
