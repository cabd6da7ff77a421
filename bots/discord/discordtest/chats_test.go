package discordtest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

func TestGlobalCommandRules(t *testing.T) {
	a := NewApp(AppOptions{})
	defer a.Close()
	auth := "Bot " + a.Token
	global := a.URL + "/applications/" + a.ID + "/commands"
	guild := a.URL + "/applications/" + a.ID + "/guilds/" + a.GuildID() + "/commands"
	sub := `{"type":1,"name":"list","description":"List"}`
	for _, c := range []struct {
		name, url, body, want string
	}{
		{"subcommands mixed with values", global, `[{"name":"feed","description":"d","options":[` + sub + `,{"type":3,"name":"x","description":"d"}]}]`, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID"},
		{"subcommand in a subcommand", global, `[{"name":"feed","description":"d","options":[{"type":1,"name":"a","description":"d","options":[` + sub + `]}]}]`, "APPLICATION_COMMAND_OPTION_TYPE_INVALID"},
		{"contexts on a guild command", guild, `[{"name":"feed","description":"d","contexts":[0]}]`, "BASE_TYPE_INVALID"},
		{"unknown context", global, `[{"name":"feed","description":"d","contexts":[3]}]`, "ENUM_TYPE_COERCE"},
		{"permissions not a number", global, `[{"name":"feed","description":"d","default_member_permissions":"MANAGE_GUILD"}]`, "NUMBER_TYPE_COERCE"},
		{"choices on an attachment", global, `[{"name":"feed","description":"d","options":[{"type":11,"name":"f","description":"d","choices":[{"name":"a","value":"a"}]}]}]`, "APPLICATION_COMMAND_OPTION_CHOICES_INVALID"},
	} {
		ans := do(t, http.MethodPut, c.url, auth, "application/json", []byte(c.body))
		raw, _ := json.Marshal(ans.body)
		if ans.status != http.StatusBadRequest || !strings.Contains(string(raw), c.want) {
			t.Errorf("%s: %d %s, want 400 with %s", c.name, ans.status, raw, c.want)
		}
	}
	ok := `[{"name":"feed","description":"d","default_member_permissions":"32","contexts":[0],"integration_types":[0],"options":[` + sub + `]}]`
	req, _ := http.NewRequest(http.MethodPut, global, strings.NewReader(ok))
	req.Header.Set("Authorization", auth)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || len(a.Commands("")) != 1 || a.CommandWrites("") != 1 || a.Commands("")[0].GuildID != "" {
		t.Fatalf("valid global command: %d, commands %+v", resp.StatusCode, a.Commands(""))
	}
}

func TestCDNAndChannelsLost(t *testing.T) {
	a := NewApp(AppOptions{})
	defer a.Close()
	att := a.AddAttachment("feeds.opml", "text/x-opml", []byte("<opml/>"))
	get := func(u string) (int, string) {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get(att.URL); code != 200 || body != "<opml/>" {
		t.Fatalf("signed URL: %d %q", code, body)
	}
	if code, _ := get(strings.Split(att.URL, "?")[0]); code != 404 || a.CDNRequests() != 2 {
		t.Fatalf("unsigned URL: %d, want 404", code)
	}
	it := a.DMCommand(Member{UserID: "1"}, "following")
	var obj struct {
		GuildID string          `json:"guild_id"`
		Member  json.RawMessage `json:"member"`
		User    struct{ ID string }
		Context int `json:"context"`
	}
	if err := json.Unmarshal(it.Body, &obj); err != nil || obj.GuildID != "" || obj.Member != nil || obj.User.ID != "1" || obj.Context != 1 {
		t.Fatalf("DM interaction %s", it.Body)
	}
	auth := "Bot " + a.Token
	removed, revoked := a.AddChannel(), a.AddChannel()
	a.RemoveChannel(removed)
	a.Revoke(revoked)
	a.BlockDM(it.ChannelID)
	for id, want := range map[string]string{removed: "10003", revoked: "50001", it.ChannelID: "50007"} {
		ans := postJSON(t, a.URL+"/channels/"+id+"/messages", auth, `{"content":"x"}`)
		if ans.body["code"] != json.Number(want) {
			t.Errorf("channel %s: %d %v, want code %s", id, ans.status, ans.body, want)
		}
	}
}

func TestOriginalEditWithFiles(t *testing.T) {
	a := NewApp(AppOptions{})
	defer a.Close()
	it := a.SlashCommand(a.GuildID(), Member{UserID: "1"}, "feed")
	if ans := postJSON(t, a.URL+"/interactions/"+it.ID+"/"+it.Token+"/callback", "", `{"type":5,"data":{"flags":64}}`); ans.status != http.StatusNoContent {
		t.Fatalf("deferral: %d %v", ans.status, ans.body)
	}
	edit := func(payload string, file []byte) answer {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		_ = w.WriteField("payload_json", payload)
		fw, _ := w.CreateFormFile("files[0]", "subs.opml")
		_, _ = fw.Write(file)
		_ = w.Close()
		return do(t, http.MethodPatch, a.URL+"/webhooks/"+a.ID+"/"+it.Token+"/messages/@original", "", w.FormDataContentType(), buf.Bytes())
	}
	if ans := edit(`{"content":"x","allowed_mentions":{"parse":[]},"attachments":[{"id":1,"filename":"subs.opml"}]}`, []byte("<opml/>")); ans.status != http.StatusBadRequest {
		t.Errorf("attachment id without its file: %d, want 400", ans.status)
	}
	if ans := edit(`{"content":"x","allowed_mentions":{"parse":[]},"attachments":[{"id":0,"filename":"subs.opml"}]}`, make([]byte, MaxFile+1)); ans.status != http.StatusRequestEntityTooLarge || ans.body["code"] != json.Number("40005") {
		t.Errorf("a file over 10 MiB: %d %v, want 413 40005", ans.status, ans.body)
	}
	if ans := edit(`{"content":"x","allowed_mentions":{"parse":[]},"attachments":[{"id":0,"filename":"subs.opml"}]}`, []byte("<opml/>")); ans.status != http.StatusOK {
		t.Fatalf("edit with a file: %d %v", ans.status, ans.body)
	}
	m, _ := a.Original(it.Token)
	if len(m.Files) != 1 || string(m.Files[0].Data) != "<opml/>" || m.Flags != 64 || m.Deferred {
		t.Fatalf("message %+v", m)
	}
}
