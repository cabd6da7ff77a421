package mastodon

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"path"
	"strings"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/fetch"
)

// uploadImage fetches the post's lead image and uploads it with the title as alt text
// (POST /api/v2/media), returning the attachment id. An image that cannot be fetched, is not
// an image, is too large, or is refused by the instance (422) yields "" and no error: the
// status goes out without it. A bad token, a rate limit or an instance error is returned, so
// the whole delivery is retried.
func (c *Channel) uploadImage(ctx context.Context, p article.Post, lim limits) (string, error) {
	data, ctype, err := c.fetchImage(ctx, p.ImageURL, lim.imageSize)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelWarn, "mastodon image skipped", slog.String("channel", c.name),
			slog.String("image_url", channel.RedactURL(p.ImageURL)), slog.String("error", err.Error()))
		return "", nil
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", mime.FormatMediaType("form-data", map[string]string{"name": "file", "filename": fileName(p.ImageURL, ctype)}))
	h.Set("Content-Type", ctype)
	fw, err := mw.CreatePart(h)
	if err == nil {
		_, err = fw.Write(data)
	}
	if err == nil {
		alt := channel.Truncate(oneLine(p.Title), lim.altText, channel.CodePoints)
		err = mw.WriteField("description", alt)
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return "", channel.Errorf(channel.Permanent, "mastodon: encode media: %w", err)
	}
	var media struct {
		ID string `json:"id"`
	}
	err = c.do(ctx, http.MethodPost, "/api/v2/media", mw.FormDataContentType(), &buf, nil, &media)
	if ce := channel.Classify(err); err != nil && (ce.Reason == channel.Permanent || ce.Reason == channel.TooLong) {
		c.log.LogAttrs(ctx, slog.LevelWarn, "mastodon refused the image", slog.String("channel", c.name), slog.String("error", err.Error()))
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if media.ID == "" {
		return "", channel.Errorf(channel.Transient, "mastodon: upload media: answer has no id")
	}
	return media.ID, nil
}

// fetchImage downloads an image of at most limit bytes through the fetch guard and returns
// it with its media type (judged from the bytes: news sites often serve octet-stream).
func (c *Channel) fetchImage(ctx context.Context, raw string, limit int64) ([]byte, string, error) {
	m, err := c.fetcher.Media(ctx, fetch.MediaRequest{URL: raw, MaxBytes: limit})
	if err != nil {
		return nil, "", fmt.Errorf("mastodon: fetch image: %w", err)
	}
	return m.Data, m.ContentType, nil
}

// fileName is the upload's file name: the URL's last path element, or "image" with an
// extension for the media type.
func fileName(raw, ctype string) string {
	if u, err := url.Parse(raw); err == nil {
		if base := path.Base(u.Path); base != "." && base != "/" && strings.Contains(base, ".") {
			return base
		}
	}
	if exts, _ := mime.ExtensionsByType(ctype); len(exts) > 0 {
		return "image" + exts[0]
	}
	return "image"
}
