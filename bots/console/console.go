// Package console is the channel that prints each post as text: the demo's output and a dry
// run of any configuration.
package console

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/core/channel"
)

// Config configures the console channel.
type Config struct {
	Output string `yaml:"output"` // stdout (default) | stderr
	Width  int    `yaml:"width"`  // summary budget in characters (default 280)
}

// Validate fills defaults and checks the values.
func (c *Config) Validate() error {
	if c.Output == "" {
		c.Output = "stdout"
	}
	if c.Output != "stdout" && c.Output != "stderr" {
		return fmt.Errorf("console: output: must be stdout or stderr (got %q)", c.Output)
	}
	if c.Width == 0 {
		c.Width = 280
	}
	if c.Width < 20 {
		return fmt.Errorf("console: width: must be at least 20 (got %d)", c.Width)
	}
	return nil
}

// Channel prints posts to a writer.
type Channel struct {
	name string
	cfg  Config
	w    io.Writer
	mu   sync.Mutex
	seq  int
	loc  *time.Location
	now  func() time.Time
}

var _ channel.Channel = (*Channel)(nil)

// New returns a console channel writing to cfg.Output.
func New(cfg Config, opts channel.Options) (*Channel, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.WithDefaults()
	var w io.Writer = os.Stdout
	if cfg.Output == "stderr" {
		w = os.Stderr
	}
	return &Channel{name: opts.Name, cfg: cfg, w: w, loc: opts.Location, now: opts.Now}, nil
}

// NewWriter returns a console channel writing to w (tests and the demo).
func NewWriter(name string, w io.Writer, loc *time.Location) *Channel {
	if loc == nil {
		loc = channel.DefaultLocation()
	}
	return &Channel{name: name, cfg: Config{Output: "stdout", Width: 280}, w: w, loc: loc, now: time.Now}
}

// Name implements channel.Channel.
func (c *Channel) Name() string { return c.name }

// Limits implements channel.Channel: a terminal takes anything, as fast as we like.
func (c *Channel) Limits() channel.Limits {
	return channel.Limits{TextMax: 4000, Unit: channel.Graphemes, Rate: rate.Inf, Burst: 1, Idempotent: false}
}

// Send implements channel.Channel.
func (c *Channel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return channel.Receipt{}, err
	}
	text := Render(d, c.cfg.Width, c.loc)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	if _, err := io.WriteString(c.w, text); err != nil {
		return channel.Receipt{}, channel.Errorf(channel.Transient, "console: write: %v", err)
	}
	return channel.Receipt{RemoteID: fmt.Sprintf("%s#%d", c.name, c.seq), SentAt: c.now()}, nil
}

// Render formats a post as a framed block of plain text.
func Render(d channel.Delivery, width int, loc *time.Location) string {
	p := d.Post
	var b strings.Builder
	b.WriteString("┌─ " + p.Title + "\n")
	if p.Summary != "" {
		b.WriteString("│ " + channel.Truncate(p.Summary, width, channel.Graphemes) + "\n")
	}
	if p.ImageURL != "" {
		b.WriteString("│ 🖼 " + p.ImageURL + "\n")
	}
	meta := p.Source
	if p.Author != "" {
		meta += " · " + p.Author
	}
	if !p.Published.IsZero() {
		meta += " · " + p.Published.In(loc).Format("2006-01-02 15:04 MST")
	}
	b.WriteString("│ " + meta + "\n")
	if len(p.Tags) > 0 {
		b.WriteString("│ #" + strings.Join(p.Tags, " #") + "\n")
	}
	b.WriteString("└─ " + p.URL + "\n")
	return b.String()
}
