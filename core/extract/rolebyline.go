package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// creatorRoles label the people of a role-labelled byline who made the story: its text, its
// interview, its video ("Text: Name, Video: Name"). Lower case.
var creatorRoles = map[string]bool{"text": true, "texte": true, "texto": true, "testo": true, "tekst": true, "текст": true, "words": true,
	"story": true, "interview": true, "recherche": true, "reportage": true, "reporting": true,
	"video": true, "vídeo": true, "vidéo": true, "videos": true, "film": true, "reporter": true, "reporterin": true,
	// The writer's label in the languages of a sweep of bylines: "Автор: …, фото: …",
	// "Penulis: …, Editor: …", "Szerző: … Fotó: …".
	"author": true, "autor": true, "autorin": true, "autora": true, "autorka": true, "auteur": true, "autore": true,
	"автор": true, "penulis": true, "wartawan": true, "teksti": true, "szöveg": true, "szerző": true, "yazan": true,
	"yazar": true, "writer": true,
	// Arabic "كتب"/"كتبت" (wrote) and "بقلم" (by the pen of), Turkish "Haber" and "Muhabir" (news,
	// reporter), Persian "گزارش" and "خبرنگار" (report, reporter) and "نویسنده" (writer), Hebrew
	// "כתב"/"כתבה" (reporter), Thai "เรื่อง" (story) and "ผู้เขียน" (writer), Vietnamese "bài"
	// (article): "كتب: … ، تصوير: …", "Haber: … / Fotoğraf: …".
	"كتب": true, "كتبت": true, "بقلم": true, "haber": true, "muhabir": true, "گزارش": true, "خبرنگار": true, "نویسنده": true,
	"כתב": true, "כתבה": true, "เรื่อง": true, "ผู้เขียน": true, "bài": true}

// creditRoles label the other people such a byline credits: pictures, graphics, editing. They
// are no writers of it.
var creditRoles = map[string]bool{"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "bilder": true,
	"grafik": true, "graphics": true, "illustration": true, "infografik": true, "kamera": true, "schnitt": true, "montage": true,
	"redaktion": true, "edit": true, "editing": true, "produktion": true, "production": true, "ton": true,
	"fotografía": true, "fotografia": true, "photographie": true, "photography": true, "imágenes": true, "images": true,
	// The same roles in the other languages of the sweep, and the editor's label.
	"фото": true, "фотографии": true, "иллюстрация": true, "ілюстрація": true, "редактор": true, "editor": true,
	"editora": true, "redaktur": true, "redaktor": true, "redaktorka": true, "penyunting": true, "kuva": true, "kuvat": true,
	"fotó": true, "fotók": true, "fotoğraf": true, "zdjęcia": true, "zdjęcie": true, "ilustracja": true, "grafika": true,
	"illustrazione": true, "ilustración": true, "ilustração": true, "infografía": true, "traducción": true, "translation": true,
	"übersetzung": true, "перевод": true, "переклад": true,
	"تصوير": true, "ترجمة": true, "عکس": true, "ترجمه": true, "צילום": true, "תרגום": true, "ภาพ": true, "ảnh": true,
	"editör": true}

// roleLabelRe is a word before a colon that opens a part of a byline, at the line's start or
// after a space or a separator: the candidates for a role's label ("Texte :", "/ Fotos:"). A
// label's letters may carry marks (Thai "เรื่อง" spells its vowels and tones so), and an Arabic
// comma may part the roles.
var roleLabelRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[\s,;|/·•.،])([\p{L}\p{M}]+)\s*:`)
})

// roleParenRe is a role in round brackets after a name: "Anna Beispiel (Text)".
var roleParenRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\(\s*(\p{L}+)\s*\)`)
})

// roleJoinRe opens the part after a bracketed role with the word or sign that joins it to the
// one before: "… (Text) und Tom Muster (Fotos)".
var roleJoinRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:[,;&/|]|and|und|et|y|e|i|og|och|en|ve|и)\s*`)
})

// roleLabelledNames reads a byline made of parts that each label one contribution ("Text:
// Olivera Roe, Video: Jan Doe", "Texte : A. Photos : B", "Texto: A / Fotos: B"), or that name
// each person with a role in brackets after the name ("Von A (Text) und B (Fotos)"): the names
// under the creators' labels, in order. The labels are found wherever they stand, so the
// separator between the parts may be a comma, a semicolon, a bar, a slash or a full stop. ok
// is false unless there are two parts or more and every one is such a label and a name: a
// single label is bylineLine's own rule (labelColon), which reads the name after the last
// colon. A hand-written split: the labels are a closed list, the form "label: name" needs no
// grammar.
func roleLabelledNames(s string) (names []string, ok bool) {
	if !strings.Contains(s, ":") {
		return roleBracketedNames(s)
	}
	var labels [][]int // [label start, label end, name start] of each role label
	for _, m := range roleLabelRe().FindAllStringSubmatchIndex(s, 8) {
		if w := strings.ToLower(s[m[2]:m[3]]); creatorRoles[w] || creditRoles[w] {
			labels = append(labels, []int{m[2], m[3], m[1]})
		}
	}
	if len(labels) < 2 || !isBlank(s[:labels[0][0]]) {
		return nil, false
	}
	for i, l := range labels {
		end := len(s)
		if i+1 < len(labels) {
			end = labels[i+1][0]
		}
		name := trimRoleSeparators(s[l[2]:end])
		if name == "" || strings.Contains(name, ":") {
			return nil, false
		}
		if creatorRoles[strings.ToLower(s[l[0]:l[1]])] {
			names = append(names, splitAuthors(name)...)
		}
	}
	if len(names) == 0 {
		return nil, false
	}
	return dedupe(names), true
}

// roleBracketedNames reads "Von Anna Beispiel (Text) und Tom Muster (Fotos)": each name before
// its role in brackets, the creators' kept. ok is false unless two roles or more are bracketed
// and nothing but names and the words joining them stands between them.
func roleBracketedNames(s string) (names []string, ok bool) {
	if !strings.Contains(s, "(") {
		return nil, false
	}
	ms := roleParenRe().FindAllStringSubmatchIndex(s, 8)
	if len(ms) < 2 {
		return nil, false
	}
	start := 0
	for i, m := range ms {
		w := strings.ToLower(s[m[2]:m[3]])
		if !creatorRoles[w] && !creditRoles[w] {
			return nil, false
		}
		part := strings.TrimSpace(s[start:m[0]])
		if i == 0 {
			part = leadingByRe.ReplaceAllString(part, "")
		} else {
			part = roleJoinRe().ReplaceAllString(part, "")
		}
		part = trimRoleSeparators(part)
		if part == "" || strings.ContainsAny(part, "():") {
			return nil, false
		}
		if creatorRoles[w] {
			names = append(names, splitAuthors(part)...)
		}
		start = m[1]
	}
	if trimRoleSeparators(s[start:]) != "" || len(names) == 0 {
		return nil, false
	}
	return dedupe(names), true
}

// trimRoleSeparators trims the spaces and separators around a name between two role labels,
// and a full stop that ends a sentence after it ("Texte : Jeanne Roe. Photos : …"); the stop of
// an initial ("Jane R.") stays.
func trimRoleSeparators(name string) string {
	name = strings.Trim(name, " \t\n\u00a0,;|/·•–-")
	if strings.HasSuffix(name, ".") {
		if r, _ := utf8.DecodeLastRuneInString(name[:len(name)-1]); !unicode.IsUpper(r) {
			name = strings.TrimRight(name[:len(name)-1], " ")
		}
	}
	return name
}
