package deliver

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/store"
	"paperboy/core/store/redis"
	"paperboy/core/store/redis/redistest"
)

// ledger is an idempotent platform: a repeated key is answered with the first post, as a
// platform honouring the idempotency key does. It counts every send to show resends.
type ledger struct {
	name string
	mu   *sync.Mutex
	sent map[string]int
}

func (l ledger) Name() string           { return l.name }
func (l ledger) Limits() channel.Limits { return channel.Limits{TextMax: 1000} }
func (l ledger) Send(_ context.Context, d channel.Delivery) (channel.Receipt, error) {
	time.Sleep(3 * time.Millisecond) // a platform round trip: the failover lands mid-delivery
	l.mu.Lock()
	l.sent[d.Key]++
	l.mu.Unlock()
	return channel.Receipt{RemoteID: d.Key}, nil
}

// deliverAcrossFailover enqueues posts for four channels, fails the store over while the
// workers deliver them, enqueues more, and checks every post arrived: none lost, none shown
// twice on an idempotent platform (resends are logged).
func deliverAcrossFailover(t *testing.T, st *redis.Store, failover func()) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wk := NewWakeups()
	go wk.Run(ctx, st, nil)
	var mu sync.Mutex
	sent := map[string]int{}
	const channels, per = 4, 60
	for i := range channels {
		set := settings("r1")
		set.Wake = wk
		start(t, NewWorker(ledger{name: fmt.Sprintf("fo%d", i), mu: &mu, sent: sent}, st, set, nil, nil, nil, nil))
	}
	var keys []string
	queue := func(from, n int) {
		var jobs []store.Job
		for c := range channels {
			for i := from; i < from+n; i++ {
				id := fmt.Sprintf("art-%d-%d", c, i)
				jobs = append(jobs, store.Job{Channel: fmt.Sprintf("fo%d", c), ArticleID: id, Key: "key-" + id,
					Payload: []byte(`{"post":{"title":"` + id + `","url":"https://news.example/` + id + `"}}`)})
				keys = append(keys, "key-"+id)
			}
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			_, err := st.EnqueueMany(ctx, jobs) // a repeat after an error is harmless: claims refuse twins
			if err == nil {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("enqueue during failover: %v", err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	distinct := func() (n, resends int) {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range sent {
			n++
			resends += c - 1
		}
		return
	}
	queue(0, per/2)
	for n, _ := distinct(); n < channels*per/8; n, _ = distinct() {
		time.Sleep(5 * time.Millisecond)
	}
	failover()
	queue(per/2, per/2)
	deadline := time.Now().Add(60 * time.Second)
	for n, _ := distinct(); n < len(keys); n, _ = distinct() {
		if time.Now().After(deadline) {
			mu.Lock()
			for _, k := range keys {
				if sent[k] == 0 {
					var c, i int
					_, _ = fmt.Sscanf(k, "key-art-%d-%d", &c, &i)
					cl, err := st.Claim(ctx, fmt.Sprintf("fo%d", c), fmt.Sprintf("art-%d-%d", c, i))
					p, _ := st.Pending(ctx, fmt.Sprintf("fo%d", c))
					t.Logf("missing %s: claim %+v %v, pending %d", k, cl, err, p)
				}
			}
			mu.Unlock()
			t.Fatalf("%d of %d posts delivered 60 s after the failover", n, len(keys))
		}
		time.Sleep(20 * time.Millisecond)
	}
	mu.Lock()
	for _, k := range keys {
		if sent[k] == 0 {
			t.Errorf("post %s lost", k)
		}
	}
	mu.Unlock()
	n, resends := distinct()
	t.Logf("%d posts delivered, 0 lost, 0 shown twice; %d resent across the failover (answered by the idempotency key)", n, resends)
}

// TestDeliveryAcrossClusterFailover kills the master holding a channel's outbox in a 3-master
// cluster (one replica each) while the workers deliver.
func TestDeliveryAcrossClusterFailover(t *testing.T) {
	c := redistest.StartCluster(t, 3, 1)
	client := c.Client()
	st := redis.New(client, fmt.Sprintf("pbtest:fo:%d:", time.Now().UnixNano()))
	t.Cleanup(func() { _ = st.Close() })
	deliverAcrossFailover(t, st, func() {
		began := time.Now()
		dead := c.KillMasterOf(client, "{fo0}")
		t.Logf("killed master %s: replica promoted after %s", dead, time.Since(began).Round(time.Millisecond))
	})
}

// TestDeliveryAcrossSentinelFailover promotes the replica with SENTINEL FAILOVER while the
// workers deliver.
func TestDeliveryAcrossSentinelFailover(t *testing.T) {
	s := redistest.StartSentinel(t)
	st := redis.New(s.Client(), fmt.Sprintf("pbtest:fo:%d:", time.Now().UnixNano()))
	t.Cleanup(func() { _ = st.Close() })
	deliverAcrossFailover(t, st, s.Failover)
}
