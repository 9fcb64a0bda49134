package extractor

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden want.json files")

// goldenCase is one directory of testdata/pages: source.html, want.json and
// optionally url and content-type.
type goldenCase struct {
	name, dir, url, contentType string
	page                        []byte
}

func goldenCases(tb testing.TB) []goldenCase {
	tb.Helper()
	dirs, err := filepath.Glob("../testdata/pages/*")
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no golden pages in ../testdata/pages: %v", err)
	}
	var cases []goldenCase
	for _, dir := range dirs {
		page, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			tb.Fatal(err)
		}
		c := goldenCase{name: filepath.Base(dir), dir: dir, page: page}
		if b, err := os.ReadFile(filepath.Join(dir, "url")); err == nil {
			c.url = strings.TrimSpace(string(b))
		}
		if b, err := os.ReadFile(filepath.Join(dir, "content-type")); err == nil {
			c.contentType = strings.TrimSpace(string(b))
		}
		cases = append(cases, c)
	}
	return cases
}

func (c goldenCase) extract(tb testing.TB) Article {
	tb.Helper()
	a, err := Extract(c.page, c.url, Options{ContentType: c.contentType})
	if err != nil {
		tb.Fatalf("Extract(%s): %v", c.name, err)
	}
	return a
}

// TestExtract compares every golden page with its want.json. Refresh with
// go test ./extractor -run TestExtract -update and review git diff testdata/.
func TestExtract(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got, err := json.MarshalIndent(c.extract(t), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			wantPath := filepath.Join(c.dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Extract(%s) differs from %s:\n%s", c.name, wantPath, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("- " + wl + "\n+ " + gl + "\n")
			shown++
		}
	}
	return b.String()
}
