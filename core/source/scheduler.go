package source

import (
	"container/heap"
	"context"
	"sync"
	"time"
)

// PollFunc polls one due source (or decides not to: another replica did, it is paused) and
// returns when the source is due next.
type PollFunc func(ctx context.Context, name string) time.Time

// Scheduler runs many sources on few goroutines: the sources wait in a timer heap ordered by
// due time, one dispatcher hands the due ones to a bounded pool of workers, and a host never
// has more than perHost polls in flight (the fetch client's own per-host limit then never
// blocks a worker that another host could use). An idle source costs one heap slot and one
// map entry, about 150 bytes, instead of a sleeping goroutine (≈ 5 KB). The set of sources may
// change while it runs (Add, Remove, Set): configured and runtime sources, or the shard this
// replica owns.
type Scheduler struct {
	poll    PollFunc
	workers int
	perHost int
	now     func() time.Time

	mu     sync.Mutex
	heap   dueHeap
	byName map[string]*slot
	busy   map[string]int // host → polls in flight
	wake   chan struct{}  // cap 1: the heap's head changed
}

// slot is one source in the scheduler.
type slot struct {
	name    string
	host    string
	due     time.Time
	index   int  // position in the heap; -1 while polled or removed
	running bool // a worker polls it now
	gone    bool // removed while running: not put back
}

// hostRetry is how long a due source waits when its host already has perHost polls in flight.
const hostRetry = 250 * time.Millisecond

// NewScheduler returns a scheduler that runs poll on at most workers goroutines, at most
// perHost of them for one host (0 = no per-host bound).
func NewScheduler(workers, perHost int, poll PollFunc) *Scheduler {
	return &Scheduler{
		poll: poll, workers: max(workers, 1), perHost: perHost, now: time.Now,
		byName: map[string]*slot{}, busy: map[string]int{}, wake: make(chan struct{}, 1),
	}
}

// Add schedules a source (host is its politeness key, usually the URL's host) at due. A source
// already scheduled keeps its place unless due is earlier; one being polled now is left to
// the poll's own answer.
func (s *Scheduler) Add(name, host string, due time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sl, ok := s.byName[name]; ok {
		sl.gone = false
		sl.host = host
		if !sl.running && due.Before(sl.due) {
			sl.due = due
			heap.Fix(&s.heap, sl.index)
			s.signal()
		}
		return
	}
	sl := &slot{name: name, host: host, due: due}
	s.byName[name] = sl
	heap.Push(&s.heap, sl)
	s.signal()
}

// Remove takes a source out; a poll in flight finishes but the source is not scheduled again.
func (s *Scheduler) Remove(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(name)
}

func (s *Scheduler) removeLocked(name string) {
	sl, ok := s.byName[name]
	if !ok {
		return
	}
	if sl.running {
		sl.gone = true
		return
	}
	heap.Remove(&s.heap, sl.index)
	delete(s.byName, name)
}

// Set makes the scheduled sources exactly want (name → host): it removes the others and adds
// the missing ones at first(name). It returns how many were added and removed.
func (s *Scheduler) Set(want map[string]string, first func(name string) time.Time) (added, removed int) {
	s.mu.Lock()
	var drop []string
	for name, sl := range s.byName {
		if _, ok := want[name]; !ok && !sl.gone {
			drop = append(drop, name)
		}
	}
	for _, name := range drop {
		s.removeLocked(name)
	}
	var add []string
	for name := range want {
		if sl, ok := s.byName[name]; !ok || sl.gone {
			add = append(add, name)
		}
	}
	s.mu.Unlock()
	for _, name := range add {
		s.Add(name, want[name], first(name))
	}
	return len(add), len(drop)
}

// Has reports whether name is scheduled.
func (s *Scheduler) Has(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	sl, ok := s.byName[name]
	return ok && !sl.gone
}

// Len is how many sources are scheduled.
func (s *Scheduler) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, sl := range s.byName {
		if !sl.gone {
			n++
		}
	}
	return n
}

// signal wakes the dispatcher; s.mu is held.
func (s *Scheduler) signal() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run dispatches due sources until ctx ends, then waits for the polls in flight.
func (s *Scheduler) Run(ctx context.Context) {
	work := make(chan *slot)
	var wg sync.WaitGroup
	for range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sl := range work {
				next := s.poll(ctx, sl.name)
				s.done(sl, next)
			}
		}()
	}
	defer wg.Wait()
	defer close(work)
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		sl, wait := s.next()
		if sl != nil {
			select {
			case work <- sl:
				continue
			case <-ctx.Done():
				s.done(sl, sl.due)
				return
			}
		}
		if wait < 0 {
			wait = time.Hour
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
}

// next pops the first due source whose host has room, or says how long until the head is due
// (-1 when the heap is empty).
func (s *Scheduler) next() (*slot, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for s.heap.Len() > 0 {
		sl := s.heap[0]
		if d := sl.due.Sub(now); d > 0 {
			return nil, d
		}
		if s.perHost > 0 && s.busy[sl.host] >= s.perHost {
			sl.due = now.Add(hostRetry)
			heap.Fix(&s.heap, 0)
			continue
		}
		heap.Pop(&s.heap)
		sl.running = true
		s.busy[sl.host]++
		return sl, 0
	}
	return nil, -1
}

// done puts a polled source back at next, unless it was removed meanwhile.
func (s *Scheduler) done(sl *slot, next time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := s.busy[sl.host] - 1; n > 0 {
		s.busy[sl.host] = n
	} else {
		delete(s.busy, sl.host)
	}
	sl.running = false
	if sl.gone {
		delete(s.byName, sl.name)
		return
	}
	sl.due = next
	heap.Push(&s.heap, sl)
	s.signal()
}

// dueHeap orders slots by due time (container/heap).
type dueHeap []*slot

func (h dueHeap) Len() int           { return len(h) }
func (h dueHeap) Less(i, j int) bool { return h[i].due.Before(h[j].due) }
func (h dueHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	// Each slot knows its index so a reschedule can heap.Fix it in place instead of searching.
	h[i].index = i
	h[j].index = j
}

func (h *dueHeap) Push(x any) {
	sl := x.(*slot)
	sl.index = len(*h)
	*h = append(*h, sl)
}

func (h *dueHeap) Pop() any {
	old := *h
	n := len(old)
	sl := old[n-1]
	old[n-1] = nil // no stale pointer in the backing array: a removed source can be collected
	sl.index = -1  // out of the heap: its old index must not be taken for a live position
	*h = old[:n-1]
	return sl
}
