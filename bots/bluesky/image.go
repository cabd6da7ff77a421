package bluesky

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/gif" // decoders for lead images that must be re-encoded
	"image/jpeg"
	_ "image/png"
	"net/http"

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp"

	"paperboy/core/fetch"
)

// Thumbnail limits: the external embed's thumb accepts image/* up to 1,000,000 bytes.
const (
	maxThumbBytes  = 1_000_000
	maxImageFetch  = 20 << 20   // refuse to download bigger lead images
	maxImagePixels = 50_000_000 // refuse to decode bigger ones (a decompression bomb)
	thumbWidth     = 1000       // cards show the thumb at most ~600 px wide; 1000 keeps it sharp on HiDPI
)

// fetchThumb downloads the lead image through the fetch guard and returns it ready for
// uploadBlob: unchanged when it is a JPEG, PNG, GIF or WebP of at most 1 MB, otherwise scaled
// down and re-encoded as JPEG until it fits.
func (c *Channel) fetchThumb(ctx context.Context, imageURL string) ([]byte, string, error) {
	m, err := c.media.Media(ctx, fetch.MediaRequest{URL: imageURL, MaxBytes: maxImageFetch})
	if err != nil {
		return nil, "", fmt.Errorf("bluesky: image: %w", err)
	}
	return shrink(m.Data)
}

// shrink returns data as an acceptable thumbnail blob and its MIME type.
func shrink(data []byte) ([]byte, string, error) {
	mime := http.DetectContentType(data)
	switch mime {
	case "image/jpeg", "image/png", "image/gif", "image/webp":
	default:
		return nil, "", fmt.Errorf("bluesky: image: %s is not an image we can use", mime)
	}
	if len(data) <= maxThumbBytes {
		return data, mime, nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("bluesky: image: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxImagePixels {
		return nil, "", fmt.Errorf("bluesky: image: %dx%d is too large to decode", cfg.Width, cfg.Height)
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("bluesky: image: %w", err)
	}
	w, quality := min(thumbWidth, cfg.Width), 85
	for range 6 {
		h := max(1, cfg.Height*w/cfg.Width)
		dst := image.NewRGBA(image.Rect(0, 0, w, h))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: quality}); err != nil {
			return nil, "", fmt.Errorf("bluesky: image: %w", err)
		}
		if buf.Len() <= maxThumbBytes {
			return buf.Bytes(), "image/jpeg", nil
		}
		w, quality = max(1, w*3/4), max(40, quality-15)
	}
	return nil, "", fmt.Errorf("bluesky: image: could not re-encode below %d bytes", maxThumbBytes)
}
