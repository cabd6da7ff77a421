package boilerplate

import (
	"math/rand"
	"testing"

	"paperboy/core/internal/randtext"
)

// TestIsCaptionAsksOnlyCreditLines checks IsCaption against the code before the nineteenth round
// on lines of every Korean credit word, curly quotes and dashes (non-ASCII lines without a
// credit word are no longer handed to creditEnd).
func TestIsCaptionAsksOnlyCreditLines(t *testing.T) {
	pieces := []string{"A man walks", " ", "\u00a0", "사진", "제공", "자료", "자료 사진", "그래픽", "영상", "그래", "픽", "=", ":", "：",
		"연합뉴스", "(", ")", "[", "]", "<", ">", "/", "|", "·", "Photo", "photo", "by", "credit:", "Jane Roe/AP", "’", "“", "”", "—",
		"He said ", "é", "\xff", "\xec\x82", "(Photo: Jane Roe/AP)", "(사진=뉴시스)", "(그래픽=뉴스1)", "영상 제공: KBS"}
	rng := rand.New(rand.NewSource(20))
	matched := 0
	for range 100000 {
		s := randtext.Join(rng, 12, pieces)
		got, want := IsCaption(s), isCaptionBefore(s)
		if got != want {
			t.Fatalf("IsCaption(%q) = %v, before %v", s, got, want)
		}
		if got {
			matched++
		}
	}
	if matched == 0 {
		t.Fatal("no caption among the lines")
	}
}
