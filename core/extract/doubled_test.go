package extract

import (
	"fmt"
	"strings"
	"testing"
)

// transcript returns n synthetic answers of an interview, each naming its number.
func transcript(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprintf("Answer %d explains how the valley council weighed the farmers' claim to the river water before the summer.", i))
	}
	return out
}

func TestStoryPrintedTwiceIsKeptOnce(t *testing.T) {
	// An interactive transcript (speaker names on lines of their own) above the plain transcript
	// ("HOST: …"): readability's container holds both.
	answers := transcript(12)
	var first, second strings.Builder
	for i, a := range answers {
		speaker := []string{"host", "guest"}[i%2]
		fmt.Fprintf(&first, "<p>%s</p><p>%s</p>", speaker, a)
		fmt.Fprintf(&second, "<p>%s: %s</p>", strings.ToUpper(speaker), a)
	}
	page := `<html><head><title>Water talk</title></head><body><article><h1>Water talk</h1>` +
		`<div>` + first.String() + `</div>` +
		`<div>` + second.String() + `</div></article></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.Body, "Answer 3 explains"); n != 1 {
		t.Errorf("body states answer 3 %d times, want once: %q", n, r.Body)
	}
	if !strings.Contains(r.Body, "Answer 11 explains") {
		t.Errorf("body lost the end of the story: %q", r.Body)
	}
}

func TestDropSecondCopy(t *testing.T) {
	answers := transcript(12)
	story := strings.Join(answers, "\n\n")
	labelled := make([]string, len(answers))
	for i, a := range answers {
		labelled[i] = "GUEST: " + a
	}
	if got := dropSecondCopy(story + "\n\n" + strings.Join(labelled, "\n\n") + "\n\nSubscribe now"); got != story {
		t.Errorf("labelled second copy kept: %q", got)
	}
	// A pull quote repeats one paragraph: nothing is a second copy.
	quoted := strings.Join(append(append(answers[:6:6], answers[2]), answers[6:]...), "\n\n")
	if got := dropSecondCopy(quoted); got != quoted {
		t.Errorf("pull quote cut the story: %q", got)
	}
	// A label without a colon or dash is text of its own, not a copy's speaker label.
	if sameParagraph("He said it was late.", "it was late.") {
		t.Error("sameParagraph took words of a sentence for a label")
	}
}
