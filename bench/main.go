// Command bench measures paperboy end to end: it starts synthetic feeds and fake Telegram and
// Discord servers that enforce the platforms' rate limits (in a child process, so the CPU and
// memory measured are paperboy's alone), runs the real pipeline against them with a real
// Redis, and prints one result table per scenario, in Markdown.
//
//	go run ./bench burst|fanout|retract|steady|dedup|all [-redis URL] [-cpuprofile FILE]
//
// Redis is REDIS_URL or redis://127.0.0.1:6379/0; every run uses a unique key prefix and
// deletes it afterwards.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// opts are the command-line settings every scenario sees.
type opts struct {
	redisURL string
	profile  string // CPU profile of the measured window ("" = none)
}

// report is one scenario's result table.
type report struct {
	title   string
	command string
	machine string
	rows    [][3]string // metric, value, ceiling or target
}

func (r *report) add(metric, value, ceiling string) {
	r.rows = append(r.rows, [3]string{metric, value, ceiling})
}

func (r *report) print() {
	fmt.Printf("\n### %s\n\n`%s` — %s\n\n| metric | result | ceiling / target |\n|---|---|---|\n", r.title, r.command, r.machine)
	for _, row := range r.rows {
		fmt.Printf("| %s | %s | %s |\n", row[0], row[1], row[2])
	}
}

func main() {
	child := flag.String("child", "", "internal: serve the feeds and platform fakes described by this JSON")
	redisURL := flag.String("redis", "", "Redis URL (default $REDIS_URL or redis://127.0.0.1:6379/0)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of each measured window to FILE.<scenario>")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./bench [-redis URL] [-cpuprofile FILE] burst|fanout|retract|steady|dedup|all")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *child != "" {
		if err := runChild(*child); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	o := opts{redisURL: *redisURL}
	if o.redisURL == "" {
		o.redisURL = os.Getenv("REDIS_URL")
	}
	if o.redisURL == "" {
		o.redisURL = "redis://127.0.0.1:6379/0"
	}
	scenarios := map[string]func(context.Context, opts) (*report, error){
		"burst": burst, "fanout": fanout, "retract": retract, "steady": steady, "dedup": dedup,
	}
	names := []string{flag.Arg(0)}
	if names[0] == "all" {
		names = []string{"burst", "fanout", "retract", "steady", "dedup"}
	}
	for _, name := range names {
		fn, ok := scenarios[name]
		if !ok {
			flag.Usage()
			os.Exit(2)
		}
		so := o
		if *profile != "" {
			so.profile = *profile + "." + name
		}
		machine := machineInfo()
		r, err := fn(context.Background(), so)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench: %s: %v\n", name, err)
			os.Exit(1)
		}
		r.machine = machine
		r.print()
	}
}

// machineInfo describes the box and its load right now (other work shares it).
func machineInfo() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	load := "?"
	if out, err := exec.Command("uptime").Output(); err == nil {
		if _, after, ok := strings.Cut(string(out), "load average:"); ok {
			load = strings.TrimSpace(after)
		}
	}
	return fmt.Sprintf("%d × %s, %s, load average %s (1/5/15 min)", runtime.NumCPU(), cpu, runtime.Version(), load)
}

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func pct(x float64) string { return fmt.Sprintf("%.1f %%", 100*x) }
