// Command dump prints one JSON line per page of each directory given: what paperboy's
// extraction scored and the values it returned, for page-by-page comparison of two builds.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"paperboy/core/extract/evaluate"
)

type line struct {
	Set      string   `json:"set"`
	Name     string   `json:"name"`
	Title    *bool    `json:"title,omitempty"`
	Authors  *bool    `json:"authors,omitempty"`
	Instant  *bool    `json:"instant,omitempty"`
	Day      *bool    `json:"day,omitempty"`
	Image    *bool    `json:"image,omitempty"`
	Charset  *bool    `json:"charset,omitempty"`
	F1       *float64 `json:"f1,omitempty"`
	Opening  *bool    `json:"opening,omitempty"`
	TP       int      `json:"tp"`
	FN       int      `json:"fn"`
	FP       int      `json:"fp"`
	TN       int      `json:"tn"`
	Err      string   `json:"err,omitempty"`
	GTitle   string   `json:"g_title"`
	GAuthors []string `json:"g_authors"`
	GDate    string   `json:"g_date"`
	GImage   string   `json:"g_image"`
	GCharset string   `json:"g_charset"`
	GBodyLen int      `json:"g_body_len"`
	GHead    string   `json:"g_body_head"`
	GTail    string   `json:"g_body_tail"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, dir := range os.Args[1:] {
		cases, err := evaluate.Load(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		res := evaluate.Run(cases, evaluate.Paperboy, nil)
		for _, p := range res.Pages {
			r := []rune(p.Got.Body)
			head, tail := r, r
			if len(r) > 160 {
				head, tail = r[:160], r[len(r)-160:]
			}
			d := ""
			if !p.Got.Published.IsZero() {
				d = p.Got.Published.Format(time.RFC3339)
			}
			l := line{Set: filepath.Base(filepath.Clean(dir)), Name: p.Name, Title: p.Title, Authors: p.Authors,
				Instant: p.Instant, Day: p.Day, Image: p.Image, Charset: p.Charset, F1: p.F1, Opening: p.Opening,
				TP: p.TP, FN: p.FN, FP: p.FP, TN: p.TN, Err: p.Err, GTitle: p.Got.Title, GAuthors: p.Got.Authors,
				GDate: d, GImage: p.Got.Image, GCharset: p.Got.Charset, GBodyLen: len(r), GHead: string(head), GTail: string(tail)}
			if err := enc.Encode(l); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
}
