package channel

import (
	"log/slog"
	"net/http"
	"time"
)

// Options are the shared dependencies every platform constructor takes.
type Options struct {
	Name       string           // configured channel name
	HTTPClient *http.Client     // the product's one client (timeouts, limits); nil = a client with a 30s timeout
	Logger     *slog.Logger     // nil = slog.Default()
	Now        func() time.Time // injected clock; nil = time.Now
	Location   *time.Location   // time zone for rendering times; nil = Asia/Seoul
}

// WithDefaults returns o with every nil field filled.
func (o Options) WithDefaults() Options {
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Location == nil {
		o.Location = DefaultLocation()
	}
	return o
}

// DefaultLocation is Asia/Seoul (our first newspaper is Korean), or a fixed +09:00 zone when
// the system has no tz database (scratch images without tzdata).
func DefaultLocation() *time.Location {
	if loc, err := time.LoadLocation("Asia/Seoul"); err == nil {
		return loc
	}
	return time.FixedZone("KST", 9*3600)
}
