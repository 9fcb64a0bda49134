package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/newsprint/newsprint/bench/internal/proc"
)

// result is one crawler's run against the site.
type result struct {
	crawler string
	sum     runSummary
	// wall is the time from the crawler's start until it exited by itself
	// or, if the bench stopped it, until the bench sent SIGINT (stopped
	// says why: "limit" or "linger").
	wall    time.Duration
	stopped string
	// exitAfter is how long it took to exit after that SIGINT; killed if
	// it had not within the grace period and got SIGKILL.
	exitAfter time.Duration
	killed    bool
	exitErr   error
	emitted   int   // distinct article URLs in its output
	badLines  int   // output lines that are not an article
	maxRSS    int64 // peak resident set, KiB (VmHWM, polled)
	cpu       time.Duration
	logTail   string
}

// normalSeconds is when the normal hosts were done, +Inf if they were not.
func (r result) normalSeconds() float64 {
	if !r.sum.complete() {
		return inf
	}
	return r.sum.normalDone.Seconds()
}

// limits bound a run: the bench sends SIGINT at limit, or linger after
// the last article of the normal hosts was served, whichever is first,
// and SIGKILL grace later.
type limits struct {
	limit, linger, grace time.Duration
}

// logDir, if set, keeps each crawler's stderr (-logs).
var logDir string

// runOne crawls the site afresh with c and measures it.
func runOne(s *site, cfg siteConfig, c crawler, pol politeness, lim limits) (result, error) {
	res := result{crawler: c.name}
	j, cmd, err := scratchJob(s, c, pol, "manyhost-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(j.dir)
	logPath := filepath.Join(j.dir, "stderr.log")
	if logDir != "" {
		logPath = filepath.Join(logDir, fmt.Sprintf("%s-%s.log", time.Now().Format("150405"), c.name))
	}
	s.reset(cfg)
	start, done, closeLog, err := launch(cmd, c.name, logPath)
	if err != nil {
		return res, err
	}
	defer closeLog()
	stopAt, why := start.Add(lim.limit), "limit"
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
wait:
	for {
		select {
		case err := <-done:
			res.wall, res.exitErr = time.Since(start), err
			break wait
		case now := <-tick.C:
			res.maxRSS = max(res.maxRSS, proc.PeakRSS(cmd.Process.Pid))
			if at, ok := s.normalDone(); ok && start.Add(at+lim.linger).Before(stopAt) {
				stopAt, why = start.Add(at+lim.linger), "linger"
			}
			if now.Before(stopAt) {
				continue
			}
			res.wall, res.stopped = time.Since(start), why
			res.maxRSS = max(res.maxRSS, proc.PeakRSS(cmd.Process.Pid))
			res.exitAfter, res.killed, res.exitErr = stop(cmd, done, syscall.SIGINT, lim.grace)
			break wait
		}
	}
	hits := s.log()
	res.sum = summarize(hits, cfg, pol.delay)
	if logDir != "" {
		if err := writeHits(strings.TrimSuffix(logPath, ".log")+".requests.tsv", hits); err != nil {
			return res, err
		}
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if res.emitted, res.badLines, err = countArticles(j.out); err != nil {
		return res, err
	}
	res.logTail = proc.Tail(logPath, 5)
	return res, nil
}

// stop sends sig and waits up to grace for the process to exit, then
// kills it. It returns how long the exit took and whether it was killed.
func stop(cmd *exec.Cmd, done <-chan error, sig syscall.Signal, grace time.Duration) (time.Duration, bool, error) {
	sent := time.Now()
	cmd.Process.Signal(sig)
	select {
	case err := <-done:
		return time.Since(sent), false, err
	case <-time.After(grace):
		cmd.Process.Kill()
		return time.Since(sent), true, <-done
	}
}

// stopResult is one stop-latency measurement.
type stopResult struct {
	crawler string
	sig     syscall.Signal
	// exitAfter is the time from the signal to the exit; killed if there
	// was none within the limit.
	exitAfter   time.Duration
	killed      bool
	exitedEarly bool // exited before the signal was due
	// startedAfter counts the requests the site saw start after the
	// signal, articles among them.
	startedAfter, articlesAfter int
	emitted                     int
	exitErr                     error
}

// scratchJob makes a scratch folder (named prefix and the crawler's name)
// and the command that crawls the site with c into it.
func scratchJob(s *site, c crawler, pol politeness, prefix string) (job, *exec.Cmd, error) {
	dir, err := os.MkdirTemp("", prefix+c.name)
	if err != nil {
		return job{}, nil, fmt.Errorf("scratch folder: %w", err)
	}
	j := job{seeds: s.seeds(), include: s.include(), out: filepath.Join(dir, "out.jsonl"), dir: dir, pol: pol}
	cmd, err := c.command(j)
	if err != nil {
		os.RemoveAll(dir)
		return job{}, nil, err
	}
	return j, cmd, nil
}

// stopOne starts c on the site, sends sig at `at`, and measures how long
// it takes to exit (SIGKILL at limit after the signal).
func stopOne(s *site, cfg siteConfig, c crawler, pol politeness, sig syscall.Signal, at, limit time.Duration) (stopResult, error) {
	res := stopResult{crawler: c.name, sig: sig}
	j, cmd, err := scratchJob(s, c, pol, "manyhost-stop-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(j.dir)
	s.reset(cfg)
	start, done, closeLog, err := launch(cmd, c.name, filepath.Join(j.dir, "stderr.log"))
	if err != nil {
		return res, err
	}
	defer closeLog()
	select {
	case res.exitErr = <-done:
		res.exitedEarly = true
	case <-time.After(at):
		res.exitAfter, res.killed, res.exitErr = stop(cmd, done, sig, limit)
	}
	signalAt := start.Add(at).Sub(start)
	for _, h := range s.log() {
		if h.start > signalAt {
			res.startedAfter++
			if h.kind == kindArticle {
				res.articlesAfter++
			}
		}
	}
	if res.emitted, _, err = countArticles(j.out); err != nil {
		return res, err
	}
	return res, nil
}

// writeHits writes the request log as tab-separated lines: host, kind,
// article, start and end in seconds, aborted.
func writeHits(path string, hits []hit) error {
	var b strings.Builder
	b.WriteString("host\tkind\tarticle\tstart\tend\taborted\n")
	for _, h := range hits {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%.3f\t%.3f\t%t\n", hostIP(h.host), h.kind, h.article, h.start.Seconds(), h.end.Seconds(), h.aborted)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write request log: %w", err)
	}
	return nil
}

// launch starts cmd with its output going to the log file logPath, and
// returns when it started, a channel that gets its exit, and the log's
// closer.
func launch(cmd *exec.Cmd, name, logPath string) (time.Time, <-chan error, func(), error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return time.Time{}, nil, nil, fmt.Errorf("crawler log: %w", err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	start := time.Now()
	if err := cmd.Start(); err != nil {
		logf.Close()
		return time.Time{}, nil, nil, fmt.Errorf("start %s: %w", name, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	return start, done, func() { logf.Close() }, nil
}
