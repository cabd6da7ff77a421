package extract

import (
	"strings"
	"testing"
)

// Lines that credit a picture with no label a rule knew: a picture agency's name alone or
// beside a source ("Getty Images", "[Getty]", "GETTY/US NAVY"), a platform in brackets, the
// plural and other nouns as labels ("Pictures: Getty", "Image via screen capture."), a labelled
// credit in parentheses, an agency's source line between the story's lines. They go; a caption
// of one sentence over such a credit at the story's top goes with it. A wire agency's name on
// the last line, a dateline naming one and a story sentence about Getty's pictures stay.
func TestUnlabelledPictureCredits27(t *testing.T) {
	body := strings.Join([]string{
		"The harbour trust says it will keep its dredging plan for another year.",
		"The trust chair at the quay on Monday",
		"Getty Images",
		"The harbour trust approved the dredging budget on Monday after a long debate about costs.",
		"[Getty]",
		"Members said the work would start in spring, before the ferry season.",
		"GETTY/US NAVY",
		"Pictures: Getty",
		"[Instagram]",
		"(Photo : Harbour TV/YouTube screenshot)",
		"Image via screen capture.",
		"Quelle: AFP",
		"Getty Images sold more pictures of the quay than of any other harbour last year, the trust said.",
		"AFP, PORTVILLE",
		"AFP",
	}, "\n\n")
	got := dropPictureCreditLines(body)
	for _, gone := range []string{"The trust chair at the quay", "Getty Images\n", "[Getty]", "GETTY", "Pictures:", "[Instagram]", "Harbour TV", "screen capture", "Quelle"} {
		if strings.Contains(got+"\n", gone) {
			t.Errorf("credit %q still in the body:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"keep its dredging plan", "approved the dredging budget", "before the ferry season", "sold more pictures", "AFP, PORTVILLE", "\n\nAFP"} {
		if !strings.Contains(got, kept) {
			t.Errorf("story line %q lost:\n%s", kept, got)
		}
	}
}
