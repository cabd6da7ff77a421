package extract_test

import (
	"strings"
	"testing"
)

// TestBareStampsLinear: a story followed by thousands of stamp lines, each one a trailer the
// trimming steps over, costs work linear in their number.
func TestBareStampsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts pages of megabytes")
	}
	page := func(n int) map[string]string {
		return map[string]string{"stamps": string(storyPage(strings.Repeat("<div>2019-01-07 16:47</div>", n)))}
	}
	n := raceRepeats(2000)
	linearSizes(t, page(n), page(2*n), n)
}
