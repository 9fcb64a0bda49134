//go:build !unix

package dirlock

import "os"

// Lock is a no-op where flock is not available.
func Lock(string, string) (*os.File, error) { return nil, nil }
