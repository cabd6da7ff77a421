package imagecheck

import (
	"context"
	"errors"
	"testing"

	"paperboy/core/fetch"
)

func testAssets(t *testing.T) map[string]asset {
	jpg := encodeJPEG(t, 1200, 630)
	pngBytes := encodePNG(t, 800, 600)
	return map[string]asset{
		"/photo.jpg":    {contentType: "image/jpeg", body: jpg},
		"/photo.png":    {contentType: "image/png", body: pngBytes},
		"/anim.gif":     {contentType: "image/gif", body: encodeGIF(t, 320, 240)},
		"/photo.webp":   {contentType: "image/webp", body: webpHeader(1600, 900)},
		"/pixel.gif":    {contentType: "image/gif", body: encodeGIF(t, 1, 1)},
		"/icon.png":     {contentType: "image/png", body: encodePNG(t, 64, 64)},
		"/logo.png":     {contentType: "image/png", body: encodePNG(t, 600, 100)},
		"/tall.png":     {contentType: "image/png", body: encodePNG(t, 120, 900)},
		"/error.jpg":    {contentType: "image/jpeg", body: []byte("<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>")},
		"/article.html": {contentType: "text/html; charset=utf-8", body: []byte("<html><body>story</body></html>")},
		"/vector.svg":   {contentType: "image/svg+xml", body: []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"></svg>`)},
		"/untyped.jpg":  {contentType: "", body: jpg},
		"/octet.png":    {contentType: "application/octet-stream", body: pngBytes},
		"/nohead.jpg":   {contentType: "image/jpeg", body: jpg, noHead: true},
		"/exif.jpg":     {contentType: "image/jpeg", body: withBigEXIF(jpg)},
		"/broken.png":   {contentType: "image/png", body: pngBytes[:20]},
		"/image.bmp":    {contentType: "image/bmp", body: append([]byte("BM"), make([]byte, 200)...)},
		"/gone.jpg":     {status: 410},
		"/busy.jpg":     {status: 503},
	}
}

// clients are the two ways Check runs: the real fetch.Client (plain GET) and a client with
// HEAD and ranged GET.
func clients(t *testing.T, h *imageHost) map[string]Getter {
	return map[string]Getter{
		"fetch":   fetch.New(fetch.Config{AllowPrivate: true}), // HEAD + a ranged GET (a Prober)
		"getonly": getOnly{fetch.New(fetch.Config{AllowPrivate: true})},
		"ranged":  rangeClient{hc: h.srv.Client()},
	}
}

// getOnly hides the fetch client's Head and GetPrefix: Check then downloads the whole image.
type getOnly struct{ c *fetch.Client }

func (g getOnly) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	return g.c.Get(ctx, req)
}

func TestCheck(t *testing.T) {
	assets := testAssets(t)
	h := newImageHost(t, assets)
	tests := []struct {
		path     string
		lim      Limits
		wantErr  error  // nil: accepted
		wantType string // expected ContentType when accepted
		w, h     int
		format   string
		// prefixBlind: the dimensions lie past the first 64 KiB, so only a full GET sees them.
		prefixBlind bool
	}{
		{path: "/photo.jpg", wantType: "image/jpeg", w: 1200, h: 630, format: "jpeg"},
		{path: "/photo.png", wantType: "image/png", w: 800, h: 600, format: "png"},
		{path: "/anim.gif", wantType: "image/gif", w: 320, h: 240, format: "gif"},
		{path: "/photo.webp", wantType: "image/webp", w: 1600, h: 900, format: "webp"},
		{path: "/moved.jpg", wantType: "image/jpeg", w: 1200, h: 630, format: "jpeg"},
		{path: "/untyped.jpg", wantType: "image/jpeg", w: 1200, h: 630, format: "jpeg"},
		{path: "/octet.png", wantType: "image/png", w: 800, h: 600, format: "png"},
		{path: "/nohead.jpg", wantType: "image/jpeg", w: 1200, h: 630, format: "jpeg"},
		{path: "/exif.jpg", wantType: "image/jpeg", w: 1200, h: 630, format: "jpeg", prefixBlind: true},
		{path: "/image.bmp", wantType: "image/bmp"},
		{path: "/pixel.gif", wantErr: ErrTooSmall},
		{path: "/icon.png", wantErr: ErrTooSmall},
		{path: "/icon.png", lim: Limits{MinSide: 50}, wantType: "image/png", w: 64, h: 64, format: "png"},
		{path: "/logo.png", wantErr: ErrBadShape},
		{path: "/tall.png", wantErr: ErrBadShape},
		{path: "/logo.png", lim: Limits{MaxAspect: -1}, wantType: "image/png", w: 600, h: 100, format: "png"},
		{path: "/photo.jpg", lim: Limits{MaxBytes: 1000}, wantErr: ErrTooLarge},
		{path: "/error.jpg", wantErr: ErrNotImage},
		{path: "/article.html", wantErr: ErrNotImage},
		{path: "/vector.svg", wantErr: ErrNotImage},
		{path: "/broken.png", wantErr: ErrNotImage},
	}
	for name, c := range clients(t, h) {
		for _, tt := range tests {
			t.Run(name+tt.path, func(t *testing.T) {
				info, err := CheckWith(context.Background(), c, h.url(tt.path), tt.lim)
				if tt.wantErr != nil {
					if !errors.Is(err, tt.wantErr) {
						t.Fatalf("err = %v, want %v (info %+v)", err, tt.wantErr, info)
					}
					return
				}
				if err != nil {
					t.Fatalf("err = %v (info %+v)", err, info)
				}
				w, hh, format := tt.w, tt.h, tt.format
				if tt.prefixBlind && name != "getonly" {
					w, hh, format = 0, 0, ""
				}
				if info.ContentType != tt.wantType || info.Width != w || info.Height != hh || info.Format != format {
					t.Errorf("info = %+v, want %s %dx%d %s", info, tt.wantType, w, hh, format)
				}
				real := tt.path
				if tt.path == "/moved.jpg" {
					real = "/photo.jpg"
				}
				if info.URL != h.url(real) {
					t.Errorf("URL = %q, want the final %q", info.URL, h.url(real))
				}
				if info.Size != int64(len(assets[real].body)) {
					t.Errorf("Size = %d, want %d", info.Size, len(assets[real].body))
				}
			})
		}
	}
}

func TestCheckStatusErrors(t *testing.T) {
	h := newImageHost(t, testAssets(t))
	for name, c := range clients(t, h) {
		for _, path := range []string{"/gone.jpg", "/busy.jpg", "/missing.jpg"} {
			_, err := Check(context.Background(), c, h.url(path))
			var se *fetch.StatusError
			if !errors.As(err, &se) {
				t.Errorf("%s %s: err = %v, want a *fetch.StatusError", name, path, err)
			}
		}
	}
}

func TestRequestsMade(t *testing.T) {
	tests := []struct {
		path                string
		lim                 Limits
		heads, gets, ranged int32
	}{
		{path: "/photo.jpg", heads: 1, gets: 1, ranged: 1},
		{path: "/nohead.jpg", heads: 1, gets: 1, ranged: 1}, // 405 on HEAD → ranged GET
		{path: "/gone.jpg", heads: 1},                       // gone is gone: no GET
		{path: "/article.html", heads: 1},                   // HEAD proves it is no image
		{path: "/photo.jpg", lim: Limits{MaxBytes: 1000}, heads: 1},
		{path: "/photo.jpg", lim: Limits{MinSide: -1, MaxAspect: -1}, heads: 1}, // nothing needs the bytes
		{path: "/busy.jpg", heads: 1, gets: 1, ranged: 1},                       // 503 on HEAD may be HEAD-specific: try GET
	}
	assets := testAssets(t)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			h := newImageHost(t, assets)
			_, _ = CheckWith(context.Background(), rangeClient{hc: h.srv.Client()}, h.url(tt.path), tt.lim)
			if h.heads.Load() != tt.heads || h.gets.Load() != tt.gets || h.rangedGets.Load() != tt.ranged {
				t.Errorf("HEAD %d, GET %d (ranged %d); want %d, %d (%d)",
					h.heads.Load(), h.gets.Load(), h.rangedGets.Load(), tt.heads, tt.gets, tt.ranged)
			}
		})
	}
}

func TestSSRFGuardApplies(t *testing.T) {
	h := newImageHost(t, testAssets(t))
	_, err := Check(context.Background(), fetch.New(fetch.Config{}), h.url("/photo.jpg"))
	var pe *fetch.PrivateAddressError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want the guard's *fetch.PrivateAddressError", err)
	}
}

func TestFetchLimitIsTooLarge(t *testing.T) {
	h := newImageHost(t, testAssets(t))
	_, err := Check(context.Background(), getOnly{fetch.New(fetch.Config{AllowPrivate: true, MaxBody: 4096})}, h.url("/photo.jpg"))
	var tl *fetch.TooLargeError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &tl) {
		t.Fatalf("err = %v, want ErrTooLarge wrapping *fetch.TooLargeError", err)
	}
}

func TestFits(t *testing.T) {
	tests := []struct {
		size, max int64
		want      bool
	}{
		{4 << 20, TelegramPhotoURLMax, true},
		{6 << 20, TelegramPhotoURLMax, false},
		{6 << 20, TelegramPhotoMax, true},
		{-1, TelegramPhotoMax, false}, // unknown size is not known to fit
		{BlueskyThumbMax, BlueskyThumbMax, true},
	}
	for _, tt := range tests {
		if got := (Info{Size: tt.size}).Fits(tt.max); got != tt.want {
			t.Errorf("Info{Size: %d}.Fits(%d) = %v, want %v", tt.size, tt.max, got, tt.want)
		}
	}
}
