package extract

import (
	"strings"
	"testing"
)

// world14Story is a story's worth of paragraphs (past minBody) for the edge rules that wait for one.
var world14Story = strings.Repeat("A comissão aprovou o texto depois de uma longa sessão de debates entre os deputados da base e da oposição, que pediram mais tempo para ler o relatório. ", 2) +
	"\n\n" + strings.Repeat("O relator disse que o calendário será mantido e que a votação em plenário deve ocorrer na próxima semana, se não houver novos pedidos de vista. ", 3)

// A Portuguese time stamp opens the reading or stands under the standfirst: with its weekdays
// and update it runs past 100 letters, and the icon font's ligature ("access_time") leads the
// short form no date reader takes. Both go, and so does the section's name right above the
// stamp, and the photographer's "Name/Agency" credit under it.
func TestTrimEdgesPortugueseStamps(t *testing.T) {
	const title, standfirst = "Comissão aprova o texto", "Relator manteve o calendário e rejeitou os pedidos da oposição"
	for _, c := range []struct{ header, want string }{
		{"terça-feira, 12 de novembro de 2019 - 09h05 Atualizado em terça-feira, 12 de novembro de 2019 - 11h30\n\nJoão Silva/Reuters", world14Story},
		{standfirst + "\n\naccess_time 12 nov 2019, 09h05 - Atualizado em 12 nov 2019, 11h30", standfirst + "\n\n" + world14Story},
		{"Políticas públicas\n\n12 de novembro de 2019 às 09:05", world14Story},
		// A share bar between the standfirst and the stamp goes with the stamp.
		{standfirst + "\n\nE-Mail\n\nMehr\n\nTwitter\n\nFeedback\n\nFehler melden\n\nFreitag, 28.04.2023, 19:25", standfirst + "\n\n" + world14Story},
	} {
		if got := trimEdges(c.header+"\n\n"+world14Story, title); got != c.want {
			t.Errorf("header %q must go:\n got %.160q", c.header, got)
		}
	}
	// A line of a few words over the story's opening, with no stamp under it, stays.
	body := "Políticas públicas\n\n" + world14Story
	if got := trimEdges(body, title); got != body {
		t.Errorf("a label without a stamp must stay: %.80q", got)
	}
}

// The share bar's and the error-report form's labels after the story go; so do the section's
// teasers under their "Next In Politics" heading, whose blurbs are sentences.
func TestTrimEdgesShareLabelsAndSectionTeasers(t *testing.T) {
	for _, tail := range []string{
		"Compartilhe\n\nComunicar Erro\n\nEnviar para um amigo",
		"Next In Politics\n\nWASHINGTON The Senate on Thursday narrowly confirmed the nominee, an outspoken lawyer.\n\nLONDON Supporters staged rallies across the country on Thursday.",
	} {
		if got := trimEdges(world14Story+"\n\n"+tail, ""); got != world14Story {
			t.Errorf("tail %.40q must go:\n got …%q", tail, got[max(0, len(got)-120):])
		}
	}
	// "More in store" is a sentence's part, not a section's heading.
	body := world14Story + "\n\nMore in store\n\nThe shop will open a second floor in May, the owners said."
	if got := trimEdges(body, ""); got != body {
		t.Errorf("a line that is no section heading must not cut the story: …%q", got[max(0, len(got)-120):])
	}
}

// A class name that runs the word "caption" on from another ("newsCaption") names a caption.
func TestCaptionClassRunOn(t *testing.T) {
	for _, c := range []struct {
		cls  string
		junk bool
	}{{"newsCaption", true}, {"imgcaption", true}, {"caption", true}, {"captions-off story", false}, {"story-body", false}} {
		if got := junkClass(c.cls); got != c.junk {
			t.Errorf("junkClass(%q) = %v, want %v", c.cls, got, c.junk)
		}
	}
}

// A title part that is a web domain names the site, also on a page saved without its address.
func TestCleanTitleWebDomainPart(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Board to Replace Its Chief - Examplenews.com", "Harbour Board to Replace Its Chief"},
		{"Harbour Board to Replace Its Chief | example.org.br", "Harbour Board to Replace Its Chief"},
		{"Getting started - ASP.NET", "Getting started - ASP.NET"},
		{"Getting started - Vue.js", "Getting started - Vue.js"},
	} {
		if got := cleanTitle(c.in, nil, ""); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
