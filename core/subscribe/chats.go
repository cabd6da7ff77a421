package subscribe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"paperboy/config"
	"paperboy/core/store"
)

// KindChat is the catalog kind of a reader's or community's chat: one object per chat holds
// its follows (a reader) or subscriptions (a community), so one chat's change is one write.
const KindChat = "chat"

// Chat kinds.
const (
	Reader    = "reader"    // a private chat: follows keywords and sources
	Community = "community" // a group, channel or server channel: subscribes to feeds
)

// Errors of chat commands, turned into replies.
var (
	ErrReadersOff     = errors.New("following is not enabled on this deployment")
	ErrCommunitiesOff = errors.New("chat subscriptions are not enabled on this deployment")
	ErrChatLimit      = errors.New("this deployment's limit on chats is reached")
	ErrFollowLimit    = errors.New("you follow as many things as allowed: /unfollow one first")
	ErrSubLimit       = errors.New("this chat has as many subscriptions as allowed: /unsub one first")
	ErrNoChat         = errors.New("this chat follows nothing")
	ErrSuspended      = errors.New("this chat's subscriptions are suspended")
)

// Templates a community subscription can pick: how much of each article its posts show.
var Templates = []string{"full", "compact", "headline", "link"}

// Chat is one reader's or community's chat with the bot. Key ("telegram:-100123") is also the
// name of the delivery channel that posts to it.
type Chat struct {
	Key      string    `json:"key"`
	Platform string    `json:"platform"`
	ID       string    `json:"id"`
	Kind     string    `json:"kind"` // Reader | Community
	Title    string    `json:"title,omitempty"`
	Lang     string    `json:"lang,omitempty"`
	Follows  []Follow  `json:"follows,omitempty"` // a reader's
	Quiet    *Quiet    `json:"quiet,omitempty"`   // a reader's quiet hours
	Subs     []Sub     `json:"subs,omitempty"`    // a community's
	Added    time.Time `json:"added"`
	// Suspended is set when the platform said the bot was removed or blocked: nothing is
	// queued for the chat; after communities.remove_after the chat is deleted.
	Suspended    bool      `json:"suspended,omitempty"`
	SuspendedAt  time.Time `json:"suspended_at,omitzero"`
	SuspendedWhy string    `json:"suspended_why,omitempty"`
}

// Follow is one thing a reader follows: a keyword (matched in title and summary) or a source.
type Follow struct {
	Keyword string `json:"keyword,omitempty"`
	Source  string `json:"source,omitempty"`
}

// String is the follow as the reader typed it.
func (f Follow) String() string {
	if f.Source != "" {
		return f.Source
	}
	return f.Keyword
}

// Quiet is a daily window in which a reader gets no messages (they wait, they are not dropped).
type Quiet struct {
	From string `json:"from"` // "23:00"
	To   string `json:"to"`   // "07:00"
	Zone string `json:"zone"` // IANA zone
}

// Sub is one feed a community's chat is subscribed to.
type Sub struct {
	Name     string    `json:"name"`   // the source's name: what /unsub and /set take
	Source   string    `json:"source"` // the watched source (the file's or a runtime one)
	URL      string    `json:"url"`
	Include  []string  `json:"include,omitempty"`
	Exclude  []string  `json:"exclude,omitempty"`
	Template string    `json:"template,omitempty"` // "" = full
	By       string    `json:"by,omitempty"`
	Added    time.Time `json:"added"`
}

// Uses reports whether the chat subscribes to or follows the named source itself.
func (c Chat) Uses(source string) bool {
	for _, s := range c.Subs {
		if s.Source == source {
			return true
		}
	}
	for _, f := range c.Follows {
		if f.Source == source {
			return true
		}
	}
	return false
}

// ChatRef names a chat a command came from.
type ChatRef struct {
	Platform string
	ID       string
	Title    string
	Lang     string
}

// Key is the chat's key and delivery channel name.
func (c ChatRef) Key() string { return ChatKey(c.Platform, c.ID) }

// ChatKey is "platform:id", the name of the channel that posts to a chat.
func ChatKey(platform, id string) string { return platform + ":" + id }

// IsChatChannel reports whether a channel name is a chat's (configured names cannot hold ':').
func IsChatChannel(name string) bool { return strings.Contains(name, ":") }

// Chats lists every chat, by key.
func (r *Registry) Chats(ctx context.Context) ([]Chat, error) {
	return list[Chat](ctx, r.cat, KindChat)
}

// Chat reads one chat; found is false when it has no record.
func (r *Registry) Chat(ctx context.Context, key string) (Chat, bool, error) {
	o, ok, err := r.cat.Object(ctx, KindChat, key)
	if err != nil || !ok {
		return Chat{}, false, err
	}
	var c Chat
	if err := json.Unmarshal(o.Data, &c); err != nil {
		return Chat{}, false, fmt.Errorf("chat %s: damaged record: %w", key, err)
	}
	return c, true, nil
}

// chatFor reads ref's chat, or starts a new one of kind when the deployment's cap allows it.
func (r *Registry) chatFor(ctx context.Context, ref ChatRef, kind string) (Chat, error) {
	if c, ok, err := r.Chat(ctx, ref.Key()); err != nil {
		return Chat{}, err
	} else if ok {
		if c.Suspended {
			// The chat is talking to the bot again: the bot is back.
			c.Suspended, c.SuspendedAt, c.SuspendedWhy = false, time.Time{}, ""
		}
		if ref.Title != "" {
			c.Title = ref.Title
		}
		if ref.Lang != "" {
			c.Lang = ref.Lang
		}
		return c, nil
	}
	// A new chat: count the chats of its kind against the cap (a full read, once per new chat).
	all, err := r.Chats(ctx)
	if err != nil {
		return Chat{}, err
	}
	n := 0
	for _, c := range all {
		if c.Kind == kind {
			n++
		}
	}
	limit := r.cfg.Readers.MaxReaders
	if kind == Community {
		limit = r.cfg.Communities.MaxChats
	}
	if limit > 0 && n >= limit {
		return Chat{}, ErrChatLimit
	}
	return Chat{Key: ref.Key(), Platform: ref.Platform, ID: ref.ID, Kind: kind, Title: ref.Title, Lang: ref.Lang, Added: r.now()}, nil
}

// saveChat writes c, or deletes it when it follows and subscribes to nothing.
func (r *Registry) saveChat(ctx context.Context, c Chat) error {
	if len(c.Follows) == 0 && len(c.Subs) == 0 && c.Quiet == nil {
		_, _, err := r.cat.DeleteObject(ctx, KindChat, c.Key)
		return err
	}
	raw, err := json.Marshal(c)
	if err != nil {
		return err
	}
	_, err = r.cat.PutObject(ctx, store.Object{Kind: KindChat, Name: c.Key, Data: raw})
	return err
}

// maxKeyword bounds a followed keyword (runes).
const maxKeyword = 64

// Follow adds a keyword or a source (when what names one) to a reader's follows.
func (r *Registry) Follow(ctx context.Context, ref ChatRef, what string) (Follow, error) {
	if !r.cfg.Readers.Enabled {
		return Follow{}, ErrReadersOff
	}
	what = strings.Join(strings.Fields(what), " ")
	if what == "" || utf8.RuneCountInString(what) > maxKeyword || strings.HasPrefix(strings.ToLower(what), "re:") {
		// "re:" would make the router read the keyword as a regular expression.
		return Follow{}, fmt.Errorf("follow a keyword of 1 to %d characters (not starting with re:), or a source's name", maxKeyword)
	}
	c, err := r.chatFor(ctx, ref, Reader)
	if err != nil {
		return Follow{}, err
	}
	f := Follow{Keyword: strings.ToLower(what)}
	if name, ok, err := r.sourceNamed(ctx, what); err != nil {
		return Follow{}, err
	} else if ok {
		f = Follow{Source: name}
	}
	if slices.Contains(c.Follows, f) {
		return f, fmt.Errorf("you follow %q already", f.String())
	}
	if max := r.cfg.Readers.MaxFollows; max > 0 && len(c.Follows) >= max {
		return Follow{}, ErrFollowLimit
	}
	c.Follows = append(c.Follows, f)
	return f, r.saveChat(ctx, c)
}

// sourceNamed finds a source (the file's or a runtime one) by name, case-insensitively.
func (r *Registry) sourceNamed(ctx context.Context, name string) (string, bool, error) {
	all, err := r.List(ctx)
	if err != nil {
		return "", false, err
	}
	for _, l := range all {
		if strings.EqualFold(l.Name, name) && !l.Hidden {
			return l.Name, true, nil
		}
	}
	return "", false, nil
}

// Unfollow removes a follow ("all" removes every one); removed is what went.
func (r *Registry) Unfollow(ctx context.Context, key, what string) (removed []Follow, err error) {
	c, ok, err := r.Chat(ctx, key)
	if err != nil {
		return nil, err
	}
	if !ok || len(c.Follows) == 0 {
		return nil, ErrNoChat
	}
	what = strings.ToLower(strings.Join(strings.Fields(what), " "))
	keep := c.Follows[:0:0]
	for _, f := range c.Follows {
		if what == "all" || strings.ToLower(f.String()) == what {
			removed = append(removed, f)
			continue
		}
		keep = append(keep, f)
	}
	if len(removed) == 0 {
		return nil, fmt.Errorf("you do not follow %q (/following lists what you do)", what)
	}
	c.Follows = keep
	if len(keep) == 0 {
		c.Quiet = nil
	}
	return removed, r.saveChat(ctx, c)
}

// SetQuiet sets (or with nil clears) a reader's quiet hours.
func (r *Registry) SetQuiet(ctx context.Context, ref ChatRef, q *Quiet) error {
	if !r.cfg.Readers.Enabled {
		return ErrReadersOff
	}
	c, ok, err := r.Chat(ctx, ref.Key())
	if err != nil {
		return err
	}
	if !ok || len(c.Follows) == 0 {
		return fmt.Errorf("%w: /follow something first", ErrNoChat)
	}
	c.Quiet = q
	return r.saveChat(ctx, c)
}

// ParseQuiet reads "23:00-07:00" with an optional zone (default zone when empty); "off" is nil.
func ParseQuiet(spec, zone, defaultZone string) (*Quiet, error) {
	if strings.EqualFold(spec, "off") {
		return nil, nil
	}
	from, to, ok := strings.Cut(spec, "-")
	if !ok {
		return nil, fmt.Errorf("write quiet hours as HH:MM-HH:MM, e.g. 23:00-07:00")
	}
	for _, v := range []string{from, to} {
		if _, err := time.Parse("15:04", v); err != nil {
			return nil, fmt.Errorf("%q is not a time of day like 23:00", v)
		}
	}
	if from == to {
		return nil, fmt.Errorf("quiet hours must not start and end at the same time")
	}
	if zone == "" {
		zone = defaultZone
	}
	if _, err := time.LoadLocation(zone); err != nil {
		return nil, fmt.Errorf("unknown time zone %q (use an IANA name like Asia/Seoul)", zone)
	}
	return &Quiet{From: from, To: to, Zone: zone}, nil
}

// Until is when quiet hours that hold at now end (now itself, or earlier, when they do not hold).
// It reads the zone each call: a worker asks Hours once and keeps it.
func (q *Quiet) Until(now time.Time) time.Time { return q.Hours().Until(now) }

// Hours are quiet hours ready to ask at every look of a worker: the zone loaded, the times
// parsed once (nil: none, or a record that no longer parses).
type Hours struct {
	loc      *time.Location
	from, to time.Time
}

// Hours compiles q; nil when q is nil or damaged (then nothing is held).
func (q *Quiet) Hours() *Hours {
	if q == nil {
		return nil
	}
	loc, err := time.LoadLocation(q.Zone)
	if err != nil {
		return nil
	}
	from, err1 := time.Parse("15:04", q.From)
	to, err2 := time.Parse("15:04", q.To)
	if err1 != nil || err2 != nil {
		return nil
	}
	return &Hours{loc: loc, from: from, to: to}
}

// Until is when the quiet hours that hold at now end (now itself when they do not hold).
func (h *Hours) Until(now time.Time) time.Time {
	if h == nil {
		return now
	}
	t := now.In(h.loc)
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, h.loc)
	at := func(d time.Time, hm time.Time) time.Time {
		return time.Date(d.Year(), d.Month(), d.Day(), hm.Hour(), hm.Minute(), 0, 0, h.loc)
	}
	start, end := at(day, h.from), at(day, h.to)
	if !end.After(start) {
		// Over midnight: the window that started yesterday, or the one starting today.
		if t.Before(end) {
			return end
		}
		if !t.Before(start) {
			return at(day.AddDate(0, 0, 1), h.to)
		}
		return now
	}
	if !t.Before(start) && t.Before(end) {
		return end
	}
	return now
}

// Subscribe subscribes a community's chat to the feed at url: the source already watching
// that URL (the file's or a runtime one) when there is one — one poll per feed however many
// chats follow it — else a new runtime source of found's type. interval 0 keeps the default.
func (r *Registry) Subscribe(ctx context.Context, ref ChatRef, found Found, interval time.Duration, by string) (Sub, bool, error) {
	if !r.cfg.Communities.Enabled {
		return Sub{}, false, ErrCommunitiesOff
	}
	if err := CheckURL(found.URL); err != nil {
		return Sub{}, false, err
	}
	c, err := r.chatFor(ctx, ref, Community)
	if err != nil {
		return Sub{}, false, err
	}
	for _, s := range c.Subs {
		if SameURL(s.URL, found.URL) {
			return s, false, fmt.Errorf("this chat is subscribed to %s already (as %s)", found.URL, s.Name)
		}
	}
	if max := r.cfg.Communities.MaxSubsPerChat; max > 0 && len(c.Subs) >= max {
		return Sub{}, false, ErrSubLimit
	}
	name, created := "", false
	all, err := r.List(ctx)
	if err != nil {
		return Sub{}, false, err
	}
	for _, l := range all {
		if SameURL(l.URL, found.URL) && !l.Hidden && !l.Disabled {
			name = l.Name
			break
		}
	}
	if name == "" {
		min := max(r.cfg.Communities.MinInterval, r.cfg.Subscriptions.MinInterval)
		if interval < min {
			interval = min
		}
		s, err := r.AddSource(ctx, Source{Type: found.Type, URL: found.URL, Title: found.Title, Interval: interval, AddedBy: "chat:" + ref.Key()})
		if err != nil {
			return Sub{}, false, err
		}
		name, created = s.Name, true
	}
	sub := Sub{Name: name, Source: name, URL: found.URL, By: by, Added: r.now()}
	c.Subs = append(c.Subs, sub)
	if err := r.saveChat(ctx, c); err != nil {
		return Sub{}, created, err
	}
	return sub, created, nil
}

// chatSub reads a chat and finds one of its subscriptions by name or URL.
func (r *Registry) chatSub(ctx context.Context, key, which string) (Chat, int, error) {
	c, ok, err := r.Chat(ctx, key)
	if err != nil {
		return c, -1, err
	}
	i := slices.IndexFunc(c.Subs, func(s Sub) bool { return strings.EqualFold(s.Name, which) || SameURL(s.URL, which) })
	if !ok || i < 0 {
		return c, -1, fmt.Errorf("no subscription %q in this chat (/list shows them)", which)
	}
	return c, i, nil
}

// Unsubscribe removes a chat's subscription by name or URL. A runtime source that a chat
// created and nothing else uses any more is removed too, so nobody polls it for nobody.
func (r *Registry) Unsubscribe(ctx context.Context, key, which string) (Sub, error) {
	c, i, err := r.chatSub(ctx, key, which)
	if err != nil {
		return Sub{}, err
	}
	sub := c.Subs[i]
	c.Subs = slices.Delete(c.Subs, i, i+1)
	if err := r.saveChat(ctx, c); err != nil {
		return sub, err
	}
	return sub, r.dropOrphan(ctx, sub.Source)
}

// dropOrphan removes a runtime source that chats created when no chat, follow or route uses it.
func (r *Registry) dropOrphan(ctx context.Context, name string) error {
	srcs, err := r.Sources(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(srcs, func(s Source) bool { return s.Name == name })
	if i < 0 || !strings.HasPrefix(srcs[i].AddedBy, "chat:") {
		return nil // the file's, or one an editor added: editors decide about those
	}
	chats, err := r.Chats(ctx)
	if err != nil {
		return err
	}
	for _, c := range chats {
		if c.Uses(name) {
			return nil
		}
	}
	routes, err := r.Routes(ctx)
	if err != nil {
		return err
	}
	for _, rt := range routes {
		if slices.Contains(rt.Sources, name) {
			return nil
		}
	}
	if err := r.RemoveSource(ctx, name); err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	return nil
}

// Set changes one subscription's filter or template: option is include, exclude or template.
// Words replace the filter; no words clears it.
func (r *Registry) Set(ctx context.Context, key, which, option string, values []string) (Sub, error) {
	c, i, err := r.chatSub(ctx, key, which)
	if err != nil {
		return Sub{}, err
	}
	var words []string
	for _, v := range values {
		for _, w := range strings.Split(v, ",") {
			if w = strings.TrimSpace(w); w != "" {
				if utf8.RuneCountInString(w) > maxKeyword {
					return Sub{}, fmt.Errorf("%q is longer than %d characters", w, maxKeyword)
				}
				words = append(words, w)
			}
		}
	}
	if len(words) > 20 {
		return Sub{}, fmt.Errorf("at most 20 words per filter")
	}
	s := &c.Subs[i]
	switch strings.ToLower(option) {
	case "include":
		s.Include = words
	case "exclude":
		s.Exclude = words
	case "template":
		if len(words) != 1 || !slices.Contains(Templates, strings.ToLower(words[0])) {
			return Sub{}, fmt.Errorf("template is one of %s", strings.Join(Templates, ", "))
		}
		s.Template = strings.ToLower(words[0])
	default:
		return Sub{}, fmt.Errorf("set include, exclude or template")
	}
	if _, err := compileCheck(Route{Include: s.Include, Exclude: s.Exclude}); err != nil {
		return Sub{}, err
	}
	return *s, r.saveChat(ctx, c)
}

// SuspendChat suspends a chat whose bot was removed or blocked; found is false when the chat
// has no record. A suspended chat gets nothing queued until it talks to the bot again.
func (r *Registry) SuspendChat(ctx context.Context, key, why string) (found bool, err error) {
	c, ok, err := r.Chat(ctx, key)
	if err != nil || !ok {
		return false, err
	}
	if c.Suspended {
		return true, nil
	}
	c.Suspended, c.SuspendedAt, c.SuspendedWhy = true, r.now(), why
	return true, r.saveChat(ctx, c)
}

// ResumeChat lifts a chat's suspension (the bot was added back, the reader unblocked it);
// resumed is false when the chat has no record or was not suspended.
func (r *Registry) ResumeChat(ctx context.Context, key string) (resumed bool, err error) {
	c, ok, err := r.Chat(ctx, key)
	if err != nil || !ok || !c.Suspended {
		return false, err
	}
	c.Suspended, c.SuspendedAt, c.SuspendedWhy = false, time.Time{}, ""
	return true, r.saveChat(ctx, c)
}

// Purge deletes the chats suspended longer than communities.remove_after, and the runtime
// sources only they used; it returns the keys it deleted.
func (r *Registry) Purge(ctx context.Context) ([]string, error) {
	chats, err := r.Chats(ctx)
	if err != nil {
		return nil, err
	}
	var gone []string
	for _, c := range chats {
		if !c.Suspended || r.now().Sub(c.SuspendedAt) < r.cfg.Communities.RemoveAfter {
			continue
		}
		if _, _, err := r.cat.DeleteObject(ctx, KindChat, c.Key); err != nil {
			return gone, err
		}
		gone = append(gone, c.Key)
		for _, s := range c.Subs {
			if err := r.dropOrphan(ctx, s.Source); err != nil {
				return gone, err
			}
		}
	}
	return gone, nil
}

// ChatEntries is a chat's subscriptions as OPML entries (/export).
func (r *Registry) ChatEntries(ctx context.Context, key string) ([]Entry, error) {
	c, ok, err := r.Chat(ctx, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, nil
	}
	all, err := r.List(ctx)
	if err != nil {
		return nil, err
	}
	types := map[string]Listed{}
	for _, l := range all {
		types[l.Name] = l
	}
	out := make([]Entry, 0, len(c.Subs))
	for _, s := range c.Subs {
		l := types[s.Source]
		typ := l.Type
		if typ == "" || typ == "websub" {
			typ = "feed"
		}
		out = append(out, Entry{Name: firstNonEmpty(l.Title, s.Name), Type: typ, URL: s.URL, Selector: l.Selector})
	}
	return out, nil
}

// ImportChat subscribes a chat to every entry (/import): entries already subscribed or
// refused are skipped with the reason; it stops at the chat's cap.
func (r *Registry) ImportChat(ctx context.Context, ref ChatRef, entries []Entry, by string) (added []Sub, skipped []string, err error) {
	for _, e := range entries {
		sub, _, serr := r.Subscribe(ctx, ref, Found{Type: e.Type, URL: e.URL, Title: e.Name}, 0, by)
		switch {
		case serr == nil:
			added = append(added, sub)
		case errors.Is(serr, ErrSubLimit), errors.Is(serr, ErrChatLimit), errors.Is(serr, ErrLimit):
			return added, append(skipped, e.URL+": "+serr.Error()), nil
		case ctx.Err() != nil:
			return added, skipped, ctx.Err()
		default:
			skipped = append(skipped, e.URL+": "+serr.Error())
		}
	}
	return added, skipped, nil
}

// chatRoutes are the routes the chats add: a reader's keywords from every source and followed
// sources, a community's subscriptions with their filters. Suspended chats get none.
func chatRoutes(chats []Chat) []config.Route {
	var out []config.Route
	for _, c := range chats {
		if c.Suspended {
			continue
		}
		var words, srcs []string
		for _, f := range c.Follows {
			if f.Source != "" {
				srcs = append(srcs, f.Source)
			} else {
				words = append(words, f.Keyword)
			}
		}
		if len(words) > 0 {
			// No Sources: a keyword is looked for in every source's articles.
			out = append(out, config.Route{Channels: []string{c.Key}, Include: words})
		}
		if len(srcs) > 0 {
			out = append(out, config.Route{Sources: srcs, Channels: []string{c.Key}})
		}
		for _, s := range c.Subs {
			out = append(out, config.Route{Sources: []string{s.Source}, Channels: []string{c.Key}, Include: s.Include, Exclude: s.Exclude})
		}
	}
	return out
}

// ChatsEnabled reports whether reader and community commands are on in this deployment.
func (r *Registry) ChatsEnabled() (readers, communities bool) {
	return r.cfg.Readers.Enabled, r.cfg.Communities.Enabled
}

// ReaderZone is the zone quiet hours are read in when a reader names none.
func (r *Registry) ReaderZone() string { return r.cfg.Readers.Timezone }

// RemoveChat deletes a chat with its follows and subscriptions (ops: `paperboy chats remove`),
// and the runtime sources only it used.
func (r *Registry) RemoveChat(ctx context.Context, key string) error {
	c, ok, err := r.Chat(ctx, key)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("no chat %q (paperboy chats list shows them)", key)
	}
	if _, _, err := r.cat.DeleteObject(ctx, KindChat, key); err != nil {
		return err
	}
	for _, s := range c.Subs {
		if err := r.dropOrphan(ctx, s.Source); err != nil {
			return err
		}
	}
	return nil
}
