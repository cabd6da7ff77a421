package fetch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// readBody reads resp.Body, decompressing gzip or deflate, and fails with *TooLargeError
// when the declared length, the bytes on the wire or the decompressed bytes exceed limit
// (the last is what stops a gzip bomb).
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	wire := &cappedReader{r: resp.Body, left: limit}
	var r io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(wire)
		if errors.Is(err, io.EOF) {
			return nil, nil // an empty body with a gzip header
		}
		if err != nil {
			return nil, wireErr(wire, limit, fmt.Errorf("fetch: gzip body: %w", err))
		}
		defer zr.Close()
		r = zr
	case "deflate":
		zr, err := deflateReader(wire)
		if err != nil {
			return nil, wireErr(wire, limit, err)
		}
		defer zr.Close()
		r = zr
	default:
		return nil, fmt.Errorf("fetch: unsupported content encoding %q", enc)
	}

	var buf bytes.Buffer
	if resp.ContentLength > 0 && r == io.Reader(wire) {
		buf.Grow(int(resp.ContentLength))
	}
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if n > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	if err != nil {
		return nil, wireErr(wire, limit, fmt.Errorf("fetch: read body: %w", err))
	}
	if wire.hit {
		return nil, &TooLargeError{Limit: limit}
	}
	return buf.Bytes(), nil
}

// wireErr reports a decompression error caused by cutting the stream at the limit as
// the size problem it really is.
func wireErr(wire *cappedReader, limit int64, err error) error {
	if wire.hit {
		return &TooLargeError{Limit: limit}
	}
	return err
}

// cappedReader reads at most left bytes and records whether r had more.
type cappedReader struct {
	r    io.Reader
	left int64
	hit  bool
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// Probe one byte to tell "exactly at the limit" from "over it".
		var one [1]byte
		n, err := c.r.Read(one[:])
		if n > 0 {
			c.hit = true
			return 0, io.ErrUnexpectedEOF
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// deflateReader accepts both what RFC 9110 means by "deflate" (a zlib stream) and what
// some servers send instead (raw DEFLATE).
func deflateReader(r io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if len(head) == 0 && errors.Is(err, io.EOF) {
		return io.NopCloser(bytes.NewReader(nil)), nil
	}
	if len(head) == 2 && head[0]&0x0F == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("fetch: deflate body: %w", err)
		}
		return zr, nil
	}
	return flate.NewReader(br), nil
}

// isText reports whether a body should be charset-decoded: text/*, XML, JSON and
// JavaScript types, or a missing/generic type whose bytes sniff as text. Images and other
// binary bodies are returned untouched.
func isText(contentType string, body []byte) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(body))
	}
	return strings.HasPrefix(mt, "text/") || strings.HasSuffix(mt, "xml") ||
		strings.HasSuffix(mt, "json") || strings.HasSuffix(mt, "javascript")
}
