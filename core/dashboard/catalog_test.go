package dashboard

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestManageSources(t *testing.T) {
	h := newHarness(t, false, 0)
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>Feed</title><item><title>카카오 새 소식</title><link>https://e.example/1</link></item></channel></rss>`))
	}))
	defer feed.Close()
	viewer := h.client()
	viewer.signIn("viewer", viewerPassword)
	if code, _ := viewer.get("/sources/manage"); code != http.StatusForbidden {
		t.Fatalf("viewer on the manage page: %d", code)
	}
	c := h.client()
	c.signIn("ops", opsPassword)
	if code, _, _ := c.post("/sources/detect", url.Values{"url": {feed.URL + "/rss"}}); code != http.StatusForbidden {
		t.Fatalf("detect without csrf: %d", code)
	}
	tok := c.csrf("/sources/manage")
	code, _, page := c.post("/sources/detect", url.Values{"csrf": {tok}, "url": {feed.URL + "/rss"}, "name": {"kfeed"}})
	if code != http.StatusOK || !strings.Contains(page, "카카오 새 소식") || !strings.Contains(page, `id="confirm-source"`) {
		t.Fatalf("detect: %d\n%s", code, page)
	}
	code, loc, _ := c.post("/sources/add", url.Values{"csrf": {tok}, "url": {feed.URL + "/rss"}, "type": {"feed"}, "name": {"kfeed"}, "interval": {"10m"}})
	if code != http.StatusSeeOther || loc != "/sources/manage?done=added" {
		t.Fatalf("add: %d %q", code, loc)
	}
	_, page = c.get("/sources/manage")
	if !strings.Contains(page, `data-source="kfeed"`) || !strings.Contains(page, "runtime") {
		t.Fatalf("manage page lacks the runtime source:\n%s", page)
	}
	if code, loc, _ := c.post("/routes/add", url.Values{"csrf": {tok}, "source": {"kfeed"}, "channel": {"tg-news"}, "include": {"카카오"}}); code != http.StatusSeeOther || !strings.Contains(loc, "routed") {
		t.Fatalf("route: %d %q", code, loc)
	}
	if code, _, page := c.post("/sources/remove", url.Values{"csrf": {tok}, "name": {"fntimes"}}); code != http.StatusUnprocessableEntity || !strings.Contains(page, "configuration file") {
		t.Fatalf("removing a file source: %d", code)
	}
	if code, _, _ := c.post("/sources/remove", url.Values{"csrf": {tok}, "name": {"kfeed"}}); code != http.StatusSeeOther {
		t.Fatalf("remove: %d", code)
	}
	if srcs, _ := h.svc.Registry().Sources(t.Context()); len(srcs) != 0 {
		t.Fatalf("left: %+v", srcs)
	}
}
