package pubdate

import "testing"

// A month-name stamp without a year before a clock ("August 27, 06:04 PM"): the clock's hour is
// no two-digit year, where "Sep 4, 14" (WordPress's "M j, y") still reads as 2014.
func TestShortYearNotClockHour34(t *testing.T) {
	for _, s := range []string{"August 27, 06:04 PM", "Aug 27, 18:04"} {
		if st, ok := Parse(s, Context{ShortYear: true}); ok {
			t.Errorf("%q read as %v", s, st.Time)
		}
	}
	if st, ok := Parse("Sep 4, 14", Context{ShortYear: true}); !ok || st.Time.Year() != 2014 {
		t.Errorf(`"Sep 4, 14" read as %v, %v`, st.Time, ok)
	}
}
