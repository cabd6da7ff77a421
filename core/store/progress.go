package store

import (
	"context"
	"errors"
)

// Progress is one delivery's send progress in the value space: the steps a send that takes
// several requests already took (a Telegram photo before its text), shared by every replica
// so a retry anywhere continues instead of repeating them. It implements channel.Progress.
type Progress struct {
	v   Values
	key string
}

// NewProgress returns the progress of the delivery with the given key.
func NewProgress(v Values, deliveryKey string) Progress {
	return Progress{v: v, key: "progress:" + deliveryKey}
}

// Step returns the recorded step, "" when none is.
func (p Progress) Step(ctx context.Context) (string, error) {
	b, err := p.v.GetValue(ctx, p.key)
	if errors.Is(err, ErrNotFound) {
		return "", nil
	}
	return string(b), err
}

// SetStep records step for as long as a claim lives; "" forgets it.
func (p Progress) SetStep(ctx context.Context, step string) error {
	if step == "" {
		return p.v.DeleteValue(ctx, p.key)
	}
	return p.v.PutValue(ctx, p.key, []byte(step), DefaultClaimTTL)
}
