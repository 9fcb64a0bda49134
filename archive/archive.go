// Package archive writes WARC 1.1 files of every fetch a crawl makes and
// reads WARC files back for offline re-extraction.
//
// The WARC records themselves are serialised by gowarc
// (github.com/internetarchive/gowarc); this package captures the bytes as
// they cross the wire, decides between response and revisit records,
// rotates and names the files, and keeps them readable after a crash.
//
// gowarc's own recording HTTP client is not used: it writes from a pool of
// goroutines that panic on any I/O error, never reports where a record
// landed (so an article could not point at its capture), resolves DNS
// itself, and blocks on an unbuffered error channel nobody reads.
package archive

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	warc "github.com/internetarchive/gowarc"
	"github.com/newsprint/newsprint/internal/dirlock"
)

// DefaultMaxSize is the size after which a WARC file is closed and the next
// one started, as Heritrix and gowarc do.
const DefaultMaxSize = 1 << 30

// IndexFile is the name of the capture index kept beside the WARC files.
const IndexFile = "index.jsonl"

// Options configure an Archive.
type Options struct {
	// Dir receives the WARC files and the capture index. It is created if
	// missing.
	Dir string
	// MaxSize is the size in bytes after which a file is rotated: the
	// record that crosses it is the file's last. 0 means DefaultMaxSize.
	MaxSize int64
	// Prefix starts every file name. "" means "newsprint".
	Prefix string
	// Software and UserAgent go into each file's warcinfo record.
	Software, UserAgent string
	// Now is the clock (tests). nil means time.Now.
	Now func() time.Time
}

// Capture locates a record: the file it is in, its WARC-Record-ID and the
// offset of its gzip member in the file.
type Capture struct {
	File     string `json:"file"`
	RecordID string `json:"record_id"`
	Offset   int64  `json:"offset"`
	// Date is the record's WARC-Date.
	Date time.Time `json:"-"`
	// URL is the record's WARC-Target-URI.
	URL string `json:"-"`
}

// IndexEntry is one line of the capture index: a response or revisit
// record. It lets a later run write revisit records for unchanged pages
// and lets users find a capture without reading the WARC files.
type IndexEntry struct {
	URL      string `json:"url"`
	Date     string `json:"date"`
	Type     string `json:"type"` // "response" or "revisit"
	Status   int    `json:"status"`
	MIME     string `json:"mime,omitempty"`
	Digest   string `json:"digest,omitempty"` // WARC-Payload-Digest
	RecordID string `json:"record_id"`
	File     string `json:"file"`
	Offset   int64  `json:"offset"`
	Length   int64  `json:"length"` // of the gzip member
}

// Archive appends records to the current WARC file of a directory. It is
// safe for concurrent use.
type Archive struct {
	opt Options

	mu       sync.Mutex
	file     *os.File
	buf      *bufio.Writer // over file: one write per batch of records
	cw       *countingWriter
	w        *warc.Writer
	name     string // final name of the current file; it is written as name+".open"
	infoID   string // WARC-Record-ID of its warcinfo record
	serial   int
	index    *os.File
	last     map[string]IndexEntry // latest 2xx response per URL, for revisits
	err      error                 // first write error; the archive is then unusable
	records  int
	repaired []string
	lock     *os.File          // the directory's lock, held until Close
	declared map[string]string // more warcinfo fields (Declare)
}

// Open prepares dir for writing. WARC files a killed process left open
// ("*.open") are first cut back to their last complete record and closed,
// so every file in the directory reads cleanly and the new run writes a new
// file rather than appending to a torn one.
func Open(opt Options) (*Archive, error) {
	if opt.Dir == "" {
		return nil, errors.New("archive: no directory")
	}
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.Prefix == "" {
		opt.Prefix = "newsprint"
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("WARC directory %s: %w", opt.Dir, err)
	}
	// One process per directory: another would "repair" our open file.
	lock, err := dirlock.Lock(opt.Dir, "WARC directory")
	if err != nil {
		return nil, err
	}
	a := &Archive{opt: opt, last: map[string]IndexEntry{}, lock: lock}
	fail := func(err error) (*Archive, error) {
		if lock != nil {
			lock.Close()
		}
		return nil, err
	}
	cut, err := a.repair()
	if err != nil {
		return fail(err)
	}
	if err := a.loadIndex(cut); err != nil {
		return fail(err)
	}
	idx, err := os.OpenFile(filepath.Join(opt.Dir, IndexFile), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fail(fmt.Errorf("WARC index: %w", err))
	}
	a.index = idx
	return a, nil
}

// Repaired lists the files Open closed after a crash.
func (a *Archive) Repaired() []string { return a.repaired }

// repair closes the files a killed run left open. It returns, per repaired
// file, the size it was cut to.
func (a *Archive) repair() (map[string]int64, error) {
	open, err := filepath.Glob(filepath.Join(a.opt.Dir, "*.warc.gz.open"))
	if err != nil {
		return nil, err
	}
	cut := map[string]int64{}
	for _, p := range open {
		end, err := completeLength(p)
		if err != nil {
			return nil, fmt.Errorf("repair %s: %w", p, err)
		}
		final := strings.TrimSuffix(p, ".open")
		if end == 0 {
			// Not even the warcinfo record is complete.
			if err := os.Remove(p); err != nil {
				return nil, err
			}
			continue
		}
		if err := os.Truncate(p, end); err != nil {
			return nil, fmt.Errorf("repair %s: %w", p, err)
		}
		if err := os.Rename(p, final); err != nil {
			return nil, fmt.Errorf("repair %s: %w", p, err)
		}
		cut[filepath.Base(final)] = end
		a.repaired = append(a.repaired, final)
	}
	return cut, nil
}

// completeLength is the length of the complete records at the start of a
// gzipped WARC file: where a torn last record begins.
func completeLength(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r, err := warc.NewReader(f)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	var end int64
	for {
		rec, err := r.ReadRecord(warc.ReadOptsNoContentOutput)
		if err != nil {
			return end, nil // io.EOF, or the torn record
		}
		rec.Content.Close()
		if rec.Offset < 0 {
			return 0, errors.New("not a gzipped WARC file")
		}
		end = rec.Offset + rec.Size
	}
}

// loadIndex reads the capture index, dropping entries that point past
// where a repaired file was cut.
func (a *Archive) loadIndex(cut map[string]int64) error {
	f, err := os.Open(filepath.Join(a.opt.Dir, IndexFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("WARC index: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var e IndexEntry
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue // a torn last line
		}
		if end, ok := cut[e.File]; ok && e.Offset >= end {
			continue
		}
		if e.Type == "response" && e.Status/100 == 2 {
			a.last[e.URL] = e
		}
	}
	return sc.Err()
}

// previous is the latest 2xx response captured for url, if any.
func (a *Archive) previous(url string) (IndexEntry, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	e, ok := a.last[url]
	return e, ok
}

// record is one WARC record to write.
type record struct {
	header  warc.Header
	content io.ReadSeeker
}

// writeBatch writes records (each its own gzip member) to the current
// file, rotating first when the file is full, and returns where each
// landed.
func (a *Archive) writeBatch(recs []record) ([]Capture, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.err != nil {
		return nil, a.err
	}
	if err := a.rotateIfFull(); err != nil {
		a.err = err
		return nil, err
	}
	caps := make([]Capture, len(recs))
	for i, r := range recs {
		r.header.Set("WARC-Warcinfo-ID", a.infoID)
		off := a.cw.n
		if err := a.writeRecord(r); err != nil {
			a.err = fmt.Errorf("write %s: %w", a.name, err)
			return nil, a.err
		}
		caps[i] = Capture{File: a.name, RecordID: r.header.Get("WARC-Record-ID"), Offset: off}
		a.records++
	}
	if err := a.buf.Flush(); err != nil {
		a.err = fmt.Errorf("write %s: %w", a.name, err)
		return nil, a.err
	}
	return caps, nil
}

func (a *Archive) writeRecord(r record) error {
	rec := &warc.Record{Header: r.header, Content: nopSeekCloser{r.content}}
	a.w.Reset(a.cw) // a gzip member per record
	_, err := a.w.WriteRecord(rec)
	return err
}

// rotateIfFull starts a new file if there is none or the current one has
// reached MaxSize.
func (a *Archive) rotateIfFull() error {
	if a.file != nil && a.cw.n < a.opt.MaxSize {
		return nil
	}
	if err := a.closeFile(); err != nil {
		return err
	}
	now := a.opt.Now().UTC()
	host, _ := os.Hostname()
	host = strings.NewReplacer("-", "", "/", "", " ", "").Replace(host)
	if host == "" {
		host = "localhost"
	}
	var name string
	for {
		a.serial++
		// Prefix-Timestamp-Serial-Crawlhost, as the WARC 1.1 annex
		// recommends; the millisecond timestamp makes names sort in time
		// order across runs.
		name = fmt.Sprintf("%s-%s%03d-%05d-%s.warc.gz", a.opt.Prefix, now.Format("20060102150405"), now.Nanosecond()/1e6, a.serial, host)
		if _, err := os.Stat(filepath.Join(a.opt.Dir, name)); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
	f, err := os.OpenFile(filepath.Join(a.opt.Dir, name+".open"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("create WARC file: %w", err)
	}
	a.file, a.name = f, name
	a.buf = bufio.NewWriterSize(f, 256<<10)
	a.cw = &countingWriter{w: a.buf}
	w, err := warc.NewWriter(a.cw, name, warc.SHA1, warc.CompressionGzip, true, nil)
	if err != nil {
		return err
	}
	a.w = w
	info := map[string]string{
		"software":    a.opt.Software,
		"format":      "WARC File Format 1.1",
		"conformsTo":  "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
		"hostname":    host,
		"robots":      "obey",
		"description": "newsprint crawl",
	}
	if a.opt.UserAgent != "" {
		info["http-header-user-agent"] = a.opt.UserAgent
	}
	for k, v := range a.declared {
		info[k] = v
	}
	w.Reset(a.cw)
	id, err := w.WriteInfoRecord(info)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	a.infoID = "<urn:uuid:" + id + ">"
	return a.buf.Flush()
}

// closeFile syncs, closes and renames the current file to its final name.
func (a *Archive) closeFile() error {
	if a.file == nil {
		return nil
	}
	f := a.file
	a.file = nil
	if err := a.buf.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", a.name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", a.name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", a.name, err)
	}
	p := filepath.Join(a.opt.Dir, a.name)
	if err := os.Rename(p+".open", p); err != nil {
		return err
	}
	return syncDir(a.opt.Dir)
}

// addIndex appends entries to the capture index.
func (a *Archive) addIndex(entries ...IndexEntry) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	var buf []byte
	for _, e := range entries {
		line, err := json.Marshal(e)
		if err != nil {
			return err
		}
		buf = append(append(buf, line...), '\n')
		if e.Type == "response" && e.Status/100 == 2 {
			a.last[e.URL] = e
		}
	}
	if _, err := a.index.Write(buf); err != nil {
		if a.err == nil {
			a.err = fmt.Errorf("write WARC index: %w", err)
		}
		return a.err
	}
	return nil
}

// Sync makes every record written so far durable. A crawl calls it before
// it commits articles that point at those records.
func (a *Archive) Sync() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.err != nil {
		return a.err
	}
	if a.file != nil {
		if err := a.file.Sync(); err != nil {
			a.err = fmt.Errorf("sync %s: %w", a.name, err)
			return a.err
		}
	}
	return a.index.Sync()
}

// Close finishes the current file (renaming it from its ".open" name) and
// the index.
func (a *Archive) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	err := a.closeFile()
	if ierr := a.index.Close(); err == nil {
		err = ierr
	}
	if a.lock != nil {
		a.lock.Close()
	}
	if err == nil {
		err = a.err
	}
	return err
}

// Records is the number of records written (warcinfo records aside).
func (a *Archive) Records() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.records
}

// Files lists the finished WARC files in dir, oldest first.
func Files(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	sort.Strings(names)
	return names, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// nopSeekCloser lets a plain ReadSeeker be a gowarc record's content.
type nopSeekCloser struct{ io.ReadSeeker }

func (nopSeekCloser) Close() error                      { return nil }
func (nopSeekCloser) Write([]byte) (int, error)         { return 0, errors.New("read only") }
func (nopSeekCloser) ReadAt([]byte, int64) (int, error) { return 0, errors.New("no ReadAt") }
func (nopSeekCloser) Len() int64                        { return -1 }
func (nopSeekCloser) FileName() string                  { return "" }

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
