// Package redact keeps secrets and floods out of logs: a slog.Handler that replaces every known
// secret (tokens, webhook URLs, passwords) wherever it appears in a record, and cuts every
// message and attribute value to a bounded size. Platform packages already redact their own
// errors; this is the second line, so a secret that slips into any message, attribute or
// wrapped error still never reaches the output — and a 1 MB headline from a hostile feed
// costs a log line of a few KB, not a megabyte.
package redact

import (
	"context"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Mask replaces a secret in output.
const Mask = "<redacted>"

// Size bounds, in bytes: longer values are cut on a character boundary and marked with how
// much was left out.
const (
	MaxMessage = 1024 // a record's message
	MaxValue   = 2048 // one attribute value (errors and other values as rendered)
)

// Handler wraps another slog.Handler.
type Handler struct {
	next    slog.Handler
	secrets []string
}

// New returns a handler that redacts secrets (shorter than 6 characters are ignored: too
// likely to match ordinary text) and bounds sizes before passing records to next. With no
// secrets it only bounds.
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

// Bound cuts s to at most n bytes on a character boundary, noting how many bytes were left out.
func Bound(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…[" + strconv.Itoa(len(s)-cut) + " bytes cut]"
}

// clean masks secrets in s, then bounds it (masking first, so a cut never leaves half a secret).
func (h *Handler) clean(s string, n int) string {
	return Bound(h.String(s), n)
}

// Enabled implements slog.Handler.
func (h *Handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

// Handle implements slog.Handler.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	if len(h.secrets) == 0 && !oversized(r) {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, h.clean(r.Message, MaxMessage), r.PC)
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
		return slog.String(a.Key, h.clean(v.String(), MaxValue))
	case slog.KindGroup:
		g := v.Group()
		clean := make([]any, len(g))
		for i, ga := range g {
			clean[i] = h.attr(ga)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		// Errors, URLs, structs: render to text, then mask and bound.
		return slog.String(a.Key, h.clean(v.String(), MaxValue))
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// oversized reports whether r may hold something to bound: a long message or string, or a
// value whose size shows only once rendered (errors, groups, structs).
func oversized(r slog.Record) bool {
	if len(r.Message) > MaxMessage {
		return true
	}
	big := false
	r.Attrs(func(a slog.Attr) bool {
		switch v := a.Value.Resolve(); v.Kind() {
		case slog.KindString:
			big = len(v.String()) > MaxValue
		case slog.KindAny, slog.KindGroup:
			big = true
		}
		return !big
	})
	return big
}
