package pubdate

import (
	"testing"
	"time"
)

// TestForms20: a month-first date with no space after its comma ("March 24,2011"), a clock after
// "Time posted:" or after a colon ("June 10, 2016: 12:41 PM ET"), and a clock before a numeric
// date with a two-digit year ("9:45 AM 11/06/10"), the last only with ShortYear, as the other
// two-digit-year form.
func TestForms20(t *testing.T) {
	for _, tt := range []struct {
		in   string
		c    Context
		want time.Time
		ok   bool
	}{
		{"Published: March 24,2011", Context{}, time.Date(2011, 3, 24, 0, 0, 0, 0, time.UTC), true},
		{"Published: March 24,2011 Time posted: 8:21 am", Context{}, time.Date(2011, 3, 24, 8, 21, 0, 0, time.UTC), true},
		{"Posted 9:45 AM 11/06/10", Context{MonthFirst: true, ShortYear: true}, time.Date(2010, 11, 6, 9, 45, 0, 0, time.UTC), true},
		{"Last updated at 13:44pm on 07.01.08", Context{ShortYear: true}, time.Date(2008, 1, 7, 13, 44, 0, 0, time.UTC), true},
		{"Posted 9:45 AM 11/06/10", Context{MonthFirst: true}, time.Time{}, false},
		{"First published June 10, 2016: 12:41 PM ET", Context{}, time.Date(2016, 6, 10, 16, 41, 0, 0, time.UTC), true},
	} {
		st, _, _, ok := Find(tt.in, tt.c)
		if ok != tt.ok || ok && !st.Time.Equal(tt.want) {
			t.Errorf("Find(%q) = %v (ok %v), want %v (ok %v)", tt.in, st.Time, ok, tt.want, tt.ok)
		}
	}
}
