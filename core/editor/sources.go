package editor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"paperboy/core/subscribe"
)

// Sources is what /sources, /source and /route act on: the runtime catalog and a guarded
// detector. pipeline.Service implements it; a Backend without it answers that the commands
// are not available.
type Sources interface {
	// Registry is the runtime catalog of sources and routes.
	Registry() *subscribe.Registry
	// DetectSource fetches url through the SSRF-guarded client and tells its kind, with a preview.
	DetectSource(ctx context.Context, url, selector string) (subscribe.Found, error)
}

func pick(lang, en, ko string) string {
	if lang == "ko" {
		return ko
	}
	return en
}

// handleSources runs /sources, /source and /route; ok is false for any other command.
func (s *Service) handleSources(ctx context.Context, r Request, cmd string, args []string) (Reply, bool) {
	if cmd != "sources" && cmd != "source" && cmd != "route" {
		return Reply{}, false
	}
	t := texts(r.Lang)
	src, has := s.b.(Sources)
	if !has {
		return Reply{Text: t.failed + pick(r.Lang, "runtime sources are not available here", "여기서는 소스를 바꿀 수 없습니다")}, true
	}
	reg := src.Registry()
	switch {
	case cmd == "sources":
		list, err := reg.List(ctx)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}, true
		}
		return Reply{Text: describeSources(r.Lang, list)}, true
	case cmd == "source" && len(args) >= 2 && args[0] == "add":
		return s.proposeSource(ctx, r, src, args[1:]), true
	case cmd == "source" && len(args) == 2 && (args[0] == "remove" || args[0] == "rm"):
		if err := reg.RemoveSource(ctx, args[1]); err != nil {
			return Reply{Text: t.failed + err.Error()}, true
		}
		s.log.Info("runtime source removed", "platform", r.Platform, "user_id", r.UserID, "source", args[1])
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Removed %s: every replica stops polling it within seconds.", "%s 소스를 지웠습니다."), args[1])}, true
	case cmd == "route" && len(args) >= 2:
		rt := subscribe.Route{Sources: []string{args[0]}, Channels: []string{args[1]}, AddedBy: r.Platform + ":" + r.UserID}
		if len(args) >= 4 && (args[2] == "include" || args[2] == "exclude") {
			// Words are separated by spaces or commas (Discord's option text turns commas into spaces).
			var words []string
			for _, a := range args[3:] {
				for _, w := range strings.Split(a, ",") {
					if w = strings.TrimSpace(w); w != "" {
						words = append(words, w)
					}
				}
			}
			if args[2] == "include" {
				rt.Include = words
			} else {
				rt.Exclude = words
			}
		} else if len(args) > 2 {
			return Reply{Text: fmt.Sprintf(t.usage, "/route <source> <channel> [include|exclude word,word…]")}, true
		}
		rt, err := reg.AddRoute(ctx, rt)
		if err != nil {
			return Reply{Text: t.failed + err.Error()}, true
		}
		return Reply{Text: fmt.Sprintf(pick(r.Lang, "Route %s saved.", "경로 %s 저장했습니다."), rt.Name)}, true
	case cmd == "route":
		return Reply{Text: fmt.Sprintf(t.usage, "/route <source> <channel> [include|exclude word,word…]")}, true
	}
	return Reply{Text: fmt.Sprintf(t.usage, "/source add <url> [name] [interval] · /source remove <name>")}, true
}

// proposeSource detects the URL, shows its newest items and holds the source for an Add click.
func (s *Service) proposeSource(ctx context.Context, r Request, src Sources, args []string) Reply {
	t := texts(r.Lang)
	p := subscribe.Source{URL: args[0], AddedBy: r.Platform + ":" + r.UserID}
	for _, a := range args[1:] {
		if d, err := time.ParseDuration(a); err == nil {
			p.Interval = d
		} else if p.Name == "" {
			p.Name = a
		}
	}
	found, err := src.DetectSource(ctx, p.URL, "")
	if err != nil {
		s.log.Warn("editor source add: detection failed", "url", p.URL, "err", err)
		return Reply{Text: t.failed + err.Error()}
	}
	p.Type, p.URL, p.Title = found.Type, found.URL, found.Title
	token := newToken()
	if err := s.hold(ctx, token, heldPreview{src: &p, user: r.UserID, expires: s.now().Add(previewTTL)}); err != nil {
		s.log.Error("editor source proposal could not be kept", "err", err)
		return Reply{Text: t.failed + "the store is unavailable"}
	}
	var b strings.Builder
	fmt.Fprintf(&b, pick(r.Lang, "%s (%s) %s — newest items:\n", "%s (%s) %s — 최근 항목:\n"), firstNonEmpty(found.Title, p.URL), found.Type, found.URL)
	for _, it := range found.Preview {
		fmt.Fprintf(&b, "• %s\n  %s\n", it.Title, it.URL)
	}
	b.WriteString(pick(r.Lang, "Add this source?", "이 소스를 추가할까요?"))
	return Reply{Text: b.String(), Actions: []Action{
		{Label: pick(r.Lang, "Add", "추가"), Data: "srcadd:" + token},
		{Label: t.cancelBtn, Data: "srcno:" + token},
	}}
}

// pressSource handles the Add / Cancel buttons of a /source add; ok is false for other buttons.
func (s *Service) pressSource(ctx context.Context, r Request, data string) (Reply, bool) {
	verb, token, _ := strings.Cut(data, ":")
	if verb != "srcadd" && verb != "srcno" {
		return Reply{}, false
	}
	t := texts(r.Lang)
	p, ok := s.take(ctx, token)
	if !ok || p.src == nil || s.now().After(p.expires) {
		return Reply{Text: pick(r.Lang, "This proposal has expired (or another replica holds it): /source add it again.", "만료되었습니다. 다시 /source add 하세요.")}, true
	}
	if verb == "srcno" {
		return Reply{Text: t.cancelled}, true
	}
	src, has := s.b.(Sources)
	if !has {
		return Reply{Text: t.failed}, true
	}
	saved, err := src.Registry().AddSource(ctx, *p.src)
	var dup *subscribe.DuplicateURLError
	switch {
	case errors.As(err, &dup):
		return Reply{Text: t.failed + err.Error()}, true
	case err != nil:
		return Reply{Text: t.failed + err.Error()}, true
	}
	s.log.Info("runtime source added", "platform", r.Platform, "user_id", r.UserID, "source", saved.Name, "url", saved.URL)
	return Reply{Text: fmt.Sprintf(pick(r.Lang, "Added %s (%s, every %s). Route it with /route %s <channel>.", "%s 추가했습니다 (%s, %s마다). /route %s <채널> 로 보낼 곳을 정하세요."), saved.Name, saved.Type, saved.Interval, saved.Name)}, true
}

func describeSources(lang string, list []subscribe.Listed) string {
	if len(list) == 0 {
		return pick(lang, "No sources.", "소스가 없습니다.")
	}
	var b strings.Builder
	for _, l := range list {
		state := ""
		switch {
		case l.Hidden:
			state = pick(lang, " (hidden by the file)", " (설정 파일이 우선)")
		case l.Disabled:
			state = pick(lang, " (disabled: ", " (중지됨: ") + l.DisabledReason + ")"
		}
		fmt.Fprintf(&b, "• %s [%s, %s, %s]%s\n  %s\n", l.Name, l.Origin, l.Type, l.Interval, state, l.URL)
	}
	return strings.TrimSpace(b.String())
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
