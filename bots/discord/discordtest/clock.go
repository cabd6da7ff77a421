package discordtest

import (
	"time"

	"paperboy/core/channel/channeltest"
)

// Clock is a settable test clock a channel and the fake can share.
type Clock = channeltest.Clock

// NewClock returns a clock at 2024-05-01 12:00 UTC.
func NewClock() *Clock { return channeltest.NewClock(time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)) }
