package webhook

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"paperboy/core/channel"
	"strings"
)

// secretPrefix starts every Standard Webhooks signing secret.
const secretPrefix = "whsec_"

// Standard Webhooks asks for signing keys of 24 to 64 bytes.
const (
	minSecretBytes = 24
	maxSecretBytes = 64
)

// FormatJSON is the one body format: the Standard Webhooks envelope around the post.
const FormatJSON = "json"

// Config is one generic webhook endpoint as written in the config file.
type Config struct {
	// URL is the receiver's https endpoint; it may carry a secret in its query, so errors show it redacted.
	URL string `yaml:"url"`
	// Secret is the Standard Webhooks signing secret "whsec_<base64>" shared with the receiver (or secret_file).
	Secret string `yaml:"secret"`
	// Headers are extra request headers (e.g. Authorization); their values never appear in errors or previews.
	Headers map[string]string `yaml:"headers"`
	// Format is the body format; only "json" (the default) exists today.
	Format string `yaml:"format"`
	// EventType is the event type written in the body's "type" field (default "article.published"); the key is
	// event_type because "type" names the channel type.
	EventType string `yaml:"event_type"`
}

// reservedHeaders are set by the sender and may not be overridden by headers.
var reservedHeaders = map[string]bool{
	"Webhook-Id": true, "Webhook-Timestamp": true, "Webhook-Signature": true,
	"Content-Type": true, "Content-Length": true, "Host": true, "Transfer-Encoding": true,
}

// Validate fills defaults, then checks every field. Errors never contain the secret, a header
// value or the URL's query.
func (c *Config) Validate() error {
	c.Format = strings.ToLower(strings.TrimSpace(c.Format))
	if c.Format == "" {
		c.Format = FormatJSON
	}
	if c.EventType == "" {
		c.EventType = "article.published"
	}
	var errs []error
	if u, err := url.Parse(c.URL); c.URL == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, channel.FieldErr("url", fmt.Errorf("webhook: url: must be an http(s) URL, got %q", redactedOrEmpty(c.URL))))
	}
	if _, err := decodeSecret(c.Secret); err != nil {
		errs = append(errs, err)
	}
	for k, v := range c.Headers {
		canon := http.CanonicalHeaderKey(strings.TrimSpace(k))
		switch {
		case canon == "" || strings.ContainsAny(canon, " \t\r\n:"):
			errs = append(errs, channel.FieldErr("headers", fmt.Errorf("webhook: headers: %q is not a header name", k)))
		case reservedHeaders[canon]:
			errs = append(errs, channel.FieldErr("headers", fmt.Errorf("webhook: headers: %s is set by paperboy and cannot be overridden", canon)))
		case strings.ContainsAny(v, "\r\n"):
			errs = append(errs, channel.FieldErr("headers", fmt.Errorf("webhook: headers: the value of %s contains a line break", canon)))
		}
	}
	if c.Format != FormatJSON {
		errs = append(errs, channel.FieldErr("format", fmt.Errorf("webhook: format: %q is not supported (use json)", c.Format)))
	}
	return errors.Join(errs...)
}

// decodeSecret returns the signing key inside a "whsec_<base64>" secret. The error never
// repeats the secret.
func decodeSecret(s string) ([]byte, error) {
	if s == "" {
		return nil, channel.FieldErr("secret", errors.New("webhook: secret: is required (whsec_ followed by base64; or secret_file)"))
	}
	if !strings.HasPrefix(s, secretPrefix) {
		return nil, channel.FieldErr("secret", errors.New("webhook: secret: must start with whsec_"))
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(s, secretPrefix))
	if err != nil {
		return nil, channel.FieldErr("secret", errors.New("webhook: secret: the part after whsec_ is not standard base64"))
	}
	if len(key) < minSecretBytes || len(key) > maxSecretBytes {
		return nil, channel.FieldErr("secret", fmt.Errorf("webhook: secret: decodes to %d bytes, want %d to %d", len(key), minSecretBytes, maxSecretBytes))
	}
	return key, nil
}

// redactedOrEmpty shows a URL without its secrets, or "" when none was given.
func redactedOrEmpty(u string) string {
	if u == "" {
		return ""
	}
	return redactURL(u)
}

// redactURL keeps only the scheme and host: generic endpoints (Zapier, n8n, Make…) often carry
// their token in the path or the query, so neither may reach an error or a log line.
func redactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return "<unparseable url>"
	}
	out := p.Scheme + "://" + p.Host
	if (p.Path != "" && p.Path != "/") || p.RawQuery != "" {
		out += "/<redacted>"
	}
	return out
}
