package demo

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"golang.org/x/text/encoding/korean"
)

// Site is the in-process news site the demo polls.
type Site struct {
	srv *httptest.Server
}

// Start serves the sample feed at /rss.xml and the article pages on a loopback port.
func Start() *Site {
	mux := http.NewServeMux()
	s := &Site{}
	// Each start is a new version of the feed (as a site that regenerates its feed answers with
	// a new ETag), so a second demo run reads the same articles again and shows them skipped as
	// duplicates, while polls within one run still get 304 Not Modified.
	etag := fmt.Sprintf(`"demo-feed-%d"`, time.Now().UnixNano())
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write([]byte(s.feed()))
	})
	mux.HandleFunc("/img/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(Picture(r.URL.Path, 640, 400))
	})
	for _, p := range Pages {
		mux.HandleFunc(p.Path, func(w http.ResponseWriter, r *http.Request) {
			if p.EUCKR {
				// Charset only in <meta>: the header says nothing, like many older Korean sites.
				w.Header().Set("Content-Type", "text/html")
				b, err := korean.EUCKR.NewEncoder().Bytes([]byte(p.HTML))
				if err != nil {
					http.Error(w, err.Error(), http.StatusInternalServerError)
					return
				}
				_, _ = w.Write(b)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(p.HTML))
		})
	}
	s.srv = httptest.NewServer(mux)
	return s
}

// URL is the site's base URL.
func (s *Site) URL() string { return s.srv.URL }

// FeedURL is the sample feed's address.
func (s *Site) FeedURL() string { return s.srv.URL + "/rss.xml" }

// Close stops the site.
func (s *Site) Close() { s.srv.Close() }

func (s *Site) feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0"><channel><title>파란일보 · The Daily Ledger</title><link>` + s.srv.URL + `/</link><description>paperboy demo</description>` + "\n")
	item := func(title, link, desc, date string) {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><description>%s</description><pubDate>%s</pubDate></item>\n",
			html.EscapeString(title), html.EscapeString(link), html.EscapeString(desc), date)
	}
	for _, p := range Pages {
		item(p.FeedTitle, s.srv.URL+p.Path, p.FeedDesc, p.PubDate)
	}
	// The same story again, reached through a newsletter link.
	item(Pages[3].FeedTitle, s.srv.URL+Duplicate, Pages[3].FeedDesc, Pages[3].PubDate)
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// Picture draws a lead image for the demo: a two-colour gradient chosen by name, so every
// article has a real picture that passes paperboy's image check without any network.
func Picture(name string, w, h int) []byte {
	sum := sha256.Sum256([]byte(name))
	a := color.RGBA{sum[0], sum[1], sum[2], 255}
	b := color.RGBA{sum[3], sum[4], sum[5], 255}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			t := float64(x+y) / float64(w+h)
			img.Set(x, y, color.RGBA{mix(a.R, b.R, t), mix(a.G, b.G, t), mix(a.B, b.B, t), 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

func mix(a, b uint8, t float64) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t) }
