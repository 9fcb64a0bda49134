package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsprint/newsprint/extractor"
)

// Offline turns archived responses (WARC records) into the articles a crawl
// emits: the same article test, canonical URLs and revisions, without the
// network. Feed it the responses in capture order. It is not safe for
// concurrent use.
type Offline struct {
	opt extractor.Options
	// dups marks duplicates as a crawl with NearDuplicates mode does; nil
	// with NearOff.
	dups *dups
	mode string
	// last is the content hash emitted last per URL, and revision its
	// revision number.
	last     map[string]string
	revision map[string]int
}

// NewOffline returns an Offline that extracts with opt; opt.ContentType is
// set from each response. Duplicates are marked or dropped as a crawl with
// Config.NearDuplicates nearDuplicates ("" for NearMark) does, in capture
// order.
func NewOffline(opt extractor.Options, nearDuplicates string) *Offline {
	o := &Offline{opt: opt, last: map[string]string{}, revision: map[string]int{}, mode: nearDuplicates}
	if o.mode == "" {
		o.mode = NearMark
	}
	if o.mode != NearOff {
		o.dups, _ = newDups(context.Background(), nil, DefaultFingerprintWindow) // no Store: no error
	}
	return o
}

// Article returns the article a crawl would emit for a response to rawURL
// fetched at the given time (a WARC record's WARC-Date), or why there is
// none: the reasons a crawl gives ("listing page", "canonical elsewhere",
// ...) and "unchanged" for an article already returned with the same text.
// The page's dates are judged against fetched, as the crawl judged them,
// unless the Options set FetchedAt. An error means the page could not be
// read at all.
func (o *Offline) Article(body []byte, rawURL, contentType string, fetched time.Time) (extractor.Article, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return extractor.Article{}, "", fmt.Errorf("bad URL %q: %w", rawURL, err)
	}
	key, err := normalizeURL(u)
	if err != nil {
		return extractor.Article{}, "", fmt.Errorf("bad URL %q: %w", rawURL, err)
	}
	opt := o.opt
	opt.ContentType = contentType
	if opt.FetchedAt.IsZero() {
		// Dates are judged against when the page was fetched (a date after
		// it is not the page's), as the crawl that archived it judged them:
		// the record's WARC-Date, not the time of the re-extraction.
		opt.FetchedAt = fetched
	}
	if o.dups != nil && textLeftOut(opt.Body) {
		opt.Body |= extractor.BodyText // for the fingerprint; mark drops it
	}
	page, err := extractor.ExtractPage(body, key, opt)
	if err != nil {
		return extractor.Article{}, "", err
	}
	a := page.Article
	if ok, why := articleVerdict(page, u); !ok {
		return a, why, nil
	}
	sameHost := func(c *url.URL) bool { return strings.EqualFold(c.Hostname(), u.Hostname()) }
	if _, elsewhere := canonicalElsewhere(a, key, sameHost); elsewhere {
		return a, "canonical elsewhere", nil
	}
	if o.last[key] == a.ContentHash {
		return a, "unchanged", nil
	}
	if o.dups != nil {
		if _, why, err := o.dups.mark(context.Background(), &a, key, o.mode, o.opt.Body); err != nil || why != "" {
			return a, why, err
		}
	}
	a.FetchedAt = fetched.UTC().Format(time.RFC3339)
	a.PreviousHash = o.last[key]
	o.revision[key]++
	a.Revision = o.revision[key]
	o.last[key] = a.ContentHash
	return a, "", nil
}

// canonicalElsewhere returns the normalised canonical URL of an article
// fetched as key, and whether it names another page in scope: the article
// is then emitted once, under that URL.
func canonicalElsewhere(a extractor.Article, key string, inScope func(*url.URL) bool) (string, bool) {
	if a.CanonicalURL == "" {
		return "", false
	}
	cu, err := url.Parse(a.CanonicalURL)
	if err != nil || !inScope(cu) {
		return "", false
	}
	ck, err := normalizeURL(cu)
	if err != nil || ck == key {
		return "", false
	}
	return ck, true
}

// ExtractFile extracts the article of one page read from a file, keyed as
// a crawl keys it: pageURL is normalised (fragment, tracking parameters and
// default port dropped, see Normalize), so that the same bytes under the
// same URL give the record a crawl gives, but for the fields only a fetch
// or a crawl's history sets (fetched_at, warc, revision, previous_hash).
// Unlike Offline.Article it applies no article verdict: the caller named
// the page. An empty pageURL leaves relative links unresolved.
func ExtractFile(body []byte, pageURL string, opt extractor.Options) (extractor.Article, error) {
	if pageURL != "" {
		key, err := Normalize(pageURL)
		if err != nil {
			return extractor.Article{}, fmt.Errorf("page URL %q: %w", pageURL, err)
		}
		pageURL = key
	}
	return extractor.Extract(body, pageURL, opt)
}
