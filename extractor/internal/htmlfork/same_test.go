package htmlfork

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// benchmarksDir holds the shared benchmark sets, one directory each with
// its pages under html/.
const benchmarksDir = "../../../../shared/benchmarks"

// diffTrees walks a (from x/net/html) and b (from the fork) together and
// describes the first difference: a node's type, atom, data, namespace or
// attributes (in order), or the shape of the tree. It returns "" when the
// trees are the same.
func diffTrees(a, b *html.Node) string {
	return diffNode(a, b, "")
}

func diffNode(a, b *html.Node, path string) string {
	if a == nil || b == nil {
		if a != b {
			return fmt.Sprintf("%s: node %v, fork %v", path, describe(a), describe(b))
		}
		return ""
	}
	here := path + "/" + describe(a)
	switch {
	case a.Type != b.Type:
		return fmt.Sprintf("%s: type %v, fork %v", here, a.Type, b.Type)
	case a.DataAtom != b.DataAtom:
		return fmt.Sprintf("%s: atom %v, fork %v", here, a.DataAtom, b.DataAtom)
	case a.Data != b.Data:
		return fmt.Sprintf("%s: data %q, fork %q", here, a.Data, b.Data)
	case a.Namespace != b.Namespace:
		return fmt.Sprintf("%s: namespace %q, fork %q", here, a.Namespace, b.Namespace)
	case !slices.Equal(a.Attr, b.Attr):
		return fmt.Sprintf("%s: attrs %q, fork %q", here, a.Attr, b.Attr)
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		if d := diffNode(ca, cb, fmt.Sprintf("%s[%d]", here, i)); d != "" {
			return d
		}
		if ca.Parent != a || cb.Parent != b {
			return fmt.Sprintf("%s[%d]: parent link broken", here, i)
		}
		if ca.NextSibling == nil && a.LastChild != ca || cb.NextSibling == nil && b.LastChild != cb {
			return fmt.Sprintf("%s[%d]: last child link broken", here, i)
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

func describe(n *html.Node) string {
	switch {
	case n == nil:
		return "none"
	case n.Type == html.ElementNode:
		return n.Data
	}
	return n.Type.String()
}

// parseBoth parses page with x/net/html and the fork and returns the
// difference between the two trees, or "".
//
// The fork takes its nodes from blocks every call reuses
// (speed81Nodes), as Extract's parses do from page to page, so that the
// trees it compares are built over the nodes of the last case's: a field
// of a node's last use that survived would show.
func parseBoth(page []byte) (string, error) {
	want, errWant := html.Parse(bytes.NewReader(page))
	speed81Nodes.Reset()
	got, errGot := ParseWithOptions(page, ParseOptionNodes(&speed81Nodes))
	if (errWant == nil) != (errGot == nil) {
		return "", fmt.Errorf("x/net/html error %v, fork error %v", errWant, errGot)
	}
	if errWant != nil {
		return "", nil
	}
	return diffTrees(want, got), nil
}

// speed81Nodes are the blocks of nodes parseBoth's parses reuse.
var speed81Nodes NodeBlocks

var corpusFlag = flag.Bool("corpus", false, "TestCorpusSame: compare the parsers on every page of ../shared/benchmarks, not every eighth")

// Every eighth page of every set of ../shared/benchmarks (every page with
// -corpus, the first 200 with -short) parses to the same tree in the fork
// as in x/net/html. All 3,188 take minutes under -race, as the README's
// test command runs; the fuzz target and the html5lib cases cover the rest.
func TestCorpusSame(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchmarksDir, "*", "html", "*"))
	if len(files) == 0 {
		t.Skipf("%s is not there: no real pages to compare the parsers on", benchmarksDir)
	}
	switch {
	case testing.Short():
		files = files[:min(len(files), 200)]
	case !*corpusFlag:
		var every []string
		for i := 0; i < len(files); i += 8 {
			every = append(every, files[i])
		}
		files = every
	}
	for _, f := range files {
		page, err := sharedpages.ReadPage(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseBoth(page)
		if err != nil {
			t.Errorf("%s: %v", f, err)
		} else if d != "" {
			t.Errorf("%s: trees differ at %s", f, d)
		}
	}
	t.Logf("%d pages compared", len(files))
}

// html5libDir returns x/net/html's copy of the html5lib tree-construction
// tests (webkit01.dat and the others) in the module cache, or "".
func html5libDir() string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		gopath, _, _ := strings.Cut(os.Getenv("GOPATH"), string(os.PathListSeparator))
		if gopath == "" {
			home, _ := os.UserHomeDir()
			gopath = filepath.Join(home, "go")
		}
		cache = filepath.Join(gopath, "pkg", "mod")
	}
	dir := filepath.Join(cache, "golang.org/x/net@v0.62.0/html/testdata/html5lib-tests/tree-construction")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

// datCase is one test of a .dat file: its #data, and the context element of
// a #document-fragment test ("" for a whole document).
type datCase struct {
	data, context string
}

// readDat reads the cases of an html5lib .dat file.
func readDat(path string) ([]datCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []datCase
	var cur *datCase
	section := ""
	var data []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	flush := func() {
		if cur != nil {
			cur.data = strings.Join(data, "\n")
			out = append(out, *cur)
		}
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section = line
			if line == "#data" {
				flush()
				cur, data = &datCase{}, nil
			}
			continue
		}
		switch section {
		case "#data":
			data = append(data, line)
		case "#document-fragment":
			if cur != nil && line != "" {
				cur.context = line
			}
		}
	}
	flush()
	return out, sc.Err()
}

// The html5lib tree-construction tests that x/net/html ships (webkit01.dat,
// webkit02.dat, tests*.dat, template.dat, ...) parse to the same trees in
// the fork, whole documents and fragments alike.
func TestHTML5libSame(t *testing.T) {
	dir := html5libDir()
	if dir == "" {
		t.Skip("golang.org/x/net@v0.62.0/html/testdata is not in the module cache: run go mod download golang.org/x/net@v0.62.0")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.dat"))
	if !slices.ContainsFunc(files, func(f string) bool { return strings.HasSuffix(f, "webkit01.dat") }) {
		t.Fatalf("%s holds no webkit01.dat", dir)
	}
	n := 0
	for _, f := range files {
		cases, err := readDat(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cases {
			n++
			var d string
			if c.context == "" {
				d, err = parseBoth([]byte(c.data))
			} else {
				d, err = parseFragmentBoth([]byte(c.data), c.context)
			}
			if err != nil {
				t.Errorf("%s #%d %q: %v", filepath.Base(f), i, c.data, err)
			} else if d != "" {
				t.Errorf("%s #%d %q: trees differ at %s", filepath.Base(f), i, c.data, d)
			}
		}
	}
	t.Logf("%d cases compared", n)
}

// parseFragmentBoth parses a fragment in the context the .dat file names
// ("td", "svg path", ...) with both parsers.
func parseFragmentBoth(page []byte, context string) (string, error) {
	ns, tag, found := strings.Cut(context, " ")
	if !found {
		ns, tag = "", context
	}
	ctx := &html.Node{Type: html.ElementNode, DataAtom: atom.Lookup([]byte(tag)), Data: tag, Namespace: ns}
	want, errWant := html.ParseFragment(bytes.NewReader(page), ctx)
	got, errGot := ParseFragment(page, ctx)
	if (errWant == nil) != (errGot == nil) {
		return "", fmt.Errorf("x/net/html error %v, fork error %v", errWant, errGot)
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d nodes, fork %d", len(want), len(got)), nil
	}
	for i := range want {
		if d := diffTrees(want[i], got[i]); d != "" {
			return d, nil
		}
	}
	return "", nil
}

// FuzzParseSame: for any input the fork builds the tree x/net/html builds.
func FuzzParseSame(f *testing.F) {
	for _, s := range []string{
		"",
		"<p>a\x00b</p><p x=\"\x00\" \x00y=1>",
		"a\r\nb\rc\n\r\n<textarea>\r\nx</textarea><pre>\n\ny</pre>",
		"<a href='?a=1&amp;b=2&copy=3&notit;&#x41;&#0;&#xD800;&#128;'>&lt;&gtx&ampy &</a>",
		"<svg><foreignObject><p>x</p></foreignObject><path d=1/><desc><b>y</desc></svg><math><mi><svg><mtext>",
		"<math><annotation-xml encoding=text/html><div>x</div></annotation-xml></math>",
		"<table><tr><td>a<td>b<table><caption>c</caption><col><tbody><tr><th>d</table>x</table>text<select><option>o</select>",
		"<template><tr><td>x</td></tr></template><template><template><col></template></template>",
		"<div><p><b><i><u>unclosed<table><p>x<a><a>y<nobr><nobr>",
		"<p title=\"" + strings.Repeat("x&amp;\x00", 5000) + "\" " + strings.Repeat("a", 3000) + "=1>",
		"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head><script>if (a<b) document.write('</scr'+'ipt>')</script><!-- c -- --!><![CDATA[x]]>",
		"<script><!--<script></script>--></script><style>a<b</style><title>x&amp;</title><plaintext><b>",
		"<noscript><p>x</noscript><iframe><b></iframe><xmp><i></xmp><noembed>z</noembed>",
		"<frameset><frame><noframes>x</noframes></frameset>",
		"<html a=1><body b=2><html c=3><body d=4 b=5>",
		"<p>\x00</p><svg>\x00<![CDATA[\x00]]></svg><select>\x00</select><table>\x00</table>",
		"<A HREF=X CLASS=Y>Up</A><SVG VIEWBOX=1><LINEARGRADIENT/></SVG>",
		"<div a b=c b=d\tc='e'\nd=f/ g/>",
		"<p " + strings.Repeat("a b c d e f g h i j k l m n o p q r s t ", 2) + "A=1 T=2 u=3 U=4>",
		"<?php x ?><! x><!--><!---><!-- a --!>",
		"<form><form><input type=hidden><isindex></form>",
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("</div>", 3),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		orig := bytes.Clone(page)
		d, err := parseBoth(page)
		if err != nil {
			t.Fatal(err)
		}
		if d != "" {
			t.Fatalf("trees differ at %s", d)
		}
		if !bytes.Equal(page, orig) {
			t.Fatal("the fork changed the caller's bytes")
		}
	})
}
