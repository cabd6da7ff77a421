package extract

import "testing"

func TestDbg29(t *testing.T) {
	for _, s := range []string{"Von unserer Korrespondentin Anna Weber", "unserer Korrespondentin Anna Weber"} {
		t.Logf("%q -> bylineNames %q split %q", s, bylineNames(s), splitAuthors(s))
	}
}
