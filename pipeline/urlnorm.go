package pipeline

import (
	"net/url"
	"strings"

	"github.com/newsprint/newsprint/internal/urlnorm"
)

// Normalize returns the canonical form of a URL, used as its identity in
// the crawl state: lower-case scheme and host, no default port, no
// fragment, a cleaned path, sorted query without tracking and session
// parameters (utm_*, fbclid, gclid, session ids). It fails for URLs that are
// not http, https or file. Article ids (extractor.ArticleID) are derived
// from the same form.
func Normalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	return normalizeURL(u)
}

func normalizeURL(u *url.URL) (string, error) {
	n, ok := urlnorm.URL(u)
	if !ok {
		return "", &url.Error{Op: "normalize", URL: u.String(), Err: errScheme}
	}
	return n, nil
}
