// Command filegraph prints which files of one Go package call functions
// declared in which other files of it, and the pairs of files that call
// each other both ways (issue 13 item 8: "no files calling each other both
// ways"). Test files are left out.
//
//	cd tools/filegraph && go run . ../../extractor          # the two-way pairs
//	cd tools/filegraph && go run . -edges ../../extractor   # every file -> file edge
//	cd tools/filegraph && go run . -uses ../../extractor    # types, vars and consts too
//
// It type-checks the package from source with the export data that
// `go list -export` builds for its imports, so it needs the module's
// dependencies in the module cache, nothing more.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	edges := flag.Bool("edges", false, "print every file -> file edge with the names it uses")
	uses := flag.Bool("uses", false, "count uses of types, variables and constants, not only calls")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: filegraph [-edges] [-uses] PACKAGE_DIR")
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *edges, *uses); err != nil {
		fmt.Fprintln(os.Stderr, "filegraph:", err)
		os.Exit(1)
	}
}

type edge struct{ from, to string }

func run(w io.Writer, dir string, printEdges, uses bool) error {
	exports, err := exportData(dir)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return err
	}
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return fmt.Errorf("parse %s: %w", p, err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(exports[path])
	})}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
	pkg, err := conf.Check(dir, fset, files, info)
	if err != nil {
		return fmt.Errorf("type-check %s: %w", dir, err)
	}
	names := map[edge]map[string]bool{}
	for id, obj := range info.Uses {
		if obj == nil || obj.Pkg() != pkg || !declaredAtTop(obj, pkg, uses) {
			continue
		}
		e := edge{filepath.Base(fset.Position(id.Pos()).Filename), filepath.Base(fset.Position(obj.Pos()).Filename)}
		if e.from == e.to {
			continue
		}
		if names[e] == nil {
			names[e] = map[string]bool{}
		}
		names[e][obj.Name()] = true
	}
	keys := make([]edge, 0, len(names))
	for e := range names {
		keys = append(keys, e)
	}
	slices.SortFunc(keys, func(a, b edge) int { return strings.Compare(a.from+"\x00"+a.to, b.from+"\x00"+b.to) })
	if printEdges {
		for _, e := range keys {
			fmt.Fprintf(w, "%s -> %s: %s\n", e.from, e.to, strings.Join(sorted(names[e]), " "))
		}
		fmt.Fprintln(w)
	}
	n := 0
	for _, e := range keys {
		back := edge{e.to, e.from}
		if e.from < e.to && names[back] != nil {
			n++
			fmt.Fprintf(w, "%s <-> %s\n  -> %s\n  <- %s\n", e.from, e.to, strings.Join(sorted(names[e]), " "), strings.Join(sorted(names[back]), " "))
		}
	}
	fmt.Fprintf(w, "%d pairs of files use each other both ways\n", n)
	return nil
}

// declaredAtTop reports whether obj is a package-level function or method
// (or, with uses, any package-level name or method): not a local, a field
// or a parameter.
func declaredAtTop(obj types.Object, pkg *types.Package, uses bool) bool {
	switch o := obj.(type) {
	case *types.Func:
		return true
	case *types.Var:
		return uses && !o.IsField() && o.Parent() == pkg.Scope()
	case *types.TypeName, *types.Const:
		return uses && o.Parent() == pkg.Scope()
	}
	return false
}

// exportData maps each import path of the package's dependencies to the
// file holding its export data.
func exportData(dir string) (map[string]string, error) {
	out, err := exec.Command("go", "list", "-C", dir, "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", ".").Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export %s: %w", dir, err)
	}
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m, sc.Err()
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
