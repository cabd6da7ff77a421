package telegramtest

import (
	"net/http"
	"strconv"
	"strings"
)

// MaxDownload is the Bot API's limit on files a bot may download with getFile (20 MB).
const MaxDownload = 20 << 20

// storedFile is a file the fake can hand out with getFile and serve for download.
type storedFile struct {
	id, path, name, mime string
	data                 []byte
}

// AddFile stores a file users could have sent the bot (a document in a chat) and returns its
// file_id, to attach to an Incoming message.
func (s *Server) AddFile(name, mimeType string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.storeFile(name, mimeType, data)
}

// storeFile keeps a file under a new file_id; with s.mu held.
func (s *Server) storeFile(name, mimeType string, data []byte) string {
	s.nextFile++
	n := strconv.Itoa(s.nextFile)
	ext := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 && i < len(name)-1 {
		ext = name[i:]
	}
	f := storedFile{id: "BQACAgIAAx-file-" + n, path: "documents/file_" + n + ext, name: name, mime: mimeType, data: data}
	s.files[f.id] = f
	return f.id
}

// documentJSON is the Document object of a stored file.
func (f storedFile) documentJSON() map[string]any {
	d := map[string]any{"file_id": f.id, "file_unique_id": "u" + f.id, "file_size": len(f.data)}
	if f.name != "" {
		d["file_name"] = f.name
	}
	if f.mime != "" {
		d["mime_type"] = f.mime
	}
	return d
}

// getFile answers where a stored file can be downloaded, refusing files over 20 MB as Telegram does.
func (s *Server) getFile(_ *http.Request, p params) (int, any) {
	f, found := s.files[p["file_id"]]
	if !found {
		return badRequest("invalid file_id")
	}
	if len(f.data) > MaxDownload {
		return badRequest("file is too big")
	}
	return ok(map[string]any{"file_id": f.id, "file_unique_id": "u" + f.id, "file_size": len(f.data), "file_path": f.path})
}

// serveFile serves GET /file/bot<token>/<file_path>, the download URL getFile's answer makes.
func (s *Server) serveFile(w http.ResponseWriter, rest string) {
	token, path, _ := strings.Cut(rest, "/")
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: "file", Params: params{"file_path": path}, Encoding: "query", Time: s.now()})
	if !s.tokens[token] {
		s.mu.Unlock()
		writeJSON(w, http.StatusUnauthorized, apiError(http.StatusUnauthorized, "Unauthorized", 0))
		return
	}
	var data []byte
	found := false
	for _, f := range s.files {
		if f.path == path {
			data, found = f.data, true
			break
		}
	}
	s.mu.Unlock()
	if !found {
		writeJSON(w, http.StatusNotFound, apiError(http.StatusNotFound, "Not Found", 0))
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	_, _ = w.Write(data)
}

// sendDocument accepts a document upload (multipart) or a file_id of a stored file, with an
// optional caption; the uploaded bytes are kept and can be fetched again with getFile.
func (s *Server) sendDocument(c *Chat, name string, p params, ups []Upload) (int, any) {
	ref := p["document"]
	var f storedFile
	switch up := uploadFor(ref, ups); {
	case up != nil:
		f = s.files[s.storeFile(up.Filename, up.Type, up.Data)]
	case s.files[ref].id != "":
		f = s.files[ref]
	default:
		return badRequest("there is no document in the request")
	}
	if len(f.data) == 0 {
		return badRequest("file must be non-empty")
	}
	plain, desc := render(p["caption"], p["parse_mode"], CaptionMax, "caption")
	if desc != "" {
		return badRequest(desc)
	}
	m := Message{Chat: p["chat_id"], ChatID: c.ID, Method: name, ParseMode: p["parse_mode"], HTML: p["caption"], Text: plain,
		Silent: p.flag("disable_notification"), ReplyMarkup: p["reply_markup"], Document: f.name, DocumentData: f.data, file: f.id}
	return s.accept(c, m)
}

// uploadFor is the uploaded part a document parameter names ("upload:<filename>", or an
// attach://<field> reference), nil when it names none.
func uploadFor(ref string, ups []Upload) *Upload {
	for i := range ups {
		if ref == "upload:"+ups[i].Filename || ref == "attach://"+ups[i].Field || ups[i].Field == "document" && strings.HasPrefix(ref, "upload:") {
			return &ups[i]
		}
	}
	return nil
}
