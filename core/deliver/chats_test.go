package deliver

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
	"paperboy/core/metrics"
	"paperboy/core/store"
	"paperboy/core/store/redis/redistest"
)

// sent is one post a botChat sent.
type sent struct {
	ch      string
	title   string
	attempt int
	at      time.Time
}

// sendLog records the posts of several channels in the order the platform got them.
type sendLog struct {
	mu    sync.Mutex
	all   []sent
	c     chan struct{}
	onAdd func(s sent) // called after each send, outside the lock
}

func newSendLog() *sendLog { return &sendLog{c: make(chan struct{}, 1)} }

func (l *sendLog) add(s sent) {
	l.mu.Lock()
	l.all = append(l.all, s)
	l.mu.Unlock()
	if l.onAdd != nil {
		l.onAdd(s)
	}
	select {
	case l.c <- struct{}{}:
	default:
	}
}

func (l *sendLog) posts() []sent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]sent(nil), l.all...)
}

// await waits until n posts in all were sent.
func (l *sendLog) await(t *testing.T, n int) []sent {
	t.Helper()
	timeout := time.After(waitLimit)
	for {
		if ps := l.posts(); len(ps) >= n {
			return ps
		}
		select {
		case <-l.c:
		case <-timeout:
			t.Fatalf("%d of %d posts sent after %s", len(l.posts()), n, waitLimit)
		}
	}
}

// botChat is a destination of one bot: every botChat shares the credential "bot" at rate
// per second, burst 1, as a Telegram bot's channels and chats share its token.
type botChat struct {
	name string
	rate rate.Limit
	log  *sendLog
}

func (c botChat) Name() string           { return c.name }
func (c botChat) Limits() channel.Limits { return channel.Limits{TextMax: 1000} }
func (c botChat) CredentialKey() (string, rate.Limit, int) {
	return "bot", c.rate, 1
}
func (c botChat) Send(_ context.Context, d channel.Delivery) (channel.Receipt, error) {
	c.log.add(sent{ch: c.name, title: d.Post.Title, attempt: d.Attempt, at: time.Now()})
	return channel.Receipt{RemoteID: d.Key}, nil
}

// wokenSettings are settings("r1") with pushed wake-ups from st, so workers stop at once at
// the end of the test (no blocking read to wait out).
func wokenSettings(t *testing.T, st Signals) Settings {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	wk := NewWakeups()
	go wk.Run(ctx, st, nil)
	set := settings("r1")
	set.Wake = wk
	return set
}

// startOn runs a worker for ch on st until the test ends.
func startOn(t *testing.T, ch channel.Channel, st store.Store, set Settings, creds *Credentials) *Worker {
	t.Helper()
	w := NewWorker(ch, st, set, creds, nil, quiet, nil)
	start(t, w)
	return w
}

// TestChannelFirstOnSharedBot: a channel with a backlog and ten chats with backlogs share one
// bot at 10 posts/s. The chats are low-priority and start first; once the channel's worker
// runs, its posts take the bot's tokens one after the other and the chats wait (at most a
// couple of tokens go to a chat while the loaded machine holds the channel's worker off longer
// than a token's interval: those are spare). Once the channel is idle the chats get every post out.
func TestChannelFirstOnSharedBot(t *testing.T) {
	st := redistest.Store(t)
	log := newSendLog()
	creds := &Credentials{}
	woken := wokenSettings(t, st)
	const chats, perChat, news = 10, 3, 15
	for i := range chats {
		name := fmt.Sprintf("telegram:%d", i)
		enqueue(t, st, name, perChat)
		set := woken
		set.Low = true
		startOn(t, botChat{name: name, rate: 10, log: log}, st, set, creds)
	}
	enqueue(t, st, "news", news)
	time.Sleep(250 * time.Millisecond) // the chats take the idle bot's tokens meanwhile
	startOn(t, botChat{name: "news", rate: 10, log: log}, st, woken, creds)
	ps := log.await(t, chats*perChat+news)
	first, last := -1, -1
	for i, p := range ps {
		if p.ch == "news" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	between := 0
	for _, p := range ps[first:last] {
		if p.ch != "news" {
			between++
		}
	}
	if between > 2 {
		t.Fatalf("%d chat posts went out between the channel's first and last of %d: the channel's posts must go first (order: %v)", between, news, order(ps))
	}
	if first == 0 {
		t.Fatalf("no chat post went out before the channel's worker started: %v", order(ps))
	}
	for i := range chats {
		if n := count(ps, fmt.Sprintf("telegram:%d", i)); n != perChat {
			t.Fatalf("chat %d sent %d of %d posts", i, n, perChat)
		}
	}
}

// TestLowPriorityNotStarved: a channel keeps the bot busy for 3 s; a chat behind it still gets
// a post out every LowMaxWait (shortened to 300 ms), before the channel is done.
func TestLowPriorityNotStarved(t *testing.T) {
	st := redistest.Store(t)
	log := newSendLog()
	creds := &Credentials{}
	creds.Get("bot", 10, 1).prio.maxWait = 300 * time.Millisecond
	woken := wokenSettings(t, st)
	enqueue(t, st, "news", 30)
	startOn(t, botChat{name: "news", rate: 10, log: log}, st, woken, creds)
	log.await(t, 1) // the channel has the bot
	enqueue(t, st, "telegram:1", 3)
	set := woken
	set.Low = true
	startOn(t, botChat{name: "telegram:1", rate: 10, log: log}, st, set, creds)
	ps := log.await(t, 33)
	last := 0
	for i, p := range ps {
		if p.ch == "news" {
			last = i
		}
	}
	if n := count(ps[:last], "telegram:1"); n < 2 {
		t.Fatalf("the chat sent %d posts while the channel kept the bot busy for 3 s, want at least 2 (one per 300 ms wait): %v", n, order(ps))
	}
}

func count(ps []sent, ch string) int {
	n := 0
	for _, p := range ps {
		if p.ch == ch {
			n++
		}
	}
	return n
}

func order(ps []sent) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ch
	}
	return out
}

// holdStores are the two ways a worker waits: pushed wake-ups on Redis, and polling on bbolt.
func holdStores(t *testing.T) map[string]func(t *testing.T) (*counted, Settings) {
	return map[string]func(t *testing.T) (*counted, Settings){
		"wake-ups": func(t *testing.T) (*counted, Settings) {
			rs := redistest.Store(t)
			return &counted{Store: rs}, wokenSettings(t, rs)
		},
		"polling": func(t *testing.T) (*counted, Settings) {
			return &counted{Store: openStore(t)}, settings("r1")
		},
	}
}

// TestQuietHoursHold: while Hold says so the worker neither reads nor sends — no store call at
// all — and when the hold ends (a timer, no wake-up) the queued posts go out in order on their
// first attempt.
func TestQuietHoursHold(t *testing.T) {
	for name, open := range holdStores(t) {
		t.Run(name, func(t *testing.T) {
			st, set := open(t)
			until := time.Now().Add(800 * time.Millisecond)
			set.Hold = func(time.Time) time.Time { return until }
			titles := enqueue(t, st, "telegram:7", 3)
			log := newSendLog()
			startOn(t, botChat{name: "telegram:7", rate: rate.Inf, log: log}, st, set, nil)
			time.Sleep(time.Until(until) - 150*time.Millisecond)
			if ps := log.posts(); len(ps) > 0 {
				t.Fatalf("sent %d posts during quiet hours", len(ps))
			}
			if n := st.n.Load(); n > 0 {
				t.Fatalf("%d store calls during quiet hours, want none (the wait is in memory)", n)
			}
			ps := log.await(t, 3)
			for i, p := range ps {
				if p.title != titles[i] || p.attempt != 1 || p.at.Before(until) {
					t.Fatalf("post %d: %q attempt %d at %s; want %q, attempt 1, after %s", i, p.title, p.attempt,
						p.at.Format("15:04:05.000"), titles[i], until.Format("15:04:05.000"))
				}
			}
		})
	}
}

// TestQuietHoursMidBatch: quiet hours that begin after the first post of a batch hold the rest
// (read already, not yet sent) until they end; they then go out in order, on their first
// attempt, before posts queued later.
func TestQuietHoursMidBatch(t *testing.T) {
	for name, open := range holdStores(t) {
		t.Run(name, func(t *testing.T) {
			st, set := open(t)
			var until atomic.Pointer[time.Time]
			until.Store(&time.Time{})
			set.Hold = func(time.Time) time.Time { return *until.Load() }
			titles := enqueue(t, st, "telegram:8", 4)
			log := newSendLog()
			log.onAdd = func(sent) {
				if until.Load().IsZero() {
					u := time.Now().Add(600 * time.Millisecond)
					until.Store(&u)
				}
			}
			startOn(t, botChat{name: "telegram:8", rate: rate.Inf, log: log}, st, set, nil)
			log.await(t, 1)
			titles = append(titles, enqueueFrom(t, st, "telegram:8", 4, 2)...)
			time.Sleep(300 * time.Millisecond)
			if ps := log.posts(); len(ps) != 1 {
				t.Fatalf("%d posts sent; want only the one before quiet hours began", len(ps))
			}
			ps := log.await(t, 6)
			for i, p := range ps {
				if p.title != titles[i] || p.attempt != 1 {
					t.Fatalf("post %d: %q attempt %d; want %q attempt 1 (order %v)", i, p.title, p.attempt, titles[i], ps)
				}
				if i > 0 && p.at.Before(*until.Load()) {
					t.Fatalf("post %d went out at %s, inside quiet hours (until %s)", i, p.at.Format("15:04:05.000"), until.Load().Format("15:04:05.000"))
				}
			}
		})
	}
}

// TestQuietHoursShutdown: a worker holding for an hour stops at once when asked to.
func TestQuietHoursShutdown(t *testing.T) {
	for name, open := range holdStores(t) {
		t.Run(name, func(t *testing.T) {
			st, set := open(t)
			set.Hold = func(now time.Time) time.Time { return now.Add(time.Hour) }
			enqueue(t, st, "telegram:9", 1)
			w := NewWorker(botChat{name: "telegram:9", rate: rate.Inf, log: newSendLog()}, st, set, nil, nil, quiet, nil)
			if got := time.Until(w.HeldUntil()); got < 59*time.Minute {
				t.Fatalf("HeldUntil is %s away, want the end of quiet hours (an hour)", got)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() {
				defer close(done)
				w.Run(ctx, ctx)
			}()
			time.Sleep(200 * time.Millisecond)
			cancel()
			select {
			case <-done:
			case <-time.After(2 * time.Second):
				t.Fatal("the worker did not stop within 2 s of shutdown during quiet hours")
			}
			if n, err := st.Pending(context.Background(), "telegram:9"); err != nil || n != 1 {
				t.Fatalf("pending after shutdown = %d, %v; want the post still queued", n, err)
			}
		})
	}
}

// TestChatMetricsShareOneLabel: a chat's worker counts its posts under "telegram:_all" and
// creates no series named after the chat, and no gauges: 20,000 chats must not mean 20,000
// sets of series.
func TestChatMetricsShareOneLabel(t *testing.T) {
	st := openStore(t)
	m := metrics.New()
	log := newSendLog()
	enqueue(t, st, "telegram:5", 2)
	ev := newEvents()
	w := NewWorker(botChat{name: "telegram:5", rate: rate.Inf, log: log}, st, settings("r1"), &Credentials{}, m, quiet, ev.observe)
	start(t, w)
	ev.await(t, "telegram:5", Delivered, 2)
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	delivered := 0.0
	for _, f := range fams {
		for _, mt := range f.GetMetric() {
			for _, l := range mt.GetLabel() {
				if l.GetName() != "channel" {
					continue
				}
				if l.GetValue() != "telegram:_all" {
					t.Errorf("%s has a series for channel %q", f.GetName(), l.GetValue())
				}
				if f.GetType().String() == "GAUGE" {
					t.Errorf("%s: a chat keeps no gauges", f.GetName())
				}
				if f.GetName() == "paperboy_posts_delivered_total" {
					delivered += mt.GetCounter().GetValue()
				}
			}
		}
	}
	if delivered != 2 {
		t.Fatalf("posts_delivered_total{channel=telegram:_all} = %v, want 2", delivered)
	}
}
