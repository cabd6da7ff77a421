package telegram

import (
	"paperboy/bots/telegram/tgformat"
	"paperboy/core/channel"
)

// Look renders posts exactly as a channel with default settings posts them. The editor bot
// (bots/telegram/editorbot) shows its previews through it, so a preview is the post.
type Look struct{ c *Channel }

// NewLook returns a Look with opts' clock, time zone and logger.
func NewLook(opts channel.Options) *Look {
	opts = opts.WithDefaults()
	return &Look{c: &Channel{
		cfg: Config{LinkPreview: PreviewBelow, Image: ImagePhoto, LongText: LongTextPreview},
		fmt: tgformat.Formatter{Loc: opts.Location}, now: opts.Now, log: opts.Logger,
	}}
}

// Call is one Bot API request: the method and its fields.
type Call struct {
	Method string
	Fields map[string]any
}

// First is the first request a post of d makes: a photo with its caption, or text with a link
// preview.
func (l *Look) First(d channel.Delivery) (Call, error) {
	calls, err := l.c.plan(d)
	if err != nil {
		return Call{}, err
	}
	return Call{Method: calls[0].method, Fields: calls[0].fields}, nil
}

// Text is the post as text with a large link preview: what goes out instead when Telegram
// refuses the photo.
func (l *Look) Text(d channel.Delivery) (Call, error) {
	k, err := l.c.textCall(d, true)
	return Call{Method: k.method, Fields: k.fields}, err
}

// Escape escapes s for parse_mode HTML.
func Escape(s string) string { return tgformat.Escape(s) }

// Clean makes s valid UTF-8 without control characters other than newlines, and trims it.
func Clean(s string) string { return tgformat.Clean(s) }

// ValidToken reports whether s looks like a bot token as @BotFather gives it.
func ValidToken(s string) bool { return tokenPattern.MatchString(s) }
