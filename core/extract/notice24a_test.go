package extract

import (
	"strings"
	"testing"
)

// The notice under a story asking readers to report an error through a form closes the story, as
// the typo notice does.
func TestErrorReportNotice(t *testing.T) {
	for _, notice := range []string{
		"Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře. Děkujeme!",
		"If you spotted an error in this article, please let us know.",
	} {
		r := new24aPage(t, "", "", "<p>"+notice+"</p><p>Nejčtenější zprávy dne</p>")
		if strings.Contains(r.Body, notice[:20]) || strings.Contains(r.Body, "Nejčtenější") {
			t.Errorf("the notice stays: %q", r.Body[max(0, len(r.Body)-200):])
		}
	}
}
