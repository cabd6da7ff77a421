package telegramtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
)

// maxBody bounds what the fake reads from one request (the real API takes photos up to 10 MB).
const maxBody = 20 << 20

// Upload is a file part of a multipart request.
type Upload struct {
	Field    string // form field name ("photo", or the name an attach:// reference uses)
	Filename string // file name the client gave
	Size     int    // bytes received
	Type     string // the part's Content-Type
	Data     []byte // the bytes received
}

// params are a request's parameters the way the Bot API sees them: every value as text, objects
// and arrays (reply_markup, link_preview_options) as their JSON, whatever the encoding was.
type params map[string]string

// readParams reads the query string and then the body (JSON, form-urlencoded or multipart),
// returning the parameters, any uploaded files and the encoding name for the log.
func readParams(r *http.Request) (params, []Upload, string, error) {
	p := params{}
	enc := "query"
	for k, vs := range r.URL.Query() {
		if len(vs) > 0 {
			p[k] = vs[0]
		}
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return nil, nil, "", fmt.Errorf("read body: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return p, nil, enc, nil
	}
	mt, mparams, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "application/json":
		enc = "json"
		var m map[string]json.RawMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return nil, nil, "", errors.New("can't parse request JSON object")
		}
		for k, raw := range m {
			var s string
			if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
				p[k] = s
				continue
			}
			if string(raw) == "null" {
				continue
			}
			p[k] = string(raw)
		}
		return p, nil, enc, nil
	case "application/x-www-form-urlencoded":
		enc = "form"
		vals, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, nil, "", errors.New("can't parse URL-encoded request")
		}
		for k, vs := range vals {
			if len(vs) > 0 {
				p[k] = vs[0]
			}
		}
		return p, nil, enc, nil
	case "multipart/form-data":
		enc = "multipart"
		ups, err := readMultipart(body, mparams["boundary"], p)
		return p, ups, enc, err
	}
	return nil, nil, "", fmt.Errorf("unsupported Content-Type %q", mt)
}

// readMultipart copies form fields into p and records file parts; a file sent in the
// "photo" field becomes the parameter value "upload:<filename>" so tests can see it.
func readMultipart(body []byte, boundary string, p params) ([]Upload, error) {
	if boundary == "" {
		return nil, errors.New("multipart body without boundary")
	}
	req := &http.Request{
		Method: http.MethodPost,
		Header: http.Header{"Content-Type": {"multipart/form-data; boundary=" + boundary}},
		Body:   io.NopCloser(bytes.NewReader(body)),
	}
	if err := req.ParseMultipartForm(maxBody); err != nil {
		return nil, errors.New("can't parse multipart request")
	}
	for k, vs := range req.MultipartForm.Value {
		if len(vs) > 0 {
			p[k] = vs[0]
		}
	}
	var ups []Upload
	for field, fhs := range req.MultipartForm.File {
		for _, fh := range fhs {
			data, err := readPart(fh)
			if err != nil {
				return nil, errors.New("can't read multipart file")
			}
			ups = append(ups, Upload{Field: field, Filename: fh.Filename, Size: int(fh.Size), Type: fh.Header.Get("Content-Type"), Data: data})
			if _, ok := p[field]; !ok {
				p[field] = "upload:" + fh.Filename
			}
		}
	}
	_ = req.MultipartForm.RemoveAll()
	return ups, nil
}

// flag reads a boolean parameter the way the API does ("true", "1", JSON true).
func (p params) flag(k string) bool {
	v := strings.ToLower(strings.TrimSpace(p[k]))
	return v == "true" || v == "1"
}

// readPart reads one uploaded file part.
func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
