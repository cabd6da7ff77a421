// Command paperboy watches news sites and posts each new article once, natively formatted, to
// Telegram, Discord and other channels. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // Asia/Seoul and every zone work even in an image without a tz database
)

// Set at build time with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = "dev"
	commit  = "none"
)

// exitUsage is the exit code for bad flags and bad configuration.
const exitUsage = 2

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `paperboy — news to Telegram, Discord and more, each article once.

Usage:
  paperboy demo [--state DIR]                      run the whole pipeline on built-in sample articles
  paperboy run --config FILE [--once]              run the service (--once: poll, deliver, exit)
  paperboy push --config FILE URL [--to CHANNEL]   fetch an article and queue it (repeat --to)
  paperboy preview --config FILE URL [--as TYPE]   show the post, or the exact request for a platform
  paperboy dead list|retry|drop --config FILE [ID] the dead-letter list
  paperboy channels list|pause|resume --config FILE [NAME]  paused channels: since when, why; pause or resume one
  paperboy extract URL|FILE                        print what paperboy reads from an article page, as JSON
  paperboy check-config FILE                       validate a configuration file
  paperboy health [--url URL]                      exit 0 when the service's /healthz answers (container checks)
  paperboy version                                 print the version
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "demo":
		err = cmdDemo(ctx, args[1:], stdout, stderr)
	case "run":
		err = cmdRun(ctx, args[1:], stdout, stderr)
	case "push":
		err = cmdPush(ctx, args[1:], stdout, stderr)
	case "preview":
		err = cmdPreview(ctx, args[1:], stdout, stderr)
	case "dead":
		err = cmdDead(ctx, args[1:], stdout, stderr)
	case "channels":
		err = cmdChannels(ctx, args[1:], stdout, stderr)
	case "extract":
		err = cmdExtract(ctx, args[1:], stdout, stderr)
	case "health":
		err = cmdHealth(ctx, args[1:], stdout, stderr)
	case "check-config":
		err = cmdCheckConfig(args[1:], stdout)
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "paperboy %s (%s)\n", version, commit)
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "paperboy: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "paperboy:", err)
	return 1
}

// exitError carries a specific exit code (2 for usage and configuration errors).
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func usageErr(format string, args ...any) error {
	return exitError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

// parseInterleaved parses flags that may come before or after positional arguments
// (`push URL --to tg` as well as `push --to tg URL`).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
