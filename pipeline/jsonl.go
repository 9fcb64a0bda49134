package pipeline

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"

	"github.com/newsprint/newsprint/extractor"
)

// JSONL is a Sink that writes one JSON line per article to a file or a
// writer. Lines are written whole; Sync makes what was written durable
// before the crawl marks those URLs done. It is safe for concurrent use.
type JSONL struct {
	mu sync.Mutex
	f  *os.File // nil for a plain writer
	// regular is whether f is a regular file: only those are fsynced
	// (fsync of /dev/null or a named pipe fails with EINVAL).
	regular bool
	gz      *gzip.Writer
	buf     *bufio.Writer
	path    string
}

// OpenJSONL opens path for appending ("-" or "" is stdout). A ".gz" suffix
// compresses: each run appends a new gzip member, which gzip readers
// concatenate. path may be a device or a named pipe (/dev/null, a FIFO a
// loader reads): Sync then flushes without fsync, which only regular files
// take.
func OpenJSONL(path string, stdout io.Writer) (*JSONL, error) {
	if path == "" || path == "-" {
		return &JSONL{buf: bufio.NewWriter(stdout), path: "stdout"}, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open output: %w", err)
	}
	j := &JSONL{f: f, path: path, regular: fi.Mode().IsRegular()}
	var w io.Writer = f
	if strings.HasSuffix(path, ".gz") {
		j.gz = gzip.NewWriter(f)
		w = j.gz
	}
	j.buf = bufio.NewWriterSize(w, 64<<10)
	return j, nil
}

// Line encodes a as one JSON line, newline included: encoding/json's
// bytes, except that "<", ">" and "&" stay as they are (encoding/json would
// write \u003c for each, and the html field is full of them): the same JSON
// value, shorter. See extractor.Article.AppendJSON.
func Line(a extractor.Article) []byte {
	return append(a.AppendJSON(nil), '\n')
}

// lines recycles the buffers Write encodes into.
var lines = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// Write encodes a as one line.
func (j *JSONL) Write(_ context.Context, a extractor.Article) error {
	bp := lines.Get().(*[]byte)
	line := append(a.AppendJSON((*bp)[:0]), '\n')
	defer func() {
		if cap(line) <= 1<<20 { // a huge article's buffer is not kept
			*bp = line
			lines.Put(bp)
		}
	}()
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.buf.Write(line); err != nil {
		return j.opErr("write", err)
	}
	return nil
}

// Sync flushes buffered lines and, for a file, fsyncs it.
func (j *JSONL) Sync() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.syncLocked()
}

func (j *JSONL) syncLocked() error {
	if err := j.buf.Flush(); err != nil {
		return j.opErr("write", err)
	}
	if j.gz != nil {
		if err := j.gz.Flush(); err != nil {
			return j.opErr("write", err)
		}
	}
	if j.regular {
		if err := j.f.Sync(); err != nil {
			return j.opErr("sync", err)
		}
	}
	return nil
}

// Close syncs and closes the output.
func (j *JSONL) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	err := j.syncLocked()
	if j.gz != nil {
		if cerr := j.gz.Close(); err == nil && cerr != nil {
			err = j.opErr("close", cerr)
		}
	}
	if j.regular {
		if serr := j.f.Sync(); err == nil && serr != nil {
			err = j.opErr("sync", serr)
		}
	}
	if j.f != nil {
		if cerr := j.f.Close(); err == nil && cerr != nil {
			err = j.opErr("close", cerr)
		}
	}
	return err
}

// opErr names the operation and the output in err, unless err already does
// (an *fs.PathError from the file: "write /dev/full: no space left on
// device", not "write /dev/full: write /dev/full: …").
func (j *JSONL) opErr(op string, err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("%s %s: %w", op, j.path, err)
}
