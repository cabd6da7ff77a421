package article

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query keys that never change what a page shows; they only tell the
// publisher where a click came from, so two URLs differing only in them are one article.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true, "ref_src": true,
	"spm": true, "cmpid": true, "ncid": true,
}

// Canonical normalises raw into the form used for identity: https scheme, lower-case host
// without default port or "www." kept as is, no fragment, no tracking parameters, sorted
// query, and no trailing slash on non-root paths.
func Canonical(raw string) (string, error) {
	return normalize(raw, true)
}

// Clean is Canonical without the scheme upgrade: the link readers are given. An http-only
// site must keep its http link, while its identity still matches the https variant.
func Clean(raw string) (string, error) {
	return normalize(raw, false)
}

func normalize(raw string, upgrade bool) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("article: canonical url %q: %w", raw, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return "", fmt.Errorf("article: canonical url %q: not absolute", raw)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("article: canonical url %q: scheme %q is not http(s)", raw, u.Scheme)
	}
	u.Scheme = scheme
	if upgrade {
		u.Scheme = "https"
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	if p := u.Port(); p != "" && !(p == "443" && scheme == "https") && !(p == "80" && scheme == "http") {
		host = host + ":" + p
	}
	u.Host = host
	u.User = nil
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	if len(u.Path) > 1 {
		u.Path = strings.TrimRight(u.Path, "/")
		if u.Path == "" {
			u.Path = "/"
		}
	}
	u.RawPath = ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	u.ForceQuery = false
	return u.String(), nil
}
