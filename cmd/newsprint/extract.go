package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsprint/newsprint/extractor"
)

func versionString() string { return extractor.Version }

// runExtract implements 'newsprint extract': one JSON line per input, in
// input order, on stdout. A failed input is reported on stderr by name and
// the others still run; the exit status is then 1.
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "the page's URL (with a single input); relative links resolve against it")
	contentType := fs.String("content-type", "", "the HTTP Content-Type of the page, for its charset (with a single input)")
	maxBytes := fs.Int("max-bytes", extractor.DefaultMaxBytes, "refuse pages larger than this many bytes")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newsprint extract [flags] [FILE|-]...\n\n"+
			"Extracts one article from each HTML file (or standard input, '-' or no\n"+
			"file) and prints it as one JSON line, in input order.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	inputs, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if (*pageURL != "" || *contentType != "") && len(inputs) > 1 {
		fmt.Fprintln(stderr, "newsprint extract: --url and --content-type apply to a single input")
		return errUsage
	}
	out := bufio.NewWriter(stdout)
	failed := 0
	for _, in := range inputs {
		if ctx.Err() != nil {
			break
		}
		line, err := extractOne(in, stdin, *pageURL, extractor.Options{ContentType: *contentType, MaxBytes: *maxBytes})
		if err != nil {
			fmt.Fprintf(stderr, "newsprint extract: %s: %v\n", displayName(in), err)
			failed++
			continue
		}
		// Write whole lines only, and flush each so that a later failure
		// cannot lose what was already extracted.
		if _, err := out.Write(line); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		if err := out.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

func displayName(in string) string {
	if in == "-" {
		return "standard input"
	}
	return in
}

// extractOne reads one input and returns its JSON line, newline included.
func extractOne(in string, stdin io.Reader, pageURL string, opt extractor.Options) ([]byte, error) {
	var (
		page []byte
		err  error
	)
	limit := int64(opt.MaxBytes) + 1
	if in == "-" {
		page, err = io.ReadAll(io.LimitReader(stdin, limit))
	} else {
		var f *os.File
		if f, err = os.Open(in); err != nil {
			return nil, err
		}
		page, err = io.ReadAll(io.LimitReader(f, limit))
		f.Close()
		if pageURL == "" {
			if abs, aerr := filepath.Abs(in); aerr == nil {
				pageURL = "file://" + filepath.ToSlash(abs)
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	art, err := extractor.Extract(page, pageURL, opt)
	if err != nil {
		return nil, err
	}
	line, err := json.Marshal(art)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return append(line, '\n'), nil
}
