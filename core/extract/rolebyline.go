package extract

import "strings"

// creatorRoles label the people of a role-labelled byline who made the story: its text, its
// interview, its video ("Text: Name, Video: Name"). Lower case.
var creatorRoles = map[string]bool{"text": true, "texte": true, "texto": true, "testo": true, "tekst": true, "текст": true, "words": true,
	"story": true, "interview": true, "recherche": true, "reportage": true, "reporting": true,
	"video": true, "vídeo": true, "vidéo": true, "videos": true, "film": true, "reporter": true, "reporterin": true}

// creditRoles label the other people such a byline credits: pictures, graphics, editing. They
// are no writers of it.
var creditRoles = map[string]bool{"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "bilder": true,
	"grafik": true, "graphics": true, "illustration": true, "infografik": true, "kamera": true, "schnitt": true, "montage": true,
	"redaktion": true, "edit": true, "editing": true, "produktion": true, "production": true, "ton": true}

// roleLabelledNames reads a byline made of parts that each label one contribution ("Text:
// Olivera Roe, Video: Jan Doe", "Texte : A ; Photos : B"), parted by commas, semicolons or bars:
// the names under the creators' labels, in order. ok is false unless there are two parts or
// more and every one is such a label and a name: a single label is bylineLine's own rule
// (labelColon), which reads the name after the last colon. A hand-written split: the labels are
// a closed list, the form "label: name" needs no grammar.
func roleLabelledNames(s string) (names []string, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' })
	if len(parts) < 2 {
		return nil, false
	}
	for _, part := range parts {
		label, name, found := strings.Cut(part, ":")
		label = strings.ToLower(strings.TrimSpace(label))
		name = strings.TrimSpace(name)
		if !found || name == "" || !creatorRoles[label] && !creditRoles[label] {
			return nil, false
		}
		if creatorRoles[label] {
			names = append(names, splitAuthors(name)...)
		}
	}
	if len(names) == 0 {
		return nil, false
	}
	return dedupe(names), true
}
