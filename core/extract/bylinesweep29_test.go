package extract

import (
	"strings"
	"testing"
)

// sweepBodies are a few sentences of story in each language the sweep's bylines are printed
// in, so that a page reads as the language its byline is written in.
var sweepBodies = map[string]string{
	"en": "The city council met on Monday to discuss the new budget and approved it after a long debate with a large majority, the spokeswoman said. ",
	"de": "Der Gemeinderat hat am Montag über den neuen Haushalt beraten und ihn nach langer Debatte mit großer Mehrheit beschlossen, wie die Sprecherin sagte. ",
	"fr": "Le conseil municipal s'est réuni lundi pour discuter du nouveau budget et l'a approuvé après un long débat à une large majorité, a indiqué la porte-parole. ",
	"es": "El ayuntamiento se reunió el lunes para debatir el nuevo presupuesto y lo aprobó tras un largo debate por una amplia mayoría, según dijo la portavoz. ",
	"pt": "A câmara municipal reuniu-se na segunda-feira para discutir o novo orçamento e aprovou-o depois de um longo debate por larga maioria, disse a porta-voz. ",
	"it": "Il consiglio comunale si è riunito lunedì per discutere il nuovo bilancio e lo ha approvato dopo un lungo dibattito con un'ampia maggioranza, ha detto la portavoce. ",
	"nl": "De gemeenteraad kwam maandag bijeen om de nieuwe begroting te bespreken en keurde die na een lang debat met een grote meerderheid goed, zei de woordvoerster. ",
	"sv": "Kommunfullmäktige sammanträdde på måndagen för att diskutera den nya budgeten och godkände den efter en lång debatt med stor majoritet, sade talespersonen. ",
	"da": "Byrådet mødtes mandag for at drøfte det nye budget og godkendte det efter en lang debat med et stort flertal, sagde talskvinden. ",
	"no": "Bystyret møttes mandag for å diskutere det nye budsjettet og vedtok det etter en lang debatt med stort flertall, sa talspersonen. ",
	"fi": "Kaupunginvaltuusto kokoontui maanantaina keskustelemaan uudesta talousarviosta ja hyväksyi sen pitkän keskustelun jälkeen suurella enemmistöllä, tiedottaja kertoi. ",
	"pl": "Rada miejska zebrała się w poniedziałek, aby omówić nowy budżet, i po długiej debacie przyjęła go dużą większością głosów, powiedziała rzeczniczka. ",
	"cs": "Zastupitelstvo se v pondělí sešlo, aby projednalo nový rozpočet, a po dlouhé debatě jej velkou většinou schválilo, uvedla mluvčí. ",
	"sk": "Mestské zastupiteľstvo sa v pondelok zišlo, aby prerokovalo nový rozpočet, a po dlhej debate ho veľkou väčšinou schválilo, uviedla hovorkyňa. ",
	"hu": "A városi közgyűlés hétfőn ülésezett, hogy megvitassa az új költségvetést, és hosszú vita után nagy többséggel elfogadta, mondta a szóvivő. ",
	"ro": "Consiliul local s-a întrunit luni pentru a discuta noul buget și l-a aprobat după o dezbatere lungă cu o majoritate largă, a spus purtătoarea de cuvânt. ",
	"hr": "Gradsko vijeće sastalo se u ponedjeljak kako bi raspravilo novi proračun i nakon duge rasprave ga je izglasalo velikom većinom, rekla je glasnogovornica. ",
	"sl": "Mestni svet se je v ponedeljek sestal, da bi obravnaval novi proračun, in ga po dolgi razpravi sprejel z veliko večino, je povedala tiskovna predstavnica. ",
	"ru": "Городской совет собрался в понедельник, чтобы обсудить новый бюджет, и после долгих дебатов утвердил его большинством голосов, сообщила пресс-секретарь. ",
	"uk": "Міська рада зібралася в понеділок, щоб обговорити новий бюджет, і після тривалих дебатів ухвалила його більшістю голосів, повідомила речниця. ",
	"tr": "Belediye meclisi pazartesi günü yeni bütçeyi görüşmek için toplandı ve uzun bir tartışmanın ardından büyük bir çoğunlukla onayladı, dedi sözcü. ",
	"id": "Dewan kota bertemu pada hari Senin untuk membahas anggaran baru dan menyetujuinya setelah perdebatan panjang dengan suara mayoritas, kata juru bicara itu. ",
	"el": "Το δημοτικό συμβούλιο συνεδρίασε τη Δευτέρα για να συζητήσει τον νέο προϋπολογισμό και τον ενέκρινε μετά από μακρά συζήτηση με μεγάλη πλειοψηφία, δήλωσε η εκπρόσωπος. ",
	"ko": "시의회는 월요일 새 예산안을 논의하기 위해 회의를 열었고 긴 토론 끝에 압도적인 다수로 이를 승인했다고 대변인이 밝혔다. ",
	"ja": "市議会は月曜日、新しい予算案を審議するために開かれ、長い議論の末に賛成多数で可決したと広報担当者が明らかにした。",
	"zh": "市议会周一召开会议讨论新的预算案，经过长时间辩论后以压倒性多数通过，发言人表示。",
	"ar": "اجتمع مجلس المدينة يوم الاثنين لمناقشة الميزانية الجديدة ووافق عليها بعد نقاش طويل بأغلبية كبيرة، حسبما قالت المتحدثة. ",
	"he": "מועצת העיר התכנסה ביום שני כדי לדון בתקציב החדש ואישרה אותו לאחר דיון ארוך ברוב גדול, אמרה הדוברת. ",
	"hi": "नगर परिषद ने सोमवार को नए बजट पर चर्चा करने के लिए बैठक की और लंबी बहस के बाद इसे भारी बहुमत से मंजूरी दे दी, प्रवक्ता ने कहा। ",
	"th": "สภาเมืองประชุมเมื่อวันจันทร์เพื่อหารือเกี่ยวกับงบประมาณใหม่และอนุมัติหลังจากการอภิปรายที่ยาวนานด้วยเสียงข้างมาก โฆษกกล่าว ",
	"vi": "Hội đồng thành phố đã họp vào thứ Hai để thảo luận về ngân sách mới và thông qua sau một cuộc tranh luận dài với đa số phiếu, người phát ngôn cho biết. ",
	"fa": "شورای شهر روز دوشنبه برای بحث درباره بودجه جدید تشکیل جلسه داد و پس از بحثی طولانی آن را با اکثریت بالا تصویب کرد، سخنگو گفت. ",
	"zt": "市議會週一召開會議討論新的預算案，經過長時間辯論後以壓倒性多數通過，發言人表示。",
}

// sweepPage is an article in lang ("zt" is Chinese in traditional characters) with head in its
// <head> and byline above its story.
func sweepPage(t *testing.T, lang, head, byline string) []string {
	t.Helper()
	body := sweepBodies[lang]
	htmlLang := lang
	if lang == "zt" {
		htmlLang = "zh-TW"
	}
	title := strings.TrimSpace(strings.SplitN(body, " ", 6)[0])
	if len(title) > 30 {
		title = string([]rune(title)[:12])
	}
	title += " 2024"
	page := `<html lang="` + htmlLang + `"><head><title>` + title + `</title>` + head + `</head><body><article><h1>` + title + `</h1>` +
		byline + `<p>` + strings.Repeat(body, 5) + `</p><p>` + strings.Repeat(body, 4) + `</p></article></body></html>`
	r, err := Extract("https://news.example.com/2024/05/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// bylineSweep is how newsrooms print bylines in the languages with the most online news:
// the word for "by" or the writer's label, several writers joined by the language's "and",
// the roles that credit no writer (pictures, editing, translation), the agencies and desks
// that are no person, and the tails a byline carries (an e-mail address, a place, a title).
var bylineSweep = []struct {
	lang, byline string
	want         []string
}{
	// English.
	{"en", "By Jane Roe", []string{"Jane Roe"}},
	{"en", "By Jane Roe and John Doe", []string{"Jane Roe", "John Doe"}},
	{"en", "By Jane Roe, John Doe and Mary Major", []string{"Jane Roe", "John Doe", "Mary Major"}},
	{"en", "By Jane Roe, John Doe, and Mary Major", []string{"Jane Roe", "John Doe", "Mary Major"}},
	{"en", "By Jane Roe &amp; John Doe", []string{"Jane Roe", "John Doe"}},
	{"en", "Words by Jane Roe", []string{"Jane Roe"}},
	{"en", "Story by Jane Roe", []string{"Jane Roe"}},
	{"en", "Written by Jane Roe", []string{"Jane Roe"}},
	{"en", "Text: Jane Roe", []string{"Jane Roe"}},
	{"en", "Reporter: Jane Roe", []string{"Jane Roe"}},
	{"en", "Author: Jane Roe", []string{"Jane Roe"}},
	{"en", "By Jane Roe in London", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Reuters", []string{"Jane Roe"}},
	{"en", "By Jane Roe | AFP", []string{"Jane Roe"}},
	{"en", "By Jane Roe with Reuters", []string{"Jane Roe"}},
	{"en", "By Jane Roe, with additional reporting by John Doe", []string{"Jane Roe"}},
	{"en", "By Dr. Jane Roe", []string{"Jane Roe"}},
	{"en", "By Prof. John Doe", []string{"John Doe"}},
	{"en", "Jane Roe jane.roe@example.com", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Senior Reporter", []string{"Jane Roe"}},
	{"en", "By Jane Roe. Photos by John Doe", []string{"Jane Roe"}},
	{"en", "Story by Jane Roe, photos by John Doe", []string{"Jane Roe"}},
	{"en", "Photo: John Doe", nil},
	{"en", "Photos by John Doe", nil},
	{"en", "Illustration by John Doe", nil},
	{"en", "Graphics by John Doe", nil},
	{"en", "Edited by John Doe", nil},
	{"en", "Translated by John Doe", nil},
	{"en", "Additional reporting by John Doe", nil},
	{"en", "Reporting contributed by John Doe", nil},
	{"en", "By Reuters", nil},
	{"en", "By AFP", nil},
	{"en", "By Associated Press", nil},
	{"en", "By The Associated Press", nil},
	{"en", "By AP", nil},
	{"en", "By Staff", nil},
	{"en", "By Staff Reporter", nil},
	{"en", "By Newsroom", nil},
	{"en", "Web Desk", nil},
	{"en", "By Web Desk", nil},
	{"en", "News Desk", nil},
	{"en", "By PTI", nil},
	{"en", "IANS", nil},
	{"en", "By Kyodo", nil},
	{"en", "By Xinhua", nil},
	{"en", "By TASS", nil},
	{"en", "By Bloomberg", nil},
	// German.
	{"de", "Von Anna Weber", []string{"Anna Weber"}},
	{"de", "Von Anna Weber und Max Müller", []string{"Anna Weber", "Max Müller"}},
	{"de", "Von Anna Weber, Max Müller und Lena Schmidt", []string{"Anna Weber", "Max Müller", "Lena Schmidt"}},
	{"de", "Autor: Anna Weber", []string{"Anna Weber"}},
	{"de", "Autorin: Anna Weber", []string{"Anna Weber"}},
	{"de", "Text: Anna Weber", []string{"Anna Weber"}},
	{"de", "Text: Anna Weber, Fotos: Max Müller", []string{"Anna Weber"}},
	{"de", "Ein Beitrag von Anna Weber", []string{"Anna Weber"}},
	{"de", "Von Anna Weber, dpa", []string{"Anna Weber"}},
	{"de", "Von Dr. Anna Weber", []string{"Anna Weber"}},
	{"de", "Foto: Max Müller", nil},
	{"de", "dpa", nil},
	{"de", "Redaktion", nil},
	{"de", "Von Redaktion", nil},
	{"de", "AFP/dpa", nil},
	{"de", "dpa/AFP/Reuters", nil},
	// French.
	{"fr", "Par Jean Dupont", []string{"Jean Dupont"}},
	{"fr", "Par Jean Dupont et Marie Martin", []string{"Jean Dupont", "Marie Martin"}},
	{"fr", "Par Jean Dupont, Marie Martin et Luc Bernard", []string{"Jean Dupont", "Marie Martin", "Luc Bernard"}},
	{"fr", "Par Jean Dupont (avec AFP)", []string{"Jean Dupont"}},
	{"fr", "Texte : Jean Dupont", []string{"Jean Dupont"}},
	{"fr", "Propos recueillis par Jean Dupont", []string{"Jean Dupont"}},
	{"fr", "Photo : Luc Bernard", nil},
	{"fr", "La Rédaction", nil},
	{"fr", "Par La Rédaction", nil},
	{"fr", "Rédaction", nil},
	{"fr", "Par AFP", nil},
	// Spanish.
	{"es", "Por Juan Pérez", []string{"Juan Pérez"}},
	{"es", "Por Juan Pérez y María García", []string{"Juan Pérez", "María García"}},
	{"es", "Por Juan Pérez, María García y Luis Gómez", []string{"Juan Pérez", "María García", "Luis Gómez"}},
	{"es", "Juan Pérez / EFE", []string{"Juan Pérez"}},
	{"es", "Por Juan Pérez | EFE", []string{"Juan Pérez"}},
	{"es", "Redacción", nil},
	{"es", "Por Redacción", nil},
	{"es", "EFE", nil},
	{"es", "Agencia EFE", nil},
	{"es", "Fotos: María García", nil},
	// Portuguese.
	{"pt", "Por João Silva", []string{"João Silva"}},
	{"pt", "Por João Silva e Maria Souza", []string{"João Silva", "Maria Souza"}},
	{"pt", "Por João Silva, do Rio", []string{"João Silva"}},
	{"pt", "Redação", nil},
	{"pt", "Da Redação", nil},
	{"pt", "Agência Brasil", nil},
	{"pt", "Agência Lusa", nil},
	{"pt", "Lusa", nil},
	// Italian.
	{"it", "di Mario Rossi", []string{"Mario Rossi"}},
	{"it", "di Mario Rossi e Luca Bianchi", []string{"Mario Rossi", "Luca Bianchi"}},
	{"it", "Redazione", nil},
	{"it", "ANSA", nil},
	{"it", "Redazione ANSA", nil},
	// Dutch.
	{"nl", "Door Jan de Vries", []string{"Jan de Vries"}},
	{"nl", "Door Jan de Vries en Piet Jansen", []string{"Jan de Vries", "Piet Jansen"}},
	{"nl", "Redactie", nil},
	{"nl", "ANP", nil},
	// Swedish, Norwegian, Danish, Finnish.
	{"sv", "Av Anna Andersson", []string{"Anna Andersson"}},
	{"sv", "Av Anna Andersson och Erik Svensson", []string{"Anna Andersson", "Erik Svensson"}},
	{"sv", "TT", nil},
	{"no", "Av Kari Nordmann og Ola Hansen", []string{"Kari Nordmann", "Ola Hansen"}},
	{"no", "NTB", nil},
	{"da", "Af Lars Hansen", []string{"Lars Hansen"}},
	{"da", "Af Lars Hansen og Mette Jensen", []string{"Lars Hansen", "Mette Jensen"}},
	{"da", "Ritzau", nil},
	{"fi", "Kirjoittanut Matti Virtanen", []string{"Matti Virtanen"}},
	{"fi", "Teksti: Matti Virtanen", []string{"Matti Virtanen"}},
	{"fi", "Matti Virtanen ja Liisa Korhonen", []string{"Matti Virtanen", "Liisa Korhonen"}},
	{"fi", "STT", nil},
	// Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Slovenian.
	{"pl", "Autor: Anna Kowalska", []string{"Anna Kowalska"}},
	{"pl", "Autorka: Anna Kowalska", []string{"Anna Kowalska"}},
	{"pl", "Przez Anna Kowalska", []string{"Anna Kowalska"}},
	{"pl", "Anna Kowalska i Tomasz Nowak", []string{"Anna Kowalska", "Tomasz Nowak"}},
	{"pl", "PAP", nil},
	{"cs", "Autor: Jan Novák", []string{"Jan Novák"}},
	{"cs", "Jan Novák, ČTK", []string{"Jan Novák"}},
	{"cs", "ČTK", nil},
	{"sk", "Napísal Peter Horváth", []string{"Peter Horváth"}},
	{"sk", "TASR", nil},
	{"hu", "Írta: Kovács Péter", []string{"Kovács Péter"}},
	{"hu", "Szerző: Kovács Péter", []string{"Kovács Péter"}},
	{"hu", "MTI", nil},
	{"ro", "Autor: Ion Popescu", []string{"Ion Popescu"}},
	{"ro", "de Ion Popescu", []string{"Ion Popescu"}},
	{"ro", "Ion Popescu și Maria Ionescu", []string{"Ion Popescu", "Maria Ionescu"}},
	{"hr", "Piše: Ivan Horvat", []string{"Ivan Horvat"}},
	{"hr", "Autor: Ivan Horvat", []string{"Ivan Horvat"}},
	{"hr", "Hina", nil},
	{"sl", "Napisal Janez Novak", []string{"Janez Novak"}},
	{"sl", "Avtor: Janez Novak", []string{"Janez Novak"}},
	// Russian, Ukrainian.
	{"ru", "Автор: Иван Петров", []string{"Иван Петров"}},
	{"ru", "Текст: Иван Петров", []string{"Иван Петров"}},
	{"ru", "Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}},
	{"ru", "Фото: Петр Иванов", nil},
	{"ru", "ТАСС", nil},
	{"ru", "РИА Новости", nil},
	{"ru", "Интерфакс", nil},
	{"ru", "Редакция", nil},
	{"uk", "Автор: Олена Коваль", []string{"Олена Коваль"}},
	{"uk", "Олена Коваль і Іван Петренко", []string{"Олена Коваль", "Іван Петренко"}},
	{"uk", "Укрінформ", nil},
	// Turkish.
	{"tr", "Yazan: Ahmet Yılmaz", []string{"Ahmet Yılmaz"}},
	{"tr", "Ahmet Yılmaz ve Ayşe Demir", []string{"Ahmet Yılmaz", "Ayşe Demir"}},
	{"tr", "AA", nil},
	{"tr", "Haber Merkezi", nil},
	// Indonesian.
	{"id", "Oleh: Budi Santoso", []string{"Budi Santoso"}},
	{"id", "Penulis: Budi Santoso", []string{"Budi Santoso"}},
	{"id", "Antara", nil},
	// Greek.
	{"el", "ΑΠΕ-ΜΠΕ", nil},
	// Korean.
	{"ko", "홍길동 기자", []string{"홍길동"}},
	{"ko", "홍길동 기자 hong@example.co.kr", []string{"홍길동"}},
	{"ko", "홍길동·김철수 기자", []string{"홍길동", "김철수"}},
	{"ko", "홍길동 특파원", []string{"홍길동"}},
	{"ko", "연합뉴스", nil},
	{"ko", "사진 = 김철수 기자", nil},
	// Japanese.
	{"ja", "共同通信", nil},
	{"ja", "編集部", nil},
	{"ja", "撮影：鈴木一郎", nil},
	// Chinese.
	{"zt", "文／記者王小明", []string{"王小明"}},
	{"zt", "記者王小明／台北報導", []string{"王小明"}},
	{"zh", "记者 王小明", []string{"王小明"}},
	{"zh", "新华社", nil},
	{"zh", "摄影：李四", nil},
	{"zh", "编辑：张三", nil},
}

// TestAuthorsBylineSweep29 reads each byline of bylineSweep in a byline element.
func TestAuthorsBylineSweep29(t *testing.T) {
	for _, c := range bylineSweep {
		got := sweepPage(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthors(t, c.lang+" "+c.byline, got, c.want)
	}
}

// bylineSweepMore are further forms of the sweep: the labels of the other scripts, a writer
// with the credits of others after, a byline in capitals.
var bylineSweepMore = []struct {
	lang, byline string
	want         []string
}{
	{"en", "By JANE ROE and JOHN DOE", []string{"Jane Roe", "John Doe"}},
	{"en", "Jane Roe | jane.roe@example.com", []string{"Jane Roe"}},
	{"en", "By Jane Roe<br>Photos by John Doe", []string{"Jane Roe"}},
	{"en", "By Jane Roe, The Guardian", []string{"Jane Roe"}},
	{"en", "Jane Roe, Staff Writer", []string{"Jane Roe"}},
	{"en", "By Jane Roe, CNN", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Bloomberg", []string{"Jane Roe"}},
	{"en", "By Jane Roe For Dailymail.com", []string{"Jane Roe"}},
	{"en", "Reuters Staff", nil},
	{"en", "AFP Staff", nil},
	{"en", "Editorial Board", nil},
	{"en", "By The Editorial Board", nil},
	{"de", "Von Anna Weber<br>Fotos: Max Müller", []string{"Anna Weber"}},
	{"de", "Anna Weber (Text), Max Müller (Fotos)", []string{"Anna Weber"}},
	{"de", "Von Anna Weber mit Material von dpa", []string{"Anna Weber"}},
	{"fr", "Par Jean Dupont, envoyé spécial à Kiev", []string{"Jean Dupont"}},
	{"fr", "Le Monde avec AFP", nil},
	{"es", "Por Juan Pérez, corresponsal", []string{"Juan Pérez"}},
	{"es", "Europa Press", nil},
	{"it", "Mario Rossi, inviato a Kiev", []string{"Mario Rossi"}},
	{"ar", "بقلم: أحمد علي", []string{"أحمد علي"}},
	{"ar", "كتب: أحمد علي", []string{"أحمد علي"}},
	{"ar", "رويترز", nil},
	{"fa", "نویسنده: علی رضایی", []string{"علی رضایی"}},
	{"he", "מאת יוסי כהן", []string{"יוסי כהן"}},
	{"hi", "लेखक: राहुल शर्मा", []string{"राहुल शर्मा"}},
	{"hi", "पीटीआई", nil},
	{"th", "โดย สมชาย ใจดี", []string{"สมชาย ใจดี"}},
	{"vi", "Nguyễn Văn An", []string{"Nguyễn Văn An"}},
	{"vi", "Theo TTXVN", nil},
	{"ja", "文・山田太郎", []string{"山田太郎"}},
	{"ja", "山田太郎記者", []string{"山田太郎"}},
	{"ja", "執筆者：山田太郎", []string{"山田太郎"}},
	{"ko", "글 홍길동", []string{"홍길동"}},
	{"ko", "홍길동 기자, 김철수 기자", []string{"홍길동", "김철수"}},
	{"ko", "편집 김철수", nil},
	{"zt", "記者：王小明", []string{"王小明"}},
	{"zt", "特約記者 王小明", []string{"王小明"}},
	{"zh", "文/张三", []string{"张三"}},
	{"zh", "新华社记者 王小明", []string{"王小明"}},
}

// TestAuthorsBylineSweepMore29 reads each byline of bylineSweepMore in a byline element.
func TestAuthorsBylineSweepMore29(t *testing.T) {
	for _, c := range bylineSweepMore {
		got := sweepPage(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthors(t, c.lang+" "+c.byline, got, c.want)
	}
}

// metaSweep is what the metadata says of the writer: the author meta, JSON-LD's author as a
// Person, an Organization, an array, a string with "By", an address, a name with a post.
var metaSweep = []struct {
	name, head string
	want       []string
}{
	{"meta name", `<meta name="author" content="Jane Roe">`, []string{"Jane Roe"}},
	{"meta by", `<meta name="author" content="By Jane Roe">`, []string{"Jane Roe"}},
	{"meta list", `<meta name="author" content="Jane Roe, John Doe">`, []string{"Jane Roe", "John Doe"}},
	{"meta and", `<meta name="author" content="Jane Roe and John Doe">`, []string{"Jane Roe", "John Doe"}},
	{"meta agency", `<meta name="author" content="Reuters">`, nil},
	{"meta desk", `<meta name="author" content="Redacción">`, nil},
	{"meta post", `<meta name="author" content="Jane Roe, Staff Writer">`, []string{"Jane Roe"}},
	{"meta facebook", `<meta property="article:author" content="https://www.facebook.com/janeroe">`, nil},
	{"ld person", ldAuthor(`{"@type":"Person","name":"Jane Roe"}`), []string{"Jane Roe"}},
	{"ld persons", ldAuthor(`[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]`), []string{"Jane Roe", "John Doe"}},
	{"ld organization", ldAuthor(`{"@type":"Organization","name":"Reuters"}`), nil},
	{"ld person and agency", ldAuthor(`[{"@type":"Person","name":"Jane Roe"},{"@type":"Organization","name":"Reuters"}]`), []string{"Jane Roe"}},
	{"ld string", ldAuthor(`"Jane Roe"`), []string{"Jane Roe"}},
	{"ld string by", ldAuthor(`"By Jane Roe"`), []string{"Jane Roe"}},
	{"ld string list", ldAuthor(`"Jane Roe and John Doe"`), []string{"Jane Roe", "John Doe"}},
	{"ld strings", ldAuthor(`["Jane Roe","John Doe"]`), []string{"Jane Roe", "John Doe"}},
	{"ld name with post", ldAuthor(`{"@type":"Person","name":"Jane Roe, Senior Reporter"}`), []string{"Jane Roe"}},
	{"ld name with title", ldAuthor(`{"@type":"Person","name":"Dr. Jane Roe"}`), []string{"Jane Roe"}},
	{"ld url", ldAuthor(`"https://news.example.com/author/jane-roe"`), nil},
	{"ld person url name", ldAuthor(`{"@type":"Person","name":"https://news.example.com/author/jane-roe"}`), nil},
	{"ld person agency name", ldAuthor(`{"@type":"Person","name":"AFP"}`), nil},
	{"ld person desk name", ldAuthor(`{"@type":"Person","name":"Web Desk"}`), nil},
	{"ld name list in one person", ldAuthor(`{"@type":"Person","name":"Jane Roe, John Doe"}`), []string{"Jane Roe", "John Doe"}},
	{"ld graph reference", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"The city council 2024","author":{"@id":"https://news.example.com/#/person/1"}},{"@type":"Person","@id":"https://news.example.com/#/person/1","name":"Jane Roe"}]}</script>`, []string{"Jane Roe"}},
}

// ldAuthor is a NewsArticle's JSON-LD with author as its author.
func ldAuthor(author string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The city council 2024","author":` + author + `}</script>`
}

// TestAuthorsMetaSweep29 reads each author of metaSweep from a page that prints no byline.
func TestAuthorsMetaSweep29(t *testing.T) {
	for _, c := range metaSweep {
		checkAuthors(t, c.name, sweepPage(t, "en", c.head, ""), c.want)
	}
}

// TestAuthorsLinesSweep29 reads a byline printed as the story's first line (no byline class),
// and one linked rel=author.
func TestAuthorsLinesSweep29(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"en", `<p>By Jane Roe</p>`, []string{"Jane Roe"}},
		{"en", `<p>By Jane Roe and John Doe</p>`, []string{"Jane Roe", "John Doe"}},
		{"de", `<p>Von Anna Weber</p>`, []string{"Anna Weber"}},
		{"fr", `<p>Par Jean Dupont</p>`, []string{"Jean Dupont"}},
		{"es", `<p>Por Juan Pérez</p>`, []string{"Juan Pérez"}},
		{"en", `<p>Photo by John Doe</p>`, nil},
		{"en", `<p><a rel="author" href="/author/jane-roe">Jane Roe</a></p>`, []string{"Jane Roe"}},
		{"en", `<p>By <a href="/author/jane-roe">Jane Roe</a></p>`, []string{"Jane Roe"}},
	} {
		checkAuthors(t, c.lang+" "+c.line, sweepPage(t, c.lang, "", c.line), c.want)
	}
}

// bylineSweepDesks are the credits of a desk, a staff or agencies, and a writer beside them.
var bylineSweepDesks = []struct {
	lang, byline string
	want         []string
}{
	{"en", "Staff Report", nil},
	{"en", "From staff reports", nil},
	{"en", "Our Correspondent", nil},
	{"en", "Special Correspondent", nil},
	{"en", "Express News Service", nil},
	{"en", "HT Correspondent", nil},
	{"en", "Agencies", nil},
	{"en", "By Agencies", nil},
	{"en", "TNN", nil},
	{"en", "Staff and agencies", nil},
	{"en", "Guardian staff and agencies", nil},
	{"en", "Jane Roe and agencies", []string{"Jane Roe"}},
	{"en", "Jane Roe with agencies", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Associated Press", []string{"Jane Roe"}},
	{"en", "By JANE ROE Associated Press", []string{"Jane Roe"}},
	{"en", "By Jane Roe | Reuters", []string{"Jane Roe"}},
	{"en", "Jane Roe - Reuters", []string{"Jane Roe"}},
	{"en", "By Jane Roe, PhD", []string{"Jane Roe"}},
	{"de", "Von Anna Weber, Berlin", []string{"Anna Weber"}},
	{"de", "Anna Weber (dpa)", []string{"Anna Weber"}},
	{"de", "Von Anna Weber und dpa", []string{"Anna Weber"}},
	{"de", "Von unserer Korrespondentin Anna Weber", []string{"Anna Weber"}},
	{"fr", "Par Jean Dupont, à Paris", []string{"Jean Dupont"}},
	{"fr", "Jean Dupont, correspondant à Berlin", []string{"Jean Dupont"}},
	{"fr", "Par Jean Dupont avec AFP", []string{"Jean Dupont"}},
	{"es", "Juan Pérez | Madrid", []string{"Juan Pérez"}},
	{"es", "Por Juan Pérez con información de EFE", []string{"Juan Pérez"}},
	{"pt", "Por João Silva, com agências", []string{"João Silva"}},
	{"it", "di Mario Rossi (ANSA)", []string{"Mario Rossi"}},
	{"nl", "Jan de Vries, ANP", []string{"Jan de Vries"}},
	{"pl", "Anna Kowalska, PAP", []string{"Anna Kowalska"}},
	{"ru", "Иван Петров, корреспондент", []string{"Иван Петров"}},
	{"ko", "[서울=뉴시스] 홍길동 기자", []string{"홍길동"}},
	{"ko", "(서울=연합뉴스) 홍길동 기자 =", []string{"홍길동"}},
	{"zh", "本报记者 王小明", []string{"王小明"}},
	{"zh", "来源：新华社", nil},
}

// TestAuthorsBylineSweepDesks29 reads each byline of bylineSweepDesks in a byline element.
func TestAuthorsBylineSweepDesks29(t *testing.T) {
	for _, c := range bylineSweepDesks {
		got := sweepPage(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthors(t, c.lang+" "+c.byline, got, c.want)
	}
}

// TestAuthorsTheOutlet29: a credit that opens with "The" is an outlet's name, alone or after a
// writer and a comma; "Les" opens a person's name.
func TestAuthorsTheOutlet29(t *testing.T) {
	checkAuthors(t, "alone", sweepPage(t, "en", "", `<div class="byline">By The Conversation</div>`), nil)
	checkAuthors(t, "after a comma", sweepPage(t, "en", "", `<div class="byline">By Jane Roe, The Guardian</div>`), []string{"Jane Roe"})
	checkAuthors(t, "Les", sweepPage(t, "en", "", `<div class="byline">By Les Moonves</div>`), []string{"Les Moonves"})
}

// bylineSweepTails are bylines with what newsrooms print beside the names: a date, a reading
// time, a place, a post, the agency or the paper, the credits of other roles under their labels.
var bylineSweepTails = []struct {
	lang, byline string
	want         []string
}{
	{"en", "By Jane Roe, Contributor", []string{"Jane Roe"}},
	{"en", "Jane Roe, Special to The Times", []string{"Jane Roe"}},
	{"en", "Jane Roe · 5 min read", []string{"Jane Roe"}},
	{"en", "Jane Roe | Published March 3, 2024", []string{"Jane Roe"}},
	{"en", "By Jane Roe and John Doe, Reuters", []string{"Jane Roe", "John Doe"}},
	{"en", "By Jane Roe and John Doe | The Associated Press", []string{"Jane Roe", "John Doe"}},
	{"en", "Jane Roe / AFP", []string{"Jane Roe"}},
	{"en", "Jane Roe (AFP)", []string{"Jane Roe"}},
	{"en", "JANE ROE / Staff Writer", []string{"Jane Roe"}},
	{"en", "Jane Roe, CNBC", []string{"Jane Roe"}},
	{"en", "By Jane Roe, Reuters and John Doe, AP", []string{"Jane Roe", "John Doe"}},
	{"de", "Von Anna Weber · 12.03.2024", []string{"Anna Weber"}},
	{"de", "Anna Weber | dpa", []string{"Anna Weber"}},
	{"de", "Anna Weber, Redakteurin", []string{"Anna Weber"}},
	{"de", "Ein Gastbeitrag von Prof. Dr. Anna Weber", []string{"Anna Weber"}},
	{"de", "Eine Analyse von Anna Weber und Max Müller", []string{"Anna Weber", "Max Müller"}},
	{"fr", "Par Jean Dupont - Le 12/03/2024 à 10h30", []string{"Jean Dupont"}},
	{"fr", "Jean Dupont (correspondant à Bruxelles)", []string{"Jean Dupont"}},
	{"fr", "Publié le 12 mars 2024 par Jean Dupont", []string{"Jean Dupont"}},
	{"fr", "Jean Dupont avec AFP", []string{"Jean Dupont"}},
	{"es", "Juan Pérez - Corresponsal", []string{"Juan Pérez"}},
	{"es", "Por Juan Pérez @juanperez", []string{"Juan Pérez"}},
	{"es", "Texto: Juan Pérez / Fotos: María García", []string{"Juan Pérez"}},
	{"pt", "João Silva, da Agência Brasil", []string{"João Silva"}},
	{"pt", "Por João Silva — São Paulo", []string{"João Silva"}},
	{"pt", "João Silva e Maria Souza, do g1", []string{"João Silva", "Maria Souza"}},
	{"it", "di Mario Rossi - 12 marzo 2024", []string{"Mario Rossi"}},
	{"it", "Mario Rossi e Luca Bianchi", []string{"Mario Rossi", "Luca Bianchi"}},
	{"ru", "Иван Петров, специальный корреспондент", []string{"Иван Петров"}},
	{"ru", "Автор: Иван Петров | Фото: Петр Иванов", []string{"Иван Петров"}},
	{"ru", "Текст: Иван Петров Фото: Петр Иванов", []string{"Иван Петров"}},
	{"ko", "홍길동 기자 입력 2024.03.12 10:00", []string{"홍길동"}},
	{"ko", "[이데일리 홍길동 기자]", []string{"홍길동"}},
	{"tr", "Ahmet Yılmaz - Ankara", []string{"Ahmet Yılmaz"}},
	{"tr", "Haber: Ahmet Yılmaz", []string{"Ahmet Yılmaz"}},
	{"id", "Reporter: Budi Santoso | Editor: Andi Wijaya", []string{"Budi Santoso"}},
	{"id", "Penulis: Budi Santoso, Editor: Andi Wijaya", []string{"Budi Santoso"}},
	{"id", "Budi Santoso - detikNews", []string{"Budi Santoso"}},
	{"hu", "Kovács Péter és Nagy Anna", []string{"Kovács Péter", "Nagy Anna"}},
	{"ro", "Ion Popescu, Maria Ionescu", []string{"Ion Popescu", "Maria Ionescu"}},
	{"el", "Γιώργος Παπαδόπουλος", []string{"Γιώργος Παπαδόπουλος"}},
	{"el", "Γιώργος Παπαδόπουλος και Μαρία Νικολάου", []string{"Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"}},
	{"nl", "Door onze redactie", nil},
	{"nl", "Jan de Vries · 12 maart 2024", []string{"Jan de Vries"}},
	{"sv", "Anna Andersson/TT", []string{"Anna Andersson"}},
	{"pl", "Opracowanie: Anna Kowalska", []string{"Anna Kowalska"}},
	{"pl", "oprac. Anna Kowalska", []string{"Anna Kowalska"}},
	{"cs", "Jan Novák a Petr Svoboda", []string{"Jan Novák", "Petr Svoboda"}},
	{"uk", "Автор: Олена Коваль, фото: Іван Петренко", []string{"Олена Коваль"}},
	{"zh", "作者：王小明", []string{"王小明"}},
	{"zh", "来源：人民日报 作者：王小明", []string{"王小明"}},
	{"zt", "中央社記者王小明台北12日電", []string{"王小明"}},
	{"ja", "山田太郎 / 日本経済新聞", []string{"山田太郎"}},
	{"ar", "أحمد علي - القاهرة", []string{"أحمد علي"}},
}

// TestAuthorsBylineSweepTails29 reads each byline of bylineSweepTails in a byline element.
func TestAuthorsBylineSweepTails29(t *testing.T) {
	for _, c := range bylineSweepTails {
		got := sweepPage(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthors(t, c.lang+" "+c.byline, got, c.want)
	}
}
