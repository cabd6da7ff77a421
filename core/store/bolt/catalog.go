package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"strings"

	"go.etcd.io/bbolt"

	"paperboy/core/store"
)

// kVersion holds the catalog version; it starts with NUL so no kind\0name key can collide.
var kVersion = []byte("\x00version")

// catalogWake is the notifier key catalog watchers wait on (channel names cannot hold NUL).
const catalogWake = "\x00catalog"

func checkObject(kind, name string) error {
	if kind == "" || name == "" || strings.ContainsRune(kind, 0) || strings.ContainsRune(name, 0) {
		return errors.New("empty kind or name, or one holding NUL")
	}
	return nil
}

// bump increments and returns the catalog version inside tx.
func bump(b *bbolt.Bucket) (int64, error) {
	v := int64(0)
	if raw := b.Get(kVersion); len(raw) == 8 {
		v = int64(binary.BigEndian.Uint64(raw))
	}
	v++
	return v, b.Put(kVersion, u64(uint64(v)))
}

// PutObject creates or replaces an object and bumps the version.
func (s *Store) PutObject(ctx context.Context, o store.Object) (int64, error) {
	if err := checkObject(o.Kind, o.Name); err != nil {
		return 0, errors.New("bolt: put object: " + err.Error())
	}
	var v int64
	err := s.update(ctx, "put object", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bCatalog)
		if err := b.Put(pair(o.Kind, o.Name), bytes.Clone(o.Data)); err != nil {
			return err
		}
		var err error
		v, err = bump(b)
		return err
	})
	if err == nil {
		s.note.wake(catalogWake)
	}
	return v, err
}

// DeleteObject removes an object; the version moves only when it existed.
func (s *Store) DeleteObject(ctx context.Context, kind, name string) (bool, int64, error) {
	if err := checkObject(kind, name); err != nil {
		return false, 0, errors.New("bolt: delete object: " + err.Error())
	}
	var found bool
	var v int64
	err := s.update(ctx, "delete object", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bCatalog)
		k := pair(kind, name)
		if raw := b.Get(kVersion); len(raw) == 8 {
			v = int64(binary.BigEndian.Uint64(raw))
		}
		if b.Get(k) == nil {
			return nil
		}
		found = true
		if err := b.Delete(k); err != nil {
			return err
		}
		var err error
		v, err = bump(b)
		return err
	})
	if err == nil && found {
		s.note.wake(catalogWake)
	}
	return found, v, err
}

// Objects lists the objects of kind in name order (bbolt keeps keys sorted).
func (s *Store) Objects(ctx context.Context, kind string) ([]store.Object, error) {
	var out []store.Object
	prefix := []byte(kind + "\x00")
	err := s.view(ctx, "objects", func(tx *bbolt.Tx) error {
		c := tx.Bucket(bCatalog).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			out = append(out, store.Object{Kind: kind, Name: string(k[len(prefix):]), Data: bytes.Clone(v)})
		}
		return nil
	})
	return out, err
}

// Object reads one object.
func (s *Store) Object(ctx context.Context, kind, name string) (store.Object, bool, error) {
	var o store.Object
	found := false
	err := s.view(ctx, "object", func(tx *bbolt.Tx) error {
		if v := tx.Bucket(bCatalog).Get(pair(kind, name)); v != nil {
			o, found = store.Object{Kind: kind, Name: name, Data: bytes.Clone(v)}, true
		}
		return nil
	})
	return o, found, err
}

// CatalogVersion reads the version counter.
func (s *Store) CatalogVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.view(ctx, "catalog version", func(tx *bbolt.Tx) error {
		if raw := tx.Bucket(bCatalog).Get(kVersion); len(raw) == 8 {
			v = int64(binary.BigEndian.Uint64(raw))
		}
		return nil
	})
	return v, err
}

// WatchCatalog is woken in-process: the embedded store serves one replica. The wait is taken
// before it returns and again before each signal is passed on, so a change written between
// the caller's read and the next wait still wakes it (a wait taken later missed it: a chat
// subscribed right after start-up waited for the hourly reload).
func (s *Store) WatchCatalog(ctx context.Context) <-chan struct{} {
	out := make(chan struct{}, 1)
	w := s.note.wait(catalogWake)
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case <-s.closed:
				return
			case <-w:
			}
			w = s.note.wait(catalogWake)
			select {
			case out <- struct{}{}:
			default: // one pending signal is enough: the reader re-reads everything
			}
		}
	}()
	return out
}
