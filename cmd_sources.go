package main

import (
	"context"
	"fmt"
	"io"

	"paperboy/app"
)

// cmdSources lists, adds and removes runtime sources: the command-line twin of /sources,
// /source add and /source remove. A running service picks the change up within seconds.
func cmdSources(ctx context.Context, args []string, stdout, stderr io.Writer) error {
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
	svc, err := openCatalog(ctx, *cfgPath, "sources", stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	switch pos[0] {
	case "list":
		return svc.SourcesList(ctx, stdout)
	case "remove":
		return svc.SourcesRemove(ctx, pos[1], stdout)
	}
	return svc.SourcesAdd(ctx, pos[1], app.SourceOptions{Name: *name, Interval: *interval, Selector: *selector}, stdout)
}

// openCatalog loads the configuration and opens its store for a catalog command.
func openCatalog(ctx context.Context, path, cmd string, stderr io.Writer) (*app.Service, error) {
	svc, err := load(path, stderr)
	if err != nil {
		return nil, err
	}
	if err := svc.Open(ctx); err != nil {
		if app.StoreInUse(err) {
			return nil, fmt.Errorf("%s: the embedded store %s is in use by a running paperboy (only one process may open it): use the chat commands or the dashboard, or stop the service first", cmd, svc.Config().Store.Path)
		}
		return nil, err
	}
	return svc, nil
}

// cmdOPML imports runtime sources from an OPML file or exports every source to one.
func cmdOPML(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("opml")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || (pos[0] != "import" && pos[0] != "export") {
		return argsErr("opml", "use: opml import FILE or opml export FILE (- for standard input or output)")
	}
	svc, err := openCatalog(ctx, *cfgPath, "opml", stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	if pos[0] == "export" {
		return svc.OPMLExport(ctx, pos[1], stdout)
	}
	return svc.OPMLImport(ctx, pos[1], stdout)
}
