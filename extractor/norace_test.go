//go:build !race

package extractor

// raceBuild: the tests run under the race detector (go test -race).
const raceBuild = false
