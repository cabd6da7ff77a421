package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// chaos sits in front of a platform fake. It answers some message posts with a platform-shaped
// 5xx before the fake sees them (so nothing was posted: a clean transient failure), and opens
// bursts of 429 windows with retry_after. A post that arrives while a window it announced is
// still open is a violation: the client ignored retry_after.
type chaos struct {
	name     string
	platform string // telegram | discord
	global   bool   // Discord bot: some windows are global (the whole token)
	next     http.Handler

	failRate  float64 // share of posts answered 5xx
	burstRate float64 // share of posts that start a burst of 429 windows

	mu         sync.Mutex
	rnd        *rand.Rand
	until      time.Time // end of the announced window
	burstLeft  int       // further windows this burst will open
	posts      int       // message posts received
	failed     int       // answered 5xx here
	limited    int       // answered 429 here (window openings)
	violations []time.Duration
}

func newChaos(name, platform string, global bool, next http.Handler, seed uint64) *chaos {
	return &chaos{
		name: name, platform: platform, global: global, next: next,
		failRate: 0.10, burstRate: 0.03, rnd: rand.New(rand.NewPCG(seed, 0x5eed)),
	}
}

// isPost reports whether r creates a message (the only requests chaos touches).
func (c *chaos) isPost(r *http.Request) bool {
	if c.platform == "telegram" {
		return strings.Contains(strings.ToLower(r.URL.Path), "/send")
	}
	return r.Method == http.MethodPost
}

func (c *chaos) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !c.isPost(r) {
		c.next.ServeHTTP(w, r)
		return
	}
	now := time.Now()
	c.mu.Lock()
	c.posts++
	if now.Before(c.until) {
		left := c.until.Sub(now)
		c.violations = append(c.violations, left)
		c.mu.Unlock()
		c.limit(w, left, false)
		return
	}
	x := c.rnd.Float64()
	switch {
	case c.burstLeft > 0 || x < c.burstRate:
		if c.burstLeft == 0 {
			c.burstLeft = c.rnd.IntN(3) // this window and up to two more right after it
		} else {
			c.burstLeft--
		}
		d := time.Duration(500+c.rnd.IntN(2500)) * time.Millisecond
		if c.platform == "telegram" {
			d = time.Duration(1+c.rnd.IntN(3)) * time.Second // the Bot API speaks whole seconds
		}
		global := c.global && c.rnd.IntN(3) == 0
		c.until = now.Add(d)
		c.limited++
		c.mu.Unlock()
		c.limit(w, d, global)
		return
	case x < c.burstRate+c.failRate:
		c.failed++
		status := []int{500, 502, 503}[c.rnd.IntN(3)]
		c.mu.Unlock()
		c.fail(w, status)
		return
	}
	c.mu.Unlock()
	c.next.ServeHTTP(w, r)
}

// limit answers 429 the way the platform does.
func (c *chaos) limit(w http.ResponseWriter, d time.Duration, global bool) {
	if c.platform == "telegram" {
		secs := int(math.Ceil(d.Seconds()))
		writeJSON(w, http.StatusTooManyRequests, map[string]any{
			"ok": false, "error_code": 429, "description": fmt.Sprintf("Too Many Requests: retry after %d", secs),
			"parameters": map[string]any{"retry_after": secs},
		})
		return
	}
	h := w.Header()
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(d.Seconds()))))
	scope := "user"
	if global {
		h.Set("X-RateLimit-Global", "true")
		scope = "global"
	}
	h.Set("X-RateLimit-Scope", scope)
	writeJSON(w, http.StatusTooManyRequests, map[string]any{
		"message": "You are being rate limited.", "retry_after": json.Number(strconv.FormatFloat(d.Seconds(), 'f', 3, 64)), "global": global,
	})
}

// fail answers a 5xx the way the platform (or the proxy in front of it) does.
func (c *chaos) fail(w http.ResponseWriter, status int) {
	if status == http.StatusBadGateway {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(status)
		_, _ = w.Write([]byte("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"))
		return
	}
	if c.platform == "telegram" {
		writeJSON(w, status, map[string]any{"ok": false, "error_code": status, "description": http.StatusText(status)})
		return
	}
	writeJSON(w, status, map[string]any{"message": fmt.Sprintf("%d: %s", status, http.StatusText(status)), "code": 0})
}

// stats returns the counters and violations so far.
func (c *chaos) stats() (posts, failed, limited int, violations []time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.posts, c.failed, c.limited, append([]time.Duration(nil), c.violations...)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
