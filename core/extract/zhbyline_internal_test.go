package extract

import "testing"

// Every credit word must pass the byte guard in front of the keyword search, or its lines
// would never be read.
func TestZhKeywordsPassTheHanGuard(t *testing.T) {
	for _, k := range zhKeywords {
		if !hasHanLead(k) {
			t.Errorf("credit word %q opens outside the guarded range", k)
		}
	}
	if hasHanLead("Reported by Jane Roe, staff writer — 3 minutes ago") {
		t.Error("a Latin line passed the guard")
	}
}
