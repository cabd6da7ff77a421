package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// minOverlayProbe is the least letters and digits a reading's line must have for an overlay that
// holds it to count as read: a notice's sentence, not a word.
const minOverlayProbe = 30

// maxOverlayLines bounds the reading's lines looked for in each overlay.
const maxOverlayLines = 400

// overlayInReading returns the first block the page's own sheet fixes to the window and hides
// (sheetHiding) that holds a line of the reading (minOverlayProbe letters or more) but not the
// reading's own opening (hiddenHolder takes those): a device-limit or consent notice set beside the story,
// which readability reads as the story's last paragraphs. A block the sheet hides is shown by a
// script over the page, never under the story. The block must hold the headline no more than
// the story's opening; nil when there is no such block or no sheet.
func overlayInReading(doc *html.Node, sheet *sheetHiding, reading string) *html.Node {
	if sheet == nil {
		return nil
	}
	opening := readingProbe(reading)
	if opening == "" {
		return nil
	}
	var lines []string
	for _, l := range strings.Split(reading, "\n\n") {
		if sq := squash(l); len(sq) >= minOverlayProbe && len(lines) < maxOverlayLines {
			lines = append(lines, sq)
		}
	}
	return firstHidden(doc, sheet.hides, func(n *html.Node) bool {
		text := squash(textOf(n))
		return len(text) >= minOverlayProbe && !strings.Contains(text, opening) && !holdsHeadline(n) &&
			slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(text, l) })
	})
}
