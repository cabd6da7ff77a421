package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/term"
)

// maxPasswordBytes is bcrypt's limit: golang.org/x/crypto/bcrypt refuses longer passwords, and
// other implementations silently ignore the rest.
const maxPasswordBytes = 72

// DefaultBcryptCost is stronger than bcrypt.DefaultCost (10); a sign-in costs ~0.25 s.
const DefaultBcryptCost = 12

// Bcrypt costs HashPassword accepts: below 10 a guess is too cheap, above 16 a sign-in too slow.
const (
	MinBcryptCost = bcrypt.DefaultCost
	MaxBcryptCost = 16
)

// HashPassword reads a password from in — the terminal (asking twice, without echo) or a pipe
// — and prints its bcrypt hash at cost to stdout; prompts and hints go to stderr.
func HashPassword(in *os.File, cost int, stdout, stderr io.Writer) error {
	var err error
	var pw []byte
	fd := int(in.Fd())
	tty := term.IsTerminal(fd)
	if tty {
		pw, err = promptPassword(fd, stderr)
	} else {
		pw, err = readPipedPassword(in)
	}
	if err != nil {
		return err
	}
	if err := checkPassword(pw); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword(pw, cost)
	if err != nil {
		return fmt.Errorf("hash-password: %w", err)
	}
	fmt.Fprintln(stdout, string(hash))
	if tty {
		fmt.Fprintln(stderr, "Put it in dashboard.password_hash (or a users[] entry's password_hash), or save it to a file for password_hash_file.")
	}
	return nil
}

// promptPassword reads the password twice from the terminal without echo.
func promptPassword(fd int, prompt io.Writer) ([]byte, error) {
	fmt.Fprint(prompt, "Password: ")
	pw, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return nil, fmt.Errorf("hash-password: reading the password: %w", err)
	}
	if err := checkPassword(pw); err != nil {
		return nil, err
	}
	fmt.Fprint(prompt, "Repeat it: ")
	again, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return nil, fmt.Errorf("hash-password: reading the password: %w", err)
	}
	if !bytes.Equal(pw, again) {
		return nil, errors.New("hash-password: the two passwords differ; nothing was hashed")
	}
	return pw, nil
}

// readPipedPassword reads a password from a pipe or file: everything up to one trailing line
// break, so `echo secret |` and `printf %s secret |` give the same hash.
func readPipedPassword(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, 4096))
	if err != nil {
		return nil, fmt.Errorf("hash-password: reading standard input: %w", err)
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	data = bytes.TrimSuffix(data, []byte("\r"))
	if bytes.ContainsAny(data, "\r\n") {
		return nil, errors.New("hash-password: standard input has more than one line; pipe only the password")
	}
	return data, nil
}

// checkPassword refuses what bcrypt cannot hash faithfully.
func checkPassword(pw []byte) error {
	switch {
	case len(pw) == 0:
		return errors.New("hash-password: the password is empty")
	case len(pw) > maxPasswordBytes:
		return fmt.Errorf("hash-password: the password is %d bytes; bcrypt takes at most %d (a passphrase of a few words fits; Korean letters are 3 bytes each)", len(pw), maxPasswordBytes)
	}
	return nil
}
