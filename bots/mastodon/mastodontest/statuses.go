package mastodontest

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/rivo/uniseg"
)

var (
	// urlRE finds the URLs Mastodon counts as 23 characters each.
	urlRE = regexp.MustCompile(`https?://[^\s]+`)
	// tagRE finds hashtags the way Mastodon's Tag::HASHTAG_RE does for ordinary text.
	tagRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_/])#([\p{L}\p{N}_\p{Mn}]*[\p{L}_\p{Mn}][\p{L}\p{N}_\p{Mn}]*)`)
	// mentionRE finds mentions the way Mastodon's Account::MENTION_RE does.
	mentionRE = regexp.MustCompile(`(?i)(?:^|[^/\p{L}\p{N}_])@([a-z0-9_]+(?:@[\p{L}\p{N}_.\-]+[\p{L}\p{N}_]+)?)`)
	// langRE is an ISO 639 code.
	langRE = regexp.MustCompile(`^[a-z]{2,3}$`)
)

// Count is the length Mastodon's StatusLengthValidator computes for a status: grapheme
// clusters, with every URL replaced by 23 characters; the content warning counts too.
func Count(text, spoiler string) int {
	t := urlRE.ReplaceAllString(text, strings.Repeat("x", 23))
	return uniseg.GraphemeClusterCount(t) + uniseg.GraphemeClusterCount(spoiler)
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request, acct string) {
	if err := r.ParseMultipartForm(s.opts.ImageSizeLimit + 1<<20); err != nil {
		fail(w, http.StatusUnprocessableEntity, "Validation failed: File can't be blank")
		return
	}
	f, fh, err := r.FormFile("file")
	if err != nil {
		fail(w, http.StatusUnprocessableEntity, "Validation failed: File can't be blank")
		return
	}
	defer f.Close()
	data, _ := io.ReadAll(f)
	ctype := fh.Header.Get("Content-Type")
	desc := r.FormValue("description")
	switch {
	case !strings.HasPrefix(ctype, "image/") || !strings.HasPrefix(http.DetectContentType(data), "image/"):
		fail(w, http.StatusUnprocessableEntity, "Validation failed: File content type is invalid, File is invalid")
		return
	case int64(len(data)) > s.opts.ImageSizeLimit:
		fail(w, http.StatusUnprocessableEntity, fmt.Sprintf("Validation failed: File file size must be less than %d MB", s.opts.ImageSizeLimit>>20))
		return
	case uniseg.GraphemeClusterCount(desc) > 1500:
		fail(w, http.StatusUnprocessableEntity, "Validation failed: Description is too long (maximum is 1500 characters)")
		return
	}
	m := &Media{ID: s.id(), Account: acct, FileName: fh.Filename, ContentType: ctype, Size: len(data), Description: desc, Processed: !s.opts.AsyncMedia}
	s.media[m.ID] = m
	status, u := http.StatusOK, any(s.URL+"/system/media_attachments/files/"+m.ID+"/original/"+m.FileName)
	if !m.Processed {
		status, u = http.StatusAccepted, nil
	}
	writeJSON(w, status, map[string]any{"id": m.ID, "type": "image", "url": u, "preview_url": u, "description": desc})
}

type statusParams struct {
	Status      string   `json:"status"`
	SpoilerText string   `json:"spoiler_text"`
	Visibility  string   `json:"visibility"`
	Language    string   `json:"language"`
	MediaIDs    []string `json:"media_ids"`
}

func (s *Server) postStatus(w http.ResponseWriter, r *http.Request, acct string) {
	body := drain(r, 1<<20)
	key := r.Header.Get("Idempotency-Key")
	if key != "" {
		if st, ok := s.byKey[acct+"\x00"+key]; ok {
			// A retry with the same key returns the status the first request created.
			writeJSON(w, http.StatusOK, s.entity(st))
			return
		}
	}
	if s.popFail(w) {
		return
	}
	var p statusParams
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || json.Unmarshal(body, &p) != nil {
		fail(w, http.StatusUnprocessableEntity, "Validation failed: Text can't be blank")
		return
	}
	n := Count(p.Status, p.SpoilerText)
	if status, msg := s.validate(p, acct, n); status != 0 {
		fail(w, status, msg)
		return
	}
	st := &Status{ID: s.id(), Account: acct, IdempotencyKey: key, Text: p.Status, SpoilerText: p.SpoilerText,
		Visibility: p.Visibility, Language: p.Language, MediaIDs: p.MediaIDs, Body: body, Length: n}
	if st.Visibility == "" {
		st.Visibility = "public"
	}
	for _, m := range tagRE.FindAllStringSubmatch(p.Status, -1) {
		st.Tags = append(st.Tags, m[1])
	}
	for _, m := range mentionRE.FindAllStringSubmatch(p.Status+" "+p.SpoilerText, -1) {
		st.Mentions = append(st.Mentions, m[1])
	}
	s.statuses = append(s.statuses, st)
	if key != "" {
		s.byKey[acct+"\x00"+key] = st
	}
	writeJSON(w, http.StatusOK, s.entity(st))
}

// entity renders a Status entity as the API returns it.
func (s *Server) entity(st *Status) map[string]any {
	content := "<p>" + strings.ReplaceAll(html.EscapeString(st.Text), "\n", "<br />") + "</p>"
	tags := []map[string]string{}
	for _, t := range st.Tags {
		tags = append(tags, map[string]string{"name": strings.ToLower(t), "url": s.URL + "/tags/" + t})
	}
	media := []map[string]string{}
	for _, id := range st.MediaIDs {
		media = append(media, map[string]string{"id": id, "type": "image", "description": s.media[id].Description})
	}
	return map[string]any{"id": st.ID, "uri": s.URL + "/users/paperboy/statuses/" + st.ID,
		"url": s.URL + "/@paperboy/" + st.ID, "created_at": s.opts.Now().UTC().Format("2006-01-02T15:04:05.000Z"),
		"content": content, "spoiler_text": st.SpoilerText, "visibility": st.Visibility, "language": st.Language,
		"media_attachments": media, "tags": tags}
}

// validate checks a status's parameters (create or edit) the way Mastodon does; it returns
// the failure's status and message, or 0.
func (s *Server) validate(p statusParams, acct string, n int) (int, string) {
	switch {
	case strings.TrimSpace(p.Status) == "" && len(p.MediaIDs) == 0:
		return http.StatusUnprocessableEntity, "Validation failed: Text can't be blank"
	case n > s.opts.MaxCharacters:
		return http.StatusUnprocessableEntity, fmt.Sprintf("Validation failed: Text character limit of %d exceeded", s.opts.MaxCharacters)
	case p.Visibility != "" && p.Visibility != "public" && p.Visibility != "unlisted" && p.Visibility != "private" && p.Visibility != "direct":
		return http.StatusUnprocessableEntity, "Validation failed: Visibility is not included in the list"
	case p.Language != "" && !langRE.MatchString(p.Language):
		return http.StatusUnprocessableEntity, "Validation failed: Language is not a valid language code"
	case len(p.MediaIDs) > 4:
		return http.StatusUnprocessableEntity, "Validation failed: Media attachments can't exceed 4"
	}
	for _, id := range p.MediaIDs {
		m, ok := s.media[id]
		if !ok || m.Account != acct {
			return http.StatusUnprocessableEntity, "Validation failed: Media attachments are invalid"
		}
		if !m.Processed {
			return http.StatusUnprocessableEntity, "Cannot attach files that have not finished processing. Try again in a moment!"
		}
	}
	return 0, ""
}

// popFail answers with the next injected failure, reporting whether there was one.
func (s *Server) popFail(w http.ResponseWriter) bool {
	if len(s.failNext) == 0 {
		return false
	}
	f := s.failNext[0]
	s.failNext = s.failNext[1:]
	fail(w, f.status, f.body)
	return true
}
