package fetch

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// doubleSample bounds the text after the first high byte that decides whether a valid UTF-8
// page is worth testing for a second decoding: the test itself re-encodes the whole page.
const doubleSample = 4 << 10

// maxDecodings bounds how many layers of wrong decoding Decode undoes.
const maxDecodings = 3

// minRecovered is how many multibyte characters the recovered UTF-8 must hold: a handful of
// Latin letters re-encoded could form a valid sequence by accident, dozens cannot.
const minRecovered = 8

// undoDoubleDecoding recovers a page that was decoded twice before it was stored: its bytes
// (UTF-8, or a legacy multibyte code page such as GBK) were read as ISO-8859-1/windows-1252
// and the characters written out as UTF-8, so "uroczystości" became "uroczystoÅ\u009bci" and
// Chinese became runs of "ÒâžéÇ³". The stored bytes are valid UTF-8 and read as they stand
// give nothing but mojibake. It is the repair ftfy's fix_encoding makes, for a whole page
// only: every character above ASCII must map back to one byte, and the bytes must be UTF-8
// (with minRecovered characters above ASCII) or decode plausibly in a legacy multibyte
// charset the page declares. Only the first doubleSample bytes after the first high byte are
// looked at before the page is suspected (see suspect).
func undoDoubleDecoding(body []byte, contentType string) ([]byte, bool) {
	i := firstHigh(body)
	if i == len(body) {
		return nil, false
	}
	end := min(len(body), i+doubleSample)
	for end < len(body) && !utf8.RuneStart(body[end]) {
		end++
	}
	if sample := body[i:end]; !suspect(sample) {
		return nil, false
	}
	raw, ok := reencode(body)
	if !ok {
		return nil, false
	}
	if utf8.Valid(raw) {
		if utf8.RuneCount(raw) > len(raw)-2*minRecovered {
			return nil, false // too few multibyte characters to tell from chance
		}
		return raw, true
	}
	for _, label := range declaredLabels(body, contentType) {
		enc, name := lookup(label)
		if !usable(enc, name) || name == "utf-8" || singleByte(enc) {
			continue
		}
		if out := decodeWith(enc, raw); plausible(out) {
			return out, true
		}
	}
	return nil, false
}

// suspect reports whether the UTF-8 text b (a page's first few kilobytes of text above
// ASCII) looks decoded twice: every character maps back to one byte, and either UTF-8's own
// shape shows through — a lead byte's letter ("Ã", "Å", "ä") directly followed by a
// continuation byte's character (U+0080–U+00BF, or the windows-1252 punctuation there: "›",
// "‚", "€") for a quarter of the characters or more — or the text fails plausible (the long
// Latin runs a legacy multibyte code page gives).
func suspect(b []byte) bool {
	nonASCII, pairs := 0, 0
	prevLead := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			prevLead = false
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		c, ok := singleByteOf(r)
		if !ok {
			return false
		}
		nonASCII++
		if prevLead && c >= 0x80 && c <= 0xBF {
			pairs++
		}
		prevLead = c >= 0xC2 && c <= 0xF4
		i += size
	}
	return pairs >= 4 && pairs*4 >= nonASCII || !plausible(b)
}

// singleByteOf is the byte a character of a doubly decoded page was read from: itself below
// U+0100 (ISO-8859-1, C1 controls included), else its windows-1252 byte ("€", "’", "Ž").
func singleByteOf(r rune) (byte, bool) {
	if r < 0x100 && r != utf8.RuneError {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// reencode writes every character of the UTF-8 text b back as the single byte it was read
// from; false when one has none.
func reencode(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		c, ok := singleByteOf(r)
		if !ok {
			return nil, false
		}
		out = append(out, c)
		i += size
	}
	return out, true
}

// firstHigh is the index of the first byte above ASCII in b, len(b) when there is none. It
// reads eight bytes at a time: on an English page the first such byte may be the last.
func firstHigh(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(b)
}
