package pubdate

import (
	"testing"
	"time"
)

// TestZoneWords18c: "hrs" between a clock and its zone ("00:04 hrs IST", as Indian pages print),
// Eastern Caribbean Time (ECT) and "UK" after a clock.
func TestZoneWords18c(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"Aug 20, 2010, 00:04 hrs IST", time.Date(2010, 8, 19, 18, 34, 0, 0, time.UTC)},
		{"Story Created: Nov 13, 2010 at 11:45 PM ECT", time.Date(2010, 11, 14, 3, 45, 0, 0, time.UTC)},
		{"Sunday, 10 October 2010 02:30 UK", time.Date(2010, 10, 10, 1, 30, 0, 0, time.UTC)},
		{"Monday, 10 January 2011 02:30 UK", time.Date(2011, 1, 10, 2, 30, 0, 0, time.UTC)},
	} {
		st, _, _, ok := Find(tt.in, Context{})
		if !ok || !st.Zoned || !st.Time.Equal(tt.want) {
			t.Errorf("Find(%q) = %v (zoned %v, ok %v), want %v", tt.in, st.Time, st.Zoned, ok, tt.want)
		}
	}
}
