package fetch

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
)

const (
	// detectSample bounds the bytes handed to the detector: its 40 recognizers each scan
	// the whole input, and 64 KiB of text is far more than it needs.
	detectSample = 64 << 10
	// detectLead is how much ASCII before the first high byte the sample keeps, so markup
	// stripping sees whole tags.
	detectLead = 1024
	// minConfidence drops detector guesses that are noise (its scale is 0–100).
	minConfidence = 10
)

// detect guesses the charset of bytes that are not UTF-8 and declare nothing (or declare
// something implausible), best first: sure holds the guesses above the detector's noise
// floor, faint the rest. The faint ones matter on mostly-ASCII documents (a feed of long
// URLs with a few Cyrillic or Hebrew words): there the detector ranks ISO-8859-1 first and
// the right code page below the floor, and a faint guess that decodes plausibly still
// beats windows-1252 mojibake. UTF-16/32 without a byte-order mark and the EBCDIC
// recognizers are left out: news pages are ASCII-compatible.
func detect(body []byte) (sure, faint []string) {
	sample := body
	if i := firstHighOrEsc(body); i > detectLead {
		sample = sample[i-detectLead:]
	}
	sample = sample[:min(len(sample), detectSample)]

	d := chardet.NewTextDetector()
	if t := bytes.TrimLeft(sample, " \t\r\n"); len(t) > 0 && t[0] == '<' {
		d = chardet.NewHtmlDetector()
	}
	results, err := d.DetectAll(sample)
	if err != nil {
		return nil, nil
	}
	for _, r := range results {
		name := strings.ToLower(r.Charset)
		if strings.HasPrefix(name, "utf-") || strings.HasPrefix(name, "ibm") {
			continue
		}
		if superset, ok := detectedSupersets[name]; ok {
			name = superset
		}
		if r.Confidence < minConfidence {
			faint = append(faint, name)
		} else {
			sure = append(sure, name)
		}
	}
	return sure, faint
}

// detectedSupersets replaces a detected ISO Hebrew guess with the Windows code page that
// extends it, as WHATWG already does for ISO-8859-1 and -9: the detector cannot tell them
// apart, and pages written in windows-1255 use its 0x80–0x9F punctuation, which ISO-8859-8
// decodes to C1 controls that the plausibility check rightly rejects. Only guesses are
// replaced; a declared ISO-8859-8 is honoured as declared.
var detectedSupersets = map[string]string{
	"iso-8859-8": "windows-1255", "iso-8859-8-i": "windows-1255",
}

// firstHighOrEsc is the index of the first byte that is not plain 7-bit text.
func firstHighOrEsc(b []byte) int {
	for i, c := range b {
		if c >= 0x80 || c == 0x1B {
			return i
		}
	}
	return len(b)
}

// plausible is the mojibake check applied to each candidate decoding. It rejects output
// with more than 2 % U+FFFD among its non-ASCII characters (the bytes broke the encoding's
// rules), C1 control characters (never in real text; they come from reading a multibyte
// encoding as ISO-8859-1), and Latin letters in long runs: French or Portuguese put one or
// two accented letters between ASCII ones, while Korean, Chinese or Japanese bytes read as
// windows-1252 give streams like "ÇÑ³ª¶ó´ç".
func plausible(out []byte) bool {
	var nonASCII, replacement, c1, latin, latinInRuns, run int
	endRun := func() {
		if run >= 3 {
			latinInRuns += run
		}
		run = 0
	}
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		i += size
		if r < utf8.RuneSelf {
			endRun()
			continue
		}
		nonASCII++
		switch {
		case r == utf8.RuneError:
			replacement++
			endRun()
		case r >= 0x80 && r <= 0x9F:
			c1++
			endRun()
		case isLatinish(r):
			latin++
			run++
		default:
			endRun()
		}
	}
	endRun()
	if replacement*50 > nonASCII || c1*100 > nonASCII {
		return false
	}
	return latin < 16 || latinInRuns*2 < latin
}

// isLatinish reports whether r is a character a single-byte Latin code page produces for a
// high byte: Latin-1 Supplement, Latin Extended-A/B, spacing modifiers and the
// windows-1252 punctuation block.
func isLatinish(r rune) bool {
	return (r >= 0xA0 && r <= 0x2FF) || (r >= 0x2010 && r <= 0x203A) || r == 0x20AC || r == 0x2122
}
