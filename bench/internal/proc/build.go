package proc

import (
	"fmt"
	"os/exec"
	"strings"
)

// GoBuild builds the main package pkg of the module in dir into bin.
func GoBuild(dir, pkg, bin string) error {
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s in %s: %w\n%s", pkg, dir, err, out)
	}
	return nil
}

// Revision names the commit checked out in dir, "+dirty" if it has
// uncommitted changes outside bench/ (the bench's own files are not the
// product it measures).
func Revision(dir string) string {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown commit"
	}
	rev := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench").Output(); err == nil && len(st) > 0 {
		rev += "+dirty"
	}
	return rev
}
