package dashboard

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// pages holds one template set per page: the layout plus that page's "content" and "live".
type pages map[string]*template.Template

func mustParse() pages {
	out := pages{}
	names, _ := fs.Glob(templateFS, "templates/*.html")
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" {
			continue
		}
		out[base] = template.Must(template.New(base).ParseFS(templateFS, "templates/layout.html", n))
	}
	return out
}

// assetHandler serves the embedded CSS and script; they change only with the binary.
func assetHandler() http.Handler {
	fsys, _ := fs.Sub(assetFS, "assets")
	files := http.StripPrefix("/assets/", http.FileServer(http.FS(fsys)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}

// Page is what every template gets: the viewer, language, theme, and the page's data.
type Page struct {
	Lang    string
	Theme   string // "" (follow the system), dark or light
	User    string
	Role    string
	CSRF    string
	Nav     string // the active page
	Flash   string // a one-line result of the last action
	Error   string
	Live    bool // the page updates itself through /events
	Path    string
	Data    any
	loc     *time.Location
	nowTime time.Time
}

// T returns the UI text for key in the page's language.
func (p *Page) T(key string) string { return text(p.Lang, key) }

// Time formats t in the configured zone ("—" for the zero time).
func (p *Page) Time(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	lt := t.In(p.loc)
	if lt.Year() == p.nowTime.In(p.loc).Year() {
		return lt.Format("01-02 15:04:05 MST")
	}
	return lt.Format("2006-01-02 15:04 MST")
}

// ISO is t in RFC 3339 for <time datetime>.
func (p *Page) ISO(t time.Time) string { return t.In(p.loc).Format(time.RFC3339) }

// Editor reports whether the viewer may act (push, retry, drop, pause).
func (p *Page) Editor() bool { return p.Role == RoleEditor }

// render writes the page (or only its "live" part for ?fragment=1) with the security headers.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, status int, p *Page) {
	t := s.pages[name]
	var buf bytes.Buffer
	tmpl := "layout"
	if r.URL.Query().Get("fragment") == "1" && t.Lookup("live") != nil {
		tmpl = "live"
	}
	if err := t.ExecuteTemplate(&buf, tmpl, p); err != nil {
		s.log.Error("dashboard: render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	securityHeaders(h)
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// securityHeaders: no inline script or style, no framing, no caching of signed-in pages, and
// no Referer that could carry a sign-in token off the site. Images may come from anywhere:
// previews show the article's lead image as the platforms would.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

// sparkline turns hourly counts into the points of a 96×24 SVG polyline.
func sparkline(hourly [24]int) string {
	peak := 1
	for _, n := range hourly {
		peak = max(peak, n)
	}
	var b strings.Builder
	for i, n := range hourly {
		if i > 0 {
			b.WriteByte(' ')
		}
		x := i * 96 / 23
		y := 22 - n*20/peak
		b.WriteString(strconv.Itoa(x) + "," + strconv.Itoa(y))
	}
	return b.String()
}
