package email

import (
	"crypto/x509"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"strings"
	"text/template"
	"time"

	"paperboy/core/channel"
)

// STARTTLS policies.
const (
	TLSRequired      = "required"      // refuse to send unless the server offers STARTTLS (default)
	TLSOpportunistic = "opportunistic" // use STARTTLS when offered, send in clear otherwise
	TLSNone          = "none"          // never upgrade (a local relay on loopback)
)

// MaxDigest is the most articles one digest mail holds: deliver's cap on one batch.
const MaxDigest = channel.MaxBatch

// DefaultSubject is the subject template: the title, with the article count for digests.
const DefaultSubject = `{{if gt .Count 1}}[{{.Count}}] {{end}}{{.Title}}`

// Config is one mail destination as written in the config file.
type Config struct {
	// Host is the SMTP server (submission relay) host name.
	Host string `yaml:"host"`
	// Port is the SMTP port (default 587, submission with STARTTLS).
	Port int `yaml:"port"`
	// Username is the SMTP AUTH user; empty sends without authentication.
	Username string `yaml:"username"`
	// Password is the SMTP AUTH password; a secret, prefer password_file.
	Password string `yaml:"password"`
	// StartTLS is required (default), opportunistic or none.
	StartTLS string `yaml:"starttls"`
	// CAFile is a PEM file of extra CAs to trust for the server's certificate (a private relay).
	CAFile string `yaml:"ca_file"`
	// From is the sender address, e.g. "뉴스봇 <news@example.com>".
	From string `yaml:"from"`
	// To lists the recipient addresses.
	To []string `yaml:"to"`
	// Subject is a text/template over .Title .Source .Count .Posts (default DefaultSubject).
	Subject string `yaml:"subject"`
	// Digest is how many articles one digest mail collects, at most MaxDigest (0 or 1 without a
	// digest_period = one mail per article); see README.
	Digest int `yaml:"digest"`
	// DigestPeriod is the longest an article waits in a digest after it was queued, e.g. 1h
	// (0 = no time bound: a digest goes out only when it holds digest articles).
	DigestPeriod time.Duration `yaml:"digest_period"`
	// ListUnsubscribe is an optional List-Unsubscribe target: a mailto: or https: URL.
	ListUnsubscribe string `yaml:"list_unsubscribe"`
	// Timeout bounds one whole SMTP conversation (default 30s).
	Timeout time.Duration `yaml:"timeout"`
}

// Validate fills defaults, then checks every field. Errors never contain the password.
func (c *Config) Validate() error {
	c.Host = strings.TrimSpace(c.Host)
	if c.Port == 0 {
		c.Port = 587
	}
	c.StartTLS = strings.ToLower(strings.TrimSpace(c.StartTLS))
	if c.StartTLS == "" {
		c.StartTLS = TLSRequired
	}
	if c.Subject == "" {
		c.Subject = DefaultSubject
	}
	if c.Timeout == 0 {
		c.Timeout = 30 * time.Second
	}
	var errs []error
	if c.Host == "" || strings.ContainsAny(c.Host, " /:") && !strings.HasPrefix(c.Host, "[") {
		errs = append(errs, channel.FieldErr("host", fmt.Errorf("host: %q is not a host name", c.Host)))
	}
	if c.Port < 1 || c.Port > 65535 {
		errs = append(errs, channel.FieldErr("port", fmt.Errorf("port: %d is not a TCP port", c.Port)))
	}
	switch c.StartTLS {
	case TLSRequired, TLSOpportunistic, TLSNone:
	default:
		errs = append(errs, channel.FieldErr("starttls", fmt.Errorf("starttls: %q is not required, opportunistic or none", c.StartTLS)))
	}
	if c.Password != "" && c.Username == "" {
		errs = append(errs, channel.FieldErr("username", errors.New("username: missing while a password is set")))
	}
	if _, err := c.caPool(); err != nil {
		errs = append(errs, err)
	}
	if _, err := mail.ParseAddress(c.From); err != nil {
		errs = append(errs, channel.FieldErr("from", fmt.Errorf("from: %q is not an address: %w", c.From, err)))
	}
	if len(c.To) == 0 {
		errs = append(errs, channel.FieldErr("to", errors.New("to: at least one recipient is needed")))
	}
	for i, to := range c.To {
		if _, err := mail.ParseAddress(to); err != nil {
			errs = append(errs, channel.FieldErr("to", fmt.Errorf("to: [%d] %q is not an address: %w", i, to, err)))
		}
	}
	if _, err := parseSubject(c.Subject); err != nil {
		errs = append(errs, err)
	}
	if c.Digest < 0 || c.DigestPeriod < 0 {
		errs = append(errs, channel.FieldErr("digest", errors.New("digest: digest and digest_period must not be negative")))
	}
	if c.Digest > MaxDigest {
		errs = append(errs, channel.FieldErr("digest", fmt.Errorf("digest: %d articles per mail is more than the %d a digest may hold", c.Digest, MaxDigest)))
	}
	if c.ListUnsubscribe != "" && !strings.HasPrefix(c.ListUnsubscribe, "mailto:") && !strings.HasPrefix(c.ListUnsubscribe, "https://") {
		errs = append(errs, channel.FieldErr("list_unsubscribe", fmt.Errorf("list_unsubscribe: %q is not a mailto: or https: URL", c.ListUnsubscribe)))
	}
	if c.Timeout < 0 {
		errs = append(errs, channel.FieldErr("timeout", errors.New("timeout: must not be negative")))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("email: %w", err)
	}
	return nil
}

// caPool returns the system pool plus ca_file's certificates, or nil when ca_file is unset.
func (c *Config) caPool() (*x509.CertPool, error) {
	if c.CAFile == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(c.CAFile)
	if err != nil {
		return nil, channel.FieldErr("ca_file", fmt.Errorf("ca_file: %w", err))
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, channel.FieldErr("ca_file", fmt.Errorf("ca_file: %s holds no PEM certificate", c.CAFile))
	}
	return pool, nil
}

// parseSubject compiles the subject template and runs it once over sample data, so a
// misspelled field fails at config load rather than on the first article.
func parseSubject(s string) (*template.Template, error) {
	t, err := template.New("subject").Option("missingkey=error").Parse(s)
	if err != nil {
		return nil, channel.FieldErr("subject", fmt.Errorf("subject: %w", err))
	}
	var sb strings.Builder
	if err := t.Execute(&sb, subjectData{Title: "t", Source: "s", Count: 2}); err != nil {
		return nil, channel.FieldErr("subject", fmt.Errorf("subject: %w", err))
	}
	return t, nil
}
