package testtools

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaPath is schema/article.schema.json in this repository.
func SchemaPath() string {
	_, here, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(here), "..", "..", "schema", "article.schema.json")
}

var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat() // "date" and "date-time" are checked, not just noted
	return c.Compile(SchemaPath())
})

// ValidateRecords checks every line of a JSONL output against
// schema/article.schema.json with a JSON Schema (draft 2020-12) validator
// and fails the test for each line that does not fit, naming where it came
// from. It returns the number of records.
func ValidateRecords(t testing.TB, from string, jsonl []byte) int {
	t.Helper()
	sch, err := schema()
	if err != nil {
		t.Fatalf("compile %s: %v", SchemaPath(), err)
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n++
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
		if err != nil {
			t.Errorf("%s: record %d is not JSON: %v", from, n, err)
			continue
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s: record %d does not fit %s: %v\n%.600s", from, n, filepath.Base(SchemaPath()), err, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Errorf("%s: %v", from, err)
	}
	return n
}

// ValidateFile is ValidateRecords for a JSONL file; a missing file holds
// no records.
func ValidateFile(t testing.TB, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return ValidateRecords(t, path, b)
}
