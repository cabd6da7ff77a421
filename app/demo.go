package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"paperboy/bots"
	"paperboy/bots/console"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/demo"
	"paperboy/core/pipeline"
	"paperboy/core/redact"
	"paperboy/core/store/bolt"
)

// demoConfig is a real configuration file, parsed like any other; %s is the demo site's feed.
const demoConfig = `
fetch:
  allow_private: true   # the demo site runs on loopback
  timeout: 10s
sources:
  - name: demo
    url: "%s"
    extract: true
    backfill: all       # post what the feed already lists (the default, none, only records it)
    summary: 200
    tags: [paperboy]
channels:
  - name: console
    type: console
`

// Demo serves the built-in sample site, runs the whole pipeline into the console channel with
// the embedded store in dir (a fresh temporary directory when empty), shows the Telegram and
// Discord forms of each post and ends with the summary line. verbose logs every step.
func Demo(ctx context.Context, dir string, verbose bool, stdout, stderr io.Writer) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "paperboy-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	site := demo.Start()
	defer site.Close()
	cfg, err := config.Parse("demo.yaml", []byte(fmt.Sprintf(demoConfig, site.FeedURL())), os.LookupEnv)
	if err != nil {
		return err
	}
	st, err := bolt.Open(filepath.Join(dir, "paperboy.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	log := slog.New(redact.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}), nil)) // bounded lines
	rec := &recorder{Channel: console.NewWriter("console", stdout, channel.DefaultLocation())}
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: []channel.Channel{rec}, Logger: log})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "paperboy demo: sample news site at %s, state in %s\n\n", site.URL(), dir)
	sum, err := svc.RunOnce(ctx, 30*time.Second)
	if err != nil {
		return err
	}
	showPlatforms(stdout, rec.sent())
	fmt.Fprintf(stdout, "demo: %d articles, %d posts delivered, %d duplicates skipped\n", sum.Articles, sum.Delivered, sum.Duplicates)
	if sum.Failed > 0 {
		return fmt.Errorf("demo: %d deliveries failed", sum.Failed)
	}
	return nil
}

// recorder keeps what the console channel delivered, to render it for other platforms.
type recorder struct {
	channel.Channel
	mu   sync.Mutex
	done []channel.Delivery
}

func (r *recorder) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	rc, err := r.Channel.Send(ctx, d)
	if err == nil {
		r.mu.Lock()
		r.done = append(r.done, d)
		r.mu.Unlock()
	}
	return rc, err
}

func (r *recorder) sent() []channel.Delivery {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]channel.Delivery(nil), r.done...)
}

// showPlatforms prints the exact Telegram and Discord requests for each delivered post.
func showPlatforms(w io.Writer, done []channel.Delivery) {
	if len(done) == 0 {
		return
	}
	fmt.Fprintln(w, "── The same posts as Telegram and Discord would receive them (nothing is sent) ──")
	for _, typ := range []string{"telegram", "discord"} {
		ch, err := bots.Sample(typ)
		if err != nil {
			fmt.Fprintf(w, "%s: %v\n", typ, err)
			continue
		}
		pv, ok := ch.(channel.Previewer)
		if !ok {
			continue
		}
		for _, d := range done {
			req, err := pv.Preview(d)
			if err != nil {
				fmt.Fprintf(w, "%s: %v\n", typ, err)
				continue
			}
			var b strings.Builder
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(req.Fields)
			fmt.Fprintf(w, "%s %s %s", typ, req.Method, b.String())
		}
	}
	fmt.Fprintln(w)
}
