package botapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"regexp"
	"strings"

	"paperboy/core/channel"
)

// Chat member statuses (getChatMember, my_chat_member) the bots act on.
const (
	StatusCreator       = "creator"
	StatusAdministrator = "administrator"
	StatusLeft          = "left"
	StatusKicked        = "kicked"
)

// ChatMember is the part of getChatMember's answer the bots use.
type ChatMember struct {
	Status string `json:"status"` // creator, administrator, member, restricted, left, kicked
	User   User   `json:"user"`
}

// IsAdmin reports whether the member may manage the chat: its creator or an administrator.
func (m ChatMember) IsAdmin() bool {
	return m.Status == StatusCreator || m.Status == StatusAdministrator
}

// GetChatMember asks Telegram, now, what userID is in chatID.
func (c *Client) GetChatMember(ctx context.Context, chatID, userID int64) (ChatMember, error) {
	var m ChatMember
	err := c.Call(ctx, "getChatMember", map[string]any{"chat_id": chatID, "user_id": userID}, &m)
	return m, err
}

// File is getFile's answer: where to download a file the bot received.
type File struct {
	FileID   string `json:"file_id"`
	FileSize int64  `json:"file_size"`
	FilePath string `json:"file_path"`
}

// filePathPattern is what a file_path from getFile may look like ("documents/file_12.opml"):
// it is appended to the download URL, so nothing that could leave /file/bot<token>/ passes.
var filePathPattern = regexp.MustCompile(`^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$`)

// Download fetches a file the bot received (getFile, then <api_url>/file/bot<token>/<file_path>)
// through the client's pinned API, refusing files over limit bytes without reading past it.
func (c *Client) Download(ctx context.Context, fileID string, limit int64) ([]byte, error) {
	var f File
	if err := c.Call(ctx, "getFile", map[string]any{"file_id": fileID}, &f); err != nil {
		return nil, err
	}
	if f.FileSize > limit {
		return nil, tooBig(limit)
	}
	if !filePathPattern.MatchString(f.FilePath) || strings.Contains(f.FilePath, "..") {
		return nil, &channel.Error{Reason: channel.Permanent, Err: errors.New("telegram: getFile: no downloadable file_path")}
	}
	api := *c.api
	api.MaxBody = limit + 1
	api.Check = downloadCheck
	r, err := api.Do(ctx, channel.Call{Method: "GET", Path: "/file/bot" + c.token + "/" + f.FilePath, Op: "download file"}, nil)
	if err != nil {
		return nil, err
	}
	if int64(len(r.Body)) > limit {
		return nil, tooBig(limit)
	}
	return r.Body, nil
}

// tooBig is the error for a file over the download limit.
func tooBig(limit int64) error {
	return &channel.Error{Reason: channel.Permanent, Code: CodeFileTooBig,
		Err: fmt.Errorf("telegram: the file is larger than %d KiB", limit>>10)}
}

// CodeFileTooBig names a download refused for its size.
const CodeFileTooBig = "file_too_big"

// downloadCheck accepts any 2xx body as the file; an error answer is read as the Bot API's.
func downloadCheck(r *channel.Response) *channel.Error {
	if r.Status/100 == 2 {
		return nil
	}
	return check(r)
}

// Document is a file to send with sendDocument.
type Document struct {
	Name string // file name the chat shows
	Type string // MIME type ("" = application/octet-stream)
	Data []byte
}

// SendDocument uploads doc to a chat as multipart/form-data, with fields (chat_id, caption,
// reply_parameters…) as form values; objects are sent as their JSON.
func (c *Client) SendDocument(ctx context.Context, fields map[string]any, doc Document) error {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, v := range fields {
		s, ok := v.(string)
		if !ok {
			b, err := json.Marshal(v)
			if err != nil {
				return &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: sendDocument: encode %s: %w", k, err)}
			}
			s = string(b)
		}
		if err := w.WriteField(k, s); err != nil {
			return &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: sendDocument: %w", err)}
		}
	}
	typ := doc.Type
	if typ == "" {
		typ = "application/octet-stream"
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="document"; filename="`+safeName(doc.Name)+`"`)
	h.Set("Content-Type", typ)
	part, err := w.CreatePart(h)
	if err == nil {
		_, err = part.Write(doc.Data)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: sendDocument: %w", err)}
	}
	var ar apiResponse
	_, err = c.api.Do(ctx, channel.Call{Path: "/bot" + c.token + "/sendDocument", Op: "sendDocument", Body: body.Bytes(), ContentType: w.FormDataContentType()}, &ar)
	return err
}

// safeName keeps a file name to characters that need no quoting in a form header.
func safeName(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == '\\' || r == '/' || r == 0x7f {
			return '_'
		}
		return r
	}, name)
	if name == "" {
		return "file"
	}
	return name
}
