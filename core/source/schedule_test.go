package source

import (
	"testing"
	"time"
)

func TestScheduleAdapts(t *testing.T) {
	m := time.Minute
	tests := []struct {
		name           string
		base, min, max time.Duration
		polls          []bool // fresh items found?
		floor          time.Duration
		want           []time.Duration
	}{
		{"fixed without bounds", 5 * m, 0, 0, []bool{true, false, false}, 0, []time.Duration{5 * m, 5 * m, 5 * m}},
		{"busy source speeds up to min", 8 * m, 2 * m, 30 * m, []bool{true, true, true}, 0, []time.Duration{4 * m, 2 * m, 2 * m}},
		{"quiet source slows to max", 8 * m, 2 * m, 12 * m, []bool{false, false, false}, 0, []time.Duration{10 * m, 12 * m, 12 * m}},
		{"ttl is a floor over min", 8 * m, 2 * m, 30 * m, []bool{true, true}, 60 * m, []time.Duration{60 * m, 60 * m}},
		{"min above base starts at min", 1 * m, 3 * m, 0, []bool{false}, 0, []time.Duration{3 * m}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSchedule(tc.base, tc.min, tc.max)
			for i, fresh := range tc.polls {
				if got := s.Next(fresh, tc.floor); got != tc.want[i] {
					t.Fatalf("poll %d: %s, want %s", i, got, tc.want[i])
				}
			}
		})
	}
}
