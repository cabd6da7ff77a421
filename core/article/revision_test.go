package article

import "testing"

func TestRevision(t *testing.T) {
	a := Post{Title: "T", Summary: "S", URL: "https://a"}
	b := a
	b.URL = "https://b"
	b.Source = "other"
	if a.Revision() != b.Revision() {
		t.Fatal("revision depends on what is not shown as content")
	}
	c := a
	c.Title = "T2"
	if a.Revision() == c.Revision() || len(a.Revision()) != 12 {
		t.Fatalf("revision %q vs %q", a.Revision(), c.Revision())
	}
}
