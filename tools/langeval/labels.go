package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// page is one benchmark page with the language label built for it.
type page struct {
	set, id, url string
	html         []byte
	declared     string // primary tag the page declares, "" if none
	label        string // the label (see buildLabel), "" when the page is left out
	how          string // how the label was obtained
}

// tldLangs lists, for a top-level domain, the languages its sites write in.
// A page is labelled only when its declared language is one of them: two
// independent signals (what the site says, where the site is) agreeing.
var tldLangs = map[string][]string{
	"de": {"de"}, "at": {"de"}, "ch": {"de", "fr", "it"}, "li": {"de"},
	"fr": {"fr"}, "be": {"fr", "nl"}, "lu": {"fr", "de"},
	"it": {"it"}, "va": {"it"}, "es": {"es"}, "mx": {"es"}, "ar": {"es"}, "cl": {"es"},
	"pt": {"pt"}, "br": {"pt"}, "nl": {"nl"}, "pl": {"pl"}, "cz": {"cs"}, "sk": {"sk"},
	"hu": {"hu"}, "ro": {"ro"}, "se": {"sv"}, "no": {"no", "nb", "nn"}, "dk": {"da"},
	"fi": {"fi"}, "ee": {"et"}, "lv": {"lv"}, "lt": {"lt"}, "gr": {"el"}, "bg": {"bg"},
	"hr": {"hr"}, "rs": {"sr"}, "si": {"sl"}, "ru": {"ru"}, "ua": {"uk"}, "by": {"be", "ru"},
	"tr": {"tr"}, "jp": {"ja"}, "kr": {"ko"}, "cn": {"zh"}, "tw": {"zh"}, "hk": {"zh"},
	"vn": {"vi"}, "id": {"id"}, "th": {"th"}, "il": {"he"}, "ir": {"fa"}, "tn": {"ar", "fr"},
	"uk": {"en"}, "ie": {"en"}, "au": {"en"}, "nz": {"en"}, "ca": {"en", "fr"}, "us": {"en"},
	"scot": {"en"}, "gov": {"en"}, "edu": {"en"}, "in": {"en", "hi"},
}

// relabelled are pages whose declaration and domain agree but whose text,
// read, is in another language (as in extractor/langeval_test.go).
var relabelled = map[string]string{
	"htmldate-eval/verfassungsblog.de.decade": "en", // an English post on a German blog
}

// buildLabel sets p.label, given the language the page declares as the
// extractor reads it (<html lang>, else og:locale or a language meta, else
// JSON-LD inLanguage): zh-cwced is a Chinese dataset (every page is
// Chinese; the pages were read); elsewhere the declared language counts
// only where the domain's country writes it.
func buildLabel(p *page, declared string) {
	p.declared = primaryTag(declared)
	defer func() {
		if l, ok := relabelled[p.set+"/"+p.id]; ok {
			p.label = l
		}
	}()
	if p.set == "zh-cwced" {
		p.label, p.how = "zh", "dataset"
		return
	}
	u, err := url.Parse(p.url)
	if err != nil || p.declared == "" {
		return
	}
	host := u.Hostname()
	tld := host[strings.LastIndexByte(host, '.')+1:]
	for _, l := range tldLangs[tld] {
		if l == p.declared {
			p.label, p.how = p.declared, "declared=tld"
			return
		}
	}
}

func primaryTag(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	return s
}

type truth struct {
	URL string `json:"url"`
}

func loadSet(root, set string) ([]page, error) {
	dir := filepath.Join(root, set)
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("parse %s: %w", dir, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var pages []page
	for _, id := range ids {
		b, err := readPage(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			return nil, err
		}
		u := gt[id].URL
		if u == "" {
			u = "https://example.cn/" + id + ".html"
		}
		p := page{set: set, id: id, url: u, html: b}
		pages = append(pages, p)
	}
	return pages, nil
}

func readPage(path string) ([]byte, error) {
	if b, err := os.ReadFile(path); err == nil {
		return b, nil
	}
	f, err := os.Open(path + ".gz")
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s.gz: %w", path, err)
	}
	return io.ReadAll(zr)
}
