package route

import (
	"reflect"
	"testing"

	"paperboy/config"
)

func TestRoute(t *testing.T) {
	cfg := &config.Config{
		Channels: []config.Channel{{Name: "tg"}, {Name: "dc"}, {Name: "all"}},
		Routes: []config.Route{
			{Sources: []string{"fn"}, Channels: []string{"tg", "dc"}, Exclude: []string{"광고", "re:(?i)sponsored"}},
			{Sources: []string{"fn", "bbc"}, Channels: []string{"all"}, Include: []string{"카카오", "Kakao"}},
		},
	}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		source, title string
		want          []string
		filtered      map[string]string
	}{
		{"fn", "카카오 먹통", []string{"tg", "dc", "all"}, map[string]string{}},
		{"fn", "[광고] 카카오", []string{"all"}, map[string]string{"tg": "exclude: 광고", "dc": "exclude: 광고"}},
		{"fn", "SPONSORED: x", nil, map[string]string{"tg": "exclude: re:(?i)sponsored", "dc": "exclude: re:(?i)sponsored", "all": "include: no filter matched"}},
		{"bbc", "KAKAO outage", []string{"all"}, map[string]string{}},
		{"bbc", "weather", nil, map[string]string{"all": "include: no filter matched"}},
		{"other", "카카오", nil, map[string]string{}},
	}
	for _, c := range cases {
		d := r.Route(c.source, c.title, "")
		if !reflect.DeepEqual(d.Channels, c.want) || !reflect.DeepEqual(d.Filtered, c.filtered) {
			t.Errorf("%s %q: got %v %v, want %v %v", c.source, c.title, d.Channels, d.Filtered, c.want, c.filtered)
		}
	}
}

func TestNoRoutesMeansEverywhere(t *testing.T) {
	r, err := New(&config.Config{Channels: []config.Channel{{Name: "a"}, {Name: "b"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Route("x", "t", "s").Channels; !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("got %v", got)
	}
}
