// Command newsprint crawls news sites and extracts clean, structured articles
// as JSON lines.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// errUsage marks errors in how newsprint was called; they exit with status 2.
var errUsage = errors.New("usage error")

// errFailed marks a run that wrote what it could but had failures; the
// failures were already reported, so main only sets the exit status.
var errFailed = errors.New("some inputs failed")

const usage = `newsprint: crawl news sites and extract clean articles as JSON lines

Usage:
  newsprint crawl [flags] SEED_URL...     crawl sites, write new and changed articles
  newsprint extract [flags] [FILE|-]...   extract one article per page
  newsprint version                       print the version

Run 'newsprint COMMAND --help' for the flags of a command.
`

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stop := onSignals(cancel, os.Stderr, os.Exit)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// onSignals makes the first SIGINT or SIGTERM cancel the run, which stops
// cleanly (a crawl starts nothing new, gives its requests in flight a short
// grace, commits what finished), and a second one exit at once with status
// 128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as a shell
// reports a process killed by it. Nothing is lost then either: the next
// crawl run recovers the articles written since the last checkpoint. The
// returned function stops listening.
func onSignals(cancel context.CancelFunc, stderr io.Writer, exit func(int)) (stop func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		var first os.Signal
		select {
		case first = <-sigs:
		case <-done:
			return
		}
		fmt.Fprintf(stderr, "newsprint: %v: stopping; send it again to exit at once\n", first)
		cancel()
		select {
		case sig := <-sigs:
			fmt.Fprintf(stderr, "newsprint: %v again: exiting at once (the next run recovers what this one wrote)\n", sig)
			exit(exitStatus(sig))
		case <-done:
		}
	}()
	return func() { signal.Stop(sigs); close(done) }
}

// exitStatus is 128 + the signal's number.
func exitStatus(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailed):
		return 1
	case errors.Is(err, errNothingFetched):
		fmt.Fprintln(stderr, "newsprint:", err)
		return exitNothingFetched
	default:
		fmt.Fprintln(stderr, "newsprint:", err)
		return 1
	}
}

// run is main without the process: tests drive the CLI through it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	switch args[0] {
	case "crawl":
		return runCrawl(ctx, args[1:], stdout, stderr)
	case "extract":
		return runExtract(ctx, args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
		return nil
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "newsprint: unknown command %q\n\n%s", args[0], usage)
		return errUsage
	}
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments ("crawl URL --out x"), which flag.Parse alone stops
// at; "--" ends the flags. It returns the positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseArgs parses a subcommand's flags (interspersed with its arguments)
// and maps the outcome to run's errors: nil with done set for --help,
// errUsage for bad flags. Help that was asked for goes to stdout; usage
// printed for a mistake stays on fs's output (stderr).
func parseArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (pos []string, done bool, err error) {
	help := false
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(stdout)
			help = true
		}
	}
	full := fs.Usage
	if !help {
		// A mistake gets its message, the synopsis and where the flags are
		// (below), not 60 lines of flags that scroll the message away.
		fs.Usage = func() {}
		defer func() { fs.Usage = full }()
	}
	pos, err = parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, true, nil
	case err != nil:
		if name, ok := badDuration(fs, err); ok {
			fmt.Fprintf(fs.Output(), "--%s takes a number with its unit, e.g. 1s, 500ms, 2m or 24h\n", name)
		}
		shortUsage(fs, full)
		return nil, true, errUsage
	}
	return pos, false, nil
}

// badDuration reports whether err is a duration flag's value that did not
// parse ("--delay 5"), and the flag's name: the flag package says only
// "parse error" there.
func badDuration(fs *flag.FlagSet, err error) (string, bool) {
	msg := err.Error()
	if !strings.HasSuffix(msg, ": parse error") {
		return "", false
	}
	_, rest, ok := strings.Cut(msg, " for flag -")
	if !ok {
		return "", false
	}
	name := strings.TrimSuffix(rest, ": parse error")
	f := fs.Lookup(name)
	if f == nil {
		return "", false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return "", false
	}
	_, isDuration := g.Get().(time.Duration)
	return name, isDuration
}

// shortUsage prints the first line of full (the synopsis) and how to see
// the flags.
func shortUsage(fs *flag.FlagSet, full func()) {
	out := fs.Output()
	var b strings.Builder
	fs.SetOutput(&b)
	full()
	fs.SetOutput(out)
	synopsis, _, _ := strings.Cut(b.String(), "\n")
	fmt.Fprintf(out, "%s\nRun 'newsprint %s --help' for its flags.\n", synopsis, fs.Name())
}
