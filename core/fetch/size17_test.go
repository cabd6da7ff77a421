package fetch

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode17Docs are 1 MB documents for the seventeenth round's charset rules (BENCHMARKS.md,
// fuzz17): UTF-16 without a byte-order mark in either order (utf16NoBOM counts only its first
// 4 KB, the decode runs over all of it), a mostly-ASCII feed whose right code page is one of
// the detector's faint guesses (each faint guess may be decoded whole before one is plausible),
// and binary noise opening with zero bytes, which no guess decodes plausibly.
func decode17Docs(tb testing.TB) map[string][]byte {
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	// Mostly ASCII, as utf16NoBOM wants: a 0x00 in every other byte. (Cyrillic text in
	// BOM-less UTF-16, "Новости дня: погода в Москве. " over and over, has too few of them and
	// every byte below 0x80, so it is taken for UTF-8 with NULs in it: no panic, no hang, and
	// left as the round wrote it.)
	page := `<html><body><p>` + strings.Repeat("News of the day: the weather in Moscow (Новости). ", 10000) + `</p></body></html>`
	var feed bytes.Buffer
	feed.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel>`)
	for feed.Len() < 1<<20 {
		feed.WriteString("<item><title>")
		feed.Write(enc(charmap.Windows1255, "חדשות – ספורט"))
		feed.WriteString("</title><link>http://blog.example.com/archives/2005/12/entry-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.html?utm_source=feed&amp;utm_medium=rss</link></item>")
	}
	feed.WriteString("</channel></rss>")
	noise := make([]byte, 1<<20)
	for i := range noise {
		noise[i] = byte(i*7919>>3) | byte(i&1)
	}
	noise[0], noise[1] = 0, 0
	return map[string][]byte{
		"utf16be": enc(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), page),
		"utf16le": enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), page),
		"faint":   feed.Bytes(),
		"noise":   noise,
	}
}

// BenchmarkDecode17 decodes each of decode17Docs: measured, not asserted.
func BenchmarkDecode17(b *testing.B) {
	for name, doc := range decode17Docs(b) {
		b.Run(name, func(b *testing.B) {
			out, cs := Decode(doc, "")
			b.Logf("%s: %s, %d bytes out", name, cs, len(out))
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				Decode(doc, "")
			}
		})
	}
}
