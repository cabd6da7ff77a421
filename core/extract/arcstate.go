package extract

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Arc XP (Fusion) sites render the story in the browser from a JSON state that a script of the
// page assigns, "Fusion.globalContent={…};": the story in Arc's content format (ANS), with its
// paragraphs as content_elements and its writers as credits.by. A page whose HTML holds only
// the headline and an empty story box has its text and its byline there alone.

// stateMarker is the assignment that opens the state.
const stateMarker = "globalContent"

// maxStateScript bounds the script read for the state.
const maxStateScript = 4 << 20

// arcStory is what the state says of the story.
type arcStory struct {
	body    string   // the text elements as HTML paragraphs, for ldText
	authors []string // the writers' names as the page would print them
}

// minStateParagraphs is how many text elements a state must hold to stand for the story: a
// section front's state or a video page's holds one caption or none.
const minStateParagraphs = 2

// readArcState reads the story of a script that assigns an Arc state, or nil when the script
// assigns none or the state is not a story ("type":"story", as ANS marks one).
func readArcState(script string) *arcStory {
	i := strings.Index(script, stateMarker)
	if i < 0 || len(script) > maxStateScript {
		return nil
	}
	rest := strings.TrimLeft(script[i+len(stateMarker):], " \t\r\n")
	rest, ok := strings.CutPrefix(rest, "=")
	if !ok {
		return nil
	}
	var st struct {
		Type     string `json:"type"`
		Elements []struct {
			Type    string `json:"type"`
			Content any    `json:"content"`
		} `json:"content_elements"`
		Credits struct {
			By []struct {
				Type   string `json:"type"`
				Name   string `json:"name"`
				Byline string `json:"byline"`
				Props  struct {
					Original struct {
						Byline string `json:"byline"`
					} `json:"original"`
				} `json:"additional_properties"`
			} `json:"by"`
		} `json:"credits"`
	}
	// The decoder reads the one value and stops: what the script does after it is not JSON.
	if err := json.NewDecoder(strings.NewReader(rest)).Decode(&st); err != nil || st.Type != "story" {
		return nil
	}
	var paras []string
	for _, e := range st.Elements {
		s, _ := e.Content.(string)
		if s = strings.TrimSpace(s); s == "" || e.Type != "text" && e.Type != "header" {
			continue // images, embeds, raw_html (link lists, ads), references to other stories
		}
		paras = append(paras, "<p>"+s+"</p>")
	}
	a := &arcStory{}
	if len(paras) >= minStateParagraphs {
		a.body = strings.Join(paras, "\n")
	}
	for _, c := range st.Credits.By {
		if c.Type != "" && c.Type != "author" {
			continue
		}
		if b := firstNonEmpty(c.Props.Original.Byline, c.Byline); b != "" {
			a.authors = append(a.authors, stateByline(b))
		} else if c.Name != "" {
			a.authors = append(a.authors, familyFirst(c.Name))
		}
	}
	return a
}

// stateByline is the writer's part of a byline the CMS keeps as the page prints it: after the
// outlet and "=" ("스포츠조선 = 안소윤 기자").
func stateByline(b string) string {
	if i := strings.LastIndex(b, "="); i >= 0 {
		return strings.TrimSpace(b[i+1:])
	}
	return b
}

// familyFirst turns a Korean name that Arc's author record stores given name first ("상은 권")
// into the order the page prints it (권상은): two Hangul words, the second one syllable.
func familyFirst(name string) string {
	w := strings.Fields(name)
	if len(w) != 2 || utf8.RuneCountInString(w[1]) != 1 || !allScript(w[0]+w[1], unicode.Hangul) {
		return name
	}
	return w[1] + w[0]
}
