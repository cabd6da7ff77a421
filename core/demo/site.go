package demo

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"

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
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"demo-feed-1"`)
		if r.Header.Get("If-None-Match") == `"demo-feed-1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write([]byte(s.feed()))
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
