package fetch

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDoubleDecode24 feeds arbitrary bytes and a declared charset to the repair of pages decoded
// twice (issue 20, branch fuzz24). It must not panic; what it returns is valid UTF-8 (only valid
// UTF-8 is ever repaired, and each layer gives UTF-8 or a legacy decoding), no longer than a
// legacy multibyte decoding of the input's bytes can make it, and Decode keeps its promise.
func FuzzDoubleDecode24(f *testing.F) {
	f.Add(readTwice([]byte(polish1)), "")
	f.Add(readTwice(readTwice([]byte(polish1))), "text/html; charset=utf-8")
	f.Add([]byte("Ã\u0083Â\u0083Ã\u0083Â\u0083Ã\u0083Â\u0083Ã\u0083Â\u0083"), "text/html; charset=gbk")
	f.Add([]byte(`<meta charset="gb2312">ÒâžéÇ³ÒâžéÇ³ÒâžéÇ³ÒâžéÇ³`), "")
	f.Add([]byte("Les Ã©, Ã¨ et Ã  sont des caractères mal lus"), "text/html; charset=shift_jis")
	f.Add([]byte("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"), "text/html; charset=big5")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		if out, ok := undoDoubleDecoding(b, ct); ok {
			if !utf8.Valid(b) {
				t.Fatalf("repaired invalid UTF-8 %q", b)
			}
			if !utf8.Valid(out) {
				t.Fatalf("undoDoubleDecoding(%q, %q) = %q: invalid UTF-8", b, ct, out)
			}
			if len(out) > 2*len(b)+3 {
				t.Fatalf("undoDoubleDecoding grew %d bytes into %d", len(b), len(out))
			}
		}
		if out, cs := Decode(b, ct); !utf8.Valid(out) {
			t.Fatalf("Decode(%q, %q) = %q (%s): invalid UTF-8", b, ct, out, cs)
		}
	})
}

// mojibakePage24 is a page declaring gb2312 of n paragraphs of Polish text read twice (UTF-8 as
// windows-1252), then tail: the shape the repair undoes, at size.
func mojibakePage24(n int, tail string) []byte {
	var b bytes.Buffer
	b.WriteString(`<html><head><meta charset="gb2312"></head><body>`)
	for range n {
		b.WriteString("<p>")
		b.Write(readTwice([]byte("Podczas uroczystości zaśpiewała swoją aranżację.")))
		b.WriteString("</p>")
	}
	b.WriteString(tail)
	return b.Bytes()
}

// allocated24 is the bytes one Decode of page allocates.
func allocated24(page []byte, ct string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Decode(page, ct)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestDoubleDecodingLinear24: doubling the mojibake runs of a page (repaired; left alone because
// one character past the sample has no single byte; a triple decoding) at most triples the bytes
// Decode allocates: every layer reads the page a bounded number of times.
func TestDoubleDecodingLinear24(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes pages of megabytes")
	}
	for _, c := range []struct {
		name  string
		page  func(n int) []byte
		fixed bool
	}{
		{"repaired", func(n int) []byte { return mojibakePage24(n, "") }, true},
		{"unmappable tail", func(n int) []byte { return mojibakePage24(n, "<p>Ω</p>") }, false},
		{"triple", func(n int) []byte { return readTwice(mojibakePage24(n, "")) }, true},
		{"one byte repeated", func(n int) []byte {
			p := []byte(strings.Repeat("Ã\u0083Â\u0083", n))
			return readTwice(readTwice(p))
		}, false},
	} {
		small, large := c.page(4000), c.page(8000)
		if c.fixed {
			if out, _ := Decode(small, ""); !bytes.Contains(out, []byte("uroczystości")) {
				t.Fatalf("%s: page not repaired", c.name)
			}
		}
		a, b := allocated24(small, ""), allocated24(large, "")
		t.Logf("%s: %d → %d bytes (×%.2f), %d → %d bytes of page", c.name, a, b, float64(b)/float64(a), len(small), len(large))
		if b > 3*a {
			t.Errorf("%s: %d bytes at 4,000 runs, %d at 8,000", c.name, a, b)
		}
	}
}
