package deliver

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/bots/telegram/telegramtest"
)

// outage is a Telegram API that is down: every request answers 503 until up is set. The first
// request also hangs until hang is closed, so the test can show the other channels deliver while
// this one's worker is stuck inside Send.
type outage struct {
	next     http.Handler
	up       atomic.Bool
	hang     chan struct{}
	hung     chan struct{}
	refused  atomic.Int64
	hangOnce sync.Once
}

func (o *outage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if o.up.Load() {
		o.next.ServeHTTP(w, r)
		return
	}
	o.hangOnce.Do(func() {
		close(o.hung)
		<-o.hang
	})
	o.refused.Add(1)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = w.Write([]byte(`{"ok":false,"error_code":503,"description":"Service Unavailable"}`))
}

const (
	healthyToken = "111111:healthy-bot-token"
	downToken    = "222222:down-bot-token"
)

// deliverAll runs the healthy channel alone and returns each post's time from start to delivery.
func latencies(t *testing.T, ev *events, ch string, n int, started time.Time) []time.Duration {
	t.Helper()
	ev.await(t, ch, Delivered, n)
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var out []time.Duration
	for _, e := range ev.all {
		if e.Channel == ch && e.Outcome == Delivered {
			out = append(out, time.Since(started))
		}
	}
	return out
}

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

// TestOutageLeavesOtherChannelsAlone: one platform is down for the whole run. The healthy
// channel delivers everything while the broken channel's worker hangs inside a Send and then
// while its breaker is open; the broken platform is not hammered; when it returns, its backlog
// drains in published order.
func TestOutageLeavesOtherChannelsAlone(t *testing.T) {
	const n = 20
	// Baseline: the healthy channel alone, for the log.
	base := telegramtest.New(telegramtest.WithToken(healthyToken))
	defer base.Close()
	st0 := openStore(t)
	ev0 := newEvents()
	w0 := NewWorker(telegramChannel(t, "news", base.URL, healthyToken, "1001"), st0, settings("r1"), &Credentials{}, nil, quiet, ev0.observe)
	enqueue(t, st0, "news", n)
	t0 := time.Now()
	start(t, w0)
	baseline := latencies(t, ev0, "news", n, t0)

	healthy := telegramtest.New(telegramtest.WithToken(healthyToken))
	defer healthy.Close()
	fake := telegramtest.New(telegramtest.WithToken(downToken))
	defer fake.Close()
	down := &outage{next: fake.Handler(), hang: make(chan struct{}), hung: make(chan struct{})}
	downSrv := httptest.NewServer(down)
	defer downSrv.Close()

	st := openStore(t)
	ev := newEvents()
	creds := &Credentials{}
	set := settings("r1")
	set.BreakerTimeout = 500 * time.Millisecond
	wDown := NewWorker(telegramChannel(t, "down", downSrv.URL, downToken, "2002"), st, set, creds, nil, quiet, ev.observe)
	wOK := NewWorker(telegramChannel(t, "news", healthy.URL, healthyToken, "1001"), st, set, creds, nil, quiet, ev.observe)
	backlog := enqueue(t, st, "down", n)
	start(t, wDown)
	<-down.hung // the broken channel's worker is now stuck inside Send

	enqueue(t, st, "news", n)
	t1 := time.Now()
	start(t, wOK)
	during := latencies(t, ev, "news", n, t1)
	if got := len(healthy.Messages()); got != n {
		t.Fatalf("healthy channel got %d posts while the other hung, want %d", got, n)
	}
	close(down.hang)

	// The broken channel fails BreakerAfter times, then its breaker opens and holds further sends.
	ev.await(t, "down", Retrying, set.BreakerAfter)
	refusedAtOpen := down.refused.Load()
	if s := wDown.BreakerState(); s != "open" {
		t.Fatalf("breaker after %d failures: %s, want open", set.BreakerAfter, s)
	}
	if refusedAtOpen != int64(set.BreakerAfter) {
		t.Fatalf("platform saw %d requests before the breaker opened, want %d", refusedAtOpen, set.BreakerAfter)
	}
	t.Logf("healthy channel, %d posts: mean time to delivery %s alone, %s with the other platform down (logged, not asserted: a shared 2-core machine)",
		n, mean(baseline), mean(during))

	// The platform returns: the probe succeeds and the backlog drains in published order.
	down.up.Store(true)
	ev.await(t, "down", Delivered, n)
	var got []string
	for _, m := range fake.Messages() {
		got = append(got, firstLine(m.Text))
	}
	if !slices.Equal(got, backlog) {
		t.Fatalf("backlog drained as\n%q\nwant published order\n%q", got, backlog)
	}
	if s := wDown.BreakerState(); s != "closed" {
		t.Fatalf("breaker after recovery: %s, want closed", s)
	}
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}
