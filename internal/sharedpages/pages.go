// Package sharedpages reads the pages of the shared benchmark sets, for
// the tests and for the bench programs (their own module) alike.
package sharedpages

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadPage reads a benchmark page as the shared sets store it: a path
// ending in .gz is decompressed; any other path is read as it is or,
// where it is missing, from the same path with .gz added.
func ReadPage(path string) ([]byte, error) {
	if !strings.HasSuffix(path, ".gz") {
		b, err := os.ReadFile(path)
		if err == nil || !os.IsNotExist(err) {
			return b, err
		}
		if _, gzErr := os.Stat(path + ".gz"); gzErr != nil {
			return nil, err
		}
		path += ".gz"
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if b, err = io.ReadAll(zr); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
