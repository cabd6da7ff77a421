package bots

import (
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// Every platform in the wiring table builds from its sample config and shows its request
// without any network call: `paperboy preview --as TYPE` and the demo rely on it.
func TestEveryTypeBuildsAndPreviews(t *testing.T) {
	types := Types()
	if len(types) < 9 {
		t.Fatalf("types: %v", types)
	}
	for _, typ := range types {
		ch, err := Sample(typ)
		if err != nil {
			t.Errorf("%s: %v", typ, err)
			continue
		}
		if ch.Name() != typ+"-preview" {
			t.Errorf("%s: name %q", typ, ch.Name())
		}
		pv, ok := ch.(channel.Previewer)
		if !ok {
			if typ != "console" {
				t.Errorf("%s: no Preview", typ)
			}
			continue
		}
		req, err := pv.Preview(channel.Delivery{Key: "pbkey", Post: channeltest.SamplePost(), Attempt: 1})
		if err != nil || req.Method == "" || len(req.Fields) == 0 {
			t.Errorf("%s: preview %+v %v", typ, req, err)
		}
		for _, secret := range []string{"PREVIEW-ONLY", "preview-only"} {
			if strings.Contains(req.URL, secret) {
				t.Errorf("%s: preview URL shows a credential: %s", typ, req.URL)
			}
		}
	}
	if _, err := Sample("telegarm"); err == nil || !strings.Contains(err.Error(), "known: bluesky, console, discord") {
		t.Errorf("unknown type: %v", err)
	}
}
