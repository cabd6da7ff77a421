package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A large first letter in markup of its own ("<span>A</span> <span>bsatz</span>") and a link
// split the reading's first sentence over text nodes none of which holds its opening: where the
// reading starts is still found, so the standfirst before it leads.
func TestStandfirstBeforeSplitOpening(t *testing.T) {
	const lede = "In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihrem Sportwagen gebaut."
	page := `<html><body><h1>Zwei Sportwagen geschrottet</h1><p class="subline">` + lede + `</p>
<div class="corpus"><p><span class="big">A</span> <span>bsatz eins: <a href="/l">Der Lenker</a> verlor kurz nach der Einfahrt die Herrschaft über den Wagen.</span></p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	reading := "A bsatz eins: Der Lenker verlor kurz nach der Einfahrt die Herrschaft über den Wagen."
	if got := leadWithStandfirst(doc, reading, "Zwei Sportwagen geschrottet", lede); !strings.HasPrefix(got, lede+"\n\n"+reading) {
		t.Errorf("got %q", got)
	}
}

// A standfirst that sums up the story's sections opens with the first section's sentence and
// goes on; a reading holding that sentence does not hold the standfirst.
func TestStandfirstSummingUpSections(t *testing.T) {
	first := "Der Lenker verlor kurz nach der Einfahrt aus ungeklärten Gründen die Herrschaft über den Wagen, wie die Kantonspolizei am Samstag mitteilte."
	sum := first + " In Basel brannte ein Lagerhaus am Rhein bis auf die Grundmauern nieder, verletzt wurde niemand." +
		" In Bern sperrte die Polizei die Autobahn nach einem Auffahrunfall mit sieben Fahrzeugen für drei Stunden." +
		" In Genf fiel am Abend der Strom in vier Quartieren aus, die Ursache ist noch nicht bekannt."
	reading := first + "\n\nBASEL\n\nEin Lagerhaus am Rhein brannte in der Nacht, die Feuerwehr war mit vierzig Leuten vor Ort und löschte bis zum Morgen."
	page := `<html><body><h1>Unfälle und Brände</h1><h2 class="text-base">` + sum + `</h2><div><p>` + first + `</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := leadWithStandfirst(doc, reading, "Unfälle und Brände", sum); !strings.HasPrefix(got, sum+"\n\n"+first) {
		t.Errorf("got %q", got)
	}
}

func TestStandfirstClassInNewsroomLanguages(t *testing.T) {
	for _, cls := range []string{"entradilla", "article-sumario", "nota-bajada", "copete", "perex", "article__ingress", "ts-intro", "content__standfirst"} {
		if !standfirstClass(cls) {
			t.Errorf("standfirstClass(%q) = false, want true", cls)
		}
	}
	for _, cls := range []string{"article-body", "entrada-relacionada", "sumarios"} {
		if standfirstClass(cls) {
			t.Errorf("standfirstClass(%q) = true, want false", cls)
		}
	}
}
