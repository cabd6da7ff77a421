package extract

import (
	"math/rand"
	"strings"
	"testing"

	"paperboy/core/internal/randtext"
	"paperboy/core/textsim"

	"golang.org/x/net/html"
)

// speed27Names builds random class attributes from the words the class-name tests look for, in
// every case, split or joined by the separators names use, with the two letters outside ASCII
// that strings.ToLower lowers into ASCII (U+0130 to "i", the Kelvin sign to "k") and other runes.
func speed27Names(rng *rand.Rand) string {
	pieces := []string{"gallery", "Gallery", "slide", "SLIDE", "show", "Show", "video", "list", "carousel", "playlist", "swiper",
		"sl\u0130de", "v\u0130deo", "l\u0130st", "sw\u0130per", "cred\u0130t", "bac\u212a", "bac\u212A",
		"credit", "Credits", "CREDIT", "author", "Author", "bio", "biography", "popup", "Popover", "modal", "lightbox", "2",
		"comment", "Comments", "respond", "disqus", "back", "to", "top", "initial", "DropCap", "drop-cap", "lettrine",
		"header", "Header", "masthead", "bar", "hidden", "sr-only", "byline", "Reporter", "writer", "auth", "autor",
		"diashow", "Galerie", "and", "with", "é", "\xff", " ", " ", "-", "_", "\t"}
	return randtext.Join(rng, 8, pieces)
}

// TestSpeed27ClassGatesMatchBefore checks each class-name test this round gated or rewrote
// against its form before, over random names: the gates must never turn a match away.
func TestSpeed27ClassGatesMatchBefore(t *testing.T) {
	galleryBefore := func(name string) bool { return nameHolds(name, galleryWords, galleryPairs) || galleryStem(name) }
	galleryNow := func(name string) bool {
		return mayNameHold(galleryHints, name) && nameHolds(name, galleryWords, galleryPairs) || galleryStem(name)
	}
	author := func(name string) bool {
		return (textsim.ContainsFoldASCII(name, "author") || textsim.ContainsFoldASCII(name, "biography")) && nameHolds(name, authorWords, authorPairs)
	}
	overlay := func(name string) bool {
		return (textsim.ContainsFoldASCII(name, "pop") || textsim.ContainsFoldASCII(name, "modal") || textsim.ContainsFoldASCII(name, "lightbox")) &&
			nameHolds(strings.TrimRight(name, "0123456789"), overlayWords, nil)
	}
	rng := rand.New(rand.NewSource(2027))
	for range 60000 {
		cls := speed27Names(rng)
		checks := []struct {
			name        string
			before, now bool
		}{
			{"creditNamed", nameHolds(cls, creditWords, nil), creditNamed(cls)},
			{"gallery name", galleryBefore(cls), galleryNow(cls)},
			{"gallery class", anyField(cls, galleryBefore), (mayNameHold(galleryHints, cls) || galleryStemSet.In(cls)) && anyField(cls, galleryNow)},
			{"author class", anyField(cls, author), authorHints.InFoldASCII(cls) && anyField(cls, author)},
			{"overlay class", anyField(cls, overlay), overlayHints.InFoldASCII(cls) && anyField(cls, overlay)},
			{"threadClass", anyField(cls, threadName), threadClass(cls)},
			{"drop cap", cls != "" && textsim.ContainsAny(strings.ToLower(cls), dropCapHints),
				cls != "" && !(!dropCapHintSet.InFoldASCII(cls) && (isASCII(cls) || !textsim.ContainsAny(strings.ToLower(cls), dropCapHints)))},
			{"page header words", textsim.ContainsAny(cls, pageHeaderWords), pageHeaderWordSet.In(cls)},
			{"hidden class hints", textsim.ContainsAny(cls, hiddenClassHints), hiddenClassHintSet.In(cls)},
			{"byline in isJunk", bylineClass(strings.ToLower(cls)) == 2, bylineClassWordSet.InLowered(cls) && bylineClass(strings.ToLower(cls)) == 2},
			{"other story words", otherStoryWordSet.In(strings.ToLower(cls)), otherStoryWordSet.InLowered(cls)},
		}
		for _, c := range checks {
			if c.before != c.now {
				t.Fatalf("%s(%q): before %v, now %v", c.name, cls, c.before, c.now)
			}
		}
	}
}

// TestSpeed27PictureLinesNamedBlocks checks that pictureLines, which now joins class and id only
// for <div>, <span> and <p>, still reads a picture block's credit and long caption there, by the
// id alone too, and no such line in another element.
func TestSpeed27PictureLinesNamedBlocks(t *testing.T) {
	page := `<html><body>
<div class="block"><img src="a.jpg"><div id="credits">foto: Jane Roe</div><div class="caption">A harbour at dawn, seen from the old lighthouse on the northern pier.</div></div>
<div class="block"><img src="b.jpg"><li class="caption">A list item named as a caption is no picture block's line at all.</li></div>
<p>The story's first paragraph, which is long enough to be prose and names nothing.</p>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	captions, credits := pictureLines(doc)
	if captions["A harbour at dawn, seen from the old lighthouse on the northern pier."] != 1 || credits["foto: Jane Roe"] != 1 {
		t.Fatalf("captions %v, credits %v", captions, credits)
	}
	if captions["A list item named as a caption is no picture block's line at all."] != 0 {
		t.Fatalf("a list item read as a picture block caption: %v", captions)
	}
}
