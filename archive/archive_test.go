package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	warc "github.com/internetarchive/gowarc"
)

// site serves pages whose bodies name their own path, in several framings.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// Large enough for chunked encoding: no Content-Length.
		// Filler that compresses little, so that file sizes grow.
		rng := rand.New(rand.NewPCG(uint64(len(r.URL.Path)), 7))
		filler := make([]byte, 3000)
		for i := range filler {
			filler[i] = 'a' + byte(rng.IntN(26))
		}
		fmt.Fprintf(w, "<html><body><p>page %s</p><p>%s</p></body></html>", r.URL.Path, filler)
	})
	mux.HandleFunc("/small", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>small page body</p>")
	})
	mux.HandleFunc("/gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, "<html><body><p>compressed page</p></body></html>")
		zw.Close()
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page/target", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>etag page</p>")
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func openArchive(t *testing.T, dir string, maxSize int64) *Archive {
	t.Helper()
	a, err := Open(Options{Dir: dir, MaxSize: maxSize, Software: "newsprint-test"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func get(t *testing.T, c *http.Client, u string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// readAll returns every record of the finished WARC files in dir, with
// its block, and fails on any read error.
type rec struct {
	h      warc.Header
	block  []byte
	file   string
	offset int64
}

func readAll(t *testing.T, dir string) []rec {
	t.Helper()
	files, err := Files(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no WARC files in %s (%v)", dir, err)
	}
	var out []rec
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		r, err := warc.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		for {
			record, err := r.ReadRecord()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			b, _ := io.ReadAll(record.Content)
			record.Content.Close()
			out = append(out, rec{record.Header, b, filepath.Base(p), record.Offset})
		}
		f.Close()
	}
	return out
}

func sha1Digest(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// payload parses a response block and returns its body without transfer
// coding.
func payload(t *testing.T, block []byte) []byte {
	t.Helper()
	resp, err := http.ReadResponse(bufioReader(block), nil)
	if err != nil {
		t.Fatalf("response block does not parse: %v", err)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("response body: %v", err)
	}
	return b
}

// Every exchange becomes a request and a response record holding the
// bytes as sent: chunked framing and gzip kept, digests right, the pair
// linked, and the capture mark pointing at the response record.
func TestRecordsExchanges(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	marks := map[string]Capture{}
	for _, p := range []string{"/page/one", "/small", "/gz", "/moved"} {
		resp, body := get(t, client, s.URL+p)
		if p == "/gz" && string(body) != "<html><body><p>compressed page</p></body></html>" {
			t.Errorf("the client got %q for /gz: the recording must not change what it reads", body)
		}
		c, ok := CaptureOf(resp.Header)
		if !ok {
			t.Fatalf("%s: no capture mark", p)
		}
		if resp.Header.Get(CaptureHeader) != "" {
			t.Errorf("CaptureOf left the mark in the header")
		}
		marks[resp.Request.URL.Path] = c
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, dir)
	if typ := recs[0].h.Get("WARC-Type"); typ != "warcinfo" {
		t.Fatalf("first record is %q, want warcinfo", typ)
	}
	byID := map[string]rec{}
	for _, r := range recs {
		byID[r.h.Get("WARC-Record-ID")] = r
		if got := sha1Digest(r.block); r.h.Get("WARC-Block-Digest") != got {
			t.Errorf("%s %s: block digest %s, computed %s", r.h.Get("WARC-Type"), r.h.Get("WARC-Target-URI"), r.h.Get("WARC-Block-Digest"), got)
		}
		if r.h.Get("WARC-Warcinfo-ID") == "" && r.h.Get("WARC-Type") != "warcinfo" {
			t.Errorf("record without WARC-Warcinfo-ID")
		}
	}
	responses := 0
	for _, r := range recs {
		if r.h.Get("WARC-Type") != "response" {
			continue
		}
		responses++
		target := r.h.Get("WARC-Target-URI")
		body := payload(t, r.block)
		if got := sha1Digest(body); r.h.Get("WARC-Payload-Digest") != got {
			t.Errorf("%s: payload digest %s, computed %s", target, r.h.Get("WARC-Payload-Digest"), got)
		}
		if strings.HasPrefix(target, s.URL+"/page/") && !bytes.Contains(body, []byte("page "+strings.TrimPrefix(target, s.URL))) {
			t.Errorf("%s: the response record holds another page's body", target)
		}
		req, ok := byID[r.h.Get("WARC-Concurrent-To")]
		if !ok || req.h.Get("WARC-Type") != "request" || req.h.Get("WARC-Concurrent-To") != r.h.Get("WARC-Record-ID") {
			t.Errorf("%s: response and request records are not linked", target)
		}
		if !bytes.HasPrefix(req.block, []byte("GET "+strings.TrimPrefix(target, s.URL)+" HTTP/1.1\r\n")) {
			t.Errorf("%s: request record starts %q", target, req.block[:min(40, len(req.block))])
		}
		if r.h.Get("WARC-IP-Address") != "127.0.0.1" {
			t.Errorf("%s: WARC-IP-Address %q", target, r.h.Get("WARC-IP-Address"))
		}
	}
	if responses != 5 { // the redirect is two exchanges
		t.Errorf("%d response records, want 5", responses)
	}
	gz := findResponse(t, recs, s.URL+"/gz")
	if !bytes.Contains(gz.block, []byte("Content-Encoding: gzip")) || bytes.Contains(gz.block, []byte("compressed page")) {
		t.Errorf("/gz record is not the gzipped bytes from the wire")
	}
	chunked := findResponse(t, recs, s.URL+"/page/one")
	if !bytes.Contains(chunked.block, []byte("Transfer-Encoding: chunked")) {
		t.Errorf("/page/one record lost its chunked framing")
	}
	for path, c := range marks {
		r, ok := byID[c.RecordID]
		if !ok || r.offset != c.Offset || r.file != c.File || r.h.Get("WARC-Target-URI") != s.URL+path {
			t.Errorf("%s: capture mark %+v does not point at its response record", path, c)
		}
	}
}

func findResponse(t *testing.T, recs []rec, target string) rec {
	t.Helper()
	for _, r := range recs {
		if r.h.Get("WARC-Target-URI") == target && r.h.Get("WARC-Type") == "response" {
			return r
		}
	}
	t.Fatalf("no response record for %s", target)
	return rec{}
}

// Many requests at once over kept-alive connections: each record must hold
// its own exchange, never a neighbour's bytes.
func TestConcurrentExchangesStayApart(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 4
	client := &http.Client{Transport: a.Transport(base)}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				get(t, client, fmt.Sprintf("%s/page/w%d-%d", s.URL, w, i))
			}
		}()
	}
	wg.Wait()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range readAll(t, dir) {
		target := r.h.Get("WARC-Target-URI")
		switch r.h.Get("WARC-Type") {
		case "response":
			n++
			if !bytes.Contains(payload(t, r.block), []byte("page "+strings.TrimPrefix(target, s.URL)+"<")) {
				t.Errorf("%s: response record holds another exchange", target)
			}
		case "request":
			if !bytes.HasPrefix(r.block, []byte("GET "+strings.TrimPrefix(target, s.URL)+" ")) {
				t.Errorf("%s: request record holds another exchange", target)
			}
		}
	}
	if n != 100 {
		t.Errorf("%d response records, want 100", n)
	}
}

// Unchanged content becomes a revisit record: the same payload again (in
// this run or a later one, through the index), or a 304.
func TestRevisits(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	get(t, client, s.URL+"/small")
	get(t, client, s.URL+"/etag")
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	first := readAll(t, dir)
	orig := findResponse(t, first, s.URL+"/small")

	// A later run, with a new Archive on the same directory.
	a = openArchive(t, dir, 0)
	client = &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	get(t, client, s.URL+"/small")
	resp, _ := get(t, client, s.URL+"/etag", "If-None-Match", `"v1"`)
	if resp.StatusCode != http.StatusNotModified {
		t.Fatalf("/etag: status %d, want 304", resp.StatusCode)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	var revisits []rec
	for _, r := range readAll(t, dir) {
		if r.h.Get("WARC-Type") == "revisit" {
			revisits = append(revisits, r)
		}
	}
	if len(revisits) != 2 {
		t.Fatalf("%d revisit records, want 2", len(revisits))
	}
	for _, r := range revisits {
		target := r.h.Get("WARC-Target-URI")
		switch target {
		case s.URL + "/small":
			if r.h.Get("WARC-Profile") != profileIdentical || r.h.Get("WARC-Refers-To") != orig.h.Get("WARC-Record-ID") ||
				r.h.Get("WARC-Refers-To-Date") != orig.h.Get("WARC-Date") || r.h.Get("WARC-Payload-Digest") != orig.h.Get("WARC-Payload-Digest") {
				t.Errorf("/small revisit: %v", r.h)
			}
			if bytes.Contains(r.block, []byte("small page body")) || !bytes.HasSuffix(r.block, []byte("\r\n\r\n")) {
				t.Errorf("/small revisit block should be the headers only: %q", r.block)
			}
		case s.URL + "/etag":
			if r.h.Get("WARC-Profile") != profileNotModified || !bytes.HasPrefix(r.block, []byte("HTTP/1.1 304")) {
				t.Errorf("/etag revisit: %v %q", r.h, r.block)
			}
		default:
			t.Errorf("unexpected revisit of %s", target)
		}
	}
}

// A killed writer leaves a torn last record in a ".open" file; Open cuts
// it back to the last complete record, and the new run writes a new file.
func TestRepairTornFile(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	for i := range 3 {
		get(t, client, fmt.Sprintf("%s/page/%d", s.URL, i))
	}
	if err := a.Sync(); err != nil {
		t.Fatal(err)
	}
	// "Kill" the process: no Close; its descriptors and lock go. Then tear
	// the last record in two.
	a.file.Close()
	a.index.Close()
	a.lock.Close()
	open, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz.open"))
	if len(open) != 1 {
		t.Fatalf("want one .open file while writing, have %v", open)
	}
	fi, _ := os.Stat(open[0])
	if err := os.Truncate(open[0], fi.Size()-100); err != nil {
		t.Fatal(err)
	}
	// The torn file does not read to its end.
	f, _ := os.Open(open[0])
	_, err := Scan(f, "x", 1<<20, func(Response) error { return nil })
	f.Close()
	if err == nil || !strings.Contains(err.Error(), "offset") {
		t.Fatalf("Scan of a torn file: err %v, want one naming the offset", err)
	}

	a2 := openArchive(t, dir, 0)
	if len(a2.Repaired()) != 1 {
		t.Fatalf("Repaired() = %v", a2.Repaired())
	}
	client = &http.Client{Transport: a2.Transport(http.DefaultTransport.(*http.Transport))}
	get(t, client, s.URL+"/page/after")
	if err := a2.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := Files(dir)
	if len(files) != 2 {
		t.Fatalf("files %v: want the repaired one and a new one", files)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.open")); len(left) != 0 {
		t.Fatalf(".open files left: %v", left)
	}
	recs := readAll(t, dir) // fails on any torn record
	var targets []string
	for _, r := range recs {
		if r.h.Get("WARC-Type") == "response" {
			targets = append(targets, strings.TrimPrefix(r.h.Get("WARC-Target-URI"), s.URL))
		}
	}
	// The last exchange of the killed run was request-after-response: the
	// cut removes the request record only, so all three responses stay.
	if got := strings.Join(targets, " "); got != "/page/0 /page/1 /page/2 /page/after" {
		t.Errorf("responses after repair: %s", got)
	}
}

// Files rotate once they reach MaxSize, and their names sort in the order
// they were written.
func TestRotation(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 8<<10)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	for i := range 12 {
		get(t, client, fmt.Sprintf("%s/page/%02d", s.URL, i))
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := Files(dir)
	if len(files) < 3 {
		t.Fatalf("%d files of at most ~8 KiB each, want several", len(files))
	}
	var order []string
	for _, p := range files {
		fi, _ := os.Stat(p)
		if fi.Size() > 8<<10+4<<10 {
			t.Errorf("%s is %d bytes: rotation came late", p, fi.Size())
		}
		f, _ := os.Open(p)
		r, _ := warc.NewReader(f)
		first, err := r.ReadRecord()
		if err != nil || first.Header.Get("WARC-Type") != "warcinfo" || first.Header.Get("WARC-Filename") != filepath.Base(p) {
			t.Errorf("%s does not start with its warcinfo record", p)
		}
		for err == nil {
			if first.Header.Get("WARC-Type") == "response" {
				order = append(order, strings.TrimPrefix(first.Header.Get("WARC-Target-URI"), s.URL+"/page/"))
			}
			first.Content.Close()
			first, err = r.ReadRecord()
		}
		f.Close()
	}
	if got := strings.Join(order, ","); got != "00,01,02,03,04,05,06,07,08,09,10,11" {
		t.Errorf("responses in file-name order: %s", got)
	}
}

func TestIsWARC(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, "WARC/1.0\r\nWARC-Type: warcinfo\r\n")
	zw.Close()
	var gzHTML bytes.Buffer
	zw = gzip.NewWriter(&gzHTML)
	io.WriteString(zw, "<html>")
	zw.Close()
	for _, c := range []struct {
		head []byte
		want bool
	}{
		{[]byte("WARC/1.1\r\n"), true},
		{gz.Bytes(), true},
		{gzHTML.Bytes(), false},
		{[]byte("<!doctype html>"), false},
		{nil, false},
		{[]byte{0x1f, 0x8b}, false},
	} {
		if got := IsWARC(c.head); got != c.want {
			t.Errorf("IsWARC(%q) = %v", c.head, got)
		}
	}
}

// Scan hands over successful HTML responses with their codings removed
// and counts the rest.
func TestScan(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	for _, p := range []string{"/page/one", "/gz", "/moved", "/missing"} {
		get(t, client, s.URL+p)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := Files(dir)
	f, _ := os.Open(files[0])
	defer f.Close()
	var got []string
	st, err := Scan(f, filepath.Base(files[0]), 1<<20, func(r Response) error {
		got = append(got, strings.TrimPrefix(r.URL, s.URL))
		if r.URL == s.URL+"/gz" && string(r.Body) != "<html><body><p>compressed page</p></body></html>" {
			t.Errorf("/gz body %q: content coding not removed", r.Body)
		}
		if r.Date.IsZero() || r.Capture.RecordID == "" || r.Capture.Offset <= 0 {
			t.Errorf("%s: incomplete Response %+v", r.URL, r.Capture)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "/page/one /gz /page/target" {
		t.Errorf("Scan handed over %v", got)
	}
	if st.Skipped["HTTP 301"] != 1 || st.Skipped["HTTP 404"] != 1 || st.Skipped["request record"] != 5 || st.Skipped["warcinfo record"] != 1 {
		t.Errorf("skipped: %v", st.Skipped)
	}
}

// A directory that cannot be created is an error naming it, not a panic.
func TestOpenBadDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	_, err := Open(Options{Dir: filepath.Join(file, "sub")})
	if err == nil || !strings.Contains(err.Error(), file) {
		t.Fatalf("err = %v, want one naming %s", err, file)
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }

// WARC files from other tools: WARC/1.0, no compression, a target URI in
// angle brackets, a body stored decoded under a Content-Encoding header
// (as browser-based archivers do), and a record type we do not use.
func TestScanForeignWARC(t *testing.T) {
	page := "<html><head><title>T</title></head><body><p>stored decoded</p></body></html>"
	httpMsg := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: br\r\n\r\n" + page
	meta := "via: http://example.com/\r\n"
	warcFile := fmt.Sprintf("WARC/1.0\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-03-26T10:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(meta), meta) +
		fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://example.com/story>\r\nWARC-Record-ID: <urn:uuid:2>\r\nWARC-Date: 2024-03-26T10:00:01Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(httpMsg), httpMsg)
	if !IsWARC([]byte(warcFile)) {
		t.Fatal("IsWARC misses an uncompressed WARC/1.0 file")
	}
	var got []Response
	st, err := Scan(strings.NewReader(warcFile), "foreign.warc", 1<<20, func(r Response) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].URL != "http://example.com/story" || string(got[0].Body) != page ||
		got[0].Date.Format(time.RFC3339) != "2024-03-26T10:00:01Z" || got[0].Capture.Offset != -1 {
		t.Fatalf("Scan gave %+v", got)
	}
	if st.Skipped["metadata record"] != 1 {
		t.Errorf("skipped: %v", st.Skipped)
	}
}

// FuzzScan: no input makes Scan panic; it returns records or an error.
func FuzzScan(f *testing.F) {
	httpMsg := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n5\r\n<p>x<\r\n0\r\n\r\n"
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: 2024-03-26T10:00:01Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(httpMsg), httpMsg)
	f.Add([]byte(rec))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, rec)
	zw.Close()
	f.Add(gz.Bytes())
	f.Add(append(gz.Bytes(), gz.Bytes()[:20]...))
	block := "article-decision: article\r\nnot a field\r\n: empty name\r\n"
	f.Add([]byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Refers-To: <urn:uuid:x>\r\nContent-Type: application/warc-fields\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)))
	f.Fuzz(func(t *testing.T, data []byte) {
		Scan(bytes.NewReader(data), "f", 1<<16, func(Response) error { return nil })
		Walk(bytes.NewReader(data), "f", 1<<16, Visitor{Response: func(Response) error { return nil }, Metadata: func(Metadata) error { return nil }})
		IsWARC(data)
	})
}

// Two processes must not share a WARC directory: the second would cut
// the first one's open file as if it were torn.
func TestOneWriterPerDir(t *testing.T) {
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	defer a.Close()
	if _, err := Open(Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second Open: %v, want an in-use error", err)
	}
}
