//go:build tools

package main

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/bwmarrin/discordgo"
	_ "github.com/go-shiori/go-readability"
	_ "github.com/go-telegram/bot"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/rivo/uniseg"
	_ "github.com/sony/gobreaker/v2"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/text/encoding"
	_ "golang.org/x/time/rate"
	_ "gopkg.in/yaml.v3"
)
