package main

import (
	"time"
)

// The platform model the fakes enforce and the ceilings are computed from. Telegram publishes
// its limits loosely ("about 1 message per second per chat, short bursts allowed; 20 per minute
// per group or channel; about 30 per second across the bot"); we read each as a sliding window
// ("no more than N in any W"), the strictest reading. Discord announces fixed-window buckets
// (5 message creates per 2 s per webhook or channel, starting at the first request) and a
// 50 requests/s global limit; discordtest implements those.
var (
	tgChatBurst = rule{max: 3, per: 3 * time.Second} // ~1/s per chat, bursts of up to 3
	tgGroupMin  = rule{max: 20, per: time.Minute}    // groups and channels
	tgBotSecond = rule{max: 30, per: time.Second}    // the whole bot
	dcBucket    = rule{max: 5, per: 2 * time.Second, fixed: true}
	dcGlobal    = rule{max: 50, per: time.Second, fixed: true}
)

// grace shortens every enforced sliding window by this share: loopback and goroutine
// scheduling move an arrival by a few milliseconds, which a real platform does not notice.
// Ceilings use the exact windows.
const grace = 0.03

// rule is "at most max sends per window". A fixed window starts at the first send after the
// previous window ended (Discord's buckets); otherwise the window slides.
type rule struct {
	max   int
	per   time.Duration
	fixed bool
}

// window tracks the sends one rule has seen for one scope (a chat, a bot, a bucket).
type window struct {
	rule  rule
	times []time.Duration // sliding: every send, in order
	start time.Duration   // fixed: when the current window began
	used  int             // fixed: sends in it
}

// earliest is the first instant at or after now when one more send is allowed.
func (w *window) earliest(now time.Duration) time.Duration {
	if w.rule.fixed {
		if w.used == 0 || w.used < w.rule.max || now >= w.start+w.rule.per {
			return now
		}
		return w.start + w.rule.per
	}
	if len(w.times) < w.rule.max {
		return now
	}
	return max(now, w.times[len(w.times)-w.rule.max]+w.rule.per)
}

func (w *window) record(at time.Duration) {
	if w.rule.fixed {
		if w.used == 0 || at >= w.start+w.rule.per {
			w.start, w.used = at, 0
		}
		w.used++
		return
	}
	w.times = append(w.times, at)
}

// dest is one destination in the schedule: how many posts it gets and the windows (its own and
// shared ones) every post to it counts against.
type dest struct {
	left    int
	windows []*window
}

// fastest computes the fastest legal schedule: it repeatedly sends the next post of the
// destination that may send earliest (ties: the one with most posts left), advancing a clock.
// It returns when the last post is sent. For the scenarios here it meets the obvious lower
// bound — the busiest shared window: a bot's 1,000 posts at 30 per second cannot finish before
// 33 s — so it is the optimum, not just a schedule.
func fastest(dests []*dest) time.Duration {
	var now, last time.Duration
	for {
		best, bestAt := -1, time.Duration(0)
		for i, d := range dests {
			if d.left == 0 {
				continue
			}
			at := now
			for _, w := range d.windows {
				at = max(at, w.earliest(now))
			}
			if best < 0 || at < bestAt || at == bestAt && d.left > dests[best].left {
				best, bestAt = i, at
			}
		}
		if best < 0 {
			return last
		}
		now, last = bestAt, bestAt
		d := dests[best]
		for _, w := range d.windows {
			w.record(now)
		}
		d.left--
	}
}

// telegramDests models n chats of one bot, each receiving per posts; groups adds the
// 20-per-minute rule of groups and channels.
func telegramDests(n, per int, groups bool) []*dest {
	bot := &window{rule: tgBotSecond}
	out := make([]*dest, n)
	for i := range out {
		ws := []*window{bot, {rule: tgChatBurst}}
		if groups {
			ws = append(ws, &window{rule: tgGroupMin})
		}
		out[i] = &dest{left: per, windows: ws}
	}
	return out
}

// discordDests models n webhooks, each receiving per posts, under the fake's shared global window.
func discordDests(n, per int) []*dest {
	global := &window{rule: dcGlobal}
	out := make([]*dest, n)
	for i := range out {
		out[i] = &dest{left: per, windows: []*window{global, {rule: dcBucket}}}
	}
	return out
}
