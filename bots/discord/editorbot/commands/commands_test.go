package commands

import (
	"testing"

	"paperboy/core/channel"
)

func TestCommandSetFitsDiscord(t *testing.T) {
	for _, c := range Set() {
		if n := channel.Count(c.Description, channel.CodePoints); n < 1 || n > maxCommandDescription {
			t.Errorf("/%s description is %d characters", c.Name, n)
		}
		for _, o := range c.Options {
			for _, d := range []string{o.Description, o.DescriptionLocalizations["ko"]} {
				if n := channel.Count(d, channel.CodePoints); n < 1 || n > maxCommandDescription {
					t.Errorf("/%s %s: description %q is %d characters", c.Name, o.Name, d, n)
				}
			}
		}
	}
}
