package pubdate

import (
	"testing"
	"time"
)

// TestCzechSlovakDates24: Czech and Slovak dates print the month's name in the genitive after
// the day and its dot ("středa 6. října 2010, 12:30", "pondělí 5. ledna 2015"), or the day and
// month as numbers with spaces after the dots ("12. 7. 2018 22:55").
func TestCzechSlovakDates24(t *testing.T) {
	prague, err := time.LoadLocation("Europe/Prague")
	if err != nil {
		t.Skip(err)
	}
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"středa 6. října 2010, 12:30", time.Date(2010, 10, 6, 12, 30, 0, 0, prague)},
		{"pondělí 5. ledna 2015", time.Date(2015, 1, 5, 0, 0, 0, 0, prague)},
		{"12:35 30. prosince 2014", time.Date(2014, 12, 30, 12, 35, 0, 0, prague)},
		{"Aktualizováno 1. listopadu 2019 8:05", time.Date(2019, 11, 1, 8, 5, 0, 0, prague)},
		{"12. 7. 2018 22:55", time.Date(2018, 7, 12, 22, 55, 0, 0, prague)},
		{"utorok 3. júna 2014, 9:15", time.Date(2014, 6, 3, 9, 15, 0, 0, prague)},
		{"Publikované 21. septembra 2021", time.Date(2021, 9, 21, 0, 0, 0, 0, prague)},
	} {
		st, _, _, ok := Find(tt.in, Context{Loc: prague})
		if !ok || !st.Time.Equal(tt.want) {
			t.Errorf("Find(%q) = %v (ok %v), want %v", tt.in, st.Time, ok, tt.want)
		}
	}
}

// TestCzechStampLines24: a line of nothing but a Czech date and time, its weekday and label, is
// a stamp (the time stamp a story's header prints above the lede); a sentence holding a date is
// none.
func TestCzechStampLines24(t *testing.T) {
	for in, want := range map[string]bool{
		"12:35 30. prosince 2014":                    true,
		"Aktualizováno pondělí 5. ledna 2015 8:05":   true,
		"středa 6. října 2010, 12:30":                true,
		"Včera o 9:05":                               true,
		"Soud rozhodl 30. prosince 2014 v Brně":      false,
		"12:35 30. prosince 2014 zemřel herec Novák": false,
	} {
		if got := IsStamp(in); got != want {
			t.Errorf("IsStamp(%q) = %v, want %v", in, got, want)
		}
	}
}
