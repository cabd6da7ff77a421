package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"time"

	"paperboy/bench/measure"
	"paperboy/bots/discord/discordtest"
	"paperboy/bots/telegram/telegramtest"
)

// The synthetic feeds and the platform fakes run in a child process, so the CPU time and RSS
// measured in the parent are paperboy's alone.

// worldSpec is what the child serves.
type worldSpec struct {
	Feeds    int     // feeds at /f/<i>.xml
	Initial  int     // items each feed lists at the start
	Rate     float64 // new items per second across all feeds
	Webhooks int     // Discord webhooks to create
}

// worldAddrs is what the child tells the parent once it listens.
type worldAddrs struct {
	Feeds    string   // base URL of the feed server
	Telegram string   // Bot API base URL (the gate in front of telegramtest)
	Webhooks []string // Discord webhook execute URLs
}

// platformStats is what one platform saw.
type platformStats struct {
	Posts      int       // message requests received
	Accepted   int       // messages posted
	Refused    int       // answered 429
	RefusedBot int       // Telegram: answered 429 for the bot-wide rule
	Violations int       // requests inside an announced retry_after window
	First      time.Time // first accepted post
	Last       time.Time // last accepted post
	PeakSecond int       // most posts accepted in any 1 s (Telegram: the bot-wide figure, in its enforced window)
	Edits      int       // Telegram: editMessage* calls accepted
	Deletes    int       // Telegram: deleteMessage calls accepted
	RefusedDel int       // Telegram: deleteMessage calls answered 429
	DelFirst   time.Time // Telegram: first accepted deleteMessage
	DelLast    time.Time // Telegram: last accepted deleteMessage
}

// worldStats is what the child reports when its stdin closes.
type worldStats struct {
	Telegram, Discord platformStats
	FeedOK, FeedNM    int64   // feed answers 200 and 304
	Published         int     // items that appeared after the start
	CPUSeconds        float64 // the child's own CPU time
}

func runChild(specJSON string) error {
	var spec worldSpec
	if err := json.Unmarshal([]byte(specJSON), &spec); err != nil {
		return fmt.Errorf("bench: child spec: %w", err)
	}
	stop := make(chan struct{})
	feeds := newFeedServer(spec.Feeds, spec.Initial, spec.Rate, stop)
	fs := httptest.NewServer(feeds)
	defer fs.Close()

	tg := telegramtest.New()
	defer tg.Close()
	tg.SetFlood(telegramtest.Flood{Max: tgGroupMin.max, Per: tgGroupMin.per, RetryAfter: 3})
	gate := newTGGate(tg.Handler())
	ts := httptest.NewServer(gate)
	defer ts.Close()

	dc := discordtest.New(discordtest.Options{})
	ds := httptest.NewServer(dc)
	defer ds.Close()
	addrs := worldAddrs{Feeds: fs.URL, Telegram: ts.URL}
	for range spec.Webhooks {
		wh := dc.AddWebhook()
		addrs.Webhooks = append(addrs.Webhooks, ds.URL+"/api/v10"+wh.URL)
	}
	if err := json.NewEncoder(os.Stdout).Encode(addrs); err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, os.Stdin) // the parent closes stdin when it is done
	close(stop)

	st := worldStats{FeedOK: feeds.ok.Load(), FeedNM: feeds.nm.Load(), Published: feeds.published()}
	gate.mu.Lock()
	st.Telegram = platformStats{Posts: gate.posts, Refused: gate.refused, RefusedBot: gate.byBot, Violations: gate.violation,
		First: gate.first, Last: gate.last, PeakSecond: gate.peak,
		Edits: gate.edits, RefusedDel: gate.refusedDel, Deletes: gate.deletes, DelFirst: gate.delFirst, DelLast: gate.delLast}
	gate.mu.Unlock()
	for _, r := range tg.Requests() {
		if r.Status == http.StatusTooManyRequests {
			st.Telegram.Refused++
		}
	}
	st.Telegram.Violations += len(tg.Violations())
	st.Telegram.Accepted = len(tg.Messages())

	for _, r := range dc.Requests() {
		if r.Method != http.MethodPost {
			continue
		}
		st.Discord.Posts++
		if r.Status == http.StatusTooManyRequests {
			st.Discord.Refused++
		}
	}
	st.Discord.Violations = len(dc.Violations())
	msgs := dc.Messages()
	st.Discord.Accepted = len(msgs)
	for i, m := range msgs {
		if i == 0 || m.At.Before(st.Discord.First) {
			st.Discord.First = m.At
		}
		if m.At.After(st.Discord.Last) {
			st.Discord.Last = m.At
		}
		n := 0
		for _, o := range msgs[:i+1] {
			if d := m.At.Sub(o.At); d >= 0 && d < time.Second {
				n++
			}
		}
		st.Discord.PeakSecond = max(st.Discord.PeakSecond, n)
	}
	st.CPUSeconds = measure.CPUSeconds()
	return json.NewEncoder(os.Stdout).Encode(st)
}

// world is the parent's handle on a running child.
type world struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
	worldAddrs
}

func startWorld(spec worldSpec) (*world, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	js, _ := json.Marshal(spec)
	cmd := exec.Command(exe, "-child", string(js))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: start child: %w", err)
	}
	w := &world{cmd: cmd, stdin: stdin, out: bufio.NewReader(stdout)}
	line, err := w.out.ReadBytes('\n')
	if err == nil {
		err = json.Unmarshal(line, &w.worldAddrs)
	}
	if err != nil {
		w.kill()
		return nil, fmt.Errorf("bench: child did not start: %w", err)
	}
	return w, nil
}

// finish asks the child for its stats and waits for it to exit.
func (w *world) finish() (worldStats, error) {
	var st worldStats
	_ = w.stdin.Close()
	line, err := w.out.ReadBytes('\n')
	if err == nil {
		err = json.Unmarshal(line, &st)
	}
	_ = w.cmd.Wait()
	if err != nil {
		return st, fmt.Errorf("bench: child stats: %w", err)
	}
	return st, nil
}

func (w *world) kill() {
	_ = w.cmd.Process.Kill()
	_ = w.cmd.Wait()
}
