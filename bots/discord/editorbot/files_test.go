package editorbot

import (
	"encoding/json"
	"strings"
	"testing"

	"paperboy/bots/discord/discordtest"
	"paperboy/core/fetch"
)

// TestFeedImportFromTheCDN: /feed import hands the service a reader of the attached file,
// downloaded from Discord's CDN through the guarded fetcher, at most 1 MiB.
func TestFeedImportFromTheCDN(t *testing.T) {
	e, svc := newChatEnv(t)
	guild := e.app.AddGuild()
	imp := func(att discordtest.Attachment) string {
		t.Helper()
		it := e.app.SlashCommand(guild, manager(), "feed", discordtest.Option{Name: "import", Options: []discordtest.Option{{Name: "file", Value: att}}})
		e.deliver(t, it)
		if r := svc.last(t, "/import"); r.Text != "/import" || r.File == nil {
			t.Fatalf("request %+v, want /import with a file", r)
		}
		return reply(t, e, it).Content
	}
	att := e.app.AddAttachment("feeds.opml", "text/x-opml; charset=utf-8", []byte(testOPML))
	if got := imp(att); got != "done: /import" || string(svc.file) != testOPML || e.app.CDNRequests() != 1 {
		t.Fatalf("answer %q, read %q (%v), %d downloads", got, svc.file, svc.ferr, e.app.CDNRequests())
	}
	big := e.app.AddAttachment("big.opml", "text/x-opml", []byte(testOPML))
	big.Size = maxImport + 1
	if got := imp(big); !strings.Contains(got, "at most 1048576") || e.app.CDNRequests() != 1 {
		t.Fatalf("a file said to be over 1 MiB: %q after %d downloads, want refused without one", got, e.app.CDNRequests())
	}
	liar := e.app.AddAttachment("liar.opml", "text/x-opml", []byte(strings.Repeat(" ", maxImport+10)+testOPML))
	liar.Size = 100
	if got := imp(liar); !strings.Contains(got, "import failed") || e.app.CDNRequests() != 2 {
		t.Fatalf("a file over 1 MiB that says it is small: %q", got)
	}
	elsewhere := att
	elsewhere.URL = "https://evil.example/feeds.opml"
	if got := imp(elsewhere); !strings.Contains(got, "not on Discord's CDN") || e.app.CDNRequests() != 2 {
		t.Fatalf("an attachment URL off the CDN: %q", got)
	}
	// The CDN origin allowed but no exemption from the guard: loopback is refused after DNS.
	e.bot.media = fetch.New(fetch.DefaultConfig())
	if got := imp(att); !strings.Contains(got, "import failed") || e.app.CDNRequests() != 2 {
		t.Fatalf("a loopback CDN without the test exemption: %q after %d downloads", got, e.app.CDNRequests())
	}
}

// TestFeedExportSendsAFile: a reply with a file edits the deferral into a multipart message
// (payload_json and files[0]) the fake accepts, the file as the service made it.
func TestFeedExportSendsAFile(t *testing.T) {
	e, _ := newChatEnv(t)
	it := e.app.SlashCommand(e.app.AddGuild(), manager(), "feed", discordtest.Option{Name: "export", Options: []discordtest.Option{}})
	e.deliver(t, it)
	m := reply(t, e, it)
	if m.Content != "2 subscriptions" || len(m.Files) != 1 || m.Files[0].Name != "subscriptions.opml" ||
		m.Files[0].ContentType != "text/x-opml" || string(m.Files[0].Data) != testOPML || m.Flags&discordtest.FlagEphemeral == 0 {
		t.Fatalf("answer %+v, want the OPML file attached to an ephemeral message", m)
	}
	edits := e.app.Edits()
	var body struct {
		Attachments []struct {
			ID       int    `json:"id"`
			Filename string `json:"filename"`
		} `json:"attachments"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(edits[len(edits)-1].Body, &body); err != nil || len(body.Attachments) != 1 || body.Attachments[0].Filename != "subscriptions.opml" ||
		body.AllowedMentions == nil || body.AllowedMentions.Parse == nil || len(body.AllowedMentions.Parse) != 0 {
		t.Fatalf("payload_json %s (%v)", edits[len(edits)-1].Body, err)
	}
}
