package pubdate

import (
	"strings"
	"testing"
)

// A date element of a megabyte of year-like numbers that open no date ("March 2023 March
// 2023 …") was read with every form at each of them — seconds for one field of one page. Find
// reads the first maxYearWindows of them: a date among those is found wherever it sits in
// them, a date after them is not, and the text's length no longer decides the work.
func TestFindReadsOnlyTheFirstYearWindows(t *testing.T) {
	filler := strings.Repeat("March 2023 ", maxYearWindows-1)
	if _, _, _, ok := Find(filler+"posted 20 November 2019 08:02 GMT", Context{}); !ok {
		t.Error("a date at the last window read must be found")
	}
	st, _, _, ok := Find("posted 20 November 2019 08:02 GMT "+strings.Repeat("March 2023 ", 50000), Context{})
	if !ok || st.Time.Year() != 2019 || st.Time.Hour() != 8 {
		t.Errorf("a date before a long tail: %v %v", st.Time, ok)
	}
	if _, _, _, ok := Find(filler+"March 2023 posted 20 November 2019 08:02 GMT", Context{}); ok {
		t.Error("a date after maxYearWindows year-like numbers that open none is past what Find reads")
	}
}
