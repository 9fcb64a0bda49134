//go:build unix

package dirlock

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Lock takes an exclusive lock on dir for this process, through the file
// "lock" in it. The lock goes with the process, so a crashed one never
// leaves a stale lock. what names the directory in errors ("state",
// "WARC directory"); an error for a held lock wraps ErrLocked.
func Lock(dir, what string) (*os.File, error) {
	path := filepath.Join(dir, "lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s %s: %w", what, dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s %s is in use by another newsprint process: %w", what, dir, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s %s: %w", what, dir, err)
	}
	return f, nil
}
