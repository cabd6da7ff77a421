package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClipCutsOnGraphemes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"짧은 제목", 10, "짧은 제목"},
		{"abcdef", 4, "abc…"},
		{"ab 👍🏽👍🏽", 5, "ab…"}, // the skin-toned thumb is two code points: never split
		{"ab 👍🏽👍🏽", 6, "ab 👍🏽…"},
		{"가나다라마", 3, "가나…"},
		{"x\xffy", 5, "x\uFFFDy"},
		{"abc", 0, ""},
	} {
		if got := Clip(tc.in, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestBound(t *testing.T) {
	a := &Article{Title: "t", Tags: []string{"a", " ", "b"}}
	if !a.Bound() || len(a.Tags) != 2 {
		t.Fatalf("blank tag kept: %v", a.Tags)
	}
	if a.Bound() {
		t.Fatal("a bounded article is cut again")
	}
	many := make([]string, 100)
	for i := range many {
		many[i] = strings.Repeat("태그", 100)
	}
	a = &Article{Title: strings.Repeat("제목", 1000), Tags: many, ImageURL: "https://x/" + strings.Repeat("i", MaxURL), Lang: strings.Repeat("k", 100)}
	if !a.Bound() {
		t.Fatal("nothing cut")
	}
	if utf8.RuneCountInString(a.Title) != MaxTitle || len(a.Tags) != MaxTags || utf8.RuneCountInString(a.Tags[0]) != MaxTag || a.ImageURL != "" || a.Lang != "" {
		t.Fatalf("title %d, %d tags of %d, image %q, lang %q", utf8.RuneCountInString(a.Title), len(a.Tags), utf8.RuneCountInString(a.Tags[0]), a.ImageURL, a.Lang)
	}
}
