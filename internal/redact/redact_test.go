package redact

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"redis://user:s3cret@host:6379/0", "redis://user:xxxxx@host:6379/0"},
		{"redis://:s3cret@host:6379/0", "redis://:xxxxx@host:6379/0"},
		{"redis://user:s3cret@host:port/0", "redis://user:xxxxx@host:port/0"}, // does not parse
		{"redis://host:6379/0", "redis://host:6379/0"},
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
	}
	for _, c := range cases {
		if got := URL(c.in); got != c.want {
			t.Errorf("URL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestError(t *testing.T) {
	_, err := url.Parse("redis://user:s3cret@host:port/0")
	err = fmt.Errorf("redis URL: %w", Error(err))
	if strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Error(...) = %q: the password is still there", err)
	}
	var ue *url.Error
	if !errors.As(err, &ue) {
		t.Error("the url.Error is no longer in the chain")
	}
}
