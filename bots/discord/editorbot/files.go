package editorbot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"slices"
	"strings"

	"paperboy/core/editor"
	"paperboy/core/fetch"
)

// maxImport bounds an attached file (an OPML import): Discord reports the size, the download
// is cut there too.
const maxImport = 1 << 20

// maxUpload is the largest file a bot may attach to a message without a boosted server.
const maxUpload = 10 << 20

// discordCDN are the origins Discord serves attachments from: an attachment URL anywhere else
// did not come from Discord, whatever the (signed) interaction says.
var discordCDN = []string{"https://cdn.discordapp.com", "https://media.discordapp.net"}

// attachment is the file of the command's attachment option (a subcommand's, for /feed import).
func (d commandData) attachment() (attachment, bool) {
	opts := d.Options
	if len(opts) == 1 && len(opts[0].Options) > 0 {
		opts = opts[0].Options
	}
	for _, o := range opts {
		var id string
		if o.Type == optionAttachment && json.Unmarshal(o.Value, &id) == nil {
			a, ok := d.Resolved.Attachments[id]
			return a, ok
		}
	}
	return attachment{}, false
}

// optionAttachment is Discord's ATTACHMENT option type.
const optionAttachment = 11

// download returns the editor.Request.File reader of an attached file: from Discord's CDN
// only, through the guarded media fetcher (the URL arrives in a request body), at most
// maxImport bytes, text only.
func (b *Bot) download(a attachment) func(ctx context.Context) (string, []byte, error) {
	return func(ctx context.Context) (string, []byte, error) {
		if a.Size > maxImport {
			return "", nil, fmt.Errorf("discord: the attached file is %d bytes, at most %d", a.Size, maxImport)
		}
		u, err := url.Parse(a.URL)
		if err != nil || !slices.Contains(b.cdn, strings.ToLower(u.Scheme+"://"+u.Host)) {
			return "", nil, fmt.Errorf("discord: the attached file is not on Discord's CDN")
		}
		m, err := b.media.Media(ctx, fetch.MediaRequest{URL: a.URL, MaxBytes: maxImport, Types: []string{"text/"},
			Accept: "text/x-opml, application/xml, text/xml, text/plain;q=0.5"})
		if err != nil {
			return "", nil, fmt.Errorf("discord: download the attached file: %w", err)
		}
		return a.Filename, m.Data, nil
	}
}

// answer edits the deferred response into the reply, with its file attached when it has one.
func (b *Bot) answer(ctx context.Context, it *interaction, rep editor.Reply) {
	m := b.message(rep)
	if rep.File == nil {
		b.editOriginal(ctx, it, m)
		return
	}
	if len(rep.File.Data) > maxUpload {
		b.editOriginal(ctx, it, b.message(editor.Reply{Text: fmt.Sprintf("%s: %d bytes, more than Discord takes (%d)", rep.File.Name, len(rep.File.Data), maxUpload)}))
		return
	}
	m.Attachments = []attachmentRef{{ID: 0, Filename: rep.File.Name}}
	body, ctype, err := multipartMessage(m, rep.File)
	if err == nil {
		err = b.hooks.DoRaw(ctx, "PATCH", "/webhooks/"+b.cfg.AppID+"/"+it.Token+"/messages/@original", nil, ctype, body, nil)
	}
	if err = scrub(err, it.Token); err != nil {
		b.log.Error("discord interaction edit with a file failed", append(logCommand(it), slog.String("err", err.Error()))...)
	}
}

// multipartMessage is Discord's multipart form of a message with one file: payload_json, then
// files[0].
func multipartMessage(m *responseData, f *editor.File) (*bytes.Buffer, string, error) {
	payload, err := json.Marshal(m)
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="payload_json"`)
	h.Set("Content-Type", "application/json")
	pw, err := w.CreatePart(h)
	if err == nil {
		_, err = pw.Write(payload)
	}
	if err != nil {
		return nil, "", err
	}
	ctype := f.Type
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h = textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="files[0]"; filename=%q`, f.Name))
	h.Set("Content-Type", ctype)
	fw, err := w.CreatePart(h)
	if err == nil {
		_, err = fw.Write(f.Data)
	}
	if err == nil {
		err = w.Close()
	}
	return &buf, w.FormDataContentType(), err
}
