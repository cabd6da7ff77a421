package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestRecommendedBoxIsFurniture(t *testing.T) {
	// Thumbnails of recommended talks, each a linked title and "by" its speaker; the box names
	// itself "recommended" (where "recommend" was already furniture).
	var recs strings.Builder
	for i, name := range []string{"Jane Roe", "John Doe", "Ann Poe", "Max Moe", "Eva Roe", "Tom Doe"} {
		fmt.Fprintf(&recs, `<div class="rec_media_item"><a href="/play/%d"><img src="/t%d.png"></a><div><a class="recommended_video_name" href="/play/%d">Streaming talk number %d about an open world</a><br><br><em>by</em> %s</div></div>`, i, i, i, i, name)
	}
	doc, err := html.Parse(strings.NewReader(`<html><body><section id="recommended"><div id="header"><h3>Recommended</h3></div><img src="/members.png">` +
		`<div id="recommended_body"><div class="recommended_videos_block">` + recs.String() + `</div></div></section></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	box := bodyOf(doc).FirstChild
	if box == nil || box.DataAtom != atom.Section || !isJunk(box) {
		t.Errorf("the recommended box is not furniture")
	}
}
