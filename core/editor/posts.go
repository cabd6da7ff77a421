package editor

import (
	"context"
	"time"

	"paperboy/core/article"
	"paperboy/core/outbox"
	"paperboy/core/store"
)

// Corrector is the part of the backend that corrects and withdraws posts already made;
// pipeline.Service implements it. The editor commands /correct, /retract and /posts need it.
type Corrector interface {
	// Posts finds an article by its link (as given, or its canonical form once fetched) and
	// lists every post of it with the audit trail.
	Posts(ctx context.Context, url string) (Posts, error)
	// Correct publishes post as the new revision of every post of the article.
	Correct(ctx context.Context, articleID string, post article.Post, reason, by string) ([]outbox.Planned, error)
	// Retract withdraws every post of the article.
	Retract(ctx context.Context, articleID, reason, by string) ([]outbox.Planned, error)
}

// Posts is where one article went.
type Posts struct {
	ArticleID string
	URL       string       // the canonical link
	Shown     article.Post // the post as it stands (the newest revision shown anywhere)
	Posts     []Post       // one per channel it went to
	Audit     []store.Audit
}

// Post is the article on one channel.
type Post struct {
	Channel   string
	Type      string    // the channel's platform (telegram, discord…)
	Links     []string  // links to its messages, where the platform has them
	Revision  string    // the revision it shows
	State     string    // posted | updated | withdrawn | cancelled
	SentAt    time.Time // when it was first posted
	UpdatedAt time.Time // when it last changed
	Updates   int       // corrections published to it
}

// Live reports whether some post of the article is still up (not withdrawn).
func (p Posts) Live() bool {
	for _, x := range p.Posts {
		if x.State != "withdrawn" && x.State != "cancelled" {
			return true
		}
	}
	return false
}

// StateOf names a stored receipt's state for editors.
func StateOf(r store.Receipt) string {
	switch {
	case r.Retracted && r.LastOutcome == "cancelled":
		return "cancelled"
	case r.Retracted:
		return "withdrawn"
	case r.Updates > 0:
		return "updated"
	}
	return "posted"
}
