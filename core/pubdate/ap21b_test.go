package pubdate

import (
	"testing"
	"time"
)

func TestAPStyleWholeHour(t *testing.T) {
	// AP style prints a whole hour with no minutes, "2 a.m.", "11 p.m": the time is that
	// hour's minute zero, not a bare day. A number before "am" without the dots (an English
	// "2 am" or German "am") stays no time.
	for in, want := range map[string]string{
		"Monday, May 22, 2017 | 2 a.m.":     "2017-05-22 02:00",
		"Published May 22, 2017 at 11 p.m.": "2017-05-22 23:00",
		"May 22, 2017, 12 p.m":              "2017-05-22 12:00",
		"May 22, 2017, 12 a.m.":             "2017-05-22 00:00",
		"22. Mai 2017 2 am Montag":          "2017-05-22 00:00",
	} {
		st, ok := Parse(in, Context{Loc: time.UTC})
		if !ok {
			t.Errorf("%q: not parsed", in)
			continue
		}
		if got := st.Time.Format("2006-01-02 15:04"); got != want {
			t.Errorf("%q = %s, want %s", in, got, want)
		}
	}
}
