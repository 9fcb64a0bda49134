// Package proc runs a crawler as a child process and measures it: wall
// time, CPU (user + system, from wait4) and peak resident set (VmHWM,
// polled from /proc).
//
// wait4's ru_maxrss is not used for the peak: Go starts a child with vfork
// semantics, and Linux carries the parent's high-water mark across the
// exec into the child's, so every child would show at least the bench's
// own peak.
package proc

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Limits bound a run. A zero field means no bound of that kind.
type Limits struct {
	// Time is how long the child may run before it gets SIGINT.
	Time time.Duration
	// RSS is the resident set (KiB) at which the child is killed at once:
	// a crawler reading an endless input must not take the machine with it.
	RSS int64
	// Grace is how long the child may take to exit after SIGINT before it
	// is killed (default 10s).
	Grace time.Duration
	// Poll is the interval at which /proc is read (default 20ms).
	Poll time.Duration
}

// Result is one run.
type Result struct {
	Wall    time.Duration // start to exit
	CPU     time.Duration // user + system
	PeakRSS int64         // KiB, VmHWM as last read before the exit
	// Stopped says why the bench ended the run: "" if the child exited by
	// itself, "time" (SIGINT at Limits.Time), "memory" (killed at
	// Limits.RSS).
	Stopped string
	Killed  bool  // it got SIGKILL
	ExitErr error // from Wait
}

// Run starts cmd with stdout and stderr into the file logPath, waits for
// it within lim and measures it.
func Run(cmd *exec.Cmd, logPath string, lim Limits) (Result, error) {
	var res Result
	if lim.Grace == 0 {
		lim.Grace = 10 * time.Second
	}
	if lim.Poll == 0 {
		lim.Poll = 20 * time.Millisecond
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return res, fmt.Errorf("crawler log: %w", err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(lim.Poll)
	defer tick.Stop()
	var deadline <-chan time.Time
	if lim.Time > 0 {
		deadline = time.After(lim.Time)
	}
	pid := cmd.Process.Pid
wait:
	for {
		select {
		case err := <-done:
			res.ExitErr = err
			break wait
		case <-tick.C:
			hwm, rss := status(pid)
			res.PeakRSS = max(res.PeakRSS, hwm)
			if lim.RSS > 0 && rss >= lim.RSS {
				res.Stopped, res.Killed = "memory", true
				cmd.Process.Kill()
				res.ExitErr = <-done
				break wait
			}
		case <-deadline:
			res.PeakRSS = max(res.PeakRSS, PeakRSS(pid))
			res.Stopped = "time"
			cmd.Process.Signal(syscall.SIGINT)
			select {
			case res.ExitErr = <-done:
			case <-time.After(lim.Grace):
				res.Killed = true
				cmd.Process.Kill()
				res.ExitErr = <-done
			}
			break wait
		}
	}
	res.Wall = time.Since(start)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return res, nil
}

// PeakRSS is the peak resident set of process pid so far, in KiB (0 if it
// is gone).
func PeakRSS(pid int) int64 {
	hwm, _ := status(pid)
	return hwm
}

// status reads VmHWM and VmRSS of pid, in KiB (0 if it is gone).
func status(pid int) (hwm, rss int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			hwm = kib(v)
		} else if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			rss = kib(v)
		}
	}
	return hwm, rss
}

func kib(v string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
	return n
}
