package config

import "time"

// Readers lets anyone follow keywords and sources in a private chat with the bot: /follow,
// /following, /unfollow, /quiet (off unless enabled).
type Readers struct {
	// Enabled turns reader commands on for every editor bot (Telegram private chats, Discord DMs).
	Enabled bool `yaml:"enabled"`
	// MaxPerDay caps the articles one reader receives per day (default 20); the rest are skipped and counted.
	MaxPerDay int `yaml:"max_per_day"`
	// MaxReaders caps the readers of the deployment (default 10000).
	MaxReaders int `yaml:"max_readers"`
	// MaxFollows caps the keywords and sources one reader follows (default 20).
	MaxFollows int `yaml:"max_follows"`
	// Timezone is the zone /quiet hours are read in when the reader names none (default Asia/Seoul).
	Timezone string `yaml:"timezone"`
}

// Communities lets the admins of a Telegram group or channel, or a Discord server, subscribe
// their chat to feeds: /sub, /unsub, /list, /set, /import, /export, Discord's /feed (off unless enabled).
type Communities struct {
	// Enabled turns community commands on for every editor bot.
	Enabled bool `yaml:"enabled"`
	// MaxChats caps the chats with subscriptions (default 5000).
	MaxChats int `yaml:"max_chats"`
	// MaxSubsPerChat caps one chat's subscriptions (default 20).
	MaxSubsPerChat int `yaml:"max_subs_per_chat"`
	// MinInterval is the shortest poll interval a chat may ask for (default 10m).
	MinInterval time.Duration `yaml:"min_interval"`
	// RemoveAfter is how long a chat that removed or blocked the bot keeps its suspended
	// subscriptions before they are deleted (default 720h = 30 days).
	RemoveAfter time.Duration `yaml:"remove_after"`
}

func (r *Readers) applyDefaults() {
	if r.MaxPerDay == 0 {
		r.MaxPerDay = 20
	}
	if r.MaxReaders == 0 {
		r.MaxReaders = 10000
	}
	if r.MaxFollows == 0 {
		r.MaxFollows = 20
	}
	if r.Timezone == "" {
		r.Timezone = "Asia/Seoul"
	}
}

func (c *Communities) applyDefaults() {
	if c.MaxChats == 0 {
		c.MaxChats = 5000
	}
	if c.MaxSubsPerChat == 0 {
		c.MaxSubsPerChat = 20
	}
	if c.MinInterval == 0 {
		c.MinInterval = 10 * time.Minute
	}
	if c.RemoveAfter == 0 {
		c.RemoveAfter = 30 * 24 * time.Hour
	}
}

// validate refuses caps and zones that cannot work.
func (r *Readers) validate(add func(path, format string, args ...any)) {
	if r.MaxPerDay < 0 || r.MaxReaders < 0 || r.MaxFollows < 0 {
		add("readers", "max_per_day, max_readers and max_follows must not be negative")
	}
	if _, err := time.LoadLocation(r.Timezone); err != nil {
		add("readers.timezone", "unknown time zone %q (use an IANA name like Asia/Seoul)", r.Timezone)
	}
}

// validate refuses caps that cannot work.
func (c *Communities) validate(add func(path, format string, args ...any)) {
	if c.MaxChats < 0 || c.MaxSubsPerChat < 0 {
		add("communities", "max_chats and max_subs_per_chat must not be negative")
	}
	if c.MinInterval < time.Minute {
		add("communities.min_interval", "must be at least 1m (got %s)", c.MinInterval)
	}
	if c.RemoveAfter < time.Hour {
		add("communities.remove_after", "must be at least 1h (got %s)", c.RemoveAfter)
	}
}
