package editor

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"paperboy/core/article"
)

// Announcer is an editor bot that can post a notice to its own notify targets (chats or
// channels named in its configuration section) without being asked: a source's
// on_update: notify uses it to offer a correction with one tap.
type Announcer interface {
	// Notifies reports whether the bot has notify targets at all.
	Notifies() bool
	// Announce posts n to every notify target, rendered in the bot's language; it logs and
	// counts its own failures and never panics.
	Announce(ctx context.Context, n Notice)
}

// Notice is an announcement: its Reply in a language (text and Publish/Cancel buttons).
type Notice struct {
	ArticleID string
	replies   map[string]Reply
}

// Reply is the notice in lang (en or ko; anything else is English).
func (n Notice) Reply(lang string) Reply {
	if r, ok := n.replies[lang]; ok {
		return r
	}
	return n.replies["en"]
}

// noticeTTL is how long a notice's Publish button stays valid: editors may read it hours later.
const noticeTTL = 24 * time.Hour

// announcers are the bots that post notices; one list per Service.
type announcers struct {
	mu   sync.Mutex
	list []Announcer
}

// AddAnnouncer makes a post ArticleChanged's notices; bots without notify targets are skipped.
func (s *Service) AddAnnouncer(a Announcer) {
	if a == nil || !a.Notifies() {
		return
	}
	s.ann.mu.Lock()
	s.ann.list = append(s.ann.list, a)
	s.ann.mu.Unlock()
}

// Announces reports whether some bot posts notices.
func (s *Service) Announces() bool {
	s.ann.mu.Lock()
	defer s.ann.mu.Unlock()
	return len(s.ann.list) > 0
}

// ArticleChanged tells the editors' notify chats that the source changed a posted article:
// "<title>: the source changed it — before → after" with Publish/Cancel buttons that run the
// same held correction as /correct (one token for every bot: the first Publish wins, on any
// replica, since held items live in the store). Nothing is sent when no post differs from a.
func (s *Service) ArticleChanged(ctx context.Context, a *article.Article) error {
	c, ok := s.b.(Corrector)
	if !ok || a == nil {
		return errors.New("editor: corrections are not available")
	}
	s.ann.mu.Lock()
	list := append([]Announcer(nil), s.ann.list...)
	s.ann.mu.Unlock()
	if len(list) == 0 {
		return nil
	}
	ps, err := c.Posts(ctx, a.URL)
	if err != nil {
		return err
	}
	after := a.Post()
	if len(ps.Posts) == 0 || !ps.Live() || after.Revision() == ps.Shown.Revision() {
		return nil
	}
	token := newToken()
	h := heldPreview{art: a, user: "source", expires: s.now().Add(noticeTTL), kind: "cor", target: ps.ArticleID}
	if err := s.hold(ctx, token, h); err != nil {
		return fmt.Errorf("editor: notice could not be kept: %w", err)
	}
	n := Notice{ArticleID: ps.ArticleID, replies: map[string]Reply{}}
	for _, lang := range []string{"en", "ko"} {
		t, ct := texts(lang), ctexts(lang)
		text := fmt.Sprintf("%s: %s\n\n%s\n%s\n%s\n\n%s\n%s\n%s\n\n%s", ps.Shown.Title, ct.sourceChanged, ct.before, ps.Shown.Title, ps.Shown.Summary,
			ct.after, after.Title, after.Summary, ps.URL)
		n.replies[lang] = Reply{Text: text, Actions: []Action{{Label: ct.publishFix, Data: "cor:" + token}, {Label: t.cancelBtn, Data: "cancel:" + token}}}
	}
	for _, an := range list {
		an.Announce(ctx, n)
	}
	return nil
}
