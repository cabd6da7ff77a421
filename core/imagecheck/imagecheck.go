// Package imagecheck verifies a lead image URL before a channel relies on it: the URL must
// answer with a raster image of a sane size, and not a tracking pixel, a logo strip or an
// HTML error page. Channels then choose by Info.Size (Telegram takes 5 MB photos by URL).
package imagecheck

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"paperboy/core/fetch"
)

// Byte limits of the platforms, for Info.Fits.
const (
	TelegramPhotoURLMax = 5 << 20  // Bot API: photos sent by URL are at most 5 MB
	TelegramPhotoMax    = 10 << 20 // Bot API: uploaded photos are at most 10 MB
	BlueskyThumbMax     = 1 << 20  // app.bsky.embed.external thumbnail blob
)

// Defaults for zero Limits fields.
const (
	DefaultMaxBytes  = 10 << 20 // Limits.MaxBytes default: the largest photo any channel takes
	DefaultMinSide   = 100      // Limits.MinSide default: below this it is an icon or a pixel
	DefaultMaxAspect = 4.0      // Limits.MaxAspect default: wider (or taller) is a logo or banner strip
)

// prefixBytes is how much of an image a ranged GET reads: enough for the dimensions of
// every format, EXIF-heavy JPEGs aside.
const prefixBytes = 64 << 10

var (
	// ErrNotImage is wrapped when the URL answers with something other than a raster image.
	ErrNotImage = errors.New("imagecheck: not a raster image")
	// ErrTooLarge is wrapped when the image is over Limits.MaxBytes.
	ErrTooLarge = errors.New("imagecheck: image too large")
	// ErrTooSmall is wrapped when a side is under Limits.MinSide: tracking pixels, icons.
	ErrTooSmall = errors.New("imagecheck: image too small")
	// ErrBadShape is wrapped when the aspect ratio is past Limits.MaxAspect: logos, banners.
	ErrBadShape = errors.New("imagecheck: image shaped like a logo or banner")
)

// Getter is the part of fetch.Client that Check needs: one GET behind the SSRF guard, the
// body limit and the redirect policy. A binary body comes back raw.
type Getter interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}

// Prober is a Getter that can also ask for less than the whole image. Check uses it when the
// client offers it: HEAD first, then a GET of the first bytes (Range: bytes=0-n-1).
type Prober interface {
	Getter
	// Head sends HEAD; statuses outside 2xx are a *fetch.StatusError.
	Head(ctx context.Context, req fetch.Request) (*fetch.Response, error)
	// GetPrefix sends GET with Range: bytes=0-(n-1) and keeps at most n bytes of body,
	// whether the server answers 206 or a full 200.
	GetPrefix(ctx context.Context, req fetch.Request, n int64) (*fetch.Response, error)
}

// Limits are what Check rejects. Zero fields take the defaults; a negative MinSide or
// MaxAspect turns that test off.
type Limits struct {
	MaxBytes  int64   // largest accepted size in bytes
	MinSide   int     // smallest accepted width and height in pixels
	MaxAspect float64 // largest accepted ratio of the longer side to the shorter
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MinSide == 0 {
		l.MinSide = DefaultMinSide
	}
	if l.MaxAspect == 0 {
		l.MaxAspect = DefaultMaxAspect
	}
	return l
}

// Info is what Check learned about the image.
type Info struct {
	URL         string // the final URL, after redirects
	ContentType string // media type, e.g. "image/jpeg"
	Size        int64  // bytes; -1 when the server did not say
	Width       int    // pixels; 0 when the dimensions could not be read
	Height      int    // pixels; 0 when the dimensions could not be read
	Format      string // "jpeg", "png", "gif" or "webp"; "" when not decoded
}

// Fits reports whether the image is known to be at most max bytes.
func (i Info) Fits(max int64) bool { return i.Size >= 0 && i.Size <= max }

// Check verifies rawURL with the default Limits.
func Check(ctx context.Context, c Getter, rawURL string) (Info, error) {
	return CheckWith(ctx, c, rawURL, Limits{})
}

// CheckWith verifies that rawURL serves an image within lim. With a Prober it sends HEAD
// (falling back to a ranged GET when HEAD is refused) and reads only the first 64 KiB for
// the dimensions; with a plain Getter it GETs the image, bounded by the client's body limit.
// Info is filled as far as it got, also when an error says why the image is unusable.
func CheckWith(ctx context.Context, c Getter, rawURL string, lim Limits) (Info, error) {
	lim = lim.withDefaults()
	info := Info{URL: rawURL, Size: -1}
	req := fetch.Request{URL: rawURL, Accept: "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8"}
	p, ok := c.(Prober)
	if !ok {
		resp, err := c.Get(ctx, req)
		if err != nil {
			return info, getError(err)
		}
		return judge(info, resp, true, lim)
	}
	head, err := p.Head(ctx, req)
	switch {
	case err == nil:
		info.URL, info.ContentType, info.Size = head.URL, mediaType(head.ContentType), headerSize(head)
		if err := judgeHead(info, lim); err != nil {
			return info, err
		}
		if lim.MinSide < 0 && lim.MaxAspect < 0 && isImageType(info.ContentType) && info.Size >= 0 {
			return info, nil // nothing left that needs the bytes
		}
	case !headRefused(err):
		return info, getError(err)
	}
	resp, err := p.GetPrefix(ctx, req, prefixBytes)
	if err != nil {
		return info, getError(err)
	}
	return judge(info, resp, false, lim)
}

// headRefused tells a server that does not do HEAD (405, 403 from picky CDNs, 501…) from
// one that says the image is gone, which a GET would only confirm.
func headRefused(err error) bool {
	var se *fetch.StatusError
	if !errors.As(err, &se) {
		return false
	}
	return se.Code != 404 && se.Code != 410
}

// getError maps the client's size error onto ErrTooLarge and wraps the rest.
func getError(err error) error {
	var tl *fetch.TooLargeError
	if errors.As(err, &tl) {
		return fmt.Errorf("%w: over the fetch limit of %d bytes (%w)", ErrTooLarge, tl.Limit, err)
	}
	return fmt.Errorf("imagecheck: %w", err)
}

// judgeHead rejects what the headers alone prove unusable. An absent or generic type is
// left to the GET, which sniffs the bytes.
func judgeHead(info Info, lim Limits) error {
	if t := info.ContentType; t != "" && !genericType(t) && !isImageType(t) {
		return fmt.Errorf("%w: content type %q", ErrNotImage, t)
	}
	if info.Size > lim.MaxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size, lim.MaxBytes)
	}
	return nil
}

func genericType(t string) bool {
	return t == "application/octet-stream" || t == "binary/octet-stream" || strings.HasPrefix(t, "application/x-")
}

// isImageType accepts raster image types; SVG is a document no channel shows as a photo.
func isImageType(t string) bool {
	return strings.HasPrefix(t, "image/") && !strings.HasPrefix(t, "image/svg")
}
