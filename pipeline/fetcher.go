package pipeline

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"

	"github.com/gocolly/colly/v2"
)

// fetcher makes one request and reads its response within the crawl's
// bounds: Timeout for the whole exchange (a server that trickles its
// headers or its body a byte at a time is cut off with the rest), and
// MaxBodyBytes. It does not follow redirects: a 3xx is a response, whose
// Location the crawl vets and queues as a hop of the same page on its
// host, so that the hop waits its host's turn (scope.go). colly lives in
// this file only; sitemaps, feeds and seeds are requested with net/http
// over the same Transport, so that a sitemap is parsed as it downloads
// (stream.go).
//
// fetch is safe for concurrent use; each call runs its request on the
// calling goroutine, so a slow response holds its caller and nothing else.
type fetcher struct {
	c *colly.Collector
	// client makes the requests of sitemaps, feeds and seeds (stream.go).
	client *http.Client
	cfg    *Config
	// wanted says, from the headers of a 2xx response, whether its body is
	// worth reading: "" if so, else the reason to skip it.
	wanted func(e Entry, contentType string) string
	// listing reads a sitemap or feed body as it downloads, queueing what
	// it lists, and says what it was: "sitemap", "index", "feed", or "none".
	listing func(res *response, body io.Reader) string
}

// response is a response as the server sent it.
type response struct {
	URL    *url.URL // the URL requested
	Status int
	Header http.Header
	// ContentType is the Content-Type header as sent (colly would transcode
	// the body by its charset; the extractor weighs it with the bytes).
	ContentType string
	Body        []byte // nil unless the status is 2xx
	// Truncated says Body is the first MaxBodyBytes of a larger body.
	Truncated bool
	// listing, when the body was a sitemap's or feed's, read as it
	// downloaded (stream.go), says what it was: "sitemap", "index" (a
	// sitemap index), "feed", or "none" if neither. Body is then nil.
	listing string
}

// skipError is a response left unread after its headers.
type skipError struct{ reason string }

func (e *skipError) Error() string { return "pipeline: skipped: " + e.reason }

// newFetcher makes a fetcher. ctx is the context of every request: its
// cancellation cuts off the fetches in flight (the hard stop). wanted and
// listing are the page handling's (fetcher fields).
func newFetcher(ctx context.Context, cfg *Config, wanted func(Entry, string) string, listing func(*response, io.Reader) string) *fetcher {
	// Not colly.NewCollector, which then applies the COLLY_* environment
	// variables over the options: COLLY_IGNORE_ROBOTSTXT=no had colly
	// fetch robots.txt again before the pages, outside the host's spacing,
	// COLLY_USER_AGENT send another User-Agent than robots.txt was read
	// for, COLLY_CACHE_DIR answer from a cache. Only cmd reads the
	// environment.
	c := &colly.Collector{}
	c.Init()
	for _, opt := range []colly.CollectorOption{
		colly.UserAgent(cfg.UserAgent),
		colly.AllowURLRevisit(), // the Store decides what is new
		colly.IgnoreRobotsTxt(), // robots.go applies robots.txt, Crawl-delay included
		colly.StdlibContext(ctx),
	} {
		opt(c)
	}
	c.MaxBodySize = cfg.readLimit() // bounds.go: every body decoded and capped by its kind
	// One charset detector: the extractor's, which also decodes pages read
	// back from WARC files. colly's would transcode bodies first.
	c.DetectCharset = false
	// A redirect is handed back, not followed (scope.go: redirect).
	c.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })
	c.WithTransport(cfg.Transport)
	// http.Client.Timeout bounds the whole exchange, body included.
	c.SetRequestTimeout(cfg.Timeout)
	// One cookie jar for both clients, as one colly Collector would have.
	jar, _ := cookiejar.New(nil) // no error without options
	c.SetCookieJar(jar)
	client := &http.Client{
		Transport:     cfg.Transport,
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	f := &fetcher{c: c, client: client, cfg: cfg, wanted: wanted, listing: listing}
	c.OnResponseHeaders(f.onHeaders)
	c.OnResponse(func(r *colly.Response) {
		st := stateOf(r)
		st.resp = &response{URL: r.Request.URL, Status: r.StatusCode, Header: *r.Headers, ContentType: st.contentType(r), Body: r.Body}
	})
	c.OnError(func(r *colly.Response, err error) {
		st := stateOf(r)
		if st.skip != "" {
			return
		}
		st.err = err
		if r.StatusCode != 0 {
			st.resp = &response{URL: r.Request.URL, Status: r.StatusCode, ContentType: st.contentType(r)}
			if r.Headers != nil {
				st.resp.Header = *r.Headers
			}
		}
	})
	return f
}

// fetchState is one request's state in colly's context.
type fetchState struct {
	entry Entry
	// sentType is the Content-Type as sent, when onHeaders hid its charset
	// from colly; "" otherwise.
	sentType string
	skip     string
	resp     *response
	err      error
}

const fetchKey = "newsprint"

func stateOf(r *colly.Response) *fetchState {
	if st, ok := r.Ctx.GetAny(fetchKey).(*fetchState); ok {
		return st
	}
	return &fetchState{} // not a request of ours; colly makes none such
}

func (st *fetchState) contentType(r *colly.Response) string {
	if st.sentType != "" || r.Headers == nil {
		return st.sentType
	}
	return r.Headers.Get("Content-Type")
}

// fetch GETs e.URL with the extra headers hdr. An HTTP error status is a
// response, not an error; the error is a transport failure (refused,
// reset, timed out, cancelled) or a *skipError.
//
// A body over the cap of e's kind is cut there (Truncated). Sitemaps,
// feeds and seeds are requested by stream, which reads a sitemap or feed
// as it downloads.
func (f *fetcher) fetch(e Entry, hdr http.Header) (*response, error) {
	if rereadKind(e.Kind) {
		return f.stream(e, hdr)
	}
	st := &fetchState{entry: e}
	cctx := colly.NewContext()
	cctx.Put(fetchKey, st)
	err := f.c.Request(http.MethodGet, e.URL, nil, cctx, hdr)
	switch {
	case st.skip != "":
		return nil, &skipError{st.skip}
	case st.resp != nil && st.resp.Status >= 200 && st.resp.Status < 300 && st.err == nil:
		return f.bounded(e, st.resp, st.resp.Body), nil
	case st.resp != nil:
		st.resp.Body = nil
		return st.resp, nil
	case st.err != nil:
		return nil, st.err
	case err != nil:
		return nil, err
	}
	return nil, errors.New("pipeline: no response") // colly gave neither
}

func (f *fetcher) onHeaders(r *colly.Response) {
	if r.StatusCode >= 300 {
		return // errors and 304 go to OnError
	}
	st := stateOf(r)
	raw := r.Headers.Get("Content-Type")
	if reason := f.wanted(st.entry, raw); reason != "" {
		st.skip = reason
		r.Request.Abort()
		return
	}
	ct := strings.ToLower(raw)
	if strings.Contains(ct, "html") && strings.Contains(ct, "charset") {
		// colly would transcode the body by the header's charset before
		// OnResponse, even bytes that are valid UTF-8 under a wrong label.
		// The extractor weighs the header, the bytes and <meta> together,
		// as it does when it re-extracts the page from a WARC file.
		media, _, _ := strings.Cut(raw, ";")
		st.sentType = raw
		r.Headers.Set("Content-Type", media)
	}
}

// bounded gives res the body b, cut to the cap of e's kind: a page over
// --max-bytes is read to it, not skipped unread, so that the crawl can take
// the links of its first MaxBodyBytes (bounds.go), as Heritrix and wget
// keep a truncated download.
func (f *fetcher) bounded(e Entry, res *response, b []byte) *response {
	if limit := f.cfg.bodyCap(e.Kind); len(b) > limit {
		b, res.Truncated = b[:limit], true
	}
	res.Body = b
	return res
}
