package extractor

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// langCase is a page of the shared benchmarks with its language label and
// what the extractor reads: the text sample and the declaration.
type langCase struct {
	id, label, declared, src, sample string
}

// tldLangs lists, for a top-level domain, the languages its sites write in.
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

// relabelled are labelled pages whose text, read, is not in the language
// that both their declaration and their domain say.
var relabelled = map[string]string{
	"htmldate-eval/verfassungsblog.de.decade": "en", // an English post on a German blog
}

var (
	langCasesOnce sync.Once
	langCasesList []langCase
	langCasesSkip string
)

// langCases builds the labelled set from ../../shared/benchmarks. A label
// needs two independent signals to agree: the language the page declares
// (as the extractor reads it) must be one its domain's country writes
// (tldLangs; .gov and .edu count as English). Every zh-cwced page is
// Chinese (a Chinese dataset; the pages were read). A page whose
// declaration and domain agree but whose text, read, is in another language
// is relabelled (relabelled). The label is a primary tag: zh-Hans and
// zh-Hant count as zh. Under -race (sampled) it reads every eighth page of
// each set, by id: extracting all of them takes minutes there.
func langCases(tb testing.TB) []langCase {
	tb.Helper()
	langCasesOnce.Do(func() {
		root := "../../shared/benchmarks"
		for _, set := range []string{"wcxb-dev", "scrapinghub", "htmldate-eval", "zh-cwced"} {
			raw, err := os.ReadFile(filepath.Join(root, set, "ground-truth.json"))
			if err != nil {
				langCasesSkip = root + " is not there: no labelled pages"
				return
			}
			var gt map[string]struct {
				URL string `json:"url"`
			}
			if err := json.Unmarshal(raw, &gt); err != nil {
				langCasesSkip = err.Error()
				return
			}
			ids := make([]string, 0, len(gt))
			for id := range gt {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for i, id := range ids {
				if sampled() && i%raceShare != 0 {
					continue
				}
				page, err := sharedpages.ReadPage(filepath.Join(root, set, "html", id+".html"))
				if err != nil {
					langCasesSkip = err.Error()
					return
				}
				if c, ok := labelPage(set, id, gt[id].URL, page); ok {
					langCasesList = append(langCasesList, c)
				}
			}
		}
	})
	if langCasesSkip != "" {
		tb.Skip(langCasesSkip)
	}
	return langCasesList
}

func labelPage(set, id, pageURL string, page []byte) (langCase, bool) {
	a, err := Extract(page, pageURL, Options{})
	if err != nil {
		return langCase{}, false
	}
	c := langCase{id: set + "/" + id, sample: a.Text}
	if c.sample == "" {
		c.sample = a.Title + " " + a.Description
	}
	c.src, c.declared, _ = strings.Cut(a.Provenance["language_declared"], " ")
	switch u, err := url.Parse(pageURL); {
	case set == "zh-cwced":
		c.label = "zh"
	case err == nil && c.declared != "":
		host := u.Hostname()
		for _, l := range tldLangs[host[strings.LastIndexByte(host, '.')+1:]] {
			if l == primaryTag(c.declared) {
				c.label = l
			}
		}
	}
	if l, ok := relabelled[c.id]; ok {
		c.label = l
	}
	return c, c.label != ""
}

// newDetect reads the language of text alone, as resolveLanguage does for
// a page that declares none.
func newDetect(text string) string {
	sc := countScripts(text)
	if sc.letters < minLetters {
		return ""
	}
	l, _, _ := readText(sc, text)
	if l = primaryTag(l); l == "nb" || l == "nn" {
		return "no" // Bokmål and Nynorsk are labelled Norwegian
	}
	return l
}

// The detector reads the labelled pages' language from their text alone
// at least as well as the rules it replaced; both figures are logged
// (go test ./extractor -run TestLanguageAccuracy -v).
func TestLanguageAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and extracts 1,800 benchmark pages")
	}
	cases := langCases(t)
	count := func(detect func(string) string) (int, map[string]int) {
		n, wrong := 0, map[string]int{}
		for _, c := range cases {
			if got := detect(c.sample); got == c.label {
				n++
			} else {
				wrong[c.label+"->"+got]++
				if testing.Verbose() && os.Getenv("LANG_SHOW") != "" {
					t.Logf("%s: label %s, got %q: %.120q", c.id, c.label, got, c.sample)
				}
			}
		}
		return n, wrong
	}
	labels := map[string]int{}
	for _, c := range cases {
		labels[c.label]++
	}
	oldN, oldWrong := count(func(s string) string { l, _ := oldDetectLanguage(s); return l })
	newN, newWrong := count(newDetect)
	t.Logf("%d labelled pages %v", len(cases), labels)
	t.Logf("old rules: %d/%d = %.3f, errors %v", oldN, len(cases), float64(oldN)/float64(len(cases)), oldWrong)
	t.Logf("detector:  %d/%d = %.3f, errors %v", newN, len(cases), float64(newN)/float64(len(cases)), newWrong)
	if newN < oldN {
		t.Errorf("the detector reads %d of %d labelled pages right, the old rules %d", newN, len(cases), oldN)
	}
}

// BenchmarkLanguage measures the cost a page of reading the language:
// from the text alone (a page that declares none) and as resolveLanguage
// does it with the page's declaration, old rules against the detector.
func BenchmarkLanguage(b *testing.B) {
	cases := langCases(b)
	run := func(name string, f func(c langCase)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				f(cases[i%len(cases)])
				i++
			}
		})
	}
	run("text/old", func(c langCase) { oldDetectLanguage(c.sample) })
	run("text/detector", func(c langCase) { newDetect(c.sample) })
	// The old resolveLanguage read the text whatever the declaration.
	run("declared/old", func(c langCase) { oldDetectLanguage(c.sample) })
	run("declared/detector", func(c langCase) {
		var a Article
		resolveLanguage(&resolved{a: &a, prov: map[string]string{}}, c.declared, c.src, c.sample)
	})
}
