package discordtest

import (
	"encoding/json"
	"regexp"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Interaction types and the response types the fake understands (Discord's numbering).
const (
	InteractionCommand   = 2 // APPLICATION_COMMAND
	InteractionComponent = 3 // MESSAGE_COMPONENT

	ResponseChannelMessage = 4 // CHANNEL_MESSAGE_WITH_SOURCE
	ResponseDeferred       = 5 // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
	ResponseDeferredUpdate = 6 // DEFERRED_UPDATE_MESSAGE
	ResponseUpdate         = 7 // UPDATE_MESSAGE

	FlagEphemeral = 64 // message flag: only the invoking user sees it
)

// Member is the guild member an interaction comes from.
type Member struct {
	UserID      string   // user id
	Username    string   // user name
	Roles       []string // role ids
	Permissions string   // decimal permission bitfield, e.g. "8" for Administrator
	Locale      string   // the user's client locale, e.g. "ko" or "en-US"
}

// Option is one filled-in option of a slash command: a string, an integer, an Attachment
// (ATTACHMENT, resolved in data.resolved.attachments), or a subcommand holding Options.
type Option struct {
	Name    string
	Value   any      // string, int or Attachment; nil for a subcommand
	Options []Option // a subcommand's options
}

// Interaction is one interaction the fake created, ready to deliver over the gateway or to
// post (signed) to an HTTP interactions endpoint.
type Interaction struct {
	ID        string // interaction id
	Token     string // interaction token (valid 15 minutes)
	ChannelID string // the channel (or DM) it came from; bots may post there
	Body      []byte // the interaction object as Discord sends it
}

// Button is a button component.
type Button struct {
	Type     int    `json:"type"` // 2
	Style    int    `json:"style"`
	Label    string `json:"label"`
	CustomID string `json:"custom_id,omitempty"`
	URL      string `json:"url,omitempty"`
}

// ActionRow is a row of buttons.
type ActionRow struct {
	Type       int      `json:"type"` // 1
	Components []Button `json:"components"`
}

// ResponseMessage is the message an interaction response created (or a component updated).
type ResponseMessage struct {
	ID         string                    // message id
	Deferred   bool                      // still "thinking…": deferred and not edited yet
	Content    string                    // message content
	Embeds     []*discordgo.MessageEmbed // embeds
	Components []ActionRow               // button rows
	Flags      int                       // message flags (64 = ephemeral)
	Files      []File                    // files attached by an edit
}

// Callback is one POST /interactions/{id}/{token}/callback the fake accepted.
type Callback struct {
	InteractionID string          // interaction answered
	Type          int             // response type
	Body          json.RawMessage // the response exactly as received
	At            time.Time       // fake clock time
}

// Edit is one accepted PATCH of an original response.
type Edit struct {
	Token string          // interaction token
	Body  json.RawMessage // the edit exactly as received (payload_json of a multipart edit)
	Files []File          // the files of a multipart edit
}

// pending is the fake's state of one interaction.
type pending struct {
	id, token string
	typ       int
	created   time.Time
	responded bool
	original  string // id of the message the response created (or the component's message)
}

// responseData is the "data" of an interaction response, and the body of an original edit.
type responseData struct {
	Content         *string                   `json:"content"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	Components      *[]ActionRow              `json:"components"`
	Flags           int                       `json:"flags"`
	AllowedMentions json.RawMessage           `json:"allowed_mentions"`
	Attachments     []attachmentRef           `json:"attachments"`
}

// attachmentRef is one entry of a message's attachments: an existing attachment's id, or the
// index n of a new file sent as files[n].
type attachmentRef struct {
	ID       json.RawMessage `json:"id"`
	Filename string          `json:"filename"`
}

var (
	callbackRoute = regexp.MustCompile(`^/interactions/([0-9]+)/([^/]+)/callback$`)
	originalRoute = regexp.MustCompile(`^/webhooks/([0-9]+)/([^/]+)/messages/@original$`)
)

// SlashCommand creates an APPLICATION_COMMAND interaction for name run by m in guild ("" =
// in a DM with the bot, as DMCommand).
func (a *App) SlashCommand(guild string, m Member, name string, options ...Option) Interaction {
	return a.SlashCommandIn(guild, "", m, name, options...)
}

// SlashCommandIn is SlashCommand typed in the server channel channelID ("" = a new channel;
// ignored in a DM, which has its own).
func (a *App) SlashCommandIn(guild, channelID string, m Member, name string, options ...Option) Interaction {
	resolved := map[string]any{}
	opts := commandOptions(options, resolved)
	a.mu.Lock()
	var cmdID string
	for _, scope := range []string{guild, ""} {
		for _, c := range a.commands[scope] {
			if c.Name == name && cmdID == "" {
				cmdID = c.ID
			}
		}
	}
	a.mu.Unlock()
	data := map[string]any{"id": cmdID, "name": name, "type": 1, "options": opts}
	if guild != "" {
		data["guild_id"] = guild
	}
	if len(resolved) > 0 {
		data["resolved"] = map[string]any{"attachments": resolved}
	}
	return a.interaction(InteractionCommand, guild, channelID, m, data, nil)
}

// DMCommand creates an APPLICATION_COMMAND interaction for name run by m in their DM with the
// bot (context 1): a user instead of a member, no guild, the DM channel's id (one per user,
// which the bot may post to).
func (a *App) DMCommand(m Member, name string, options ...Option) Interaction {
	return a.SlashCommand("", m, name, options...)
}

// commandOptions renders options as Discord sends them, adding attachments to resolved.
func commandOptions(in []Option, resolved map[string]any) []map[string]any {
	out := make([]map[string]any, 0, len(in))
	for _, o := range in {
		switch v := o.Value.(type) {
		case nil:
			out = append(out, map[string]any{"name": o.Name, "type": OptionSubcommand, "options": commandOptions(o.Options, resolved)})
		case Attachment:
			resolved[v.ID] = v.object()
			out = append(out, map[string]any{"name": o.Name, "type": OptionAttachment, "value": v.ID})
		case int:
			out = append(out, map[string]any{"name": o.Name, "type": OptionInteger, "value": v})
		default:
			out = append(out, map[string]any{"name": o.Name, "type": OptionString, "value": v})
		}
	}
	return out
}

// Click creates a MESSAGE_COMPONENT interaction: m pressing the button customID on message messageID.
func (a *App) Click(guild string, m Member, messageID, customID string) Interaction {
	data := map[string]any{"custom_id": customID, "component_type": 2}
	return a.interaction(InteractionComponent, guild, "", m, data, &messageID)
}

func (a *App) interaction(typ int, guild, channelID string, m Member, data map[string]any, messageID *string) Interaction {
	a.Fake.mu.Lock()
	id, token := a.Fake.newID(), "aW50ZXJhY3Rpb24"+strconv.FormatInt(a.Fake.nextID, 36)+"_s3cret"
	now := a.Fake.opts.Now()
	a.Fake.mu.Unlock()
	switch {
	case guild == "":
		channelID = a.dmChannel(m.UserID)
	case channelID == "":
		channelID = a.AddChannel()
	}
	if m.Permissions == "" {
		m.Permissions = "0"
	}
	if m.Locale == "" {
		m.Locale = "en-US"
	}
	roles := m.Roles
	if roles == nil {
		roles = []string{}
	}
	u := map[string]any{"id": m.UserID, "username": m.Username, "global_name": nil}
	obj := map[string]any{
		"id": id, "application_id": a.ID, "type": typ, "data": data, "channel_id": channelID,
		"token": token, "version": 1, "locale": m.Locale, "app_permissions": "8",
	}
	if guild != "" {
		obj["guild_id"], obj["guild_locale"], obj["context"] = guild, "en-US", 0
		obj["channel"] = map[string]any{"id": channelID, "type": 0, "name": "news-" + channelID[len(channelID)-4:], "guild_id": guild}
		obj["member"] = map[string]any{"user": u, "roles": roles, "permissions": m.Permissions, "nick": nil,
			"joined_at": now.UTC().Format(time.RFC3339)}
	} else {
		// A DM: the user, no member or guild; the channel is the DM (type 1, no name).
		obj["context"], obj["user"] = 1, u
		obj["channel"] = map[string]any{"id": channelID, "type": 1}
	}
	p := &pending{id: id, token: token, typ: typ, created: now}
	var own *ResponseMessage
	if messageID != nil {
		own = a.botMessage(*messageID)
	}
	a.mu.Lock()
	if messageID != nil {
		if a.messages[*messageID] == nil && own != nil {
			a.messages[own.ID] = own
		}
		if msg := a.messages[*messageID]; msg != nil {
			obj["message"] = map[string]any{"id": msg.ID, "channel_id": channelID, "content": msg.Content,
				"embeds": msg.Embeds, "components": msg.Components, "flags": msg.Flags}
		}
		p.original = *messageID
	}
	a.interactions[id], a.byToken[token] = p, p
	a.mu.Unlock()
	body, _ := json.Marshal(obj)
	return Interaction{ID: id, Token: token, ChannelID: channelID, Body: body}
}

// Callbacks returns the accepted interaction responses in arrival order.
func (a *App) Callbacks() []Callback {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Callback(nil), a.callbacks...)
}

// Edits returns the accepted original-response edits in arrival order.
func (a *App) Edits() []Edit {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Edit(nil), a.edits...)
}

// Original returns the message the interaction with token responded with (for a component
// interaction: the message holding the component), as it stands now.
func (a *App) Original(token string) (ResponseMessage, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	p := a.byToken[token]
	if p == nil || a.messages[p.original] == nil {
		return ResponseMessage{}, false
	}
	return *a.messages[p.original], true
}
