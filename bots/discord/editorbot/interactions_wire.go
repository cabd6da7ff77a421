package editorbot

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"paperboy/bots/discord"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// Interaction types, response types and flags (Discord's numbering).
const (
	interactionPing      = 1
	interactionCommand   = 2
	interactionComponent = 3

	responsePong           = 1
	responseChannelMessage = 4
	responseDeferred       = 5
	responseDeferredUpdate = 6
	responseUpdate         = 7

	flagEphemeral = 64

	componentRow    = 1
	componentButton = 2
	stylePrimary    = 1
	styleSecondary  = 2

	// permAdministrator is the Administrator bit of a member's permissions.
	permAdministrator = 3
	// permManageGuild is the Manage Server bit: who may manage a server channel's feeds.
	permManageGuild = 5

	// contextBotDM is the interaction context of a DM with the app's bot.
	contextBotDM = 1
)

// interaction is the part of Discord's interaction object paperboy reads.
type interaction struct {
	ID            string          `json:"id"`
	ApplicationID string          `json:"application_id"`
	Type          int             `json:"type"`
	Data          json.RawMessage `json:"data"`
	GuildID       string          `json:"guild_id"`
	ChannelID     string          `json:"channel_id"`
	Member        *member         `json:"member"`
	User          *user           `json:"user"` // set instead of member in DMs
	Token         string          `json:"token"`
	Locale        string          `json:"locale"`
	Context       *int            `json:"context"` // 0 server, 1 the bot's DM, 2 another private channel
	Channel       *struct {
		Name string `json:"name"`
	} `json:"channel"` // the partial channel the interaction came from
}

type member struct {
	User        user     `json:"user"`
	Roles       []string `json:"roles"`
	Permissions string   `json:"permissions"` // decimal bitfield, may exceed 64 bits in future
}

type user struct {
	ID         string `json:"id"`
	Username   string `json:"username"`
	GlobalName string `json:"global_name"`
}

// commandData is an APPLICATION_COMMAND's data.
type commandData struct {
	Name     string        `json:"name"`
	Options  []optionValue `json:"options"`
	Resolved struct {
		Attachments map[string]attachment `json:"attachments"`
	} `json:"resolved"`
}

// optionValue is one filled-in option: a string or a number, or a subcommand with its own.
type optionValue struct {
	Name    string          `json:"name"`
	Type    int             `json:"type"`
	Value   json.RawMessage `json:"value"`
	Options []optionValue   `json:"options"`
}

// attachment is a file attached to a command (an attachment option), as data.resolved has it.
type attachment struct {
	ID          string `json:"id"`
	Filename    string `json:"filename"`
	Size        int64  `json:"size"`
	URL         string `json:"url"`
	ContentType string `json:"content_type"`
}

// text renders the value as the command line takes it.
func (o optionValue) text() string {
	var s string
	if json.Unmarshal(o.Value, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(o.Value, &n) == nil {
		return n.String()
	}
	return ""
}

// componentData is a MESSAGE_COMPONENT's data.
type componentData struct {
	CustomID      string `json:"custom_id"`
	ComponentType int    `json:"component_type"`
}

func (it *interaction) user() user {
	if it.Member != nil {
		return it.Member.User
	}
	if it.User != nil {
		return *it.User
	}
	return user{}
}

func (it *interaction) userID() string { return it.user().ID }

// command decodes an APPLICATION_COMMAND's data; ok is false for anything else.
func (it *interaction) command() (commandData, bool) {
	var d commandData
	if it.Type != interactionCommand || json.Unmarshal(it.Data, &d) != nil || d.Name == "" {
		return commandData{}, false
	}
	return d, true
}

func (it *interaction) component() (componentData, error) {
	var d componentData
	if err := json.Unmarshal(it.Data, &d); err != nil || d.CustomID == "" {
		return d, errors.New("discord: component interaction without custom_id")
	}
	return d, nil
}

// request maps an interaction onto the editor's platform-neutral request.
func (b *Bot) request(it *interaction) editor.Request {
	u := it.user()
	r := editor.Request{Platform: "discord", UserID: u.ID, UserName: u.Username, Lang: "en"}
	if u.GlobalName != "" {
		r.UserName = u.GlobalName
	}
	if strings.HasPrefix(strings.ToLower(it.Locale), "ko") {
		r.Lang = "ko"
	}
	// Roles mean something only in the guilds paperboy serves: elsewhere no editor rule applies.
	if it.Member != nil && b.served(it) {
		r.Access = roles{want: b.cfg.Roles, have: it.Member.Roles, admin: hasPermission(it.Member.Permissions, permAdministrator)}
	}
	r.Chat = chatOf(it)
	if d, ok := it.command(); ok {
		r.Text = commandText(d.Name, d.Options)
		if a, ok := d.attachment(); ok {
			r.File = b.download(a)
		}
	}
	return r
}

// served reports whether the interaction comes from a guild listed in editors.discord.guilds.
func (b *Bot) served(it *interaction) bool {
	return it.GuildID != "" && slices.Contains(b.cfg.Guilds, it.GuildID)
}

// hasPermission reads bit from a decimal permission bitfield; anything unparsable grants nothing.
func hasPermission(perms string, bit int) bool {
	n, ok := new(big.Int).SetString(strings.TrimSpace(perms), 10)
	return ok && n.Sign() >= 0 && n.Bit(bit) == 1
}

// response is an interaction response (the callback body).
type response struct {
	Type int `json:"type"`
	Data any `json:"data,omitempty"` // *responseData, or deferredFlags for a deferral
}

// deferredFlags is a deferral's data: only its flags (ephemeral) apply.
type deferredFlags struct {
	Flags int `json:"flags"`
}

// responseData is a response's message, also the body of an original-response edit. Absent
// fields keep the message's current value; an empty components list removes the buttons.
type responseData struct {
	Content         *string                           `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	Components      []actionRow                       `json:"components"`
	Flags           int                               `json:"flags,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Attachments     []attachmentRef                   `json:"attachments,omitempty"` // files sent with an edit
}

// attachmentRef names the multipart part files[ID] of a message with a file.
type attachmentRef struct {
	ID       int    `json:"id"`
	Filename string `json:"filename"`
}

type actionRow struct {
	Type       int      `json:"type"`
	Components []button `json:"components"`
}

type button struct {
	Type     int    `json:"type"`
	Style    int    `json:"style"`
	Label    string `json:"label"`
	CustomID string `json:"custom_id"`
}

// noMentions is allowed_mentions for every reply: article text must never ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// content fits text into a message, never empty (Discord refuses empty messages).
func content(text string) *string {
	s := channel.Truncate(strings.TrimSpace(text), discord.MaxContent, channel.CodePoints)
	if s == "" {
		s = "✓"
	}
	return &s
}

// ephemeral is a message only the invoking member sees.
func ephemeral(text string) *responseData {
	return &responseData{Content: content(text), Components: []actionRow{}, Flags: flagEphemeral, AllowedMentions: noMentions()}
}

// message renders a command's reply: text, the preview as the channel's embed, and buttons.
func (b *Bot) message(rep editor.Reply) *responseData {
	m := &responseData{Components: []actionRow{}, AllowedMentions: noMentions()}
	if rep.Text != "" || rep.Preview == nil {
		m.Content = content(rep.Text)
	}
	if rep.Preview != nil {
		m.Embeds = []*discordgo.MessageEmbed{b.look.Embed(rep.Preview.Post())}
	}
	if len(rep.Actions) > 0 {
		row := actionRow{Type: componentRow}
		for i, a := range rep.Actions[:min(len(rep.Actions), 5)] {
			style := stylePrimary
			if i > 0 {
				style = styleSecondary
			}
			row.Components = append(row.Components, button{Type: componentButton, Style: style,
				Label: channel.Truncate(a.Label, 80, channel.CodePoints), CustomID: a.Data})
		}
		m.Components = []actionRow{row}
	}
	return m
}

// result renders a button's outcome: the text replaces the question, the buttons go, the
// preview embed stays so the channel shows what was published.
func (b *Bot) result(rep editor.Reply) *responseData {
	return &responseData{Content: content(rep.Text), Components: []actionRow{}, AllowedMentions: noMentions()}
}

// interactionKind names an interaction type for logs.
func interactionKind(t int) string {
	switch t {
	case interactionPing:
		return "ping"
	case interactionCommand:
		return "command"
	case interactionComponent:
		return "component"
	}
	return fmt.Sprintf("type %d", t)
}

// roles is Discord's access rule: a member with Administrator, or holding one of the
// configured roles, may run commands.
type roles struct {
	want, have []string
	admin      bool
}

// Allows implements editor.Access.
func (a roles) Allows(editor.Request) bool {
	return a.admin || slices.ContainsFunc(a.have, func(r string) bool { return slices.Contains(a.want, r) })
}
