package extract

import (
	"iter"
	"strings"
)

// occurrences yields the byte offset of each place sub stands in s, each search starting after
// the end of the last place (so they never overlap), in order: the strings.Index loop from an
// offset that many readers of a page's text run, written once. A reader that stops early breaks
// out of its range loop; an empty sub yields nothing.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for from := 0; ; {
			i := strings.Index(s[from:], sub)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(sub)
		}
	}
}

// upTo yields the first n values of seq at the most: a reader that bounds the places of a name
// it reads in a long text.
func upTo[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		k := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if k++; k == n {
				return
			}
		}
	}
}
