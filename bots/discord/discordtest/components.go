package discordtest

import (
	"fmt"
	"unicode/utf8"
)

// checkComponents applies Discord's rules for message components: at most 5 action rows of
// at most 5 buttons; a button has style 1–5, a label of at most 80 characters, and a
// custom_id of 1–100 characters (or, for link buttons of style 5, a url instead).
func checkComponents(fe *formErrors, rows []ActionRow) {
	if len(rows) > 5 {
		fe.add("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
	}
	for i, row := range rows {
		at := fmt.Sprintf("components.%d.", i)
		if row.Type != 1 {
			fe.add(at+"type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).")
		}
		if n := len(row.Components); n < 1 || n > 5 {
			fe.add(at+"components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
		}
		for j, b := range row.Components {
			bat := fmt.Sprintf("%scomponents.%d.", at, j)
			if b.Type != 2 {
				fe.add(bat+"type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (2, 3, 5, 6, 7, 8).")
			}
			if b.Style < 1 || b.Style > 5 {
				fe.add(bat+"style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5}.")
			}
			if utf8.RuneCountInString(b.Label) > 80 {
				fe.add(bat+"label", "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.")
			}
			switch n := utf8.RuneCountInString(b.CustomID); {
			case b.Style == 5 && b.URL == "":
				fe.add(bat+"url", "BASE_TYPE_REQUIRED", "This field is required")
			case b.Style != 5 && (n < 1 || n > 100):
				fe.add(bat+"custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
			}
		}
	}
}
