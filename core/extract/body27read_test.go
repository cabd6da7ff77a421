package extract

import (
	"strings"
	"testing"
)

// The header's reading-time estimate, read as a line of the story: alone, in the languages
// paperboy serves, or closing a line of stamps set apart by bullets. It goes; a story
// sentence that tells a reading time stays.
func TestReadingTimeLines27(t *testing.T) {
	story := "The harbour trust approved the dredging budget on Monday after a long debate about costs and fees."
	for _, line := range []string{"3 minute read", "4 min read", "1 minute & 45 seconds read time", "3 Min Lesezeit", "Lesezeit: 4 Min.",
		"Temps de lecture : 1 min.", "Jun 26, 2022 • 8 hours ago • 3 minute read", "Apr 30, 2021 • 4 days ago • 8 minute read •"} {
		body := story + "\n\n" + line + "\n\n" + story + " More follows.\n\nThe vote was 7-2."
		if got := dropFurnitureLines(body); strings.Contains(got, line) {
			t.Errorf("reading time %q kept:\n%s", line, got)
		}
	}
	for _, line := range []string{"The report takes a 3 minute read, the trust said.", "Readers spent 4 min reading the notice on average, and most left."} {
		body := story + "\n\n" + line + "\n\nThe vote was 7-2."
		if got := dropFurnitureLines(body); !strings.Contains(got, line) {
			t.Errorf("story line %q lost:\n%s", line, got)
		}
	}
}
