package pubdate

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"paperboy/core/internal/randtext"
)

// findInBefore is findIn as it was, every form run on every text.
func findInBefore(text string, c Context) (st Stamp, start, end int, ok bool) {
	start = -1
	for i, re := range patterns {
		if (i == shortYearPattern || i == shortTimeFirstPattern || i == shortMonthPattern) && !c.ShortYear {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if start >= 0 && m[0] >= start {
				break
			}
			if s, good := build(text, m, groupIndex[i], c); good {
				st, start, end = s, m[0], m[1]
				break
			}
		}
	}
	for _, f := range []lazyForm{thaiForm(), jalaliForm(), thaiNumericForm(), gluedNumericForm()} { // the lazy forms the pieces can hold
		for _, m := range f.re.FindAllStringSubmatchIndex(text, -1) {
			if start >= 0 && m[0] >= start {
				break
			}
			if s, good := build(text, m, f.groups, c); good {
				st, start, end = s, m[0], m[1]
				break
			}
		}
	}
	return st, start, end, start >= 0
}

// TestFormsSkippedHoldTheirLiterals checks that the forms findIn skips without their literal are
// the ones that hold it.
func TestFormsSkippedHoldTheirLiterals(t *testing.T) {
	for i, lit := range map[int]string{cjkYearPattern: "[년年]", rfc850Pattern: `})-(?P<mon>`, ansiCPattern: "):(", 9: "):(", 10: "):(", 11: "):(", shortTimeFirstPattern: "):(", hungarianPattern: `})\.\s*(?P<mon>`, shortMonthPattern: `}),\s+(?P<y>`} {
		if !strings.Contains(patterns[i].String(), lit) {
			t.Errorf("patterns[%d] lacks %q: %s", i, lit, patterns[i])
		}
	}
	if len(patterns) != 15 {
		t.Errorf("%d patterns: findIn's skips name fifteen", len(patterns))
	}
}

func TestFindInMatchesBefore(t *testing.T) {
	pieces := []string{"2019", "-", "11", "/", ".", " ", "18", "Nov", "November", "Wed", "20", "08:02:00", ":", "3:30", "PM", "EST", ",",
		"년", "年", "월", "月", "일", "日", "تیر", "1399", "2", "Uhr", "de", "19", "T", "Z", "+05:30", "a.m.", "on", "\xff", "23", "aug", "május", ". ", "ม.ค.", "2566", "มกราคม", "เวลา", "1401/10/12", "ماه ", "/"}
	rng := rand.New(rand.NewSource(15))
	found := 0
	for range 30000 {
		text := randtext.Join(rng, 14, pieces)
		for _, short := range []bool{false, true} {
			c := Context{Loc: time.UTC, ShortYear: short}
			st, s, e, ok := findIn(text, c)
			st0, s0, e0, ok0 := findInBefore(text, c)
			if st != st0 || s != s0 || e != e0 || ok != ok0 {
				t.Fatalf("findIn(%q, short %v) = %v %d %d %v, before %v %d %d %v", text, short, st, s, e, ok, st0, s0, e0, ok0)
			}
			if ok {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no date found: the cases test nothing")
	}
}
