package sqlitestore_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/pipeline/storetest"
	"github.com/newsprint/newsprint/sqlitestore"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, dir string) storetest.Store {
		st, err := sqlitestore.Open(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}

func TestOneCrawlPerState(t *testing.T) {
	dir := t.TempDir()
	st, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlitestore.Open(context.Background(), dir); !errors.Is(err, sqlitestore.ErrLocked) || !strings.Contains(err.Error(), dir) {
		t.Errorf("second Open of a state in use: %v, want ErrLocked naming %s", err, dir)
	}
	st.Close()
	st2, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	st2.Close()
}

func TestOpenBadDir(t *testing.T) {
	if _, err := sqlitestore.Open(context.Background(), "/proc/no-such-dir/state"); err == nil {
		t.Error("Open in an unwritable place gave no error")
	}
}
