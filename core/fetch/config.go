package fetch

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Defaults applied to zero Config fields.
const (
	DefaultTimeout   = 15 * time.Second                              // Config.Timeout default
	DefaultMaxBody   = 10 << 20                                      // Config.MaxBody default: 10 MiB
	DefaultUserAgent = "paperboy/dev (+https://github.com/paperboy)" // Config.UserAgent default
	DefaultPerHost   = 4                                             // Config.PerHost default
)

// Config is the fetch: section of the configuration.
type Config struct {
	// Timeout bounds one Get from the first byte sent to the last byte of the body read,
	// redirects included (time spent waiting for a per-host slot is not counted).
	Timeout time.Duration
	// MaxBody is the largest body accepted, in bytes after decompression; larger ones fail.
	MaxBody int64
	// AllowPrivate permits loopback, private, link-local and other non-public addresses;
	// leave it off unless every source is trusted (it is what stops SSRF via /push).
	AllowPrivate bool
	// UserAgent is sent with every request.
	UserAgent string
	// PerHost is how many requests may be in flight to one host at once.
	PerHost int
}

// DefaultConfig returns the configuration used when the fetch: section is empty.
func DefaultConfig() Config {
	return Config{Timeout: DefaultTimeout, MaxBody: DefaultMaxBody, UserAgent: DefaultUserAgent, PerHost: DefaultPerHost}
}

// Validate fills zero fields with their defaults, then reports every invalid field.
func (c *Config) Validate() error {
	d := DefaultConfig()
	if c.Timeout == 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBody == 0 {
		c.MaxBody = d.MaxBody
	}
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	if c.PerHost == 0 {
		c.PerHost = d.PerHost
	}
	var errs []error
	if c.Timeout < 0 {
		errs = append(errs, fmt.Errorf("fetch: timeout must be positive, got %s", c.Timeout))
	}
	if c.MaxBody < 0 {
		errs = append(errs, fmt.Errorf("fetch: max_body must be positive, got %d", c.MaxBody))
	}
	if c.PerHost < 0 {
		errs = append(errs, fmt.Errorf("fetch: per_host must be positive, got %d", c.PerHost))
	}
	if strings.ContainsAny(c.UserAgent, "\r\n") {
		errs = append(errs, errors.New("fetch: user_agent must be a single line"))
	}
	return errors.Join(errs...)
}

// withDefaults is what New uses: it never fails, so values Validate would reject are
// replaced by defaults rather than trusted.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBody <= 0 {
		c.MaxBody = d.MaxBody
	}
	if c.UserAgent == "" || strings.ContainsAny(c.UserAgent, "\r\n") {
		c.UserAgent = d.UserAgent
	}
	if c.PerHost <= 0 {
		c.PerHost = d.PerHost
	}
	return c
}
