package editor

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// Values is the store's small key-value space. With it, a preview waiting for its Publish
// click is kept where every replica sees it: the click may reach another replica (Discord's
// HTTP interactions behind a load balancer) or come after a restart.
type Values = store.Values

// ShareHeld keeps held previews in v instead of this process's memory.
func (s *Service) ShareHeld(v Values) {
	s.mu.Lock()
	s.values = v
	s.mu.Unlock()
}

// heldRec is a held preview as stored.
type heldRec struct {
	Article  *article.Article  `json:"a"`
	Channels []string          `json:"c"`
	User     string            `json:"u"`
	Expires  time.Time         `json:"e"`
	Kind     string            `json:"k,omitempty"`
	Target   string            `json:"t,omitempty"`
	Reason   string            `json:"r,omitempty"`
	Source   *subscribe.Source `json:"s,omitempty"` // a /source add awaiting its Add click
}

func heldKey(token string) string { return "editor:preview:" + token }

// hold keeps a preview until its Publish/Cancel click or previewTTL.
func (s *Service) hold(ctx context.Context, token string, h heldPreview) error {
	s.mu.Lock()
	v := s.values
	if v == nil {
		for k, old := range s.held {
			if s.now().After(old.expires) {
				delete(s.held, k)
			}
		}
		s.held[token] = h
		s.mu.Unlock()
		return nil
	}
	s.mu.Unlock()
	raw, err := json.Marshal(heldRec{Article: h.art, Channels: h.channels, User: h.user, Expires: h.expires,
		Kind: h.kind, Target: h.target, Reason: h.reason, Source: h.src})
	if err != nil {
		return err
	}
	return v.PutValue(ctx, heldKey(token), raw, max(h.expires.Sub(s.now()), time.Second))
}

// take removes and returns a held preview. Two replicas taking the same token at once could
// both publish; the outbox claim still posts the article once per channel.
func (s *Service) take(ctx context.Context, token string) (heldPreview, bool) {
	s.mu.Lock()
	v := s.values
	if v == nil {
		h, ok := s.held[token]
		delete(s.held, token)
		s.mu.Unlock()
		return h, ok
	}
	s.mu.Unlock()
	if token == "" {
		return heldPreview{}, false
	}
	raw, err := v.GetValue(ctx, heldKey(token))
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			s.log.Warn("editor preview could not be read", "err", err)
		}
		return heldPreview{}, false
	}
	_ = v.DeleteValue(ctx, heldKey(token))
	var rec heldRec
	if json.Unmarshal(raw, &rec) != nil || (rec.Article == nil && rec.Source == nil) {
		return heldPreview{}, false
	}
	return heldPreview{art: rec.Article, channels: rec.Channels, user: rec.User, expires: rec.Expires,
		kind: rec.Kind, target: rec.Target, reason: rec.Reason, src: rec.Source}, true
}
