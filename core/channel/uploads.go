package channel

import "sync"

// Uploads remembers what a delivery already uploaded (a media id, an mxc URI, a blob), keyed
// by delivery key, so a retry reuses it instead of uploading again: a second upload leaves an
// orphan and, on platforms that process media, may not be attachable yet. It keeps the latest
// Max keys; an older retry uploads again. The zero value is ready to use; it is safe for
// concurrent use.
type Uploads[V any] struct {
	Max int // keys kept (0 = 256)

	mu    sync.Mutex
	m     map[string]V
	order []string
}

// Get returns what was remembered for key.
func (u *Uploads[V]) Get(key string) (V, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	v, ok := u.m[key]
	return v, ok
}

// Put remembers v for key, forgetting the oldest keys beyond Max.
func (u *Uploads[V]) Put(key string, v V) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.m == nil {
		u.m = map[string]V{}
	}
	if _, ok := u.m[key]; !ok {
		u.order = append(u.order, key)
	}
	u.m[key] = v
	limit := u.Max
	if limit <= 0 {
		limit = 256
	}
	for len(u.order) > limit {
		delete(u.m, u.order[0])
		u.order = u.order[1:]
	}
}
