package pipeline

import (
	"context"
	"fmt"

	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// recentMax is how many deliveries /recent can show. They are kept in this process's memory:
// after a restart, or on another replica, the list starts empty.
const recentMax = 100

var _ editor.Backend = (*Service)(nil)

func (s *Service) remember(ev deliver.Event) {
	p, err := outbox.Decode(ev.Entry)
	if err != nil || p.Op != outbox.OpSend {
		return // updates and withdrawals are not new posts
	}
	d := editor.Delivery{Channel: ev.Channel, Title: p.Post.Title, URL: p.Post.URL, RemoteID: ev.Receipt.RemoteID, At: ev.Receipt.SentAt}
	if d.At.IsZero() {
		d.At = s.now()
	}
	s.mu.Lock()
	s.recent = append(s.recent, d)
	if len(s.recent) > recentMax {
		s.recent = s.recent[len(s.recent)-recentMax:]
	}
	s.mu.Unlock()
}

// Recent implements editor.Backend.
func (s *Service) Recent(_ context.Context, n int) ([]editor.Delivery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []editor.Delivery
	for i := len(s.recent) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, s.recent[i])
	}
	return out, nil
}

// Status implements editor.Backend.
func (s *Service) Status(ctx context.Context) (editor.Status, error) {
	var st editor.Status
	for _, src := range s.allSources() {
		ss, err := s.st.SourceState(ctx, src.cfg.Name)
		if err != nil {
			return st, err
		}
		paused, _ := s.st.Paused(ctx, "source", src.cfg.Name)
		st.Sources = append(st.Sources, editor.SourceStatus{
			Name: src.cfg.Name, Paused: paused, LastPoll: ss.LastPoll, NextPoll: ss.NextPoll, Failures: ss.Failures, LastError: ss.LastError,
		})
	}
	types := map[string]string{}
	for _, cc := range s.cfg.Channels {
		types[cc.Name] = cc.Type
	}
	for i, name := range s.order {
		n, err := s.st.Pending(ctx, name)
		if err != nil {
			return st, err
		}
		paused, _ := s.st.Paused(ctx, "channel", name)
		st.Channels = append(st.Channels, editor.ChannelStatus{Name: name, Type: types[name], Paused: paused, Queue: n, Breaker: s.workers[i].BreakerState()})
	}
	dl, err := s.st.DeadList(ctx, 1000)
	if err != nil {
		return st, err
	}
	st.Dead = len(dl)
	if s.cfg.Readers.Enabled || s.cfg.Communities.Enabled {
		chats, err := s.rt.reg.Chats(ctx)
		if err != nil {
			return st, err
		}
		st.Chats = map[string][2]int{}
		for _, c := range chats {
			n := st.Chats[c.Kind]
			if c.Suspended {
				n[1]++
			} else {
				n[0]++
			}
			st.Chats[c.Kind] = n
		}
	}
	return st, nil
}

// SetPaused implements editor.Backend: name may be a source or a channel.
func (s *Service) SetPaused(ctx context.Context, name string, paused bool) (string, error) {
	kind := ""
	for _, src := range s.allSources() {
		if src.cfg.Name == name {
			kind = "source"
		}
	}
	if _, ok := s.channels[name]; ok {
		kind = "channel"
	}
	if kind == "" {
		return "", fmt.Errorf("no source or channel named %q", name)
	}
	if paused {
		return kind, s.st.PauseBecause(ctx, kind, name, "paused by an editor")
	}
	return kind, s.st.SetPaused(ctx, kind, name, false)
}

// DeadLetters implements editor.Backend.
func (s *Service) DeadLetters(ctx context.Context, n int) ([]store.DeadLetter, error) {
	return s.st.DeadList(ctx, n)
}

// RetryDead implements editor.Backend.
func (s *Service) RetryDead(ctx context.Context, id string) error {
	return s.st.DeadRetry(ctx, id)
}
