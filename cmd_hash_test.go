package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/sys/unix"
)

// withPasswordInput points hash-password at f for one test.
func withPasswordInput(t *testing.T, f *os.File) {
	t.Helper()
	old := passwordInput
	passwordInput = f
	t.Cleanup(func() { passwordInput = old })
}

// pipedFile is a file holding data, as a shell redirect or pipe would give.
func pipedFile(t *testing.T, data string) *os.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stdin")
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestHashPasswordFromPipe(t *testing.T) {
	cases := []struct {
		name, in, password string
		args               []string
		cost               int
	}{
		{"echo adds a newline", "correct horse battery staple\n", "correct horse battery staple", nil, 12},
		// The rest at the lowest accepted cost, to keep the suite quick under -race.
		{"printf without newline", "s3cret", "s3cret", []string{"--cost", "10"}, 10},
		{"windows line end", "s3cret\r\n", "s3cret", []string{"--cost", "10"}, 10},
		{"korean, 72 bytes exactly", strings.Repeat("한", 24) + "\n", strings.Repeat("한", 24), []string{"--cost=10"}, 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			withPasswordInput(t, pipedFile(t, c.in))
			code, out, errs := runCLI(t, append([]string{"hash-password"}, c.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			hash := strings.TrimSuffix(out, "\n")
			if strings.Contains(hash, "\n") || len(hash) != 60 {
				t.Fatalf("stdout is not one bcrypt hash: %q", out)
			}
			if err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(c.password)); err != nil {
				t.Errorf("hash does not verify %q: %v", c.password, err)
			}
			if cost, _ := bcrypt.Cost([]byte(hash)); cost != c.cost {
				t.Errorf("cost %d, want %d", cost, c.cost)
			}
			if errs != "" {
				t.Errorf("piped use printed on stderr: %q", errs)
			}
		})
	}
}

func TestHashPasswordRefuses(t *testing.T) {
	cases := []struct {
		name, in string
		args     []string
		code     int
		want     string
	}{
		{"empty", "", nil, 1, "paperboy: hash-password: the password is empty\n"},
		{"only a newline", "\n", nil, 1, "paperboy: hash-password: the password is empty\n"},
		{"too long", strings.Repeat("a", 73), nil, 1, "paperboy: hash-password: the password is 73 bytes; bcrypt takes at most 72 (a passphrase of a few words fits; Korean letters are 3 bytes each)\n"},
		{"two lines", "one\ntwo\n", nil, 1, "paperboy: hash-password: standard input has more than one line; pipe only the password\n"},
		{"password as argument", "x", []string{"hunter2"}, 2, "paperboy hash-password: takes no arguments"},
		{"weak cost", "x", []string{"--cost", "4"}, 2, "paperboy hash-password: --cost 4 is out of range (10 to 16)\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			withPasswordInput(t, pipedFile(t, c.in))
			code, out, errs := runCLI(t, append([]string{"hash-password"}, c.args...)...)
			if code != c.code || out != "" || !strings.HasPrefix(errs, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, errs, c.code, c.want)
			}
		})
	}
}

// TestHashPasswordFromTerminal types the password on a real pseudo-terminal: it is read twice
// with echo off, so the terminal never shows it, and the hash verifies.
func TestHashPasswordFromTerminal(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	withPasswordInput(t, tty)
	var screen syncBuffer // what the terminal displays (its echo)
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := ptmx.Read(buf)
			screen.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(context.Background(), []string{"hash-password"}, &stdout, &stderr) }()

	const password = "typed-at-the-prompt 비밀"
	// Type only once the prompt is shown and echo is off, as a person would.
	typeAt := func(prompt string) {
		deadline := time.Now().Add(10 * time.Second)
		for {
			st, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
			if err == nil && strings.Count(stderr.String(), prompt) == 1 && st.Lflag&unix.ECHO == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %q prompt with echo off; stderr %q", prompt, stderr.String())
			}
			time.Sleep(5 * time.Millisecond)
		}
		if _, err := ptmx.Write([]byte(password + "\n")); err != nil {
			t.Fatal(err)
		}
	}
	typeAt("Password: ")
	typeAt("Repeat it: ")
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("hash-password did not finish")
	}
	hash := strings.TrimSpace(stdout.String())
	if err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)); err != nil {
		t.Fatalf("hash %q does not verify: %v", hash, err)
	}
	if strings.Contains(screen.String(), "typed-at-the-prompt") {
		t.Errorf("the terminal echoed the password: %q", screen.String())
	}
	if st, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err != nil || st.Lflag&unix.ECHO == 0 {
		t.Errorf("echo was not restored after reading (%v)", err)
	}
}
