package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsprint/newsprint/internal/redact"
)

// maxRedirects is how many redirects one fetch follows, as net/http does.
const maxRedirects = 10

// redirectError is a redirect the crawl refused to follow: its target was
// out of scope, excluded, disallowed by robots.txt, or of another scheme.
// reason is the outcome's reason ("redirect: off site").
type redirectError struct {
	target    string
	reason    string
	transient bool // robots.txt of the target unavailable: retried next run
}

func (e *redirectError) Error() string {
	return fmt.Sprintf("not following redirect to %s: %s", redact.URL(e.target), e.reason)
}

// checkRedirect is the CheckRedirect of the crawl's fetches: every redirect
// target is checked against the crawl's scope, filters, scheme and the
// target's robots.txt before it is requested. Scrapy stopped following
// redirects to other schemes in 2.11.2; a redirect from http to file://
// would open a local file.
func (k *crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return http.ErrUseLastResponse // recorded as the 3xx it is
	}
	from, to := via[len(via)-1].URL, req.URL
	refuse := func(reason string) error { return &redirectError{target: to.String(), reason: "redirect: " + reason} }
	if !sameSchemeFamily(from, to) {
		return refuse("scheme " + to.Scheme)
	}
	if len(to.String()) > maxURLLength {
		return refuse("URL too long")
	}
	if !k.cfg.inScope(to) {
		return refuse("off site")
	}
	n, err := normalizeURL(to)
	if err != nil {
		return refuse("bad URL")
	}
	if k.cfg.excluded(n) {
		return refuse("excluded")
	}
	if req.Header.Get(kindHeader) == KindPage && !k.cfg.wanted(n) {
		return refuse("not included")
	}
	rb := k.robots.get(req.Context(), to)
	if rb.temporary {
		e := refuse("robots.txt: " + rb.cause).(*redirectError)
		e.transient = true
		return e
	}
	if !rb.allowed(to) {
		return refuse("robots.txt")
	}
	if to.Host != from.Host {
		req.Header.Del("Authorization")
	}
	return nil
}

// sameSchemeFamily reports whether a redirect from one URL to another stays
// on the web (http and https) or within file://.
func sameSchemeFamily(from, to *url.URL) bool {
	web := func(s string) bool { return s == "http" || s == "https" }
	if web(from.Scheme) {
		return web(to.Scheme)
	}
	return from.Scheme == "file" && to.Scheme == "file"
}

// refusal returns the outcome of a fetch that ended in a refused redirect
// or a body over its cap, recorded as fetched.
func refusal(key string, err error) (Outcome, bool) {
	var re *redirectError
	if errors.As(err, &re) {
		status := StatusSkipped
		if re.transient {
			status = StatusFailed
		}
		return Outcome{URL: key, Status: status, Reason: re.reason}, true
	}
	return Outcome{}, false
}

// resolvedPath is p with its symbolic links resolved, so that a file://
// crawl's scope check sees where a path really leads. A path that does not
// resolve (it does not exist) is returned cleaned.
func resolvedPath(p string) string {
	p = filepath.Clean(p)
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// fileInRoots reports whether the file path p, symbolic links resolved,
// lies in one of roots (directories with a trailing slash).
func fileInRoots(p string, roots []string) bool {
	r := resolvedPath(p)
	for _, root := range roots {
		if strings.HasPrefix(r+"/", root) {
			return true
		}
	}
	return false
}

// scopedDir is the file system of file:// fetches: the crawl's roots
// only, symbolic links resolved before the check, so that a link or a
// redirect cannot lead a mirror's crawl out of its directory.
type scopedDir struct{ roots []string }

func (d scopedDir) Open(name string) (http.File, error) {
	if !fileInRoots(name, d.roots) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return os.Open(resolvedPath(name))
}
