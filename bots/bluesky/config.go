package bluesky

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"paperboy/core/channel"
)

// DefaultService is Bluesky's entryway; it routes each account to its PDS.
const DefaultService = "https://bsky.social"

// Config is one Bluesky account as written in the config file.
type Config struct {
	// Service is the PDS (or entryway) base URL; default https://bsky.social, set it for a self-hosted PDS.
	Service string `yaml:"service"`
	// Identifier is the account's handle (news.example.com) or DID (did:plc:…).
	Identifier string `yaml:"identifier"`
	// AppPassword is an app password from Settings → Privacy and security → App passwords; a secret, prefer app_password_file.
	AppPassword string `yaml:"app_password"`
}

var (
	handleRe = regexp.MustCompile(`^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$`)
	didRe    = regexp.MustCompile(`^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$`)
)

// Validate fills defaults, then checks every field. Errors never contain the app password.
func (c *Config) Validate() error {
	c.Service = strings.TrimRight(strings.TrimSpace(c.Service), "/")
	if c.Service == "" {
		c.Service = DefaultService
	}
	c.Identifier = strings.TrimPrefix(strings.TrimSpace(c.Identifier), "@")
	var errs []error
	if u, err := url.Parse(c.Service); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, channel.FieldErr("service", fmt.Errorf("service: %q is not an http(s) URL", channel.RedactURL(c.Service))))
	}
	if !handleRe.MatchString(c.Identifier) && !didRe.MatchString(c.Identifier) {
		errs = append(errs, channel.FieldErr("identifier", fmt.Errorf("identifier: %q is not a handle (news.example.com) or DID", c.Identifier)))
	}
	if c.AppPassword == "" {
		errs = append(errs, channel.FieldErr("app_password", errors.New("app_password: missing (set app_password or app_password_file)")))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("bluesky: %w", err)
	}
	return nil
}
