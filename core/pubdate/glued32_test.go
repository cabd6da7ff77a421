package pubdate

import (
	"testing"
	"time"
)

// A numeric date right after a lower-case word, as a page's text joins a label element and the
// date element beside it ("Tunisie" + "19/03/2020 à 14:11"), is read with its time; one after a
// space or punctuation still is.
func TestNumericDateGluedToWord32(t *testing.T) {
	for _, text := range []string{"Tunisie19/03/2020 à 14:11", "Politique 19/03/2020 à 14:11", "(19.03.2020 14:11)"} {
		st, _, _, ok := Find(text, Context{Loc: time.UTC})
		if !ok || st.Time.Format("2006-01-02 15:04") != "2020-03-19 14:11" {
			t.Errorf("Find(%q) = %v %v, want 2020-03-19 14:11", text, st, ok)
		}
	}
}
