package pubdate

import "testing"

// world31Stamps extend worldStamps (world29_test.go) and world30Stamps with forms of languages
// with much online news that the tables did not yet hold: the weekday Chinese, Japanese and
// Korean presses print between a date and its clock without parentheses or with two letters in
// them ("星期二", "週二", "(週二)", "화요일", "火曜日"), before a half-day marker too; the comma
// Arabic presses set after the month's space ("05 مارس ,2024: 02:22 م"); Bengali's English
// half-day markers in its own letters ("পিএম", "এএম"); the capital "H" of a French clock
// ("14H22"); a Solar Hijri date in Persian digits standing alone in its element ("۱۴۰۲/۱۲/۱۵").
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
}

// TestWorld31Stamps runs every line of world31Stamps through Parse and Find, as TestWorldStamps does.
func TestWorld31Stamps(t *testing.T) {
	checkWorldStamps(t, world31Stamps)
}
