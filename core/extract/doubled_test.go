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
	// A short intro printed twice whole (a slideshow's intro, again in its overlay) is a copy
	// though neither copy holds a story's worth of text; what follows the copy stays.
	intro := strings.Join(answers[:2], "\n\n")
	if got, want := dropSecondCopy(intro+"\n\n"+intro+"\n\nSlide one"), intro+"\n\nSlide one"; got != want {
		t.Errorf("short intro printed twice: got %q, want %q", got, want)
	}
	// A paragraph printed twice back to back is kept once; a block repeated over and over is
	// the page's pattern, not a doubled print.
	if got := dropSecondCopy(answers[0] + "\n\n" + answers[0] + "\n\n" + answers[1]); got != answers[0]+"\n\n"+answers[1] {
		t.Errorf("paragraph printed twice: %q", got)
	}
	if repeated := strings.Repeat(intro+"\n\n", 3) + "Slide one"; dropSecondCopy(repeated) != repeated {
		t.Errorf("repeated pattern cut: %q", dropSecondCopy(repeated))
	}
	// A label without a colon or dash is text of its own, not a copy's speaker label.
	if sameParagraph("He said it was late.", "it was late.") {
		t.Error("sameParagraph took words of a sentence for a label")
	}
}

func TestSlideshowIntroPrintedTwiceIsKeptOnce(t *testing.T) {
	// A gallery's intro in the page and again in the slideshow's overlay: two short paragraphs,
	// each printed twice; the story must not state them twice.
	intro := `<div class="text"><p>As you may remember from the winter films of our youth, these were not just made-for-TV movies but real events that everyone in school talked about for weeks.</p>` +
		`<p>Not that this year's selection is bad at all, but we suggest finding these films over the holiday break and watching them again and again with friends.</p></div>`
	page := `<html><head><title>Seven films to see</title></head><body><article><h1>Seven films to see</h1>` +
		intro + `<div class="slides"><figure><img src="/1.jpg"></figure><figure><img src="/2.jpg"></figure></div>` +
		intro + `</article></body></html>`
	r, err := Extract("https://example.com/gallery/films", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.Body, "As you may remember"); n != 1 {
		t.Errorf("body states the intro %d times, want once: %q", n, r.Body)
	}
	if !strings.Contains(r.Body, "watching them again and again") {
		t.Errorf("body lost the intro's second paragraph: %q", r.Body)
	}
}
