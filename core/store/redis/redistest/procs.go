package redistest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// Servers are redis-server processes a test started on loopback (random high ports, a temp
// directory, no persistence), stopped when the test ends. They prove the store on Redis Cluster
// and Sentinel; without the binaries the test is skipped (or fails when PAPERBOY_REQUIRE_REDIS=1).
type Servers struct {
	t    testing.TB
	dir  string
	mu   sync.Mutex
	proc map[string]*exec.Cmd // addr → process
}

// need skips t unless the binaries exist.
func need(t testing.TB, bins ...string) {
	t.Helper()
	for _, b := range bins {
		if _, err := exec.LookPath(b); err != nil {
			if os.Getenv("PAPERBOY_REQUIRE_REDIS") == "1" {
				t.Fatalf("redistest: %s not found: %v", b, err)
			}
			t.Skipf("%s not installed: Redis Cluster/Sentinel tests skipped", b)
		}
	}
}

func newServers(t testing.TB) *Servers {
	s := &Servers{t: t, dir: t.TempDir(), proc: map[string]*exec.Cmd{}}
	t.Cleanup(s.stopAll)
	return s
}

// freePort finds a port p with p and p+10000 (the cluster bus) free.
func freePort(t testing.TB) int {
	t.Helper()
	for range 200 {
		p := 20000 + rand.IntN(25000)
		ok := true
		for _, q := range []int{p, p + 10000} {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(q))
			if err != nil {
				ok = false
				break
			}
			_ = l.Close()
		}
		if ok {
			return p
		}
	}
	t.Fatal("redistest: no free port")
	return 0
}

// start runs redis-server with args on a fresh port and waits until it answers; extra config
// lines ({port} stands for the port) go into its own config file (sentinels rewrite theirs).
func (s *Servers) start(conf string, args ...string) string {
	s.t.Helper()
	port := freePort(s.t)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	file := filepath.Join(s.dir, strconv.Itoa(port)+".conf")
	base := fmt.Sprintf("port %d\nbind 127.0.0.1\nsave \"\"\nappendonly no\ndir %s\nlogfile %s\n", port, s.dir,
		filepath.Join(s.dir, strconv.Itoa(port)+".log"))
	conf = strings.ReplaceAll(conf, "{port}", strconv.Itoa(port))
	if err := os.WriteFile(file, []byte(base+conf), 0o600); err != nil {
		s.t.Fatal(err)
	}
	cmd := exec.Command("redis-server", append([]string{file}, args...)...)
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("redistest: redis-server: %v", err)
	}
	s.mu.Lock()
	s.proc[addr] = cmd
	s.mu.Unlock()
	c := goredis.NewClient(&goredis.Options{Addr: addr})
	defer c.Close()
	s.until("redis-server at "+addr+" answers", func(ctx context.Context) bool { return c.Ping(ctx).Err() == nil })
	return addr
}

// Kill stops the server at addr at once (SIGKILL), as a crash would.
func (s *Servers) Kill(addr string) {
	s.mu.Lock()
	cmd := s.proc[addr]
	delete(s.proc, addr)
	s.mu.Unlock()
	if cmd != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
}

func (s *Servers) stopAll() {
	s.mu.Lock()
	var addrs []string
	for a := range s.proc {
		addrs = append(addrs, a)
	}
	s.mu.Unlock()
	for _, a := range addrs {
		s.Kill(a)
	}
}

// until polls ok for up to 30 s.
func (s *Servers) until(what string, ok func(ctx context.Context) bool) {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		done := ok(ctx)
		cancel()
		if done {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("redistest: timed out waiting until %s", what)
}

// Cluster is a Redis Cluster started by the test.
type Cluster struct {
	*Servers
	Addrs []string // every node
}

// StartCluster starts masters×(1+replicas) nodes and joins them with redis-cli --cluster create.
func StartCluster(t testing.TB, masters, replicas int) *Cluster {
	t.Helper()
	need(t, "redis-server", "redis-cli")
	c := &Cluster{Servers: newServers(t)}
	for range masters * (1 + replicas) {
		c.Addrs = append(c.Addrs, c.start("cluster-enabled yes\ncluster-node-timeout 1000\ncluster-config-file nodes-{port}.conf\n"+
			"cluster-require-full-coverage no\ncluster-replica-validity-factor 0\n"))
	}
	args := append([]string{"--cluster", "create"}, c.Addrs...)
	args = append(args, "--cluster-replicas", strconv.Itoa(replicas), "--cluster-yes")
	if out, err := exec.Command("redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redistest: redis-cli --cluster create: %v\n%s", err, out)
	}
	for _, a := range c.Addrs {
		n := goredis.NewClient(&goredis.Options{Addr: a})
		c.until("cluster is ok at "+a, func(ctx context.Context) bool {
			info, err := n.ClusterInfo(ctx).Result()
			return err == nil && strings.Contains(info, "cluster_state:ok")
		})
		c.until("replica "+a+" is in sync", func(ctx context.Context) bool {
			info, err := n.Info(ctx, "replication").Result()
			return err == nil && (strings.Contains(info, "role:master") || strings.Contains(info, "master_link_status:up"))
		})
		_ = n.Close()
	}
	return c
}

// Client returns a cluster client; the caller closes it.
func (c *Cluster) Client() *goredis.ClusterClient {
	return goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: c.Addrs, MaxRedirects: 16})
}

// Sentinel is a master, a replica and three sentinels started by the test.
type Sentinel struct {
	*Servers
	Master    string   // the master name sentinels monitor
	Sentinels []string // sentinel addresses
}

// StartSentinel starts the set and waits until the sentinels see the replica.
func StartSentinel(t testing.TB) *Sentinel {
	t.Helper()
	need(t, "redis-server")
	s := &Sentinel{Servers: newServers(t), Master: "pbmaster"}
	// A master with no replica refuses writes (min-replicas-to-write), so a write that reaches
	// the old master after the promotion fails and is retried on the new one, instead of being
	// acknowledged and lost when the old master is turned into a replica. README advises it.
	master := s.start("min-replicas-to-write 1\nmin-replicas-max-lag 5\n")
	s.start("replicaof " + strings.Replace(master, ":", " ", 1) + "\nmin-replicas-to-write 1\nmin-replicas-max-lag 5\n")
	m := goredis.NewClient(&goredis.Options{Addr: master})
	defer m.Close()
	s.until("the replica is in sync", func(ctx context.Context) bool {
		info, err := m.Info(ctx, "replication").Result()
		return err == nil && strings.Contains(info, "connected_slaves:1") && strings.Contains(info, "state=online")
	})
	conf := fmt.Sprintf("sentinel monitor %s %s 2\nsentinel down-after-milliseconds %[1]s 1000\nsentinel failover-timeout %[1]s 5000\n",
		s.Master, strings.Replace(master, ":", " ", 1))
	for range 3 {
		s.Sentinels = append(s.Sentinels, s.start(conf, "--sentinel"))
	}
	for _, a := range s.Sentinels {
		sc := goredis.NewSentinelClient(&goredis.Options{Addr: a})
		s.until("sentinel "+a+" sees the replica and its peers", func(ctx context.Context) bool {
			reps, err := sc.Replicas(ctx, s.Master).Result()
			if err != nil || len(reps) == 0 {
				return false
			}
			peers, err := sc.Sentinels(ctx, s.Master).Result()
			return err == nil && len(peers) == 2
		})
		_ = sc.Close()
	}
	return s
}

// Client returns a sentinel-backed client; the caller closes it.
func (s *Sentinel) Client() *goredis.Client {
	return goredis.NewFailoverClient(&goredis.FailoverOptions{MasterName: s.Master, SentinelAddrs: s.Sentinels})
}

// Failover asks a sentinel to promote the replica and waits until the sentinels name the new master.
func (s *Sentinel) Failover() {
	s.t.Helper()
	sc := goredis.NewSentinelClient(&goredis.Options{Addr: s.Sentinels[0]})
	defer sc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	before, err := sc.GetMasterAddrByName(ctx, s.Master).Result()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := sc.Failover(ctx, s.Master).Err(); err != nil {
		s.t.Fatalf("redistest: SENTINEL FAILOVER: %v", err)
	}
	s.until("a new master is named", func(ctx context.Context) bool {
		now, err := sc.GetMasterAddrByName(ctx, s.Master).Result()
		return err == nil && (now[0] != before[0] || now[1] != before[1])
	})
}

// KillMasterOf kills the master serving key's slot, as a crash would, and waits until the
// cluster has promoted its replica; it returns the killed address.
func (c *Cluster) KillMasterOf(client *goredis.ClusterClient, key string) string {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	m, err := client.MasterForKey(ctx, key)
	if err != nil {
		c.t.Fatal(err)
	}
	dead := m.Options().Addr
	// Redis replicates asynchronously: a write the master acknowledged in the last moments
	// before a crash can be lost with it (README, "Redis and failover"). The test kills the
	// master once its replica has caught up, which is the failover paperboy must survive
	// without losing or doubling a delivery; the unreplicated tail is Redis's to bound
	// (min-replicas-to-write), not paperboy's.
	offsets := func(ctx context.Context) (master, replica int64, ok bool) {
		info, err := m.Info(ctx, "replication").Result()
		if err != nil {
			return 0, 0, false
		}
		replica = -1
		for _, line := range strings.Split(info, "\r\n") {
			if v, found := strings.CutPrefix(line, "master_repl_offset:"); found {
				master, _ = strconv.ParseInt(v, 10, 64)
			}
			if rest, found := strings.CutPrefix(line, "slave0:"); found {
				for _, f := range strings.Split(rest, ",") {
					if v, found := strings.CutPrefix(f, "offset="); found {
						replica, _ = strconv.ParseInt(v, 10, 64)
					}
				}
			}
		}
		return master, replica, replica >= 0
	}
	var target int64
	c.until("the master's offset of "+dead, func(ctx context.Context) bool {
		off, _, ok := offsets(ctx)
		target = off
		return ok
	})
	c.until("the replica of "+dead+" caught up", func(ctx context.Context) bool {
		_, seen, ok := offsets(ctx)
		return ok && seen >= target
	})
	c.Kill(dead)
	var alive string
	for _, a := range c.Addrs {
		if a != dead {
			alive = a
			break
		}
	}
	n := goredis.NewClient(&goredis.Options{Addr: alive})
	defer n.Close()
	c.until("a replica replaces "+dead, func(ctx context.Context) bool {
		//lint:ignore SA1019 CLUSTER SLOTS says who serves each slot in one call; Redis 7 still answers it
		slots, err := n.ClusterSlots(ctx).Result()
		if err != nil || len(slots) == 0 {
			return false
		}
		for _, s := range slots {
			if len(s.Nodes) > 0 && s.Nodes[0].Addr == dead {
				return false
			}
		}
		info, err := n.ClusterInfo(ctx).Result()
		return err == nil && strings.Contains(info, "cluster_state:ok")
	})
	return dead
}

// StartServer starts one standalone redis-server of the test's own (nothing else talks to it,
// so INFO commandstats counts only the test's calls) and returns its address.
func StartServer(t testing.TB) string {
	t.Helper()
	need(t, "redis-server")
	return newServers(t).start("")
}
