package extract

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/net/html"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("ZZPAGE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	doc, _ := html.Parse(bytes.NewReader(b))
	p := scan(doc)
	t.Logf("dateTexts %q\nearly %q\nstrong %q\nbyText %q\nbylines %q\ntimes %+v\ndataDates %q", p.dateTexts, p.earlyDateTexts, p.strongBylines, p.byText, p.bylines, p.times, p.dataDates)
	for k, v := range p.meta {
		if len(v) < 60 {
			t.Logf("meta %s=%q", k, v)
		}
	}
}
