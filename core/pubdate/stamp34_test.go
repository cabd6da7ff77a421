package pubdate

import "testing"

// TestDutchStampLabels34: a Dutch stamp line with its labels ("Aangepast:", "Bijgewerkt op",
// "Gepubliceerd om") holds nothing but dates and labels; a Dutch sentence with a date does not.
func TestDutchStampLabels34(t *testing.T) {
	for s, want := range map[string]bool{
		"16 mei 2019 16:34 Aangepast: 16 mei 2019 18:36":          true,
		"Gepubliceerd op 16 mei 2019 om 16:34":                    true,
		"16 mei 2019 16:34 Bijgewerkt: 16 mei 2019 18:36":         true,
		"Vandaag 16:34, laatst gewijzigd 18:36":                   true,
		"Op 16 mei 2019 vertrok de trein naar Amsterdam om 16:34": false,
	} {
		if got := IsStamp(s); got != want {
			t.Errorf("IsStamp(%q) = %v, want %v", s, got, want)
		}
	}
}
