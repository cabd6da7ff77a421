package mastodon

import (
	"errors"
	"fmt"
	"net/url"
	"paperboy/core/channel"
	"regexp"
	"strings"
	"text/template"
	"time"
)

// Status visibilities Mastodon accepts.
var visibilities = map[string]bool{"public": true, "unlisted": true, "private": true, "direct": true}

// isoLanguage is an ISO 639-1 (or 639-3) code, the form Mastodon's language field takes.
var isoLanguage = regexp.MustCompile(`^[a-z]{2,3}$`)

// Config is one Mastodon account as written in the config file.
type Config struct {
	// Server is the instance's base URL, e.g. https://mastodon.social (also where tests point a fake).
	Server string `yaml:"server"`
	// Token is the account's access token with the write:statuses and write:media scopes; prefer token_file.
	Token string `yaml:"token"`
	// Visibility of each status: public (default), unlisted, private (followers only) or direct.
	Visibility string `yaml:"visibility"`
	// Language is the ISO 639 code set on every status; empty uses the article's own language.
	Language string `yaml:"language"`
	// Spoiler is an optional text/template for a content warning over .Title .Source .Author .Tags, e.g. "{{.Source}}".
	Spoiler string `yaml:"spoiler"`
	// Media uploads the lead image (alt text = title) and attaches it to the status.
	Media bool `yaml:"media"`
	// MaxCharacters overrides the instance's character limit; 0 reads it from /api/v2/instance once.
	MaxCharacters int `yaml:"max_characters"`
}

// Validate fills defaults, then checks every field. Errors never contain the token.
func (c *Config) Validate() error {
	c.Server = strings.TrimRight(strings.TrimSpace(c.Server), "/")
	c.Visibility = strings.ToLower(strings.TrimSpace(c.Visibility))
	if c.Visibility == "" {
		c.Visibility = "public"
	}
	c.Language = strings.ToLower(strings.TrimSpace(c.Language))
	var errs []error
	if u, err := url.Parse(c.Server); c.Server == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		errs = append(errs, channel.FieldErr("server", errors.New("mastodon: server: must be the instance's http(s) base URL, e.g. https://mastodon.social")))
	} else if u.RawQuery != "" || u.User != nil {
		errs = append(errs, channel.FieldErr("server", errors.New("mastodon: server: must not carry a query or user info")))
	}
	if c.Token == "" {
		errs = append(errs, channel.FieldErr("token", errors.New("mastodon: token: is required (or token_file)")))
	} else if strings.ContainsAny(c.Token, " \t\r\n") {
		errs = append(errs, channel.FieldErr("token", errors.New("mastodon: token: contains whitespace")))
	}
	if !visibilities[c.Visibility] {
		errs = append(errs, channel.FieldErr("visibility", fmt.Errorf("mastodon: visibility: %q is not public, unlisted, private or direct", c.Visibility)))
	}
	if c.Language != "" && !isoLanguage.MatchString(c.Language) {
		errs = append(errs, channel.FieldErr("language", fmt.Errorf("mastodon: language: %q is not an ISO 639 code like ko or en", c.Language)))
	}
	if _, err := parseSpoiler(c.Spoiler); err != nil {
		errs = append(errs, err)
	}
	if c.MaxCharacters != 0 && c.MaxCharacters < minLimit {
		errs = append(errs, channel.FieldErr("max_characters", fmt.Errorf("mastodon: max_characters: %d is below %d", c.MaxCharacters, minLimit)))
	}
	return errors.Join(errs...)
}

// spoilerData is what the spoiler template sees.
type spoilerData struct {
	Title, Source, Author string
	Tags                  []string
	Published             time.Time
}

// parseSpoiler compiles the spoiler template and runs it once over a sample post, so a
// misspelled field fails at config load rather than on the first article.
func parseSpoiler(s string) (*template.Template, error) {
	if s == "" {
		return nil, nil
	}
	t, err := template.New("spoiler").Option("missingkey=error").Parse(s)
	if err != nil {
		return nil, channel.FieldErr("spoiler", fmt.Errorf("mastodon: spoiler: %w", err))
	}
	if err := t.Execute(&strings.Builder{}, spoilerData{Title: "t", Source: "s"}); err != nil {
		return nil, channel.FieldErr("spoiler", fmt.Errorf("mastodon: spoiler: %w", err))
	}
	return t, nil
}
