package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Module sets are public annotated pages that come with a module the bench
// already depends on, outside ../shared/benchmarks. Check sets among them
// are pages nothing in the extractor was written or fitted against, read as
// a score only: the bench refuses to list their pages (-misses, -worst).
// The others are dev sets like the shared ones, split in halves.
const (
	// mediacloud: 200 news pages in some thirty languages, each annotated
	// with its publication day or "nan" (none known), which htmldate's
	// authors use as their second evaluation set (go-htmldate
	// scripts/comparison/data-mediacloud.go, pages in
	// test-files/mediacloud).
	setMediacloud  = "mediacloud"
	htmldateModule = "github.com/markusmobius/go-htmldate"

	// trafilatura-eval: trafilatura's own evaluation pages (go-trafilatura
	// scripts/comparison/data.go, pages in test-files/comparison), mostly
	// German and English news, blogs and institutional pages, annotated
	// with snippets the body must hold ("with") and must not ("without"),
	// and most with the title, authors and publication day. go-trafilatura
	// was tuned on them: its score there is a peer's home ground. A dev
	// set, split in halves; two thirds of its pages are in the shared dev
	// sets already and left out.
	setTrafEval       = "trafilatura-eval"
	trafilaturaModule = "github.com/markusmobius/go-trafilatura"
)

// halfAll stands for every page of a check set, which is not split: it is
// all held out.
const halfAll = "all"

// isCheckSet reports whether set is a check set rather than a dev set.
func isCheckSet(set string) bool { return set == setMediacloud }

// isModuleSet reports whether set is read from a module rather than from
// the shared benchmarks folder: the check sets and trafilatura-eval, which
// is split in halves like the shared dev sets.
func isModuleSet(set string) bool { return isCheckSet(set) || set == setTrafEval }

// reMediacloudEntry is one comparisonEntry of data-mediacloud.go.
var reMediacloudEntry = regexp.MustCompile(`URL:\s*"([^"]*)",\s*File:\s*"([^"]*)",\s*Date:\s*"([^"]*)"`)

// loadModuleSet reads a module set from the module cache. data is the
// shared dev sets' folder: a page whose address is in one of them is left
// out.
func loadModuleSet(set, data string) ([]page, error) {
	switch set {
	case setMediacloud:
		return loadMediacloud(set)
	case setTrafEval:
		return loadTrafEval(set, data)
	}
	return nil, fmt.Errorf("load %s: no such set", set)
}

// loadMediacloud reads the mediacloud set. A "nan" label is read as "the
// page has no publication date", as htmldate's evaluation counts it (a true
// negative when nothing is found).
func loadMediacloud(set string) ([]page, error) {
	dir, err := moduleDir(htmldateModule)
	if err != nil {
		return nil, fmt.Errorf("load check set %s: %w", set, err)
	}
	src := filepath.Join(dir, "scripts", "comparison", "data-mediacloud.go")
	raw, err := os.ReadFile(src)
	if err != nil {
		return nil, fmt.Errorf("load check set %s: %w", set, err)
	}
	pages, files := parseMediacloud(raw)
	if len(pages) == 0 {
		return nil, fmt.Errorf("load check set %s: %s holds no entries", set, src)
	}
	for i := range pages {
		b, err := os.ReadFile(filepath.Join(dir, "test-files", "mediacloud", files[i]))
		if err != nil {
			return nil, fmt.Errorf("load check set %s: %w", set, err)
		}
		pages[i].html = b
	}
	return pages, nil
}

// parseMediacloud reads the entries of data-mediacloud.go as pages without
// their HTML, in id order, and the file each page is in.
func parseMediacloud(src []byte) ([]page, []string) {
	entries := reMediacloudEntry.FindAllSubmatch(src, -1)
	sort.Slice(entries, func(i, j int) bool { return string(entries[i][2]) < string(entries[j][2]) })
	pages := make([]page, 0, len(entries))
	files := make([]string, 0, len(entries))
	for _, e := range entries {
		file := string(e[2])
		date := label{known: true}
		if d := string(e[3]); d != "nan" {
			date = dateLabel(label{known: true, v: &d})
		}
		pages = append(pages, page{id: strings.TrimSuffix(file, ".html"), url: string(e[1]), date: date})
		files = append(files, file)
	}
	return pages, files
}

// moduleDir is where the go command keeps module mod, as this module's
// go.mod resolves it (downloading it when needed).
func moduleDir(mod string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go mod download %s: %v: %s", mod, err, strings.TrimSpace(errb.String()))
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out.Bytes(), &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no module directory in %q", mod, out.String())
	}
	return info.Dir, nil
}

// loadTrafEval reads trafilatura's evaluation set. Pages whose file is one
// of go-trafilatura's test mocks (test-files/mock) are left out: the
// extractor's spec tests (extractor/metatraf*_test.go) were written against
// those. So are pages whose address is in a dev set of data.
func loadTrafEval(set, data string) ([]page, error) {
	dir, err := moduleDir(trafilaturaModule)
	if err != nil {
		return nil, fmt.Errorf("load dev set %s: %w", set, err)
	}
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	raw, err := os.ReadFile(src)
	if err != nil {
		return nil, fmt.Errorf("load dev set %s: %w", set, err)
	}
	all, files, err := parseTrafEval(raw)
	if err != nil {
		return nil, fmt.Errorf("load dev set %s: %s: %w", set, src, err)
	}
	seen, err := devSetAddresses(data)
	if err != nil {
		return nil, fmt.Errorf("load dev set %s: %w", set, err)
	}
	var pages []page
	var mocks, dev int
	for i, p := range all {
		if seen[addressKey(p.url)] {
			dev++
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", files[i]))
		if errors.Is(err, fs.ErrNotExist) {
			mocks++
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("load dev set %s: %w", set, err)
		}
		p.html = b
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("load dev set %s: no pages in %s", set, filepath.Join(dir, "test-files", "comparison"))
	}
	fmt.Printf("%s: %d of %d annotated pages; left out %d test mocks and %d pages of a dev set\n\n", set, len(pages), len(all), mocks, dev)
	return pages, nil
}

// parseTrafEval reads data.go's comparisonData, a map from each page's
// address to its annotations, as pages in file order, without their HTML,
// and the file each is in. A field left empty is unlabelled: the set never
// annotates a page as having no title, author or date.
func parseTrafEval(src []byte) ([]page, []string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "data.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, err
	}
	var entries *ast.CompositeLit
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "comparisonData" && len(vs.Values) == 1 {
			entries, _ = vs.Values[0].(*ast.CompositeLit)
		}
		return entries == nil
	})
	if entries == nil {
		return nil, nil, errors.New("no comparisonData map")
	}
	var pages []page
	var files []string
	for _, e := range entries.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil, nil, fmt.Errorf("comparisonData: an entry without its address at %d", e.Pos())
		}
		addr, err := goString(kv.Key)
		if err != nil {
			return nil, nil, err
		}
		fields, ok := kv.Value.(*ast.CompositeLit)
		if !ok {
			return nil, nil, fmt.Errorf("comparisonData[%q]: not a composite literal", addr)
		}
		p := page{url: addr}
		var file string
		for _, fe := range fields.Elts {
			fkv, ok := fe.(*ast.KeyValueExpr)
			if !ok {
				return nil, nil, fmt.Errorf("comparisonData[%q]: a field without its name", addr)
			}
			name, _ := fkv.Key.(*ast.Ident)
			if name == nil {
				return nil, nil, fmt.Errorf("comparisonData[%q]: a field without its name", addr)
			}
			switch name.Name {
			case "File", "Title", "Date":
				v, err := goString(fkv.Value)
				if err != nil {
					return nil, nil, fmt.Errorf("comparisonData[%q].%s: %w", addr, name.Name, err)
				}
				v = strings.TrimSpace(v)
				switch {
				case name.Name == "File":
					file = v
				case v == "":
				case name.Name == "Title":
					p.title = label{known: true, v: &v}
				default:
					p.date = dateLabel(label{known: true, v: &v})
				}
			case "Authors", "With", "Without":
				list, err := goStrings(fkv.Value)
				if err != nil {
					return nil, nil, fmt.Errorf("comparisonData[%q].%s: %w", addr, name.Name, err)
				}
				switch name.Name {
				case "Authors":
					if len(list) > 0 {
						v := strings.Join(list, "; ")
						p.author = label{known: true, v: &v}
					}
				case "With":
					p.with = list
				default:
					p.without = list
				}
			}
		}
		if file == "" {
			return nil, nil, fmt.Errorf("comparisonData[%q]: no file", addr)
		}
		p.id = strings.TrimSuffix(file, ".html")
		pages = append(pages, p)
		files = append(files, file)
	}
	idx := make([]int, len(pages))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return files[idx[a]] < files[idx[b]] })
	sp, sf := make([]page, len(idx)), make([]string, len(idx))
	for i, j := range idx {
		sp[i], sf[i] = pages[j], files[j]
	}
	return sp, sf, nil
}

// goString is the value of a Go string literal.
func goString(e ast.Expr) (string, error) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", fmt.Errorf("not a string literal at %d", e.Pos())
	}
	return strconv.Unquote(lit.Value)
}

// goStrings is the value of a []string{...} literal.
func goStrings(e ast.Expr) ([]string, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("not a list literal at %d", e.Pos())
	}
	out := make([]string, 0, len(lit.Elts))
	for _, el := range lit.Elts {
		s, err := goString(el)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// devSetAddresses are the page addresses of every dev set in data (a set
// that is not there is skipped: it cannot overlap).
func devSetAddresses(data string) (map[string]bool, error) {
	seen := map[string]bool{}
	for _, set := range strings.Split(allSets, ",") {
		if isModuleSet(set) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(data, set, "ground-truth.json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		gt, err := parseTruth(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", set, err)
		}
		for _, t := range gt {
			if t.URL != "" {
				seen[addressKey(t.URL)] = true
			}
		}
	}
	return seen, nil
}

// addressKey is a page address with what does not tell pages apart taken
// off: the scheme, "www.", the host's case and a trailing slash.
func addressKey(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(addr)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	key := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		key += "?" + u.RawQuery
	}
	return key
}
