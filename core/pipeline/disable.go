package pipeline

import (
	"context"
	"fmt"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// failingKey holds, per runtime source, when its current run of failed polls began: the
// catalog is not written on every failure, and SourceState counts failures, not their age.
func failingKey(name string) string { return "source-failing-since:" + name }

// noteFailure disables a runtime source that has failed every poll for subscriptions.disable_after
// and tells the channels it was routed to, once. The file's sources are never disabled: ops
// own them.
func (s *Service) noteFailure(ctx context.Context, src *watched, st store.SourceState, at time.Time) {
	name := src.cfg.Name
	after := s.cfg.Subscriptions.DisableAfter
	if after <= 0 || !s.isRuntime(name) {
		return
	}
	key := failingKey(name)
	since := at
	if st.Failures > 1 {
		if raw, err := s.st.GetValue(ctx, key); err == nil {
			if t, err := time.Parse(time.RFC3339Nano, string(raw)); err == nil {
				since = t
			}
		}
	}
	if since.Equal(at) {
		if err := s.st.PutValue(ctx, key, []byte(at.Format(time.RFC3339Nano)), 2*after+24*time.Hour); err != nil {
			s.log.Warn("record when a source began failing", "source", name, "err", err)
		}
		return
	}
	if at.Sub(since) < after {
		return
	}
	reason := fmt.Sprintf("failed every poll since %s: %s", since.UTC().Format(time.RFC3339), st.LastError)
	disabled, first, err := s.rt.reg.Disable(ctx, name, reason)
	if err != nil || !first {
		if err != nil {
			s.log.Error("disable a failing source", "source", name, "err", err)
		}
		return
	}
	s.log.Warn("runtime source disabled: it kept failing", "source", name, "since", since, "err", st.LastError)
	s.m.SetSourceFailures(name, 0)
	s.announceDisabled(ctx, name, src.cfg.URL, reason, disabled.DisabledAt)
}

// noteRecovered forgets a runtime source's failing streak after a good poll.
func (s *Service) noteRecovered(ctx context.Context, name string) {
	if s.isRuntime(name) {
		_ = s.st.DeleteValue(ctx, failingKey(name))
	}
}

// announceDisabled queues one notice per channel the source was routed to. The notice is an
// outbox delivery like any article, claimed under an id derived from the source and the time
// it was disabled, so every subscriber is told once whichever replica gets here.
func (s *Service) announceDisabled(ctx context.Context, name, url, reason string, at time.Time) {
	d := s.route(name, "", "")
	var chans []string
	for _, ch := range d.Channels {
		if !subscribe.IsChatChannel(ch) {
			chans = append(chans, ch)
		}
	}
	for ch := range d.Filtered {
		if !subscribe.IsChatChannel(ch) {
			chans = append(chans, ch)
		}
	}
	// Chats are told when they subscribed to or follow this very source: a reader's keyword
	// looks at every source and is no subscription to this one.
	if chats, err := s.rt.reg.Chats(ctx); err == nil {
		for _, c := range chats {
			if _, live := s.chat(c.Key); live && c.Uses(name) {
				chans = append(chans, c.Key)
			}
		}
	}
	a := &article.Article{
		ID:     article.ID(fmt.Sprintf("paperboy:source-disabled:%s:%d", name, at.UnixNano())),
		URL:    url,
		Source: "paperboy",
		Title:  fmt.Sprintf("Source %q disabled", name),
		Summary: fmt.Sprintf("paperboy stopped watching %s: it %s. An editor can add it again once it works.",
			url, reason),
	}
	if len(chans) == 0 {
		return
	}
	if _, err := s.enqueue(ctx, []order{{art: a, source: "paperboy", asked: chans, notice: true}}); err != nil {
		s.log.Error("tell subscribers a source was disabled", "source", name, "err", err)
	}
}
