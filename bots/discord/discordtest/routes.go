package discordtest

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

var (
	versionPrefix = regexp.MustCompile(`^/api(/v[0-9]+)?`)
	webhookRoute  = regexp.MustCompile(`^/webhooks/([0-9]+)/([^/]+)$`)
	messagesRoute = regexp.MustCompile(`^/channels/([0-9]+)/messages$`)
)

// recorder remembers the status written, for the request log.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// ServeHTTP answers one Discord REST request.
func (f *Fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	var in body
	if r.Method == http.MethodPost || r.Method == http.MethodPatch {
		in.raw, in.files, in.multipart, in.err = readPayload(r) // before locking: clients may be slow
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	now := f.opts.Now()
	route, major := f.route(rec, r, in, now)
	f.requests = append(f.requests, Request{Method: r.Method, Route: route, Major: major, Status: rec.status, At: now})
	switch rec.status {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusTooManyRequests:
		f.invalid++
	}
}

// route dispatches r; callers hold mu. It returns the route template and major parameter.
func (f *Fake) route(w http.ResponseWriter, r *http.Request, in body, now time.Time) (string, string) {
	p := versionPrefix.ReplaceAllString(r.URL.Path, "")
	if route, major, ok := f.routeMessage(w, r, p, in, now); ok {
		return route, major
	}
	if m := webhookRoute.FindStringSubmatch(p); m != nil {
		route := r.Method + " /webhooks/{id}/{token}"
		wh := f.webhooks[m[1]]
		switch {
		case wh == nil:
			writeJSON(w, http.StatusNotFound, apiErr(10015, "Unknown Webhook"))
		case wh.Token != m[2]:
			writeJSON(w, http.StatusUnauthorized, apiErr(50027, "Invalid Webhook Token"))
		case r.Method == http.MethodGet:
			writeJSON(w, http.StatusOK, map[string]any{"id": wh.ID, "type": 1, "guild_id": f.opts.GuildID,
				"channel_id": wh.ChannelID, "name": "paperboy", "avatar": nil, "application_id": nil, "token": wh.Token})
		case r.Method == http.MethodPost:
			f.create(w, r, in, now, limitKey{route: route, major: wh.ID, credential: "webhooks"}, target{webhook: wh})
		default:
			writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		}
		return route, m[1]
	}
	if m := messagesRoute.FindStringSubmatch(p); m != nil {
		route := r.Method + " /channels/{id}/messages"
		token, ok := f.bot(r)
		switch {
		case !ok:
			writeJSON(w, http.StatusUnauthorized, apiErr(0, "401: Unauthorized"))
		case !f.channels[m[1]]:
			writeJSON(w, http.StatusNotFound, apiErr(10003, "Unknown Channel"))
		case f.lost[m[1]] == 50001:
			writeJSON(w, http.StatusForbidden, apiErr(50001, "Missing Access"))
		case f.lost[m[1]] == 50007:
			writeJSON(w, http.StatusForbidden, apiErr(50007, "Cannot send messages to this user"))
		case f.forbidden[m[1]]:
			writeJSON(w, http.StatusForbidden, apiErr(50013, "Missing Permissions"))
		case r.Method == http.MethodPost:
			f.create(w, r, in, now, limitKey{route: route, major: m[1], credential: "bot:" + token}, target{channelID: m[1], token: token})
		default:
			writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		}
		return route, m[1]
	}
	if p == "/users/@me" {
		route := r.Method + " /users/@me"
		token, ok := f.bot(r)
		switch {
		case !ok:
			writeJSON(w, http.StatusUnauthorized, apiErr(0, "401: Unauthorized"))
		case r.Method != http.MethodGet:
			writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		default:
			writeJSON(w, http.StatusOK, map[string]any{"id": f.bots[token], "username": "paperboy", "discriminator": "0", "bot": true})
		}
		return route, ""
	}
	writeJSON(w, http.StatusNotFound, apiErr(0, "404: Not Found"))
	return r.Method + " " + "unknown", ""
}

// bot returns the token of a known bot from "Authorization: Bot TOKEN".
func (f *Fake) bot(r *http.Request) (string, bool) {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bot ")
	if !ok {
		return "", false
	}
	_, known := f.bots[token]
	return token, known
}

func apiErr(code int, msg string) map[string]any {
	return map[string]any{"message": msg, "code": code}
}

// target says where a create goes: a webhook, or a bot's channel.
type target struct {
	webhook   *Webhook
	channelID string
	token     string
}

// admit applies the rate limits and injected failures to one message request, writing the
// refusal; callers hold mu.
func (f *Fake) admit(w http.ResponseWriter, k limitKey, now time.Time) bool {
	if f.rateLimit(w, k, now) {
		return false
	}
	if len(f.failNext) > 0 {
		status := f.failNext[0]
		f.failNext = f.failNext[1:]
		writeJSON(w, status, apiErr(0, http.StatusText(status)))
		return false
	}
	return true
}

// create executes a webhook or creates a channel message; callers hold mu.
func (f *Fake) create(w http.ResponseWriter, r *http.Request, in body, now time.Time, k limitKey, t target) {
	if !f.admit(w, k, now) {
		return
	}
	raw, files, multipart := in.raw, fileNames(in.files), in.multipart
	if in.err != nil {
		writeJSON(w, http.StatusBadRequest, apiErr(50109, "The request body contains invalid JSON."))
		return
	}
	var p payload
	if err := json.Unmarshal(raw, &p); err != nil {
		writeJSON(w, http.StatusBadRequest, apiErr(50109, "The request body contains invalid JSON."))
		return
	}
	if fe := validate(&p, t.webhook != nil); fe.n > 0 {
		writeJSON(w, http.StatusBadRequest, fe.body())
		return
	}
	if p.empty(len(files)) {
		writeJSON(w, http.StatusBadRequest, apiErr(50006, "Cannot send an empty message"))
		return
	}
	msg := Message{Nonce: nonceString(p.Nonce), EnforceNonce: p.EnforceNonce, Username: p.Username,
		AvatarURL: p.AvatarURL, Embeds: p.Embeds, Multipart: multipart, Files: files, Body: raw, At: now}
	if p.Content != nil {
		msg.Content = *p.Content
	}
	if p.AllowedMentions != nil {
		msg.AllowedMentions = &discordgo.MessageAllowedMentions{}
		_ = json.Unmarshal(p.AllowedMentions, msg.AllowedMentions)
	}
	if t.webhook != nil {
		msg.WebhookID, msg.ChannelID = t.webhook.ID, t.webhook.ChannelID
		if th := r.URL.Query().Get("thread_id"); th != "" {
			msg.ThreadID, msg.ChannelID = th, th
		}
		// Webhooks ignore nonces: Discord de-duplicates bot messages only.
		msg.Nonce, msg.EnforceNonce = "", false
	} else {
		msg.ChannelID, msg.BotToken = t.channelID, t.token
	}
	nk := msg.ChannelID + "|" + msg.Nonce
	if msg.EnforceNonce && msg.Nonce != "" {
		if prev, ok := f.nonces[nk]; ok && now.Sub(prev.at) < f.opts.NonceWindow {
			writeJSON(w, http.StatusOK, f.object(f.messages[prev.msg]))
			return
		}
	}
	msg.ID = f.newID()
	f.messages = append(f.messages, msg)
	if msg.EnforceNonce && msg.Nonce != "" {
		f.nonces[nk] = nonceEntry{msg: len(f.messages) - 1, at: now}
	}
	if t.webhook != nil && r.URL.Query().Get("wait") != "true" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	writeJSON(w, http.StatusOK, f.object(msg))
}

// object is the message object Discord answers with.
func (f *Fake) object(m Message) map[string]any {
	o := map[string]any{
		"id": m.ID, "type": 0, "channel_id": m.ChannelID, "guild_id": f.opts.GuildID, "content": m.Content,
		"embeds": m.Embeds, "timestamp": m.At.UTC().Format(time.RFC3339Nano), "mention_everyone": false,
		"mentions": []any{}, "mention_roles": []any{}, "attachments": []any{}, "tts": false, "pinned": false,
	}
	if m.Embeds == nil {
		o["embeds"] = []any{}
	}
	if m.WebhookID != "" {
		o["webhook_id"] = m.WebhookID
		o["author"] = map[string]any{"id": m.WebhookID, "username": m.Username, "bot": true}
	} else {
		o["author"] = map[string]any{"id": f.bots[m.BotToken], "username": "paperboy", "bot": true}
	}
	if m.Nonce != "" {
		o["nonce"] = m.Nonce
	}
	return o
}

// body is a POST's payload, read before the fake's lock is taken.
type body struct {
	raw       []byte
	files     []File
	multipart bool
	err       error
}

// File is one file of a multipart request (files[n]).
type File struct {
	Name        string // the part's filename
	ContentType string // the part's Content-Type
	Data        []byte // its bytes, up to MaxFile+1
}

// MaxFile is the largest file Discord takes from a bot in a server without boosts (10 MiB).
const MaxFile = 10 << 20

// fileNames are the names of files.
func fileNames(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}

// tooLarge reports a file over MaxFile, which Discord refuses with 413 (code 40005).
func tooLarge(files []File) bool {
	for _, f := range files {
		if len(f.Data) > MaxFile {
			return true
		}
	}
	return false
}

// readPayload reads a JSON body, or the payload_json part (and files) of a multipart one.
func readPayload(r *http.Request) (raw []byte, files []File, multipart bool, err error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		raw, err = io.ReadAll(io.LimitReader(r.Body, 8<<20))
		return raw, nil, false, err
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, true, err
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, true, err
		}
		switch name := part.FormName(); {
		case name == "payload_json":
			if raw, err = io.ReadAll(io.LimitReader(part, 8<<20)); err != nil {
				return nil, nil, true, err
			}
		case strings.HasPrefix(name, "files["):
			data, err := io.ReadAll(io.LimitReader(part, MaxFile+1))
			if err != nil {
				return nil, nil, true, err
			}
			files = append(files, File{Name: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data})
			_, _ = io.Copy(io.Discard, part)
		}
	}
	if raw == nil {
		raw = []byte("{}")
	}
	return raw, files, true, nil
}
