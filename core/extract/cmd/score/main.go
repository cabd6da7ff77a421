// Command score rates paperboy's article extraction on directories of pages with expected
// values (the layout is documented in package core/extract/evaluate):
//
//	go run ./core/extract/cmd/score [-v] [-md] DIR...
//
// -v prints what was extracted wherever a field was missed; -md prints one Markdown table
// row per directory, as in BENCHMARKS.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"paperboy/bench/measure"
	"paperboy/core/extract/evaluate"
)

func main() {
	detail := flag.Bool("v", false, "show the extracted values of every missed field")
	md := flag.Bool("md", false, "print a Markdown summary row per directory instead of the page table")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: score [-v] [-md] DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *md {
		evaluate.MarkdownHeader(os.Stdout)
	}
	for _, dir := range flag.Args() {
		cases, err := evaluate.Load(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		res := evaluate.Run(cases, evaluate.Paperboy, measure.CPUSeconds)
		if *md {
			evaluate.WriteMarkdownRow(os.Stdout, filepath.Base(dir), res.Summarize(5))
			continue
		}
		fmt.Printf("== %s\n", dir)
		evaluate.WriteText(os.Stdout, res, *detail)
	}
}
