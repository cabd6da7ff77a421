package extract

import (
	"strings"
	"testing"
)

// midStoryPage is a story of six paragraphs with extra set between the third and the fourth.
func midStoryPage(lang, extra string) []byte {
	var b strings.Builder
	b.WriteString(`<html lang="` + lang + `"><head><meta charset="utf-8"><title>Old ferry pier to close</title></head><body>`)
	b.WriteString(`<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="article"><h1>Old ferry pier to close</h1>`)
	for i, p := range harbourStory {
		if i == 2 {
			b.WriteString(extra)
		}
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`<p>The board will meet again next month to choose a contractor from the four firms that bid for the work on the pier.</p>`)
	b.WriteString(`<p>A public hearing on the closure is planned for the first week of June at the town hall, the board's secretary said.</p>`)
	b.WriteString(`</div><div class="footer">© Example</div></body></html>`)
	return []byte(b.String())
}

func TestReadAlsoPointersInMoreLanguagesGo(t *testing.T) {
	// A pointer to another story set between the paragraphs, as Norwegian, Danish, Swedish,
	// Dutch, Finnish, Italian and Polish pages print it: a label and the linked headline, or the
	// bare label over a linked headline. Neither is the story's.
	for _, extra := range []string{
		`<p>Les også: <a href="/a/1">Ferjekaien stenges for vinteren</a></p>`,
		`<p>Læs også: <a href="/a/1">Færgelejet lukker for vinteren</a></p>`,
		`<p>Läs också: <a href="/a/1">Färjeläget stänger för vintern</a></p>`,
		`<p>Lees ook: <a href="/a/1">Veerpont gaat dicht voor de winter</a></p>`,
		`<p>Lue myös: <a href="/a/1">Lauttalaituri suljetaan talveksi</a></p>`,
		`<p>Leggi anche: <a href="/a/1">Il molo dei traghetti chiude per l'inverno</a></p>`,
		`<p>Przeczytaj także: <a href="/a/1">Przystań promowa zamknięta na zimę</a></p>`,
		`<p>Czytaj więcej: <a href="/a/1">Przystań promowa zamknięta na zimę</a></p>`,
		`<p><a href="/a/1"><span>Читайте також</span><span>Поромний причал закриють на зиму</span></a></p>`,
		`<p>Lire l'entretien : <a href="/a/1">Le maire : « Le quai des ferries fermera cet hiver »</a></p>`,
		`<p>Lire nos explications : <a href="/a/1">Pourquoi le quai des ferries ferme pour l'hiver</a></p>`,
		`<p>Voir aussi : <a href="/a/1">Le quai des ferries fermé pour l'hiver</a></p>`,
		`<p>Citește și: <a href="/a/1">Debarcaderul se închide pentru iarnă</a></p>`,
		`<p>Now read: <a href="/a/1">The ferry pier that closes every winter</a></p>`,
		`<p><strong>Kapcsolódó írások:</strong></p><ul><li><a href="/a/1">Télire bezár a kompkikötő</a></li><li><a href="/a/2">Új komp a városnak</a></li></ul>`,
		`<p><strong>Czytaj również</strong></p><ul><li><a href="/a/1">Przystań promowa zamknięta na zimę</a></li><li><a href="/a/2">Nowy prom dla miasta</a></li></ul>`,
		`<p><strong>LIRE AUSSI SUR HARBOUR.FR</strong></p><ul><li><a href="/a/1">Le quai des ferries fermé pour l'hiver</a></li><li><a href="/a/2">Un nouveau ferry</a></li></ul>`,
	} {
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", midStoryPage("en", extra))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") || !strings.Contains(r.Body, "public hearing") {
			t.Errorf("%q: body = %q, want the whole story", extra, r.Body)
		}
		for _, w := range []string{"Les også", "Læs også", "Läs också", "Lees ook", "Lue myös", "Leggi anche", "Przeczytaj", "Czytaj", "LIRE AUSSI", "Читайте", "зиму", "Lire", "Voir aussi", "Citește", "iarnă", "Now read", "every winter", "Kapcsolódó", "kompkikötő", "/a/1", "zimę", "winter", "hiver", "talveksi", "inverno"} {
			if strings.Contains(r.Body, w) {
				t.Errorf("%q: body keeps %q: %q", extra, w, r.Body)
			}
		}
	}
}

func TestReadAlsoWordsInProseStay(t *testing.T) {
	// The same words opening a sentence of the story, with no link for a headline, are text.
	const line = "Les også avisens leder fra i går, sa styrelederen, og la til at kaien er over hundre år gammel og må fornyes."
	r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", midStoryPage("no", "<p>"+line+"</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "hundre år gammel") {
		t.Errorf("body dropped the sentence: %q", r.Body)
	}
}

func TestAdBreakMarkerGoes(t *testing.T) {
	// The line a page sets where an advert interrupts the story: the advert is a script and the
	// marker is all of it the text shows.
	for _, marker := range []string{"(Story continues below)", "Article continues below this ad", "Story continues below advertisement", "Story Continued Below"} {
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", midStoryPage("en", `<p>`+marker+`</p><div class="ad"><script>show()</script></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") || !strings.Contains(r.Body, "public hearing") {
			t.Errorf("%q: body = %q, want the whole story", marker, r.Body)
		}
		if strings.Contains(strings.ToLower(r.Body), "continue") {
			t.Errorf("body keeps the marker %q: %q", marker, r.Body)
		}
	}
}

func TestSpanishFollowPromptUnderTheStoryGoes(t *testing.T) {
	// "You can follow X on Facebook …" in Spanish and Portuguese, the story's last line: the
	// outlet's call to follow its section, as "Follow us on Twitter" is.
	for _, prompt := range []string{
		"Puedes seguir a MATERIA en Facebook, Twitter e Instagram, o apuntarte aquí para recibir nuestra newsletter semanal.",
		"Puedes seguirnos en Facebook y Twitter.",
		"Você pode seguir o PUERTO no Facebook e no Instagram.",
	} {
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("es", "Old ferry pier to close for repairs", "", harbourStory, "<p>"+prompt+"</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") {
			t.Errorf("%q: body = %q, want the story", prompt, r.Body)
		}
		if strings.Contains(r.Body, "Facebook") {
			t.Errorf("body keeps the prompt %q: %q", prompt, r.Body)
		}
	}
	// A sentence of the story that opens the same way and names no network stays.
	const last = "Puedes seguir el pleno del consejo en directo desde la web del puerto a partir de las diez."
	r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("es", "Old ferry pier to close for repairs", "", append(append([]string{}, harbourStory...), last), ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "desde la web del puerto") {
		t.Errorf("body dropped %q: %q", last, r.Body)
	}
}
