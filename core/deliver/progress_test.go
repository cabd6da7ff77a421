package deliver

import (
	"context"
	"errors"
	"sync"
	"testing"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// stepChannel keeps nothing between sends: what its first attempt did, it finds on the retry
// only through the delivery's Progress (the store), as a channel on another replica would.
type stepChannel struct {
	mu   sync.Mutex
	seen []string // the step each attempt found
}

func (s *stepChannel) Name() string { return "steps" }

func (s *stepChannel) Limits() channel.Limits {
	return channel.Limits{TextMax: 100, Rate: rate.Inf, Burst: 1}
}

func (s *stepChannel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	if d.Progress == nil {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "no progress supplied")
	}
	step, err := d.Progress.Step(ctx)
	if err != nil {
		return channel.Receipt{}, err
	}
	s.mu.Lock()
	s.seen = append(s.seen, step)
	s.mu.Unlock()
	if step == "" {
		if err := d.Progress.SetStep(ctx, "first_half_sent"); err != nil {
			return channel.Receipt{}, err
		}
		return channel.Receipt{}, &channel.Error{Reason: channel.Transient, Err: errors.New("second half failed")}
	}
	return channel.Receipt{RemoteID: "done"}, d.Progress.SetStep(ctx, "")
}

func TestRetryFindsSendProgressInTheStore(t *testing.T) {
	st := openStore(t)
	ch := &stepChannel{}
	ev := newEvents()
	w := NewWorker(ch, st, settings("r1"), &Credentials{}, nil, quiet, ev.observe)
	enqueue(t, st, "steps", 1)
	start(t, w)
	ev.await(t, "steps", Delivered, 1)
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if len(ch.seen) != 2 || ch.seen[0] != "" || ch.seen[1] != "first_half_sent" {
		t.Fatalf("steps seen per attempt: %q, want the retry to find the first attempt's step", ch.seen)
	}
}
