package main

import (
	"context"

	"encoding/json"
	"fmt"
	"io"
	"paperboy/bots"
	"time"

	"paperboy/bots/console"
	"paperboy/core/channel"
	"paperboy/core/outbox"
	"paperboy/core/pipeline"
)

func cmdPush(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("push")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	var to multiFlag
	fs.Var(&to, "to", "`CHANNEL` name to post to; repeat for several (default: every channel)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("push", "needs one article URL")
	}
	svc, cleanup, err := service(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer cleanup()
	a, res, err := svc.Push(ctx, pos[0], to, "cli")
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

func cmdPreview(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("preview")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	as := fs.String("as", "", "print the exact request of this `CHANNEL` name or TYPE (telegram, discord, slack…) instead of plain text")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("preview", "needs one article URL")
	}
	svc, cleanup, err := service(ctx, *cfgPath, stderr)
	if err != nil {
		return err
	}
	defer cleanup()
	a, err := svc.Preview(ctx, pos[0])
	if err != nil {
		return err
	}
	d := channel.Delivery{Key: outbox.Key("preview", a.ID), Post: a.Post(), Attempt: 1}
	if *as == "" {
		fmt.Fprint(stdout, console.Render(d, 280, channel.DefaultLocation()))
		return nil
	}
	pv, err := previewer(svc, *as)
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

// service loads the config and builds a pipeline for one-shot commands.
func service(ctx context.Context, path string, stderr io.Writer) (*pipeline.Service, func(), error) {
	cfg, chans, err := loadConfig(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chans, Logger: newLogger(cfg, stderr)})
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return svc, func() { st.Close() }, nil
}
