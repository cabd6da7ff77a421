package pubdate

import (
	"testing"
	"time"
)

// TestForms19b: forms of Vietnamese and Romanian news pages. A parenthesised "(GMT+7)" after the
// clock is +07:00, not GMT; Vietnamese "sáng" (morning), "chiều" (afternoon) and "tối" (evening)
// after a clock are a.m./p.m.; Romanian month names and their abbreviations ("9 Iulie 2013",
// "09 iun 2013") and the word "ora" (hour) between a date and its clock ("5 August 2013, ora 11:33").
func TestForms19b(t *testing.T) {
	ict := time.FixedZone("", 7*3600)
	eet := time.FixedZone("", 3*3600)
	for _, tt := range []struct {
		in    string
		c     Context
		want  time.Time
		zoned bool
	}{
		{"Thứ Ba, 11/06/2019, 09:15 AM (GMT+7)", Context{}, time.Date(2019, 6, 11, 2, 15, 0, 0, time.UTC), true},
		{"Thứ Ba, 11/06/2019, 09:15 PM (GMT+7)", Context{}, time.Date(2019, 6, 11, 14, 15, 0, 0, time.UTC), true},
		{"11/06/2019 21:15 (GMT+07:00)", Context{}, time.Date(2019, 6, 11, 14, 15, 0, 0, time.UTC), true},
		{"Cập nhật thứ ba, ngày 11/06/19 03:20 chiều", Context{Loc: ict, ShortYear: true}, time.Date(2019, 6, 11, 15, 20, 0, 0, ict), false},
		{"ngày 11/06/2019 09:20 sáng", Context{Loc: ict}, time.Date(2019, 6, 11, 9, 20, 0, 0, ict), false},
		{"ngày 11/06/2019 08:05 tối", Context{Loc: ict}, time.Date(2019, 6, 11, 20, 5, 0, 0, ict), false},
		{"14:20, 3 Martie 2015", Context{Loc: eet}, time.Date(2015, 3, 3, 14, 20, 0, 0, eet), false},
		{"ora: 10:45, 21 noi 2015", Context{Loc: eet}, time.Date(2015, 11, 21, 10, 45, 0, 0, eet), false},
		{"12 septembrie 2016, ora 08:07", Context{Loc: eet}, time.Date(2016, 9, 12, 8, 7, 0, 0, eet), false},
		{"Joi, 12.05.2016, ora: 18:40", Context{Loc: eet}, time.Date(2016, 5, 12, 18, 40, 0, 0, eet), false},
		{"1 ianuarie 2014", Context{Loc: eet}, time.Date(2014, 1, 1, 0, 0, 0, 0, eet), false},
	} {
		st, _, _, ok := Find(tt.in, tt.c)
		if !ok || st.Zoned != tt.zoned || !st.Time.Equal(tt.want) {
			t.Errorf("Find(%q) = %v (zoned %v, ok %v), want %v zoned %v", tt.in, st.Time, st.Zoned, ok, tt.want, tt.zoned)
		}
	}
}

// TestStamp19b: Vietnamese and Romanian date lines are stamps: their weekdays ("Thứ Hai",
// "Chủ nhật", "Sâmbătă") and labels ("Cập nhật" updated, "ngày" day, "ora" hour) are labels.
func TestStamp19b(t *testing.T) {
	for _, p := range []string{
		"Thứ Ba, 11/06/2019, 09:15 AM (GMT+7)",
		"Chủ nhật, 16/06/2019 - 10:03",
		"Cập nhật thứ ba, ngày 11/06/19 03:20 chiều",
		"Sâmbătă, 10.08.2013, ora: 12:36",
		"Actualizat: 12.05.2016, ora 18:40",
	} {
		if !IsStamp(p) {
			t.Errorf("IsStamp(%q) = false", p)
		}
	}
	if IsStamp("Thứ Ba, 11/06/2019 hội đồng họp") {
		t.Error("a date with words of a sentence is no stamp")
	}
}

// TestRelativeDay19b: Slovak and Czech "Dnes" (today) and "Včera" (yesterday) before a clock, as
// their news pages stamp the day's stories ("Dnes 11:35"), read against the reference time.
func TestRelativeDay19b(t *testing.T) {
	cest := time.FixedZone("", 2*3600)
	now := time.Date(2014, 7, 9, 15, 0, 0, 0, cest)
	c := Context{Loc: cest, Now: now}
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"Dnes 11:35", time.Date(2014, 7, 9, 11, 35, 0, 0, cest)},
		{"Včera 17:35", time.Date(2014, 7, 8, 17, 35, 0, 0, cest)},
		{"včera o 9:05", time.Date(2014, 7, 8, 9, 5, 0, 0, cest)},
	} {
		st, _, _, ok := Find(tt.in, c)
		if !ok || !st.Time.Equal(tt.want) || st.Precision != Minute {
			t.Errorf("Find(%q) = %v prec %d ok %v; want %v", tt.in, st.Time, st.Precision, ok, tt.want)
		}
	}
	if _, _, _, ok := Find("Dnes 11:35", Context{Loc: cest}); ok {
		t.Error("today needs a reference time")
	}
}
