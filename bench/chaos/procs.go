package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// freePort asks the kernel for an unused loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// redisServer is our own redis-server: AOF with fsync on every write, so a restart keeps every
// acknowledged write (what a production Redis for paperboy should run with).
type redisServer struct {
	bin, cli, dir string
	port          int
	cmd           *exec.Cmd
}

func (r *redisServer) addr() string { return "127.0.0.1:" + strconv.Itoa(r.port) }

func (r *redisServer) start() error {
	log, err := os.OpenFile(filepath.Join(r.dir, "redis.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	r.cmd = exec.Command(r.bin, "--port", strconv.Itoa(r.port), "--bind", "127.0.0.1", "--appendonly", "yes",
		"--appendfsync", "always", "--save", "", "--dir", r.dir, "--daemonize", "no")
	r.cmd.Stdout, r.cmd.Stderr = log, log
	if err := r.cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	c := goredis.NewClient(&goredis.Options{Addr: r.addr()})
	defer c.Close()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
		if c.Ping(context.Background()).Err() == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("redis-server did not answer within 15s (see redis.log)")
}

// restart stops Redis with SHUTDOWN (with AOF fsync always nothing acknowledged is lost; NOSAVE
// would not matter here, but SHUTDOWN is what an operator types) and starts it on the same port.
func (r *redisServer) restart(down time.Duration) error {
	if out, err := exec.Command(r.cli, "-p", strconv.Itoa(r.port), "shutdown").CombinedOutput(); err != nil && len(out) > 0 {
		_ = r.cmd.Process.Signal(syscall.SIGTERM)
	}
	_ = r.cmd.Wait()
	time.Sleep(down)
	return r.start()
}

func (r *redisServer) stop() {
	if r.cmd != nil && r.cmd.Process != nil {
		_ = r.cmd.Process.Signal(syscall.SIGTERM)
		_ = r.cmd.Wait()
	}
}

// replica is one `paperboy run` process; its log accumulates across restarts.
type replica struct {
	id       int
	bin, cfg string
	logPath  string
	cmd      *exec.Cmd
	done     chan struct{}
}

func (p *replica) start() error {
	log, err := os.OpenFile(p.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	p.cmd = exec.Command(p.bin, "run", "--config", p.cfg, "--grace", "10s")
	p.cmd.Stdout, p.cmd.Stderr = log, log
	if err := p.cmd.Start(); err != nil {
		log.Close()
		return fmt.Errorf("start replica %d: %w", p.id, err)
	}
	done := make(chan struct{})
	p.done = done
	cmd := p.cmd
	go func() {
		_ = cmd.Wait()
		log.Close()
		close(done)
	}()
	return nil
}

// kill is SIGKILL: no shutdown code runs, whatever the process was doing is cut off.
func (p *replica) kill() {
	_ = p.cmd.Process.Kill()
	<-p.done
}

// stop is SIGTERM, then SIGKILL if it has not exited in time.
func (p *replica) stop(wait time.Duration) (graceful bool) {
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return true
	case <-time.After(wait):
		p.kill()
		return false
	}
}
