package deliver

import (
	"context"
	"slices"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Priority on a shared bot: the chats of readers and communities (Settings.Low) share a bot's
// credential with the channels configured on the same token, and a channel's posts go first. A
// normal-priority worker reserves the credential's next token as before (tokens are handed out
// in the order they are asked for). A low-priority worker takes one only when it is spare: none
// of the credential's normal-priority workers is waiting for one and the limiter has a whole
// token now. So a chat never pushes a channel's post back by a token; it uses what the channels
// leave, which on a bot whose channels post a few times a minute is nearly all of its budget.
//
// Low-priority workers wait in line, first come first served; only the first looks at the
// limiter (once per token interval at most), so 20,000 chats with a backlog cost one polling
// goroutine per bot, not 20,000. A channel that keeps the bot busy for long would starve them,
// so after LowMaxWait without a low-priority send the first in line reserves the next token like
// a channel: chats get at least one post per LowMaxWait through any backlog.

// LowMaxWait is the longest low-priority workers of a credential go without a token while its
// normal-priority workers keep it busy.
const LowMaxWait = 10 * time.Second

// lowMinLook is the shortest wait between two looks at the limiter by the first low-priority
// worker in line, so a limiter without a rate (or a token taken in between) cannot make it spin.
const lowMinLook = 5 * time.Millisecond

// priority is a credential's line of low-priority workers and count of waiting normal ones.
type priority struct {
	mu      sync.Mutex
	normal  int             // normal-priority workers waiting for a token now
	line    []chan struct{} // low-priority workers waiting, in arrival order; line[0] looks
	turn    time.Time       // when line[0] may take a token whatever is waiting
	maxWait time.Duration   // LowMaxWait; tests shorten it
}

// waitNormal counts a normal-priority worker waiting for a token until the returned done is called.
func (p *priority) waitNormal() (done func()) {
	p.mu.Lock()
	p.normal++
	p.mu.Unlock()
	return func() {
		p.mu.Lock()
		p.normal--
		p.mu.Unlock()
	}
}

// join puts a low-priority worker at the end of the line; its channel is signalled when it
// is first.
func (p *priority) join(now time.Time) chan struct{} {
	me := make(chan struct{}, 1)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.line = append(p.line, me)
	if len(p.line) == 1 {
		p.turn = now.Add(p.wait())
		me <- struct{}{}
	}
	return me
}

// leave takes me out of the line and signals the next first. A worker that took a token
// restarts the clock of the next one's turn.
func (p *priority) leave(me chan struct{}, took bool, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	i := slices.Index(p.line, me)
	if i < 0 {
		return
	}
	p.line = slices.Delete(p.line, i, i+1)
	if i != 0 || len(p.line) == 0 {
		return
	}
	if took {
		p.turn = now.Add(p.wait())
	}
	p.line[0] <- struct{}{}
}

// try is the first low-priority worker's look at the limiter: a spare token (taken, no delay),
// or after its turn has come the next token (r's delay says when), or how long to wait before
// looking again.
func (p *priority) try(l *rate.Limiter, now time.Time) (r *rate.Reservation, again time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	tokens := l.TokensAt(now)
	if p.normal == 0 && tokens >= 1 {
		return l.ReserveN(now, 1), 0
	}
	if !now.Before(p.turn) {
		return l.ReserveN(now, 1), 0
	}
	again = p.turn.Sub(now)
	if lim := l.Limit(); tokens < 1 && lim > 0 && lim != rate.Inf {
		again = min(again, time.Duration((1-tokens)/float64(lim)*float64(time.Second)))
	}
	return nil, max(again, lowMinLook)
}

func (p *priority) wait() time.Duration {
	if p.maxWait > 0 {
		return p.maxWait
	}
	return LowMaxWait
}

// lowToken waits in the credential's line of low-priority workers for a token (see priority),
// keeping the delivery lease while it is first in line.
func (w *Worker) lowToken(ctx context.Context) error {
	p := &w.cred.prio
	me := p.join(time.Now())
	took := false
	defer func() { p.leave(me, took, time.Now()) }()
	select {
	case <-me:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		r, again := p.try(w.cred.Limiter, time.Now())
		if r == nil {
			if err := w.pause(ctx, again); err != nil {
				return err
			}
			continue
		}
		took = true
		if err := w.pause(ctx, r.Delay()); err != nil {
			r.Cancel()
			return err
		}
		return nil
	}
}
