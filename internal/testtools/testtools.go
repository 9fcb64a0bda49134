// Package testtools gives tests access to the outside tools some of them
// use (wget, Node.js with warcio.js), skipping clearly when one is missing.
package testtools

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Need skips a test whose outside tool is missing, or fails it when
// NEWSPRINT_REQUIRE_SERVICES=1 (as in CI, which installs them).
func Need(t testing.TB, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("NEWSPRINT_REQUIRE_SERVICES") == "1" {
		t.Fatalf("%s is missing and NEWSPRINT_REQUIRE_SERVICES=1", what)
	}
	t.Skipf("%s is missing; skipping (set NEWSPRINT_REQUIRE_SERVICES=1 to make this a failure)", what)
}

// ModuleDir is the directory of module path at version in the module
// cache (`go env GOMODCACHE`). A test reading a peer's test files from it
// skips when the module is not there, or fails when
// NEWSPRINT_REQUIRE_SERVICES=1 (CI downloads it first).
func ModuleDir(t testing.TB, path, version string) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	dir := ""
	if err == nil {
		dir = filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(path)+"@"+version)
		_, err = os.Stat(dir)
	}
	Need(t, err == nil, path+"@"+version+" in the module cache (cd bench && go mod download "+path+")")
	return dir
}

// Record is a WARC record as warcio.js read it.
type Record struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
	Type   string `json:"type"`
	ID     string `json:"id"`
	URI    string `json:"uri"`
}

// warccheck is tools/warccheck/check.mjs in this repository.
func warccheck() string {
	_, here, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(here), "..", "..", "tools", "warccheck", "check.mjs")
}

// Warcio validates WARC files with tools/warccheck (warcio.js, an
// independent reader: every record parses, digests match). It returns the
// records, or the validator's complaint.
func Warcio(t testing.TB, files ...string) ([]Record, error) {
	t.Helper()
	_, err := exec.LookPath("node")
	Need(t, err == nil, "node")
	_, err = os.Stat(filepath.Join(filepath.Dir(warccheck()), "node_modules", "warcio"))
	Need(t, err == nil, "warcio (npm ci in tools/warccheck)")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("node", append([]string{warccheck()}, files...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, errors.New(err.Error() + ": " + stderr.String())
	}
	var recs []Record
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, errors.New("warccheck output " + line + ": " + err.Error())
		}
		recs = append(recs, r)
	}
	return recs, nil
}
