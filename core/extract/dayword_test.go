package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestLabelledTimeAfterWeekday: a label may name the weekday before its date ("Publicado
// Jueves, 2 noviembre 2023 - 15:05"); the time is still the label's.
func TestLabelledTimeAfterWeekday(t *testing.T) {
	page := `<html lang="es"><head><title>El pleno aprueba el presupuesto</title></head><body>
<h1>El pleno aprueba el presupuesto</h1>
<article><p>El pleno del ayuntamiento aprobó este jueves el presupuesto del próximo año, presentado el 30 de octubre
de 2023, tras un largo debate sobre la reparación de las calles y la financiación de las escuelas públicas.</p>
<p>La oposición votó en contra y pidió más dinero para el mantenimiento de la red de autobuses, que transporta
a más de cuarenta mil viajeros en un día laborable.</p></article>
<div><span>Publicado Jueves, 2 noviembre 2023 - 15:05 CET</span></div></body></html>`
	r, err := extract.Extract("https://example.es/politica/pleno", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	eqTime(t, r.Published, time.Date(2023, 11, 2, 14, 5, 0, 0, time.UTC))
}
