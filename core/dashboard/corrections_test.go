package dashboard

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"paperboy/core/article"
)

// TestArticlePage: a delivered article has a page listing its post (channel, platform, link,
// revision, state); an editor's Retract (with the form's CSRF token) queues the withdrawal
// and the page shows it and the audit line; a viewer sees no buttons and may not post.
func TestArticlePage(t *testing.T) {
	h := newHarness(t, true, 0)
	c := h.client()
	c.signIn("ops", opsPassword)
	previewAndPublish(t, h, c, "/n/3", "tg-news")
	canon, err := article.Canonical(h.site.URL + "/n/3")
	if err != nil {
		t.Fatal(err)
	}
	id := article.ID(canon)
	h.waitFor(func() bool {
		rs, _ := h.st.ReceiptsOf(context.Background(), id)
		return len(rs) == 1
	})
	code, page := c.get("/articles/" + id)
	for _, want := range []string{`data-channel="tg-news" data-state="posted"`, "<td data-label=\"Type\">telegram</td>", "광고 3",
		`action="/articles/` + id + `/retract"`, `action="/articles/` + id + `/update"`} {
		if code != http.StatusOK || !strings.Contains(page, want) {
			t.Fatalf("article page (%d) lacks %s:\n%s", code, want, page)
		}
	}
	if code, _ := c.get("/articles/unknown"); code != http.StatusNotFound {
		t.Errorf("unknown article: %d", code)
	}
	if code, _, _ := c.post("/articles/"+id+"/retract", url.Values{"reason": {"no token"}}); code != http.StatusForbidden {
		t.Errorf("retract without CSRF: %d", code)
	}
	code, _, res := c.post("/articles/"+id+"/retract", url.Values{"csrf": {c.csrf("/articles/" + id)}, "reason": {"legal request"}})
	if code != http.StatusOK || !strings.Contains(res, "Withdrawal queued") || !strings.Contains(res, "tg-news: queued") ||
		!strings.Contains(res, "dashboard:ops") || !strings.Contains(res, "legal request") {
		t.Fatalf("retract result (%d): %s", code, res)
	}

	v := h.client()
	v.signIn("viewer", viewerPassword)
	code, page = v.get("/articles/" + id)
	if code != http.StatusOK || strings.Contains(page, "/retract\"") {
		t.Errorf("viewer's article page (%d) shows the buttons", code)
	}
	if code, _, _ := v.post("/articles/"+id+"/update", url.Values{"csrf": {v.csrf("/articles/" + id)}}); code != http.StatusForbidden {
		t.Errorf("viewer's update: %d", code)
	}
}
