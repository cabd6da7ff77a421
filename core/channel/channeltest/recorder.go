package channeltest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Recorder is an in-memory channel with every correction ability: it records each send,
// update and retraction that changed something, so tests of deliver, editors and the
// dashboard can count effects per message. Like the platforms, it takes an edit to the
// revision already shown, or a withdrawal of a message already gone, as done without effect.
type Recorder struct {
	ChannelName string
	// Fail, when set, is consulted before every call and may return an error (a
	// *channel.Error) to make that attempt fail, or block to hold the call.
	Fail func(op string, attempt int) error
	// After, when set, runs once a call took effect, before it returns (a test may block
	// there to stand for a process killed before it recorded the outcome).
	After func(op string)

	mu      sync.Mutex
	seq     int
	sends   []channel.Delivery
	updates []channel.Update
	retract []channel.Retraction
	shown   map[string]string // message id → revision shown ("" once withdrawn)
}

// NewRecorder returns a Recorder named name.
func NewRecorder(name string) *Recorder {
	return &Recorder{ChannelName: name, shown: map[string]string{}}
}

// Name implements channel.Channel.
func (r *Recorder) Name() string { return r.ChannelName }

// Limits implements channel.Channel: no limits worth pacing in a test.
func (r *Recorder) Limits() channel.Limits {
	return channel.Limits{TextMax: 4096, Unit: channel.CodePoints, Rate: rate.Inf, Burst: 1}
}

// Send implements channel.Channel: one message per send.
func (r *Recorder) Send(_ context.Context, d channel.Delivery) (channel.Receipt, error) {
	if err := r.fail("send", d.Attempt); err != nil {
		return channel.Receipt{}, err
	}
	r.mu.Lock()
	r.seq++
	id := fmt.Sprintf("%s-%d", r.ChannelName, r.seq)
	r.sends = append(r.sends, d)
	r.shown[id] = d.Post.Revision()
	r.mu.Unlock()
	r.after("send")
	return channel.Receipt{RemoteID: id, URL: "https://example.test/" + id, SentAt: time.Now(),
		Messages: []channel.Message{{ID: id, Kind: channel.KindText, URL: "https://example.test/" + id}}}, nil
}

// Update implements channel.Updater.
func (r *Recorder) Update(_ context.Context, u channel.Update) (channel.Receipt, error) {
	if err := r.fail("update", u.Attempt); err != nil {
		return channel.Receipt{}, err
	}
	r.mu.Lock()
	changed := false
	for _, m := range u.Receipt.AllMessages() {
		rev, ok := r.shown[m.ID]
		if !ok {
			r.mu.Unlock()
			return channel.Receipt{}, channel.Errorf(channel.Permanent, "recorder: unknown message %s", m.ID)
		}
		changed = changed || rev != u.Revision
		r.shown[m.ID] = u.Revision
	}
	if changed {
		r.updates = append(r.updates, u)
	}
	r.mu.Unlock()
	r.after("update")
	return u.Receipt, nil
}

// Retract implements channel.Retracter.
func (r *Recorder) Retract(_ context.Context, x channel.Retraction) error {
	if err := r.fail("retract", x.Attempt); err != nil {
		return err
	}
	r.mu.Lock()
	changed := false
	for _, m := range x.Receipt.AllMessages() {
		_, ok := r.shown[m.ID]
		changed = changed || ok
		delete(r.shown, m.ID)
	}
	if changed {
		r.retract = append(r.retract, x)
	}
	r.mu.Unlock()
	r.after("retract")
	return nil
}

func (r *Recorder) fail(op string, attempt int) error {
	if r.Fail == nil {
		return nil
	}
	return r.Fail(op, attempt)
}

func (r *Recorder) after(op string) {
	if r.After != nil {
		r.After(op)
	}
}

// Counts reports how many sends, updates and retractions took effect.
func (r *Recorder) Counts() (sends, updates, retractions int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.sends), len(r.updates), len(r.retract)
}

// Shown returns the revision each live message shows (withdrawn messages are absent).
func (r *Recorder) Shown() map[string]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]string, len(r.shown))
	for k, v := range r.shown {
		out[k] = v
	}
	return out
}

// Updates returns the updates made, in order.
func (r *Recorder) Updates() []channel.Update {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]channel.Update(nil), r.updates...)
}

// Retractions returns the retractions made, in order.
func (r *Recorder) Retractions() []channel.Retraction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]channel.Retraction(nil), r.retract...)
}

var (
	_ channel.Channel   = (*Recorder)(nil)
	_ channel.Updater   = (*Recorder)(nil)
	_ channel.Retracter = (*Recorder)(nil)
)
