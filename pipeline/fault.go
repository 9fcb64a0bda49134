package pipeline

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"os"
	"strings"
	"syscall"
)

// faultCause names why a request failed, in a few words that are the same
// for every URL with the same cause, so that the summary counts failures
// per cause ("DNS lookup failed: 12") and a log line says what went wrong
// without a wall of wrapped errors. Causes not recognised fall back to the
// innermost message, shortened.
func faultCause(err error) string {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var recordHeader tls.RecordHeaderError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return "DNS: no such host"
		}
		if dns.IsTimeout {
			return "DNS: timeout"
		}
		return "DNS lookup failed"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "connection reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "host unreachable"
	case errors.As(err, &cert), errors.As(err, &unknownAuth), errors.As(err, &hostname), errors.As(err, &invalid):
		return "TLS certificate rejected"
	case errors.As(err, &recordHeader):
		return "TLS handshake failed"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), isTimeout(err):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	s := err.Error()
	if strings.Contains(s, "tls:") || strings.Contains(s, "x509:") {
		return "TLS handshake failed"
	}
	return shortErr(err)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
