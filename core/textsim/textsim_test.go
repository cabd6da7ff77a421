package textsim

import (
	"math"
	"testing"
)

func TestMeasures(t *testing.T) {
	a, b := Tokens("A b c d"), Tokens("a B")
	if f := F1(a, b); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("F1 = %v, want 2/3", f)
	}
	if r := Recall(a, b); r != 1 {
		t.Errorf("Recall = %v, want 1", r)
	}
	if r := Recall(b, a); r != 0.5 {
		t.Errorf("Recall = %v, want 0.5", r)
	}
	if F1(nil, b) != 0 || Recall(a, nil) != 0 {
		t.Error("empty input must give 0")
	}
	if n := len(Tokens("東京は晴れ, 서울은 맑음")); n != 7 {
		t.Errorf("Tokens = %d, want 5 ideographs/kana + 2 Hangul words", n)
	}
	if got := Tokens("Mit\u00adtel\u00adal\u00adter\u2060s Ende"); len(got) != 2 || got[0] != "mittelalters" {
		t.Errorf("soft hyphen and word joiner split a word: %q", got)
	}
}

func TestContainsAny(t *testing.T) {
	hints := []string{"abonn", "subscri"}
	if !ContainsAny("jetzt abonnieren", hints) || !ContainsAny("subscribe now", hints) {
		t.Error("a hint was not found")
	}
	if ContainsAny("the council voted", hints) || ContainsAny("anything", nil) {
		t.Error("found a hint that is not there")
	}
}
