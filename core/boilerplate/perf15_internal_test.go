package boilerplate

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"paperboy/core/internal/randtext"
)

// TestOpeningLettersFoldInASCII backs mayOpenPlaceholder: (?i) matches a letter of the openings
// and of "inhalt" only in its two ASCII cases, and "s" also as "ſ".
func TestOpeningLettersFoldInASCII(t *testing.T) {
	letters := "inhalt"
	for p := range placeholderOpenings {
		letters += p
	}
	for _, x := range letters {
		for r := unicode.SimpleFold(x); r != x; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf && !(x == 's' && r == 'ſ') {
				t.Errorf("%q folds to %q", x, r)
			}
		}
	}
}

// isPlaceholderBefore is IsPlaceholder as it was, the expression on every line.
func isPlaceholderBefore(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && len(line) <= 4*maxPlaceholder && utf8.RuneCountInString(line) <= maxPlaceholder && placeholderLine.MatchString(line)
}

func TestIsPlaceholderMatchesBefore(t *testing.T) {
	// The openings of placeholderLine's alternatives, in several cases, and other text.
	openings := []string{"to view this video, please enable javascript", "the video player is loading", "video player loading",
		"please enable javascript to view", "your browser does not support the video", "empfohlener redaktioneller inhalt",
		"externer inhalt", "ein klick für den datenschutz", "YouTube-Inhalte erlauben", "Instagram Inhalt laden", "externe inhalte laden",
		"externen inhalt anzeigen", "an dieser stelle findest du einen externen inhalt", "ich bin damit einverstanden, dass mir externe inhalte",
		"personenbezogene daten können an drittplattformen übermittelt werden", "link zum twitter-inhalt", "contenu externe",
		"pour afficher ce contenu, vous devez accepter les cookies", "para ver este contenido, debes aceptar las cookies",
		"ad block users:", "adblocker users :", "it looks like you're using an ad blocker", "we've detected that you are using an adblocker",
		"we have noticed you are using an ad blocker", "please disable your ad blocker", "sie nutzen offenbar einen adblocker",
		"ſie verwenden einen ad-blocker", "ad-blocker erkannt", "loaded: 0%", "current time 0", "remaining time -0", "this is a modal window",
		"beginning of dialog window", "end of dialog window", "no compatible source was found for this media",
		"video is now playing in the bottom right", "press the space bar to pause", "video loading video unavailable",
		"sorry, but this video has failed to load", "we apologize, the video is unavailable", "oops! this video isn't available",
		"+12", "+1234", "this tweet may have been deleted", "post may have been deleted", "ſorry, this video is not available"}
	noise := []string{" ", "  ", "The", "story", "x", "Ü", "中", "\u212a", "\xff", "+", "1", "-", ":", "İ"}
	rng := rand.New(rand.NewSource(15))
	hits := 0
	for range 40000 {
		var b strings.Builder
		if rng.Intn(3) > 0 {
			o := openings[rng.Intn(len(openings))]
			switch rng.Intn(3) {
			case 1:
				o = strings.ToUpper(o)
			case 2:
				o = strings.ToUpper(o[:1]) + o[1:]
			}
			if rng.Intn(4) == 0 {
				o = o[:rng.Intn(len(o)+1)]
			}
			b.WriteString(o)
		}
		b.WriteString(randtext.Join(rng, 4, noise))
		line := b.String()
		if rng.Intn(5) == 0 {
			line = noise[rng.Intn(len(noise))] + line
		}
		want := isPlaceholderBefore(line)
		if got := IsPlaceholder(line); got != want {
			t.Fatalf("IsPlaceholder(%q) = %v, before %v", line, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 1000 {
		t.Fatalf("%d placeholders: the cases test too little", hits)
	}
	for _, o := range openings {
		if !isPlaceholderBefore(o) {
			t.Errorf("%q is no placeholder: the opening list is stale", o)
		}
	}
}
