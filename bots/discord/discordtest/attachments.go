package discordtest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
)

// Attachment is a file a user attached to a command, served by the fake's CDN.
type Attachment struct {
	ID          string // attachment id
	Filename    string // file name as uploaded
	ContentType string // as Discord guessed it
	Size        int64  // size Discord reports (a test may change it to lie)
	URL         string // signed CDN URL (?ex=&is=&hm=), on the App's server
}

// object is the attachment as data.resolved.attachments holds it.
func (t Attachment) object() map[string]any {
	return map[string]any{"id": t.ID, "filename": t.Filename, "content_type": t.ContentType, "size": t.Size,
		"url": t.URL, "proxy_url": t.URL, "ephemeral": true}
}

// AddAttachment stores data as an uploaded attachment and returns it; pass it as an Option's
// Value. The CDN (GET on CDN()+"/attachments/…") serves it only with its signature.
func (a *App) AddAttachment(filename, contentType string, data []byte) Attachment {
	id := a.nextMessageID()
	sum := sha256.Sum256([]byte(id + a.Token))
	t := Attachment{ID: id, Filename: filename, ContentType: contentType, Size: int64(len(data)),
		URL: a.CDN() + "/attachments/" + id + "/" + filename + "?ex=66a1b2c3&is=66a06143&hm=" + hex.EncodeToString(sum[:8])}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.files[id] = cdnFile{att: t, data: data, hm: hex.EncodeToString(sum[:8])}
	return t
}

// CDN is the origin (scheme://host:port) the fake serves attachments from.
func (a *App) CDN() string { return strings.TrimSuffix(a.URL, "/api/v10") }

// CDNRequests counts the attachment downloads the CDN answered, whatever the status.
func (a *App) CDNRequests() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.cdnHits
}

type cdnFile struct {
	att  Attachment
	data []byte
	hm   string
}

// serveCDN answers GET /attachments/{id}/{filename}: the file with its signature, else 404
// as the CDN does for an unsigned or expired link.
func (a *App) serveCDN(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	a.cdnHits++
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/attachments/"), "/")
	f, ok := a.files[parts[0]]
	a.mu.Unlock()
	if r.Method != http.MethodGet || !ok || len(parts) != 2 || parts[1] != f.att.Filename || r.URL.Query().Get("hm") != f.hm {
		http.Error(w, "This content is no longer available.", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", f.att.ContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(f.data)))
	_, _ = w.Write(f.data)
}

// dmChannel is the DM channel between the bot and userID, created on first use.
func (a *App) dmChannel(userID string) string {
	a.mu.Lock()
	id, ok := a.dms[userID]
	a.mu.Unlock()
	if ok {
		return id
	}
	id = a.AddChannel()
	a.mu.Lock()
	defer a.mu.Unlock()
	if prev, ok := a.dms[userID]; ok {
		return prev
	}
	a.dms[userID] = id
	return id
}
