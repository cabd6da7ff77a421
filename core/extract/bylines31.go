package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline forms the thirty-first round's sweep found failing on pages never seen: a
// dateline's place read as a writer (in capitals in the story, after a desk on a line of its
// own, run onto the name), a wire agency credited beside or instead of a person, a byline in
// capitals beside the town in mixed case.

// foldPrefix returns what s holds after prefix when s opens with prefix in any letters' case
// ("NEW DELHI: …" opens with "New Delhi"), rune by rune: the lengths in bytes of a letter's
// cases may differ.
func foldPrefix(s, prefix string) (string, bool) {
	for _, p := range prefix {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || r != p && unicode.ToLower(r) != unicode.ToLower(p) {
			return "", false
		}
		s = s[n:]
	}
	return s, true
}

// capitalDateline reports a credit that the story opens with in capitals as its dateline ("NEW
// DELHI: …", "LUSAKA - …", "KUALA LUMPUR, March 3 —") while the byline prints it otherwise: the
// town the story was filed from, which a template prints in the writer's slot ("Express News
// Service\nNew Delhi", "New Delhi | Jane Roe"). A writer's name is not printed so; a credit in
// capitals itself ("JANE ROE") is left, as an interview's "JANE ROE: …" opens with one.
func capitalDateline(body, name string) bool {
	if isUpperWords(name) || len(strings.Fields(name)) > 3 {
		return false
	}
	start := strings.TrimLeft(body, " \n\u00a0\u3000")
	rest, ok := foldPrefix(start, name)
	if !ok || !isUpperWords(start[:len(start)-len(rest)]) {
		return false
	}
	return datelineMark(rest)
}

// datelineMark reports what follows a dateline's place: a comma, a colon, a dash, a bracket or
// the Devanagari full stop, after spaces.
func datelineMark(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",:-–—(।", r)
}

// withoutDatelineTail returns a credit of three words or more without its last one to three
// words when the story's dateline prints them (datelinePlace, in any case): "Jane Roe New
// Delhi" where the byline's spans ran the writer and the town together and the story opens
// "New Delhi, March 3:" or "NEW DELHI:". Two words at least stay.
func withoutDatelineTail(body, name string) string {
	words := strings.Fields(name)
	for k := 1; k <= 3 && len(words)-k >= 2; k++ {
		if datelinePlace(body, strings.Join(words[len(words)-k:], " ")) {
			return strings.Join(words[:len(words)-k], " ")
		}
	}
	return name
}

// labelledDeskLine reports a byline line that is a by-label and a desk or an agency alone
// ("By: Express News Service", "By PTI"): the template's writer slot holds no person, and the
// lines after it in the same element are the town and the date ("New Delhi | March 22, 2023").
func labelledDeskLine(line string) bool {
	rest := leadingByRe.ReplaceAllString(line, "")
	if rest == line || rest == "" || len(strings.Fields(rest)) > 5 {
		return false
	}
	rest = strings.Trim(rest, " .,:|-–—")
	if !isOrgCredit(rest) && !agencies[strings.ToLower(rest)] && !wireTails[strings.ToLower(rest)] {
		return false
	}
	// "By Jane Roe, Fresno Daily Times", "Article by: JOHN DOE ASSOCIATED PRESS": a person
	// with the paper or the wire is a writer's credit.
	return len(splitAuthors(rest)) == 0
}

// capitalsBesideTown reports the names of a byline that print a full name in capitals (capsFull)
// and then one word in mixed case ("JAMES KUNDA, Lusaka"): the case sets the word apart from the
// name, as a lone capitalised word beside a mixed-case full name is a town.
func capitalsBesideTown(capsFull bool, raw string) bool {
	return capsFull && len(strings.Fields(raw)) == 1 && !isUpperWords(raw)
}

// townAfterDesk reports the last part of a byline (its index i in parts, raw its text) that
// follows a desk or an agency which names no one (rejected marks such parts by index) after a
// comma or a bar (seps, the separators between parts): one to
// three capitalised words, the town the desk files from ("Express News Service, New Delhi",
// "PTI, New Delhi"). A writer is credited before the agency, not after it.
func townAfterDesk(i int, raw string, parts, seps []string, rejected []bool) bool {
	words := strings.Fields(raw)
	if i == 0 || i != len(parts)-1 || i > len(seps) || !rejected[i-1] || len(words) > 3 || !placeWords(words) {
		return false
	}
	if sep := strings.TrimSpace(seps[i-1]); sep != "," && sep != "|" {
		return false // "By NBC News' Akbar Shinwari and Amna Nawaz": "and" joins a writer
	}
	// The desk is a news agency or a desk of two words or more ("Express News Service", "Staff
	// Reporter"); a domain ("e-go.gr, Pegasus Interactive", a developer's credit) or a lone
	// acronym of an outlet may stand before anyone.
	prev := strings.Trim(normSpace(parts[i-1]), " .-–—:()[]")
	if l := strings.ToLower(prev); agencies[l] || wireTails[l] {
		return true
	}
	return len(strings.Fields(prev)) >= 2 && isOrganisation(prev) && !domainRe.MatchString(prev)
}

// closingPorRe is a Spanish or Portuguese story's closing line that signs it: "Por Juan Pérez",
// "Por Ana de la Fuente y Juan Pérez Gómez" (group 1), or the writer and the agency whose copy
// it is, "Maria Silva / Estadão Conteúdo", "Juan Pérez, EFE" (groups 2 and 3). Compiled on
// first use.
var closingPorRe = sync.OnceValue(func() *regexp.Regexp {
	const name = `\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|del|da|do|dos|das|la|las|los|y|e)\s+)*\p{Lu}[\p{L}'’.-]+){1,4}`
	return regexp.MustCompile(`^(?:(?:Por|POR)\s+(` + name + `(?:\s*,\s*` + name + `)*)|(` + name + `)\s*(?:/|,|\||–|—|-)\s*(\p{L}[\p{L} .-]{1,30}))\.?$`)
})

// closingPor returns the writers a closingPorRe line names as one of the last two paragraphs of
// the given texts, after a paragraph of story, or nil; the agency beside a name must be one
// (agencies, wireTails).
func closingPor(texts ...string) []string {
	for _, t := range texts {
		paras := strings.Split(strings.TrimSpace(t), "\n\n")
		for i := len(paras) - 1; i >= 1 && i >= len(paras)-2; i-- {
			p := normSpace(paras[i])
			if len(p) > 120 || utf8.RuneCountInString(normSpace(paras[i-1])) < 80 {
				continue
			}
			m := closingPorRe().FindStringSubmatch(p)
			switch {
			case m == nil:
			case m[1] != "":
				return splitAuthors(m[1])
			case agencies[strings.ToLower(strings.TrimSpace(m[3]))] || wireTails[strings.ToLower(strings.TrimSpace(m[3]))]:
				return splitAuthors(m[2])
			}
		}
	}
	return nil
}

// maxRoleClauses bounds the sentence breaks withoutRoleClause tries in one byline.
const maxRoleClauses = 8

// withoutRoleClause cuts from a byline the sentence or clause after the writer's that credits a
// role writing none of the story ("Por Juan Pérez. Traducción: Ana García", "By Jane Roe;
// translated by John Doe"): its label's colon is no writer's, which the label rule would read
// as naming the translator alone. s is returned as it is when no such clause follows.
func withoutRoleClause(s string) string {
	from := 0
	for k := 0; k < maxRoleClauses; k++ {
		i := strings.IndexAny(s[from:], ".;")
		if i < 0 {
			return s
		}
		at := from + i
		from = at + 1
		if at == 0 || from >= len(s) || s[from] != ' ' {
			continue
		}
		if nonWriterCredit(s[from:]) {
			return strings.TrimSpace(s[:at])
		}
	}
	return s
}

// particleWords counts the lower-case particles (nameParticles) among a name's inner words: "del"
// and "de" of "María del Carmen Ruiz de Alarcón".
func particleWords(words []string) int {
	n := 0
	for i, w := range words {
		if i > 0 && i < len(words)-1 && nameParticles[w] {
			n++
		}
	}
	return n
}

// zhPostEnds end a writer's post printed before the name in a Chinese columnist's credit: a
// strategist, analyst or economist (師/师, 家), a professor, a chair, a director, a researcher.
var zhPostEnds = []string{"師", "师", "家", "教授", "主席", "總監", "总监", "總裁", "总裁", "董事", "經理", "经理", "研究員", "研究员",
	"主任", "主管", "院長", "院长", "顧問", "顾问", "總編輯", "总编辑", "社長", "社长"}

// zhPostName reads a Chinese columnist's credit in a byline element: the post, a space, the name
// and perhaps a note in brackets ("盛寶金融大中華區市場策略師 黃永輝（上述僅為市場資訊提供…）",
// a Hong Kong paper's column signed under it). The post is one run of Han characters of three or
// more ending in a post's word; the name opens with a family name. Returns nil otherwise.
func zhPostName(s string) []string {
	post, rest := hanRun(s)
	if utf8.RuneCountInString(post) < 3 || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\u3000") {
		return nil
	}
	if !slices.ContainsFunc(zhPostEnds, func(e string) bool { return strings.HasSuffix(post, e) }) {
		return nil
	}
	names, after := readZhNames(strings.TrimLeft(rest, " \u3000"), true)
	if len(names) != 1 {
		return nil
	}
	if after = strings.TrimSpace(after); after != "" && !strings.HasPrefix(after, "（") && !strings.HasPrefix(after, "(") {
		return nil
	}
	return names
}

// coWriterRe is two full names joined by French "avec", Spanish "con" or Portuguese "com" ("Agathe
// Lambret avec Hugues Garnier"): a byline crediting a writer and the colleague who reported with
// her. Compiled on first use.
var coWriterRe = sync.OnceValue(func() *regexp.Regexp {
	const name = `\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`
	return regexp.MustCompile(`^(` + name + `)\s+(?:avec|con|com)\s+(` + name + `)$`)
})

// coWriterWith returns "A, B" for a coWriterRe credit whose second name is no agency, desk or
// outlet ("… avec Agence France-Presse" is the wire's, which withoutAgencyTail cuts), else s.
func coWriterWith(s string) string {
	if !strings.Contains(s, " avec ") && !strings.Contains(s, " con ") && !strings.Contains(s, " com ") {
		return s
	}
	m := coWriterRe().FindStringSubmatch(s)
	if m == nil || isOrgCredit(m[1]) || isOrgCredit(m[2]) || wireTails[strings.ToLower(m[2])] {
		return s
	}
	return m[1] + ", " + m[2]
}
