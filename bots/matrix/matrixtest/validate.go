package matrixtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
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

// validateMessage checks an m.room.message content the way a strict client would render it.
func validateMessage(body []byte) error {
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
	return validateHTML(s)
}

// validateHTML accepts only allowed tags, balanced, with safe link targets.
func validateHTML(s string) error {
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
