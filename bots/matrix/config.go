package matrix

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"paperboy/core/channel"
)

// Message types a post can be sent as.
const (
	MsgText   = "m.text"   // an ordinary message: clients notify members as for any message
	MsgNotice = "m.notice" // a bot notice: clients show it dimmed and many do not notify for it
)

// Config is one Matrix room as written in the config file.
type Config struct {
	// Homeserver is the base URL of the homeserver's client-server API, e.g. https://matrix.example.org.
	Homeserver string `yaml:"homeserver"`
	// AccessToken is the posting user's access token; it is a secret, prefer access_token_file.
	AccessToken string `yaml:"access_token"`
	// Room is the room id (!abc:example.org) or alias (#news:example.org); the user must have joined it.
	Room string `yaml:"room"`
	// MsgType is m.text (default) or m.notice, which clients show as a quieter bot message.
	MsgType string `yaml:"msgtype"`
	// Media uploads the lead image to the homeserver's media repository and shows it inline
	// above the text (default true); the image is fetched through the fetch guard.
	Media *bool `yaml:"media"`
}

// media reports whether lead images are uploaded (media, default true).
func (c Config) media() bool { return c.Media == nil || *c.Media }

// Validate fills defaults, then checks every field. Errors never contain the access token.
func (c *Config) Validate() error {
	c.Homeserver = strings.TrimRight(strings.TrimSpace(c.Homeserver), "/")
	c.Room = strings.TrimSpace(c.Room)
	if c.MsgType == "" {
		c.MsgType = MsgText
	}
	var errs []error
	if u, err := url.Parse(c.Homeserver); c.Homeserver == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, channel.FieldErr("homeserver", fmt.Errorf("homeserver: %q is not an http(s) URL", channel.RedactURL(c.Homeserver))))
	}
	if c.AccessToken == "" {
		errs = append(errs, channel.FieldErr("access_token", errors.New("access_token: missing (set access_token or access_token_file)")))
	}
	if !isRoomRef(c.Room) {
		errs = append(errs, channel.FieldErr("room", fmt.Errorf("room: %q is not a room id (!id:server) or alias (#name:server)", c.Room)))
	}
	if c.MsgType != MsgText && c.MsgType != MsgNotice {
		errs = append(errs, channel.FieldErr("msgtype", fmt.Errorf("msgtype: %q is not m.text or m.notice", c.MsgType)))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("matrix: %w", err)
	}
	return nil
}

// isRoomRef accepts "!opaque:server" and "#alias:server" with a non-empty local part and server.
func isRoomRef(s string) bool {
	if len(s) < 4 || (s[0] != '!' && s[0] != '#') || len(s) > 255 {
		return false
	}
	i := strings.IndexByte(s, ':')
	return i > 1 && i < len(s)-1 && !strings.ContainsAny(s, " \t\n/")
}
