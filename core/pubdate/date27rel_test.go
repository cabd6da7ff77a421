package pubdate

import (
	"testing"
	"time"
)

// TestDate27RelativeLanguages reads "N units ago" and "yesterday 14:30" in the languages news
// pages print them in, against the reference time; each form names its own units.
func TestDate27RelativeLanguages(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	now := time.Date(2024, 3, 14, 15, 30, 45, 0, cet)
	c := Context{Loc: cet, Now: now}
	h3 := now.Add(-3 * time.Hour).Truncate(time.Minute)
	m20 := now.Add(-20 * time.Minute).Truncate(time.Minute)
	d2 := time.Date(2024, 3, 12, 0, 0, 0, 0, cet)
	for _, tt := range []struct {
		in   string
		want time.Time
		prec Precision
	}{
		{"hace 3 horas", h3, Minute},
		{"Actualizado hace 20 minutos", m20, Minute},
		{"il y a 3 heures", h3, Minute},
		{"Publié il y a 20 min", m20, Minute},
		{"3 ore fa", h3, Minute},
		{"un'ora fa", now.Add(-time.Hour).Truncate(time.Minute), Minute},
		{"há 3 horas", h3, Minute},
		{"3 horas atrás", h3, Minute},
		{"3 uur geleden", h3, Minute},
		{"2 dagen geleden", d2, Day},
		{"3 timer siden", h3, Minute},
		{"for 20 minutter siden", m20, Minute},
		{"3 timmar sedan", h3, Minute},
		{"3 tuntia sitten", h3, Minute},
		{"2 päivää sitten", d2, Day},
		{"20 dakika önce", m20, Minute},
		{"3 saat önce", h3, Minute},
		{"3 godziny temu", h3, Minute},
		{"godzinę temu", now.Add(-time.Hour).Truncate(time.Minute), Minute},
		{"před 3 hodinami", h3, Minute},
		{"3 時間前", h3, Minute},
		{"3 giờ trước", h3, Minute},
		{"3 jam yang lalu", h3, Minute},
		{"20 minit lalu", m20, Minute},
		{"3 घंटे पहले", h3, Minute},
		{"३ घंटे पहले", h3, Minute},
		{"yesterday at 14:30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"ayer a las 14:30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"hier à 14h30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"ieri alle 14:30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"i går kl. 14.30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"昨天 14:30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"어제 14:30", time.Date(2024, 3, 13, 14, 30, 0, 0, cet), Minute},
		{"gisteren", time.Date(2024, 3, 13, 0, 0, 0, 0, cet), Day},
		{"Bugün 09:15", time.Date(2024, 3, 14, 9, 15, 0, 0, cet), Minute},
	} {
		st, _, _, ok := Find(tt.in, c)
		if !ok || !st.Time.Equal(tt.want) || st.Precision != tt.prec || !st.Relative {
			t.Errorf("Find(%q) = %v prec %d rel %v ok %v; want %v prec %d", tt.in, st.Time, st.Precision, st.Relative, ok, tt.want, tt.prec)
		}
		if _, _, _, ok := Find(tt.in, Context{Loc: cet}); ok {
			t.Errorf("Find(%q) without a reference time read a date", tt.in)
		}
	}
	// Dutch "hier" is "here": only French "hier" before a clock is yesterday; Malay "saat" is a
	// second where Turkish "saat" is an hour.
	if st, _, _, ok := Find("Klik hier voor meer", c); ok {
		t.Errorf("Dutch hier read as %v", st.Time)
	}
	if st, _, _, ok := Find("30 saat lalu", c); !ok || !st.Time.Equal(now.Add(-30*time.Second).Truncate(time.Minute)) {
		t.Errorf("Malay seconds = %v %v", st.Time, ok)
	}
}

// TestDate27AbsoluteBeatsRelative: a text that states a date is dated by it even where a
// relative stamp stands first ("Updated 2 hours ago · 12 March 2024 10:15").
func TestDate27AbsoluteBeatsRelative(t *testing.T) {
	now := time.Date(2024, 3, 14, 15, 30, 0, 0, time.UTC)
	c := Context{Now: now}
	for _, in := range []string{"Updated 2 hours ago · 12 March 2024 10:15", "vor 2 Stunden | 12.03.2024, 10:15 Uhr", "hace 2 horas - 12 de marzo de 2024 10:15"} {
		st, _, _, ok := Find(in, c)
		if !ok || st.Relative || !st.Time.Equal(time.Date(2024, 3, 12, 10, 15, 0, 0, time.UTC)) {
			t.Errorf("Find(%q) = %v rel %v ok %v", in, st.Time, st.Relative, ok)
		}
	}
}

// FuzzRelative27 checks that reading the relative forms never panics and keeps its span
// inside the text.
func FuzzRelative27(f *testing.F) {
	for _, s := range []string{"hace 3 horas", "il y a une heure", "un'ora fa", "godzinę temu", "před 3 hodinami",
		"3 giờ trước", "३ घंटे पहले", "hier à 14h30", "i går kl. 9.05", "ieri alle", "20 minit lalu", "\xffhace 3\xfe horas"} {
		f.Add(s)
	}
	now := time.Date(2024, 3, 14, 15, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		st, start, end, ok := Find(s, Context{Now: now})
		if ok && (start < 0 || end > len(s) || start > end || st.Precision == None) {
			t.Fatalf("Find(%q) = %v [%d:%d]", s, st, start, end)
		}
	})
}
