package discordtest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"time"
)

// bucket is one Discord rate-limit bucket: limit requests per window, plus the retry window
// the last 429 announced.
type bucket struct {
	limit        int
	window       time.Duration
	remaining    int
	resetAt      time.Time
	blockedUntil time.Time
}

// take consumes one request at now, reporting how long to wait when the bucket is empty.
func (b *bucket) take(now time.Time) (ok bool, wait time.Duration) {
	if !now.Before(b.resetAt) {
		b.remaining = b.limit
		b.resetAt = now.Add(b.window)
	}
	if b.remaining == 0 {
		return false, b.resetAt.Sub(now)
	}
	b.remaining--
	return true, 0
}

// limitKey is where a request's buckets live: route template, major parameter, and the
// credential whose global limit it counts against.
type limitKey struct {
	route, major, credential string
}

// rateLimit applies the global and route buckets to one message create; callers hold mu.
// It writes the X-RateLimit-* headers and, when the request must be refused, the 429 answer,
// and reports whether it refused.
func (f *Fake) rateLimit(w http.ResponseWriter, k limitKey, now time.Time) bool {
	bk := k.route + "|" + k.major
	b := f.buckets[bk]
	if b == nil {
		b = &bucket{limit: f.opts.BucketLimit, window: f.opts.BucketWindow}
		f.buckets[bk] = b
	}
	g := f.globals[k.credential]
	if g == nil {
		g = &bucket{limit: f.opts.GlobalLimit, window: time.Second}
		f.globals[k.credential] = g
	}
	// A client that comes back before an announced retry window ends is what gets IPs banned.
	if now.Before(g.blockedUntil) {
		f.violations = append(f.violations, Violation{Route: k.route, Major: k.major, Global: true, Early: g.blockedUntil.Sub(now), At: now})
		writeLimited(w, g.blockedUntil.Sub(now), true)
		return true
	}
	if now.Before(b.blockedUntil) {
		f.violations = append(f.violations, Violation{Route: k.route, Major: k.major, Early: b.blockedUntil.Sub(now), At: now})
		f.headers(w, k.route, b, now)
		writeLimited(w, b.blockedUntil.Sub(now), false)
		return true
	}
	if len(f.limitNext) > 0 {
		fl := f.limitNext[0]
		f.limitNext = f.limitNext[1:]
		if fl.global {
			g.blockedUntil = now.Add(fl.after)
		} else {
			b.blockedUntil = now.Add(fl.after)
			f.headers(w, k.route, b, now)
		}
		writeLimited(w, fl.after, fl.global)
		return true
	}
	if ok, wait := g.take(now); !ok {
		g.blockedUntil = now.Add(wait)
		writeLimited(w, wait, true)
		return true
	}
	ok, wait := b.take(now)
	f.headers(w, k.route, b, now)
	if !ok {
		b.blockedUntil = now.Add(wait)
		writeLimited(w, wait, false)
		return true
	}
	return false
}

// headers announces a bucket's state the way Discord does.
func (f *Fake) headers(w http.ResponseWriter, route string, b *bucket, now time.Time) {
	h := w.Header()
	sum := sha256.Sum256([]byte(route))
	h.Set("X-RateLimit-Bucket", hex.EncodeToString(sum[:8]))
	h.Set("X-RateLimit-Limit", strconv.Itoa(b.limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(b.remaining))
	reset := b.resetAt
	if b.blockedUntil.After(reset) {
		reset = b.blockedUntil
	}
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", seconds(max(reset.Sub(now), 0)))
}

// writeLimited answers 429 with Discord's body and headers.
func writeLimited(w http.ResponseWriter, after time.Duration, global bool) {
	h := w.Header()
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(after.Seconds()))))
	if global {
		h.Set("X-RateLimit-Global", "true")
		h.Set("X-RateLimit-Scope", "global")
	} else {
		h.Set("X-RateLimit-Scope", "user")
	}
	writeJSON(w, http.StatusTooManyRequests, map[string]any{
		"message":     "You are being rate limited.",
		"retry_after": json.Number(seconds(after)),
		"global":      global,
	})
}

// seconds renders d as Discord's float seconds, exactly ("1.234", "0.5", "2").
func seconds(d time.Duration) string {
	s := strconv.FormatInt(int64(d/time.Second), 10)
	if frac := int64(d % time.Second); frac != 0 {
		fs := strconv.FormatInt(frac+int64(time.Second), 10)[1:] // zero-padded to 9 digits
		for fs[len(fs)-1] == '0' {
			fs = fs[:len(fs)-1]
		}
		s += "." + fs
	}
	return s
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
