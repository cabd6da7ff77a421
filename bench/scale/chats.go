package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/store"
	"paperboy/core/subscribe"
)

// The chat load of issue 19 (-chats, -readers): the feeds are runtime sources that community
// chats subscribed to (one poll per feed however many chats follow it), readers follow
// keywords (and some a source), and every chat posts through its own delivery worker to an
// in-process fake that records each send. The farm tells when each new item was first served,
// so detect → post is measured from the feed's answer to the channel's Send.

// chatPlan is which chat follows what; the parent seeds it and computes what each new item
// should reach from the same functions.
type chatPlan struct{ feeds, communities, readers int }

// community is community chat c's key (a Telegram group id) and the feeds it subscribes to:
// feed c mod feeds, and every tenth chat a second one, so a feed has chats/feeds·1.1 chats.
func (p chatPlan) community(c int) (string, []int) {
	key := subscribe.ChatKey("telegram", fmt.Sprint(-1000000000000-c))
	f := c % p.feeds
	if c%10 == 9 && p.feeds > 1 {
		return key, []int{f, (f + 1 + c/p.feeds) % p.feeds}
	}
	return key, []int{f}
}

// reader is reader r's key (a private chat id), the two keywords it follows, and the feed it
// also follows by name (every tenth reader; -1 otherwise).
func (p chatPlan) reader(r int) (key string, keywords []string, feed int) {
	key = subscribe.ChatKey("telegram", fmt.Sprint(100000+r))
	keywords = []string{fmt.Sprintf("kw%04d", (r*17)%1000), fmt.Sprintf("kw%04d", (r*29+500)%1000)}
	if keywords[0] == keywords[1] {
		keywords = keywords[:1]
	}
	feed = -1
	if r%10 == 0 {
		feed = (r * 13) % p.feeds
	}
	return key, keywords, feed
}

// audience is how many chats each new item should reach: by feed, and by keyword.
type audience struct {
	byFeed    [][]string
	byKeyword map[string][]string
}

func (p chatPlan) audience() audience {
	a := audience{byFeed: make([][]string, p.feeds), byKeyword: map[string][]string{}}
	for c := range p.communities {
		key, fs := p.community(c)
		for _, f := range fs {
			a.byFeed[f] = append(a.byFeed[f], key)
		}
	}
	for r := range p.readers {
		key, kws, f := p.reader(r)
		for _, kw := range kws {
			a.byKeyword[kw] = append(a.byKeyword[kw], key)
		}
		if f >= 0 {
			a.byFeed[f] = append(a.byFeed[f], key)
		}
	}
	return a
}

// recipients are the distinct chats item k of feed i should reach.
func (a audience) recipients(feed, k int) []string {
	out := slices.Concat(a.byFeed[feed], a.byKeyword[topic(feed, k)])
	slices.Sort(out)
	return slices.Compact(out)
}

// chatYAML is the configuration the chat load adds: readers and communities on, caps raised
// to the load, and the feeds' short interval allowed.
func chatYAML(o options) string {
	return fmt.Sprintf("readers: { enabled: true, max_readers: %d, max_per_day: 1000 }\n"+
		"communities: { enabled: true, max_chats: %d, min_interval: 1m }\n"+
		"subscriptions: { max_sources: %d, min_interval: 1m }\n", o.readers+1, o.chats+1, o.feeds+1)
}

// feedURL is feed i's address at the farm.
func feedURL(addrs []string, i int) string {
	return fmt.Sprintf("http://%s/f/%d.xml", addrs[i%len(addrs)], i)
}

// chatCosts are the catalog operations timed at full scale, before the replicas start.
type chatCosts struct {
	bulk                   time.Duration   // writing the catalog objects directly
	subscribe, follow      []time.Duration // a chat's first subscription or follow (a new chat)
	subscribeMore          []time.Duration // later ones (a chat that exists)
	followMore             []time.Duration
	chat                   time.Duration // Registry.Chat of one key
	effective, router      time.Duration // one refresh: Effective, then compiling its routes
	routes                 int
	route                  time.Duration // routing one article with every chat's routes
	catalogBytes, chatObjs int
}

// sampleChats is how many communities (and readers) the parent adds through the Registry, as
// /sub and /follow do, to time them at full scale; the rest are written to the catalog directly.
const sampleChats = 20

// seedChats writes the runtime sources and the chats to the catalog and times the Registry's
// operations at that scale.
func seedChats(ctx context.Context, st store.Store, cfg *config.Config, o options, addrs []string) (chatCosts, error) {
	var c chatCosts
	p := chatPlan{feeds: o.feeds, communities: o.chats, readers: o.readers}
	reg := subscribe.New(st, cfg)
	now := time.Now()
	objs := make([]store.Object, 0, o.feeds+o.chats+o.readers)
	add := func(kind, name string, v any) {
		raw, err := json.Marshal(v)
		if err != nil {
			panic(err) // plain structs: cannot fail
		}
		objs = append(objs, store.Object{Kind: kind, Name: name, Data: raw})
	}
	for i := range o.feeds {
		add(subscribe.KindSource, fmt.Sprintf("f%d", i), subscribe.Source{Name: fmt.Sprintf("f%d", i), Type: "feed", URL: feedURL(addrs, i),
			Interval: o.interval, AddedBy: "chat:bench", Added: now})
	}
	for ci := range o.chats - min(sampleChats, o.chats) {
		key, fs := p.community(ci)
		ch := subscribe.Chat{Key: key, Platform: "telegram", ID: strings.TrimPrefix(key, "telegram:"), Kind: subscribe.Community, Added: now}
		for _, f := range fs {
			n := fmt.Sprintf("f%d", f)
			ch.Subs = append(ch.Subs, subscribe.Sub{Name: n, Source: n, URL: feedURL(addrs, f), By: "bench", Added: now})
		}
		add(subscribe.KindChat, key, ch)
	}
	for r := range o.readers - min(sampleChats, o.readers) {
		key, kws, f := p.reader(r)
		ch := subscribe.Chat{Key: key, Platform: "telegram", ID: strings.TrimPrefix(key, "telegram:"), Kind: subscribe.Reader, Added: now}
		for _, kw := range kws {
			ch.Follows = append(ch.Follows, subscribe.Follow{Keyword: kw})
		}
		if f >= 0 {
			ch.Follows = append(ch.Follows, subscribe.Follow{Source: fmt.Sprintf("f%d", f)})
		}
		add(subscribe.KindChat, key, ch)
	}
	t0 := time.Now()
	if err := putAll(ctx, st, objs); err != nil {
		return c, err
	}
	c.bulk = time.Since(t0)
	for _, ob := range objs {
		c.catalogBytes += len(ob.Data)
	}
	c.chatObjs = len(objs) - o.feeds

	// The last chats come the way users add them: /sub and /follow through the Registry.
	for ci := o.chats - min(sampleChats, o.chats); ci < o.chats; ci++ {
		key, fs := p.community(ci)
		ref := subscribe.ChatRef{Platform: "telegram", ID: strings.TrimPrefix(key, "telegram:"), Title: "bench"}
		for j, f := range fs {
			t := time.Now()
			if _, created, err := reg.Subscribe(ctx, ref, subscribe.Found{Type: "feed", URL: feedURL(addrs, f)}, 0, "bench"); err != nil || created {
				return c, fmt.Errorf("subscribe %s to f%d: created %v, %v", key, f, created, err)
			}
			if j == 0 {
				c.subscribe = append(c.subscribe, time.Since(t))
			} else {
				c.subscribeMore = append(c.subscribeMore, time.Since(t))
			}
		}
	}
	for r := o.readers - min(sampleChats, o.readers); r < o.readers; r++ {
		key, kws, f := p.reader(r)
		ref := subscribe.ChatRef{Platform: "telegram", ID: strings.TrimPrefix(key, "telegram:")}
		whats := kws
		if f >= 0 {
			whats = append(slices.Clone(kws), fmt.Sprintf("f%d", f))
		}
		for j, what := range whats {
			t := time.Now()
			if _, err := reg.Follow(ctx, ref, what); err != nil {
				return c, fmt.Errorf("follow %s %q: %v", key, what, err)
			}
			if j == 0 {
				c.follow = append(c.follow, time.Since(t))
			} else {
				c.followMore = append(c.followMore, time.Since(t))
			}
		}
	}
	key, _ := p.community(0)
	t0 = time.Now()
	if _, ok, err := reg.Chat(ctx, key); err != nil || !ok {
		return c, fmt.Errorf("chat %s: found %v, %v", key, ok, err)
	}
	c.chat = time.Since(t0)

	// One catalog refresh as every replica does it after a change.
	t0 = time.Now()
	set, err := reg.Effective(ctx)
	if err != nil {
		return c, err
	}
	c.effective = time.Since(t0)
	t0 = time.Now()
	router, err := set.Router(cfg)
	if err != nil {
		return c, err
	}
	c.router = time.Since(t0)
	c.routes = len(set.Routes)
	if len(set.Chats) != o.chats+o.readers {
		return c, fmt.Errorf("catalog holds %d chats, want %d", len(set.Chats), o.chats+o.readers)
	}
	const n = 200
	t0 = time.Now()
	for i := range n {
		router.Route(fmt.Sprintf("f%d", i), fmt.Sprintf("Feed %d story 9 about %s", i, topic(i, 9)), "Synthetic story")
	}
	c.route = time.Since(t0) / n
	return c, nil
}

// putAll writes objs with seeders writers.
func putAll(ctx context.Context, st store.Catalog, objs []store.Object) error {
	return inParallel(func(w int) error {
		for i := w; i < len(objs); i += seeders {
			if _, err := st.PutObject(ctx, objs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// chatSend is one post a chat's channel sent.
type chatSend struct {
	Chat string `json:"chat"`
	Item string `json:"item"` // itemKey of the article's URL
	At   int64  `json:"at"`   // unix milliseconds
}

// sends is every post this replica's chat channels sent.
type sends struct {
	mu  sync.Mutex
	all []chatSend
}

func (s *sends) take() []chatSend {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.all
}

// chatChannel is a fake chat of the Telegram bot: Telegram's per-chat rates (a group 20 a
// minute with a short burst, a private chat 1 a second) and the bot-wide budget shared by all
// its chats (the values of bots/telegram), each send recorded with its time.
type chatChannel struct {
	name  string
	group bool
	rec   *sends
}

func (c *chatChannel) Name() string { return c.name }

func (c *chatChannel) Limits() channel.Limits {
	l := channel.Limits{TextMax: 4096, CaptionMax: 1024, Unit: channel.UTF16, Rate: 1, Burst: 1}
	if c.group {
		l.Rate, l.Burst = rate.Limit(20.0/60.0), 3
	}
	return l
}

// CredentialKey is the bot's shared budget: bots/telegram's BotRate and BotBurst.
func (c *chatChannel) CredentialKey() (string, rate.Limit, int) { return "telegram:bench", 29, 1 }

func (c *chatChannel) Send(ctx context.Context, d channel.Delivery) (channel.Receipt, error) {
	at := time.Now()
	var feed, k int
	if u, err := url.Parse(d.Post.URL); err == nil {
		_, _ = fmt.Sscanf(u.Path, "/f/%d/n/%d", &feed, &k)
	}
	c.rec.mu.Lock()
	c.rec.all = append(c.rec.all, chatSend{Chat: c.name, Item: itemKey(feed, k), At: at.UnixMilli()})
	n := len(c.rec.all)
	c.rec.mu.Unlock()
	return channel.Receipt{RemoteID: fmt.Sprint(n), SentAt: at}, ctx.Err()
}

// chatBuilder builds the fake chats of one replica (groups have negative ids, as on Telegram).
func chatBuilder(rec *sends) func(platform, chatID, name string) (channel.Channel, error) {
	return func(_, chatID, name string) (channel.Channel, error) {
		return &chatChannel{name: name, group: strings.HasPrefix(chatID, "-"), rec: rec}, nil
	}
}

// printChats reports the chat load: the catalog costs, and each new item's posts against the
// chats it should have reached, with detect → post latency.
func (r *result) printChats(w io.Writer) {
	o, c := r.o, r.costs
	fmt.Fprintf(w, "chats:     %d communities (%d subscriptions to %d feeds), %d readers (keywords among 1,000 topics; every tenth also a feed)\n",
		o.chats, o.chats+o.chats/10, o.feeds, o.readers)
	fmt.Fprintf(w, "catalog:   %d sources + %d chats, %.1f MB of JSON, written directly in %.1fs\n",
		o.feeds, c.chatObjs, float64(c.catalogBytes)/(1<<20), c.bulk.Seconds())
	fmt.Fprintf(w, "registry at full scale: Subscribe new chat %s, existing %s; Follow new chat %s, existing %s; Chat %s; refresh: Effective %s + Router %s (%d routes); Route one article %s\n",
		quantiles(c.subscribe), quantiles(c.subscribeMore), quantiles(c.follow), quantiles(c.followMore), c.chat.Round(time.Millisecond),
		c.effective.Round(time.Millisecond), c.router.Round(time.Millisecond), c.routes, c.route.Round(time.Microsecond))

	// Startup: reading 20,000 chats and starting their workers comes before the first poll.
	for _, name := range r.names {
		for _, l := range r.lines {
			if l.Replica == name && l.Assigned > 0 {
				fmt.Fprintf(w, "startup:   %s scheduled its first sources %s after it started\n", name, time.UnixMilli(l.At).Sub(r.started).Round(time.Second))
				break
			}
		}
	}

	// Every send, by replica and by (item, chat).
	got := map[[2]string]int64{}
	dup := 0
	per := map[string]int{}
	for _, s := range r.lines {
		for _, x := range s.Sends {
			k := [2]string{x.Item, x.Chat}
			if _, ok := got[k]; ok {
				dup++
				continue
			}
			got[k] = x.At
			per[s.Replica]++
		}
	}
	a := chatPlan{feeds: o.feeds, communities: o.chats, readers: o.readers}.audience()
	end := r.started.Add(o.duration).UnixMilli()
	var lat []time.Duration
	want, missed, late := 0, 0, 0
	for item, at := range r.server.Detected {
		var feed, k int
		if _, err := fmt.Sscanf(item, "%d/%d", &feed, &k); err != nil {
			continue
		}
		for _, chat := range a.recipients(feed, k) {
			sent, ok := got[[2]string{item, chat}]
			if at > end-30_000 {
				// Detected in the last 30 s: counted when it made it, not missed when it did not.
				if ok {
					lat = append(lat, time.Duration(sent-at)*time.Millisecond)
				}
				late++
				continue
			}
			want++
			if !ok {
				missed++
				continue
			}
			lat = append(lat, time.Duration(sent-at)*time.Millisecond)
		}
	}
	total := 0
	for _, n := range per {
		total += n
	}
	// The bot's budget (29/s, all chats together) is the ceiling: how often sends ran at it.
	bySecond := map[int64]int{}
	for _, at := range got {
		bySecond[at/1000]++
	}
	peak, atCap := 0, 0
	for _, n := range bySecond {
		peak = max(peak, n)
		if n >= 28 {
			atCap++
		}
	}
	fmt.Fprintf(w, "send rate: peak %d/s; %d seconds at the bot's 29/s budget; %d seconds with sends\n", peak, atCap, len(bySecond))
	fmt.Fprintf(w, "posts:     %d sent to chats (%d duplicates) for %d items detected; %d of %d expected posts (items detected before the last 30 s) missing; %d more expected from the last 30 s",
		total, dup, len(r.server.Detected), missed, want, late)
	for _, name := range r.names {
		fmt.Fprintf(w, "; %s sent %d", name, per[name])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "detect → post (farm's first 200 with the item → the chat channel's Send): %s\n", quantiles(lat))
	hist := map[string]uint64{}
	for _, s := range r.lines {
		for le, n := range s.DetectToPost {
			hist[le] += n
		}
	}
	if all := hist["+Inf"]; all > 0 {
		fmt.Fprintf(w, "paperboy's detect_to_post_seconds over the chats (payload's detection → accepted), share within:")
		for _, le := range []string{"1", "5", "10", "30", "60"} {
			fmt.Fprintf(w, " %ss %.1f%%", le, 100*float64(hist[le])/float64(all))
		}
		fmt.Fprintf(w, " (%d posts)\n", all)
	}
}

// quantiles is "n: p50 …, p99 …, max …" of ds.
func quantiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	q := func(p float64) time.Duration { return ds[int(p*float64(len(ds)-1))] }
	round := func(d time.Duration) time.Duration {
		if d < 10*time.Millisecond {
			return d.Round(10 * time.Microsecond)
		}
		return d.Round(time.Millisecond)
	}
	return fmt.Sprintf("%d: p50 %s, p99 %s, max %s", len(ds), round(q(0.5)), round(q(0.99)), round(ds[len(ds)-1]))
}
