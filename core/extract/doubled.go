package extract

import (
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// Some pages print a story twice: an interactive transcript above the plain one (speaker names
// on lines of their own, then "SPEAKER: …" paragraphs), a desktop and a mobile layout of one
// text. When readability's container holds both, the body would state everything twice.

const (
	// copyProbeRunes is the length from which a paragraph is distinctive enough to mark where
	// a second copy of the story starts.
	copyProbeRunes = 80
	// copyProbes bounds the paragraphs tried as that mark: the story's opening ones.
	copyProbes = 5
	// copyLabelRunes bounds the label one copy may put before a paragraph the other prints
	// bare ("EZRA KLEIN: " before "I'm Ezra Klein.").
	copyLabelRunes = 40
	// copyAgree is the token F1 from which the text after the mark restates the text before it.
	copyAgree = 0.9
)

// dropSecondCopy returns body without its second copy of the story. The copy starts at a later
// paragraph that repeats one of the story's opening paragraphs; it is dropped, with whatever
// follows it, only when the text from there on restates the text before it nearly word for word
// (token F1 at least copyAgree) and each holds a story's worth of text: a pull quote or a
// summary box repeating a paragraph or two is far from that. A short story's print layer (its
// headline, stamp and paragraphs again after the page's share and comment bars) is such a copy
// too when each holds more than a fragment (minBody), the probe stands in the body twice, no
// more (a block printed over and over is the page's pattern), and the copy repeats two paragraphs
// or more in order: one paragraph printed twice is a pull quote or the page's mistake.
func dropSecondCopy(body string) string {
	paras := strings.Split(body, "\n\n")
	tried := 0
	for i, p := range paras {
		if utf8.RuneCountInString(p) < copyProbeRunes {
			continue
		}
		if tried++; tried > copyProbes {
			break
		}
		for k := i + 1; k < len(paras); k++ {
			if !sameParagraph(paras[k], p) {
				continue
			}
			// The copy may open a few paragraphs before the probe's repeat: walk back while the
			// paragraphs before the two line up.
			start := i // where the first copy opens
			for j := i - 1; j >= 0 && k-1 > i && sameParagraph(paras[k-1], paras[j]); j-- {
				k--
				start = j
			}
			first := textsim.Tokens(strings.Join(paras[:k], "\n\n"))
			second := textsim.Tokens(strings.Join(paras[k:], "\n\n"))
			if min(len(first), len(second)) >= fragment && textsim.F1(first, second) >= copyAgree ||
				min(len(first), len(second)) >= minBody && printedTwice(paras, p) && alignedRun(paras, start, k) >= 2 && textsim.F1(first, second) >= copyAgree {
				return strings.Join(paras[:k], "\n\n")
			}
			// A text printed twice whole (a slideshow's intro in the page and again in its
			// overlay) is a copy however short: every paragraph of the first comes again, in
			// order, right after it (a caption or a lede printed twice is the one-paragraph
			// case). What follows the copy stays. A text the page prints three times or more is
			// a pattern of the page (filler, a run of like items), not a doubled print.
			if n := k - start; repeatsWhole(paras, start, k, p) {
				return strings.Join(append(paras[:k:k], paras[k+n:]...), "\n\n")
			}
			break // this paragraph repeats, but not as the start of a copy: try the next one
		}
	}
	return body
}

// repeatsWhole reports whether the paragraphs from k on restate paras[start:k] one by one, and
// the probe, the long paragraph that marked the copy, stands in the body exactly twice.
func repeatsWhole(paras []string, start, k int, probe string) bool {
	n := k - start
	if n < 1 || k+n > len(paras) {
		return false
	}
	if other := len(strings.Join(paras, "\n\n")) - 2*len(paras[k]); n == 1 && other < len(paras[k]) {
		// One paragraph twice with little else around it is the text itself, repeated on
		// purpose as far as can be told (a test page, a refrain); a caption or a lede printed
		// twice stands in a longer story.
		return false
	}
	if !printedTwice(paras, probe) {
		return false
	}
	for j := 0; j < n; j++ {
		if !sameParagraph(paras[k+j], paras[start+j]) {
			return false
		}
	}
	return true
}

// sameParagraph reports two renderings of one paragraph: the same text, or the same text after
// a short label one of them puts in front, ending in a colon or a dash ("EZRA KLEIN: ", "Q —").
func sameParagraph(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	if b == "" || !strings.HasSuffix(a, b) {
		return false
	}
	label := strings.TrimSpace(a[:len(a)-len(b)])
	if utf8.RuneCountInString(label) > copyLabelRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	return strings.ContainsRune(":：—–-", last)
}

// dropRepeat is dropSecondCopy for a text without paragraph breaks: the first copy of a text
// that states itself twice, as some publishers' articleBody does (the story, then the same story
// again, joined by a space). Candidates are compared before any paragraph exists, and the
// doubled reading would disagree with every reading of the page.
func dropRepeat(s string) string {
	const probe = copyProbeRunes // bytes of the opening looked for again
	if len(s) < 4*probe {
		return s
	}
	head := s[:probe]
	i := strings.Index(s[probe:], head)
	if i < 0 {
		return s
	}
	first, second := s[:probe+i], s[probe+i:]
	if textsim.F1(textsim.Tokens(first), textsim.Tokens(second)) < copyAgree {
		return s
	}
	return strings.TrimSpace(first)
}

// printedTwice reports whether the paragraph probe stands in paras exactly twice.
func printedTwice(paras []string, probe string) bool {
	copies := 0
	for _, p := range paras {
		if sameParagraph(p, probe) {
			copies++
		}
	}
	return copies == 2
}

// alignedRun counts the paragraphs from k on that repeat the paragraphs from start on, in order.
func alignedRun(paras []string, start, k int) int {
	n := 0
	for start+n < k && k+n < len(paras) && sameParagraph(paras[k+n], paras[start+n]) {
		n++
	}
	return n
}
