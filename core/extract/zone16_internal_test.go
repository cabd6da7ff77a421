package extract

import "testing"

// The one-zone countries this round added, by country-code domain and by language alone: the
// README names them, and a page there without an offset is read on their clock.
func TestRegionZoneSixteenth(t *testing.T) {
	tests := []struct{ lang, host, want string }{
		{"", "www.example.lt", "Europe/Vilnius"}, {"", "www.example.lv", "Europe/Riga"},
		{"", "www.example.ee", "Europe/Tallinn"}, {"", "www.example.ba", "Europe/Sarajevo"},
		{"", "www.example.mk", "Europe/Skopje"}, {"", "www.example.al", "Europe/Tirane"},
		{"", "www.example.co.il", "Asia/Jerusalem"}, {"", "www.example.com.tr", "Europe/Istanbul"},
		{"sr", "www.example.com", "Europe/Belgrade"}, {"sq", "www.example.com", "Europe/Tirane"},
		{"et", "www.example.com", "Europe/Tallinn"}, {"lt", "www.example.com", "Europe/Vilnius"},
		{"he", "www.example.com", "Asia/Jerusalem"}, {"tr", "www.example.com", "Europe/Istanbul"},
		// .me and .md are left out: the web uses them for anything.
		{"", "www.example.me", ""}, {"", "www.example.md", ""},
	}
	for _, tt := range tests {
		loc := regionZone(tt.lang, "", tt.host)
		got := ""
		if loc != nil {
			got = loc.String()
		}
		if got != tt.want {
			t.Errorf("regionZone(%q, %q) = %q, want %q", tt.lang, tt.host, got, tt.want)
		}
	}
}
