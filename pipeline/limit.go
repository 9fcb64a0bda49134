package pipeline

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// limitedTransport makes every http(s) request wait for its host's turn
// from a HostLimiter shared with other processes, and holds the turn until
// the response body is read or closed. The request timeout runs from the
// turn, not from the wait: the clients above it have none.
type limitedTransport struct {
	base     http.RoundTripper
	lim      HostLimiter
	parallel int
	delay    time.Duration
	timeout  time.Duration
	crawl    sync.Map // host -> robots.txt Crawl-delay, once known
}

func (t *limitedTransport) setCrawlDelay(host string, d time.Duration) { t.crawl.Store(host, d) }

func (t *limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return t.base.RoundTrip(req)
	}
	delay := t.delay
	if d, ok := t.crawl.Load(req.URL.Host); ok {
		delay = max(delay, d.(time.Duration))
	}
	release, err := t.lim.Acquire(req.Context(), req.URL.Host, t.parallel, delay)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(req.Context(), t.timeout)
	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		release()
		return nil, err
	}
	resp.Body = &releaseBody{ReadCloser: resp.Body, release: func() { cancel(); release() }}
	return resp, nil
}

type releaseBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releaseBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.once.Do(b.release)
	}
	return n, err
}

func (b *releaseBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}
