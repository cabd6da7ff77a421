package telegramtest

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestChatMembersFilesAndMenus(t *testing.T) {
	s := New()
	defer s.Close()
	s.SetMember(-100123, 7, "administrator")
	status := func(chat, user int64) string {
		code, a := call(t, s, "getChatMember", map[string]any{"chat_id": chat, "user_id": user})
		if code != 200 {
			return "error " + a.Description
		}
		var m struct{ Status string }
		_ = json.Unmarshal(a.Result, &m)
		return m.Status
	}
	for _, tt := range []struct {
		chat, user int64
		want       string
	}{{-100123, 7, "administrator"}, {-100123, 8, "left"}, {8, 8, "member"}, {-100123, 0, "error Bad Request: invalid user_id specified"}} {
		if got := status(tt.chat, tt.user); got != tt.want {
			t.Errorf("getChatMember(%d, %d) = %q, want %q", tt.chat, tt.user, got, tt.want)
		}
	}

	id := s.AddFile("a.opml", "text/x-opml", []byte("<opml/>"))
	code, a := call(t, s, "getFile", map[string]any{"file_id": id})
	var f struct {
		FilePath string `json:"file_path"`
		FileSize int    `json:"file_size"`
	}
	_ = json.Unmarshal(a.Result, &f)
	if code != 200 || f.FileSize != 7 || !strings.HasSuffix(f.FilePath, ".opml") {
		t.Fatalf("getFile: %d %+v", code, f)
	}
	get := func(u string) (int, string) {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get(s.URL + "/file/bot" + DefaultToken + "/" + f.FilePath); code != 200 || body != "<opml/>" {
		t.Errorf("download: %d %q", code, body)
	}
	if code, _ := get(s.URL + "/file/bot1:wrong/" + f.FilePath); code != 401 {
		t.Errorf("download with a wrong token: %d", code)
	}
	if code, _ := get(s.URL + "/file/bot" + DefaultToken + "/documents/nothing"); code != 404 {
		t.Errorf("download of an unknown path: %d", code)
	}
	if code, a := call(t, s, "getFile", map[string]any{"file_id": "nope"}); code != 400 || a.Description != "Bad Request: invalid file_id" {
		t.Errorf("getFile of an unknown id: %d %q", code, a.Description)
	}
	if code, a := call(t, s, "sendDocument", map[string]any{"chat_id": 8}); code != 400 || !strings.Contains(a.Description, "no document") {
		t.Errorf("sendDocument without a document: %d %q", code, a.Description)
	}
	if code, _ := call(t, s, "sendDocument", map[string]any{"chat_id": 8, "document": id, "caption": "again"}); code != 200 {
		t.Errorf("sendDocument by file_id: %d", code)
	}
	if m := s.Messages(); len(m) != 1 || m[0].Document != "a.opml" || string(m[0].DocumentData) != "<opml/>" || m[0].Text != "again" {
		t.Errorf("messages %+v", m)
	}

	cmds := []map[string]string{{"command": "follow", "description": "Follow"}}
	if code, _ := call(t, s, "setMyCommands", map[string]any{"commands": cmds, "scope": map[string]any{"type": "all_private_chats"}, "language_code": "ko"}); code != 200 {
		t.Fatal("scoped setMyCommands refused")
	}
	if len(s.CommandsFor("all_private_chats", "ko")) != 1 || len(s.Commands()) != 0 || len(s.CommandsFor("all_private_chats", "")) != 0 {
		t.Errorf("a scoped menu leaked into another scope")
	}
	if code, _ := call(t, s, "setMyCommands", map[string]any{"commands": cmds, "scope": map[string]any{"type": "everyone"}}); code != 400 {
		t.Errorf("an unknown scope type: %d", code)
	}
	if code, _ := call(t, s, "setMyCommands", map[string]any{"commands": cmds, "scope": map[string]any{"type": "chat"}}); code != 400 {
		t.Errorf("a chat scope without chat_id: %d", code)
	}
}
