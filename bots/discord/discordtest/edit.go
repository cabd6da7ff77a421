package discordtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"time"
)

var (
	webhookMessageRoute = regexp.MustCompile(`^/webhooks/([0-9]+)/([^/]+)/messages/([0-9]+)$`)
	channelMessageRoute = regexp.MustCompile(`^/channels/([0-9]+)/messages/([0-9]+)$`)
)

// AddForeignMessage records a message a user wrote in channelID and returns its id: a bot may
// not edit it (403, code 50005) and without Manage Messages not delete it (403, code 50013).
func (f *Fake) AddForeignMessage(channelID, content string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := Message{ID: f.newID(), ChannelID: channelID, Content: content, At: f.opts.Now()}
	f.messages = append(f.messages, m)
	return m.ID
}

// routeMessage serves PATCH/DELETE of one message, by webhook or bot; it reports false when p
// is not such a route. Callers hold mu.
func (f *Fake) routeMessage(w http.ResponseWriter, r *http.Request, p string, in body, now time.Time) (route, major string, ok bool) {
	if m := webhookMessageRoute.FindStringSubmatch(p); m != nil {
		route = r.Method + " /webhooks/{id}/{token}/messages/{message_id}"
		wh := f.webhooks[m[1]]
		switch {
		case wh == nil:
			writeJSON(w, http.StatusNotFound, apiErr(10015, "Unknown Webhook"))
		case wh.Token != m[2]:
			writeJSON(w, http.StatusUnauthorized, apiErr(50027, "Invalid Webhook Token"))
		default:
			// A webhook finds only its own messages, and a thread's only with ?thread_id=.
			msg := f.find(m[3])
			if msg == nil || msg.WebhookID != wh.ID || msg.ThreadID != r.URL.Query().Get("thread_id") {
				writeJSON(w, http.StatusNotFound, apiErr(10008, "Unknown Message"))
				return route, m[1], true
			}
			f.change(w, r, in, now, limitKey{route: route, major: wh.ID, credential: "webhooks"}, msg, true)
		}
		return route, m[1], true
	}
	if m := channelMessageRoute.FindStringSubmatch(p); m != nil {
		route = r.Method + " /channels/{id}/messages/{message_id}"
		token, known := f.bot(r)
		switch {
		case !known:
			writeJSON(w, http.StatusUnauthorized, apiErr(0, "401: Unauthorized"))
		case !f.channels[m[1]]:
			writeJSON(w, http.StatusNotFound, apiErr(10003, "Unknown Channel"))
		default:
			msg := f.find(m[2])
			switch {
			case msg == nil || msg.ChannelID != m[1]:
				writeJSON(w, http.StatusNotFound, apiErr(10008, "Unknown Message"))
			case msg.BotToken != token && r.Method == http.MethodPatch:
				writeJSON(w, http.StatusForbidden, apiErr(50005, "Cannot edit a message authored by another user"))
			case msg.BotToken != token:
				writeJSON(w, http.StatusForbidden, apiErr(50013, "Missing Permissions"))
			default:
				f.change(w, r, in, now, limitKey{route: route, major: m[1], credential: "bot:" + token}, msg, false)
			}
		}
		return route, m[1], true
	}
	return "", "", false
}

// find returns the live message with id, or nil; callers hold mu.
func (f *Fake) find(id string) *Message {
	for i := range f.messages {
		if f.messages[i].ID == id && !f.messages[i].Deleted {
			return &f.messages[i]
		}
	}
	return nil
}

// change edits (PATCH) or deletes (DELETE) msg after the rate limits and injected failures.
func (f *Fake) change(w http.ResponseWriter, r *http.Request, in body, now time.Time, k limitKey, msg *Message, webhook bool) {
	if !f.admit(w, k, now) {
		return
	}
	switch r.Method {
	case http.MethodDelete:
		msg.Deleted = true
		w.WriteHeader(http.StatusNoContent)
		return
	case http.MethodGet:
		writeJSON(w, http.StatusOK, f.object(*msg))
		return
	case http.MethodPatch:
	default:
		writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		return
	}
	var p payload
	if in.err != nil || json.Unmarshal(in.raw, &p) != nil {
		writeJSON(w, http.StatusBadRequest, apiErr(50109, "The request body contains invalid JSON."))
		return
	}
	// An edit takes content, embeds, allowed_mentions, components, attachments: not a
	// webhook's username or avatar, nor a nonce (Discord ignores unknown edit fields; the fake
	// refuses them so a client cannot believe it changed the author).
	if p.Username != "" || p.AvatarURL != "" || len(p.Nonce) > 0 {
		writeJSON(w, http.StatusBadRequest, apiErr(50035, "Invalid Form Body"))
		return
	}
	if fe := validate(&p, webhook); fe.n > 0 {
		writeJSON(w, http.StatusBadRequest, fe.body())
		return
	}
	if p.Content != nil {
		msg.Content = *p.Content
	}
	if p.Embeds != nil {
		msg.Embeds = p.Embeds
	}
	msg.Body, msg.Edits, msg.EditedAt = in.raw, msg.Edits+1, now
	o := f.object(*msg)
	o["edited_timestamp"] = now.UTC().Format(time.RFC3339Nano)
	writeJSON(w, http.StatusOK, o)
}
