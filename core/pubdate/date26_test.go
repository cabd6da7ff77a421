package pubdate

import "testing"

// TestDates26 reads the forms the tables and digits did not cover: Hindi and Marathi month
// names (Devanagari vowel signs are marks, so the name is read as a run of its script), day
// first and month first, with a precomposed or a combining nukta; Bengali names; Devanagari,
// Bengali and full-width digits; Hebrew month names with the prefix ב; the Vietnamese long
// form. Made-up lines.
func TestDates26(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // RFC 3339, or "" for no date
		prec Precision
	}{
		{"प्रकाशित: 05 मार्च 2024, 14:22 IST", "2024-03-05T14:22:00+05:30", Minute},
		{"अपडेटेड: 5 मार्च, 2024 2:22 PM", "2024-03-05T14:22:00Z", Minute},
		{"सितम्बर 12, 2023 09:05 IST", "2023-09-12T09:05:00+05:30", Minute},
		{"7 फ़रवरी 2022", "2022-02-07T00:00:00Z", Day},
		{"7 \u095eरवरी 2022", "2022-02-07T00:00:00Z", Day},
		{"५ ऑक्टोबर २०२१, १०:३०", "2021-10-05T10:30:00Z", Minute},
		{"৫ মার্চ ২০২৪", "2024-03-05T00:00:00Z", Day},
		{"প্রকাশ: ১৮ জানুয়ারি ২০২৩, ১১:৪০", "2023-01-18T11:40:00Z", Minute},
		{"２０２２年１１月３日 １８：４５", "2022-11-03T18:45:00Z", Minute},
		{"פורסם: 5 במרץ 2024 14:22", "2024-03-05T14:22:00Z", Minute},
		{"12 ביוני 2023", "2023-06-12T00:00:00Z", Day},
		{"Ngày 5 tháng 3 năm 2024 14:22", "2024-03-05T14:22:00Z", Minute},
		{"05 Tháng 03, 2024", "2024-03-05T00:00:00Z", Day},
		// A Devanagari word that is no month, and a Bengali word, leave the number alone.
		{"कुल 5 लोग 2024", "", None},
		{"৫ জন ২০২৪", "", None},
	} {
		expectFind(t, tt.in, Context{}, tt.want, tt.prec)
	}
}

// TestFoldOtherDigitsOffsets: Find's offsets on a text with Devanagari or full-width digits
// (three bytes each) are the original text's.
func TestFoldOtherDigitsOffsets(t *testing.T) {
	for _, tt := range []struct{ text, date string }{
		{"प्रकाशित ५ मार्च २०२४ को", "५ मार्च २०२४"},
		{"配信 ２０２２年１１月３日 号", "２０２２年１１月３日"},
	} {
		_, s, e, ok := Find(tt.text, Context{})
		if !ok {
			t.Fatalf("Find(%q): none", tt.text)
		}
		if got := tt.text[s:e]; got != tt.date && got != tt.date+" " {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.date)
		}
	}
}
