// Command paperboy watches news sites and posts each new article once, natively formatted, to
// Telegram, Discord and other channels. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // Asia/Seoul and every zone work even in an image without a tz database
)

// exitUsage is the exit code for bad flags and bad configuration.
const exitUsage = 2

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand. Its run function parses its own flags with newFlags and
// parseInterleaved, so `--help` and bad flags are handled the same way everywhere (see help.go).
type command struct {
	name    string
	args    string // the usage line after "paperboy <name>", flags included
	summary string // one line for the command list
	about   string // what it does, for `paperboy help <name>`; may span lines
	example string // one or more example lines
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands is the command table: adding a command is adding one entry. It is filled in init
// because the commands themselves look up their usage line in it.
var commands []command

func init() {
	commands = []command{
		{name: "demo", args: "[--state DIR] [-v]", summary: "run the whole pipeline on built-in sample articles (no tokens, Redis or network)",
			about:   "Starts a small news site in-process, runs the real pipeline into the console channel, shows the exact\nTelegram and Discord requests each post would become, and ends with a summary line. A second run with the\nsame --state delivers nothing: every article was already claimed.",
			example: "paperboy demo --state ./demo-state", run: cmdDemo},
		{name: "run", args: "--config FILE [--once] [--drain-timeout DURATION] [--grace DURATION]", summary: "run the service (--once: poll, deliver, print a summary and exit)",
			about:   "Polls every source, claims each new article once per channel and delivers it, until SIGTERM or SIGINT.\nSIGHUP reloads the configuration. With --once it polls every source once, delivers what is due within\n--drain-timeout, prints a summary line and exits non-zero when something failed (for cron jobs).",
			example: "paperboy run --config config.yaml\npaperboy run --config config.yaml --once --drain-timeout 1m", run: cmdRun},
		{name: "push", args: "--config FILE URL [--to CHANNEL]...", summary: "fetch an article and queue it (deduplicated like every source)",
			about:   "Fetches the page, extracts and summarizes it like any source, and queues it where the routes send the\nsource push (every channel when no route names it), or only on the channels named with --to. A URL\nalready posted to a channel is reported with when and as which message, not posted again. A running\n`paperboy run` with the same store delivers it.",
			example: "paperboy push --config config.yaml https://example.com/news/1 --to tg-news", run: cmdPush},
		{name: "preview", args: "--config FILE URL [--as CHANNEL|TYPE]", summary: "show the post for a URL, or the exact request a platform would get",
			about:   "Fetches and extracts the page and prints the post as plain text, or with --as the exact HTTP request the\nnamed channel (or a sample channel of that type) would send. Nothing is sent or stored.",
			example: "paperboy preview --config config.yaml https://example.com/news/1 --as telegram", run: cmdPreview},
		{name: "correct", args: "--config FILE URL [--reason TEXT]", summary: "re-read an article and update every post of it to the new version",
			about:   "Re-reads the page (as push does), prints the post as shown and the new version, and queues an update of\nevery post of it: each channel's post is edited in place where the platform allows (Bluesky gets a reply,\ne-mail a follow-up in the same thread). Each revision goes out once per channel. A running `paperboy run`\nwith the same store delivers it.",
			example: "paperboy correct --config config.yaml https://example.com/news/1 --reason \"wrong name in the headline\"", run: cmdCorrect},
		{name: "retract", args: "--config FILE URL [--reason TEXT]", summary: "withdraw every post of an article",
			about:   "Queues the withdrawal of every post of the article: deleted where the platform allows (Telegram only within\n48 hours of sending; older posts are edited into a withdrawal notice), otherwise edited into a notice. A\npost still waiting in the queue is cancelled. A running `paperboy run` with the same store delivers it.",
			example: "paperboy retract --config config.yaml https://example.com/news/1 --reason \"legal request\"", run: cmdRetract},
		{name: "dead", args: "list|retry|drop --config FILE [-n N] [ID|all]", summary: "list, retry or drop dead letters (deliveries that failed for good)",
			about:   "list prints the newest dead letters (id, time, channel, article, reason); retry ID|all queues them again;\ndrop ID|all deletes them.",
			example: "paperboy dead list --config config.yaml\npaperboy dead retry --config config.yaml all", run: cmdDead},
		{name: "channels", args: "list|pause|resume --config FILE [NAME] [--reason TEXT]", summary: "list channels (paused since when, why, posts waiting); pause or resume one",
			about:   "list prints every configured channel with its pause state (since when and why) and the posts waiting in\nits queue; pause NAME stops its deliveries (posts keep queueing), resume NAME starts them again — the\ncommand-line twin of /pause and /resume in chat. With the embedded store, stop the service first (only one\nprocess may open the file).",
			example: "paperboy channels list --config config.yaml\npaperboy channels pause --config config.yaml tg-news --reason \"token rotation\"\npaperboy channels resume --config config.yaml tg-news", run: cmdChannels},
		{name: "sources", args: "list|add|remove --config FILE [--name N] [--interval D] [--selector CSS] [URL|NAME]", summary: "list sources; add or remove one at runtime, without a config edit",
			about:   "list prints every source, the file's and the runtime ones (added here, from chat or the dashboard), with\nits state. add fetches URL through the guarded client, tells a feed from a sitemap from a page that\nadvertises a feed (any other page needs --selector), shows the newest items and saves it; remove NAME\ndeletes a runtime source. Running replicas pick changes up within seconds, without SIGHUP.",
			example: "paperboy sources list --config config.yaml\npaperboy sources add --config config.yaml --name hn --interval 10m https://news.ycombinator.com/rss\npaperboy sources remove --config config.yaml hn", run: cmdSources},
		{name: "chats", args: "list|suspend|remove --config FILE [CHAT] [--reason TEXT]", summary: "list readers' and communities' chats; suspend or remove one",
			about:   "list prints every chat that follows or subscribes (telegram:<chat id>, discord:<channel id>), its kind,\nstate and follows or subscriptions; suspend CHAT stops its deliveries until it subscribes again; remove\nCHAT deletes it with its subscriptions (and the feeds only it used). With the embedded store, stop the\nservice first (only one process may open the file).",
			example: "paperboy chats list --config config.yaml\npaperboy chats suspend --config config.yaml telegram:-1001234 --reason spam\npaperboy chats remove --config config.yaml telegram:-1001234", run: cmdChats},
		{name: "opml", args: "import|export --config FILE FILE", summary: "import runtime sources from OPML, or export every source to OPML",
			about:   "import adds each feed of an OPML file (folders flattened) as a runtime source, skipping URLs already\nwatched; export writes the file's and the runtime sources. FILE - is standard input or output.",
			example: "paperboy opml import --config config.yaml feeds.opml\npaperboy opml export --config config.yaml backup.opml", run: cmdOPML},
		{name: "extract", args: "URL|FILE [--url ORIGINAL_URL] [--content-type TYPE] [--summary N] [--allow-private]", summary: "print what paperboy reads from an article page, as JSON",
			about:   "Fetches a URL (through the same guarded client as the service: private and loopback addresses are\nrefused unless --allow-private) or reads a saved FILE, and prints title, authors, times, lead image,\nsummary and body as JSON.",
			example: "paperboy extract https://example.com/news/1\npaperboy extract page.html --url https://example.com/news/1", run: cmdExtract},
		{name: "check-config", args: "FILE", summary: "validate a configuration file and build its channels",
			about:   "Loads the file as `run` would (environment variables, *_file secrets, defaults, every channel's own\nchecks) without contacting any platform. Exits 0 when it is valid, 2 with `file:line: key: problem`\nlines when not.",
			example: "paperboy check-config config.yaml", run: cmdCheckConfig},
		{name: "hash-password", args: "[--cost N]", summary: "print a bcrypt hash of a password for the dashboard",
			about:   "Reads a password from the terminal without echoing it (asking twice), or from standard input when it is\npiped, and prints its bcrypt hash for dashboard.password_hash or a users[].password_hash (or a\n*_file secret). Passwords are 1 to 72 bytes (bcrypt's limit).",
			example: "paperboy hash-password\nprintf '%s' \"$PASSWORD\" | paperboy hash-password > dashboard_password_hash", run: cmdHashPassword},
		{name: "health", args: "[--url URL]", summary: "exit 0 when the service's /healthz answers (container health checks)",
			about:   "Asks a running service's health endpoint and exits 0 when it answers 200 within 3 seconds, 1\notherwise. Distroless images have no curl: this is their HEALTHCHECK.",
			example: "paperboy health --url http://127.0.0.1:8080/healthz", run: cmdHealth},
		{name: "version", args: "", summary: "print the version, VCS revision and Go version of this build",
			about:   "Reads the module version and VCS revision (and whether the tree had uncommitted changes) that `go build`\nrecords in every binary; release builds may set them with -ldflags instead.",
			example: "paperboy version", run: cmdVersion},
	}
}

// findCommand returns the command named name.
func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		writeOverview(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "--help", "-help", "-h":
		if len(args) > 1 && name == "help" && !strings.HasPrefix(args[1], "-") {
			if _, ok := findCommand(args[1]); !ok {
				return unknownCommand(args[1], stderr)
			}
			return run(ctx, []string{args[1], "--help"}, stdout, stderr)
		}
		writeOverview(stdout)
		return 0
	case "--version", "-version", "-v":
		name = "version"
	}
	c, ok := findCommand(name)
	if !ok {
		return unknownCommand(name, stderr)
	}
	err := c.run(ctx, args[1:], stdout, stderr)
	if err == nil {
		return 0
	}
	var he helpRequest
	if errors.As(err, &he) {
		writeHelp(stdout, c, he.fs)
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

// unknownCommand reports a command that is not in the table, with the nearest one when close.
func unknownCommand(name string, stderr io.Writer) int {
	fmt.Fprintf(stderr, "paperboy: unknown command %q", name)
	if near := nearestCommand(name); near != "" {
		fmt.Fprintf(stderr, " (did you mean %q?)", near)
	}
	fmt.Fprintln(stderr, "\nRun 'paperboy help' for the list of commands.")
	return exitUsage
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

// argsErr is a usage error for wrong positional arguments: the problem, the usage line and
// where to read more.
func argsErr(name, problem string) error {
	c, _ := findCommand(name)
	return exitError{code: exitUsage, msg: fmt.Sprintf("paperboy %s: %s\nusage: paperboy %s %s\nRun 'paperboy %s --help' for details.", name, problem, name, c.args, name)}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
