package dashboard

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"paperboy/bots/telegram/telegramtest"
)

var updateScreenshots = flag.Bool("screenshots", false, "write the browser test's screenshots to docs/screenshots/")

// browser starts headless Chromium with a fresh profile, or skips (fails under
// PAPERBOY_REQUIRE_BROWSER=1) when none is installed.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("PAPERBOY_REQUIRE_BROWSER") == "1" {
			t.Fatal("PAPERBOY_REQUIRE_BROWSER=1 but no chromium in PATH")
		}
		t.Skip("no Chromium: install it (apt-get install -y chromium) to run the browser tests")
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(alloc)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func run(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("read %s: %v", sel, err)
	}
	return s
}

func signInBrowser(t *testing.T, ctx context.Context, base, user, password string) {
	t.Helper()
	run(t, ctx, "sign in as "+user,
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`input[name="user"]`), user),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), password),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#h-ch`)),
	)
}

func TestBrowser(t *testing.T) {
	ctx := browser(t)
	h := newHarness(t, true, 0)
	base := h.srv.URL
	bg := context.Background()

	// Sign in, then watch a delivery appear on the overview without reloading it.
	signInBrowser(t, ctx, base, "ops", opsPassword)
	run(t, ctx, "live stream connected", chromedp.WaitVisible(chromedp.CSS(`body.connected`)))
	if _, _, err := h.svc.Push(bg, h.site.URL+"/n/41", []string{"tg-news"}, "test"); err != nil {
		t.Fatal(err)
	}
	run(t, ctx, "delivered article appears live", chromedp.WaitVisible(chromedp.CSS(`#live .feed a[href$="/n/41"]`)))
	if got := textOf(t, ctx, `#live .feed li`); !strings.Contains(got, "delivered") || !strings.Contains(got, "tg-news") {
		t.Errorf("overview feed: %q", got)
	}

	// Push a URL, see each platform's preview, publish, and see it delivered exactly once.
	run(t, ctx, "preview",
		chromedp.Navigate(base+"/push"),
		chromedp.SendKeys(chromedp.CSS(`input[name="url"]`), h.site.URL+"/n/42?utm_source=tg"),
		chromedp.Click(chromedp.CSS(`form[action="/push/preview"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`.preview.chat .tg-bubble`)),
		chromedp.WaitVisible(chromedp.CSS(`.preview.embed .dc-embed`)),
	)
	if got := textOf(t, ctx, `.preview.chat .tg-text`); !strings.Contains(got, "카톡 먹통에 네이버 <라인> 광고 42") {
		t.Errorf("telegram bubble: %q", got)
	}
	if got := textOf(t, ctx, `.preview.embed .dc-title`); got != "카톡 먹통에 네이버 <라인> 광고 42" {
		t.Errorf("discord embed title: %q", got)
	}
	if got := textOf(t, ctx, `.preview.chat .counts`); !strings.Contains(got, "UTF-16 units") {
		t.Errorf("telegram count: %q", got)
	}
	// The embed's colour bar comes from the channel's colour (set by app.js: the CSP allows no inline style).
	border := evalAs[string](t, ctx, `getComputedStyle(document.querySelector('.dc-embed')).borderLeftColor`)
	want := evalAs[string](t, ctx, `(c => 'rgb(' + [1,3,5].map(i => parseInt(c.substr(i,2),16)).join(', ') + ')')(document.querySelector('.dc-embed').dataset.color)`)
	if border != want {
		t.Errorf("embed border %q, want %q", border, want)
	}
	h.screens(t, ctx, "push", "")
	run(t, ctx, "publish",
		chromedp.Click(chromedp.CSS(`#publish button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#results`)),
	)
	h.waitFor(func() bool { return countTitle(h.tg.Messages(), "광고 42") == 1 && len(h.dc.Messages()) == 1 })
	run(t, ctx, "articles show the delivery",
		chromedp.Navigate(base+"/articles"),
		chromedp.WaitVisible(chromedp.CSS(`[data-channel="tg-news"][data-outcome="delivered"] .remote`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-channel="dc-news"][data-outcome="delivered"]`)),
	)
	if n := countTitle(h.tg.Messages(), "광고 42"); n != 1 {
		t.Errorf("Telegram got the pushed article %d times", n)
	}

	// A dead letter: shown with the platform's message, retried from the page.
	// A permanent failure dead-letters (a refused bot would pause the channel instead).
	refused := telegramtest.Failure{Status: 403, Description: "Forbidden: not enough rights to send text messages to the chat"}
	h.tg.SetChatError("@news", refused)
	if _, _, err := h.svc.Push(bg, h.site.URL+"/n/43", []string{"tg-news"}, "test"); err != nil {
		t.Fatal(err)
	}
	h.waitFor(func() bool { dl, _ := h.st.DeadList(bg, 10); return len(dl) == 1 })
	h.tg.SetChatError("@news", telegramtest.Failure{})
	run(t, ctx, "retry dead letter",
		chromedp.Navigate(base+"/dead"),
		chromedp.WaitVisible(chromedp.CSS(`[data-dead] .reason`)),
		chromedp.Click(chromedp.CSS(`[data-dead] form[action$="/retry"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	h.waitFor(func() bool { return countTitle(h.tg.Messages(), "광고 43") == 1 })

	// A form whose CSRF token was removed is refused.
	run(t, ctx, "post without a CSRF token",
		chromedp.Navigate(base+"/sources"),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[any](`document.querySelector('form[action="/sources/fntimes/pause"] input[name="csrf"]').remove()`)(ctx, t)
			return err
		}),
		chromedp.Click(chromedp.CSS(`form[action="/sources/fntimes/pause"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`p.error`)),
	)
	if got := textOf(t, ctx, `p.error`); !strings.Contains(got, "form expired") {
		t.Errorf("CSRF refusal: %q", got)
	}
	status := evalAs[int](t, ctx, `fetch('/sources/fntimes/pause', {method: 'POST'}).then(r => r.status)`, chromedp.EvalAwaitPromise)
	if status != 403 {
		t.Errorf("fetch POST without token: %d", status)
	}
	if p, _ := h.st.Paused(bg, "source", "fntimes"); p {
		t.Fatal("a request without a CSRF token paused a source")
	}

	// One more dead letter stays, so the screenshots show one.
	h.tg.SetChatError("@news", refused)
	if _, _, err := h.svc.Push(bg, h.site.URL+"/n/44", []string{"tg-news"}, "test"); err != nil {
		t.Fatal(err)
	}
	h.waitFor(func() bool { dl, _ := h.st.DeadList(bg, 10); return len(dl) == 1 })
	for _, page := range []struct{ name, path string }{{"overview", "/"}, {"articles", "/articles"}, {"dead", "/dead"}, {"sources", "/sources"}} {
		h.screens(t, ctx, page.name, base+page.path)
	}

	// A viewer reads but is refused the editor's pages and actions.
	run(t, ctx, "sign out", chromedp.Navigate(base+"/"), chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)))
	h.screens(t, ctx, "login", base+"/login")
	signInBrowser(t, ctx, base, "viewer", viewerPassword)
	if pushLinks := evalAs[int](t, ctx, `document.querySelectorAll('nav a[href="/push"]').length`); pushLinks != 0 {
		t.Error("a viewer sees the Push link")
	}
	run(t, ctx, "viewer refused", chromedp.Navigate(base+"/push"), chromedp.WaitVisible(chromedp.CSS(`p.error`)))
	if got := textOf(t, ctx, `p.error`); !strings.Contains(got, "Your role may not do this") {
		t.Errorf("viewer on /push: %q", got)
	}
	run(t, ctx, "viewer dead page", chromedp.Navigate(base+"/dead"), chromedp.WaitVisible(chromedp.CSS(`[data-dead]`)))
	if buttons := evalAs[int](t, ctx, `document.querySelectorAll('[data-dead] button').length`); buttons != 0 {
		t.Errorf("a viewer sees %d retry/drop buttons", buttons)
	}
}

// screens takes the page at url (the current page when url is "") in light and dark, at
// desktop and phone width.
func (h *harness) screens(t *testing.T, ctx context.Context, name, url string) {
	t.Helper()
	dir := t.TempDir()
	if *updateScreenshots {
		dir = filepath.Join("docs", "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if url != "" {
		run(t, ctx, "open "+name, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS(`main`)))
	}
	for _, size := range []struct {
		tag           string
		width, height int64
		mobile        bool
	}{{"desktop", 1280, 900, false}, {"phone", 390, 844, true}} {
		for _, scheme := range []string{"light", "dark"} {
			opts := []chromedp.EmulateViewportOption{}
			if size.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			run(t, ctx, "emulate "+size.tag, chromedp.EmulateViewport(size.width, size.height, opts...))
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}); err != nil {
				t.Fatal(err)
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatalf("screenshot %s: %v", name, err)
			}
			file := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.png", name, scheme, size.tag))
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	run(t, ctx, "reset", chromedp.EmulateReset())
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
}

// evalAs evaluates a JavaScript expression in the page.
func evalAs[T any](t *testing.T, ctx context.Context, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}
