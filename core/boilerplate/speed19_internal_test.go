package boilerplate

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"paperboy/core/internal/randtext"
)

// isCaptionBefore is IsCaption as it was, captionEnd and creditEnd asked of every short line.
func isCaptionBefore(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if line == "" || n > maxCreditedCaption {
		return false
	}
	var loc []int
	switch {
	case n > maxCaption:
		// A longer caption closes on a bracketed credit: the photographer and the agency in
		// "(Foto: …)" end no sentence of a story.
		if !strings.HasSuffix(line, ")") {
			return false
		}
		loc = parenCredit.FindStringIndex(line)
	case captionEnd.MatchString(line) || zhCaption(line):
		return true
	default:
		loc = creditEnd.FindStringIndex(line)
	}
	// A line that is only a credit ("[사진=JTBC, 이매진아시아]") credits the story's photos and is
	// left alone; a caption has words before its credit.
	return loc != nil && utf8.RuneCountInString(line[:loc[0]]) >= 6
}

func TestIsCaptionMatchesBefore(t *testing.T) {
	pieces := []string{"A man walks", " ", "  ", "\t", "\u00a0", "\u3000", "이미지", "확대", "보기", "사진", "제공", "자료", "=", ":", "：",
		"연합뉴스", "(", ")", "[", "]", "<", ">", "/", "|", "·", "Photo", "photo", "FOTO", "фото", "by", "credit:", "Jane Roe/AP",
		"供图", "△", "。", "é", "\xff", "story text that runs on", "(Photo: Jane Roe/AP)", "(photo by x) ", "(사진=뉴시스)"}
	rng := rand.New(rand.NewSource(19))
	for range 30000 {
		s := randtext.Join(rng, 12, pieces)
		if got, want := IsCaption(s), isCaptionBefore(s); got != want {
			t.Fatalf("IsCaption(%q) = %v, before %v", s, got, want)
		}
	}
}
