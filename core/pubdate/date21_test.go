package pubdate

import (
	"testing"
	"time"
)

// TestShortYearMonthName21: a month name, a day, a comma and a two-digit year ("Sep 4, 14", the
// WordPress "M j, y" format), read only with ShortYear and only with the comma: "Sep 4 14 people"
// and running text stay no date.
func TestShortYearMonthName21(t *testing.T) {
	for _, tt := range []struct {
		in   string
		c    Context
		want time.Time
		ok   bool
	}{
		{"Sep 4, 14 by Jane Roe", Context{ShortYear: true}, time.Date(2014, 9, 4, 0, 0, 0, 0, time.UTC), true},
		{"Posted Dec. 12, 09 at 3:15 pm", Context{ShortYear: true}, time.Date(2009, 12, 12, 15, 15, 0, 0, time.UTC), true},
		{"Sep 4, 14 by Jane Roe", Context{}, time.Time{}, false},
		{"On Sep 4 14 people came", Context{ShortYear: true}, time.Time{}, false},
		{"Apple, 14 stores", Context{ShortYear: true}, time.Time{}, false},
	} {
		st, _, _, ok := Find(tt.in, tt.c)
		if ok != tt.ok || ok && !st.Time.Equal(tt.want) {
			t.Errorf("Find(%q) = %v (ok %v), want %v (ok %v)", tt.in, st.Time, ok, tt.want, tt.ok)
		}
	}
}
