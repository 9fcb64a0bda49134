package archive

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	warc "github.com/internetarchive/gowarc"
	"github.com/klauspost/compress/zstd"
)

// IsWARC reports whether head, the first bytes of a file (512 are
// plenty), starts a WARC file, gzipped per record or not.
func IsWARC(head []byte) bool {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	if !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var b [5]byte
	n, _ := io.ReadFull(zr, b[:])
	return string(b[:n]) == "WARC/"
}

// Response is an HTML response record read from a WARC file.
type Response struct {
	URL         string    // WARC-Target-URI
	Date        time.Time // WARC-Date
	ContentType string    // the HTTP Content-Type, for the charset
	// Body is the HTTP payload with its transfer and content codings
	// removed.
	Body    []byte
	Capture Capture // Offset is -1 in an uncompressed WARC file
}

// ScanStats counts what a Scan read.
type ScanStats struct {
	Records int
	// HTML counts the responses handed to the callback.
	HTML int
	// Revisits counts the records handed to Visitor.Revisit.
	Revisits int
	// Metadata counts the records handed to Visitor.Metadata.
	Metadata int
	// Skipped counts the other records by reason: "request record",
	// "not HTML", "HTTP 404", "too large"...
	Skipped map[string]int
}

// Scan streams the WARC file r (named file, for Captures and errors) and
// calls fn for every successful (200) HTML response record, in file
// order. Record blocks over 1 MB are spooled to disk, so a multi-GB file
// is read in bounded memory; bodies larger than maxBody are skipped.
//
// A torn or corrupt record ends the scan with an error that gives its
// offset; the records before it have been handed to fn. An error from fn
// ends the scan and is returned.
func Scan(r io.Reader, file string, maxBody int, fn func(Response) error) (ScanStats, error) {
	return Walk(r, file, maxBody, Visitor{Response: fn})
}

// Visitor receives the records Walk hands over. A nil func skips its
// records (counted in ScanStats.Skipped).
type Visitor struct {
	// Response receives every successful (200) HTML response record.
	Response func(Response) error
	// Revisit receives every revisit record: a capture whose payload the
	// record does not hold, being that of the record it refers to.
	Revisit func(Revisit) error
	// Metadata receives every metadata and warcinfo record whose block is
	// named fields (application/warc-fields), such as those Describe
	// writes and the warcinfo record that opens each file (with the fields
	// given to Declare).
	Metadata func(Metadata) error
}

// Walk is Scan with a Visitor: it hands over the HTML responses and the
// metadata records of r, in file order.
func Walk(r io.Reader, file string, maxBody int, v Visitor) (ScanStats, error) {
	st := ScanStats{Skipped: map[string]int{}}
	wr, err := warc.NewReader(r)
	if err != nil {
		return st, err
	}
	defer wr.Close()
	var pos int64 // offset of the next record, as far as gowarc reports it
	for {
		rec, err := wr.ReadRecord()
		if err == io.EOF {
			return st, nil
		}
		if err != nil {
			return st, fmt.Errorf("record %d (after offset %d): %w", st.Records+1, pos, err)
		}
		st.Records++
		if rec.Offset >= 0 {
			pos = rec.Offset + rec.Size
		}
		typ := strings.ToLower(rec.Header.Get("WARC-Type"))
		if v.Metadata != nil && (typ == "metadata" || typ == "warcinfo") {
			m, why := readMetadata(rec)
			rec.Content.Close()
			if why != "" {
				st.Skipped[why]++
				continue
			}
			st.Metadata++
			if err := v.Metadata(m); err != nil {
				return st, err
			}
			continue
		}
		if v.Revisit != nil && typ == "revisit" {
			r := readRevisit(rec, file)
			rec.Content.Close()
			st.Revisits++
			if err := v.Revisit(r); err != nil {
				return st, err
			}
			continue
		}
		resp, why := readResponse(rec, file, maxBody)
		rec.Content.Close()
		if why == "" && v.Response == nil {
			why = "response record"
		}
		if why != "" {
			st.Skipped[why]++
			continue
		}
		st.HTML++
		if err := v.Response(resp); err != nil {
			return st, err
		}
	}
}

// Revisit is a revisit record: a capture of URL at Date whose payload is
// that of the record RefersTo (WARC 1.1, section 6.7).
type Revisit struct {
	URL      string    // WARC-Target-URI
	Date     time.Time // WARC-Date
	RefersTo string    // WARC-Refers-To, if given
	// Identical reports the identical-payload-digest profile: the same
	// payload as RefersTo's (not a 304's headers only).
	Identical bool
	Capture   Capture
}

func readRevisit(rec *warc.Record, file string) Revisit {
	date, _ := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date"))
	target := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> ")
	return Revisit{
		URL: target, Date: date.UTC(), RefersTo: strings.TrimSpace(rec.Header.Get("WARC-Refers-To")),
		Identical: strings.HasSuffix(rec.Header.Get("WARC-Profile"), "/revisit/identical-payload-digest"),
		Capture:   Capture{File: file, RecordID: rec.Header.Get("WARC-Record-ID"), Offset: rec.Offset, Date: date.UTC(), URL: target},
	}
}

// readResponse returns the HTML page in rec, or why it has none.
func readResponse(rec *warc.Record, file string, maxBody int) (Response, string) {
	typ := strings.ToLower(rec.Header.Get("WARC-Type"))
	if typ != "response" {
		if typ == "" {
			typ = "untyped"
		}
		return Response{}, typ + " record"
	}
	if rec.Header.Get("WARC-Truncated") != "" {
		// A cut payload is not the page: newsprint's crawl writes one for
		// a page it skipped as too large or lost mid-body, and emitted
		// nothing for it (WARC 1.1, section 5.13).
		return Response{}, "truncated"
	}
	target := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> ")
	if !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		return Response{}, "not HTTP"
	}
	if ct := strings.ToLower(rec.Header.Get("Content-Type")); ct != "" && !strings.HasPrefix(ct, "application/http") {
		return Response{}, "not HTTP"
	}
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return Response{}, "unreadable"
	}
	resp, err := http.ReadResponse(bufio.NewReader(rec.Content), nil)
	if err != nil {
		return Response{}, "bad HTTP message"
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Response{}, fmt.Sprintf("HTTP %d", resp.StatusCode)
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" && !strings.Contains(strings.ToLower(ct), "html") {
		return Response{}, "not HTML"
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, int64(maxBody)+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return Response{}, "bad HTTP message"
	}
	page := raw
	if coding := resp.Header.Get("Content-Encoding"); coding != "" {
		// Browser-based archivers store bodies already decoded but keep
		// the header: a body that does not decode is taken as it is.
		if body, err := decode(bytes.NewReader(raw), coding); err == nil {
			if dec, err := io.ReadAll(io.LimitReader(body, int64(maxBody)+1)); err == nil {
				page = dec
			}
			body.Close()
		}
	}
	if len(page) > maxBody {
		return Response{}, "too large"
	}
	if ct == "" && !strings.Contains(http.DetectContentType(page), "html") {
		return Response{}, "not HTML"
	}
	date, _ := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date"))
	return Response{
		URL:         target,
		Date:        date.UTC(),
		ContentType: ct,
		Body:        page,
		Capture:     Capture{File: file, RecordID: rec.Header.Get("WARC-Record-ID"), Offset: rec.Offset, Date: date.UTC(), URL: target},
	}, ""
}

// decode removes a content coding.
func decode(body io.Reader, coding string) (io.ReadCloser, error) {
	switch strings.ToLower(strings.TrimSpace(coding)) {
	case "", "identity":
		return io.NopCloser(body), nil
	case "gzip", "x-gzip":
		return gzip.NewReader(body)
	case "deflate":
		// Servers send zlib-wrapped or raw deflate under this name.
		br := bufio.NewReader(body)
		if head, err := br.Peek(2); err == nil && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
			return zlib.NewReader(br)
		}
		return flate.NewReader(br), nil
	case "br":
		return io.NopCloser(brotli.NewReader(body)), nil
	case "zstd":
		d, err := zstd.NewReader(body, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, err
		}
		return d.IOReadCloser(), nil
	}
	return nil, fmt.Errorf("unsupported content coding %q", coding)
}
