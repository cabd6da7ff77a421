package imagecheck

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"mime"
	"net/http"
	"strconv"
	"strings"

	// Decoders registered for image.DecodeConfig: the formats news sites serve as lead images.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"

	"paperboy/core/fetch"
)

// judge checks a GET answer. complete says the body is the whole image (a plain GET),
// not just its first bytes.
func judge(info Info, resp *fetch.Response, complete bool, lim Limits) (Info, error) {
	info.URL = resp.URL
	if ct := mediaType(resp.ContentType); ct != "" {
		info.ContentType = ct
	}
	body := resp.Body
	switch size := headerSize(resp); {
	case complete:
		info.Size = int64(len(body))
	case size >= 0:
		info.Size = size
	case resp.Status != http.StatusPartialContent && len(body) < prefixBytes:
		info.Size = int64(len(body)) // a full answer shorter than what was asked for
	}
	// Only with every byte at hand does a decoding error prove the file broken.
	whole := complete || (info.Size >= 0 && int64(len(body)) >= info.Size)

	sniffed := mediaType(http.DetectContentType(body))
	switch {
	case isImageType(sniffed) && (info.ContentType == "" || genericType(info.ContentType)):
		info.ContentType = sniffed // the server did not say; the bytes do
	case sniffed != "application/octet-stream" && !strings.HasPrefix(sniffed, "image/"):
		// An HTML error page or a soft 404 served under an image URL.
		return info, fmt.Errorf("%w: content type %q but the bytes are %s", ErrNotImage, info.ContentType, sniffed)
	}
	if !isImageType(info.ContentType) {
		return info, fmt.Errorf("%w: content type %q", ErrNotImage, info.ContentType)
	}
	if info.Size > lim.MaxBytes {
		return info, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size, lim.MaxBytes)
	}

	cfg, format, err := image.DecodeConfig(bytes.NewReader(body))
	switch {
	case errors.Is(err, image.ErrFormat):
		return info, nil // AVIF, HEIC, BMP…: a real image we cannot measure
	case err != nil && whole:
		return info, fmt.Errorf("%w: undecodable %s: %w", ErrNotImage, info.ContentType, err)
	case err != nil:
		return info, nil // the dimensions lie beyond the bytes read (large EXIF blocks)
	}
	info.Width, info.Height, info.Format = cfg.Width, cfg.Height, format
	return info, judgeShape(info, lim)
}

// judgeShape rejects tracking pixels, icons and logo or banner strips.
func judgeShape(info Info, lim Limits) error {
	w, h := info.Width, info.Height
	if lim.MinSide > 0 && (w < lim.MinSide || h < lim.MinSide) {
		return fmt.Errorf("%w: %dx%d px, minimum side %d", ErrTooSmall, w, h, lim.MinSide)
	}
	if lim.MaxAspect > 0 && w > 0 && h > 0 {
		long, short := max(w, h), min(w, h)
		if float64(long) > lim.MaxAspect*float64(short) {
			return fmt.Errorf("%w: %dx%d px, ratio over %.1f", ErrBadShape, w, h, lim.MaxAspect)
		}
	}
	return nil
}

// mediaType returns the lower-cased media type of a Content-Type value, "" when absent or unparsable.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(mt)
}

// headerSize reads the full size from Content-Range ("bytes 0-65535/1234567") or, on a
// HEAD or a full 200, from Content-Length; -1 when neither says.
func headerSize(resp *fetch.Response) int64 {
	if resp.Header == nil {
		return -1
	}
	if cr := resp.Header.Get("Content-Range"); cr != "" {
		if _, total, ok := strings.Cut(cr, "/"); ok {
			if n, err := strconv.ParseInt(strings.TrimSpace(total), 10, 64); err == nil && n >= 0 {
				return n
			}
		}
		return -1
	}
	if resp.Status == http.StatusPartialContent {
		return -1
	}
	if n, err := strconv.ParseInt(resp.Header.Get("Content-Length"), 10, 64); err == nil && n >= 0 {
		return n
	}
	return -1
}
