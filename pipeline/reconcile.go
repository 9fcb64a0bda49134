package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// reconcile makes the state agree with the output after a crash, before a
// run writes anything:
//
//   - articles written to the output of the last checkpoint after that
//     checkpoint are recorded as emitted, so they are neither fetched nor
//     emitted again, and a torn last line is cut off;
//   - an output shorter than its checkpoint (cut mid-line by hand, a full
//     disk, a restored copy) is cut back to its last whole line, so the next
//     line does not start inside a fragment;
//   - when this run writes to another file (out, one file a day), the
//     checkpoint moves to that file and its current end before anything is
//     written to it, and a partial last line in it is cut. A run killed
//     before its first commit is then reconciled from its own file, not the
//     previous run's.
//
// The decisions of the articles recovered are recorded in the WARC (the
// crawl's own decision records were waiting for the commit the crash
// prevented) through describe, before the state commits them; describe
// may be nil.
//
// It returns how many articles it recovered.
func reconcile(ctx context.Context, st Store, out string, log *slog.Logger, describe func([]pendingDecision) error) (int, error) {
	cp, err := st.LastCheckpoint(ctx)
	if err != nil {
		return 0, err
	}
	var n int
	if cp.Path != "" {
		outcomes, decisions, good, err := recoverTail(cp, log)
		if err != nil {
			return 0, err
		}
		if describe != nil && len(decisions) > 0 {
			if err := describe(decisions); err != nil {
				return 0, err
			}
		}
		if good >= 0 {
			if err := st.Commit(ctx, outcomes, Checkpoint{Path: cp.Path, Offset: good}); err != nil {
				return 0, err
			}
		}
		n = len(outcomes)
	}
	if out != "" && out != cp.Path {
		end, err := cutPartialLine(out, log)
		if err != nil {
			return n, err
		}
		if err := st.Commit(ctx, nil, Checkpoint{Path: out, Offset: end}); err != nil {
			return n, err
		}
	}
	return n, nil
}

// recoverTail reads the lines of cp.Path after cp.Offset and returns their
// articles' outcomes and decisions (of those from a WARC capture) and the
// offset after the last whole line, having cut the file there. good is -1
// when the file is gone (moved away by the user): nothing to reconcile.
func recoverTail(cp Checkpoint, log *slog.Logger) (outcomes []Outcome, decisions []pendingDecision, good int64, err error) {
	f, err := os.OpenFile(cp.Path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, -1, nil
	}
	if err != nil {
		return nil, nil, 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
	}
	start := cp.Offset
	if fi.Size() < start {
		// Cut below the checkpoint: the lines recorded beyond its end are
		// gone from the output (the state still counts them as emitted).
		if start, err = lastLineEnd(f, fi.Size()); err != nil {
			return nil, nil, 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
		}
		log.Warn("output is shorter than the state's checkpoint; cut back to its last whole line",
			"file", cp.Path, "checkpoint", cp.Offset, "size", fi.Size(), "cut_to", start)
	}
	if _, err := f.Seek(start, io.SeekStart); err != nil {
		return nil, nil, 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
	}
	good = start
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			if o, d, ok := outcomeOfLine(line); ok {
				outcomes = append(outcomes, o)
				if d != nil {
					decisions = append(decisions, *d)
				}
				good += int64(len(line))
				continue
			}
		}
		if err != nil || len(line) > 0 {
			break // EOF, or a torn or foreign line: cut from here
		}
	}
	if fi.Size() > good {
		if err := f.Truncate(good); err != nil {
			return nil, nil, 0, fmt.Errorf("cut torn line in %s: %w", cp.Path, err)
		}
		log.Warn("cut a torn line a killed run left", "file", cp.Path, "offset", good, "bytes", fi.Size()-good)
	}
	return outcomes, decisions, good, nil
}

// outcomeOfLine reads an article line back into the outcome the crawl
// recorded for it, and the decision it stands for if it came from a WARC
// capture.
func outcomeOfLine(line []byte) (Outcome, *pendingDecision, bool) {
	var rec struct {
		URL         string             `json:"url"`
		ID          string             `json:"id"`
		Hash        string             `json:"content_hash"`
		Revision    int                `json:"revision"`
		Previous    string             `json:"previous_hash"`
		FetchedAt   string             `json:"fetched_at"`
		Text        string             `json:"text"`
		HTML        string             `json:"html"`
		Markdown    string             `json:"markdown"`
		DuplicateOf json.RawMessage    `json:"duplicate_of"`
		Warc        *extractor.WarcRef `json:"warc"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(line), &rec); err != nil || rec.URL == "" {
		return Outcome{}, nil, false
	}
	fetched, _ := time.Parse(time.RFC3339, rec.FetchedAt)
	o := Outcome{URL: rec.URL, Status: StatusArticle, Hash: rec.Hash, Revision: rec.Revision, Fetched: fetched}
	if rec.Text != "" && (len(rec.DuplicateOf) == 0 || string(rec.DuplicateOf) == "null") {
		// An original whose text the record holds: its fingerprint is kept
		// as the crawl would have kept it.
		o.SimHash, o.ArticleID = SimHash(rec.Text), rec.ID
	}
	if rec.Warc == nil || rec.Warc.RecordID == "" {
		return o, nil, true
	}
	d := decision{outcome: decidedArticle, url: rec.URL, id: rec.ID, hash: rec.Hash, revision: rec.Revision, previous: rec.Previous}
	var dup extractor.DuplicateRef
	if json.Unmarshal(rec.DuplicateOf, &dup) == nil && dup.ID != "" {
		d.dup = &dup
		if dup.Distance == 0 && rec.Text == "" && rec.HTML == "" && rec.Markdown == "" {
			d.dupHash = rec.Hash // an alias: the same text
		}
	}
	c := archive.Capture{File: rec.Warc.File, RecordID: rec.Warc.RecordID, Offset: rec.Warc.Offset, URL: rec.URL}
	return o, &pendingDecision{capture: c, d: d}, true
}

// cutPartialLine cuts a partial last line off the file at path, if it
// exists, so that the next line written starts a line of its own. It
// returns the file's size after the cut (0 if there is no file).
func cutPartialLine(path string, log *slog.Logger) (int64, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open output %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("open output %s: %w", path, err)
	}
	end, err := lastLineEnd(f, fi.Size())
	if err != nil {
		return 0, fmt.Errorf("open output %s: %w", path, err)
	}
	if end < fi.Size() {
		if err := f.Truncate(end); err != nil {
			return 0, fmt.Errorf("cut partial line in %s: %w", path, err)
		}
		log.Warn("cut a partial last line off the output", "file", path, "offset", end, "bytes", fi.Size()-end)
	}
	return end, nil
}

// lastLineEnd returns the offset just after the last newline before size
// in f: size itself when the file ends with one, 0 when it has none.
func lastLineEnd(f *os.File, size int64) (int64, error) {
	buf := make([]byte, 64<<10)
	for end := size; end > 0; {
		n := min(int64(len(buf)), end)
		if _, err := f.ReadAt(buf[:n], end-n); err != nil {
			return 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			return end - n + int64(i) + 1, nil
		}
		end -= n
	}
	return 0, nil
}
