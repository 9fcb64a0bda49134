// Package dirlock gives one process at a time a directory: the crawl state,
// or a WARC directory.
package dirlock

import "errors"

// ErrLocked is wrapped by Lock's error when another process holds dir.
var ErrLocked = errors.New("directory locked")
