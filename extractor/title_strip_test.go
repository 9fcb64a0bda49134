package extractor

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var titleStripH1 = flag.Bool("titlestrip-h1", false, "with -titlestrip, also make the pages' <h1>s <div>s, and count only the pages whose <title> holds the title with more around it")

var titleStrip = flag.String("titlestrip", "", "extract the titles of wcxb-dev's, dragnet's and scrapinghub's pages with and without their structured data, print per set and half how often the title survives its loss, and write the fit half's losses to this file")

// Structured data an older CMS does not write: JSON-LD, microdata and
// RDFa attributes, and the <meta> tags of OpenGraph, Twitter cards,
// Dublin Core, Highwire, Parse.ly and their kin.
var (
	reStripLD   = regexp.MustCompile(`(?is)<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>`)
	reStripMeta = regexp.MustCompile(`(?is)<meta\b[^>]*>`)
	reStripName = regexp.MustCompile(`(?i)\b(?:property|name|itemprop)\s*=\s*["']?\s*(?:og:|twitter:|article:|fb:|al:|dc\.|dcterms\.|dc:|citation_|parsely-|sailthru\.|application-name|title["'\s/>]|section["'\s/>]|category["'\s/>]|headline|name["'\s/>]|datepublished|author)`)
	reStripAttr = regexp.MustCompile(`(?i)\s(?:itemprop|itemscope|itemtype|itemid|property|typeof|vocab)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?`)
	reStripTag  = regexp.MustCompile(`(?s)<[a-zA-Z][^<>]*>`)
	reH1        = regexp.MustCompile(`(?i)<(/?)h1\b`)
)

// withoutH1 returns page with its <h1>s made <div>s: an older template
// that sets its headline in a styled block, or gives it only in the
// <title>.
func withoutH1(page []byte) []byte {
	return reH1.ReplaceAll(page, []byte("<${1}div"))
}

// stripStructured returns page without its structured data, as an older
// CMS would have written it: only the <title> and the visible page name
// the article. It works on the bytes, so the page's encoding stays.
func stripStructured(page []byte) []byte {
	page = reStripLD.ReplaceAll(page, nil)
	page = reStripMeta.ReplaceAllFunc(page, func(m []byte) []byte {
		if reStripName.Match(m) {
			return nil
		}
		return m
	})
	return reStripTag.ReplaceAllFunc(page, func(m []byte) []byte {
		if !bytes.Contains(m, []byte("item")) && !bytes.Contains(m, []byte("property")) && !bytes.Contains(m, []byte("typeof")) {
			return m
		}
		return reStripAttr.ReplaceAll(m, nil)
	})
}

func TestStripStructured(t *testing.T) {
	page := []byte(`<html><head><title>T</title><meta property="og:title" content="X"><meta name="twitter:title" content="Y">` +
		`<meta name="viewport" content="w"><script type="application/ld+json">{"headline":"Z"}</script></head>` +
		`<body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">H</h1></article></body></html>`)
	got := string(stripStructured(page))
	want := `<html><head><title>T</title><meta name="viewport" content="w"></head>` +
		`<body><article><h1>H</h1></article></body></html>`
	if got != want {
		t.Errorf("stripStructured = %s, want %s", got, want)
	}
}

// TestTitleStripped measures the archive case without new labels: pages
// of older CMSs state no og:title and no JSON-LD, and their headline
// comes from the <title> and the page's own headings. Each page is read
// twice, as captured and with its structured data stripped
// (stripStructured); the title survives when both give the same. On
// wcxb-dev it counts the pages whose title is the label in each reading;
// on dragnet and scrapinghub, which label no title, the pages whose
// structured title agrees with an <h1> (so the right answer is known
// without the data) and keep it without.
//
//	go test ./extractor -run TestTitleStripped -titlestrip /tmp/strip.txt -v
func TestTitleStripped(t *testing.T) {
	if *titleStrip == "" {
		t.Skip("-titlestrip not set")
	}
	var losses strings.Builder
	for _, set := range []string{"wcxb-dev", "dragnet", "scrapinghub"} {
		dir := filepath.Join("../../shared/benchmarks", set)
		truth, ids := readGroundTruth[struct {
			URL   string  `json:"url"`
			Title *string `json:"title"`
			Body  string  `json:"articleBody"`
		}](t, dir)
		type tally struct{ pages, known, rightStripped, kept int }
		counts := map[string]*tally{"fit": {}, "held-out": {}}
		for _, id := range ids {
			tr := truth[id]
			if set == "wcxb-dev" && tr.Title == nil {
				continue
			}
			b := datasetPage(t, dir, id)
			a, err := Extract(b, tr.URL, Options{})
			if err != nil {
				continue
			}
			sb := stripStructured(b)
			if *titleStripH1 {
				sb = withoutH1(sb)
			}
			s, err := Extract(sb, tr.URL, Options{})
			if err != nil {
				continue
			}
			h := half(id)
			c := counts[h]
			c.pages++
			got, stripped := normSpace(a.Title), normSpace(s.Title)
			var known bool // the right title is known without the data
			if tr.Title != nil {
				gold := normSpace(*tr.Title)
				known = got == gold
				if stripped == gold {
					c.rightStripped++
				}
			} else {
				known = got != "" && structuredAndH1(b, tr.URL, got)
				// The bodies of dragnet, copied by a person, mostly
				// begin with the headline (TestTitleProxy).
				if stripped != "" && slices.ContainsFunc(strings.Split(tr.Body, "\n"), func(l string) bool { return normSpace(l) == stripped }) {
					c.rightStripped++
				}
			}
			// Without its <h1>s, a page's title can come only from its
			// <title>: the pages counted are those whose <title> holds the
			// title with the site's name or a section around it, which
			// the cleaning must cut.
			if *titleStripH1 && known {
				tag := docTitleOf(b)
				known = tag != got && strings.Contains(tag, got)
			}
			if !known {
				continue
			}
			c.known++
			if stripped == got {
				c.kept++
				continue
			}
			if h == "fit" {
				fmt.Fprintf(&losses, "%s %s %s\n  with:    %q\n  without: %q\n", set, id, tr.URL, got, stripped)
			}
		}
		counted := "the structured title is an <h1>"
		if set == "wcxb-dev" {
			counted = "the title is right with it"
		}
		if *titleStripH1 {
			counted += " and the <title> holds it with more"
		}
		for _, h := range []string{"fit", "held-out"} {
			c := counts[h]
			right := "title right"
			if set != "wcxb-dev" {
				right = "title a line of the body"
			}
			t.Logf("%s %s: %d pages; %s without structured data on %d; %s on %d; kept without the data on %d (%.3f)",
				set, h, c.pages, right, c.rightStripped, counted, c.known, c.kept, float64(c.kept)/float64(max(c.known, 1)))
		}
	}
	if err := os.WriteFile(*titleStrip, []byte(losses.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

var reDocTitle = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// docTitleOf returns the text of a page's first <title>.
func docTitleOf(page []byte) string {
	m := reDocTitle.FindSubmatch(page)
	if m == nil {
		return ""
	}
	return normSpace(html.UnescapeString(string(m[1])))
}

// structuredAndH1 reports whether the page's JSON-LD headline, og:title
// or twitter:title and one of its <h1>s outside the furniture both give
// title.
func structuredAndH1(page []byte, pageURL, title string) bool {
	p, _ := decode(page, "")
	doc, err := html.Parse(bytes.NewReader(p))
	if err != nil {
		return false
	}
	m := collectMeta(doc, nil, false)
	a := Article{}
	resolveSiteName(m, &resolved{a: &a, prov: map[string]string{}})
	base, _ := url.Parse(pageURL)
	tc := newTitleContext(m, doc, a.SiteName, base, &navSet{doc: doc})
	var stated, h1 bool
	for _, c := range titleCandidates(m, doc, tc) {
		if normSpace(c.text) != title {
			continue
		}
		switch c.src {
		case srcJSONLD, srcOG, srcTwitter:
			stated = true
		case srcH1:
			h1 = h1 || !c.furniture
		}
	}
	return stated && h1
}
