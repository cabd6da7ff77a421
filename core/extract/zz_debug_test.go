//go:build dbgdates

package extract_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"paperboy/core/extract"
	"paperboy/core/extract/evaluate"
)

func TestZZDebugDates(t *testing.T) {
	dir := os.Getenv("DBGDIR")
	if dir == "" {
		t.Skip()
	}
	cases, err := evaluate.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	only := os.Getenv("DBGONLY")
	for _, c := range cases {
		if only != "" && !strings.Contains(c.Name, only) {
			continue
		}
		var lines []string
		extract.SetDebugDates(func(s string) { lines = append(lines, s) })
		out, _ := evaluate.Paperboy.Run(c)
		s := evaluate.Score(c, out)
		if s.Day != nil && !*s.Day || only != "" {
			w := "null"
			if c.Want.Published != nil {
				w = *c.Want.Published
			}
			fmt.Printf("== %s %s\n   want %s got %s\n", c.Name, c.Want.URL, w, out.Published.Format("2006-01-02T15:04:05Z07:00"))
			for _, l := range lines {
				fmt.Println("     ", l)
			}
		}
	}
}
