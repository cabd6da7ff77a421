package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	berrors "go.etcd.io/bbolt/errors"

	"paperboy/config"
	"paperboy/core/pipeline"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// cmdSources lists, adds and removes runtime sources: the command-line twin of /sources,
// /source add and /source remove. A running service picks the change up within seconds.
func cmdSources(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("sources")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	name := fs.String("name", "", "with add: the source's `NAME` (default: from the URL's host)")
	interval := fs.Duration("interval", 0, "with add: poll `INTERVAL` (default 5m)")
	selector := fs.String("selector", "", "with add: CSS `SELECTOR` of the article links, for a page without a feed")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return argsErr("sources", "needs a verb: list, add or remove")
	}
	switch verb := pos[0]; {
	case verb == "list" && len(pos) == 1:
	case verb == "add" && len(pos) == 2:
	case verb == "remove" && len(pos) == 2:
	case verb == "add":
		return argsErr("sources", "add needs exactly one URL")
	case verb == "remove":
		return argsErr("sources", "remove needs exactly one source NAME")
	case verb == "list":
		return argsErr("sources", "list takes no argument")
	default:
		return argsErr("sources", fmt.Sprintf("unknown verb %q (use list, add or remove)", verb))
	}
	cfg, st, err := openCatalog(ctx, *cfgPath, "sources")
	if err != nil {
		return err
	}
	defer st.Close()
	reg := subscribe.New(st, cfg)
	switch pos[0] {
	case "list":
		list, err := reg.List(ctx)
		if err != nil {
			return err
		}
		return writeSources(stdout, list)
	case "remove":
		if err := reg.RemoveSource(ctx, pos[1]); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s removed; running replicas stop polling it within seconds\n", pos[1])
		return nil
	}
	found, err := subscribe.Detect(ctx, pipeline.NewFetcher(cfg), pos[1], *selector)
	if err != nil {
		return err
	}
	s, err := reg.AddSource(ctx, subscribe.Source{Name: *name, Type: found.Type, URL: found.URL, Interval: *interval, Selector: *selector, Title: found.Title, AddedBy: "cli"})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added %s: %s %s every %s; newest items:\n", s.Name, s.Type, s.URL, s.Interval)
	for _, it := range found.Preview {
		fmt.Fprintf(stdout, "  - %s\n    %s\n", it.Title, it.URL)
	}
	fmt.Fprintln(stdout, "its first poll records what it lists as seen; later articles are posted")
	return nil
}

// openCatalog loads the configuration and opens its store for a catalog command.
func openCatalog(ctx context.Context, path, cmd string) (*config.Config, store.Store, error) {
	cfg, _, err := loadConfig(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(ctx, cfg)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, nil, fmt.Errorf("%s: the embedded store %s is in use by a running paperboy (only one process may open it): use the chat commands or the dashboard, or stop the service first", cmd, cfg.Store.Path)
	}
	return cfg, st, err
}

func writeSources(w io.Writer, list []subscribe.Listed) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tORIGIN\tTYPE\tINTERVAL\tSTATE\tURL")
	for _, l := range list {
		state := "active"
		switch {
		case l.Hidden:
			state = "hidden (the file has a source of this name)"
		case l.Disabled:
			state = "disabled " + l.DisabledAt.Local().Format(time.RFC3339) + ": " + l.DisabledReason
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", l.Name, l.Origin, l.Type, l.Interval, state, l.URL)
	}
	return tw.Flush()
}

// cmdOPML imports runtime sources from an OPML file or exports every source to one.
func cmdOPML(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("opml")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || (pos[0] != "import" && pos[0] != "export") {
		return argsErr("opml", "use: opml import FILE or opml export FILE (- for standard input or output)")
	}
	cfg, st, err := openCatalog(ctx, *cfgPath, "opml")
	if err != nil {
		return err
	}
	defer st.Close()
	reg := subscribe.New(st, cfg)
	if pos[0] == "export" {
		list, err := reg.List(ctx)
		if err != nil {
			return err
		}
		if pos[1] == "-" {
			return subscribe.WriteOPML(stdout, "paperboy", subscribe.Entries(list))
		}
		f, err := os.Create(pos[1])
		if err != nil {
			return err
		}
		if err := subscribe.WriteOPML(f, "paperboy", subscribe.Entries(list)); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d sources written to %s\n", len(list), pos[1])
		return nil
	}
	in := os.Stdin
	if pos[1] != "-" {
		if in, err = os.Open(pos[1]); err != nil {
			return err
		}
		defer in.Close()
	}
	entries, err := subscribe.ReadOPML(in)
	if err != nil {
		return err
	}
	added, skipped, err := reg.Import(ctx, entries, "cli")
	for _, s := range skipped {
		fmt.Fprintln(stdout, "skipped", s)
	}
	fmt.Fprintf(stdout, "%d of %d sources added\n", len(added), len(entries))
	return err
}
