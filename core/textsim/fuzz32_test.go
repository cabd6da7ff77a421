package textsim

import (
	"strings"
	"testing"
)

// FuzzAnyOf32 checks speed32's two-loop AnyOf pass (issue 20, branch fuzz32 over speed32)
// byte for byte against the plain readings on any bytes: In is ContainsAny, InFoldASCII is
// ContainsFoldASCII asked of each sub (lower-case ASCII subs, as it asks), InLowered is In of
// the lowered copy; the list is three subs cut from the fuzzer's second string (empty, one byte,
// two, several; broken UTF-8, high bytes and capitals in them), asked of the first and of
// strings that end or open with a sub (the loops' last byte and first pair).
func FuzzAnyOf32(f *testing.F) {
	for _, c := range [][2]string{{"date-time", "date|time|x"}, {"a", "a||"}, {"", "|"}, {"ab", "b|a|ab"}, {"\xff\xfe", "\xfe|\xff"},
		{"KIT bar", "kit|bar|top"}, {"x-dATE", "date"}, {"\u212a", "k|ka"}, {"éé", "é|\xa9"}, {"zz", "zzz|z"}, {"sr-only", "sr-only|hidden|d-none"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, list string) {
		if len(s) > 4096 || len(list) > 256 {
			return
		}
		subs := strings.SplitN(list, "|", 4)
		if len(subs) == 4 {
			subs = subs[:3]
		}
		a := NewAnyOf(subs)
		var lower []string // the subs with their ASCII capitals lowered, byte by byte
		for _, sub := range subs {
			b := []byte(sub)
			for i := range b {
				b[i] = LowerASCII(b[i])
			}
			lower = append(lower, string(b))
		}
		af := NewAnyOf(lower)
		for _, v := range append([]string{s, strings.ToUpper(s)}, func() (out []string) {
			for _, sub := range subs {
				out = append(out, s+sub, sub+s, sub)
			}
			return out
		}()...) {
			if got, want := a.In(v), ContainsAny(v, subs); got != want {
				t.Fatalf("AnyOf(%q).In(%q) = %v, ContainsAny %v", subs, v, got, want)
			}
			want := false
			for _, sub := range lower {
				want = want || ContainsFoldASCII(v, sub)
			}
			if got := af.InFoldASCII(v); got != want {
				t.Fatalf("AnyOf(%q).InFoldASCII(%q) = %v, ContainsFoldASCII %v", lower, v, got, want)
			}
			if got, want := a.InLowered(v), a.In(strings.ToLower(v)); got != want {
				t.Fatalf("AnyOf(%q).InLowered(%q) = %v, In(ToLower) %v", subs, v, got, want)
			}
		}
		for c := range 256 {
			if lowerASCII[c] != LowerASCII(byte(c)) {
				t.Fatalf("lowerASCII[%d] = %d", c, lowerASCII[c])
			}
		}
	})
}
