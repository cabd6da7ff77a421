package pubdate

import "testing"

// world30Stamps extend worldStamps (world29_test.go) with the forms the twenty-ninth round's
// first score still met unread: a minus sign (U+2212) or an en dash in a printed offset ("UTC−3",
// "GMT−03:00"), Thai numeric dates in the Buddhist Era ("05/03/2567") and its two-digit year
// after an abbreviated month ("5 มี.ค. 67"), Hijri dates printed beside the Gregorian ones (the
// Gregorian one is the stamp; a Hijri year is no year the forms read), and the weekday Turkish
// and Hungarian presses print between a date and its clock. Made-up lines in each press's
// house forms; want is the instant in RFC 3339 (UTC where no zone is printed), "" for none.
var world30Stamps = []worldStamp{
	{"en", "2024-03-05 14:22 UTC−3", "2024-03-05T17:22:00Z", Minute},
	{"es", "5 de marzo de 2024, 14:22 (GMT−03:00)", "2024-03-05T17:22:00Z", Minute},
	{"es", "05/03/2024 14:22 GMT−3", "2024-03-05T17:22:00Z", Minute},
	{"meta", "2024-03-05T14:22:00−03:00", "2024-03-05T17:22:00Z", Second},
	{"en", "March 5, 2024 2:22 PM UTC+5:30", "2024-03-05T08:52:00Z", Minute},
	{"th", "05/03/2567 14:22", "2024-03-05T14:22:00Z", Minute},
	{"th", "5 มี.ค. 2567 14:22 น.", "2024-03-05T14:22:00Z", Minute},
	{"th", "05/03/2567", "2024-03-05T00:00:00Z", Day},
	{"ar", "الثلاثاء 24 شعبان 1445 هـ - 05 مارس 2024 م", "2024-03-05T00:00:00Z", Day},
	{"ar", "24 شعبان 1445 الموافق 5 مارس 2024 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ar", "الثلاثاء 1445/08/24 هـ الموافق 2024/03/05 م", "2024-03-05T00:00:00Z", Day},
	{"ar", "24-08-1445 هـ | 05-03-2024", "2024-03-05T00:00:00Z", Day},
	{"ur", "منگل 24 شعبان 1445ھ 5 مارچ 2024ء", "2024-03-05T00:00:00Z", Day},
	{"ar", "١٥ رمضان ١٤٤٥ هـ الموافق ٢٥ مارس ٢٠٢٤ - ١٤:٢٢", "2024-03-25T14:22:00Z", Minute},
	{"ar", "الأحد ١٤٤٥/٠٩/١٥ هـ - ٢٠٢٤/٠٣/٢٥ م", "2024-03-25T00:00:00Z", Day},
	{"en", "Monday 15 Ramadan 1445 AH / 25 March 2024", "2024-03-25T00:00:00Z", Day},
	{"en", "Ramadan 15, 1445 AH (March 25, 2024)", "2024-03-25T00:00:00Z", Day},
	{"th", "อัปเดต 05.03.2567 เวลา 14:22 น.", "2024-03-05T14:22:00Z", Minute},
	{"en", "March 5, 2024 14:22 GMT–3", "2024-03-05T17:22:00Z", Minute},
	{"en", "5 March 2024 – 14:22", "2024-03-05T14:22:00Z", Minute},
	{"th", "5 มี.ค. 67 14:22 น.", "2024-03-05T14:22:00Z", Minute},
	{"th", "5 มีนาคม 45 คน", "", None},
	{"tr", "5 Mart 2024 Salı 14:22", "2024-03-05T14:22:00Z", Minute},
	{"tr", "05 Mart 2024, Salı 14:22", "2024-03-05T14:22:00Z", Minute},
	{"hu", "2024. március 5., kedd 14:22", "2024-03-05T14:22:00Z", Minute},
	{"en", "−3 °C on 5 March 2024", "2024-03-05T00:00:00Z", Day},
	{"id", "Selasa, 24 Syaban 1445 H / 5 Maret 2024 14:22 WIB", "2024-03-05T07:22:00Z", Minute},
}

// TestWorld30Stamps runs every line of world30Stamps through Parse and Find, as TestWorldStamps does.
func TestWorld30Stamps(t *testing.T) {
	checkWorldStamps(t, world30Stamps)
}
