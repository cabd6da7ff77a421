// Command extractcmp scores paperboy's article extraction next to go-readability and
// go-trafilatura on the same pages in one run, one Markdown table per directory, as in
// BENCHMARKS.md:
//
//	cd bench/extractcmp && go run . [-only paperboy,go-readability] DIR...
//
// It is a module of its own so that go-trafilatura and its dependencies (a WebAssembly regexp
// engine, date parsers for 200 languages) stay out of paperboy's build and start-up. Every
// contestant gets the page's raw bytes; go-readability and go-trafilatura detect the charset
// themselves (go-shiori/dom), paperboy through core/fetch. Pages with expected values are
// described in package core/extract/evaluate.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"paperboy/bench/measure"
	"paperboy/core/extract/evaluate"
)

func main() {
	only := flag.String("only", "", "comma-separated contestants to run (paperboy, go-readability, go-trafilatura)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: extractcmp [-only NAMES] DIR...")
		os.Exit(2)
	}
	var contestants []evaluate.Extractor
	for _, ex := range []evaluate.Extractor{evaluate.Paperboy, goReadability, goTrafilatura} {
		if *only == "" || strings.Contains(","+*only+",", ","+ex.Name+",") {
			contestants = append(contestants, ex)
		}
	}
	for _, dir := range flag.Args() {
		cases, err := evaluate.Load(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("\n%s (%d pages)\n\n", filepath.Base(filepath.Clean(dir)), len(cases))
		evaluate.MarkdownHeader(os.Stdout)
		for _, ex := range contestants {
			res := evaluate.Run(cases, ex, measure.CPUSeconds)
			evaluate.WriteMarkdownRow(os.Stdout, ex.Name, res.Summarize(5))
		}
	}
}

func pageURL(c evaluate.Case) *url.URL {
	u, err := url.Parse(c.Want.URL)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// goReadability is Mozilla Readability's Go port as a user would call it on a stored page.
var goReadability = evaluate.Extractor{Name: "go-readability", Run: func(c evaluate.Case) (evaluate.Output, error) {
	art, err := readability.FromReader(bytes.NewReader(c.Raw), pageURL(c))
	if err != nil {
		return evaluate.Output{}, err
	}
	out := evaluate.Output{Title: art.Title, Image: art.Image, Body: art.TextContent}
	if art.Byline != "" {
		out.Authors = splitNames(strings.TrimPrefix(strings.TrimPrefix(art.Byline, "By "), "by "))
	}
	if art.PublishedTime != nil {
		out.Published = *art.PublishedTime
	}
	return out, nil
}}

// goTrafilatura is trafilatura's Go port with its fallback extractors (go-readability and
// go-domdistiller), the configuration its README benchmarks as the most accurate.
var goTrafilatura = evaluate.Extractor{Name: "go-trafilatura", Run: func(c evaluate.Case) (evaluate.Output, error) {
	res, err := trafilatura.Extract(bytes.NewReader(c.Raw), trafilatura.Options{OriginalURL: pageURL(c), EnableFallback: true})
	if err != nil {
		return evaluate.Output{}, err
	}
	m := res.Metadata
	return evaluate.Output{Title: m.Title, Authors: splitNames(m.Author), Published: m.Date, Image: m.Image, Body: res.ContentText}, nil
}}

// splitNames splits the author strings the other extractors return ("A; B", "A, B and C").
func splitNames(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '|' }) {
		for _, name := range strings.Split(part, " and ") {
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}
