// Package redact keeps secrets out of logs and errors.
package redact

import (
	"net/url"
	"regexp"
)

// userinfo matches the password of a URL's userinfo, for URLs that do not
// parse: "scheme://user:PASSWORD@".
var userinfo = regexp.MustCompile(`(//[^/@:\s]*):[^/@\s]*@`)

// URL returns raw with the password of its userinfo replaced by "xxxxx",
// whether or not raw parses as a URL.
func URL(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		if _, has := u.User.Password(); has {
			return u.Redacted()
		}
		if u.User == nil || !userinfo.MatchString(raw) {
			return raw
		}
	}
	return userinfo.ReplaceAllString(raw, "$1:xxxxx@")
}

// Error returns err with every URL error's URL redacted (a url.Error
// echoes the whole URL, password included). It changes err in place and
// returns it, so that errors.Is and errors.As still see the chain. Call it
// before wrapping err: fmt.Errorf fixes its message when called.
func Error(err error) error {
	for e := err; e != nil; {
		if ue, ok := e.(*url.Error); ok {
			ue.URL = URL(ue.URL)
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			break
		}
		e = u.Unwrap()
	}
	return err
}
