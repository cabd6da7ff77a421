package extract_test

import (
	"testing"

	"paperboy/core/extract"
)

// TestBylineCaseShiftPage24: a byline whose capitals lower into longer runes ("Ⱥ" to "ⱥ") cost
// the whole page before bylineLine cut at offsets of the line itself: Extract recovered the
// panic as an internal error and returned nothing.
func TestBylineCaseShiftPage24(t *testing.T) {
	page := `<html lang=en><title>T</title><body><h1>T</h1><div class="byline">ȺȺȺ BY 0</div><p>` +
		"The city council approved the harbour tram line on Wednesday after a year of delays. The city council approved the harbour tram line on Wednesday after a year of delays.</p>"
	if res, err := extract.Extract("https://www.example.com/x", []byte(page)); err != nil || res == nil || res.Body == "" {
		t.Fatalf("Extract = %v, %v", res, err)
	}
}
