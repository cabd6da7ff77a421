package imagecheck

import (
	"bytes"
	"context"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/fetch"
)

// picture draws a w×h image with enough detail that JPEG output is not trivially small.
func picture(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 7), uint8(y * 13), uint8((x ^ y) * 3), 255})
		}
	}
	return img
}

func encodeJPEG(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, picture(w, h), &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodePNG(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, picture(w, h)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeGIF(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	if err := gif.Encode(&b, picture(w, h), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// webpHeader is an extended-format (VP8X) WebP header: RIFF, WEBP and the canvas size,
// which is all DecodeConfig needs.
func webpHeader(w, h int) []byte {
	chunk := make([]byte, 10)
	chunk[4], chunk[5], chunk[6] = byte(w-1), byte((w-1)>>8), byte((w-1)>>16)
	chunk[7], chunk[8], chunk[9] = byte(h-1), byte((h-1)>>8), byte((h-1)>>16)
	var b bytes.Buffer
	b.WriteString("RIFF")
	_ = binary.Write(&b, binary.LittleEndian, uint32(4+8+len(chunk)))
	b.WriteString("WEBPVP8X")
	_ = binary.Write(&b, binary.LittleEndian, uint32(len(chunk)))
	b.Write(chunk)
	return b.Bytes()
}

// withBigEXIF puts two maximal APP1 segments after the JPEG's SOI marker, pushing the frame
// header (and so the dimensions) past the first 64 KiB.
func withBigEXIF(jpg []byte) []byte {
	seg := append([]byte{0xFF, 0xE1, 0xFF, 0xFF}, bytes.Repeat([]byte{'x'}, 0xFFFF-2)...)
	out := append([]byte{}, jpg[:2]...)
	out = append(out, seg...)
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

// asset is one URL of the fake image host.
type asset struct {
	contentType string // "" sends none (net/http would sniff, so it is deleted explicitly)
	body        []byte
	status      int  // non-zero: answer with this status instead
	noHead      bool // answer HEAD with 405, like hosts that only allow GET
}

// imageHost serves assets with Range and HEAD support (http.ServeContent) and counts requests.
type imageHost struct {
	srv          *httptest.Server
	heads, gets  atomic.Int32
	rangedGets   atomic.Int32
	assetsByPath map[string]asset
}

func newImageHost(t *testing.T, assets map[string]asset) *imageHost {
	h := &imageHost{assetsByPath: assets}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			h.heads.Add(1)
		} else {
			h.gets.Add(1)
			if r.Header.Get("Range") != "" {
				h.rangedGets.Add(1)
			}
		}
		if r.URL.Path == "/moved.jpg" {
			http.Redirect(w, r, "/photo.jpg", http.StatusFound)
			return
		}
		a, ok := h.assetsByPath[r.URL.Path]
		switch {
		case !ok:
			http.NotFound(w, r)
			return
		case a.status != 0:
			http.Error(w, http.StatusText(a.status), a.status)
			return
		case a.noHead && r.Method == http.MethodHead:
			w.Header().Set("Allow", "GET")
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		if a.contentType == "" {
			w.Header()["Content-Type"] = nil // stop ServeContent from sniffing on our behalf
		} else {
			w.Header().Set("Content-Type", a.contentType)
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *imageHost) url(path string) string { return h.srv.URL + path }

// rangeClient stands in for a fetch client with HEAD and ranged GET (see Prober): real
// requests, fetch's answer types, statuses outside 2xx as *fetch.StatusError.
type rangeClient struct{ hc *http.Client }

func (c rangeClient) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	return c.do(ctx, http.MethodGet, req, 0)
}

func (c rangeClient) Head(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	return c.do(ctx, http.MethodHead, req, 0)
}

func (c rangeClient) GetPrefix(ctx context.Context, req fetch.Request, n int64) (*fetch.Response, error) {
	return c.do(ctx, http.MethodGet, req, n)
}

func (c rangeClient) do(ctx context.Context, method string, req fetch.Request, n int64) (*fetch.Response, error) {
	hr, err := http.NewRequestWithContext(ctx, method, req.URL, nil)
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Accept", req.Accept)
	var limit int64 = 10 << 20
	if n > 0 {
		hr.Header.Set("Range", "bytes=0-"+strconv.FormatInt(n-1, 10))
		limit = n
	}
	resp, err := c.hc.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &fetch.StatusError{Code: resp.StatusCode, URL: resp.Request.URL.String()}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil {
		return nil, err
	}
	return &fetch.Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Body: body,
		ContentType: resp.Header.Get("Content-Type"), Header: resp.Header}, nil
}
