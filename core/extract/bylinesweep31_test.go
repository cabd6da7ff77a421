package extract

import (
	"slices"
	"strings"
	"testing"
)

// checkAuthorsFold is checkAuthors as the evaluation compares: the same names as a set,
// whatever their letters' case ("JAMES KUNDA" printed is "James Kunda" labelled).
func checkAuthorsFold(t *testing.T, name string, got, want []string) {
	t.Helper()
	fold := func(l []string) []string {
		out := make([]string, 0, len(l))
		for _, n := range l {
			out = append(out, strings.ToLower(normSpace(n)))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	if !slices.Equal(fold(got), fold(want)) {
		t.Errorf("%s: authors = %q, want %q", name, got, want)
	}
}

// bylineSweep31 are the forms the byline elements of pages never seen print where the
// thirtieth round's unseen pages lost their writers: a dateline's place or a desk where a
// name goes, an agency credited beside or instead of a person, the translator and the
// photographer credited beside the writer, a byline in capitals or in lower case, and
// double surnames joined by a hyphen or a space.
var bylineSweep31 = []struct {
	lang, byline string
	want         []string
}{
	// A desk or a post with the dateline's place: no writer.
	{"en", "By Staff Writer, New Delhi", nil},
	{"en", "Staff Writer, New Delhi", nil},
	{"en", "Express News Service", nil},
	{"en", "By Express News Service", nil},
	{"en", "Express News Service, New Delhi", nil},
	{"en", "Staff Reporter, Chennai", nil},
	{"en", "By Our Correspondent, Lagos", nil},
	{"en", "PTI, New Delhi", nil},
	{"en", "By Express News Service and Jane Roe", []string{"Jane Roe"}},
	{"en", "By TNN", nil},
	{"en", "HT Correspondent, Lucknow", nil},
	{"en", "Special Correspondent", nil},
	{"en", "By Special Correspondent, Thiruvananthapuram", nil},
	{"en", "Web Desk", nil},
	{"en", "Online Desk, Dhaka", nil},
	{"en", "Staff Reporter | New Delhi", nil},
	{"en", "News Desk | Updated: March 3, 2024 10:00 IST", nil},
	// A writer and the dateline's place. Left: "Our Bureau, Mumbai" ("Bureau" is a surname too); "Jane Roe, New Delhi", "By Jane Roe | New
	// Delhi", "Jane Roe / New Delhi" over a story with no dateline (a two-word town and a name
	// are told apart by a list of towns only), "Jane Roe @ New Delhi".
	{"en", "Written by Jane Roe | New Delhi | Updated: March 3, 2024 10:00 IST", []string{"Jane Roe"}},
	{"en", "By Jane Roe in New Delhi", []string{"Jane Roe"}},
	{"en", "Jane Roe, Express News Service", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Express News Service, New Delhi", []string{"Jane Roe"}},
	// An agency credited alone or beside a writer.
	{"en", "By Agence France-Presse", nil},
	{"en", "Agence France-Presse", nil},
	{"en", "The Canadian Press", nil},
	{"en", "By The Canadian Press", nil},
	{"en", "By Jane Roe, The Canadian Press", []string{"Jane Roe"}},
	{"en", "Jane Roe, The Associated Press", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Agence France-Presse", []string{"Jane Roe"}},
	{"en", "Jane Roe | Agence France-Presse", []string{"Jane Roe"}},
	{"en", "By Jane Roe with files from The Canadian Press", []string{"Jane Roe"}},
	{"en", "By Jane Roe, with files from Reuters", []string{"Jane Roe"}},
	{"en", "Associated Press", nil},
	{"en", "From Reuters", nil},
	{"pt", "Estadão Conteúdo", nil},
	{"pt", "Por Estadão Conteúdo", nil},
	{"pt", "Maria Silva / Estadão Conteúdo", []string{"Maria Silva"}},
	{"pt", "Maria Silva, Estadão Conteúdo", []string{"Maria Silva"}},
	{"pt", "Maria Silva - Estadão Conteúdo", []string{"Maria Silva"}},
	{"pt", "Por Maria Silva, do Estadão Conteúdo", []string{"Maria Silva"}},
	{"pt", "Folhapress", nil},
	{"pt", "Maria Silva/Folhapress", []string{"Maria Silva"}},
	{"pt", "Agência Estado", nil},
	{"pt", "Da Redação", nil},
	{"pt", "Redação, com agências", nil},
	{"pt", "Por Maria Silva, g1 SP", []string{"Maria Silva"}},
	{"pt", "Por Maria Silva, g1 — São Paulo", []string{"Maria Silva"}},
	{"es", "Agencia EFE", nil},
	{"es", "Por Juan Pérez, con información de Europa Press", []string{"Juan Pérez"}},
	{"es", "Juan Pérez | EFE", []string{"Juan Pérez"}},
	{"fr", "Par Jean Dupont (avec AFP)", []string{"Jean Dupont"}},
	{"fr", "Jean Dupont avec Marie Martin", []string{"Jean Dupont", "Marie Martin"}},
	{"fr", "Par Jean Dupont avec Marie Martin", []string{"Jean Dupont", "Marie Martin"}},
	{"fr", "Jean Dupont avec Agence France-Presse", []string{"Jean Dupont"}},
	{"es", "Juan Pérez con Ana García", []string{"Juan Pérez", "Ana García"}},
	{"pt", "Maria Silva com João Souza", []string{"Maria Silva", "João Souza"}},
	{"pt", "Maria Silva com Estadão Conteúdo", []string{"Maria Silva"}},
	{"fr", "Par Le Figaro avec AFP", nil},
	{"de", "Anna Weber, dpa", []string{"Anna Weber"}},
	// A translator or a photographer credited beside the writer.
	{"en", "By Jane Roe; translated by John Doe", []string{"Jane Roe"}},
	{"en", "By Jane Roe. Translated by John Doe", []string{"Jane Roe"}},
	{"en", "Words by Jane Roe, photos by John Doe", []string{"Jane Roe"}},
	{"en", "Story: Jane Roe. Photos: John Doe.", []string{"Jane Roe"}},
	{"en", "Jane Roe (text), John Doe (photos)", []string{"Jane Roe"}},
	{"en", "By Jane Roe | Photography by John Doe", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Translated by John Doe", []string{"Jane Roe"}},
	{"es", "Por Juan Pérez. Traducción: Ana García", []string{"Juan Pérez"}},
	{"es", "Texto: Juan Pérez | Fotos: Ana García", []string{"Juan Pérez"}},
	{"es", "Por Juan Pérez; fotografías de Ana García", []string{"Juan Pérez"}},
	{"pt", "Texto: Maria Silva | Fotos: João Souza", []string{"Maria Silva"}},
	{"pt", "Por Maria Silva; tradução de João Souza", []string{"Maria Silva"}},
	{"fr", "Par Jean Dupont, traduit par Marie Martin", []string{"Jean Dupont"}},
	{"fr", "Texte : Jean Dupont. Photos : Marie Martin", []string{"Jean Dupont"}},
	{"de", "Text: Anna Weber, Übersetzung: Max Müller", []string{"Anna Weber"}},
	{"de", "Von Anna Weber (Text) und Max Müller (Fotos)", []string{"Anna Weber"}},
	{"it", "di Mario Rossi, traduzione di Anna Bianchi", []string{"Mario Rossi"}},
	{"zh", "文/王小明 图/李大同", []string{"王小明"}},
	{"zh", "文/王小明 摄影/李大同", []string{"王小明"}},
	{"zt", "記者王小明／攝影李大同", []string{"王小明"}},
	{"zt", "記者王小明／攝影", nil},
	{"zt", "文／王小明　攝影／李大同", []string{"王小明"}},
	{"ja", "文：山田太郎　写真：鈴木一郎", []string{"山田太郎"}},
	{"ja", "文・山田太郎／写真・鈴木一郎", []string{"山田太郎"}},
	{"ko", "홍길동 기자 / 사진 김철수 기자", []string{"홍길동"}},
	{"ko", "글 홍길동 사진 김철수", []string{"홍길동"}},
	{"ko", "글·사진 홍길동 기자", []string{"홍길동"}},
	// A Chinese columnist's post, then the name and a note in brackets.
	{"zt", "大華銀行首席經濟師 王小明（以上僅代表作者個人意見）", []string{"王小明"}},
	{"zt", "大華證券市場策略師 王小明", []string{"王小明"}},
	{"zh", "某某大学经济学院教授 王小明", []string{"王小明"}},
	// A byline in capitals.
	{"en", "By JAMES KUNDA -", []string{"James Kunda"}},
	{"en", "By JAMES KUNDA –", []string{"James Kunda"}},
	{"en", "BY JAMES KUNDA", []string{"James Kunda"}},
	{"en", "By JAMES KUNDA - LUSAKA", []string{"James Kunda"}},
	{"en", "JAMES KUNDA, Lusaka", []string{"James Kunda"}},
	{"en", "By JAMES KUNDA, Lusaka", []string{"James Kunda"}},
	{"en", "By JAMES KUNDA and MARY BANDA", []string{"James Kunda", "Mary Banda"}},
	{"en", "BY JANE ROE, STAFF WRITER", []string{"Jane Roe"}},
	{"es", "POR JUAN PÉREZ", []string{"Juan Pérez"}},
	{"pt", "POR MARIA SILVA", []string{"Maria Silva"}},
	{"fr", "PAR JEAN DUPONT", []string{"Jean Dupont"}},
	// A byline in lower case.
	{"en", "by jane roe", []string{"jane roe"}},
	{"en", "by jane roe and john doe", []string{"jane roe", "john doe"}},
	{"en", "By jane roe", []string{"jane roe"}},
	{"es", "por juan pérez", []string{"juan pérez"}},
	{"pt", "por maria silva", []string{"maria silva"}},
	// Double surnames, joined by a hyphen or a space, and particles.
	{"es", "Por María José García-López", []string{"María José García-López"}},
	{"es", "Por Juan Carlos Pérez Rodríguez", []string{"Juan Carlos Pérez Rodríguez"}},
	{"es", "Por Ana de la Fuente y Juan Pérez Gómez", []string{"Ana de la Fuente", "Juan Pérez Gómez"}},
	{"es", "Por José Luis Rodríguez Zapatero, corresponsal", []string{"José Luis Rodríguez Zapatero"}},
	{"es", "Juan Pérez Gómez | Madrid", []string{"Juan Pérez Gómez"}},
	{"es", "María del Carmen Ruiz de Alarcón", []string{"María del Carmen Ruiz de Alarcón"}},
	{"pt", "Por João da Silva Santos", []string{"João da Silva Santos"}},
	{"pt", "Por Ana Paula dos Santos e João Pedro de Souza", []string{"Ana Paula dos Santos", "João Pedro de Souza"}},
	{"pt", "Por João da Silva Santos, de Brasília", []string{"João da Silva Santos"}},
	{"en", "By Mary Smith-Jones", []string{"Mary Smith-Jones"}},
	{"en", "By Jean-Luc Picard-Dupont and Mary Smith-Jones", []string{"Jean-Luc Picard-Dupont", "Mary Smith-Jones"}},
	{"fr", "Par Jean-Luc Picard-Dupont", []string{"Jean-Luc Picard-Dupont"}},
	{"de", "Von Anna Weber-Schmidt", []string{"Anna Weber-Schmidt"}},
}

// TestAuthorsBylineSweep31 reads each byline of bylineSweep31 in a byline element.
func TestAuthorsBylineSweep31(t *testing.T) {
	for _, c := range bylineSweep31 {
		got := sweepPage(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthorsFold(t, c.lang+" "+c.byline, got, c.want)
	}
}

// closingSweep31 are the writer's signed lines under a story that credits no one above it, as
// the languages print them: Chinese "記者XXX報道" and "(文/XXX)", Korean "XXX 기자", Japanese
// "（XXX）", Spanish and Portuguese "Por XXX", "XXX / Estadão Conteúdo", and agency or desk
// lines that sign no person.
var closingSweep31 = []struct {
	lang, tail string
	want       []string
}{
	{"zt", `<p>記者王小明報道</p>`, []string{"王小明"}},
	{"zt", `<p>（記者王小明報道）</p>`, []string{"王小明"}},
	{"zt", `<p>記者 王小明 報道</p>`, []string{"王小明"}},
	{"zt", `<p>記者王小明、李大同報道</p>`, []string{"王小明", "李大同"}},
	{"zt", `<p>（文／王小明）</p>`, []string{"王小明"}},
	{"zh", `<p>(文/王小明)</p>`, []string{"王小明"}},
	{"zh", `<p>（记者 王小明）</p>`, []string{"王小明"}},
	{"zh", `<p>记者王小明报道</p>`, []string{"王小明"}},
	{"zh", `<p>（本报记者 王小明 李大同）</p>`, []string{"王小明", "李大同"}},
	{"ko", `<p>홍길동 기자</p>`, []string{"홍길동"}},
	{"ko", `<p>홍길동 기자 hong@example.co.kr</p>`, []string{"홍길동"}},
	{"ko", `<p>/홍길동 기자</p>`, []string{"홍길동"}},
	{"ko", `<p>서울=홍길동 기자</p>`, []string{"홍길동"}},
	{"ja", `<p>（山田太郎）</p>`, []string{"山田太郎"}},
	// Left: a name spaced in brackets, "（山田 太郎）" (the labels write Japanese names unspaced).
	{"ja", `<p>（ニューヨーク＝山田太郎）</p>`, []string{"山田太郎"}},
	{"es", `<p>Por Juan Pérez</p>`, []string{"Juan Pérez"}},
	{"es", `<p>Por Juan Pérez Gómez</p>`, []string{"Juan Pérez Gómez"}},
	{"es", `<p>Juan Pérez / EFE</p>`, []string{"Juan Pérez"}},
	{"pt", `<p>Por Maria Silva</p>`, []string{"Maria Silva"}},
	{"pt", `<p>Maria Silva / Estadão Conteúdo</p>`, []string{"Maria Silva"}},
	{"pt", `<p>Maria Silva, Estadão Conteúdo</p>`, []string{"Maria Silva"}},
	{"pt", `<p>Estadão Conteúdo</p>`, nil},
	{"pt", `<p>Com informações da Agência Brasil</p>`, nil},
	{"en", `<p>— Agence France-Presse</p>`, nil},
	{"en", `<p>With files from The Canadian Press</p>`, nil},
	{"en", `<p>— With files from The Canadian Press</p>`, nil},
	{"en", `<p>Express News Service</p>`, nil},
}

// TestAuthorsClosingSweep31 reads each closing line of closingSweep31 under a story.
func TestAuthorsClosingSweep31(t *testing.T) {
	for _, c := range closingSweep31 {
		got := sweepPageAt(t, "https://news.example.com/2024/05/story", c.lang, "", "", c.tail)
		checkAuthorsFold(t, c.lang+" "+c.tail, got, c.want)
	}
}

// datelineSweep31 are a byline and a story that opens with its dateline ("NEW DELHI:", "New
// Delhi, March 3 (PTI)"): the place the dateline prints is no writer, wherever else the page
// repeats it.
var datelineSweep31 = []struct {
	name, byline, opening string
	want                  []string
}{
	{"place only, dateline caps", `<div class="byline">New Delhi</div>`, "NEW DELHI: ", nil},
	{"desk and place, dateline caps", `<div class="byline">Express News Service<br>New Delhi</div>`, "NEW DELHI: ", nil},
	{"writer and place, dateline caps", `<div class="byline">Jane Roe, New Delhi</div>`, "NEW DELHI: ", []string{"Jane Roe"}},
	{"writer then place line", `<div class="byline">Jane Roe<br>New Delhi</div>`, "NEW DELHI: ", []string{"Jane Roe"}},
	{"writer and place in spans", `<div class="byline"><span>Written by Jane Roe</span> <span>New Delhi</span></div>`, "New Delhi, March 3: ", []string{"Jane Roe"}},
	{"desk and place, dateline", `<div class="byline">By Staff Writer, New Delhi</div>`, "New Delhi, March 3 (PTI) ", nil},
	{"two words place, writer", `<div class="byline">By Jane Roe, Navi Mumbai</div>`, "NAVI MUMBAI: ", []string{"Jane Roe"}},
	{"place then writer", `<div class="byline">New Delhi | Jane Roe</div>`, "NEW DELHI: ", []string{"Jane Roe"}},
	{"writer and place, dash dateline", `<div class="byline">By Jane Roe, Lusaka</div>`, "LUSAKA - ", []string{"Jane Roe"}},
	{"writer and place, comma dateline", `<div class="byline">By Jane Roe, Kuala Lumpur</div>`, "KUALA LUMPUR, March 3 — ", []string{"Jane Roe"}},
	{"no byline, dateline caps", ``, "NEW DELHI: ", nil},
	{"no byline, desk line", `<p>Express News Service</p>`, "NEW DELHI: ", nil},
	{"labelled desk, town and date below", `<div class="byline">By: <a href="/agency/express-news-service/">Express News Service</a><br>New Delhi | March 22, 2023 10:50 IST</div>`, "", nil},
	{"labelled agency, town and date below", `<div class="byline">By: <a href="/agency/pti/">PTI</a><br>New Delhi | March 22, 2023 10:50 IST</div>`, "", nil},
	{"labelled writer, town and date below", `<div class="byline">By: <a href="/profile/author/jane-roe/">Jane Roe</a><br>New Delhi | March 22, 2023 10:50 IST</div>`, "", []string{"Jane Roe"}},
}

// TestAuthorsDatelineSweep31 reads each byline of datelineSweep31 over a story opening with
// its dateline.
func TestAuthorsDatelineSweep31(t *testing.T) {
	for _, c := range datelineSweep31 {
		got := sweepPage(t, "en", "", c.byline+`<p>`+c.opening+sweepBodies["en"]+`</p>`)
		checkAuthorsFold(t, c.name, got, c.want)
	}
}

// metaSweep31 are the wire agencies and desks of bylineSweep31 where the metadata credits them:
// a JSON-LD Person, an author meta, beside a writer's byline.
var metaSweep31 = []struct {
	name, lang, head, byline string
	want                     []string
}{
	{"ld Person Estadão Conteúdo", "pt", ldAuthor(`{"@type":"Person","name":"Estadão Conteúdo"}`), ``, nil},
	{"ld Person Folhapress", "pt", ldAuthor(`{"@type":"Person","name":"Folhapress"}`), ``, nil},
	{"ld Person Express News Service", "en", ldAuthor(`{"@type":"Person","name":"Express News Service","url":"https://news.example.com/agency/express-news-service/"}`), ``, nil},
	{"ld Person Agence France-Presse", "en", ldAuthor(`{"@type":"Person","name":"Agence France-Presse"}`), ``, nil},
	{"meta Estadão Conteúdo", "pt", `<meta name="author" content="Estadão Conteúdo">`, ``, nil},
	{"ld Person, two writers with avec", "fr", ldAuthor(`{"@type":"Person","name":"Jean Dupont avec Marie Martin"}`), ``, []string{"Jean Dupont", "Marie Martin"}},
	{"ld writer and agency", "pt", ldAuthor(`[{"@type":"Person","name":"Maria Silva"},{"@type":"Person","name":"Estadão Conteúdo"}]`), ``, []string{"Maria Silva"}},
	{"byline writer, files line under", "en", ``, `<div class="byline">By Jane Roe</div>`, []string{"Jane Roe"}},
	{"agency byline, files line", "en", ``, `<div class="byline">The Canadian Press</div>`, nil},
}

// TestAuthorsMetaSweep31 reads each credit of metaSweep31, the story closing with "With files
// from The Canadian Press".
func TestAuthorsMetaSweep31(t *testing.T) {
	for _, c := range metaSweep31 {
		got := sweepPageAt(t, "https://news.example.com/2024/05/story", c.lang, c.head, c.byline, `<p>With files from The Canadian Press</p>`)
		checkAuthorsFold(t, c.name, got, c.want)
	}
}
