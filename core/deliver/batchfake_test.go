package deliver

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/store"
)

// mail is one SendBatch call as the fake platform saw it.
type mail struct {
	keys   []string
	titles []string
	at     time.Time
	states []store.ClaimState // each delivery's claim at the moment of the call
}

// batchChannel is a platform that takes digests: it records every call, answers scripted
// failures in turn, and can hang a call until released (a worker that dies mid-send).
type batchChannel struct {
	name     string
	max      int
	period   time.Duration
	st       store.Store // read during a call, to see every claim already says sending
	idem     bool
	hang     chan struct{} // when set, every call waits for it (or its context)
	called   chan struct{} // told about every call
	mu       sync.Mutex
	failures []error // answers for the next calls, in order; nil accepts
	calls    []mail
	mails    []mail   // accepted digests
	singles  []string // keys sent one at a time through Send
}

func newBatchChannel(st store.Store, max int, period time.Duration) *batchChannel {
	return &batchChannel{name: "digest", max: max, period: period, st: st, called: make(chan struct{}, 100)}
}

func (b *batchChannel) Name() string { return b.name }
func (b *batchChannel) Limits() channel.Limits {
	return channel.Limits{TextMax: 1000, Rate: rate.Inf, Burst: 1, Idempotent: b.idem}
}
func (b *batchChannel) Digest() (int, time.Duration) { return b.max, b.period }

func (b *batchChannel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.singles = append(b.singles, d.Key)
	return channel.Receipt{RemoteID: "single-" + d.Key}, nil
}

func (b *batchChannel) SendBatch(ctx context.Context, ds []channel.Delivery) (channel.Receipt, error) {
	m := mail{at: time.Now()}
	for _, d := range ds {
		m.keys = append(m.keys, d.Key)
		m.titles = append(m.titles, d.Post.Title)
		c, _ := b.st.Claim(ctx, b.name, articleOf(d))
		m.states = append(m.states, c.State)
	}
	b.mu.Lock()
	b.calls = append(b.calls, m)
	var err error
	if len(b.failures) > 0 {
		err, b.failures = b.failures[0], b.failures[1:]
	}
	b.mu.Unlock()
	b.called <- struct{}{}
	if b.hang != nil {
		select {
		case <-b.hang:
		case <-ctx.Done():
			return channel.Receipt{}, ctx.Err()
		}
	}
	if err != nil {
		return channel.Receipt{}, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.mails = append(b.mails, m)
	return channel.Receipt{RemoteID: fmt.Sprintf("mail-%d", len(b.mails)), SentAt: time.Now()}, nil
}

// articleOf is the article id of a delivery: the test stories' URLs are canonical already.
func articleOf(d channel.Delivery) string { return article.ID(d.Post.URL) }

func (b *batchChannel) snapshot() (calls, mails []mail, singles []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]mail(nil), b.calls...), append([]mail(nil), b.mails...), append([]string(nil), b.singles...)
}

// sizes lists the number of deliveries in each mail.
func sizes(ms []mail) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = len(m.keys)
	}
	return out
}

// clock is a worker clock the test moves forward (the period runs on it), on top of real time
// because the store stamps entries with real time.
type clock struct{ ahead atomic.Int64 }

func (c *clock) now() time.Time          { return time.Now().Add(time.Duration(c.ahead.Load())) }
func (c *clock) advance(d time.Duration) { c.ahead.Add(int64(d)) }

// digestWorker builds a worker for b on st with an adjustable clock.
func digestWorker(t *testing.T, b *batchChannel, st store.Store, set Settings, ev *events) (*Worker, *clock) {
	t.Helper()
	var obs Observer
	if ev != nil {
		obs = ev.observe
	}
	w := NewWorker(b, st, set, &Credentials{}, nil, quiet, obs)
	c := &clock{}
	w.now = c.now
	return w, c
}
