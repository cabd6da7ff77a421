package channel

import "context"

// Progress is where a send that takes several requests (a Telegram photo, then its text)
// records the steps the platform already took. It lives in the shared store, so a retry of the
// delivery — on this replica or another, after a restart — continues instead of repeating them.
// Deliver supplies one with every Delivery.
type Progress interface {
	// Step returns what was recorded for this delivery, "" when nothing was.
	Step(ctx context.Context) (string, error)
	// SetStep records step; "" forgets it.
	SetStep(ctx context.Context, step string) error
}
