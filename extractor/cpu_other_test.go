//go:build !linux

package extractor

// threadCPU is, where no thread clock is read, the process's CPU time.
func threadCPU() int64  { return cpuTime() }
func processCPU() int64 { return cpuTime() }
