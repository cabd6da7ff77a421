package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// A picture box that is no <figure>: a linked image, its credit lines and a caption that
// repeats the image's alt text ("<div class="fot">… <div class="descr">"). It is furniture.
func TestBodyAltCaptionBox(t *testing.T) {
	html := `<html lang="pl"><body><div id="story"><h1 class="articleTitle">Kościelne peregrynacje seksualnego drapieżcy</h1>
<div class="storyContent"><div class="articleLeftBox"><div class="seealso"><div class="fot"><a href="/g/1.jpg"><img src="/g/1s.jpg" alt="„Dziewczynek nigdy nie tuliłem” – zeznawał ksiądz w czasie jednego z przesłuchań"></a>
<div class="author">autor zdjęcia: IPN</div><div class="author">źródło: Rzeczpospolita</div>
<div class="descr">„Dziewczynek nigdy nie tuliłem” – zeznawał ksiądz w czasie jednego z przesłuchań</div></div></div></div>
<p class="lead">Przypadek księdza, który ujawniamy, jest częścią mrocznej historii Kościoła w Polsce. Przez kilkadziesiąt lat przenoszono go z parafii do parafii.</p>
<p>Tekst jest o Kościele, więc zacznijmy od cytatu. Kościelne prawo karne funkcjonowało aż do późnych lat pięćdziesiątych, potem przestano je stosować, a biskupi woleli milczeć niż karać.</p>
<p>Akta, do których dotarliśmy, pokazują, że o przestępstwach wiedziało wielu ludzi: proboszczowie, kurie i służba bezpieczeństwa, która prowadziła własną grę.</p></div></div></body></html>`
	res, err := extract.Extract("https://archiwum.example.pl/artykul/1484835-Koscielne.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Body, "Przypadek księdza") {
		t.Errorf("body opens %q, want the lead", res.Body[:min(len(res.Body), 120)])
	}
}
