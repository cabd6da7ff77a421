package extract

import (
	"encoding/json"
	"os"
	"testing"
)

func TestDbg28(t *testing.T) {
	page, _ := os.ReadFile(os.Getenv("DBGPAGE"))
	var want struct{ URL string }
	b, _ := os.ReadFile(os.Getenv("DBGPAGE") + ".expected.json")
	json.Unmarshal(b, &want)
	r, _, err := Document(want.URL, page, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/dbg28-body.txt", []byte(r.Body), 0o644)
	t.Logf("lang=%q site=%q pub=%v dateonly=%v mod=%v authors=%q image=%q", r.Lang, r.SiteName, r.Published, r.PublishedDateOnly, r.Modified, r.Authors, r.ImageURL)
}
