package slacktest

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// payload is a chat.postMessage or webhook body as the fake reads it.
type payload struct {
	Channel     string  `json:"channel"`
	Text        string  `json:"text"`
	Blocks      []Block `json:"blocks"`
	UnfurlLinks *bool   `json:"unfurl_links"`
	UnfurlMedia *bool   `json:"unfurl_media"`
}

type element struct {
	Type     string          `json:"type"`
	Text     json.RawMessage `json:"text"`
	URL      string          `json:"url"`
	ActionID string          `json:"action_id"`
	ImageURL string          `json:"image_url"`
	AltText  string          `json:"alt_text"`
}

// validate applies Slack's documented Block Kit limits; it returns the error code Slack
// would answer and a detail like Slack's "must be less than 151 characters [json-pointer:…]".
func validate(p payload) (code, detail string) {
	if p.Text == "" && len(p.Blocks) == 0 {
		return "no_text", "no text or blocks"
	}
	if n := utf8.RuneCountInString(p.Text); n > 40000 {
		return "msg_too_long", fmt.Sprintf("text is %d characters", n)
	}
	if len(p.Blocks) > 50 {
		return "invalid_blocks", "no more than 50 items allowed [json-pointer:/blocks]"
	}
	for i, b := range p.Blocks {
		if d := validateBlock(b); d != "" {
			return "invalid_blocks", fmt.Sprintf("%s [json-pointer:/blocks/%d]", d, i)
		}
	}
	return "", ""
}

func validateBlock(b Block) string {
	switch b.Type {
	case "header":
		if b.Text == nil || b.Text.Type != "plain_text" {
			return "header text must be plain_text"
		}
		return textLen(b.Text.Text, 150)
	case "section":
		if b.Text == nil || (b.Text.Type != "plain_text" && b.Text.Type != "mrkdwn") {
			return "section needs a text object"
		}
		return textLen(b.Text.Text, 3000)
	case "image":
		if !httpURL(b.ImageURL) || len(b.ImageURL) > 3000 {
			return "image_url must be an http(s) URL of at most 3000 characters"
		}
		if b.AltText == "" {
			return "missing required field: alt_text"
		}
		return textLen(b.AltText, 2000)
	case "context", "actions":
		var els []element
		if err := json.Unmarshal(b.Elements, &els); err != nil || len(els) == 0 {
			return "elements must be a non-empty array"
		}
		if max := map[string]int{"context": 10, "actions": 25}[b.Type]; len(els) > max {
			return fmt.Sprintf("no more than %d items allowed", max)
		}
		for _, e := range els {
			if d := validateElement(b.Type, e); d != "" {
				return d
			}
		}
		return ""
	}
	return fmt.Sprintf("unsupported type %q", b.Type)
}

func validateElement(block string, e element) string {
	switch {
	case block == "context" && (e.Type == "mrkdwn" || e.Type == "plain_text"):
		var s string
		if json.Unmarshal(e.Text, &s) != nil {
			return "context text must be a string"
		}
		return textLen(s, 3000)
	case block == "context" && e.Type == "image":
		if !httpURL(e.ImageURL) || e.AltText == "" {
			return "context image needs image_url and alt_text"
		}
		return ""
	case block == "actions" && e.Type == "button":
		var t Text
		if json.Unmarshal(e.Text, &t) != nil || t.Type != "plain_text" {
			return "button text must be plain_text"
		}
		if d := textLen(t.Text, 75); d != "" {
			return d
		}
		if e.URL != "" && (!httpURL(e.URL) || len(e.URL) > 3000) {
			return "button url must be an http(s) URL of at most 3000 characters"
		}
		if len(e.ActionID) > 255 {
			return "action_id must be at most 255 characters"
		}
		return ""
	}
	return fmt.Sprintf("unsupported %s element %q", block, e.Type)
}

func textLen(s string, max int) string {
	n := utf8.RuneCountInString(s)
	switch {
	case n == 0:
		return "must be more than 0 characters"
	case n > max:
		return fmt.Sprintf("must be less than %d characters", max+1)
	}
	return ""
}

func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

var token = regexp.MustCompile(`<([^<>]*)>`)

// Plain returns what a reader sees for mrkdwn text: links show their label (or URL), entities
// are decoded. Special mentions (<!channel>, <!here>, <!everyone>, <@U…>, <!subteam^…>) come
// back as "@mention" so tests can tell that text would ping people.
func Plain(mrkdwn string) string {
	out := token.ReplaceAllStringFunc(mrkdwn, func(t string) string {
		inner := t[1 : len(t)-1]
		if strings.HasPrefix(inner, "!") || strings.HasPrefix(inner, "@") {
			return "@mention"
		}
		if _, label, ok := strings.Cut(inner, "|"); ok {
			return label
		}
		return inner
	})
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(out)
}

// Links returns the URLs of <url> and <url|label> links in mrkdwn text, entities decoded.
func Links(mrkdwn string) []string {
	var out []string
	for _, m := range token.FindAllStringSubmatch(mrkdwn, -1) {
		u, _, _ := strings.Cut(m[1], "|")
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			out = append(out, strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(u))
		}
	}
	return out
}
