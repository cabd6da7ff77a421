package matrixtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxEvent is the spec's size limit for an event.
const maxEvent = 65536

// allowedTags is the HTML subset the client-server spec (m.room.message, "m.text" formatted
// bodies) says clients should render; anything else would be stripped or shown raw.
var allowedTags = map[string]bool{
	"font": true, "del": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "p": true, "a": true, "ul": true, "ol": true, "sup": true, "sub": true, "li": true,
	"b": true, "i": true, "u": true, "strong": true, "em": true, "s": true, "code": true, "hr": true,
	"br": true, "div": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true,
	"td": true, "caption": true, "pre": true, "span": true, "img": true, "details": true, "summary": true,
}

var voidTags = map[string]bool{"br": true, "hr": true, "img": true}

// validateMessage checks an m.room.message content the way a strict client would render it;
// known reports whether an mxc:// URI names media uploaded to this server.
func validateMessage(body []byte, known func(uri string) bool) error {
	if !utf8.Valid(body) {
		return errors.New("content is not valid UTF-8")
	}
	var c map[string]any
	if err := json.Unmarshal(body, &c); err != nil {
		return fmt.Errorf("content is not a JSON object: %w", err)
	}
	msgtype, _ := c["msgtype"].(string)
	switch msgtype {
	case "m.text", "m.notice", "m.emote":
	default:
		return fmt.Errorf("unsupported msgtype %q", msgtype)
	}
	if b, ok := c["body"].(string); !ok || strings.TrimSpace(b) == "" {
		return errors.New("body must be a non-empty string")
	}
	format, hasFormat := c["format"]
	fb, hasFB := c["formatted_body"]
	if !hasFormat && !hasFB {
		return nil
	}
	if format != "org.matrix.custom.html" {
		return fmt.Errorf("format %v is not org.matrix.custom.html", format)
	}
	s, ok := fb.(string)
	if !ok {
		return errors.New("formatted_body must be a string")
	}
	return validateHTML(s, known)
}

// imgAttrs are the attributes the spec allows on <img>; src must be an mxc:// URI (clients
// never load http(s) images from a message: that would leak every reader's address).
var imgAttrs = map[string]bool{"src": true, "alt": true, "title": true, "width": true, "height": true}

// validateHTML accepts only allowed tags, balanced, with safe link targets and images that
// were uploaded here.
func validateHTML(s string, known func(uri string) bool) error {
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				return fmt.Errorf("formatted_body: unclosed <%s>", open[len(open)-1])
			}
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				return fmt.Errorf("formatted_body: tag <%s> is not allowed", tok.Data)
			}
			if tok.Data == "img" {
				if err := validateImg(tok, known); err != nil {
					return err
				}
			}
			for _, a := range tok.Attr {
				if tok.Data == "a" && a.Key == "href" {
					u, err := url.Parse(a.Val)
					if err != nil || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "mailto") {
						return fmt.Errorf("formatted_body: link %q has a disallowed scheme", a.Val)
					}
				}
			}
			if !voidTags[tok.Data] && tok.Type == html.StartTagToken {
				open = append(open, tok.Data)
			}
		case html.EndTagToken:
			tok := z.Token()
			if voidTags[tok.Data] {
				continue
			}
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				return fmt.Errorf("formatted_body: mis-nested </%s>", tok.Data)
			}
			open = open[:len(open)-1]
		}
	}
}

// validateImg checks one <img>: allowed attributes only, a src naming uploaded media, and
// numeric sizes.
func validateImg(tok html.Token, known func(uri string) bool) error {
	src := ""
	for _, a := range tok.Attr {
		if !imgAttrs[a.Key] {
			return fmt.Errorf("formatted_body: <img %s> is not allowed", a.Key)
		}
		switch a.Key {
		case "src":
			src = a.Val
		case "width", "height":
			if n, err := strconv.Atoi(a.Val); err != nil || n <= 0 {
				return fmt.Errorf("formatted_body: <img %s=%q> is not a positive number", a.Key, a.Val)
			}
		}
	}
	if !strings.HasPrefix(src, "mxc://") {
		return fmt.Errorf("formatted_body: <img src=%q>: only mxc:// URIs are allowed", src)
	}
	if known == nil || !known(src) {
		return fmt.Errorf("formatted_body: <img src=%q>: no such media on this server", src)
	}
	return nil
}
