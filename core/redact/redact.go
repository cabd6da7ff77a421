// Package redact keeps secrets out of logs: a slog.Handler that replaces every known secret
// (tokens, webhook URLs, passwords) wherever it appears in a record. Platform packages already
// redact their own errors; this is the second line, so a secret that slips into any message,
// attribute or wrapped error still never reaches the output.
package redact

import (
	"context"
	"log/slog"
	"sort"
	"strings"
)

// Mask replaces a secret in output.
const Mask = "<redacted>"

// Handler wraps another slog.Handler.
type Handler struct {
	next    slog.Handler
	secrets []string
}

// New returns a handler that redacts secrets (shorter than 6 characters are ignored: too
// likely to match ordinary text) before passing records to next.
func New(next slog.Handler, secrets []string) *Handler {
	var keep []string
	seen := map[string]bool{}
	for _, s := range secrets {
		s = strings.TrimSpace(s)
		if len(s) >= 6 && !seen[s] {
			seen[s] = true
			keep = append(keep, s)
		}
	}
	// Longest first, so a webhook URL is masked whole before its token part is.
	sort.Slice(keep, func(i, j int) bool { return len(keep[i]) > len(keep[j]) })
	return &Handler{next: next, secrets: keep}
}

// String masks every secret in s.
func (h *Handler) String(s string) string {
	for _, sec := range h.secrets {
		if strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, Mask)
		}
	}
	return s
}

// Enabled implements slog.Handler.
func (h *Handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

// Handle implements slog.Handler.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	if len(h.secrets) == 0 {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, h.String(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs implements slog.Handler.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.attr(a)
	}
	return &Handler{next: h.next.WithAttrs(clean), secrets: h.secrets}
}

// WithGroup implements slog.Handler.
func (h *Handler) WithGroup(name string) slog.Handler {
	return &Handler{next: h.next.WithGroup(name), secrets: h.secrets}
}

func (h *Handler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.String(v.String()))
	case slog.KindGroup:
		g := v.Group()
		clean := make([]any, len(g))
		for i, ga := range g {
			clean[i] = h.attr(ga)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		// Errors, URLs, structs: render to text, then mask.
		return slog.String(a.Key, h.String(v.String()))
	}
	return slog.Attr{Key: a.Key, Value: v}
}
