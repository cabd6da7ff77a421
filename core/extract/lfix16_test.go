package extract_test

import (
	"testing"
	"time"
)

// TestLateClasses16 covers the classes of the sixteenth round's held-out set: a "Time:" label
// between a printed date and its zoned clock.
func TestLateClasses16(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	tests := []publishedCase{
		{"a \"Time:\" label between the printed date and its zoned clock",
			"https://www.example.com/1234-comet-tail-photo.html",
			`<html lang="en"><head><title>A comet's tail over the desert</title></head><body>
<h1>A comet's tail over the desert</h1>
<div class="photo-time">Date: 05 June 2013 Time: 12:45 PM ET</div>` + undated + `</body></html>`,
			time.Date(2013, 6, 5, 12, 45, 0, 0, newYork)},
	}
	checkPublished(t, tests)
}
