package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// serveCallback answers POST /interactions/{id}/{token}/callback.
func (a *App) serveCallback(w http.ResponseWriter, r *http.Request, path string) bool {
	m := callbackRoute.FindStringSubmatch(path)
	if m == nil {
		return false
	}
	if r.Method != http.MethodPost {
		writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		return true
	}
	var in struct {
		Type int          `json:"type"`
		Data responseData `json:"data"`
	}
	raw, ok := readJSON(w, r, &in)
	if !ok {
		return true
	}
	now := a.Fake.opts.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	p := a.interactions[m[1]]
	switch {
	case p == nil || p.token != m[2] || now.Sub(p.created) > a.opts.ResponseWindow:
		writeJSON(w, http.StatusNotFound, apiErr(10062, "Unknown interaction"))
		return true
	case p.responded:
		writeJSON(w, http.StatusBadRequest, apiErr(40060, "Interaction has already been acknowledged."))
		return true
	}
	switch in.Type {
	case ResponseChannelMessage, ResponseDeferred:
		if in.Type == ResponseChannelMessage && !a.checkData(w, &in.Data, true) {
			return true
		}
		msg := &ResponseMessage{ID: a.nextMessageID(), Deferred: in.Type == ResponseDeferred, Flags: in.Data.Flags}
		apply(msg, &in.Data)
		a.messages[msg.ID], p.original = msg, msg.ID
	case ResponseDeferredUpdate, ResponseUpdate:
		msg := a.messages[p.original]
		if p.typ != InteractionComponent || msg == nil {
			writeJSON(w, http.StatusBadRequest, apiErr(40004, "Interaction response type is not valid for this interaction"))
			return true
		}
		if in.Type == ResponseUpdate {
			if !a.checkData(w, &in.Data, false) {
				return true
			}
			apply(msg, &in.Data)
		}
	default:
		writeJSON(w, http.StatusBadRequest, apiErr(50035, "Invalid Form Body"))
		return true
	}
	p.responded = true
	a.callbacks = append(a.callbacks, Callback{InteractionID: p.id, Type: in.Type, Body: raw, At: now})
	a.touch()
	w.WriteHeader(http.StatusNoContent)
	return true
}

// serveOriginal answers PATCH /webhooks/{app}/{token}/messages/@original.
func (a *App) serveOriginal(w http.ResponseWriter, r *http.Request, path string) bool {
	m := originalRoute.FindStringSubmatch(path)
	if m == nil {
		return false
	}
	if r.Method != http.MethodPatch {
		writeJSON(w, http.StatusMethodNotAllowed, apiErr(0, "405: Method Not Allowed"))
		return true
	}
	var in responseData
	raw, files, ok := readMessage(w, r, &in)
	if !ok {
		return true
	}
	if !checkAttachments(w, in.Attachments, files) {
		return true
	}
	now := a.Fake.opts.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	p := a.byToken[m[2]]
	switch {
	case m[1] != a.ID || p == nil || now.Sub(p.created) > 15*time.Minute:
		writeJSON(w, http.StatusUnauthorized, apiErr(50027, "Invalid Webhook Token"))
		return true
	case !p.responded || a.messages[p.original] == nil:
		writeJSON(w, http.StatusNotFound, apiErr(10008, "Unknown Message"))
		return true
	}
	if !a.checkData(w, &in, false) {
		return true
	}
	msg := a.messages[p.original]
	apply(msg, &in)
	if in.Attachments != nil {
		msg.Files = files
	}
	msg.Deferred = false
	a.edits = append(a.edits, Edit{Token: p.token, Body: raw, Files: files})
	a.touch()
	writeJSON(w, http.StatusOK, map[string]any{"id": msg.ID, "type": 20, "content": msg.Content, "embeds": msg.Embeds,
		"components": msg.Components, "flags": msg.Flags, "webhook_id": a.ID, "application_id": a.ID})
	return true
}

// checkData validates a response's message the way Discord does (plus the fake's rule that
// allowed_mentions is present), answering 50035 or 50006; callers hold mu.
func (a *App) checkData(w http.ResponseWriter, d *responseData, needBody bool) bool {
	p := payload{Content: d.Content, Embeds: d.Embeds, AllowedMentions: d.AllowedMentions}
	fe := validate(&p, false)
	if d.Components != nil {
		checkComponents(fe, *d.Components)
	}
	if fe.n > 0 {
		writeJSON(w, http.StatusBadRequest, fe.body())
		return false
	}
	if needBody && p.empty(0) {
		writeJSON(w, http.StatusBadRequest, apiErr(50006, "Cannot send an empty message"))
		return false
	}
	return true
}

// apply copies the fields present in d onto msg: absent fields keep their value, as in Discord.
func apply(msg *ResponseMessage, d *responseData) {
	if d.Content != nil {
		msg.Content = *d.Content
	}
	if d.Embeds != nil {
		msg.Embeds = d.Embeds
	}
	if d.Components != nil {
		msg.Components = *d.Components
	}
}

// nextMessageID allocates a message id; callers hold mu (and take the Fake's lock briefly).
func (a *App) nextMessageID() string {
	a.Fake.mu.Lock()
	defer a.Fake.mu.Unlock()
	return a.Fake.newID()
}

// checkAttachments checks that every new attachment (a numeric id) names an uploaded file
// files[id], as Discord requires of multipart messages, answering 50035 when one does not.
func checkAttachments(w http.ResponseWriter, refs []attachmentRef, files []File) bool {
	fe := &formErrors{}
	for i, ref := range refs {
		var n int
		if json.Unmarshal(ref.ID, &n) == nil && (n < 0 || n >= len(files)) {
			fe.add(fmt.Sprintf("attachments.%d.id", i), "ATTACHMENT_NOT_FOUND", "Attachment data not found")
		}
	}
	if fe.n > 0 {
		writeJSON(w, http.StatusBadRequest, fe.body())
		return false
	}
	return true
}
