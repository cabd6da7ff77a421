package editorbot

// Attacks on the Telegram editor bot that it refuses (SECURITY.md lists every boundary):
//
//   - a webhook update without the secret token, with a wrong one, a prefix of it, or the
//     secret plus a character → 401; an oversized update → 413 (TestEditorWebhook)
//   - a command from someone not on editors.telegram.users → a polite refusal and a log line,
//     no preview (TestEditorRefusesStrangers)
//   - a stranger pressing Publish under an editor's preview → an alert, nothing published
//     (TestEditorRefusesStrangers)
//   - a replayed Publish press → "expired", published once (TestEditorPushPublishOnce)
//   - a forged Publish button (callback data paperboy never issued, or a real one altered)
//     → "expired", nothing published (below)

import (
	"strings"
	"testing"
)

func TestSecurityForgedCallbackButtonsRefused(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t)
	h.fake.PushMessage(editorID, editorID, "/push https://news.example/a")
	waitFor(t, "the preview", func() bool { return len(replies(h.fake, editorID)) == 1 })
	preview := replies(h.fake, editorID)[0]
	real := buttons(t, preview)["Publish"]
	for i, data := range []string{"pub:forged-token", "pub:" + strings.ToUpper(strings.TrimPrefix(real, "pub:")), "pub:", "pub", real + "x"} {
		h.fake.PushCallback(editorID, editorID, preview.ID, data)
		waitFor(t, "the answer", func() bool { return len(h.fake.CallbackAnswers()) == i+1 })
		if a := h.fake.CallbackAnswers()[i]; !strings.Contains(a.Text, "expired") {
			t.Errorf("forged %q answered %+v", data, a)
		}
	}
	if _, published := h.fb.counts(); published != 0 {
		t.Fatalf("a forged button published %d times", published)
	}
	// The real button still works once.
	h.fake.PushCallback(editorID, editorID, preview.ID, real)
	waitFor(t, "the publish", func() bool { _, p := h.fb.counts(); return p == 1 })
}
