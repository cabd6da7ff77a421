package deliver

import (
	"context"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/lease"
)

// slowSend makes every send take d, like a platform answering slowly.
type slowSend struct {
	channel.Channel
	d time.Duration
}

func (s slowSend) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	if !Sleep(ctx, s.d) {
		return channel.Receipt{}, ctx.Err()
	}
	return s.Channel.Send(ctx, d)
}

func (s slowSend) CredentialKey() (string, rate.Limit, int) {
	return s.Channel.(channel.Keyed).CredentialKey()
}

// TestSlowSendKeepsTheLease: a send longer than the whole lease keeps it (renewed in the
// background), so a standby replica never takes the channel over mid-send and nothing is sent
// twice.
func TestSlowSendKeepsTheLease(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	set := settings("replica-a")
	set.Lease = 600 * time.Millisecond
	slow := slowSend{telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), 2 * time.Second}
	a := NewWorker(slow, st, set, &Credentials{}, nil, quiet, ev.observe)
	titles := enqueue(t, st, "tg", 2)
	start(t, a)
	waitFor(t, "replica a leads", a.leading)
	setB := set
	setB.Consumer = "replica-b"
	b := NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, setB, &Credentials{}, nil, quiet, ev.observe)
	start(t, b)
	ev.await(t, "tg", Delivered, 2)
	msgs := fake.Messages()
	if len(msgs) != 2 || firstLine(msgs[0].Text) != titles[0] || firstLine(msgs[1].Text) != titles[1] {
		t.Fatalf("posts %d, want each of %q once, in order", len(msgs), titles)
	}
	if b.leading() {
		t.Fatal("the standby took the channel over while the leader was sending")
	}
}

// TestRestartedReplicaTakesItsLeaseBack: a process killed while leading (it renews nothing
// more) is replaced by a process of the same replica, which takes the channel back within the
// renewal interval plus lease.Slack — not after the lease (a minute here) — and delivers the
// rest once each.
func TestRestartedReplicaTakesItsLeaseBack(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	st := openStore(t)
	ev := newEvents()
	set := settings("")
	set.Lease = time.Minute
	set.Consumer = "web-1"
	gone := &silenced{Store: st}
	setA := set
	setA.Leases = lease.NewTaker(gone, lease.NewOwner("web-1"), quiet)
	a := NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), gone, setA, &Credentials{}, nil, quiet, ev.observe)
	first := enqueue(t, st, "tg", 3)
	ctxA, kill := context.WithCancel(context.Background())
	doneA := make(chan struct{})
	go func() { defer close(doneA); a.Run(ctxA, ctxA) }()
	ev.await(t, "tg", Delivered, 3)
	gone.dead.Store(true) // kill -9: a renews and releases nothing more…
	kill()                // …and sends nothing more
	<-doneA
	if l, held, _ := st.PeekLease(context.Background(), "deliver:"+credentialOf(t, a)); !held || l.Owner != setA.Leases.Owner().String() {
		t.Fatalf("the killed process's lease is gone (%+v, %v): the test kills nothing", l, held)
	}

	more := enqueueFrom(t, st, "tg", 3, 3)
	setB := set
	setB.Leases = lease.NewTaker(st, lease.NewOwner("web-1"), quiet)
	b := NewWorker(telegramChannel(t, "tg", fake.URL, telegramtest.DefaultToken, "1001"), st, setB, &Credentials{}, nil, quiet, ev.observe)
	began := time.Now()
	start(t, b)
	ev.await(t, "tg", Delivered, 6)
	if took := time.Since(began); took > set.Lease/2 {
		t.Fatalf("the restarted replica delivered after %s: it waited for the lease (%s) instead of taking it back", took, set.Lease)
	}
	msgs := fake.Messages()
	want := append(first, more...)
	if len(msgs) != len(want) {
		t.Fatalf("%d posts, want %d (each once)", len(msgs), len(want))
	}
	for i, m := range msgs {
		if firstLine(m.Text) != want[i] {
			t.Fatalf("post %d is %q, want %q", i, firstLine(m.Text), want[i])
		}
	}
}

func credentialOf(t *testing.T, w *Worker) string {
	t.Helper()
	key, _, _ := w.ch.(channel.Keyed).CredentialKey()
	return key
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(waitLimit); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("%s: not within %s", what, waitLimit)
		}
	}
}
