package testtools

import (
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// systemPython is Debian's python3, the one python3-pandas installs for
// (a python3 earlier on PATH, such as a pyenv build, may lack it).
const systemPython = "/usr/bin/python3"

// Loaded is what tools/consumerload/load.py reports of the records it
// loaded.
type Loaded struct {
	Rows    int `json:"rows"`
	Dated   int `json:"dated"`    // with a published_date
	Timed   int `json:"timed"`    // with a published_at
	DayOnly int `json:"day_only"` // with a published_date and no published_at
}

// Pandas loads JSONL files with pandas as a data team would, with declared
// column types (tools/consumerload/load.py), and returns what it loaded, or
// the loader's complaint. It skips the test when python3-pandas is missing,
// unless NEWSPRINT_REQUIRE_SERVICES=1.
func Pandas(t testing.TB, files ...string) (Loaded, error) {
	t.Helper()
	_, err := exec.LookPath(systemPython)
	Need(t, err == nil, systemPython)
	Need(t, exec.Command(systemPython, "-c", "import pandas").Run() == nil, "python3-pandas (apt-get install python3-pandas)")
	_, here, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(here), "..", "..", "tools", "consumerload", "load.py")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(systemPython, append([]string{script, SchemaPath()}, files...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return Loaded{}, errors.New(err.Error() + ": " + stderr.String())
	}
	var l Loaded
	if err := json.Unmarshal(stdout.Bytes(), &l); err != nil {
		return Loaded{}, errors.New("load.py output " + stdout.String() + ": " + err.Error())
	}
	return l, nil
}
