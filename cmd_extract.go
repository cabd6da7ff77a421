package main

import (
	"context"
	"io"

	"paperboy/app"
)

func cmdExtract(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("extract")
	base := fs.String("url", "", "with a FILE: the page's original `URL`, to resolve relative links and images")
	ctype := fs.String("content-type", "", "with a FILE: the Content-Type `TYPE` it was served with, e.g. \"text/html; charset=euc-kr\" (default: guessed from the extension and the page)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback, private and link-local addresses (refused by default, as in the service; only for pages you trust)")
	budget := fs.Int("summary", 300, "summary budget in `CHARS`")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return argsErr("extract", "needs one URL or FILE")
	}
	o := app.ExtractOptions{URL: *base, ContentType: *ctype, AllowPrivate: *allowPrivate, Summary: *budget}
	return app.Extract(ctx, pos[0], o, stdout)
}
