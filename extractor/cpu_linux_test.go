package extractor

import (
	"syscall"
	"unsafe"
)

// The clocks of clock_gettime(2) that the speed benchmarks read.
const (
	clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
	clockThreadCPUTime  = 3 // CLOCK_THREAD_CPUTIME_ID
)

// threadCPU is the CPU time of the calling OS thread, in ns.
func threadCPU() int64 { return clockNS(clockThreadCPUTime) }

// processCPU is the CPU time of the whole process, every thread, in ns: the
// collector's background workers included.
func processCPU() int64 { return clockNS(clockProcessCPUTime) }

// clockNS reads the clock id, in ns, or 0 if it cannot.
func clockNS(id uintptr) int64 {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, id, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return ts.Nano()
}
