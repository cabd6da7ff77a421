package store

import "context"

// Object is one record of the runtime catalog: a source, route, chat subscription or reader
// follow created without a config edit. Data is opaque to the store (core/subscribe encodes it).
type Object struct {
	Kind string // "source", "route", "sub", "follow", …
	Name string // unique within Kind
	Data []byte // the encoded object
}

// Catalog holds what editors, readers and community admins create at runtime. Every change
// bumps one version counter and notifies every replica, so each re-reads the catalog within
// seconds of a change without a SIGHUP; a replica that missed a notification sees the version
// moved on its next periodic look.
type Catalog interface {
	// PutObject creates or replaces (o.Kind, o.Name) and returns the catalog's new version.
	PutObject(ctx context.Context, o Object) (int64, error)
	// DeleteObject removes (kind, name); found is false (and the version unchanged) when absent.
	DeleteObject(ctx context.Context, kind, name string) (found bool, version int64, err error)
	// Object reads one object; found is false when (kind, name) is absent.
	Object(ctx context.Context, kind, name string) (o Object, found bool, err error)
	// Objects lists every object of kind, ordered by name.
	Objects(ctx context.Context, kind string) ([]Object, error)
	// CatalogVersion is the catalog's version: 0 before the first change, then one more per change.
	CatalogVersion(ctx context.Context) (int64, error)
	// WatchCatalog sends on the returned channel (best effort, coalesced) after any replica
	// changes the catalog; the channel closes when ctx ends.
	WatchCatalog(ctx context.Context) <-chan struct{}
}
