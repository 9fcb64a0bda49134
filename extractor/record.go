package extractor

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"time"

	"github.com/newsprint/newsprint/internal/urlnorm"
)

// ArticleID returns the id of the article whose canonical URL is rawURL:
// the lower-case hex of the first 16 bytes of the SHA-256 of the URL in
// the normal form the crawl keys pages by (pipeline.Normalize: lower-case
// scheme and host, no default port, user info or fragment, a cleaned path,
// the query sorted and stripped of tracking and session parameters). It
// returns "" when rawURL is not an absolute http, https or file URL.
//
// The id depends on the URL alone, so it is the same across revisions of
// the article, across runs and across the processes of a shared crawl, and
// the same from `newsprint extract FILE --url U` as from a crawl of U.
func ArticleID(rawURL string) string {
	if rawURL == "" {
		return ""
	}
	u, err := url.Parse(rawURL)
	if err != nil || !u.IsAbs() {
		return ""
	}
	n, ok := urlnorm.URL(u)
	if !ok {
		return ""
	}
	sum := sha256.Sum256([]byte(n))
	return hex.EncodeToString(sum[:16])
}

// articleID is the id of a: from its canonical URL when the page declares
// one, else from the URL it was read from.
func articleID(a *Article) string {
	if id := ArticleID(a.CanonicalURL); id != "" {
		return id
	}
	return ArticleID(a.URL)
}

// setDates splits the chosen dates into the record's columns: the day
// always, the instant only when it is RFC 3339 (time of day and zone
// known). Provenance follows: published_date names the source of the day,
// published_at that of the instant when there is one.
func (r *resolved) setDates() {
	split := func(v, name string, day, at *string) {
		src, ok := r.prov[name+"_at"]
		if v == "" || !ok {
			return
		}
		delete(r.prov, name+"_at")
		if _, err := time.Parse(time.RFC3339, v); err == nil {
			*day, *at = v[:len(time.DateOnly)], v
			r.prov[name+"_date"], r.prov[name+"_at"] = src, src
		} else if _, err := time.Parse(time.DateOnly, v); err == nil {
			*day = v
			r.prov[name+"_date"] = src
		}
	}
	split(r.published, "published", &r.a.PublishedDate, &r.a.PublishedAt)
	split(r.modified, "modified", &r.a.ModifiedDate, &r.a.ModifiedAt)
}
