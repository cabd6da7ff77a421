// Command scale is the issue-21 scale benchmark: N synthetic feeds (most answer 304) served from
// a child process on many loopback hosts, polled by R replica child processes that run the real
// pipeline on a shared Redis and split the sources among themselves. It reports each replica's
// CPU and memory, the 304 share, whether every feed was polled on time, whether any feed was
// polled twice in one interval, and — with -kill — how long the survivors take to cover a
// killed replica's share.
//
//	go run ./bench/scale -feeds 100000 -interval 5m -duration 6m30s
//	go run ./bench/scale -feeds 30000 -replicas 3 -interval 2m -duration 5m -kill 2m30s
//	go run ./bench/scale -feeds 5000 -chats 18000 -readers 2000 -interval 1m -duration 4m
//
// With -chats or -readers the feeds are runtime sources that community chats subscribed to, and
// readers follow keywords; each chat posts through its own delivery worker (see chats.go).
//
// Redis comes from REDIS_URL (default redis://127.0.0.1:6379/0); the keys live under a fresh
// prefix that is purged at the end. State is pre-seeded as a running service would have it
// (validators known, first sight done, items seen), with next polls spread evenly over one
// interval starting -ramp after the replicas start, so each feed's due time is known exactly.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/store"
	"paperboy/core/store/redis"
)

type options struct {
	feeds, hosts, replicas, workers int
	chats, readers                  int
	interval, duration, ramp, kill  time.Duration
	changes                         float64
	url                             string
	stats                           string // where every replica stats line goes (JSON lines), "" = nowhere
}

func main() {
	var o options
	flag.IntVar(&o.feeds, "feeds", 100000, "synthetic feeds to watch")
	flag.IntVar(&o.hosts, "hosts", 500, "loopback hosts the feeds are spread over (127.0.x.y)")
	flag.IntVar(&o.replicas, "replicas", 1, "replica processes sharing the Redis")
	flag.IntVar(&o.workers, "workers", 0, "fetch.workers per replica (0 = the default)")
	flag.DurationVar(&o.interval, "interval", 5*time.Minute, "poll interval of every source")
	flag.DurationVar(&o.duration, "duration", 6*time.Minute+30*time.Second, "how long the replicas run")
	flag.DurationVar(&o.ramp, "ramp", 20*time.Second, "time the replicas get to start before the first feed is due")
	flag.DurationVar(&o.kill, "kill", 0, "kill replica r0 (SIGKILL, no goodbye) this long after the start; 0 = never")
	flag.IntVar(&o.chats, "chats", 0, "community chats subscribed to the feeds (the feeds become runtime sources)")
	flag.IntVar(&o.readers, "readers", 0, "readers following keywords (the feeds become runtime sources)")
	flag.Float64Var(&o.changes, "changes", 0.03, "share of feeds that publish a new item per interval")
	flag.StringVar(&o.stats, "stats", "", "write every replica's once-a-second stats line (CPU, RSS, live heap, polls) to this file as JSON lines")
	flag.StringVar(&memProfile, "memprofile", "", "each replica writes a heap profile to this path + \".r<N>\" as it stops")
	serveMode := flag.Bool("serve", false, "internal: run as the feed server")
	replica := flag.String("replica", "", "internal: run as this replica")
	cfgPath := flag.String("config", "", "internal: the replica's config file")
	prefix := flag.String("prefix", "", "internal: the replica's Redis key prefix")
	flag.Parse()
	o.url = os.Getenv("REDIS_URL")
	if o.url == "" {
		o.url = "redis://127.0.0.1:6379/0"
	}
	var err error
	switch {
	case *serveMode:
		err = serve(o.feeds, o.hosts, o.changes*float64(o.feeds)/o.interval.Seconds())
	case *replica != "":
		err = runReplica(*replica, *cfgPath, o.url, *prefix)
	default:
		err = run(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

// child is a started child process with its stdout as lines.
type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
	read  chan struct{} // closed when a replica's stats reader met the end of its output
}

func start(args ...string) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, args...)
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
		return nil, err
	}
	return &child{cmd: cmd, stdin: stdin, out: bufio.NewReaderSize(stdout, 1<<20)}, nil
}

func (c *child) readJSON(v any) error {
	line, err := c.out.ReadBytes('\n')
	if err != nil && (err != io.EOF || len(line) == 0) {
		return err
	}
	return json.Unmarshal(line, v)
}

// timeline is every stats line of every replica, in arrival order.
type timeline struct {
	mu    sync.Mutex
	lines []replicaStats
}

func (t *timeline) add(s replicaStats) {
	t.mu.Lock()
	t.lines = append(t.lines, s)
	t.mu.Unlock()
}

func run(o options) error {
	srv, err := start("-serve", "-feeds", fmt.Sprint(o.feeds), "-hosts", fmt.Sprint(o.hosts),
		"-interval", o.interval.String(), "-changes", fmt.Sprint(o.changes))
	if err != nil {
		return err
	}
	defer func() { _ = srv.cmd.Process.Kill(); _ = srv.cmd.Wait() }()
	var ready serverReady
	if err := srv.readJSON(&ready); err != nil {
		return fmt.Errorf("feed server: %w", err)
	}
	dir, err := os.MkdirTemp("", "paperboy-scale-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var y strings.Builder
	fmt.Fprintf(&y, "fetch: { allow_private: true, timeout: 10s")
	if o.workers > 0 {
		fmt.Fprintf(&y, ", workers: %d", o.workers)
	}
	y.WriteString(" }\nlog: { level: warn }\n")
	chats := o.chats+o.readers > 0
	if chats {
		y.WriteString(chatYAML(o))
	} else {
		y.WriteString("sources:\n")
		for i := range o.feeds {
			fmt.Fprintf(&y, "  - { name: f%d, url: %q, interval: %s }\n", i, feedURL(ready.Addrs, i), o.interval)
		}
	}
	y.WriteString("channels:\n  - { name: discard, type: console }\n")
	cfgPath := filepath.Join(dir, "scale.yaml")
	if err := os.WriteFile(cfgPath, []byte(y.String()), 0o600); err != nil {
		return err
	}

	ctx := context.Background()
	prefix := fmt.Sprintf("pbscale:%d:", time.Now().UnixNano())
	st, err := redis.Open(ctx, redis.Options{URL: o.url, Prefix: prefix})
	if err != nil {
		return err
	}
	defer func() {
		if err := st.Purge(context.Background()); err != nil {
			fmt.Fprintln(os.Stderr, "scale: purge", prefix, err)
		}
		_ = st.Close()
	}()
	var costs chatCosts
	if chats {
		cfg, err := config.Parse(cfgPath, []byte(y.String()), os.LookupEnv)
		if err != nil {
			return err
		}
		if costs, err = seedChats(ctx, st, cfg, o, ready.Addrs); err != nil {
			return err
		}
	}
	seedStart := time.Now()
	// Replicas start right after seeding; the first feed is due ramp later.
	t0 := time.Now().Add(o.ramp + time.Duration(o.feeds)*20*time.Microsecond)
	due, err := seed(ctx, st, o, ready.Addrs, t0)
	if err != nil {
		return err
	}
	seeded := time.Since(seedStart)

	var tl timeline
	names := make([]string, o.replicas)
	reps := make([]*child, o.replicas)
	for r := range reps {
		names[r] = fmt.Sprintf("r%d", r)
		if reps[r], err = start("-replica", names[r], "-config", cfgPath, "-prefix", prefix, "-memprofile", memProfile); err != nil {
			return err
		}
		reps[r].read = make(chan struct{})
		go func(c *child) {
			defer close(c.read)
			for {
				var s replicaStats
				if err := c.readJSON(&s); err != nil {
					return
				}
				tl.add(s)
			}
		}(reps[r])
	}
	started := time.Now()
	var killed time.Time
	if o.kill > 0 {
		time.Sleep(o.kill)
		killed = time.Now()
		_ = reps[0].cmd.Process.Kill()
		time.Sleep(o.duration - o.kill)
	} else {
		time.Sleep(o.duration)
	}
	for r, c := range reps {
		if r > 0 || killed.IsZero() {
			_ = c.cmd.Process.Signal(os.Interrupt)
		}
		<-c.read // its last line (the sends) is read before Wait closes the pipe
		_ = c.cmd.Wait()
	}
	_ = srv.stdin.Close()
	var rep serverReport
	if err := srv.readJSON(&rep); err != nil {
		return fmt.Errorf("feed server report: %w", err)
	}
	res := result{o: o, names: names, due: due, started: started, killed: killed, seeded: seeded, server: rep, prefix: prefix, costs: costs}
	tl.mu.Lock()
	res.lines = tl.lines
	tl.mu.Unlock()
	if o.stats != "" {
		if err := writeStats(o.stats, res.lines); err != nil {
			return err
		}
	}
	res.print(os.Stdout)
	return nil
}

// seed writes the state a long-running service would have: validators, first sight done, the
// listed items seen, and next polls spread evenly over one interval from t0 (in a scrambled
// feed order, so hosts and replicas mix). It returns each feed's due time.
func seed(ctx context.Context, st store.Store, o options, addrs []string, t0 time.Time) ([]time.Time, error) {
	due := make([]time.Time, o.feeds)
	for i := range due {
		slot := (int64(i) * 7919) % int64(o.feeds)
		due[i] = t0.Add(time.Duration(slot * int64(o.interval) / int64(o.feeds)))
	}
	return due, inParallel(func(w int) error {
		var ids []string
		for i := w; i < o.feeds; i += seeders {
			s := store.SourceState{ETag: fmt.Sprintf(`"%d-0"`, i), LastPoll: t0.Add(-o.interval), Seeded: true, NextPoll: due[i]}
			if err := st.SaveSourceState(ctx, fmt.Sprintf("f%d", i), s); err != nil {
				return err
			}
			for k := range feedItems {
				c, err := article.Canonical(itemURL(addrs[i%len(addrs)], i, k))
				if err != nil {
					return err
				}
				ids = append(ids, article.ID(c))
			}
			if len(ids) >= 5000 {
				if err := st.MarkSeen(ctx, ids, 7*24*time.Hour); err != nil {
					return err
				}
				ids = ids[:0]
			}
		}
		return st.MarkSeen(ctx, ids, 7*24*time.Hour)
	})
}

// seeders is how many goroutines write the seeded state.
const seeders = 16

// inParallel runs fn(0) … fn(seeders-1) at once and returns the first error.
func inParallel(fn func(w int) error) error {
	var wg sync.WaitGroup
	errs := make(chan error, seeders)
	for w := range seeders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(w); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// writeStats writes the replicas' stats lines as JSON lines, for a plot of RSS and live heap over
// the run (the printed summary only has peaks and medians).
func writeStats(path string, lines []replicaStats) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			_ = f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}
