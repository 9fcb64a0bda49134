package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/newsprint/newsprint/extractor"
)

// A line is one JSON value ending in one newline, with the markup of the
// html field written as is, and it reads back to the same article.
func TestLine(t *testing.T) {
	a := extractor.Article{URL: "https://news.example/a?x=1&y=2", Title: "Fish & <chips>", HTML: `<p>One <b>bold</b> line.</p>`, Text: "One bold line.", Authors: []string{"Jane Doe"},
		Images: []extractor.Image{}, Tags: []string{}, Provenance: map[string]string{}}
	line := Line(a)
	if bytes.Count(line, []byte("\n")) != 1 || line[len(line)-1] != '\n' {
		t.Fatalf("not one line: %q", line)
	}
	if !bytes.Contains(line, []byte(`"html":"<p>One <b>bold</b> line.</p>"`)) || bytes.Contains(line, []byte(`\u003c`)) {
		t.Errorf("markup escaped: %s", line)
	}
	var back extractor.Article
	if err := json.Unmarshal(line, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, a) {
		t.Errorf("round trip: got %+v, want %+v", back, a)
	}
}

// A failed write names the output once: the file's own error already says
// "write /dev/full". Before: "write /dev/full: write /dev/full: no space
// left on device".
func TestJSONLWriteErrorNamesOutputOnce(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	j, err := OpenJSONL("/dev/full", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if err := j.Write(context.Background(), extractor.Article{Text: "x"}); err != nil {
		t.Fatal(err)
	}
	err = j.Sync()
	if err == nil || strings.Count(err.Error(), "/dev/full") != 1 || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("Sync to /dev/full: %v; want the output named once, ENOSPC kept", err)
	}
}
