package main

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// perFeed is how many articles one feed carries at most (the sources' max_items covers it).
const perFeed = 50

// feeds serves the articles as RSS feeds, article n in feed n % count. A share of the articles is
// there from the start; the rest appear one by one over reveal, as on a live site.
type feeds struct {
	n      int
	count  int
	start  time.Time
	reveal time.Duration
	pub0   time.Time // published time of article 0; article n is n seconds later
}

func newFeeds(n int, reveal time.Duration) *feeds {
	count := max(6, (n+perFeed-1)/perFeed)
	now := time.Now()
	return &feeds{n: n, count: count, start: now, reveal: reveal, pub0: now.Add(-time.Duration(n) * time.Second).Add(-time.Hour)}
}

// visibleAt is when article i appears in its feed.
func (f *feeds) visibleAt(i int) time.Time {
	early := f.n * 2 / 5
	if i < early {
		return f.start
	}
	return f.start.Add(f.reveal * time.Duration(i-early+1) / time.Duration(f.n-early))
}

// allVisible reports whether every article is in its feed by now.
func (f *feeds) allVisible(now time.Time) bool { return !now.Before(f.visibleAt(f.n - 1)) }

// title is article i's headline; marker finds it again in what the platforms received.
func title(i int) string { return fmt.Sprintf("Chaos story %04d", i) }

var marker = regexp.MustCompile(`Chaos story (\d{4})`)

// articleOf returns the article number a posted text mentions, or -1.
func articleOf(s string) int {
	m := marker.FindStringSubmatch(s)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func (f *feeds) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var k int
	if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.xml", &k); err != nil || k < 0 || k >= f.count {
		http.NotFound(w, r)
		return
	}
	base := "http://" + r.Host
	now := time.Now()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel>")
	fmt.Fprintf(&b, "<title>Chaos feed %d</title><link>%s/</link><description>chaos test feed</description>", k, base)
	for i := f.n - 1; i >= 0; i-- { // newest first, as feeds list them
		if i%f.count != k || now.Before(f.visibleAt(i)) {
			continue
		}
		link := fmt.Sprintf("%s/story/%04d", base, i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
			title(i), link, link, f.pub0.Add(time.Duration(i)*time.Second).Format(time.RFC1123Z),
			html.EscapeString(fmt.Sprintf("What happened in story %d, told in one sentence.", i)))
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}
