package redact

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"
)

func TestHandlerMasksEverywhere(t *testing.T) {
	token := "123456789:AAF-secret_token"
	hook := "https://discord.com/api/webhooks/1/hook-secret"
	var buf bytes.Buffer
	for _, base := range []slog.Handler{slog.NewTextHandler(&buf, nil), slog.NewJSONHandler(&buf, nil)} {
		log := slog.New(New(base, []string{token, hook, "short", ""}))
		uerr := &url.Error{Op: "Post", URL: "https://api.telegram.org/bot" + token + "/sendMessage", Err: errors.New("timeout")}
		log.With("webhook", hook).WithGroup("g").Error("send failed "+token, "err", uerr, "wrapped", fmt.Errorf("x: %w", uerr),
			slog.Group("inner", "url", hook), "n", 3)
	}
	out := buf.String()
	for _, sec := range []string{token, "hook-secret"} {
		if strings.Contains(out, sec) {
			t.Fatalf("secret %q in output:\n%s", sec, out)
		}
	}
	if !strings.Contains(out, Mask) || !strings.Contains(out, "n=3") {
		t.Fatalf("unexpected output:\n%s", out)
	}
}

// A hostile feed's megabyte headline costs a bounded log line, with or without secrets to mask,
// in the message, a string, an error or a group, and through With.
func TestHandlerBoundsSizes(t *testing.T) {
	huge := strings.Repeat("가", 400_000) // 1.2 MB of Korean: cuts must land on character boundaries
	for _, secrets := range [][]string{nil, {"s3cret-token"}} {
		var buf bytes.Buffer
		log := slog.New(New(slog.NewJSONHandler(&buf, nil), secrets))
		log.With("title", huge).Warn(huge, "summary", huge, "err", errors.New(huge), slog.Group("g", "x", huge), "n", 1)
		if n := buf.Len(); n > 6*MaxValue+MaxMessage+1000 {
			t.Fatalf("secrets %v: a %d-byte line", secrets, n)
		}
		out := buf.String()
		if !strings.Contains(out, "bytes cut]") || !strings.Contains(out, `"n":1`) || strings.Contains(out, "\\ufffd") {
			t.Fatalf("secrets %v: %s", secrets, out[:300])
		}
	}
	if got := Bound("ab가", 3); got != "ab…[3 bytes cut]" {
		t.Errorf("Bound = %q", got)
	}
	if got := Bound("short", 10); got != "short" {
		t.Errorf("Bound = %q", got)
	}
}
