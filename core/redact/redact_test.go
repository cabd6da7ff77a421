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
