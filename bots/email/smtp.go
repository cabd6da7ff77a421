package email

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/textproto"
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
		return ce
	}
	return nil
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

// classify maps an SMTP outcome onto channel.Error:
//   - 535 (bad credentials), 534/538 (mechanism too weak / encryption required), 530
//     (authentication required): Unauthorized, so the channel pauses instead of looping.
//   - other 5xx (550 mailbox unavailable, 553 bad address, 554, 552): Permanent.
//   - 4xx (421 closing, 450/451/452 try later): Transient.
//   - no SMTP code: a server that lacks STARTTLS under starttls: required, or lacks AUTH, or
//     presents an untrusted certificate is Unauthorized (configuration, not luck, must
//     change); connection errors and timeouts are Transient.
func classify(err error) *channel.Error {
	code := 0
	var se *gomail.SendError
	if errors.As(err, &se) {
		code = se.ErrorCode()
	}
	var te *textproto.Error
	if code == 0 && errors.As(err, &te) {
		code = te.Code
	}
	ce := &channel.Error{Reason: channel.Transient, Err: err}
	var cv *tls.CertificateVerificationError
	msg := err.Error()
	switch {
	case code == 530 || code == 534 || code == 535 || code == 538:
		ce.Reason = channel.Unauthorized
	case code >= 500:
		ce.Reason = channel.Permanent
	case code >= 400:
		ce.Reason = channel.Transient
	case errors.As(err, &cv), strings.Contains(msg, "does not support STARTTLS"),
		strings.Contains(msg, "does not support SMTP AUTH"), errors.Is(err, gomail.ErrNoSupportedAuthDiscovered):
		ce.Reason = channel.Unauthorized
	}
	return ce
}
