package pubdate

import "testing"

func TestIsStamp(t *testing.T) {
	for _, s := range []string{
		"Publiziert: 01.07.2023, 11:16",
		"28.04.2024 | 09:36 Uhr",
		"Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.",
		"Actualizado a las 20:56h.",
		"Updated on September 19 at 3:15 p.m.",
		"Published 12.05.2024 10:30 • 8 hours ago",
		"Publication date: 02/12/2024",
		"access_time 12 nov 2019, 09h05 - Atualizado em 12 nov 2019, 11h30",
		"terça-feira, 12 de novembro de 2019 - 09h05 Atualizado em terça-feira, 12 de novembro de 2019 - 11h30",
		"12 de novembro de 2019 às 09:05",
	} {
		if !IsStamp(s) {
			t.Errorf("IsStamp(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Am 31.10.2023, gegen 23:40 Uhr, brannte eine Scheune.",
		"The meeting on 12.05.2024 lasted 3 hours",
		"Jun 26, 2022 • Ottawa Citizen",
		"Council passes budget",
		"Em 12 de novembro, às 09h05, o time venceu de virada",
	} {
		if IsStamp(s) {
			t.Errorf("IsStamp(%q) = true, want false", s)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for _, s := range []string{
		"January 18, 2020",
		"Mittwoch, 20. November 2019 · 08:02 Uhr",
		"Published on Jan 18, 2020 at 10:15 am",
		"28.04.2024 | 09:36 Uhr",
	} {
		if !IsDateLine(s, Context{}) {
			t.Errorf("IsDateLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Paris, January 18, 2020",
		"The meeting on January 18, 2020 lasted 3 hours",
		"Council passes budget",
		"Jun 26, 2022 • Ottawa Citizen",
	} {
		if IsDateLine(s, Context{}) {
			t.Errorf("IsDateLine(%q) = true, want false", s)
		}
	}
}
