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
	"os"
	"time"
)

// reconcile makes the state agree with the output after a crash: articles
// written after the last checkpoint are recorded as emitted, so they are
// neither fetched nor emitted again, and a torn last line is cut off.
func reconcile(ctx context.Context, st Store) (int, error) {
	cp, err := st.LastCheckpoint(ctx)
	if err != nil || cp.Path == "" {
		return 0, err
	}
	f, err := os.OpenFile(cp.Path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil // the user moved the old output away
	}
	if err != nil {
		return 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
	}
	defer f.Close()
	if _, err := f.Seek(cp.Offset, io.SeekStart); err != nil {
		return 0, fmt.Errorf("reconcile %s: %w", cp.Path, err)
	}
	var outcomes []Outcome
	good := cp.Offset
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var rec struct {
				URL       string `json:"url"`
				Canonical string `json:"canonical_url"`
				Hash      string `json:"content_hash"`
				Revision  int    `json:"revision"`
				FetchedAt string `json:"fetched_at"`
			}
			if jerr := json.Unmarshal(bytes.TrimSpace(line), &rec); jerr == nil && rec.URL != "" {
				fetched, _ := time.Parse(time.RFC3339, rec.FetchedAt)
				outcomes = append(outcomes, Outcome{URL: rec.URL, Status: StatusArticle, Hash: rec.Hash, Revision: rec.Revision, Fetched: fetched})
				good += int64(len(line))
				continue
			}
		}
		if err != nil || len(line) > 0 {
			break // EOF, or a torn or foreign line: cut from here
		}
	}
	if fi, err := f.Stat(); err == nil && fi.Size() > good {
		if err := f.Truncate(good); err != nil {
			return 0, fmt.Errorf("cut torn line in %s: %w", cp.Path, err)
		}
	}
	if err := st.Commit(ctx, outcomes, Checkpoint{Path: cp.Path, Offset: good}); err != nil {
		return 0, err
	}
	return len(outcomes), nil
}
