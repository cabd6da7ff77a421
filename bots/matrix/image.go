package matrix

import (
	"bytes"
	"context"
	"html"
	"image"
	_ "image/gif" // decoders for reading a lead image's size
	_ "image/jpeg"
	_ "image/png"
	"log/slog"
	"mime"
	"net/url"
	"path"
	"strconv"
	"strings"

	_ "golang.org/x/image/webp"

	"paperboy/core/channel"
	"paperboy/core/fetch"
)

// mediaPrefix is the media repository API this package uploads to.
const mediaPrefix = "/_matrix/media/v3"

// Lead images: Synapse accepts 50 MB by default (max_upload_size); a news photo is far less.
const (
	maxImageFetch = 10 << 20
	maxShowWidth  = 640 // Element Web shows inline images at most 800×600; 640 fits beside the text
	maxShowHeight = 480
)

// inlineImage is an uploaded lead image, shown in formatted_body as <img src="mxc://…">: one
// event carries text and picture (so the transaction id still makes the send idempotent) and
// Element renders it inline; clients without HTML show the plain body.
type inlineImage struct {
	mxc           string
	width, height int // display size, 0 = unknown (the client picks)
}

// leadImage fetches the post's image through the fetch guard and uploads it. An image that
// cannot be fetched, is not an image, or that the homeserver refuses (too large, bad type)
// yields nil and no error: the post goes out without it. A bad token, a rate limit or a
// server error is returned, so the delivery is retried whole. A retry reuses an upload.
func (c *Channel) leadImage(ctx context.Context, d channel.Delivery) (*inlineImage, error) {
	if !c.cfg.media() || d.Post.ImageURL == "" {
		return nil, nil
	}
	if img, ok := c.images.Get(d.Key); ok {
		return img, nil
	}
	m, err := c.media.Media(ctx, fetch.MediaRequest{URL: d.Post.ImageURL, MaxBytes: maxImageFetch})
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelWarn, "matrix image skipped", slog.String("channel", c.name),
			slog.String("image_url", channel.RedactURL(d.Post.ImageURL)), slog.String("error", err.Error()))
		c.images.Put(d.Key, nil)
		return nil, nil
	}
	mxc, err := c.client.upload(ctx, m.Data, m.ContentType, fileName(m.URL, m.ContentType))
	if ce := channel.Classify(err); err != nil && (ce.Reason == channel.Permanent || ce.Reason == channel.TooLong) {
		c.log.LogAttrs(ctx, slog.LevelWarn, "matrix homeserver refused the image", slog.String("channel", c.name), slog.String("error", err.Error()))
		c.images.Put(d.Key, nil)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	img := &inlineImage{mxc: mxc}
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(m.Data)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
		img.width, img.height = fit(cfg.Width, cfg.Height)
	}
	c.images.Put(d.Key, img)
	return img, nil
}

// fit scales w×h down to the display box, keeping the ratio.
func fit(w, h int) (int, int) {
	if w > maxShowWidth {
		w, h = maxShowWidth, max(1, h*maxShowWidth/w)
	}
	if h > maxShowHeight {
		w, h = max(1, w*maxShowHeight/h), maxShowHeight
	}
	return w, h
}

// fileName is the upload's file name: the URL's last path element, or "image" with an
// extension for the media type.
func fileName(raw, ctype string) string {
	if u, err := url.Parse(raw); err == nil {
		if base := path.Base(u.Path); base != "." && base != "/" && strings.Contains(base, ".") && len(base) <= 100 {
			return base
		}
	}
	if exts, _ := mime.ExtensionsByType(ctype); len(exts) > 0 {
		return "image" + exts[0]
	}
	return "image"
}

// tag is the inline image, with the title (cut short) as its alt text.
func (img *inlineImage) tag(alt string) string {
	var b strings.Builder
	b.WriteString(`<p><img src="` + html.EscapeString(img.mxc) + `" alt="` + html.EscapeString(alt) + `"`)
	if img.width > 0 {
		b.WriteString(` width="` + strconv.Itoa(img.width) + `" height="` + strconv.Itoa(img.height) + `"`)
	}
	b.WriteString(`></p>`)
	return b.String()
}
