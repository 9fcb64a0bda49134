package extractor

import (
	"strings"
	"testing"
)

// Pages of documentation themes and static site generators, which set a
// permalink mark after each heading's text: a link to the heading's own
// fragment whose text is a mark ("¶", "#", "§", "🔗"). The <title> is
// the site's name, so the heading alone names the page.
func TestTitleProbe67AnchorMarks(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	page := func(h1 string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Notes</title></head>
<body><header class="site-header"><a href="/" class="logo">Harbour Notes</a><nav><a href="/posts/">Posts</a> <a href="/about/">About</a></nav></header>
<main><article><h1 id="storm">` + h1 + `</h1><p class="meta">March 3, 2024</p>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</article></main><footer>© Harbour Notes</footer></body></html>`
	}
	for _, tc := range []struct{ name, h1, want string }{
		// Sphinx (and MkDocs' toc extension): the pilcrow.
		{"Sphinx headerlink", h + `<a class="headerlink" href="#storm" title="Permalink to this heading">¶</a>`, h},
		{"MkDocs permalink", h + `<a class="headerlink" href="#storm" title="Permanent link">&para;</a>`, h},
		// Hugo and Jekyll themes, markdown-it-anchor: "#", "🔗", "§".
		{"Hugo #", h + ` <a class="anchor" href="#storm">#</a>`, h},
		{"Jekyll link emoji", h + ` <a class="anchor-link" href="#storm">🔗</a>`, h},
		{"markdown-it-anchor §", h + ` <a class="header-anchor" href="#storm">§</a>`, h},
		// A fragment link that says something is the headline's.
		{"a fragment link with words", `Why the coastal road keeps flooding: <a href="#answer">the answer</a>`, "Why the coastal road keeps flooding: the answer"},
		{"a ranked number", `Harbour Herald named the region's paper <a href="#ranking">#1</a>`, "Harbour Herald named the region's paper #1"},
	} {
		u := "https://notes.harbour.example/posts/storm/"
		if got, prov := extractTitle(t, page(tc.h1), u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// Magazines' <title>s that credit the author in brackets after the
// headline ("見出し（谷太郎） | 文春オンライン", "Headline (Jane Doe) |
// Site"), with the author's byline on the page and no heading: the
// brackets go when they hold the page's author, with a reporter's title
// or not; brackets that name no author stay.
func TestTitleProbe67BracketedByline(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	const ja = "市議会、来年度予算案を可決"
	jaBody := strings.Repeat(`<p>市議会は火曜日の夜、来年度の予算案を可決した。道路や図書館、十年前から約束されている新しい学校の建設をめぐって長い議論が続いた。</p>`, 4)
	enBody := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	page := func(lang, title, byline, body, site string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + `</title></head>
<body><div class="header"><a href="/" class="logo"><img src="/logo.png" alt="` + site + `"></a></div><div class="article">` + byline + body + `</div><div class="footer">Copyright &copy; ` + site + `</div></body></html>`
	}
	for _, tc := range []struct{ name, url, page, want string }{
		{"Japanese magazine", "https://bunshun.example/articles/-/12345",
			page("ja", ja+"（谷太郎） | 文春オンライン", `<div class="author">著者：谷太郎</div>`, jaBody, "文春オンライン"), ja},
		{"Japanese, spaced name", "https://gendai.example/articles/-/12345",
			page("ja", ja+"（谷 太郎） | 現代ビジネス", `<p class="author">谷 太郎</p>`, jaBody, "現代ビジネス"), ja},
		{"Japanese, reporter's title", "https://www.tani-shimbun.example/articles/12345",
			page("ja", ja+"（谷太郎記者） | 谷新聞", `<div class="author">谷太郎記者</div>`, jaBody, "谷新聞"), ja},
		{"English", "https://www.harbourherald.example/news/storm",
			page("en", h+" (Jane Doe) | Harbour Herald", `<p class="byline">By Jane Doe</p>`, enBody, "Harbour Herald"), h},
		// Brackets that are not the author's stay.
		{"Japanese, a series part", "https://bunshun.example/articles/-/12345",
			page("ja", ja+"（上） | 文春オンライン", `<div class="author">著者：谷太郎</div>`, jaBody, "文春オンライン"), ja + "（上）"},
		{"English, another name", "https://www.harbourherald.example/news/storm",
			page("en", "Why the harbour still remembers its lighthouse keeper (Tom Smith) | Harbour Herald", `<p class="byline">By Jane Doe</p>`, enBody, "Harbour Herald"), "Why the harbour still remembers its lighthouse keeper (Tom Smith)"},
	} {
		if got, prov := extractTitle(t, tc.page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
