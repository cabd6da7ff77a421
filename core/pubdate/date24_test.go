package pubdate

import (
	"testing"
	"time"
)

// TestDates24 reads the date forms of languages and calendars the forms knew no words or
// digits of: Czech, Slovak, Finnish, South Slavic, Bulgarian, Estonian, Scandinavian,
// Indonesian and Malay month names; Thai names with Buddhist Era years; Arabic-Indic and
// Persian digits, and Solar Hijri dates in numbers; the zone abbreviations of one-zone
// countries. Made-up lines.
func TestDates24(t *testing.T) {
	utc := time.UTC
	for _, tt := range []struct {
		in   string
		want string // RFC 3339, or "" for no date
		prec Precision
	}{
		{"Publikováno 28. března 2022", "2022-03-28T00:00:00Z", Day},
		{"Aktualizované 3. júna 2021, 14:05", "2021-06-03T14:05:00Z", Minute},
		{"Julkaistu 10. helmikuuta 2020 klo 8.00", "2020-02-10T08:00:00Z", Minute}, // "klo" (at) joins the time
		{"Objavljeno 5. svibnja 2019.", "2019-05-05T00:00:00Z", Day},
		{"Objavljeno: 7. avgusta 2018", "2018-08-07T00:00:00Z", Day},
		{"Objavljeno: 7. децембра 2018", "2018-12-07T00:00:00Z", Day},
		{"Публикувано на 12 септември 2017", "2017-09-12T00:00:00Z", Day},
		{"Avaldatud 12. detsember 2016", "2016-12-12T00:00:00Z", Day},
		{"Publicerad 2 augusti 2026", "2026-08-02T00:00:00Z", Day},
		{"Publiceret 4. marts 2024", "2024-03-04T00:00:00Z", Day},
		{"Publisert 9. desember 2024", "2024-12-09T00:00:00Z", Day},
		{"Kamis, 10 Desember 2015 14:30 WIB", "2015-12-10T14:30:00+07:00", Minute},
		{"Selasa, 5 Maret 2019", "2019-03-05T00:00:00Z", Day},
		{"Diterbitkan 12 Mac 2023", "2023-03-12T00:00:00Z", Day},
		{"Dikemas kini 3 Ogos 2020", "2020-08-03T00:00:00Z", Day},
		// Thai: the Buddhist Era is 543 years ahead; an abbreviation may touch its year.
		{"เผยแพร่ 21 ม.ค.2561", "2018-01-21T00:00:00Z", Day},
		{"วันที่ 12 มกราคม 2566 เวลา 10:30 น.", "2023-01-12T10:30:00Z", Minute},
		{"14 มีนาคม 2023", "2023-03-14T00:00:00Z", Day},
		// Arabic-Indic and Persian digits; Solar Hijri in numbers.
		{"الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01T00:00:00Z", Day},
		{"١٢ يناير ٢٠٢٣", "2023-01-12T00:00:00Z", Day},
		{"دوشنبه ۲ تیر ۱۳۹۹", "2020-06-22T00:00:00Z", Day},
		{"تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۴:۳۰", "2020-05-10T14:30:00Z", Minute},
		{"کد خبر: 1399/02/21", "2020-05-10T00:00:00Z", Day},
		{"version 1399/02/21", "", None},
		// Zones of one-zone countries.
		{"12 Jan 2012 11:29 SAST", "2012-01-12T11:29:00+02:00", Minute},
		{"January 12, 2023 10:30 PHT", "2023-01-12T10:30:00+08:00", Minute},
		{"12 Jan 2023 10:30 EAT", "2023-01-12T10:30:00+03:00", Minute},
		{"12 Jan 2023 10:30 WAT", "2023-01-12T10:30:00+01:00", Minute},
		{"12 Jan 2023 10:30 PKT", "2023-01-12T10:30:00+05:00", Minute},
		{"12 Jan 2023 10:30 MYT", "2023-01-12T10:30:00+08:00", Minute},
		// Croatian October is Czech and Polish November: left to the other tables.
		{"3. listopada 2021", "2021-11-03T00:00:00Z", Day},
	} {
		expectFind(t, tt.in, Context{Loc: utc}, tt.want, tt.prec)
	}
}

// TestFoldDigitsOffsets checks that Find's offsets on a text with Arabic-Indic digits are the
// original text's: callers cut the matched date out of it.
func TestFoldDigitsOffsets(t *testing.T) {
	text := "نشر في ١ / ١٢ / ٢٠٢٠ صباحا"
	_, s, e, ok := Find(text, Context{})
	if !ok || text[s:e] != "١ / ١٢ / ٢٠٢٠" && text[s:e] != "١ / ١٢ / ٢٠٢٠ " {
		t.Fatalf("Find = %d %d %v, text %q", s, e, ok, text[max(s, 0):max(e, 0)])
	}
}

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

// expectFind checks Find reads want (RFC 3339, same instant) at precision prec from in, or
// nothing when want is empty.
func expectFind(t *testing.T, in string, c Context, want string, prec Precision) {
	t.Helper()
	st, _, _, ok := Find(in, c)
	if want == "" {
		if ok {
			t.Errorf("Find(%q) = %v, want none", in, st)
		}
		return
	}
	w, _ := time.Parse(time.RFC3339, want)
	if !ok || !st.Time.Equal(w) || st.Precision != prec {
		t.Errorf("Find(%q) = %v %v %v, want %v %v", in, st.Time, st.Precision, ok, w, prec)
	}
}
