package store

import (
	"context"
	"errors"
	"time"
)

// Counters counts events per key in fixed windows, shared by every replica: a reader's posts
// per day (readers.max_per_day), so the cap holds whichever replica delivers.
type Counters interface {
	// CountIn adds one to key's count unless it has reached limit, atomically, and returns the
	// count (after the increment, or as it stands when refused) and whether it was added. A
	// window starts at the key's first count and lasts window; the count then starts again from
	// zero. limit <= 0 counts without a limit. For calendar windows (a day in the reader's time
	// zone) put the period in the key ("reader:42:2026-12-04") and let window outlast it.
	CountIn(ctx context.Context, key string, window time.Duration, limit int) (n int64, ok bool, err error)
}

// CheckCount refuses the arguments no store accepts: an empty key (it would share every
// caller's count) or a window that is not positive (the count would live for ever).
func CheckCount(key string, window time.Duration) error {
	if key == "" || window <= 0 {
		return errors.New("store: count: empty key or no window")
	}
	return nil
}
