package email

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"paperboy/core/channel"
)

// client builds a go-mail client for one SMTP conversation.
// ctx, when not nil, aborts the conversation when it is cancelled: go-mail honours a context
// only while dialing, so the dialer ties the connection's deadline to ctx.
func (c *Channel) client(ctx context.Context) (*gomail.Client, error) {
	policy := map[string]gomail.TLSPolicy{
		TLSRequired: gomail.TLSMandatory, TLSOpportunistic: gomail.TLSOpportunistic, TLSNone: gomail.NoTLS,
	}[c.cfg.StartTLS]
	opts := []gomail.Option{
		gomail.WithPort(c.cfg.Port),
		gomail.WithTLSPolicy(policy),
		gomail.WithTimeout(c.cfg.Timeout),
		gomail.WithTLSConfig(&tls.Config{ServerName: c.cfg.Host, RootCAs: c.roots, MinVersion: tls.VersionTLS12}),
	}
	if ctx != nil {
		opts = append(opts, gomail.WithDialContextFunc(func(dctx context.Context, network, addr string) (net.Conn, error) {
			var d net.Dialer
			conn, err := d.DialContext(dctx, network, addr)
			if err != nil {
				return nil, err
			}
			_ = conn.SetDeadline(time.Now().Add(c.cfg.Timeout))
			stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
			return &ctxConn{Conn: conn, stop: stop}, nil
		}))
	}
	if c.cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(c.cfg.Username), gomail.WithPassword(c.cfg.Password))
	}
	cl, err := gomail.NewClient(c.cfg.Host, opts...)
	if err != nil {
		return nil, channel.Errorf(channel.Permanent, "email: client: %w", c.redact(err))
	}
	return cl, nil
}

// send makes one SMTP conversation (connect, STARTTLS, AUTH, MAIL, RCPT, DATA, QUIT).
func (c *Channel) send(ctx context.Context, m *gomail.Msg) error {
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	if err := cl.DialAndSendWithContext(ctx, m); err != nil {
		ce := classify(err)
		if ctx.Err() != nil {
			ce.Reason = channel.Transient
		}
		ce.Err = fmt.Errorf("email: %s:%d: %w", c.cfg.Host, c.cfg.Port, c.redact(err))
		ce.Fix = c.fix(ce)
		return ce
	}
	return nil
}

// fix names what to change for a failure no retry cures, in this channel's own terms (host,
// port, starttls, ca_file); "" when the reason's usual remedy says it. It reads ce's typed
// fields only.
func (c *Channel) fix(ce *channel.Error) string {
	at := fmt.Sprintf("%s:%d", c.cfg.Host, c.cfg.Port)
	switch code := ce.Status; {
	case code == 535:
		return "the server refused the username and password (535): check username and password (Gmail/Workspace want an app password)"
	case code == 530:
		return "the server requires authentication (530): set username and password (or password_file)"
	case code == 534 || code == 538:
		return fmt.Sprintf("the server accepts this login only over an encrypted connection (%d): use its STARTTLS submission port (usually 587) with starttls: required", code)
	case ce.Code == codeNoStartTLS:
		return fmt.Sprintf("the server at %s does not offer STARTTLS, and starttls: required refuses to send a password or mail in clear: use the port that offers it (usually 587), or — only for a relay on a network you trust — set starttls: opportunistic or none", at)
	case ce.Code == codeNoMechanism && c.cfg.StartTLS != TLSRequired:
		plain := "on an unencrypted connection (starttls: none)"
		if c.cfg.StartTLS == TLSOpportunistic {
			plain = "on this connection, unencrypted when the server offers no STARTTLS"
		}
		return fmt.Sprintf("the server at %s offers only logins paperboy will not use %s: PLAIN and LOGIN would send the password in clear, and paperboy's mail library (go-mail) sends them only over TLS. Use a port where the server offers STARTTLS (usually 587) with starttls: required, or drop username and password if the relay accepts mail from your network without a login", at, plain)
	case ce.Code == codeNoMechanism:
		return fmt.Sprintf("the server at %s offers no login mechanism go-mail supports (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1/256): use another submission server or port", at)
	case ce.Code == codeNoAuth:
		return fmt.Sprintf("the server at %s offers no login (no SMTP AUTH) on this connection: drop username and password if it relays for you without one, or use its submission port (usually 587)", at)
	case ce.Code == codeUntrusted:
		return fmt.Sprintf("the certificate of %s is not trusted: check that host is the name in its certificate, or give its CA in ca_file", at)
	}
	return ""
}

// ctxConn releases the context watch when go-mail closes the connection.
type ctxConn struct {
	net.Conn
	stop func() bool
}

func (c *ctxConn) Close() error {
	c.stop()
	return c.Conn.Close()
}

// redact keeps the password (and its AUTH PLAIN encoding) out of error text.
func (c *Channel) redact(err error) error {
	if c.cfg.Password == "" {
		return err
	}
	plain := base64.StdEncoding.EncodeToString([]byte("\x00" + c.cfg.Username + "\x00" + c.cfg.Password))
	return channel.RedactError(err, c.cfg.Password, plain)
}

// Named SMTP failures that carry no reply code, in channel.Error.Code.
const (
	codeNoStartTLS  = "no_starttls"           // starttls: required, and the server offers none
	codeNoAuth      = "no_smtp_auth"          // the server offers no AUTH on this connection
	codeNoMechanism = "no_auth_mechanism"     // no AUTH mechanism go-mail will use here
	codeUntrusted   = "untrusted_certificate" // the server's certificate did not verify
)

// condition names an SMTP failure: the reply code as Status and Code, or one of the named
// conditions. go-mail reports a missing STARTTLS or AUTH only as text, so that text is read
// here, once, and nowhere else.
func condition(err error) (status int, code string) {
	if n := smtpCode(err); n != 0 {
		return n, strconv.Itoa(n)
	}
	var cv *tls.CertificateVerificationError
	msg := err.Error()
	switch {
	case errors.As(err, &cv):
		return 0, codeUntrusted
	case errors.Is(err, gomail.ErrNoSupportedAuthDiscovered):
		return 0, codeNoMechanism
	case strings.Contains(msg, "does not support STARTTLS"):
		return 0, codeNoStartTLS
	case strings.Contains(msg, "does not support SMTP AUTH"):
		return 0, codeNoAuth
	}
	return 0, ""
}

// classify maps an SMTP outcome onto channel.Error:
//   - 535 (bad credentials), 534/538 (mechanism too weak / encryption required), 530
//     (authentication required): Unauthorized, so the channel pauses instead of looping.
//   - other 5xx (550 mailbox unavailable, 553 bad address, 554, 552): Permanent.
//   - 4xx (421 closing, 450/451/452 try later): Transient.
//   - no SMTP code: a server that lacks STARTTLS under starttls: required, or lacks AUTH, or
//     presents an untrusted certificate is Unauthorized (configuration, not luck, must
//     change); connection errors and timeouts are Transient.
func classify(err error) *channel.Error {
	code, name := condition(err)
	ce := &channel.Error{Reason: channel.Transient, Err: err, Status: code, Code: name}
	switch {
	case code == 530 || code == 534 || code == 535 || code == 538:
		ce.Reason = channel.Unauthorized
	case code >= 500:
		ce.Reason = channel.Permanent
	case code >= 400:
		ce.Reason = channel.Transient
	case name != "":
		ce.Reason = channel.Unauthorized
	}
	return ce
}

// smtpCode is the server's reply code inside err (go-mail's SendError or a textproto reply), 0
// when there is none (a connection or TLS failure).
func smtpCode(err error) int {
	var se *gomail.SendError
	if errors.As(err, &se) && se.ErrorCode() != 0 {
		return se.ErrorCode()
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code
	}
	return 0
}
