package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
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
	maxBytes := byteSize(extractor.DefaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "refuse pages larger than this many bytes (or with a K, M or G suffix)")
	nearDups := fs.String("near-duplicates", pipeline.NearMark, "WARC input: mark, drop or keep (off) the duplicates the crawl marked (its decisions recorded in the WARC; without them, in record order)")
	body := extractor.DefaultBody
	fs.Var(&body, "body", "forms of the article body to emit, comma-separated: text, html, markdown")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsprint extract [flags] [FILE|-]...\n\n"+
			"Extracts one article from each HTML file (or standard input, '-' or no\n"+
			"file) and prints it as one JSON line, in input order. It reads files, not\n"+
			"URLs, and refuses what is not HTML by its content (PDF, JSON, CSV, text). A WARC file (gzipped\n"+
			"or not, found by its content) gives one line per article among its HTML\n"+
			"responses, as the crawl that made it emitted them, in its order.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	inputs, done, err := parseArgs(fs, args, stdout)
	if done {
		return err
	}
	if err := checkNearDuplicates(*nearDups); err != nil {
		fmt.Fprintf(stderr, "newsprint extract: %v\n", err)
		return errUsage
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if u, err := url.Parse(in); err == nil && u.Scheme != "" && len(u.Scheme) > 1 && strings.HasPrefix(in, u.Scheme+"://") {
			if _, err := os.Stat(in); err != nil {
				fmt.Fprintf(stderr, "newsprint extract: %s: extract reads files, not URLs: save the page and give its path (with --url %s), or crawl it: newsprint crawl --max-depth 0 %s\n", in, in, in)
				return errUsage
			}
		}
	}
	if (*pageURL != "" || *contentType != "") && len(inputs) > 1 {
		fmt.Fprintln(stderr, "newsprint extract: --url and --content-type apply to a single input")
		return errUsage
	}
	out := bufio.NewWriter(stdout)
	opt := extractor.Options{ContentType: *contentType, MaxBytes: int(maxBytes), Body: body}
	// One Offline for all inputs: the files of one crawl's WARC, given in
	// order, continue one another (revisions, duplicates).
	off := pipeline.NewOffline(opt, *nearDups)
	failed := 0
	for _, in := range inputs {
		if ctx.Err() != nil {
			break
		}
		if err := extractInput(ctx, in, stdin, *pageURL, opt, off, out, stderr); err != nil {
			if errors.Is(err, errWriteOutput) {
				return err
			}
			fmt.Fprintf(stderr, "newsprint extract: %s: %v\n", displayName(in), err)
			failed++
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := flushWARC(off, out, stderr); err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

var errWriteOutput = errors.New("write output")

// extractInput extracts one input: a WARC file (found by its first bytes,
// whatever its name) gives a line per article, any other file one line.
// Lines are written whole and flushed, so that a later failure cannot lose
// what was already extracted.
func extractInput(ctx context.Context, in string, stdin io.Reader, pageURL string, opt extractor.Options, off *pipeline.Offline, out *bufio.Writer, stderr io.Writer) error {
	r := stdin
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
		if pageURL == "" {
			if abs, aerr := filepath.Abs(in); aerr == nil {
				pageURL = "file://" + filepath.ToSlash(abs)
			}
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	if archive.IsWARC(head) {
		return extractWARC(ctx, in, br, off, opt.MaxBytes, out, stderr)
	}
	line, err := extractOne(br, pageURL, opt)
	if err != nil {
		return err
	}
	return writeLine(out, line)
}

func writeLine(out *bufio.Writer, line []byte) error {
	if _, err := out.Write(line); err != nil {
		return fmt.Errorf("%w: %v", errWriteOutput, err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("%w: %v", errWriteOutput, err)
	}
	return nil
}

// extractWARC emits the article of every HTML response record that a crawl
// would have emitted, with the record's URL, WARC-Date as fetched_at and
// its place in the file, and reports what it skipped. Articles whose
// crawl's decision has not been read yet wait in off (until a later file,
// or flushWARC).
func extractWARC(ctx context.Context, in string, r io.Reader, off *pipeline.Offline, maxBytes int, out *bufio.Writer, stderr io.Writer) error {
	file := filepath.Base(in)
	if in == "-" {
		file = "-"
	}
	var t tally
	st, err := archive.Walk(r, file, maxBytes, archive.Visitor{
		Response: func(resp archive.Response) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return t.write(out, off.Response(resp))
		},
		Revisit:  func(r archive.Revisit) error { return t.write(out, off.Revisit(r)) },
		Metadata: func(m archive.Metadata) error { return t.write(out, off.Metadata(m)) },
	})
	t.report(stderr, displayName(in)+": "+fmt.Sprintf("%d records, ", st.Records), st.Skipped)
	return err
}

// flushWARC emits the articles still waiting for their crawl's decision
// after the last file: the crawl stopped before it, or it is in a file not
// given. They are decided as a crawl would, in capture order.
func flushWARC(off *pipeline.Offline, out *bufio.Writer, stderr io.Writer) error {
	var t tally
	err := t.write(out, off.Flush())
	if t.articles > 0 || len(t.skipped) > 0 {
		t.report(stderr, "no crawl decision found for some articles, decided here: ", nil)
	}
	return err
}

// tally counts what extractWARC wrote and skipped.
type tally struct {
	articles int
	skipped  map[string]int
}

func (t *tally) write(out *bufio.Writer, res []pipeline.Extracted) error {
	for _, e := range res {
		why := e.Skipped
		if e.Err != nil {
			why = "unreadable page"
		}
		if why != "" {
			if t.skipped == nil {
				t.skipped = map[string]int{}
			}
			t.skipped[why]++
			continue
		}
		t.articles++
		if err := writeLine(out, pipeline.Line(e.Article)); err != nil {
			return err
		}
	}
	return nil
}

func (t *tally) report(stderr io.Writer, prefix string, more map[string]int) {
	skipped := map[string]int{}
	for k, v := range t.skipped {
		skipped[k] += v
	}
	for k, v := range more {
		skipped[k] += v
	}
	keys := make([]string, 0, len(skipped))
	for k := range skipped {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, skipped[k]))
	}
	if len(parts) == 0 {
		fmt.Fprintf(stderr, "newsprint extract: %s%d articles\n", prefix, t.articles)
		return
	}
	fmt.Fprintf(stderr, "newsprint extract: %s%d articles; skipped: %s\n", prefix, t.articles, strings.Join(parts, ", "))
}

func displayName(in string) string {
	if in == "-" {
		return "standard input"
	}
	return in
}

// extractOne reads one HTML page and returns its JSON line, newline
// included.
func extractOne(r io.Reader, pageURL string, opt extractor.Options) ([]byte, error) {
	page, err := io.ReadAll(io.LimitReader(r, int64(opt.MaxBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	art, err := pipeline.ExtractFile(page, pageURL, opt)
	if err != nil {
		return nil, err
	}
	return pipeline.Line(art), nil
}
