package extract

import (
	"strings"
	"testing"
)

// A summary box over the story prints the page's description, a sentence a paragraph of the
// story tells further down ("Synopsis" over the lead): the box's copy goes and the story's
// stays. A first line that is the description but not repeated, and a repeated line that is not
// the description, stay.
func TestSummaryBoxRepeat27(t *testing.T) {
	quote := `"The quay is safe. There is no damage anywhere along the harbour, and the ferries run on time," the harbour master said.`
	desc := `"The quay is safe. There is no damage anywhere along the harbour, and the ferries run on time," the harbour master said.`
	page := `<html><head><title>Harbour reopens after the storm</title><meta name="description" content='` + desc + `'></head><body>
<div class="page"><h1>Harbour reopens after the storm</h1>
<div class="synopsis"><div class="label">Synopsis</div><h2 class="summary">` + quote + `</h2></div>
<div class="story">Portville: The harbour reopened on Wednesday after the storm closed it for two days, officials said, and the first ferries left at dawn.<br><br>` +
		quote + `<br><br>` + strings.Repeat("Crews worked through the night to clear the debris from the slipways and the quay, and the council thanked them. ", 3) +
		`<br><br>` + strings.Repeat("The storm was the worst to hit the coast in a decade, the weather office said on Tuesday evening. ", 3) + `</div></div></body></html>`
	res := extract16(t, "https://example.com/news/harbour-reopens-123", page)
	if strings.Count(res.Body, "The quay is safe") != 1 {
		t.Errorf("summary printed %d times:\n%s", strings.Count(res.Body, "The quay is safe"), res.Body)
	}
	if !strings.HasPrefix(res.Body, "Portville: The harbour reopened") {
		t.Errorf("body does not open with the lead:\n%s", res.Body)
	}
	lead := "The harbour reopened on Wednesday after the storm closed it for two days, officials said, and the first ferries left at dawn."
	rest := "\n\nCrews worked through the night to clear the debris.\n\nThe storm was the worst to hit the coast in a decade."
	if got := dropSummaryRepeat(lead+rest+"\n\nMore follows.", lead); !strings.HasPrefix(got, lead) {
		t.Errorf("lead that is the description dropped:\n%s", got)
	}
	if got := dropSummaryRepeat(lead+rest+"\n\n"+lead, "The council thanked the crews for a night of work on the slipways and the quay."); !strings.HasPrefix(got, lead) {
		t.Errorf("repeated lead that is not the description dropped:\n%s", got)
	}
}
