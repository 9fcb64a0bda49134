package pipeline

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/newsprint/newsprint/extractor"
	"golang.org/x/net/html"
)

// Bounds on what one fetch may hand the crawl. Every body is decoded
// (Content-Encoding gzip, deflate, br, zstd; .gz files and gzip types)
// while it is read, and read to its cap: a gzip bomb costs the cap, not
// its decompressed size.
const (
	// maxURLLength drops longer URLs (links, sitemap entries, redirect
	// targets): 2,083 characters, the longest URL Internet Explorer took,
	// which sites keep to (sitemaps.org allows 2,048).
	maxURLLength = 2083
	// maxLinksPerPage is how many links one page yields, in document
	// order; the rest are dropped. A page of 100,000 links still gives its
	// first 10,000.
	maxLinksPerPage = 10_000
)

// kindHeader carries a fetch's Entry kind from dispatch to the transport
// (which picks the body cap by it) and to checkRedirect. The transport
// removes it before the request leaves the process.
const kindHeader = "Newsprint-Kind"

// bodyCap is the decompressed bytes a fetch of kind may read: Config's
// MaxBodyBytes, and for sitemaps the sitemaps.org limit (a larger sitemap
// is read to it, its first 50,000 URLs used).
func (c *Config) bodyCap(kind string) int {
	if kind == KindSitemap {
		return maxSitemapBytes
	}
	return c.MaxBodyBytes
}

// tooLarge reports whether n bytes of a fetch of kind are over its cap. A
// sitemap is never too large: it is read to its cap.
func (c *Config) tooLarge(kind string, n int64) bool {
	return kind != KindSitemap && n > int64(c.bodyCap(kind))
}

// readLimit is the most any body read through boundedTransport holds: one
// byte over the largest cap, which tells "too large" from "exactly the cap".
func (c *Config) readLimit() int {
	return max(c.MaxBodyBytes, maxSitemapBytes) + 1
}

// boundedTransport decodes and caps every response body, and reports each
// request reaching the wire to sent, if set (wire.go).
type boundedTransport struct {
	base                http.RoundTripper
	maxBody, maxSitemap int64
	sent                func(key string, at time.Time)
}

func (t *boundedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	limit := t.maxBody
	if kind := req.Header.Get(kindHeader); kind != "" {
		if kind == KindSitemap {
			limit = t.maxSitemap
		}
		req = req.Clone(req.Context()) // a RoundTripper must not change the request
		req.Header.Del(kindHeader)
	}
	resp, err := t.base.RoundTrip(traceSent(req, t.sent))
	if err != nil {
		return resp, err
	}
	decode(resp)
	resp.Body = &capped{ReadCloser: resp.Body, left: limit + 1}
	return resp, nil
}

// decode replaces resp.Body with its decoded stream: the Content-Encoding
// (unless the transport decoded it already), then a gzip file (.gz path or
// gzip type) by its magic bytes, so that a server that sends a .xml.gz
// decompressed is read as it is. resp.Uncompressed is set so that colly
// does not gunzip again, unbounded.
func decode(resp *http.Response) {
	coding := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	body := resp.Body
	var dec func(io.Reader) (io.Reader, error)
	switch coding {
	case "gzip", "x-gzip":
		dec = func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }
	case "deflate":
		dec = inflate
	case "br":
		dec = func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }
	case "zstd":
		dec = func(r io.Reader) (io.Reader, error) {
			d, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
			if err != nil {
				return nil, err
			}
			return d.IOReadCloser(), nil
		}
	}
	if dec != nil && !resp.Uncompressed {
		body = &lazyDecoder{src: body, dec: dec}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
	}
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	if resp.Request != nil && (strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".gz") || strings.Contains(ct, "gzip")) {
		body = &lazyDecoder{src: body, dec: gunzipIfGzip}
	}
	resp.Body = body
	resp.Uncompressed = true
}

// inflate reads "deflate", which servers send zlib-wrapped or raw.
func inflate(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	if head, err := br.Peek(2); err == nil && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}

// gunzipIfGzip decodes r if it starts with gzip's magic bytes.
func gunzipIfGzip(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		return gzip.NewReader(br)
	}
	return br, nil
}

// lazyDecoder starts decoding at the first Read, so that RoundTrip does not
// block on the body, and a broken stream fails the read, not the request.
type lazyDecoder struct {
	src io.ReadCloser
	dec func(io.Reader) (io.Reader, error)
	r   io.Reader
	err error
}

func (l *lazyDecoder) Read(p []byte) (int, error) {
	if l.r == nil && l.err == nil {
		// On failure l.r stays nil: gzip.NewReader's nil *gzip.Reader,
		// kept as an io.Reader, would not be nil, and Close would call it.
		r, err := l.dec(l.src)
		if err != nil {
			l.err = err
		} else {
			l.r = r
		}
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.r.Read(p)
}

func (l *lazyDecoder) Close() error {
	if c, ok := l.r.(io.Closer); ok {
		c.Close()
	}
	return l.src.Close()
}

// capped ends a body after left bytes, as if it ended there. The reader
// sees one byte more than the cap and knows the body was larger; closing
// the unread rest drops the connection instead of downloading it.
type capped struct {
	io.ReadCloser
	left int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.ReadCloser.Read(p)
	c.left -= int64(n)
	return n, err
}

// maxMarkupText is the longest run of bytes without a '<' that a sitemap
// may have: a <loc> is at most 2,083 characters, and white space between
// elements is a few. encoding/xml holds each text token whole, so 50 MB of
// white space (a gzip bomb compresses it 1,000 to 1) would cost the
// decoder's buffer 64 MB and seconds of CPU, per sitemap in hand. A
// comment or CDATA section is one token too, whatever '<' it holds, and is
// bounded the same way.
const maxMarkupText = 64 << 10

var errLongText = errors.New("text run longer than 64 KiB: not a sitemap")

// markupText ends a stream with errLongText at the first run of more than
// maxMarkupText bytes without markup: without a '<', or inside one comment
// or CDATA section.
type markupText struct {
	r   io.Reader
	run int
	// opened is what follows the last '<' so far, while it may still open
	// a comment or CDATA section; closer is the end awaited inside one
	// ("-->" or "]]>"), and closing how many of its two first bytes were
	// just seen.
	opened  []byte
	closer  string
	closing int
}

const (
	openComment = "<!--"
	openCDATA   = "<![CDATA["
)

func (m *markupText) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	for i, b := range p[:n] {
		if m.closer != "" {
			m.inSection(b)
		} else if b == '<' {
			m.run, m.opened = 0, append(m.opened[:0], b)
			continue
		} else if len(m.opened) > 0 {
			m.opening(b)
		}
		if m.run++; m.run > maxMarkupText {
			return i, errLongText
		}
	}
	return n, err
}

// opening follows the bytes after a '<' until they open a comment or CDATA
// section, or cannot.
func (m *markupText) opening(b byte) {
	m.opened = append(m.opened, b)
	switch o := m.opened; {
	case bytes.Equal(o, []byte(openComment)):
		m.closer = "-->"
	case bytes.Equal(o, []byte(openCDATA)):
		m.closer = "]]>"
	case bytes.HasPrefix([]byte(openComment), o) || bytes.HasPrefix([]byte(openCDATA), o):
		return
	}
	m.opened = m.opened[:0]
	if m.closer != "" {
		m.run, m.closing = 0, 0
	}
}

// inSection follows a comment or CDATA section to its end ("-->", "]]>":
// two equal bytes, then '>').
func (m *markupText) inSection(b byte) {
	switch {
	case m.closing == 2 && b == '>':
		m.closer, m.run = "", -1 // the '>' is counted next, as markup
	case b == m.closer[0]:
		m.closing = min(m.closing+1, 2)
	default:
		m.closing = 0
	}
}

// firstLinks returns at most maxLinksPerPage of links.
func firstLinks(links []string) []string {
	return links[:min(len(links), maxLinksPerPage)]
}

// tooLargeLinks handles a page the extractor refused as too large (too
// many elements, say a page of 100,000 links) as linksOnly does. It
// reports false for other errors.
func (k *crawler) tooLargeLinks(key string, body []byte, pageURL string, depth int, err error) bool {
	if !errors.Is(err, extractor.ErrTooLarge) {
		return false
	}
	k.linksOnly(key, body, pageURL, depth)
	return true
}

// linksOnly handles a page too large to extract: refused by the extractor,
// or over --max-bytes and cut there (its first MaxBodyBytes, as Heritrix
// and wget keep a truncated download and extract its links). It is
// recorded as skipped ("too large"), which later runs do not retry, and
// its first maxLinksPerPage links are read with a tokenizer (no tree is
// built) and queued. No article is taken from a cut page: its text may
// stop short, and a re-extraction of the WARC skips the truncated record.
func (k *crawler) linksOnly(key string, body []byte, pageURL string, depth int) {
	if depth < k.cfg.MaxDepth {
		k.queueLinks(scanLinks(body, pageURL), depth+1)
	}
	k.note(Outcome{URL: key, Status: StatusSkipped, Reason: "too large"}, true)
}

// scanLinks returns the first maxLinksPerPage <a href> of an HTML page,
// resolved against pageURL.
func scanLinks(body []byte, pageURL string) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	var links []string
	z := html.NewTokenizer(bytes.NewReader(body))
	for len(links) < maxLinksPerPage {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if string(name) != "a" && string(name) != "area" {
			continue
		}
		for hasAttr {
			var key, val []byte
			key, val, hasAttr = z.TagAttr()
			if string(key) == "href" {
				links = append(links, resolveRef(base, string(val)))
			}
		}
	}
	return links
}
