package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"paperboy/bots"
	"paperboy/bots/console"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/pipeline"
)

// Push fetches rawURL, enriches it and queues it on the channels named in to (empty: where
// the routes send a push), by the command line, and prints what happened per channel.
func (s *Service) Push(ctx context.Context, rawURL string, to []string, stdout io.Writer) error {
	svc, err := s.pipeline()
	if err != nil {
		return err
	}
	a, res, err := svc.Push(ctx, rawURL, to, "cli")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "push: %s\n", a.Title)
	for _, r := range res {
		if r.Queued {
			fmt.Fprintf(stdout, "  %s: queued\n", r.Channel)
		} else {
			fmt.Fprintf(stdout, "  %s: already %s %s %s\n", r.Channel, r.Previous.State, r.Previous.At.Format(time.RFC3339), r.Previous.RemoteID)
		}
	}
	return nil
}

// Preview prints the post rawURL would become: as plain text, or with as (a channel name or a
// platform type) the exact request that channel would send. Nothing is sent or stored.
func (s *Service) Preview(ctx context.Context, rawURL, as string, stdout io.Writer) error {
	svc, err := s.pipeline()
	if err != nil {
		return err
	}
	a, err := svc.Preview(ctx, rawURL)
	if err != nil {
		return err
	}
	d := channel.Delivery{Key: outbox.Key("preview", a.ID), Post: a.Post(), Attempt: 1}
	if as == "" {
		fmt.Fprint(stdout, console.Render(d, 280, channel.DefaultLocation()))
		return nil
	}
	pv, err := previewer(svc, as)
	if err != nil {
		return err
	}
	req, err := pv.Preview(d)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(req)
}

// previewer finds a configured channel by name, else the first of that type, else a sample
// channel of that type with placeholder credentials (nothing is sent either way).
func previewer(svc *pipeline.Service, as string) (channel.Previewer, error) {
	name := as
	if _, ok := svc.Channel(as); !ok {
		name = ""
		for _, cc := range svc.Config().Channels {
			if cc.Type == as {
				name = cc.Name
				break
			}
		}
	}
	var ch channel.Channel
	if name != "" {
		ch, _ = svc.Channel(name)
	} else {
		var err error
		if ch, err = bots.Sample(as); err != nil {
			return nil, err
		}
	}
	pv, ok := ch.(channel.Previewer)
	if !ok {
		return nil, fmt.Errorf("preview: channel %s cannot show its requests", ch.Name())
	}
	return pv, nil
}
