package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Vietnamese stories credit their writers on a line of their own under the last paragraph, set
// right-aligned (often bold or italic): the reporters' names ("Quang Minh - Thu Hà", "K. Lan"), a
// labelled credit ("Tin, ảnh: Lê Văn An", news and photos by), or the source ("Theo Trần
// Bình/Example.vn", according to). "Theo" before a bare name names the outlet the story was taken
// from ("Theo Thanh Niên", "Theo K14"); before a name with its outlet after a slash or in
// brackets, the person credited there ("Theo Sầm Hoa (Vietnamnet/Reuters)").

// maxRightLines caps the right-aligned lines a page keeps; maxRightLineRunes is the longest
// line read as a credit.
const (
	maxRightLines     = 16
	maxRightLineRunes = 80
)

// rightAligned reports an element set right-aligned by its align attribute or inline style.
func rightAligned(align, style string) bool {
	if strings.EqualFold(strings.TrimSpace(align), "right") {
		return true
	}
	if style == "" {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "text-align:right")
}

// vietnameseLetters reports text holding a letter only Vietnamese writes: ơ, ư, đ, or one of
// the Latin Extended Additional block's vowels with two marks (U+1EA0–U+1EF9).
func vietnameseLetters(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x100:
		case r >= 0x1EA0 && r <= 0x1EF9, r == 'ơ', r == 'ư', r == 'đ', r == 'Ơ', r == 'Ư', r == 'Đ':
			return true
		}
	}
	return false
}

// viSourcedName reads the name after "Theo": the person when an outlet follows after a slash or
// in brackets ("Minh Nguyễn/Vcamp.vn", "Sầm Hoa (Vietnamnet/Reuters)"), else "" (the source
// outlet alone).
func viSourcedName(rest string) string {
	i := strings.IndexAny(rest, "/(")
	if i <= 0 || strings.TrimSpace(strings.Trim(rest[i:], "/()")) == "" {
		return ""
	}
	return strings.TrimSpace(rest[:i])
}

// viWriterLabels are the labels of a Vietnamese credit line that name the writer: news,
// article, and either with photos.
var viWriterLabels = map[string]bool{"tin": true, "bài": true, "tin, ảnh": true, "bài, ảnh": true, "tin và ảnh": true,
	"bài và ảnh": true, "tin - ảnh": true, "bài - ảnh": true, "tin-ảnh": true, "bài-ảnh": true, "bài viết": true}

// viNameSeps join the names of a credit line: "và" (and), a spaced dash, a comma.
var viNameSeps = strings.NewReplacer(" và ", ",", " - ", ",", " – ", ",")

// viCreditNames returns the writers a right-aligned closing line names (see above), or nil.
func viCreditNames(line string) []string {
	line = normSpace(line)
	if label, rest, ok := strings.Cut(line, ":"); ok {
		if !viWriterLabels[strings.ToLower(strings.TrimSpace(label))] {
			return nil // a photo credit ("Ảnh: …") or another label
		}
		line = strings.TrimSpace(rest)
	} else if rest, ok := strings.CutPrefix(line, "Theo "); ok {
		if line = viSourcedName(rest); line == "" {
			return nil
		}
	}
	var names []string
	for _, part := range strings.Split(viNameSeps.Replace(line), ",") {
		name := signOffName(strings.TrimSpace(part))
		if name == "" {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// rightSignOff returns the writers a right-aligned line (lines, in page order) names when it
// stands in the story's reading after its prose: the paragraph before it is a sentence of 60
// runes or more, and only short lines (related links, a source) follow it. A line the reading
// left out counts when the page's text prints it right after the reading's last paragraph.
func rightSignOff(reading, text string, lines []string) []string {
	if len(lines) == 0 || reading == "" {
		return nil
	}
	paras := strings.Split(strings.TrimSpace(reading), "\n\n")
	if last := normSpace(paras[len(paras)-1]); utf8.RuneCountInString(last) >= 60 && endsWithStop(last) {
		if i := strings.LastIndex(text, last); i >= 0 {
			after := strings.TrimLeft(text[i+len(last):], " \n\t\u00a0")
			for _, l := range lines {
				if strings.HasPrefix(after, l) {
					return viCreditNames(l)
				}
			}
		}
	}
paragraphs:
	for k := len(paras) - 1; k >= 1 && k >= len(paras)-12; k-- {
		para := normSpace(paras[k])
		if utf8.RuneCountInString(para) > 150 {
			return nil // story text: the credit closes the story
		}
		for _, l := range lines {
			if para != l && !strings.HasPrefix(para, l+" ") {
				continue
			}
			before := normSpace(paras[k-1])
			if utf8.RuneCountInString(before) < 60 || !endsWithStop(before) {
				// A right-aligned line under another ("Theo X/Site" / "Forbes", the
				// original's name): the credit may be the one above.
				continue paragraphs
			}
			return viCreditNames(l)
		}
	}
	return nil
}

// viSourceOnly reports a name that is "Theo" and an outlet (see above), left whole by
// splitAuthors when no letter marks it as Vietnamese.
func viSourceOnly(name string) bool {
	rest, ok := strings.CutPrefix(name, "Theo ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
