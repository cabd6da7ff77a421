package pipeline

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/editor"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// ChatBuilder builds the channel that posts to one reader's or community's chat with the
// platform's bot (app passes bots.ChatChannel); name is the chat's key.
type ChatBuilder func(platform, chatID, name string) (channel.Channel, error)

// chatSet is the delivery side of readers' and communities' chats: a channel and a delivery
// worker per chat that is not suspended, made and stopped as the catalog changes. Chat workers
// go through the same outbox, claims and leases as the configured channels, share the bot's
// credential (its rate budget and delivery lease) with them, and yield to them on it.
type chatSet struct {
	mu    sync.Mutex
	build ChatBuilder
	byKey map[string]*chatDest
	run   *chatRun // set while Run runs: new chats start delivering at once
	// tellers post notices into chats, by platform (the editor bots; see SetTeller).
	tellers map[string]editor.Teller
	// readerZone is readers.timezone, loaded once: the day of readers.max_per_day.
	readerZone *time.Location
}

type chatDest struct {
	chat      subscribe.Chat
	quiet     *subscribe.Hours // the chat's quiet hours, compiled when the catalog changes them
	ch        channel.Channel
	w         *deliver.Worker
	templates map[string]string // source → the subscription's template
	stop      context.CancelFunc
	done      chan struct{}
}

type chatRun struct {
	ctx, sendCtx context.Context
	wg           *sync.WaitGroup
	starts       *rate.Limiter // paces worker starts (chatStarts)
}

// chatStarts paces chat workers' first looks at the store. Each first look is about ten store
// calls (lease, retry_after windows, due retries, reclaim, read, pending); 20,000 chats
// starting together held the Redis pool for minutes (pool timeouts, polls minutes late —
// BENCHMARKS.md, "Readers and communities"). At this rate 20,000 take 40 s to start.
const chatStarts, chatStartBurst = rate.Limit(500), 50

// syncChats makes the delivery side match the catalog's chats: new chats get a worker,
// suspended and deleted ones lose theirs (what they had queued stays in the store).
func (s *Service) syncChats(chats []subscribe.Chat) {
	if s.chats.build == nil {
		return
	}
	var stop []*chatDest
	counts := map[[2]string]int{}
	for _, c := range chats {
		state := "active"
		if c.Suspended {
			state = "suspended"
		}
		counts[[2]string{c.Kind, state}]++
	}
	for _, kind := range []string{subscribe.Reader, subscribe.Community} {
		for _, state := range []string{"active", "suspended"} {
			s.m.Chats.WithLabelValues(kind, state).Set(float64(counts[[2]string{kind, state}]))
		}
	}
	s.chats.mu.Lock()
	live := map[string]bool{}
	for _, c := range chats {
		if c.Suspended {
			continue
		}
		live[c.Key] = true
		tpl := map[string]string{}
		for _, sub := range c.Subs {
			if sub.Template != "" {
				tpl[sub.Source] = sub.Template
			}
		}
		if d, ok := s.chats.byKey[c.Key]; ok {
			quietChanged := !sameQuiet(d.chat.Quiet, c.Quiet)
			d.chat, d.templates = c, tpl
			if quietChanged {
				d.quiet = c.Quiet.Hours()
				if s.wake != nil {
					s.wake.Wake(c.Key) // a worker waiting out the old quiet hours looks again now
				}
			}
			continue
		}
		ch, err := s.chats.build(c.Platform, c.ID, c.Key)
		if err != nil {
			s.log.Error("chat skipped: its channel cannot be built", "chat", c.Key, "err", err)
			continue
		}
		d := &chatDest{chat: c, quiet: c.Quiet.Hours(), ch: ch, templates: tpl}
		d.w = deliver.NewWorker(ch, s.st, s.chatSettings(d), s.creds, s.m, s.log, s.observe)
		s.chats.byKey[c.Key] = d
		if s.chats.run != nil {
			s.startChat(d)
		}
	}
	for key, d := range s.chats.byKey {
		if !live[key] {
			delete(s.chats.byKey, key)
			stop = append(stop, d)
		}
	}
	s.chats.mu.Unlock()
	for _, d := range stop {
		if d.stop != nil {
			d.stop()
		}
	}
}

func sameQuiet(a, b *subscribe.Quiet) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// chatSettings are a chat worker's: the deployment's delivery settings, below the configured
// channels on the bot's shared budget, and held during a reader's quiet hours.
func (s *Service) chatSettings(d *chatDest) deliver.Settings {
	set := s.workerSettings("")
	set.Low = true
	set.Hold = func(now time.Time) time.Time {
		s.chats.mu.Lock()
		q := d.quiet
		s.chats.mu.Unlock()
		return q.Until(now)
	}
	return set
}

// startChat runs d's worker under the running service; call with chats.mu held.
func (s *Service) startChat(d *chatDest) {
	run := s.chats.run
	ctx, cancel := context.WithCancel(run.ctx)
	d.stop, d.done = cancel, make(chan struct{})
	run.wg.Add(1)
	go func() {
		defer run.wg.Done()
		defer close(d.done)
		if run.starts.Wait(ctx) != nil {
			return // stopped before its turn
		}
		d.w.Run(ctx, run.sendCtx)
	}()
}

// runChats starts every chat's worker and lets chats added later start at once.
func (s *Service) runChats(ctx, sendCtx context.Context, wg *sync.WaitGroup) {
	s.chats.mu.Lock()
	defer s.chats.mu.Unlock()
	s.chats.run = &chatRun{ctx: ctx, sendCtx: sendCtx, wg: wg, starts: rate.NewLimiter(chatStarts, chatStartBurst)}
	for _, d := range s.chats.byKey {
		s.startChat(d)
	}
}

// chatWorkers are the current chats' workers, for one-shot runs.
func (s *Service) chatWorkers() []*deliver.Worker {
	s.chats.mu.Lock()
	defer s.chats.mu.Unlock()
	out := make([]*deliver.Worker, 0, len(s.chats.byKey))
	for _, d := range s.chats.byKey {
		out = append(out, d.w)
	}
	return out
}

// chatNames are the chats' delivery channel names, sorted.
func (s *Service) chatNames() []string {
	s.chats.mu.Lock()
	defer s.chats.mu.Unlock()
	out := make([]string, 0, len(s.chats.byKey))
	for k := range s.chats.byKey {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// chat finds a chat's destination by its channel name.
func (s *Service) chat(name string) (*chatDest, bool) {
	s.chats.mu.Lock()
	defer s.chats.mu.Unlock()
	d, ok := s.chats.byKey[name]
	return d, ok
}

// readerCapped reports whether a reader's chat has had its readers.max_per_day today (in
// readers.timezone), counting a as one more when not. An article the chat was given before
// (any claim) is not counted again: the claim will refuse it anyway.
func (s *Service) readerCapped(ctx context.Context, name string, a *article.Article) bool {
	d, ok := s.chat(name)
	if !ok {
		return false
	}
	s.chats.mu.Lock()
	kind := d.chat.Kind
	s.chats.mu.Unlock()
	max := s.cfg.Readers.MaxPerDay
	if kind != subscribe.Reader || max <= 0 {
		return false
	}
	if c, err := s.st.Claim(ctx, name, a.ID); err == nil && c.State != store.StateNone {
		return false
	}
	day := s.now().In(s.chats.readerZone).Format("2006-01-02")
	_, ok, err := s.st.CountIn(ctx, "reader-day:"+name+":"+day, 48*time.Hour, max)
	if err != nil {
		// Better one post too many than a lost one: the cap is a courtesy, the post is the job.
		s.log.Warn("reader's daily count unavailable: sending", "chat", name, "err", err)
		return false
	}
	if !ok {
		s.m.ReaderCapped.Inc()
		s.log.Info("reader's daily limit reached: article not sent to them", "chat", name, "article_id", a.ID, "max_per_day", max)
		s.tellCapped(ctx, d, day, max)
	}
	return !ok
}

// SetTeller lets the service post notices into chats of platform with its editor bot.
func (s *Service) SetTeller(platform string, t editor.Teller) {
	s.chats.mu.Lock()
	defer s.chats.mu.Unlock()
	if s.chats.tellers == nil {
		s.chats.tellers = map[string]editor.Teller{}
	}
	s.chats.tellers[platform] = t
}

// tellCapped tells a reader, once a day whichever replica gets here first, that today's
// articles stop here, so silence does not look like a broken bot.
func (s *Service) tellCapped(ctx context.Context, d *chatDest, day string, max int) {
	s.chats.mu.Lock()
	c := d.chat
	t := s.chats.tellers[c.Platform]
	s.chats.mu.Unlock()
	if t == nil {
		return
	}
	if _, first, err := s.st.CountIn(ctx, "reader-capped-told:"+c.Key+":"+day, 48*time.Hour, 1); err != nil || !first {
		return
	}
	text := fmt.Sprintf("You have received today's %d articles; more tomorrow. (/following, /unfollow)", max)
	if c.Lang == "ko" {
		text = fmt.Sprintf("오늘 받을 수 있는 기사 %d건을 모두 받았습니다. 내일 이어서 보내 드립니다. (/following, /unfollow)", max)
	}
	go func() {
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
		defer cancel()
		if err := t.Tell(tctx, c.ID, text); err != nil {
			s.log.Warn("could not tell a reader their daily limit is reached", "chat", c.Key, "err", err)
		}
	}()
}

// chatPost is the post a chat gets of a: what its subscription's template keeps.
func (s *Service) chatPost(name, source string, a *article.Article) article.Post {
	p := a.Post()
	d, ok := s.chat(name)
	if !ok {
		return p
	}
	s.chats.mu.Lock()
	tpl := d.templates[source]
	s.chats.mu.Unlock()
	return Shape(p, tpl)
}

// Shape trims a post to a subscription template: full (everything), compact (no image),
// headline (headline, source, time and link) or link (headline and link).
func Shape(p article.Post, template string) article.Post {
	switch template {
	case "compact":
		p.ImageURL = ""
	case "headline":
		p.ImageURL, p.Summary, p.Tags = "", "", nil
	case "link":
		p = article.Post{Title: p.Title, URL: p.URL, Source: p.Source, Lang: p.Lang}
	}
	return p
}

// SuspendChat implements editor.ChatSuspender: the platform said the bot left the chat.
func (s *Service) SuspendChat(ctx context.Context, platform, chatID, why string) error {
	_, err := s.rt.reg.SuspendChat(ctx, subscribe.ChatKey(platform, chatID), why)
	return err
}

// ResumeChat implements editor.ChatResumer: the platform said the bot is back in the chat.
func (s *Service) ResumeChat(ctx context.Context, platform, chatID string) (bool, error) {
	return s.rt.reg.ResumeChat(ctx, subscribe.ChatKey(platform, chatID))
}

// chatGone suspends a chat whose delivery failed because the bot is gone from it (the worker
// paused its channel already, so nothing loops meanwhile): the catalog change stops new posts
// for it on every replica; this replica stops its worker, parks what the chat still had
// queued in the dead letters (editors see it; a chat that comes back gets fresh posts, not a
// backlog) and lifts the pause, so the chat works again the day it subscribes again. It runs
// outside the worker that reported it (it waits for that worker to stop).
func (s *Service) chatGone(ev deliver.Event) {
	ce := channel.Classify(ev.Err)
	if ce == nil || ce.Reason != channel.Gone || !subscribe.IsChatChannel(ev.Channel) {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		found, err := s.rt.reg.SuspendChat(ctx, ev.Channel, ce.Cause())
		if err != nil {
			s.log.Error("could not suspend a chat the bot is gone from; its channel stays paused", "chat", ev.Channel, "err", err)
			return
		}
		if !found {
			return
		}
		s.log.Warn("chat suspended: the platform says the bot was removed or blocked", "chat", ev.Channel, "why", ce.Cause())
		s.stopChat(ev.Channel)
		n, err := s.parkQueued(ctx, ev.Channel, "chat suspended: "+ce.Cause())
		if err != nil {
			s.log.Error("could not park a suspended chat's queue; its channel stays paused", "chat", ev.Channel, "err", err)
			return
		}
		if err := s.st.SetPaused(ctx, "channel", ev.Channel, false); err != nil {
			s.log.Warn("could not lift a suspended chat's pause", "chat", ev.Channel, "err", err)
		}
		if n > 0 {
			s.log.Info("a suspended chat's queued posts moved to the dead letters", "chat", ev.Channel, "posts", n)
		}
	}()
}

// stopChat stops this replica's worker of a chat now and waits for it (its send in flight
// finishes), without waiting for the catalog change to reach syncChats.
func (s *Service) stopChat(key string) {
	s.chats.mu.Lock()
	d, ok := s.chats.byKey[key]
	if ok {
		delete(s.chats.byKey, key)
	}
	s.chats.mu.Unlock()
	if ok && d.stop != nil {
		d.stop()
		<-d.done
	}
}

// parkQueued moves everything queued for a channel (due, scheduled for retry, or read by a
// worker that stopped) to the dead letters with reason.
func (s *Service) parkQueued(ctx context.Context, name, reason string) (int, error) {
	if _, err := s.st.PromoteDue(ctx, name, s.now().Add(100*365*24*time.Hour), 10000); err != nil {
		return 0, err
	}
	n := 0
	for {
		es, err := s.st.Reclaim(ctx, name, s.replica, 0, 100)
		if err != nil {
			return n, err
		}
		if len(es) == 0 {
			if es, err = s.st.Read(ctx, name, s.replica, 100, time.Millisecond); err != nil {
				return n, err
			}
		}
		if len(es) == 0 {
			return n, nil
		}
		for _, e := range es {
			if err := s.st.Dead(ctx, e, reason); err != nil {
				return n, err
			}
			n++
		}
	}
}
