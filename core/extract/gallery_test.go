package extract

import (
	"fmt"
	"strings"
	"testing"
)

// galleryPage builds a story of paragraphs with a gallery box of captions in its middle.
func galleryPage(storyParas int, galleryClass string) string {
	var story strings.Builder
	for i := range storyParas {
		fmt.Fprintf(&story, "<p>The council met on Monday to debate the budget for the coming year, point %d of the agenda, "+
			"and the members argued for hours about the rates that households and shops will pay for water and waste.</p>", i)
	}
	var slides strings.Builder
	things := []string{"A robot waves at visitors", "Engineers test a flying car", "A drone lifts a parcel", "Students race solar boats",
		"A printer builds a house", "Farmers watch a tractor steer itself", "A surgeon trains on a headset", "Children play with a talking dog",
		"A bus drives without a driver", "Divers film a submarine", "A chef cooks with a laser", "Pilots fly an electric plane"}
	for i, thing := range things {
		fmt.Fprintf(&slides, `<div class="slide"><span class="counter">%d/12</span><p>%s in hall %d of the fair, on a stand built by a company from the north, which hopes to sell the idea to cities, schools and shops.</p><p class="credits">Getty Images</p></div>`, i+1, thing, i+1)
	}
	half := strings.Index(story.String(), "<p>The council met on Monday to debate the budget for the coming year, point 3")
	if half < 0 {
		half = len(story.String())
	}
	gallery := `<div class="` + galleryClass + `"><h2>Tech news in pictures</h2><div class="captions">` + slides.String() + `</div></div>`
	return `<html><head><title>Council debates the budget</title></head><body><article><h1>Council debates the budget</h1>` +
		`<div class="text">` + story.String()[:half] + gallery + story.String()[half:] + `</div></article></body></html>`
}

func TestGalleryInStoryIsFurniture(t *testing.T) {
	for _, cls := range []string{"container grid-mod-gallery", "asset_gallery", "story-video-playlist", "photo-slideshow", "swiper-container", "story-carousel"} {
		r, err := Extract("https://example.com/news/budget", []byte(galleryPage(6, cls)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "in hall 3 of the fair") || strings.Contains(r.Body, "1/12") {
			t.Errorf("%s: the gallery's captions stay in the body:\n%s", cls, r.Body)
		}
		if !strings.Contains(r.Body, "point 0 of the agenda") || !strings.Contains(r.Body, "point 5 of the agenda") {
			t.Errorf("%s: the story is lost:\n%s", cls, r.Body)
		}
	}
}

func TestGalleryPageKeepsCaptions(t *testing.T) {
	// A page that is a gallery, one sentence of story beside it: the captions are its text.
	r, err := Extract("https://example.com/news/budget", []byte(galleryPage(1, "photo-gallery")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "in hall 7 of the fair") {
		t.Errorf("the gallery page lost its captions:\n%s", r.Body)
	}
}
