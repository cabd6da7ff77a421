package app

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"paperboy/config"
	"paperboy/core/pipeline"
	"paperboy/core/store/bolt"
)

// TestEditorNotifierWiring: on_update: notify reaches the editors only when an editor bot
// has notify targets.
func TestEditorNotifierWiring(t *testing.T) {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, tc := range []struct {
		extra string
		want  bool
	}{{"", false}, {", notify_chats: [-1001234567890]", true}} {
		st, err := bolt.Open(filepath.Join(t.TempDir(), "pb.db"))
		if err != nil {
			t.Fatal(err)
		}
		yml := "channels:\n  - { name: c, type: console }\neditors:\n  telegram: { token: \"123456789:AAH-abcdefghijklmnopqrstuvwxyz0123456\", users: [1]" + tc.extra + " }\n"
		cfg, err := config.Parse("test.yaml", []byte(yml), os.LookupEnv)
		if err != nil {
			t.Fatal(err)
		}
		svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Logger: quiet, Replica: "test"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := editorBots(cfg, svc, svc.NewMux(), quiet); err != nil {
			t.Fatal(err)
		}
		if got := svc.Notifier() != nil; got != tc.want {
			t.Errorf("with %q: notifier set %v, want %v", tc.extra, got, tc.want)
		}
		st.Close()
	}
}
