package channel

import (
	"context"
	"errors"
	"time"

	"paperboy/core/article"
)

// Message is one remote message a send created. Most sends create one; a Telegram photo
// whose summary does not fit a caption creates two, an e-mail digest one per recipient list.
// It holds what the platform needs to find the message again for an edit or a delete, and
// nothing secret (webhook tokens stay in the channel's configuration).
type Message struct {
	ID     string `json:"id"`               // the platform's message id (Telegram message_id, Discord snowflake, Mastodon status id, Matrix event id, Bluesky at:// URI, Slack ts, e-mail Message-ID)
	Chat   string `json:"chat,omitempty"`   // the conversation it is in, when the channel alone does not say (Telegram chat id, Slack channel id)
	Thread string `json:"thread,omitempty"` // the thread or topic (Discord webhook thread_id, Telegram message_thread_id)
	Kind   string `json:"kind,omitempty"`   // what was posted: "" or "text", "caption" (media with a caption), "media" (media alone)
	Ref    string `json:"ref,omitempty"`    // a second reference the platform needs (Bluesky record cid for a reply)
	URL    string `json:"url,omitempty"`    // a link to this message, when the platform has one
}

// Message kinds, for Message.Kind.
const (
	KindText    = "text"    // a text message (edit the text)
	KindCaption = "caption" // media with a caption (edit the caption)
	KindMedia   = "media"   // media without text (nothing to edit; delete only)
)

// AllMessages returns every remote message of r: r.Messages, or one Message built from
// RemoteID and URL for channels that report a single id.
func (r Receipt) AllMessages() []Message {
	if len(r.Messages) > 0 {
		return r.Messages
	}
	if r.RemoteID == "" {
		return nil
	}
	return []Message{{ID: r.RemoteID, URL: r.URL}}
}

// Updater is implemented by channels that can change a post they sent into a new revision
// of the article (a corrected headline or summary). Deliver finds it by type assertion; a
// channel without it reports the update as not supported and the update is dead-lettered.
type Updater interface {
	// Update makes exactly one attempt to show u.Post on every message in u.Receipt, natively
	// (editMessageText, PATCH, chat.update, PUT /statuses, m.replace…), or where the platform
	// cannot edit, to post the correction next to the original (a Bluesky reply, an e-mail in
	// the same thread). It returns the receipt as it now stands: the original messages plus any
	// the update created. An edit the platform refuses as unchanged counts as done. Like Send
	// it never sleeps or retries and fails only with *Error.
	Update(ctx context.Context, u Update) (Receipt, error)
}

// Retracter is implemented by channels that can withdraw a post they sent.
type Retracter interface {
	// Retract makes exactly one attempt to withdraw every message in r.Receipt: delete it
	// where the platform allows (Telegram only within 48 hours of r.Receipt.SentAt: after that
	// the message is edited into a withdrawal notice naming r.Reason), else edit or reply with
	// a withdrawal notice. A message the platform no longer knows counts as withdrawn. Like
	// Send it never sleeps or retries and fails only with *Error.
	Retract(ctx context.Context, r Retraction) error
}

// Update asks a channel to show a new revision of an article it already posted.
type Update struct {
	// Key is the idempotency key, stable for (article, channel, revision): the same on every
	// attempt, different for each revision, so the platform can de-duplicate a retried edit.
	Key      string
	Receipt  Receipt      // the stored receipt of what was sent: every remote message, the revision it shows, when it was sent
	Post     article.Post // the new revision
	Revision string       // the new revision's id (article.Post.Revision)
	Attempt  int          // 1 for the first attempt
	Reason   string       // why, from the editor or the source ("headline corrected"); may be ""
}

// Retraction asks a channel to withdraw an article it posted.
type Retraction struct {
	Key     string       // the idempotency key, stable for (article, channel, "retract")
	Receipt Receipt      // the stored receipt: every remote message and when it was sent (Telegram's 48-hour delete window)
	Post    article.Post // the article as last shown, for a withdrawal notice
	Attempt int          // 1 for the first attempt
	Reason  string       // why, shown in a withdrawal notice where the post is edited rather than deleted; may be ""
	Now     time.Time    // the time of the attempt, for delete windows (zero = time.Now)
}

// ErrorCode returns the platform code and the status of the *Error in err ("" and 0 when err
// is nil or carries none): Update and Retract decide "unchanged" and "already gone" on these
// typed fields, never on an error's text.
func ErrorCode(err error) (code string, status int) {
	var ce *Error
	if !errors.As(err, &ce) {
		return "", 0
	}
	return ce.Code, ce.Status
}
