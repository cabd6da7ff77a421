package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// capsNameTail cuts what follows a name printed in capitals when it is written in normal case:
// "JILLIAN WARD The World", the writer's name and, on the byline's next line, the outlet or
// title a layout prints there ("Staff Writer"), which the author meta and the byline's text
// run together. The capitals end the name: two words at least, no initial, each word of the tail a
// capital and small letters ("The", "World") or a small word ("of"). A name whose own words
// mix the cases ("MARY ANN McDONALD") keeps them all.
func capsNameTail(name string) string {
	words := strings.Fields(name)
	n := 0
	// Initials are capitals in any name ("J. K. Rowling"): a word of the name has two letters.
	for n < len(words) && isUpperWords(words[n]) && !strings.Contains(words[n], ".") && utf8.RuneCountInString(words[n]) > 1 {
		n++
	}
	if n < 2 || n == len(words) || n > 4 {
		return name
	}
	for _, w := range words[n:] {
		if !normalCaseWord(w) {
			return name
		}
	}
	if r, _ := utf8.DecodeRuneInString(words[n]); !unicode.IsUpper(r) {
		return name // "JANE ROE and JOHN DOE" is two writers, left to the split
	}
	return strings.Join(words[:n], " ")
}

// normalCaseWord reports a word of letters written in normal case: an optional capital, then
// small letters only ("The", "of", "World").
func normalCaseWord(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case !unicode.IsLetter(r):
			return false
		case unicode.IsUpper(r) && i > 0:
			return false
		}
		letters++
	}
	return letters > 1
}
