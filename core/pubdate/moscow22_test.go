package pubdate

import (
	"testing"
	"time"
)

// TestMoscowTime22: Moscow time printed after a clock in Cyrillic ("МСК", "(Мск)", "мск") or
// in lower case ("msk") states the zone, and MSK is read by the date: +04:00 from March 2011
// to October 2014, +03:00 before and since.
func TestMoscowTime22(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"28.11.2011 10:26 МСК", time.Date(2011, 11, 28, 6, 26, 0, 0, time.UTC)},
		{"28.11.2011 10:26 (Мск)", time.Date(2011, 11, 28, 6, 26, 0, 0, time.UTC)},
		{"28 ноября 2019, 09:00 мск, Москва", time.Date(2019, 11, 28, 6, 0, 0, 0, time.UTC)},
		{"04.01.2012 12:23 msk", time.Date(2012, 1, 4, 8, 23, 0, 0, time.UTC)},
		{"20 ноября 2012 в 08:02 MSK", time.Date(2012, 11, 20, 4, 2, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		st, ok := Parse(tt.in, Context{})
		if !ok || !st.Zoned || !st.Time.Equal(tt.want) {
			t.Errorf("Parse(%q) = %v zoned %v ok %v, want %v", tt.in, st.Time, st.Zoned, ok, tt.want)
		}
	}
	// A word that only begins like the abbreviation is no zone.
	if st, ok := Parse("28.11.2011 10:26 Мскова", Context{}); !ok || st.Zoned {
		t.Errorf("Parse(10:26 Мскова) zoned %v ok %v, want a zone-less clock", st.Zoned, ok)
	}
}
