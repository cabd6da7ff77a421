package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

var channels = []string{"tg", "dc-bot", "dc-hook"}

// idempotent says which channels the platform de-duplicates (Discord bot messages by nonce).
var idempotent = map[string]bool{"dc-bot": true}

// received lists, per channel, the article number of every message the platform accepted, in
// arrival order.
func (s *setup) received() map[string][]int {
	out := map[string][]int{}
	for _, m := range s.tg.Messages() {
		out["tg"] = append(out["tg"], articleOf(m.Text))
	}
	for _, m := range s.dc.Messages() {
		ch := "dc-hook"
		if m.WebhookID == "" {
			ch = "dc-bot"
		}
		out[ch] = append(out[ch], articleOf(string(m.Body)))
	}
	return out
}

// complete reports whether every article reached every channel.
func (s *setup) complete(n int) bool {
	got := s.received()
	for _, ch := range channels {
		seen := map[int]bool{}
		for _, a := range got[ch] {
			if a >= 0 {
				seen[a] = true
			}
		}
		if len(seen) < n {
			return false
		}
	}
	return true
}

// settle waits until no delivery is queued or scheduled any more, so late in-doubt resends
// (duplicates) are counted too.
func (s *setup) settle(limit time.Duration) {
	c := goredis.NewClient(&goredis.Options{Addr: s.redis.addr()})
	defer c.Close()
	ctx := context.Background()
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		var n int64
		for _, ch := range channels {
			n += c.XLen(ctx, "paperboy:outbox:{"+ch+"}").Val() + c.ZCard(ctx, "paperboy:retry:{"+ch+"}").Val()
		}
		if n == 0 {
			return
		}
	}
}

// scrape reads the delivery series of each replica's /metrics.
func (s *setup) scrape() string {
	var b strings.Builder
	want := []string{"paperboy_retries_scheduled_total", "paperboy_rate_limited_total", "paperboy_breaker_state",
		"paperboy_queue_depth", "paperboy_dead_letters_total", "paperboy_in_doubt_total", "paperboy_deliver_leader"}
	for i, u := range s.metrics {
		resp, err := http.Get(u)
		if err != nil {
			fmt.Fprintf(&b, "  replica %d: %v\n", i, err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var lines []string
		for _, l := range strings.Split(string(body), "\n") {
			for _, w := range want {
				if strings.HasPrefix(l, w+"{") {
					lines = append(lines, l)
				}
			}
		}
		fmt.Fprintf(&b, "  replica %d: %s\n", i, strings.Join(lines, "; "))
	}
	return b.String()
}

// victim picks the replica to kill: at random, weighted towards the one delivering more
// channels (from its deliver_leader gauge), since killing an idle standby tests little.
func (s *setup) victim(rnd *rand.Rand) *replica {
	weights := make([]float64, len(s.replicas))
	total := 0.0
	client := http.Client{Timeout: time.Second}
	for i, u := range s.metrics {
		weights[i] = 0.5
		if resp, err := client.Get(u); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, l := range strings.Split(string(body), "\n") {
				if strings.HasPrefix(l, "paperboy_deliver_leader{") && strings.HasSuffix(l, " 1") {
					weights[i]++
				}
			}
		}
		total += weights[i]
	}
	x := rnd.Float64() * total
	for i, w := range weights {
		if x < w {
			return s.replicas[i]
		}
		x -= w
	}
	return s.replicas[len(s.replicas)-1]
}

// logCounts counts the replicas' log lines by channel and message.
func (s *setup) logCounts() map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, p := range s.replicas {
		f, err := os.Open(p.logPath)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var l struct {
				Msg     string `json:"msg"`
				Channel string `json:"channel"`
			}
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			if out[l.Channel] == nil {
				out[l.Channel] = map[string]int{}
			}
			out[l.Channel][l.Msg]++
		}
		f.Close()
	}
	return out
}

// row is one channel's outcome.
type row struct {
	channel                      string
	idempotent                   bool
	expected, delivered, lost    int
	duplicates, outOfOrder       int
	posts, failed5xx, limited429 int
	violations                   int
	inDoubt, retries, rateLimits int
}

type report struct {
	rows                    []row
	kills, graceful         int
	redisRestarted          bool
	elapsed                 time.Duration
	botResendsDeduplicated  int
	deadLetters, breakerOps int
}

func (s *setup) report(n, kills int, redisRestarted bool, graceful int, elapsed time.Duration) report {
	got := s.received()
	logs := s.logCounts()
	r := report{kills: kills, graceful: graceful, redisRestarted: redisRestarted, elapsed: elapsed}
	fakeV := map[string]int{"tg": len(s.tg.Violations())}
	for _, v := range s.dc.Violations() {
		if v.Major == s.botChan {
			fakeV["dc-bot"]++
		} else {
			fakeV["dc-hook"]++
		}
	}
	for _, ch := range channels {
		count := map[int]int{}
		last := map[int]int{} // feed → highest article number delivered so far
		rw := row{channel: ch, idempotent: idempotent[ch], expected: n}
		for _, a := range got[ch] {
			if a < 0 {
				continue
			}
			count[a]++
			if count[a] > 1 {
				continue
			}
			feed := a % s.feeds.count
			if prev, ok := last[feed]; ok && a < prev {
				rw.outOfOrder++
			} else {
				last[feed] = a
			}
		}
		for a := range n {
			if count[a] > 0 {
				rw.delivered++
				rw.duplicates += count[a] - 1
			}
		}
		rw.lost = n - rw.delivered
		var v []time.Duration
		rw.posts, rw.failed5xx, rw.limited429, v = s.chaos[ch].stats()
		rw.violations = len(v) + fakeV[ch]
		lc := logs[ch]
		rw.inDoubt = lc["resending in-doubt delivery"]
		rw.retries = lc["send failed: will retry"] + lc["rate limited by the platform"]
		rw.rateLimits = lc["rate limited by the platform"]
		r.deadLetters += lc["platform rejected the message: dead-lettered"] + lc["giving up after repeated failures: dead-lettered"]
		r.breakerOps += lc["circuit breaker changed state"]
		r.rows = append(r.rows, rw)
	}
	for _, q := range s.dc.Requests() {
		if q.Major == s.botChan && q.Status == http.StatusOK {
			r.botResendsDeduplicated++
		}
	}
	for _, rw := range r.rows {
		if rw.channel == "dc-bot" {
			r.botResendsDeduplicated -= rw.delivered + rw.duplicates
		}
	}
	return r
}

func verdict(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

func (r report) goals() [][2]string {
	lost, dupIdem, viol, dupOver := 0, 0, 0, 0
	for _, rw := range r.rows {
		lost += rw.lost
		viol += rw.violations
		if rw.idempotent {
			dupIdem += rw.duplicates
		} else if rw.duplicates > rw.inDoubt {
			dupOver += rw.duplicates - rw.inDoubt
		}
	}
	return [][2]string{
		{"0 lost", fmt.Sprint(verdict(lost == 0))},
		{"0 duplicates on idempotent channels", fmt.Sprint(verdict(dupIdem == 0))},
		{"0 requests inside a retry_after window", fmt.Sprint(verdict(viol == 0))},
		{"duplicates on non-idempotent ≤ kills inside a send", fmt.Sprint(verdict(dupOver == 0))},
	}
}

func (r report) ok() bool {
	for _, g := range r.goals() {
		if g[1] != "1" {
			return false
		}
	}
	return true
}

func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "\n%d SIGKILLs, Redis restarted: %v, %d/2 replicas stopped cleanly by SIGTERM, all delivered after %.0fs\n\n",
		r.kills, r.redisRestarted, r.graceful, r.elapsed.Seconds())
	fmt.Fprintln(w, "| channel | idempotent | expected | delivered | lost | duplicates | out of order | posts sent | 5xx injected | 429 windows | inside a window | kills inside a send (in-doubt resends) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|")
	sort.SliceStable(r.rows, func(i, j int) bool { return r.rows[i].idempotent && !r.rows[j].idempotent })
	for _, rw := range r.rows {
		fmt.Fprintf(w, "| %s | %v | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |\n", rw.channel, rw.idempotent, rw.expected,
			rw.delivered, rw.lost, rw.duplicates, rw.outOfOrder, rw.posts, rw.failed5xx, rw.limited429, rw.violations, rw.inDoubt)
	}
	fmt.Fprintf(w, "\nDiscord bot resends answered by the platform's nonce de-duplication: %d; dead letters: %d; breaker state changes: %d\n\n",
		r.botResendsDeduplicated, r.deadLetters, r.breakerOps)
	fmt.Fprintln(w, "| goal | met (1/0) |")
	fmt.Fprintln(w, "|---|---|")
	for _, g := range r.goals() {
		fmt.Fprintf(w, "| %s | %s |\n", g[0], g[1])
	}
}
