package blueskytest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Limits from the lexicons (app.bsky.feed.post, app.bsky.embed.external) and the PDS.
const (
	maxUpload       = 5 << 20 // the reference PDS's default blob upload limit
	maxThumb        = 1_000_000
	maxPostGraphems = 300
	maxPostBytes    = 3000
)

// tidRe is the TID syntax: 13 base32-sortable characters, the first with the top bit clear.
var tidRe = regexp.MustCompile(`^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$`)

type post struct {
	Type   string `json:"$type"`
	Text   string `json:"text"`
	Facets []struct {
		Index struct {
			ByteStart *int `json:"byteStart"`
			ByteEnd   *int `json:"byteEnd"`
		} `json:"index"`
		Features []map[string]any `json:"features"`
	} `json:"facets"`
	Embed *struct {
		Type     string `json:"$type"`
		External *struct {
			URI         string          `json:"uri"`
			Title       *string         `json:"title"`
			Description *string         `json:"description"`
			Thumb       json.RawMessage `json:"thumb"`
		} `json:"external"`
	} `json:"embed"`
	Langs     []string `json:"langs"`
	CreatedAt string   `json:"createdAt"`
	Reply     *struct {
		Root   *strongRef `json:"root"`
		Parent *strongRef `json:"parent"`
	} `json:"reply"`
}

// strongRef is com.atproto.repo.strongRef.
type strongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

// repoInput is the body of createRecord and deleteRecord.
type repoInput struct {
	Repo       string          `json:"repo"`
	Collection string          `json:"collection"`
	RKey       string          `json:"rkey"`
	Record     json.RawMessage `json:"record"`
}

// input authorizes a repo write and reads its body, which must name the account's repo;
// it writes the refusal and reports false otherwise.
func (s *Server) input(w http.ResponseWriter, r *http.Request) (repoInput, bool) {
	var in repoInput
	if !s.authorize(w, r) {
		return in, false
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Input must be JSON: "+err.Error())
		return in, false
	}
	if in.Repo != s.did && in.Repo != s.handle {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Invalid repo")
		return in, false
	}
	return in, true
}

func (s *Server) createRecord(w http.ResponseWriter, r *http.Request) {
	in, ok := s.input(w, r)
	if !ok {
		return
	}
	if in.Collection != "app.bsky.feed.post" {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "fake accepts only app.bsky.feed.post")
		return
	}
	if in.RKey == "" {
		in.RKey = fmt.Sprintf("3l%011d", len(s.Records())) // server-chosen keys are not used by paperboy
	}
	if !tidRe.MatchString(in.RKey) {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Invalid record key: must be a TID")
		return
	}
	if err := s.validatePost(in.Record); err != nil {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Invalid app.bsky.feed.post record: "+err.Error())
		return
	}
	uri := "at://" + s.did + "/" + in.Collection + "/" + in.RKey
	sum := sha256.Sum256(in.Record)
	cid := "bafyrei" + strings.ToLower(hex.EncodeToString(sum[:20]))
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, exists := s.records[uri]; exists {
		if s.DuplicateError == "" {
			xrpcError(w, http.StatusInternalServerError, "InternalServerError", "Internal Server Error")
		} else {
			xrpcError(w, http.StatusBadRequest, s.DuplicateError, "Record already exists: "+uri)
		}
		return
	}
	s.records[uri] = Record{URI: uri, CID: cid, RKey: in.RKey, Value: in.Record}
	s.order = append(s.order, uri)
	writeJSON(w, http.StatusOK, map[string]any{
		"uri": uri, "cid": cid, "validationStatus": "valid",
		"commit": map[string]string{"cid": "bafyreicommit" + in.RKey, "rev": in.RKey},
	})
}

// validatePost applies the app.bsky.feed.post lexicon to a record, as the PDS does.
func (s *Server) validatePost(raw json.RawMessage) error {
	var p post
	if err := json.Unmarshal(raw, &p); err != nil {
		return err
	}
	if p.Type != "app.bsky.feed.post" {
		return errors.New("$type must be app.bsky.feed.post")
	}
	if !utf8.ValidString(p.Text) {
		return errors.New("text is not UTF-8")
	}
	if n := uniseg.GraphemeClusterCount(p.Text); n > maxPostGraphems {
		return fmt.Errorf("record/text must not be longer than %d graphemes (%d)", maxPostGraphems, n)
	}
	if len(p.Text) > maxPostBytes {
		return fmt.Errorf("record/text must not be longer than %d characters", maxPostBytes)
	}
	if _, err := time.Parse(time.RFC3339Nano, p.CreatedAt); err != nil {
		return errors.New("record/createdAt must be an valid atproto datetime")
	}
	if p.Reply != nil {
		for name, ref := range map[string]*strongRef{"root": p.Reply.Root, "parent": p.Reply.Parent} {
			if ref == nil || !strings.HasPrefix(ref.URI, "at://") || ref.CID == "" {
				return fmt.Errorf("record/reply/%s must be a strongRef (uri and cid)", name)
			}
		}
	}
	if len(p.Langs) > 3 {
		return errors.New("record/langs must not have more than 3 elements")
	}
	for i, f := range p.Facets {
		st, en := f.Index.ByteStart, f.Index.ByteEnd
		if st == nil || en == nil || *st < 0 || *en <= *st || *en > len(p.Text) {
			return fmt.Errorf("record/facets/%d/index is out of the text's bytes", i)
		}
		if !utf8.ValidString(p.Text[*st:*en]) {
			return fmt.Errorf("record/facets/%d/index cuts a character", i)
		}
		for _, ft := range f.Features {
			if ft["$type"] == "app.bsky.richtext.facet#link" {
				u, _ := ft["uri"].(string)
				if pu, err := url.Parse(u); err != nil || pu.Scheme == "" || pu.Host == "" {
					return fmt.Errorf("record/facets/%d/features/0/uri must be a valid uri", i)
				}
			}
		}
	}
	if p.Embed != nil {
		if p.Embed.Type != "app.bsky.embed.external" || p.Embed.External == nil {
			return errors.New("record/embed: fake accepts only app.bsky.embed.external")
		}
		e := p.Embed.External
		if e.Title == nil || e.Description == nil || e.URI == "" {
			return errors.New("record/embed/external must have uri, title and description")
		}
		if len(e.Thumb) > 0 {
			if err := s.validateThumb(e.Thumb); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Server) validateThumb(raw json.RawMessage) error {
	var b struct {
		Type string `json:"$type"`
		Ref  struct {
			Link string `json:"$link"`
		} `json:"ref"`
		MimeType string `json:"mimeType"`
		Size     int    `json:"size"`
	}
	if err := json.Unmarshal(raw, &b); err != nil || b.Type != "blob" {
		return errors.New("record/embed/external/thumb should be a blob ref")
	}
	s.mu.Lock()
	blob, ok := s.blobs[b.Ref.Link]
	s.mu.Unlock()
	if !ok {
		return errors.New("could not find blob: " + b.Ref.Link)
	}
	if !strings.HasPrefix(blob.MimeType, "image/") {
		return errors.New("wrong type of file. It is " + blob.MimeType + " but it must match image/*")
	}
	if len(blob.Data) > maxThumb {
		return fmt.Errorf("this file is too large. It is %d bytes but the maximum size is %d bytes", len(blob.Data), maxThumb)
	}
	return nil
}

// deleteRecord removes a record of the account. Like the reference PDS it accepts deleting a
// record that does not exist (or no longer does); another repo is refused.
func (s *Server) deleteRecord(w http.ResponseWriter, r *http.Request) {
	in, ok := s.input(w, r)
	if !ok {
		return
	}
	if in.Collection == "" || in.RKey == "" {
		xrpcError(w, http.StatusBadRequest, "InvalidRequest", "Input must have the properties \"collection\" and \"rkey\"")
		return
	}
	uri := "at://" + s.did + "/" + in.Collection + "/" + in.RKey
	s.mu.Lock()
	defer s.mu.Unlock()
	if rec, ok := s.records[uri]; ok && !rec.Deleted {
		rec.Deleted = true
		s.records[uri] = rec
		s.deletes++
	}
	writeJSON(w, http.StatusOK, map[string]any{"commit": map[string]string{"cid": "bafyreicommitdel" + in.RKey, "rev": in.RKey}})
}

// Deletes counts records deleteRecord actually removed.
func (s *Server) Deletes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.deletes
}
