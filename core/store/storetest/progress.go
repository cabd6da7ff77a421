package storetest

import (
	"testing"

	"paperboy/core/store"
)

// testProgress checks that a delivery's send progress written through one handle is what a
// fresh handle (another replica's worker) reads, per delivery, until it is forgotten.
func testProgress(t *testing.T, s store.Store) {
	ctx := ctxT(t)
	if step, err := store.NewProgress(s, "d1").Step(ctx); err != nil || step != "" {
		t.Fatalf("fresh progress: %q %v", step, err)
	}
	if err := store.NewProgress(s, "d1").SetStep(ctx, "photo_sent"); err != nil {
		t.Fatal(err)
	}
	if step, err := store.NewProgress(s, "d1").Step(ctx); err != nil || step != "photo_sent" {
		t.Fatalf("after SetStep: %q %v", step, err)
	}
	if step, _ := store.NewProgress(s, "d2").Step(ctx); step != "" {
		t.Fatalf("another delivery sees %q", step)
	}
	if err := store.NewProgress(s, "d1").SetStep(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if step, err := store.NewProgress(s, "d1").Step(ctx); err != nil || step != "" {
		t.Fatalf("after clearing: %q %v", step, err)
	}
}
