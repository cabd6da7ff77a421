package pubdate

import (
	"testing"
	"time"
)

var (
	kst = time.FixedZone("KST", 9*3600)
	est = time.FixedZone("EST", -5*3600)
)

func TestParse(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	tehran := time.FixedZone("IRST", 3*3600+1800)
	tests := []struct {
		in    string
		c     Context
		want  time.Time
		prec  Precision
		zoned bool
	}{
		{"2019-11-20T08:02:00Z", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, true},
		{"2019-11-20T08:02:00.123+09:00", Context{}, time.Date(2019, 11, 19, 23, 2, 0, 123e6, time.UTC), Second, true},
		{"2019-11-20T08:02+0100", Context{}, time.Date(2019, 11, 20, 7, 2, 0, 0, time.UTC), Minute, true},
		{"2018-10-29T10:15-500", Context{}, time.Date(2018, 10, 29, 15, 15, 0, 0, time.UTC), Minute, true},
		{"2016-05-14T16:34+5.30", Context{}, time.Date(2016, 5, 14, 11, 4, 0, 0, time.UTC), Minute, true},
		{"2016-05-14T16:34:10+05.30", Context{}, time.Date(2016, 5, 14, 11, 4, 10, 0, time.UTC), Second, true},
		{"2016-05-14T16:34:10+0530", Context{}, time.Date(2016, 5, 14, 11, 4, 10, 0, time.UTC), Second, true},
		{"2019-11-20 08:02:00", Context{Loc: kst}, time.Date(2019, 11, 20, 8, 2, 0, 0, kst), Second, false},
		{"2019-11-20", Context{Loc: kst}, time.Date(2019, 11, 20, 0, 0, 0, 0, kst), Day, false},
		{"20 Nov 2019 08:02 GMT", Context{Loc: kst}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Minute, true},
		{"Wed, 20 Nov 2019 08:02:00 +0000", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, true},
		{"Wed, 20 Nov 2019 08:02:00 EST", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, est), Second, true},
		{"Wednesday, 20-Nov-19 08:02:00 GMT", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, true},
		{"Wed Nov 20 08:02:00 2019", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, false},
		{"Sun Nov 23 16:00:00 EDT 2014", Context{}, time.Date(2014, 11, 23, 20, 0, 0, 0, time.UTC), Second, true},
		{"09.10.2021 19.08.2021 05.08.2021", Context{Loc: berlin}, time.Date(2021, 10, 9, 0, 0, 0, 0, berlin), Day, false},
		{"20.11.2019 08.02 Uhr", Context{Loc: berlin}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), Minute, false},
		{"Ivan Valetny 0 337 26 | 01 | 2022 Schweiz | Praxis", Context{Loc: berlin}, time.Date(2022, 1, 26, 0, 0, 0, 0, berlin), Day, false},
		{"2 تير 1399 - 12:09:08 ب.ظ", Context{Loc: tehran}, time.Date(2020, 6, 22, 12, 9, 8, 0, tehran), Second, false},
		{"۱۳۹۹ ignored; 1 فروردین 1399", Context{Loc: tehran}, time.Date(2020, 3, 20, 0, 0, 0, 0, tehran), Day, false},
		{"11 دی 1399، 09:30 ق.ظ", Context{Loc: tehran}, time.Date(2020, 12, 31, 9, 30, 0, 0, tehran), Minute, false},
		// The time before the date, as US bylines print it.
		{"Updated 3:30 PM EST, Sat January 6, 2024", Context{Loc: kst}, time.Date(2024, 1, 6, 20, 30, 0, 0, time.UTC), Minute, true},
		{"10:15 a.m. ET Jan. 6, 2024", Context{}, time.Date(2024, 1, 6, 15, 15, 0, 0, time.UTC), Minute, true},
		{"15:30 Uhr, 6. Januar 2024", Context{Loc: berlin}, time.Date(2024, 1, 6, 15, 30, 0, 0, berlin), Minute, false},
		{"Score 2:1 January 6, 2024", Context{Loc: kst}, time.Date(2024, 1, 6, 0, 0, 0, 0, kst), Day, false},
		{"4:20PM, 10/28/2010", Context{Loc: est, MonthFirst: true}, time.Date(2010, 10, 28, 16, 20, 0, 0, est), Minute, false},
		// "on" between the time and its date (WordPress themes: "4:42 PM on 12/07/2012").
		{"4:42 PM on 12/07/2012", Context{Loc: est, MonthFirst: true}, time.Date(2012, 12, 7, 16, 42, 0, 0, est), Minute, false},
		{"10:15 a.m. on Jan. 6, 2024", Context{Loc: est}, time.Date(2024, 1, 6, 10, 15, 0, 0, est), Minute, false},
		// The day in parentheses after a time and its zone: "First Published: 08:19 IST(19/7/2013)".
		{"First Published: 08:19 IST(19/7/2013) | Last Updated: 13:52 IST(19/7/2013)", Context{}, time.Date(2013, 7, 19, 2, 49, 0, 0, time.UTC), Minute, true},
		{"15.08.2015, godz. 13:37", Context{Loc: berlin}, time.Date(2015, 8, 15, 13, 37, 0, 0, berlin), Minute, false},
		{"17:08 10/04/2011", Context{Loc: berlin}, time.Date(2011, 4, 10, 17, 8, 0, 0, berlin), Minute, false},
		// The zone after the date when the time comes first (LADbible's "Published 22:00, 11
		// July 2021 BST"): read in the page's zone it was an hour off.
		// The zone between the date and its time (RTHK: "2023-04-14 HKT 21:06"): the date alone
		// was read and the minute lost.
		{"2023-04-14 HKT 21:06", Context{}, time.Date(2023, 4, 14, 13, 6, 0, 0, time.UTC), Minute, true},
		{"14.04.2023 MESZ 21:06 Uhr", Context{}, time.Date(2023, 4, 14, 19, 6, 0, 0, time.UTC), Minute, true},
		{"2023-04-14 NEWS 21:06", Context{Loc: kst}, time.Date(2023, 4, 14, 0, 0, 0, 0, kst), Day, false},
		// The zone's abbreviation where the "T" belongs (a Java pattern's "z" for 'T'): nothing
		// of such a value was read, not even its day.
		{"2012-01-15t03:58:02z", Context{Loc: kst}, time.Date(2012, 1, 15, 3, 58, 2, 0, time.UTC), Second, true},
		{"2014-04-13t16:08:00-04:00", Context{}, time.Date(2014, 4, 13, 20, 8, 0, 0, time.UTC), Second, true},
		{"2018-11-28CET11:59:00+0100", Context{Loc: kst}, time.Date(2018, 11, 28, 10, 59, 0, 0, time.UTC), Second, true},
		{"2017-04-06BST15:32:00+01:00", Context{}, time.Date(2017, 4, 6, 14, 32, 0, 0, time.UTC), Second, true},
		{"2026-01-06CET14:59:00", Context{Loc: kst}, time.Date(2026, 1, 6, 13, 59, 0, 0, time.UTC), Second, true},
		{"22:00, 11 July 2021 BST", Context{}, time.Date(2021, 7, 11, 21, 0, 0, 0, time.UTC), Minute, true},
		{"4:20PM, 10/28/2010 (EDT)", Context{Loc: est, MonthFirst: true}, time.Date(2010, 10, 28, 20, 20, 0, 0, time.UTC), Minute, true},
		{"3:30 PM, Jan 6, 2024 NEWS", Context{Loc: est}, time.Date(2024, 1, 6, 15, 30, 0, 0, est), Minute, false},
		// A comma or semicolon before the time, alone or with "at".
		{"Nov. 26, 2010, at 7:21 AM ET", Context{}, time.Date(2010, 11, 26, 7, 21, 0, 0, est), Minute, true},
		{"Published: December 8, 2010; 10:37 PM", Context{Loc: est}, time.Date(2010, 12, 8, 22, 37, 0, 0, est), Minute, false},
		{"29 اسفند 1402", Context{Loc: tehran}, time.Date(2024, 3, 19, 0, 0, 0, 0, tehran), Day, false},
		{"Party, 30.10.23", Context{Loc: berlin, ShortYear: true}, time.Date(2023, 10, 30, 0, 0, 0, 0, berlin), Day, false},
		{"von lupa am 26/10/13, 03:48 pm", Context{ShortYear: true}, time.Date(2013, 10, 26, 15, 48, 0, 0, time.UTC), Minute, false},
		{"10/26/13 3:48 PM", Context{ShortYear: true, MonthFirst: true}, time.Date(2013, 10, 26, 15, 48, 0, 0, time.UTC), Minute, false},
		{"November 20, 2019 8:02 AM EST", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, est), Minute, true},
		// Indonesia's three zones, also as its newsrooms print them in lower case.
		{"5 November 2015 15:56 WIB", Context{}, time.Date(2015, 11, 5, 8, 56, 0, 0, time.UTC), Minute, true},
		{"5 November 2015 15:56 wita", Context{}, time.Date(2015, 11, 5, 7, 56, 0, 0, time.UTC), Minute, true},
		{"5 November 2015 15:56 WIT", Context{}, time.Date(2015, 11, 5, 6, 56, 0, 0, time.UTC), Minute, true},
		// A zone abbreviation between the date and the time, as RTHK prints it.
		{"2023-04-14 HKT 21:06", Context{}, time.Date(2023, 4, 14, 13, 6, 0, 0, time.UTC), Minute, true},
		{"2023-04-14 HELP 21:06", Context{}, time.Date(2023, 4, 14, 0, 0, 0, 0, time.UTC), Day, false},
		// ISO 8601's basic format; a time after "à" or a full stop; a summer abbreviation in winter.
		{"Πρώτη καταχώρηση: Πέμπτη, 9 Ιανουαρίου 2020, 11:24", Context{Loc: berlin}, time.Date(2020, 1, 9, 11, 24, 0, 0, berlin), Minute, false},
		{"12 Σεπτεμβρίου 2019", Context{Loc: berlin}, time.Date(2019, 9, 12, 0, 0, 0, 0, berlin), Day, false},
		{"3 października 2022", Context{Loc: berlin}, time.Date(2022, 10, 3, 0, 0, 0, 0, berlin), Day, false},
		{"20230307T140400+0100", Context{}, time.Date(2023, 3, 7, 13, 4, 0, 0, time.UTC), Second, true},
		{"31 août 2017 à 13:03", Context{Loc: berlin}, time.Date(2017, 8, 31, 13, 3, 0, 0, berlin), Minute, false},
		{"09 de febrero de 2017. 17:18h", Context{Loc: berlin}, time.Date(2017, 2, 9, 17, 18, 0, 0, berlin), Minute, false},
		{"2017-02-13T16:24:00CEST", Context{}, time.Date(2017, 2, 13, 15, 24, 0, 0, time.UTC), Second, true},
		{"2017-07-13T16:24:00CET", Context{}, time.Date(2017, 7, 13, 14, 24, 0, 0, time.UTC), Second, true},
		{"Nov. 20, 2019, 8:02 p.m.", Context{Loc: est}, time.Date(2019, 11, 20, 20, 2, 0, 0, est), Minute, false},
		{"Monday, November 18th, 2019 at 11:08 a.m.", Context{Loc: est}, time.Date(2019, 11, 18, 11, 8, 0, 0, est), Minute, false},
		{"20. November 2019, 08:02 Uhr", Context{Loc: berlin}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), Minute, false},
		{"Mittwoch, 20. November 2019", Context{Loc: berlin}, time.Date(2019, 11, 20, 0, 0, 0, 0, berlin), Day, false},
		{"20.11.2019 / 08:02", Context{Loc: berlin}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), Minute, false},
		{"5. März 2021", Context{}, time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC), Day, false},
		{"20 ноября 2019 г., 08:02", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Minute, false},
		{"20 ноября 2019 в 08:02 MSK", Context{}, time.Date(2019, 11, 20, 5, 2, 0, 0, time.UTC), Minute, true},
		// Hungarian: the year first with a dot, the month by name or abbreviated, the day with a dot.
		{"2019. november 20., 08:02", Context{Loc: berlin}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), Minute, false},
		{"2019. márc. 5. 17:40", Context{Loc: berlin}, time.Date(2019, 3, 5, 17, 40, 0, 0, berlin), Minute, false},
		{"Frissítve: 2019. szeptember 3.", Context{Loc: berlin}, time.Date(2019, 9, 3, 0, 0, 0, 0, berlin), Day, false},
		{"2019.11.20. 08:02", Context{Loc: berlin}, time.Date(2019, 11, 20, 8, 2, 0, 0, berlin), Minute, false},
		{"20 de noviembre de 2019", Context{}, time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), Day, false},
		{"2019.11.18 10:15", Context{Loc: kst}, time.Date(2019, 11, 18, 10, 15, 0, 0, kst), Minute, false},
		{"2019.11.18. 오후 3:05", Context{Loc: kst}, time.Date(2019, 11, 18, 15, 5, 0, 0, kst), Minute, false},
		{"2019년 11월 18일 오후 3:05", Context{Loc: kst}, time.Date(2019, 11, 18, 15, 5, 0, 0, kst), Minute, false},
		{"2019년 11월 18일(월) 오전 12:30", Context{Loc: kst}, time.Date(2019, 11, 18, 0, 30, 0, 0, kst), Minute, false},
		{"2019년 11월 18일 15시 5분", Context{Loc: kst}, time.Date(2019, 11, 18, 15, 5, 0, 0, kst), Minute, false},
		{"2019年11月18日 15時05分", Context{Loc: kst}, time.Date(2019, 11, 18, 15, 5, 0, 0, kst), Minute, false},
		{"2019年11月18日 下午3:05", Context{}, time.Date(2019, 11, 18, 15, 5, 0, 0, time.UTC), Minute, false},
		{"2019-11-18 [10:15]", Context{Loc: kst}, time.Date(2019, 11, 18, 10, 15, 0, 0, kst), Minute, false},
		{"11/20/2019", Context{MonthFirst: true}, time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), Day, false},
		{"11/12/2019", Context{}, time.Date(2019, 12, 11, 0, 0, 0, 0, time.UTC), Day, false},
		{"11/20/2019", Context{}, time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), Day, false},
		{"1574236920", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, true},
		{"1574236920000", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Second, true},
		{"20191118101500", Context{Loc: kst}, time.Date(2019, 11, 18, 10, 15, 0, 0, kst), Second, false},
		{"20191118", Context{Loc: kst}, time.Date(2019, 11, 18, 0, 0, 0, 0, kst), Day, false},
		{"2019-11-20 08:02 GMT+9", Context{}, time.Date(2019, 11, 19, 23, 2, 0, 0, time.UTC), Minute, true},
		{"2019-11-20 20:15 am Montag", Context{}, time.Date(2019, 11, 20, 20, 15, 0, 0, time.UTC), Minute, false},
		{"الأربعاء، 20 نوفمبر 2019 - 08:02 م", Context{}, time.Date(2019, 11, 20, 20, 2, 0, 0, time.UTC), Minute, false},
		{"تم نشره الأربعاء 20 تشرين الثاني / نوفمبر 2019 08:02 صباحاً", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Minute, false},
		{"20 أيار 2019 08:02 مساءً", Context{}, time.Date(2019, 5, 20, 20, 2, 0, 0, time.UTC), Minute, false},
		{"20 نوفمبر 2019 08:02 مصر", Context{}, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC), Minute, false},
	}
	for _, tt := range tests {
		st, ok := Parse(tt.in, tt.c)
		if !ok {
			t.Errorf("Parse(%q) failed", tt.in)
			continue
		}
		if !st.Time.Equal(tt.want) || st.Precision != tt.prec || st.Zoned != tt.zoned {
			t.Errorf("Parse(%q) = %v prec %d zoned %v; want %v prec %d zoned %v", tt.in, st.Time, st.Precision, st.Zoned, tt.want, tt.prec, tt.zoned)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "0001-01-01T00:00:00Z", "1970-01-01", "2019-02-30", "2019-13-01", "18 people 2019",
		"version 1.2.3", "2019-11.18", "3 hours ago", "Nov 2019", "12345678901",
		"31 مهر 1399", "12 فلان 1399", "founded in 2019. May 3 people"} {
		if st, ok := Parse(in, Context{}); ok {
			t.Errorf("Parse(%q) = %v, want no date", in, st.Time)
		}
	}
}

// TestShortYearOnlyWhenAsked keeps two-digit years out of running text and versions out of
// marked text.
func TestShortYearOnlyWhenAsked(t *testing.T) {
	if st, ok := Parse("Party, 30.10.23", Context{}); ok {
		t.Errorf("Parse without ShortYear = %v, want no date", st.Time)
	}
	for _, in := range []string{"Version 1.10.23.4", "Ergebnis 3/4/21/7", "Uhrzeit 12.30.45"} {
		if st, ok := Parse(in, Context{ShortYear: true}); ok {
			t.Errorf("Parse(%q) = %v, want no date", in, st.Time)
		}
	}
}

func TestFindInText(t *testing.T) {
	text := "Posted by Jane Roe. Updated 18 people at 2019 event. 기사입력 2019-11-18 10:15 최종수정 2019-11-18 11:00"
	st, start, _, ok := Find(text, Context{Loc: kst})
	if !ok || !st.Time.Equal(time.Date(2019, 11, 18, 10, 15, 0, 0, kst)) {
		t.Fatalf("Find = %v %v", st.Time, ok)
	}
	if text[start:start+4] != "2019" {
		t.Errorf("start = %d (%q)", start, text[start:])
	}
	all := FindAll(text, Context{Loc: kst}, 5)
	if len(all) != 2 || !all[1].Time.Equal(time.Date(2019, 11, 18, 11, 0, 0, 0, kst)) {
		t.Errorf("FindAll = %v", all)
	}
}

func TestRelative(t *testing.T) {
	now := time.Date(2019, 11, 18, 15, 30, 45, 0, kst)
	c := Context{Loc: kst, Now: now}
	for _, tt := range []struct {
		in   string
		want time.Time
		prec Precision
	}{
		{"3시간 전", now.Add(-3 * time.Hour).Truncate(time.Minute), Minute},
		{"3 hours ago", now.Add(-3 * time.Hour).Truncate(time.Minute), Minute},
		{"an hour ago", now.Add(-time.Hour).Truncate(time.Minute), Minute},
		{"vor 20 Minuten", now.Add(-20 * time.Minute).Truncate(time.Minute), Minute},
		{"5 часов назад", now.Add(-5 * time.Hour).Truncate(time.Minute), Minute},
		{"3小时前", now.Add(-3 * time.Hour).Truncate(time.Minute), Minute},
		{"2일 전", time.Date(2019, 11, 16, 0, 0, 0, 0, kst), Day},
		{"yesterday", time.Date(2019, 11, 17, 0, 0, 0, 0, kst), Day},
		{"Вчера, 08:02", time.Date(2019, 11, 17, 8, 2, 0, 0, kst), Minute},
		{"heute um 9:30 Uhr", time.Date(2019, 11, 18, 9, 30, 0, 0, kst), Minute},
		{"오늘 10:15", time.Date(2019, 11, 18, 10, 15, 0, 0, kst), Minute},
	} {
		st, _, _, ok := Find(tt.in, c)
		if !ok || !st.Time.Equal(tt.want) || st.Precision != tt.prec {
			t.Errorf("Find(%q) = %v prec %d ok %v; want %v prec %d", tt.in, st.Time, st.Precision, ok, tt.want, tt.prec)
		}
	}
	if _, _, _, ok := Find("3시간 전", Context{Loc: kst}); ok {
		t.Error("relative dates need a reference time")
	}
}

func BenchmarkFind(b *testing.B) {
	text := "Von Jane Roe · Aktualisiert am Mittwoch, 20. November 2019, 08:02 Uhr · Lesezeit 3 Minuten. " +
		"Der Text handelt von vielen Dingen, die 2018 geschahen, und von 18 Menschen."
	for b.Loop() {
		Find(text, Context{})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"2019-11-18 10:15", "20 ноября 2019 г., 08:02", "2019년 11월 18일 오후 3:05", "3시간 전",
		"Wed, 20-Nov-19 08:02:00 GMT", "Nov 20 08:02:00 2019", "11/12/2019 8:02 PM ET", "\xff2019\xfe-11",
		"4:42 PM on 12/07/2012", "10:15 a.m. on Jan. 6, 2024", "27 de outubro de 2016 - 17h58", "[04月01日 12時00分]",
		"Jan. 6, 2024 10:15 a.m. CT", "2019-11-18 08:02 CT", "27/10/2016 17h58",
		// The sixteenth round's shapes: the zone's abbreviation where the T belongs, Hebrew,
		// Arabic and Turkish labels (IsStamp's uncased words).
		"2018-11-28CET11:59:00+0100", "2017-04-06BST15:32:00+01:00", "2026-01-06CET14:59:00", "2026-01-06ABCDE14:59",
		"פורסם: 22.05.20, 17:06", "עודכן: 22.05.20 , 18:10", "نشر في 2020-05-22 17:06", "آخر تحديث: 22/05/2020",
		"Son Güncelleme: 22.05.2020 17:06", "Yayınlanma Tarihi: 22 Mayıs 2020 \xc4\xb0", "2018-11-28\xffCET11:59",
		// The seventeenth round's lower-case RFC 3339 values.
		"2012-01-15t03:58:02z", "2014-10-21t16:08:00-05:00", "2012-01-15t03:58", "2012-01-15t0\xff:58:02z", "9999-99-99t99:99:99z",
		// The twenty-sixth round's era years.
		"令和元年5月1日 午後2時22分", "中華民國 112 年 4 月 3 日", "民國112/04/03", "平成31年4月30日令和元年", "民國\xff1年1月1日",
		// The nineteenth round's Vietnamese, Romanian and Slovak shapes.
		"Thứ Ba, 11/06/2019, 09:15 PM (GMT+7)", "ngày 11/06/19 03:20 chiều", "20/12/2012 8:15 sáng", "tối 11/06/2019 21:40",
		"Miercuri, 12 octombrie 2020, ora 14:30", "12 oct. 2020 ora 9", "Dnes 14:30", "Včera 10:15", "Dnes\xff 99:99", "(GMT+7", "ora 25:61",
		// The twenty-first round's "M j, y" dates and AP style's whole hours.
		"Sep 4, 14", "Sep 4, 14 people", "Apple, 14 stores", "4, 14, 15", "Monday, May 22, 2017 | 2 a.m.", "May 22, 2017 12 p.m", "9 a.m.\xff",
		// The twenty-second round's Moscow clocks.
		"28.11.2011 10:26 МСК", "28.11.2011 10:26 (Мск)", "28 ноября 2019, 09:00 мск, Москва", "04.01.2012 12:23 msk", "10:26 Мскова 2011", "2011 10:26 МС\xd0",
		// The twenty-fourth round's Thai, Persian-digit, Arabic-Indic and numeric Solar Hijri dates.
		"21 ม.ค.2561", "วันที่ 12 มกราคม 2566 เวลา 10:30 น.", "۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "١ / ١٢ / ٢٠٢٠", "تاریخ ۱۳۹۹/۰۲/۲۱",
		"\xd9\xa1\xd9", "۱۳۹۹/\xdb", "12. března 2022 u 12:40",
		// The twenty-ninth round's joined times and half-day markers (joinTimes).
		"5.3.2024 klo 14.22", "5 de març de 2024 a les 14:22", "les 14:22", "5 Μαρτίου 2024 στις 2:22 μ.μ.", "2:22 π.μ",
		"1 o 1:22", "\xce 1:22", "5 Mac 2024 2:22 petang", "2:22 pagination", "2024 الساعة 14:22:0"} {
		f.Add(s)
	}
	now := time.Date(2019, 11, 18, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		st, start, end, ok := Find(s, Context{Now: now, MonthFirst: len(s)%2 == 0})
		if ok && (start < 0 || end > len(s) || start > end || st.IsZero()) {
			t.Fatalf("Find(%q) = %v [%d:%d]", s, st, start, end)
		}
		Parse(s, Context{Loc: kst})
		IsStamp(s)
		IsDateLine(s, Context{})
	})
}

func BenchmarkParse(b *testing.B) {
	in := []string{"2019-11-20T08:02:00Z", "20 Nov 2019 08:02 GMT", "2019년 11월 18일 오후 3:05", "20 ноября 2019 г., 08:02"}
	i := 0
	for b.Loop() {
		Parse(in[i%len(in)], Context{Loc: kst})
		i++
	}
}

// TestFindNoDayFromAYear: an archive menu of month-year links must not yield a day made of the
// last digits of a year ("…Juni 2013 Mai 2013…" is no 13 May), whatever the search window cuts.
func TestFindNoDayFromAYear(t *testing.T) {
	const archive = "August 2013 Juli 2013 Juni 2013 Mai 2013 März 2013 Februar 2013 Januar 2013 2012 " +
		"Dezember 2012 November 2012 Oktober 2012 September 2012 August 2012 Juli 2012 "
	text := archive + "Warm war es.... schön war es... 10.06.2018 22:00 heute"
	berlin := time.FixedZone("CEST", 2*3600)
	st, _, _, ok := Find(text, Context{Loc: berlin})
	if want := time.Date(2018, 6, 10, 22, 0, 0, 0, berlin); !ok || !st.Time.Equal(want) {
		t.Errorf("Find = %v %v, want %v", st.Time, ok, want)
	}
}
