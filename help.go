package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// newFlags returns a flag set for a command. It prints nothing itself: parseInterleaved turns
// -h/--help into a helpRequest (help on stdout, exit 0) and a bad flag into a short usage error
// (stderr, exit 2), so every command behaves the same.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// helpRequest is returned by a command asked for --help; run prints the command's help.
type helpRequest struct{ fs *flag.FlagSet }

func (helpRequest) Error() string { return "help requested" }

// parseInterleaved parses flags that may come before or after positional arguments
// (`push URL --to tg` as well as `push --to tg URL`); a lone "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{fs}
			}
			return nil, exitError{code: exitUsage, msg: fmt.Sprintf("paperboy %s: %v\nRun 'paperboy %s --help' for its flags.", fs.Name(), err, fs.Name())}
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		args = rest
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// writeOverview prints the command list.
func writeOverview(w io.Writer) {
	fmt.Fprint(w, "paperboy — news to Telegram, Discord and more, each article once.\n\nUsage:\n  paperboy <command> [flags] [arguments]\n\nCommands:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", c.name, c.summary)
	}
	fmt.Fprintf(tw, "  help\t%s\n", "this list, or `paperboy help <command>` for one command's flags")
	tw.Flush()
	fmt.Fprint(w, "\nRun 'paperboy <command> --help' (or 'paperboy help <command>') for its flags and examples.\n"+
		"Start with 'paperboy demo', then 'cp config/examples/minimal.yaml config.yaml' and\n"+
		"'paperboy run --config config.yaml --once'. Documentation: README.md.\n")
}

// writeHelp prints one command's description, usage, flags and examples.
func writeHelp(w io.Writer, c command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "paperboy %s — %s\n\nUsage:\n  paperboy %s %s\n\n%s\n", c.name, c.summary, c.name, c.args, c.about)
	if fs != nil {
		var n int
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(w, "\nFlags:\n")
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fs.VisitAll(func(f *flag.Flag) {
				arg, usage := flag.UnquoteUsage(f)
				name := "--" + f.Name
				if len(f.Name) == 1 {
					name = "-" + f.Name
				}
				if arg != "" {
					name += " " + arg
				}
				if def := f.DefValue; !isZeroFlag(def) {
					usage += fmt.Sprintf(" (default %s)", def)
				}
				fmt.Fprintf(tw, "  %s\t%s\n", name, usage)
			})
			fmt.Fprintf(tw, "  %s\t%s\n", "-h, --help", "show this help")
			tw.Flush()
		}
	}
	if c.example != "" {
		fmt.Fprint(w, "\nExamples:\n")
		for line := range strings.SplitSeq(c.example, "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
}

func isZeroFlag(def string) bool {
	switch def {
	case "", "0", "false", "0s", "[]":
		return true
	}
	return false
}

// nearestCommand returns the command within two edits of name, if any (a typo such as "pusj").
func nearestCommand(name string) string {
	best, bestD := "", 3
	for _, c := range commands {
		if d := editDistance(name, c.name); d < bestD {
			best, bestD = c.name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance; hand-written because the standard library has none
// and a dependency for ten lines is not worth it.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
