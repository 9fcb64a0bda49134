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

// Headings that hold text they do not show, at their start or end: a
// note for screen readers only, keywords hidden by an inline style or
// the hidden attribute, a glyph hidden from screen readers. The <title>
// is the site's name, so the heading alone names the page; what a reader
// sees is the headline.
func TestTitleProbe67HiddenEdges(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	page := func(h1 string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Herald</title></head>
<body><header class="site-header"><a href="/" class="logo">Harbour Herald</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<main><article>` + h1 + `<p class="meta">March 3, 2024</p>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</article></main><footer>© Harbour Herald</footer></body></html>`
	}
	for _, tc := range []struct{ name, h1, want string }{
		{"WordPress screen-reader-text", `<h1 class="entry-title"><span class="screen-reader-text">Posted in News: </span>` + h + `</h1>`, h},
		{"visually-hidden note after", `<h1>` + h + `<span class="visually-hidden"> (opens in a new window)</span></h1>`, h},
		{"keywords hidden by style", `<h1>` + h + `<span style="display:none">storm, road, power</span></h1>`, h},
		{"hidden attribute", `<h1>` + h + `<span hidden>Updated</span></h1>`, h},
		{"aria-hidden glyph", `<h1><span aria-hidden="true" class="icon">▶</span> ` + h + `</h1>`, h},
		// Shown, or words that only screen readers skip, they stay.
		{"aria-hidden words", `<h1>` + h + ` <span aria-hidden="true">again</span></h1>`, h + " again"},
		{"a shown span", `<h1><span class="first">Storm closes</span> coastal road as thousands lose power</h1>`, h},
	} {
		u := "https://www.harbourherald.example/news/storm-closes-coastal-road"
		if got, prov := extractTitle(t, page(tc.h1), u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A paywall's mark in the headline, classed as one, says what the site
// calls its subscription ("Plus", "Abo", "F+"): it is a badge whatever
// its words, and goes.
func TestTitleProbe67PaywallBadge(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	page := harbourPage67
	for _, tc := range []struct{ name, h1, want string }{
		{"premium badge", `<h1><span class="premium-badge">Plus</span> ` + h + `</h1>`, h},
		{"subscriber label after", `<h1>` + h + ` <span class="label subscriber-only">Abo</span></h1>`, h},
		{"paid mark", `<h1><span class="paid-content-marker">F+</span>` + h + `</h1>`, h},
		// A classed span of more words is the headline's.
		{"a long classed span", `<h1><span class="premium-title">Storm closes coastal road</span> as thousands lose power</h1>`, h},
	} {
		u := "https://www.harbourherald.example/news/storm-closes-coastal-road"
		if got, prov := extractTitle(t, page(tc.h1), u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A story's header set outside its <article>, as full-width "hero"
// headers of news themes are: the section's links, the <h1>, the byline
// and a bar of share buttons. Its links are mostly the share buttons',
// which say nothing of whether it is the site's masthead; with them left
// aside, the header is the story's and its <h1> the headline. The
// <title> is the site's name or the section's.
func TestTitleProbe67ShareBarHeader(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	share := `<div class="share-buttons"><a href="https://facebook.example/share?u=x">Facebook</a><a href="https://twitter.example/intent?u=x">Twitter</a><a href="mailto:?subject=x">Email</a><a href="https://linkedin.example/share?u=x">LinkedIn</a><a href="https://wa.example/send?text=x">WhatsApp</a></div>`
	cats := `<div class="cats"><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/local/">Local</a></div>`
	page := func(title, hero string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head>
<body><header class="site-header"><a href="/" class="logo">Harbour Herald</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>` + hero +
			`<div class="content"><div class="entry-content">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div></div><footer>© Harbour Herald</footer></body></html>`
	}
	for _, tc := range []struct{ name, title, hero string }{
		{"<header> hero", "Harbour Herald", `<header class="post-hero">` + cats + `<h1>` + h + `</h1><div class="byline"><a href="/author/jdoe/">Jane Doe</a></div>` + share + `</header>`},
		{"entry-header outside the article", "News | Harbour Herald", `<header class="entry-header">` + cats + `<h1 class="entry-title">` + h + `</h1>` + share + `</header>`},
		{"a hero classed masthead", "Harbour Herald", `<div class="article-masthead">` + cats + `<h1>` + h + `</h1>` + share + `</div>`},
		{"a hero with the banner role", "Harbour Herald", `<div role="banner" class="hero">` + cats + `<h1>` + h + `</h1>` + share + `</div>`},
	} {
		u := "https://www.harbourherald.example/news/storm-closes-coastal-road"
		if got, prov := extractTitle(t, page(tc.title, tc.hero), u); got != h {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, h)
		}
	}
	// A site's header with its tagline in an <h1> and links to the
	// site's social pages: the story's heading is still the headline.
	masthead := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Herald</title></head>
<body><header class="site-header"><a href="/" class="logo"><img src="/logo.png" alt="Harbour Herald"></a><h1 class="tagline">News from the harbour since 1887</h1><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav><div class="social-follow"><a href="https://facebook.example/harbour">Facebook</a><a href="https://twitter.example/harbour">Twitter</a></div></header>
<main><div class="post"><h2 class="entry-title">` + h + `</h2><div class="entry-content">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div></div></main></body></html>`
	if got, prov := extractTitle(t, masthead, "https://www.harbourherald.example/news/storm-closes-coastal-road"); got != h {
		t.Errorf("Extract(masthead with a tagline).Title = %q (%s), want %q", got, prov, h)
	}
}

// An older template's page: the <title> an SEO plug-in cut to its length
// with an ellipsis, the headline whole in a plain <h2>. The heading
// completes the title; a heading that says something else does not.
func TestTitleProbe67TruncatedTitleHeading(t *testing.T) {
	const long = "Storm closes coastal road as thousands lose power across the county while ferries are cancelled and schools stay shut for the weekend"
	page := func(h2 string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm closes coastal road as thousands lose power across t… | Harbour Herald</title></head>
<body><div id="header"><a href="/"><img src="/logo.gif" alt="Harbour Herald"></a></div><div class="story"><h2>` + h2 + `</h2>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div><div id="footer">© Harbour Herald</div></body></html>`
	}
	u := "https://www.harbourherald.example/news/story.php?id=1234"
	for _, tc := range []struct{ name, h2, want string }{
		{"the headline whole", long, long},
		{"another heading", "Ferries cancelled for the weekend", "Storm closes coastal road as thousands lose power across t…"},
	} {
		if got, prov := extractTitle(t, page(tc.h2), u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A podcast host's episode page: the <title> the show's site name, the
// episode stated in JSON-LD as a PodcastEpisode, its name the title. An
// article that embeds an episode keeps its own headline, wherever the
// episode's object stands.
func TestTitleProbe67PodcastEpisode(t *testing.T) {
	const ep = "Why the coastal road keeps flooding"
	const h = "Storm closes coastal road as thousands lose power"
	episode := `{"@context":"https://schema.org","@type":"PodcastEpisode","name":"` + ep + `","datePublished":"2024-03-03","associatedMedia":{"@type":"MediaObject","contentUrl":"https://cdn.podhost.example/e.mp3"},"partOfSeries":{"@type":"PodcastSeries","name":"The Harbour Briefing"}}`
	article := `{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + h + `","datePublished":"2024-03-03"}`
	page := func(ld ...string) string {
		var b strings.Builder
		for _, o := range ld {
			b.WriteString(`<script type="application/ld+json">` + o + `</script>`)
		}
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Briefing</title>` + b.String() + `</head>
<body><div class="show"><img src="/art.jpg" alt="The Harbour Briefing"><div class="player"><audio src="https://cdn.podhost.example/e.mp3" controls></audio></div><div class="notes">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div></div></body></html>`
	}
	for _, tc := range []struct{ name, page, want string }{
		{"episode", page(episode), ep},
		{"an article embedding an episode", page(episode, article), h},
	} {
		if got, prov := extractTitle(t, tc.page, "https://harbourbriefing.podhost.example/episodes/why-the-coastal-road-keeps-flooding"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A theme that shows the comment count after the headline in its
// heading without a link, in an element classed for it: the count goes;
// a number in an element classed otherwise is the headline's.
func TestTitleProbe67CommentCountSpan(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	page := harbourPage67
	for _, tc := range []struct{ name, h1, want string }{
		{"a count", `<h1 class="entry-title">` + h + ` <span class="comments-count"><i class="icon-comment"></i> 12</span></h1>`, h},
		{"a count with its word", `<h1 class="entry-title">` + h + ` <span class="comment-count">3 Comments</span></h1>`, h},
		{"another number", `<h1 class="entry-title">Storm closes coastal road as thousands lose power in <span class="year">2024</span></h1>`, "Storm closes coastal road as thousands lose power in 2024"},
	} {
		if got, prov := extractTitle(t, page(tc.h1), "https://www.harbourherald.example/news/storm"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// harbourPage67 is a page whose <title> is the site's name and whose
// article opens with h1, a heading as written.
func harbourPage67(h1 string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Herald</title></head>
<body><header class="site-header"><a href="/" class="logo">Harbour Herald</a></header>
<main><article>` + h1 + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</article></main></body></html>`
}
