package archive

import (
	"bufio"
	"context"
	"crypto/sha1"
	"crypto/tls"
	"encoding/base32"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	warc "github.com/internetarchive/gowarc"
	"github.com/internetarchive/gowarc/pkg/spooledtempfile"
)

// CaptureHeader is set on a response once its records are written: "FILE
// OFFSET RECORD-ID DATE TARGET-URI". CaptureOf reads and removes it.
const CaptureHeader = "Newsprint-Warc-Capture"

// drainLimit is how much of an unread body Close still reads so that the
// record holds the whole response (redirect bodies, aborted fetches).
const drainLimit = 64 << 10

const (
	profileIdentical   = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
	profileNotModified = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
)

// Transport returns a RoundTripper that makes its http(s) requests through
// a copy of base and writes each exchange, as the bytes crossed the wire,
// to the archive: a request and a response (or revisit) record. Other
// schemes (file://) go to base unrecorded.
//
// Connections are kept alive and reused; HTTP/2 is not offered, so every
// exchange is HTTP/1.1 and its bytes are readable in the WARC. The
// transport's proxy setting is dropped: a CONNECT tunnel would hide the
// exchange.
func (a *Archive) Transport(base *http.Transport) http.RoundTripper {
	t := base.Clone()
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	}
	tlsConf := t.TLSClientConfig
	t.Proxy = nil
	t.ForceAttemptHTTP2 = false
	t.TLSNextProto = map[string]func(string, *tls.Conn) http.RoundTripper{}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &recConn{Conn: c}, nil
	}
	t.DialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		raw, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		cfg := &tls.Config{}
		if tlsConf != nil {
			cfg = tlsConf.Clone()
		}
		if cfg.ServerName == "" {
			cfg.ServerName, _, _ = net.SplitHostPort(addr)
		}
		cfg.NextProtos = []string{"http/1.1"}
		tc := tls.Client(raw, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, err
		}
		return &recConn{Conn: tc}, nil
	}
	return &recorder{a: a, t: t, base: base}
}

type recorder struct {
	a    *Archive
	t    *http.Transport
	base http.RoundTripper
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return r.base.RoundTrip(req)
	}
	var (
		mu sync.Mutex
		ex *exchange
		rc *recConn
	)
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if c, ok := info.Conn.(*recConn); ok {
			mu.Lock()
			if ex != nil {
				// The transport retries on another connection (the
				// server closed an idle one): the first try is void.
				rc.end(ex)
				ex.discard()
			}
			rc, ex = c, c.begin()
			mu.Unlock()
		}
	}}
	date := r.a.opt.Now().UTC().Truncate(time.Second)
	resp, err := r.t.RoundTrip(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		if rc != nil {
			rc.end(ex)
			ex.discard()
		}
		return resp, err
	}
	resp.Header.Del(CaptureHeader) // only we set it
	if ex == nil {
		return resp, nil
	}
	resp.Body = &recBody{ReadCloser: resp.Body, finish: func(complete bool) {
		rc.end(ex)
		r.a.save(req, resp, ex, rc.RemoteAddr(), date, complete)
	}}
	return resp, nil
}

// recConn copies what is read and written on a connection into the
// exchange in progress. HTTP/1.1 exchanges on one connection never overlap,
// so each starts when the connection is handed to a request.
type recConn struct {
	net.Conn
	mu sync.Mutex
	ex *exchange
}

type exchange struct {
	req, resp spooledtempfile.ReadWriteSeekCloser
}

func (c *recConn) begin() *exchange {
	ex := &exchange{
		req:  spooledtempfile.NewSpooledTempFile("newsprint-warc", "", -1, false, -1),
		resp: spooledtempfile.NewSpooledTempFile("newsprint-warc", "", -1, false, -1),
	}
	c.mu.Lock()
	c.ex = ex
	c.mu.Unlock()
	return ex
}

// end stops copying into ex; later bytes on the connection belong to the
// next exchange.
func (c *recConn) end(ex *exchange) {
	c.mu.Lock()
	if c.ex == ex {
		c.ex = nil
	}
	c.mu.Unlock()
}

func (ex *exchange) discard() {
	ex.req.Close()
	ex.resp.Close()
}

func (c *recConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.mu.Lock()
		if c.ex != nil {
			c.ex.resp.Write(p[:n])
		}
		c.mu.Unlock()
	}
	return n, err
}

func (c *recConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	if c.ex != nil {
		c.ex.req.Write(p)
	}
	c.mu.Unlock()
	return c.Conn.Write(p)
}

// recBody writes the exchange's records when the body has been read to
// its end, or when it is closed early.
type recBody struct {
	io.ReadCloser
	once   sync.Once
	finish func(complete bool)
}

func (b *recBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err == io.EOF {
		b.once.Do(func() { b.finish(true) })
	}
	return n, err
}

func (b *recBody) Close() error {
	b.once.Do(func() {
		// Read a little more, so that short unread bodies (redirects,
		// errors) are archived whole.
		_, err := io.CopyN(io.Discard, b.ReadCloser, drainLimit)
		b.finish(err == io.EOF)
	})
	return b.ReadCloser.Close()
}

// save writes the records of one exchange and marks resp with where the
// response landed. complete is false when the body was not read to its end
// (the record is then marked truncated). Write errors are kept by the
// Archive and returned by Sync, which fails the crawl's next commit.
func (a *Archive) save(req *http.Request, resp *http.Response, ex *exchange, remote net.Addr, date time.Time, complete bool) {
	defer ex.discard()
	target := req.URL.String()
	respLen := ex.resp.Len()
	reqLen := ex.req.Len()
	if respLen <= 0 || reqLen <= 0 {
		return
	}
	headLen, digest, err := inspect(ex.resp, complete)
	if err != nil {
		return // not an HTTP response we can archive
	}
	respID, reqID := "<urn:uuid:"+uuid.NewString()+">", "<urn:uuid:"+uuid.NewString()+">"
	ip := ""
	if tcp, ok := remote.(*net.TCPAddr); ok {
		ip = tcp.IP.String()
	}
	h := exchangeHeader("response", respID, reqID, date, target, ip)
	if digest != "" {
		h.Set("WARC-Payload-Digest", digest)
	}
	if !complete {
		h.Set("WARC-Truncated", "length")
	}
	block := io.ReadSeeker(ex.resp)
	size := respLen
	prev, hasPrev := a.previous(target)
	switch {
	case resp.StatusCode == http.StatusNotModified:
		h.Set("WARC-Type", "revisit")
		h.Set("WARC-Profile", profileNotModified)
	case hasPrev && complete && digest != "" && digest == prev.Digest && resp.StatusCode/100 == 2:
		// The same payload as the last capture: keep the headers only.
		h.Set("WARC-Type", "revisit")
		h.Set("WARC-Profile", profileIdentical)
		size = headLen
		block = io.NewSectionReader(ex.resp, 0, headLen)
	}
	if h.Get("WARC-Type") == "revisit" && hasPrev {
		h.Set("WARC-Refers-To", prev.RecordID)
		h.Set("WARC-Refers-To-Target-URI", prev.URL)
		h.Set("WARC-Refers-To-Date", prev.Date)
	}
	h.Set("Content-Length", strconv.FormatInt(size, 10))

	rq := exchangeHeader("request", reqID, respID, date, target, ip)
	rq.Set("Content-Length", strconv.FormatInt(reqLen, 10))

	if _, err := ex.resp.Seek(0, io.SeekStart); err != nil {
		return
	}
	caps, err := a.writeBatch([]record{{header: h, content: block}, {header: rq, content: ex.req}})
	if err != nil {
		return
	}
	c := caps[0]
	entry := IndexEntry{
		URL: target, Date: date.Format(time.RFC3339), Type: h.Get("WARC-Type"), Status: resp.StatusCode,
		MIME: resp.Header.Get("Content-Type"), Digest: digest, RecordID: c.RecordID, File: c.File, Offset: c.Offset,
		Length: caps[1].Offset - c.Offset,
	}
	if !complete {
		entry.Digest = "" // a truncated payload is not the page's
	}
	if a.addIndex(entry) != nil {
		return
	}
	resp.Header.Set(CaptureHeader, fmt.Sprintf("%s %d %s %s %s", c.File, c.Offset, c.RecordID, date.Format(time.RFC3339), target))
}

// exchangeHeader starts the header of the request or response record of
// an exchange; each names the other as WARC-Concurrent-To.
func exchangeHeader(msgtype, id, concurrentTo string, date time.Time, target, ip string) warc.Header {
	h := warc.NewHeader()
	h.Set("WARC-Type", msgtype)
	h.Set("WARC-Record-ID", id)
	h.Set("WARC-Date", date.Format(time.RFC3339))
	h.Set("WARC-Target-URI", target)
	h.Set("WARC-Concurrent-To", concurrentTo)
	if ip != "" {
		h.Set("WARC-IP-Address", ip)
	}
	h.Set("Content-Type", "application/http;msgtype="+msgtype)
	return h
}

// inspect parses a captured response: the length of its status line and
// headers, and the WARC-Payload-Digest of its body (transfer coding
// removed, content coding kept), "" when the body is incomplete.
func inspect(raw io.ReadSeeker, complete bool) (headLen int64, digest string, err error) {
	if _, err := raw.Seek(0, io.SeekStart); err != nil {
		return 0, "", err
	}
	cr := &countingReader{r: raw}
	br := bufio.NewReader(cr)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return 0, "", err
	}
	headLen = cr.n - int64(br.Buffered())
	defer resp.Body.Close()
	if !complete {
		return headLen, "", nil
	}
	hash := sha1.New()
	if _, err := io.Copy(hash, resp.Body); err != nil {
		return headLen, "", nil
	}
	return headLen, "sha1:" + base32.StdEncoding.EncodeToString(hash.Sum(nil)), nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// CaptureOf returns where the response h belongs to was archived, and
// removes the mark from h.
func CaptureOf(h http.Header) (Capture, bool) {
	v := h.Get(CaptureHeader)
	if v == "" {
		return Capture{}, false
	}
	h.Del(CaptureHeader)
	f := strings.Fields(v)
	if len(f) != 5 {
		return Capture{}, false
	}
	off, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return Capture{}, false
	}
	d, err := time.Parse(time.RFC3339, f[3])
	if err != nil {
		return Capture{}, false
	}
	return Capture{File: f[0], Offset: off, RecordID: f[2], Date: d, URL: f[4]}, true
}
