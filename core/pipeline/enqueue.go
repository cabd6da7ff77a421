package pipeline

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"paperboy/core/article"
	"paperboy/core/metrics"
	"paperboy/core/outbox"
	"paperboy/core/route"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// order is one enriched article on its way to the outbox.
type order struct {
	art    *article.Article
	source string   // the source's name; pushSource for an editor's push
	by     string   // who pushed it ("" for a polled source)
	asked  []string // the channels an editor named; empty = where the routes send it
	notice bool     // the service's own notice (a disabled feed): asked may name chats too
}

// placed is what the enqueue step did with one order.
type placed struct {
	route  route.Decision // the channels chosen and the ones a filter kept out
	queued []bool         // per route.Channels: claimed and queued now (false: claimed before)
	err    error          // the order was refused (unknown channel, unencodable) and nothing queued
}

// enqueue is the one enqueue step every article takes, polled or pushed: route selection,
// then for each chosen channel the claim and the queued delivery in one atomic step (through
// core/outbox on the store), all orders in one round trip.
func (s *Service) enqueue(ctx context.Context, orders []order) ([]placed, error) {
	detected := s.now()
	out := make([]placed, len(orders))
	var jobs []store.Job
	var at [][2]int // jobs[n] is order at[n][0]'s channel at[n][1]
	for i, o := range orders {
		p := &out[i]
		if p.route, p.err = s.destinations(o); p.err != nil {
			continue
		}
		if len(o.asked) == 0 {
			p.route.Channels = slices.DeleteFunc(p.route.Channels, func(ch string) bool {
				if subscribe.IsChatChannel(ch) && s.readerCapped(ctx, ch, o.art) {
					p.route.Filtered[ch] = "readers.max_per_day reached"
					return true
				}
				return false
			})
		}
		p.queued = make([]bool, len(p.route.Channels))
		var js []store.Job
		for _, ch := range p.route.Channels {
			post := o.art.Post()
			if subscribe.IsChatChannel(ch) {
				post = s.chatPost(ch, o.source, o.art)
			}
			j, err := outbox.NewJob(ch, o.art, outbox.Payload{Post: post, Source: o.source, PushedBy: o.by, Detected: detected}, s.cfg.Store.ClaimTTL)
			if err != nil {
				p.err = err
				break
			}
			j.FingerprintTTL = s.cfg.Store.FingerprintWindow
			js = append(js, j)
		}
		if p.err != nil {
			continue
		}
		for k := range js {
			at = append(at, [2]int{i, k})
		}
		jobs = append(jobs, js...)
	}
	ok, err := s.st.EnqueueMany(ctx, jobs)
	if err != nil {
		return nil, err
	}
	for n, won := range ok {
		out[at[n][0]].queued[at[n][1]] = won
		if won {
			label, _ := metrics.ChannelLabel(jobs[n].Channel) // chats share "<platform>:_all"
			s.m.Enqueued.WithLabelValues(label).Inc()
		}
	}
	return out, nil
}

// destinations is the route step. A polled article goes where the routes send its source. A
// push goes to the channels the editor named (their choice: filters do not overrule it), else
// where the routes send the manual source (route.Router.Manual).
func (s *Service) destinations(o order) (route.Decision, error) {
	if len(o.asked) > 0 {
		for _, ch := range o.asked {
			if _, ok := s.channels[ch]; !ok {
				// An editor's push names configured channels only: a reader's or community's
				// chat gets what it follows, never a post an editor aimed at it.
				if _, chat := s.chat(ch); !chat || !o.notice {
					return route.Decision{}, fmt.Errorf("pipeline: no channel named %q", ch)
				}
			}
		}
		return route.Decision{Channels: o.asked, Filtered: map[string]string{}}, nil
	}
	if o.source == pushSource {
		return s.routes().Manual(pushSource, o.art.Title, o.art.Summary), nil
	}
	return s.route(o.source, o.art.Title, o.art.Summary), nil
}

// describeFiltered is "channel (filter), …" for an error message, in name order.
func describeFiltered(f map[string]string) string {
	var parts []string
	for ch, why := range f {
		parts = append(parts, ch+" ("+why+")")
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}
