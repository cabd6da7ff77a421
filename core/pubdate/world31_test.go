package pubdate

import "testing"

// world31Stamps extend worldStamps (world29_test.go) and world30Stamps with forms of languages
// with much online news that the tables did not yet hold: the weekday Chinese, Japanese and
// Korean presses print between a date and its clock without parentheses or with two letters in
// them ("星期二", "週二", "(週二)", "화요일", "火曜日"), before a half-day marker too; the comma
// Arabic presses set after the month's space ("05 مارس ,2024: 02:22 م"); Bengali's English
// half-day markers in its own letters ("পিএম", "এএম"); the capital "H" of a French clock
// ("14H22"); a Solar Hijri date in Persian digits standing alone in its element ("۱۴۰۲/۱۲/۱۵");
// the zone Arabic presses write in words after a clock ("بتوقيت مكة المكرمة", Mecca time, +03:00;
// Greenwich; Abu Dhabi), where a city that keeps summer time stays unread; and the Arabic half-day
// letter of a clock printed before its date ("02:22 م الثلاثاء 05 مارس 2024"); the year's
// word or abbreviation before the clock (Ukrainian "року", "р.", Bulgarian "г." and Polish "r."
// after a numeric date); a weekday with its comma before the clock ("Salı, 14:22"); the Thai
// era's "พ.ศ." before its year; the US zones written out after a clock ("2:22 PM Eastern Time",
// "Pacific Daylight Time"), where a place that opens with the word stays unread; a metadata
// offset whose hour has one digit ("+3:30").
// Made-up lines in each press's house forms; want is the instant in RFC 3339 (UTC where no zone
// is printed), "" for none.
var world31Stamps = []worldStamp{
	{"zh", "2024年3月5日 星期二 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年3月5日星期二 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年03月05日 周二 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年3月5日 週二 下午2:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024-03-05 星期二 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024/03/05 (週二) 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年3月5日（星期二）上午10:22", "2024-03-05T10:22:00Z", Minute},
	{"zh", "2024年3月5日 星期二", "2024-03-05T00:00:00Z", Day},
	{"zh", "2024年3月5日 周末 14:22", "2024-03-05T00:00:00Z", Day}, // "周末" is the weekend, no weekday
	{"ko", "2024년 3월 5일 화요일 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ko", "2024년 3월 5일 화요일 오후 2:22", "2024-03-05T14:22:00Z", Minute},
	{"ko", "2024.03.05(화) 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ja", "2024年3月5日 火曜日 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ja", "2024年3月5日（火）14時22分", "2024-03-05T14:22:00Z", Minute},
	{"ar", "نشر في: 05 مارس ,2024: 02:22 م", "2024-03-05T14:22:00Z", Minute},
	{"ar", "آخر تحديث: 05 مارس ,2024: 10:22 ص GST", "2024-03-05T06:22:00Z", Minute},
	{"bn", "৫ মার্চ ২০২৪, ০২:২২ পিএম", "2024-03-05T14:22:00Z", Minute},
	{"bn", "০৫ মার্চ ২০২৪, ১০:২২ এএম", "2024-03-05T10:22:00Z", Minute},
	{"bn", "প্রকাশ: ০৫ মার্চ ২০২৪, ১৪: ২২", "2024-03-05T14:22:00Z", Minute},
	{"fr", "05 mars 2024 - 14H22", "2024-03-05T14:22:00Z", Minute},
	{"fr", "Publié le mardi 5 mars 2024 | 14H22", "2024-03-05T14:22:00Z", Minute},
	{"fa", "۱۴۰۲/۱۲/۱۵ ۱۴:۲۲", "2024-03-05T14:22:00Z", Minute},
	{"fa", "تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۴:۲۲", "2024-03-05T14:22:00Z", Minute},
	{"fa", "1402/12/15", "", None}, // in ASCII digits and alone: a reference number as often
	{"ar", "آخر تحديث: 5/3/2024 02:22 م (توقيت مكة)", "2024-03-05T11:22:00Z", Minute},
	{"ar", "الثلاثاء 05 مارس 2024 14:22 بتوقيت مكة المكرمة", "2024-03-05T11:22:00Z", Minute},
	{"ar", "05 مارس 2024 02:22 مساءً بتوقيت مكة المكرمة", "2024-03-05T11:22:00Z", Minute},
	{"ar", "05 مارس 2024 14:22 بتوقيت غرينتش", "2024-03-05T14:22:00Z", Minute},
	{"ar", "تاريخ النشر: 05 مارس 2024 - 14:22 (بتوقيت أبوظبي)", "2024-03-05T10:22:00Z", Minute},
	{"ar", "05 مارس 2024 - 14:22 (بتوقيت القدس)", "2024-03-05T14:22:00Z", Minute}, // Jerusalem keeps summer time: unread
	{"ar", "02:22 م الثلاثاء 05 مارس 2024", "2024-03-05T14:22:00Z", Minute},
	{"ar", "10:22 ص الثلاثاء 05 مارس 2024", "2024-03-05T10:22:00Z", Minute},
	{"ar", "05 مارس 2024 02:22 مساءً", "2024-03-05T14:22:00Z", Minute},
	{"uk", "5 березня 2024 року, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"uk", "5 березня 2024 р., 14:22", "2024-03-05T14:22:00Z", Minute},
	{"bg", "05.03.2024 г., 14:22", "2024-03-05T14:22:00Z", Minute},
	{"pl", "05.03.2024 r. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"tr", "5 Mart 2024 Salı, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"th", "วันอังคารที่ 5 มีนาคม พ.ศ. 2567 เวลา 14.22 น.", "2024-03-05T14:22:00Z", Minute},
	{"th", "5 มีนาคม พ.ศ.2567", "2024-03-05T00:00:00Z", Day},
	{"meta", "2024-03-05T14:22:00.00+3:30", "2024-03-05T10:52:00Z", Second},
	{"meta", "2024-03-05T14:22:00-5:00", "2024-03-05T19:22:00Z", Second},
	{"en", "March 5, 2024 at 2:22 PM Eastern Time", "2024-03-05T19:22:00Z", Minute},
	{"en", "July 5, 2024 at 2:22 PM Pacific Daylight Time", "2024-07-05T21:22:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM (Central Time)", "2024-03-05T20:22:00Z", Minute},
	{"en", "March 5, 2024, 2:22 p.m. Eastern.", "2024-03-05T19:22:00Z", Minute},
	{"en", "2:22 p.m. Eastern Time, March 5, 2024", "2024-03-05T19:22:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM Eastern Europe", "2024-03-05T14:22:00Z", Minute}, // a place, no zone
	{"en", "March 5, 2024 2:22 PM Pacific Palisades", "2024-03-05T14:22:00Z", Minute},
}

// TestWorld31Stamps runs every line of world31Stamps through Parse and Find, as TestWorldStamps does.
func TestWorld31Stamps(t *testing.T) {
	checkWorldStamps(t, world31Stamps)
}
