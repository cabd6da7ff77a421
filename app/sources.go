package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"paperboy/core/pipeline"
	"paperboy/core/subscribe"
)

// SourceOptions are what `sources add` may say about a new runtime source.
type SourceOptions struct {
	Name     string        // default: from the URL's host
	Interval time.Duration // poll interval (0 = the default)
	Selector string        // CSS selector of the article links, for a page without a feed
}

// SourcesList prints every source, from the file and added at runtime, with its state.
func (s *Service) SourcesList(ctx context.Context, stdout io.Writer) error {
	list, err := subscribe.New(s.st, s.cfg).List(ctx)
	if err != nil {
		return err
	}
	return writeSources(stdout, list)
}

// SourcesRemove removes the runtime source name; running replicas stop polling it within seconds.
func (s *Service) SourcesRemove(ctx context.Context, name string, stdout io.Writer) error {
	if err := subscribe.New(s.st, s.cfg).RemoveSource(ctx, name); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s removed; running replicas stop polling it within seconds\n", name)
	return nil
}

// SourcesAdd finds the feed (or listing) at rawURL, adds it as a runtime source and prints its
// newest items.
func (s *Service) SourcesAdd(ctx context.Context, rawURL string, o SourceOptions, stdout io.Writer) error {
	reg := subscribe.New(s.st, s.cfg)
	found, err := subscribe.Detect(ctx, pipeline.NewFetcher(s.cfg), rawURL, o.Selector)
	if err != nil {
		return err
	}
	src, err := reg.AddSource(ctx, subscribe.Source{Name: o.Name, Type: found.Type, URL: found.URL, Interval: o.Interval, Selector: o.Selector, Title: found.Title, AddedBy: "cli"})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added %s: %s %s every %s; newest items:\n", src.Name, src.Type, src.URL, src.Interval)
	for _, it := range found.Preview {
		fmt.Fprintf(stdout, "  - %s\n    %s\n", it.Title, it.URL)
	}
	fmt.Fprintln(stdout, "its first poll records what it lists as seen; later articles are posted")
	return nil
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

// OPMLExport writes every source to the OPML file path ("-": stdout).
func (s *Service) OPMLExport(ctx context.Context, path string, stdout io.Writer) error {
	list, err := subscribe.New(s.st, s.cfg).List(ctx)
	if err != nil {
		return err
	}
	if path == "-" {
		return subscribe.WriteOPML(stdout, "paperboy", subscribe.Entries(list))
	}
	f, err := os.Create(path)
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
	fmt.Fprintf(stdout, "%d sources written to %s\n", len(list), path)
	return nil
}

// OPMLImport adds the sources of the OPML file path ("-": standard input) as runtime sources
// and prints what it skipped.
func (s *Service) OPMLImport(ctx context.Context, path string, stdout io.Writer) error {
	in := os.Stdin
	if path != "-" {
		var err error
		if in, err = os.Open(path); err != nil {
			return err
		}
		defer in.Close()
	}
	entries, err := subscribe.ReadOPML(in)
	if err != nil {
		return err
	}
	added, skipped, err := subscribe.New(s.st, s.cfg).Import(ctx, entries, "cli")
	for _, sk := range skipped {
		fmt.Fprintln(stdout, "skipped", sk)
	}
	fmt.Fprintf(stdout, "%d of %d sources added\n", len(added), len(entries))
	return err
}
