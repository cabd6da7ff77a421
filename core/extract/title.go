package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators split a headline from the site name in <title> and og:title.
var titleSeparators = []string{" | ", " -- ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " : ", " // ", " ~ "}

// cleanTitle strips a site-name suffix or prefix ("… - BBC News", "한국금융신문 | …") when the
// page names its site (og:site_name, JSON-LD publisher) or the part matches the host name.
func cleanTitle(title string, siteNames []string, host string) string {
	title = normSpace(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if isSiteName(tail, siteNames, host) && len([]rune(head)) >= 4 {
				return strings.TrimSpace(head)
			}
		}
		if j := strings.Index(title, sep); j > 0 {
			head, tail := title[:j], title[j+len(sep):]
			if isSiteName(head, siteNames, host) && len([]rune(tail)) >= 4 {
				return strings.TrimSpace(tail)
			}
		}
	}
	return cutStatedSiteName(title, siteNames)
}

// cutStatedSiteName cuts a stated site name off either end of a title when punctuation the
// separator list does not hold joins them: full-width forms ("…｜ガジェット通信", "…：朝日新聞デジタル")
// or a colon without spaces ("…「Treeviz」:phpspot開発日誌"). The name must be the page's own
// (og:site_name, JSON-LD publisher): a host label is too short a match to cut on.
func cutStatedSiteName(title string, siteNames []string) string {
	lower := strings.ToLower(title)
	for _, name := range siteNames {
		name = strings.ToLower(normSpace(name))
		if utf8.RuneCountInString(squash(name)) < 3 || len(name) >= len(lower) {
			continue
		}
		if strings.HasSuffix(lower, name) {
			rest := title[:len(title)-len(name)]
			if head := strings.TrimRightFunc(rest, isJoiner); punctuated(rest[len(head):]) && utf8.RuneCountInString(head) >= 4 {
				return head
			}
		}
		if strings.HasPrefix(lower, name) {
			rest := title[len(name):]
			if tail := strings.TrimLeftFunc(rest, isJoiner); punctuated(rest[:len(rest)-len(tail)]) && utf8.RuneCountInString(tail) >= 4 {
				return tail
			}
		}
	}
	return title
}

// punctuated reports whether a joiner holds more than spaces: "The Guardian view on …" and
// "… on Twitter" name the site inside the headline's sentence.
func punctuated(joiner string) bool { return strings.TrimSpace(joiner) != "" }

// isJoiner reports the spaces and punctuation that may join a site name to a headline;
// brackets and quotes are not among them, as they close a headline's own phrase.
func isJoiner(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '|', '-', ':', '/', '~', '·', '«', '»', '_', '｜', '：', '－', '–', '—', '／', '〜', '～', '＠':
		return true
	}
	return false
}

func isSiteName(part string, siteNames []string, host string) bool {
	k := squash(part)
	if k == "" {
		return false
	}
	for _, s := range siteNames {
		if s = squash(s); s != "" && (s == k || strings.Contains(k, s) && len(k) <= len(s)+12) {
			return true
		}
	}
	for _, label := range hostLabels(host) {
		if label == k {
			return true
		}
	}
	return false
}

// hostLabels gives the distinctive labels of a host: "www.entermedia.co.kr" → ["entermedia"].
func hostLabels(host string) []string {
	var out []string
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		switch l {
		case "", "www", "m", "news", "com", "co", "kr", "net", "org", "uk", "jp", "ru", "br", "es", "de", "fr", "amp":
			continue
		}
		out = append(out, l)
	}
	return out
}

// squash lowercases and drops everything but letters and digits, so "BBC News" matches "bbcnews".
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}
