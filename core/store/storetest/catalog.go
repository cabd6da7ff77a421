package storetest

import (
	"bytes"
	"context"
	"testing"
	"time"

	"paperboy/core/store"
)

// testCatalog: objects round-trip byte for byte, are listed per kind in name order, every
// change moves the version by one and a missing delete moves nothing.
func testCatalog(t *testing.T, s store.Store) {
	ctx := context.Background()
	if v, err := s.CatalogVersion(ctx); err != nil || v != 0 {
		t.Fatalf("CatalogVersion on an empty store = %d, %v; want 0", v, err)
	}
	if objs, err := s.Objects(ctx, "source"); err != nil || len(objs) != 0 {
		t.Fatalf("Objects on an empty store = %v, %v", objs, err)
	}
	data := payloadOf("obj")
	for i, name := range []string{"zeta", "alpha", "메인"} {
		v, err := s.PutObject(ctx, store.Object{Kind: "source", Name: name, Data: data})
		if err != nil || v != int64(i+1) {
			t.Fatalf("PutObject %s = %d, %v; want version %d", name, v, err, i+1)
		}
	}
	if v, err := s.PutObject(ctx, store.Object{Kind: "route", Name: "alpha", Data: []byte("r")}); err != nil || v != 4 {
		t.Fatalf("PutObject route = %d, %v", v, err)
	}
	objs, err := s.Objects(ctx, "source")
	if err != nil || len(objs) != 3 {
		t.Fatalf("Objects = %v, %v", objs, err)
	}
	for i, want := range []string{"alpha", "zeta", "메인"} {
		if objs[i].Name != want || objs[i].Kind != "source" || !bytes.Equal(objs[i].Data, data) {
			t.Fatalf("Objects[%d] = %+v; want %s with the data put", i, objs[i], want)
		}
	}
	if v, err := s.PutObject(ctx, store.Object{Kind: "source", Name: "alpha", Data: []byte("new")}); err != nil || v != 5 {
		t.Fatalf("replace = %d, %v", v, err)
	}
	found, v, err := s.DeleteObject(ctx, "source", "zeta")
	if err != nil || !found || v != 6 {
		t.Fatalf("DeleteObject = %v, %d, %v; want true, 6", found, v, err)
	}
	found, v, err = s.DeleteObject(ctx, "source", "zeta")
	if err != nil || found || v != 6 {
		t.Fatalf("DeleteObject again = %v, %d, %v; want false, 6", found, v, err)
	}
	if o, ok, err := s.Object(ctx, "source", "alpha"); err != nil || !ok || string(o.Data) != "new" || o.Kind != "source" || o.Name != "alpha" {
		t.Fatalf("Object alpha = %+v, %v, %v", o, ok, err)
	}
	if _, ok, err := s.Object(ctx, "source", "zeta"); err != nil || ok {
		t.Fatalf("Object of a deleted name = %v, %v", ok, err)
	}
	if _, ok, _ := s.Object(ctx, "route", "메인"); ok {
		t.Fatal("Object found a name under another kind")
	}
	objs, _ = s.Objects(ctx, "source")
	if len(objs) != 2 || string(objs[0].Data) != "new" {
		t.Fatalf("after replace and delete: %+v", objs)
	}
	if r, _ := s.Objects(ctx, "route"); len(r) != 1 {
		t.Fatalf("kinds are separate: routes = %+v", r)
	}
	if _, err := s.PutObject(ctx, store.Object{Kind: "source"}); err == nil {
		t.Fatal("PutObject without a name succeeded")
	}
}

// testCatalogWatch: a change is announced to a watcher, and the watch ends with its context.
func testCatalogWatch(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	w := s.WatchCatalog(ctx)
	deadline := time.After(10 * time.Second)
	// Pub/Sub subscribes asynchronously: keep changing until the watcher hears one.
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for heard := false; !heard; {
		select {
		case <-w:
			heard = true
		case <-tick.C:
			if _, err := s.PutObject(ctx, store.Object{Kind: "source", Name: "x", Data: []byte("1")}); err != nil {
				t.Fatal(err)
			}
		case <-deadline:
			t.Fatal("no catalog notification within 10s")
		}
	}
	cancel()
	for {
		select {
		case _, ok := <-w:
			if !ok {
				return
			}
		case <-time.After(10 * time.Second):
			t.Fatal("watch channel not closed after its context ended")
		}
	}
}

// testCatalogWatchFromItsStart: a change written as soon as WatchCatalog returns is announced:
// the service reads the catalog right after it starts watching, and a change falling between
// that read and a subscription still being set up waited for the periodic re-read.
func testCatalogWatchFromItsStart(t *testing.T, s store.Store) {
	for i := range 20 {
		ctx, cancel := context.WithCancel(context.Background())
		w := s.WatchCatalog(ctx)
		if _, err := s.PutObject(ctx, store.Object{Kind: "source", Name: "start", Data: []byte{byte(i)}}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-w:
		case <-time.After(5 * time.Second):
			t.Fatalf("round %d: a change right after the watch began was not announced", i)
		}
		cancel()
	}
}
