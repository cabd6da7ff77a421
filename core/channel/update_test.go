package channel

import "testing"

func TestAllMessages(t *testing.T) {
	if got := (Receipt{}).AllMessages(); got != nil {
		t.Fatalf("empty receipt: %v", got)
	}
	got := Receipt{RemoteID: "1", URL: "u"}.AllMessages()
	if len(got) != 1 || got[0].ID != "1" || got[0].URL != "u" {
		t.Fatalf("single id: %v", got)
	}
	r := Receipt{RemoteID: "1", Messages: []Message{{ID: "1"}, {ID: "2", Kind: KindText}}}
	if got := r.AllMessages(); len(got) != 2 || got[1].ID != "2" {
		t.Fatalf("split post: %v", got)
	}
}
