package redis_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
	"paperboy/core/store/redis"
	"paperboy/core/store/redis/redistest"
	"paperboy/core/store/storetest"
)

// contractOn runs the store contract suite over client, each subtest under its own prefix.
func contractOn(t *testing.T, client func() goredis.UniversalClient) {
	storetest.Run(t, func(t *testing.T) store.Store {
		st := redis.New(client(), fmt.Sprintf("pbtest:%d:", time.Now().UnixNano()))
		t.Cleanup(func() {
			// After the Closed subtest the client is closed: a cluster client would retry until the deadline.
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = st.Purge(ctx)
			_ = st.Close()
		})
		return st
	})
}

// TestContractOnCluster holds a 3-master Redis Cluster to the same contract as one server.
func TestContractOnCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3, 0)
	contractOn(t, func() goredis.UniversalClient { return c.Client() })
}

// TestContractOnSentinel holds a Sentinel-managed master to the same contract.
func TestContractOnSentinel(t *testing.T) {
	s := redistest.StartSentinel(t)
	contractOn(t, func() goredis.UniversalClient { return s.Client() })
}
