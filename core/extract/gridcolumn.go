package extract

import "strings"

// gridColumn reports a lowered class name that sets a grid column's width for one kind of
// screen or medium ("col-xs-12", "col-print-12": full width when printed): a layout's column,
// whatever word names the medium, never a print button's or a tag list's box.
func gridColumn(l string) bool {
	rest, ok := strings.CutPrefix(l, "col-")
	if !ok {
		return false
	}
	medium, width, ok := strings.Cut(rest, "-")
	if !ok || medium == "" || width == "" || len(width) > 2 {
		return false
	}
	for i := 0; i < len(medium); i++ {
		if medium[i] < 'a' || medium[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(width); i++ {
		if width[i] < '0' || width[i] > '9' {
			return false
		}
	}
	return true
}
