package extractor

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// newsProbeParas is the story every news probe page carries: six
// paragraphs, which each template splits across its own sibling blocks.
var newsProbeParas = []string{
	"The harbour bridge will close to traffic for a year from next month while engineers replace the cables that hold up its central span, the port authority said on Sunday.",
	"Inspectors found last autumn that water had reached the steel strands inside several of the cables, and that two of them had lost more strength than the original design allowed.",
	"Buses will be diverted over the inland road, which adds around twenty minutes to most journeys, and an extra ferry will run every quarter of an hour at peak times.",
	"Shop owners on the waterfront said they feared losing passing trade for a whole season, and asked the authority to phase the work so that one lane could stay open.",
	"The authority said that keeping a lane open would double the length of the closure and raise the cost of the repairs, which it put at one hundred and twenty million.",
	"A public meeting on the diversions is planned for next week, and the authority said it would publish a full timetable for the works before the closure begins.",
}

const newsProbeTitle = "Harbour bridge to close for a year of cable repairs"

// newsProbeFurniture are strings of the blocks a news template sets
// around and between the paragraphs: none belongs to the body.
var newsProbeFurniture = []string{
	"Advertisement", "Ferry timetable cut", "Morning Tide", "new bus lanes",
	"Storm closes coastal road", "Mayor names new police chief",
	"Schools to get solar panels", "Zoo welcomes twin otter pups",
	"Inside the last sardine cannery", "45 comments",
}

// Furniture blocks, in the words a news page uses; each template wraps them
// in its own markup.
const (
	npReadMore   = `<a href="/news/ferry-timetable">Ferry timetable cut as crossings fall</a>`
	npNewsletter = `Sign up for The Morning Tide, our free daily newsletter.`
	npRelated    = `<a href="/news/bus-lanes">Council approves new bus lanes</a>`
	npComments   = `Join the conversation: 45 comments`
)

// npList is a sidebar list of headlines under a heading.
func npList(heading string, items ...string) string {
	var b strings.Builder
	b.WriteString("<h2>" + heading + "</h2><ol>")
	for i, it := range items {
		b.WriteString(`<li><a href="/news/item-` + string(rune('a'+i)) + `">` + it + `</a></li>`)
	}
	return b.String() + "</ol>"
}

var (
	npMostRead = npList("Most read", "Storm closes coastal road overnight", "Mayor names new police chief", "Bakery wins national prize")
	npLatest   = npList("Latest news", "Schools to get solar panels by autumn", "Train strike called off")
	npTrending = npList("Trending", "Zoo welcomes twin otter pups", "Marathon route changed")
	npMoreFrom = npList("More from The Harbour Herald", "Inside the last sardine cannery", "A lighthouse keeper retires")
)

// npParas wraps paragraphs i..j-1 of the story each in open and close.
func npParas(open, close string, i, j int) string {
	var b strings.Builder
	for _, p := range newsProbeParas[i:j] {
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

type newsProbeCase struct {
	name, url, page     string
	title, authors      string
	published, modified string // modified "-" leaves the modified day unchecked
	// paras are the story's paragraphs and furniture the strings of the
	// blocks around it; nil means the English story's (newsProbeParas,
	// newsProbeFurniture).
	paras, furniture []string
}

// newsProbeFailures extracts each case and lists its wrong fields: the
// four of probeFields, a body without the story's first or last
// paragraph, or with a string of the furniture.
func newsProbeFailures(c newsProbeCase) []string {
	a, err := Extract([]byte(c.page), c.url, Options{})
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	paras, furniture := c.paras, c.furniture
	if paras == nil {
		paras, furniture = newsProbeParas, newsProbeFurniture
	}
	out := probeFields(a, c.title, c.authors, c.published, c.modified)
	for _, p := range []string{paras[0], paras[len(paras)-1]} {
		if !strings.Contains(a.Text, p) {
			out = append(out, fmt.Sprintf("Text lacks %q", p))
		}
	}
	for _, s := range furniture {
		if strings.Contains(strings.ToLower(a.Text), strings.ToLower(s)) {
			out = append(out, fmt.Sprintf("Text holds %q", s))
		}
	}
	return out
}

// reNewsProbeMeta are the head's statements of the writers and the days:
// JSON-LD and the article:*, author and byl metas.
var reNewsProbeMeta = regexp.MustCompile(`<script type="application/ld\+json">.*?</script>|<meta (?:property="article:[a-z_]+"|name="(?:author|byl|publishdate)") content="[^"]*">`)

// bare is page without its head's statements, so that its visible byline
// and dateline alone give the fields.
func bare(page string) string { return reNewsProbeMeta.ReplaceAllString(page, "") }

// newsProbeKnown are the cases that fail on this commit, each with the
// area that owns the fix; they are logged, not failed, and a case that
// starts to pass says so, to be taken off this list.
var newsProbeKnown = map[string]string{}

func checkNewsProbe(t *testing.T, cases []newsProbeCase) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, newsProbeFailures(c), newsProbeKnown, "newsProbeKnown")
	}
}

// reportProbe fails the test with each of a probe case's failures, or,
// when the case is on known (whose name is list), logs them, and says so
// when a known case passes.
func reportProbe(t *testing.T, name string, fails []string, known map[string]string, list string) {
	t.Helper()
	if _, ok := known[name]; ok {
		if len(fails) == 0 {
			t.Logf("Extract(%s) passes now: take it off %s", name, list)
		}
		for _, f := range fails {
			t.Logf("known: Extract(%s).%s", name, f)
		}
		return
	}
	for _, f := range fails {
		t.Errorf("Extract(%s).%s", name, f)
	}
}

// npHead is a news head: the title with the site's name after it, og:title
// likewise, and extra for the template's own metas and JSON-LD.
func npHead(site, sep, extra string) string {
	return `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>` + newsProbeTitle + sep + site + `</title><meta property="og:title" content="` + newsProbeTitle + sep + site + `"><meta property="og:type" content="article"><meta property="og:site_name" content="` + site + `">` + extra + `</head>`
}

// npLD is a NewsArticle JSON-LD object.
func npLD(typ, authors, published, modified string) string {
	s := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"` + typ + `","headline":"` + newsProbeTitle + `"`
	if authors != "" {
		s += `,"author":` + authors
	}
	if published != "" {
		s += `,"datePublished":"` + published + `"`
	}
	if modified != "" {
		s += `,"dateModified":"` + modified + `"`
	}
	return s + `,"publisher":{"@type":"Organization","name":"The Harbour Herald"}}</script>`
}

const npNav = `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>`

const npFooter = `<footer class="site-footer"><p>© 2024 The Harbour Herald. All rights reserved.</p><p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact us</a></p></footer>`

// Newsrooms on their own platforms, each written the way its markup lays
// out a story: the paragraphs in sibling blocks, ads, promos and related
// links between them, and the rails of headlines beside and after.
func TestNewsProbe45Newsrooms(t *testing.T) {
	const T = newsProbeTitle
	page := func(head, bodyClass, main string) string {
		return `<!DOCTYPE html><html lang="en">` + head + `<body class="` + bodyClass + `"><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header>` + main + npFooter + `</body></html>`
	}

	// Arc XP: every paragraph in its own div.article-body, ads and an
	// interstitial "Read more" between them.
	arcBlock := func(i int) string {
		return `<div class="article-body grid-center"><p data-el="text" class="font-copy">` + newsProbeParas[i] + `</p></div>`
	}
	arc := page(npHead("The Capital Post", " - ", `<meta property="article:published_time" content="2024-03-03T09:15:00-05:00"><meta property="article:modified_time" content="2024-03-04T18:02:00-05:00">`+npLD("NewsArticle", `[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]`, "2024-03-03T09:15:00-05:00", "2024-03-04T18:02:00-05:00")), "article",
		`<main><article><div class="grid-center"><h1 data-qa="headline" class="headline">`+T+`</h1><div data-qa="subheadline">Repairs will divert buses inland.</div><div data-qa="author-byline" class="byline"><span>By </span><a data-qa="author-name" href="/people/jane-doe/">Jane Doe</a><span> and </span><a data-qa="author-name" href="/people/john-roe/">John Roe</a></div><div data-qa="timestamp"><span data-testid="display-date">March 3, 2024 at 9:15 a.m. EST</span></div><button data-qa="comments-btn">`+npComments+`</button></div>
<div class="meteredContent">`+arcBlock(0)+arcBlock(1)+`<div data-qa="article-body-ad" class="ad-slot"><span>Advertisement</span><div id="slug_inline_bb_1"></div></div>`+arcBlock(2)+`<div class="interstitial-link"><span><b>Read more: </b>`+npReadMore+`</span></div>`+arcBlock(3)+`<div data-qa="newsletter-signup" class="newsletter-inline"><p>`+npNewsletter+`</p><button>Sign up</button></div>`+arcBlock(4)+arcBlock(5)+`</div></article>
<aside data-qa="right-rail"><div data-qa="most-read">`+npMostRead+`</div></aside></main>`)

	// BBC: data-component blocks, each paragraph its own text-block.
	bbcText := func(i, j int) string {
		return npParas(`<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">`, `</p></div>`, i, j)
	}
	bbc := page(npHead("BBC News", " - ", npLD("NewsArticle", `[{"@type":"Person","name":"Jane Doe"}]`, "2024-03-03T09:15:00.000Z", "2024-03-04T18:02:00.000Z")), "",
		`<main id="main-content"><article class="ssrcss-pv1rh6-ArticleWrapper"><header data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">`+T+`</h1></header><div data-component="byline-block" class="ssrcss-1qr3f1s-StyledBylineWrapper"><div class="ssrcss-68pt20-Text-TextContributorName">By Jane Doe</div><div class="ssrcss-84ltp5-Text">BBC News, Harbourtown</div><time datetime="2024-03-03T09:15:00.000Z">3 March 2024</time></div>
<div data-component="image-block"><figure><img src="/bridge.jpg" alt="The bridge at dusk"><figcaption>The bridge carries forty thousand vehicles a day</figcaption></figure></div>`+bbcText(0, 2)+`<div data-component="ad-slot"><div class="dotcom-ad-text">Advertisement</div></div>`+bbcText(2, 4)+`<div data-component="links-block"><h2>Related: </h2><ul><li>`+npRelated+`</li></ul></div>`+bbcText(4, 6)+`<div data-component="tag-list"><h2>Related Topics</h2><ul><li><a href="/topics/harbourtown">Harbourtown</a></li></ul></div></article>
<section data-component="mostRead" class="ssrcss-mostRead">`+npMostRead+`</section><section data-component="latest">`+npLatest+`</section></main>`)

	// Guardian's DCR: the headline and meta in data-gu-name blocks, a rich
	// link and a newsletter card among the paragraphs, "Most viewed" after.
	guardian := page(`<head><meta charset="utf-8"><title>`+T+` | Harbourtown | The Guardian</title><meta property="og:title" content="`+T+`"><meta property="og:site_name" content="the Guardian"><meta property="article:published_time" content="2024-03-03T09:15:00.000Z"><meta property="article:modified_time" content="2024-03-04T18:02:00.000Z"><meta property="article:author" content="https://www.theguardian.example/profile/jane-doe"><meta property="article:author" content="https://www.theguardian.example/profile/john-roe"><meta name="author" content="Jane Doe and John Roe"></head>`, "",
		`<main data-layout="StandardLayout"><article class="dcr-1ayhvvw"><div data-gu-name="headline" class="dcr-1ebokst"><h1 class="dcr-u0152o">`+T+`</h1></div><div data-gu-name="standfirst" class="dcr-nkcz6c"><p>Repairs will divert buses inland and add a ferry at peak times</p></div><div data-gu-name="meta" class="dcr-1r7cbzi"><address aria-label="Contributor info" data-component="meta-byline" class="dcr-1eux1dk"><div class="dcr-1nlnhcp"><a rel="author" href="/profile/jane-doe" data-link-name="auto tag link">Jane Doe</a> and <a rel="author" href="/profile/john-roe" data-link-name="auto tag link">John Roe</a></div></address><div class="dcr-1xbe3i5"><details class="dcr-1xjndtj"><summary class="dcr-1hsb3bn"><span class="dcr-u0h1qy">Sun 3 Mar 2024 09.15 GMT</span></summary><span class="dcr-u0h1qy">Last modified on Mon 4 Mar 2024 18.02 GMT</span></details></div></div>
<div id="maincontent" class="dcr-1m0pbqq"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1kb4j1h">`+npParas(`<p class="dcr-1cgm78b">`, `</p>`, 0, 2)+`<aside data-spacefinder-role="richLink" class="dcr-11ra563"><div data-component="rich-link"><div class="dcr-sm4ayk">Related: </div>`+npRelated+`</div></aside>`+npParas(`<p class="dcr-1cgm78b">`, `</p>`, 2, 4)+`<figure data-spacefinder-role="inline" class="dcr-173mewl"><div data-component="newsletter-signup" class="dcr-newsletter"><p>`+npNewsletter+`</p><p>Privacy Notice: Newsletters may contain info about charities.</p><button>Sign up</button></div></figure>`+npParas(`<p class="dcr-1cgm78b">`, `</p>`, 4, 6)+`</div></div></article>
<section data-component="comments" class="dcr-comments"><h2>Comments</h2><p>`+npComments+`</p></section><section data-component="more-on-this-story">`+npMoreFrom+`</section><div data-gu-name="most-viewed" class="dcr-mostviewed">`+npMostRead+`</div></main>`)

	// NYT: StoryBodyCompanionColumn blocks, an ad wrapper between them.
	nytCol := func(i, j int) string {
		return `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8">` + npParas(`<p class="css-at9mc1 evys1bk0">`, `</p>`, i, j) + `</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>`
	}
	nyt := page(npHead("The New Harbour Times", " - ", `<meta name="byl" content="By Jane Doe and John Roe"><meta property="article:published_time" content="2024-03-03T09:15:00.000Z"><meta property="article:modified_time" content="2024-03-04T23:02:00.000Z">`), "",
		`<div id="site-content"><article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-d92rvc e1h9rw200"><h1 data-testid="headline" class="css-88wicj e1h9rw200" id="link-1b44e840">`+T+`</h1><p id="article-summary" class="css-79rysd e1wiw3jv0">Repairs will divert buses inland.</p><div class="css-1vkm6nb"><div class="css-143mfp2 e1jsehar0"><p class="css-aknsld e1jsehar1" itemprop="author"><span class="byline-prefix">By </span><span class="css-1baulvz" itemprop="name"><a href="/by/jane-doe" class="css-n8ff4n">Jane Doe</a></span> and <span class="css-1baulvz last-byline" itemprop="name"><a href="/by/john-roe" class="css-n8ff4n">John Roe</a></span></p></div><ul class="css-1w5cs23"><li><time class="css-x7rtpa e16638kd0" datetime="2024-03-03T04:15:00-05:00"><span>Published March 3, 2024</span></time></li><li><time class="css-x7rtpa e16638kd0" datetime="2024-03-04T18:02:00-05:00"><span>Updated March 4, 2024, 6:02 p.m. ET</span></time></li></ul></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">`+nytCol(0, 2)+`<div id="story-ad-1-wrapper" class="css-1y3ekhg"><div class="ad-wrapper"><p class="css-1mh7gld">Advertisement</p><div id="story-ad-1"></div><p class="css-1mh7gld">SKIP ADVERTISEMENT</p></div></div>`+nytCol(2, 4)+`<div class="css-story-interrupt"><p>`+npNewsletter+`</p></div>`+nytCol(4, 6)+`</section><div class="bottom-of-article"><button class="css-comments">`+npComments+`</button></div></article>
<section id="most-popular" class="css-mostpop">`+npMostRead+`</section></div>`)

	// Reuters: each paragraph a div of its own, an ad slot, "Read Next".
	reutersPara := func(i int) string {
		return `<div data-testid="paragraph-` + string(rune('0'+i)) + `" class="article-body__paragraph__2-BtD text__text__1FZLe">` + newsProbeParas[i] + `</div>`
	}
	reuters := page(npHead("Reuters", " | ", `<meta property="article:published_time" content="2024-03-03T09:15:00Z"><meta property="article:modified_time" content="2024-03-04T18:02:00Z">`+npLD("NewsArticle", `[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]`, "2024-03-03T09:15:00Z", "2024-03-04T18:02:00Z")), "",
		`<main id="main-content"><article class="article__container__2ENTm"><header class="article-header__container__3V_Hn"><nav class="article-header__tags__2KNt0"><a href="/world/">World</a></nav><h1 data-testid="Heading" class="text__heading_3__1kDhc">`+T+`</h1><div class="article-header__meta__3TF7O"><div data-testid="AuthorByline" class="author-name-list__author-list__3JfWk">By <a href="/authors/jane-doe/">Jane Doe</a> and <a href="/authors/john-roe/">John Roe</a></div><time data-testid="DateLineText" datetime="2024-03-03T09:15:00Z"><span class="date-line__date__23Ge-">March 3, 2024</span><span>9:15 AM GMT</span><span>Updated March 4, 2024</span></time></div></header>
<div class="article-body__content__17Yit">`+reutersPara(0)+reutersPara(1)+reutersPara(2)+`<div data-testid="ResponsiveAdSlot" class="responsive-ad"><span>Advertisement · Scroll to continue</span></div>`+reutersPara(3)+reutersPara(4)+reutersPara(5)+`<p class="sign-off">Reporting by Jane Doe and John Roe; Editing by Peter Graff</p><p class="trust-badge">Our Standards: The Thomson Reuters Trust Principles.</p></div></article>
<div data-testid="ReadNext"><h2>Read Next</h2>`+npLatest+`</div><div data-testid="MostRead">`+npMostRead+`</div></main>`)

	// AP (Brightspot): RichTextStoryBody with Enhancement blocks among the
	// paragraphs, a bsp-timestamp for each time.
	ap := page(npHead("AP News", " | ", `<meta property="article:published_time" content="2024-03-03T14:15:00Z"><meta property="article:modified_time" content="2024-03-04T23:02:00Z">`), "Page-body",
		`<main class="Page-main"><div class="Page-storyBody"><div class="Page-headline-wrap"><h1 class="Page-headline">`+T+`</h1></div><div class="Page-byline"><div class="Page-authors"><span class="Link">By&nbsp;</span><a class="Link" href="/author/jane-doe">Jane Doe</a><span> and </span><a class="Link" href="/author/john-roe">John Roe</a></div><div class="Page-dateModified"><span>Updated</span> <bsp-timestamp data-timestamp="1709593320000"><span>6:02 PM EST, March 4, 2024</span></bsp-timestamp></div><div class="Page-datePublished"><span>Published</span> <bsp-timestamp data-timestamp="1709475300000"><span>9:15 AM EST, March 3, 2024</span></bsp-timestamp></div></div>
<div class="RichTextStoryBody RichTextBody"><p>HARBOURTOWN (AP) — `+newsProbeParas[0]+`</p>`+npParas("<p>", "</p>", 1, 3)+`<div class="Advertisement"><div class="htlad-InContent">Advertisement</div></div><div class="Enhancement"><div class="Enhancement-item"><ps-promo class="PagePromo"><div class="PagePromo-title"><span>Related: </span>`+npRelated+`</div></ps-promo></div></div>`+npParas("<p>", "</p>", 3, 6)+`<p>___</p><p>Associated Press writer Ann Lee contributed from Washington.</p></div></div>
<div class="PageListRightRailA">`+npMostRead+`</div><div class="PageList-items">`+npTrending+`</div></main>`)

	// CNN: zone blocks, each paragraph a data-component-name="paragraph".
	cnnP := func(i, j int) string {
		return npParas(`<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">`, `</p>`, i, j)
	}
	cnn := page(npHead("CNN", " | ", `<meta name="author" content="Jane Doe, John Roe"><meta property="article:published_time" content="2024-03-03T14:15:00.000Z"><meta property="article:modified_time" content="2024-03-04T23:02:00.000Z">`), "layout layout-with-rail",
		`<section class="layout__wrapper"><div class="headline headline--has-lowertext"><div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">`+T+`</h1></div><div class="headline__footer"><div class="headline__sub-container"><div class="byline byline--with-image"><div class="byline__names vossi-byline__names"><span class="byline__by">By </span><a href="/profiles/jane-doe" class="byline__link"><span class="byline__name">Jane Doe</span></a> and <a href="/profiles/john-roe" class="byline__link"><span class="byline__name">John Roe</span></a>, CNN</div></div><div class="timestamp vossi-timestamp">Updated 6:02 PM EST, Mon March 4, 2024</div></div></div></div>
<section class="layout__main layout-with-rail__main"><article class="article"><div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody">`+cnnP(0, 2)+`<div class="ad-slot-dynamic ad-slot-header"><div class="ad-feedback-link">Ad Feedback</div><span>Advertisement</span></div>`+cnnP(2, 3)+`<div data-component-name="related-content" class="related-content related-content--article"><span class="related-content__label">Related article</span> `+npRelated+`</div>`+cnnP(3, 6)+`</div></div></article></section>
<section class="layout__right layout-with-rail__right"><div class="zone zone--t-light" data-zone-label="Most read"><div class="zone__title">`+npMostRead+`</div></div></section><section class="layout__bottom"><div class="zone" data-zone-label="More from CNN">`+npMoreFrom+`</div></section></section>`)

	checkNewsProbe(t, []newsProbeCase{
		{"Arc XP newsroom", "https://www.capitalpost.example/local/2024/03/03/harbour-bridge-close-cable-repairs/", arc, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"BBC-like", "https://www.bbc.example/news/articles/c0abc123", bbc, T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"Guardian DCR", "https://www.theguardian.example/uk-news/2024/mar/03/harbour-bridge-close-cable-repairs", guardian, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"NYT-like", "https://www.harbourtimes.example/2024/03/03/nyregion/harbour-bridge-repairs.html", nyt, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"Reuters-like", "https://www.reuters.example/world/harbour-bridge-close-year-cable-repairs-2024-03-03/", reuters, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"AP-like", "https://apnews.example/article/harbour-bridge-repairs-4f2a9c", ap, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"CNN-like", "https://www.cnn.example/2024/03/03/us/harbour-bridge-repairs/index.html", cnn, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		// The same pages without their head's statements.
		{"Arc XP newsroom, bare", "https://www.capitalpost.example/local/harbour-bridge-close-cable-repairs/", bare(arc), T, "Jane Doe; John Roe", "2024-03-03", "-", nil, nil},
		{"BBC-like, bare", "https://www.bbc.example/news/articles/c0abc123", bare(bbc), T, "Jane Doe", "2024-03-03", "-", nil, nil},
		{"Guardian DCR, bare", "https://www.theguardian.example/uk-news/harbour-bridge-close-cable-repairs", bare(guardian), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"NYT-like, bare", "https://www.harbourtimes.example/nyregion/harbour-bridge-repairs.html", bare(nyt), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"Reuters-like, bare", "https://www.reuters.example/world/harbour-bridge-close-year-cable-repairs/", bare(reuters), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"AP-like, bare", "https://apnews.example/article/harbour-bridge-repairs-4f2a9c", bare(ap), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"CNN-like, bare", "https://www.cnn.example/us/harbour-bridge-repairs/index.html", bare(cnn), T, "Jane Doe; John Roe", "", "2024-03-04", nil, nil},
	})
}

// Local papers and newsroom platforms sold to many of them; most print no
// JSON-LD, so the visible byline and dateline carry the fields.
func TestNewsProbe45LocalPlatforms(t *testing.T) {
	const T = newsProbeTitle
	page := func(head, bodyClass, main string) string {
		return `<!DOCTYPE html><html lang="en-US">` + head + `<body class="` + bodyClass + `"><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header>` + main + npFooter + `</body></html>`
	}

	// TownNews BLOX: the text in subscriber-only blocks with ad regions
	// between them, the rest behind a "Read more" expander.
	bloxBlock := func(i, j int) string {
		return `<div class="subscriber-only encrypted-content">` + npParas("<p>", "</p>", i, j) + `</div>`
	}
	blox := page(npHead("harbourherald.example", " | ", `<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T09:15:00-05:00"><meta property="article:modified_time" content="2024-03-04T18:02:00-05:00">`), "tncms-body",
		`<div id="main-page-container"><div class="row"><div class="col-md-8"><article class="asset card tnt-asset-type-article"><header class="asset-header"><div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div><h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">`+T+`</span></h1><div class="meta"><ul class="list-inline"><li><span itemprop="author" class="tnt-byline"><a href="/users/profile/jdoe">Jane Doe</a> Staff Writer</span></li><li class="hidden-print"><time datetime="2024-03-03T09:15:00-05:00" class="tnt-date asset-date text-muted">Mar 3, 2024</time></li><li><span class="text-muted">Updated <time datetime="2024-03-04T18:02:00-05:00" class="tnt-date">Mar 4, 2024</time></span></li></ul></div></header>
<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">`+bloxBlock(0, 2)+`<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div></div>`+bloxBlock(2, 3)+`<div class="tncms-block"><div class="tnt-related"><strong>Related: </strong>`+npRelated+`</div></div><button class="btn tnt-read-more" data-toggle="collapse">Read more</button><div class="collapse tnt-more-content">`+bloxBlock(3, 6)+`</div></div><div id="asset-comments" class="comment-teaser">`+npComments+`</div></article></div>
<aside class="col-md-4"><section class="block tnt-block">`+npMostRead+`</section><section class="block">`+npLatest+`</section></aside></div></div>`)

	// Gannett: gnt_ar_b paragraphs, "More:" link asides, and the story's
	// second half behind a "Continue reading" expander.
	gannett := page(npHead("USA TODAY NETWORK", " - ", ``), "gnt_pr",
		`<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">`+T+`</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/1234/jane-doe/">Jane Doe</a><div class="gnt_ar_by_t">Harbour Herald</div></div><div class="gnt_ar_dt" aria-label="Published: 9:15 AM EST March 3, 2024 Updated: 6:02 PM EST March 4, 2024">Published 9:15 a.m. ET March 3, 2024<span class="gnt_ar_dt_sep"> | </span>Updated 6:02 p.m. ET March 4, 2024</div>
<div class="gnt_ar_b">`+npParas(`<p class="gnt_ar_b_p">`, `</p>`, 0, 2)+`<aside class="gnt_em gnt_em_fo__li"><p class="gnt_ar_b_p">More: `+npReadMore+`</p></aside><div class="gnt_x gnt_xmst" aria-label="advertisement"><span>Advertisement</span></div>`+npParas(`<p class="gnt_ar_b_p">`, `</p>`, 2, 3)+`<aside class="gnt_em gnt_em__nl"><div class="gnt_em_nl_t">`+npNewsletter+`</div></aside><div class="gnt_ar_b_cr" aria-hidden="true"><button class="gnt_ar_b_cr_btn">Continue reading</button></div><div class="gnt_ar_b_hd">`+npParas(`<p class="gnt_ar_b_p">`, `</p>`, 3, 6)+`</div></div></article>
<aside class="gnt_rr"><div class="gnt_m_th">`+npMostRead+`</div><div class="gnt_m_th">`+npTrending+`</div></aside></main>`)

	// Brightspot carrying a wire story: "By Reuters", no person.
	brightspot := page(npHead("The Harbour Herald", " | ", `<meta property="article:published_time" content="2024-03-03T09:15:00Z">`), "ArticlePage",
		`<main class="ArticlePage-main"><div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">`+T+`</h1><div class="ArticlePage-byline"><div class="ArticlePage-authors"><div class="ArticlePage-authorBy">By</div><div class="ArticlePage-authorName">Reuters</div></div><div class="ArticlePage-timestamp"><div class="ArticlePage-datePublished">Published March 3, 2024 at 9:15 AM</div><div class="ArticlePage-dateModified">Updated March 4, 2024 at 6:02 PM</div></div></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">`+npParas("<p>", "</p>", 0, 2)+`<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="AdSlot"><span>Advertisement</span></div></div></div>`+npParas("<p>", "</p>", 2, 4)+`<div class="Enhancement"><div class="Enhancement-item"><div class="PromoSmall"><div class="PromoSmall-title">Read more: `+npReadMore+`</div></div></div></div>`+npParas("<p>", "</p>", 4, 6)+`</div></div></div>
<aside class="ArticlePage-aside"><div class="List">`+npMostRead+`</div><div class="List">`+npMoreFrom+`</div></aside></main>`)

	// WordPress VIP with the Newspack theme: two writers with "and", a
	// newsletter block and a homepage-articles block in the content.
	newspack := page(npHead("The Harbour Herald", " - ", `<meta property="article:published_time" content="2024-03-03T14:15:00+00:00"><meta property="article:modified_time" content="2024-03-04T23:02:00+00:00">`), "post-template-default single single-post newspack-front-page h-sb single-featured-image-default",
		`<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-4412" class="post-4412 post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/category/news/">News</a></span><h1 class="entry-title">`+T+`</h1><div class="newspack-post-subtitle">Repairs will divert buses inland.</div><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img src="/a.jpg" alt=""></span><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/jdoe/">Jane Doe</a></span> <span class="author-separator">and</span> <span class="author vcard"><a class="url fn n" href="/author/jroe/">John Roe</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00-05:00">March 3, 2024</time><span class="updated-label">Updated:</span> <time class="updated" datetime="2024-03-04T18:02:00-05:00">March 4, 2024</time></span></div><div class="share-in-header"><a href="#">Share</a></div></div></header>
<div class="entry-content">`+npParas("<p>", "</p>", 0, 2)+`<div class="newspack_global_ad newspack_global_ad_inline">Advertisement</div>`+npParas("<p>", "</p>", 2, 3)+`<div class="wp-block-newspack-newsletters-subscribe"><p>`+npNewsletter+`</p><form><input type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div>`+npParas("<p>", "</p>", 3, 5)+`<div class="wp-block-newspack-blocks-homepage-articles"><div data-posts><h2 class="article-section-title">More from The Harbour Herald</h2><article><h3><a href="/sardines/">Inside the last sardine cannery</a></h3></article></div></div>`+npParas("<p>", "</p>", 5, 6)+`</div><footer class="entry-footer"><a class="republication-tracker-tool-button">Republish this story</a></footer></article><div id="comments" class="comments-area"><p>`+npComments+`</p></div></main><aside id="secondary" class="widget-area"><section class="widget">`+npMostRead+`</section><section class="widget">`+npLatest+`</section></aside></div></div>`)

	// Naviga/Atex: a dateline with US slash dates, the text in body-text
	// blocks with a related-link box between them.
	naviga := page(npHead("The Harbour Herald", " | ", ``), "article-page",
		`<div class="page-wrapper"><div class="main-column"><div class="article-header"><p class="section-name">Local</p><h1 class="headline">`+T+`</h1><div class="byline-container"><span class="byline">By Jane Doe and John Roe</span><span class="byline-title">Herald staff</span></div><div class="dateline"><span class="published">Published: 03/03/2024 9:15 AM</span> <span class="updated">Last updated: 03/04/2024 6:02 PM</span></div></div>
<div class="article-body"><div class="body-text">`+npParas("<p>", "</p>", 0, 3)+`</div><div class="ad-container inarticle">Advertisement</div><div class="related-box"><h4>Related</h4><ul><li>`+npRelated+`</li></ul></div><div class="body-text">`+npParas("<p>", "</p>", 3, 6)+`</div></div><div class="comments-link"><a href="#comments">`+npComments+`</a></div></div>
<div class="right-column"><div class="widget most-read">`+npMostRead+`</div><div class="widget">`+npTrending+`</div></div></div>`)

	checkNewsProbe(t, []newsProbeCase{
		{"TownNews BLOX", "https://harbourherald.example/news/local/harbour-bridge-to-close/article_5b2c1e4a-d9f0-11ee-9a1b-5f1d2e3c4b5a.html", blox, T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"Gannett", "https://www.harbourherald.example/story/news/local/2024/03/03/harbour-bridge-close-cable-repairs/72812345007/", gannett, T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"Brightspot, a wire story", "https://www.harbourherald.example/news/harbour-bridge-close-cable-repairs", brightspot, T, "Reuters", "2024-03-03", "2024-03-04", nil, nil},
		{"Newspack", "https://harbourherald.example/2024/03/03/harbour-bridge-close-cable-repairs/", newspack, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"Naviga", "https://www.harbourherald.example/news/local/harbour-bridge-close-cable-repairs/article_88123.html", naviga, T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"TownNews BLOX, bare", "https://harbourherald.example/news/local/harbour-bridge-to-close/article_5b2c1e4a-d9f0-11ee-9a1b-5f1d2e3c4b5a.html", bare(blox), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"Newspack, bare", "https://harbourherald.example/harbour-bridge-close-cable-repairs/", bare(newspack), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"Brightspot, a wire story, bare", "https://www.harbourherald.example/news/harbour-bridge-close-cable-repairs", bare(brightspot), T, "Reuters", "2024-03-03", "2024-03-04", nil, nil},
	})
}

// Newspapers in other languages, each with its own words for the byline,
// the dates and the rails ("Meistgelesen", "Les plus lus", "Lo más visto").
func TestNewsProbe45Languages(t *testing.T) {
	const T = newsProbeTitle
	page := func(lang, head, main string) string {
		return `<!DOCTYPE html><html lang="` + lang + `">` + head + `<body><header class="masthead"><a class="logo" href="/">Harbour</a>` + npNav + `</header>` + main + npFooter + `</body></html>`
	}

	// A German regional paper: "Von", "Aktualisiert", "Lesen Sie auch".
	german := page("de", npHead("Hafenkurier", " | ", ``),
		`<main><article class="article"><header class="article-header"><span class="article-kicker">Hafenstadt</span><h1 class="article-title">`+T+`</h1><div class="article-meta"><span class="article-author">Von Anna Schmidt und Peter Müller</span><time class="article-date" datetime="2024-03-03T09:15:00+01:00">03.03.2024, 09:15 Uhr</time><span class="article-updated">Aktualisiert: 04.03.2024, 18:02 Uhr</span></div></header>
<div class="article-body">`+npParas(`<p class="article-text">`, `</p>`, 0, 2)+`<div class="ad-wrapper"><span class="ad-label">Advertisement</span></div><p class="article-text"><strong>Lesen Sie auch:</strong> `+npReadMore+`</p>`+npParas(`<p class="article-text">`, `</p>`, 2, 4)+`<div class="paywall-teaser newsletter-box"><p>`+npNewsletter+`</p></div>`+npParas(`<p class="article-text">`, `</p>`, 4, 6)+`</div><div class="article-comments-teaser">`+npComments+`</div></article>
<aside class="sidebar"><section class="teaser-list"><h2>Meistgelesen</h2>`+npMostRead+`</section><section class="teaser-list">`+npLatest+`</section></aside></main>`)

	// A French paper after Le Monde's layout: "Par", "Publié le ...,
	// modifié le ...", "Lire aussi".
	french := page("fr", npHead("Le Courrier du Port", " - ", `<meta property="article:published_time" content="2024-03-03T09:15:00+01:00">`),
		`<main><section class="article article--content"><header class="article__header"><h1 class="article__title">`+T+`</h1><p class="article__desc">Les bus seront déviés par la route intérieure.</p><div class="meta meta__publisher"><span class="meta__author meta__author--no-after"><span class="author__detail">Par <a class="article__author-link" href="/signataires/marie-dupont/">Marie Dupont</a></span></span><span class="meta__date meta__date--header">Publié le 03 mars 2024 à 09h15, modifié le 04 mars 2024 à 18h02</span></div></header>
<article class="article__content">`+npParas(`<p class="article__paragraph">`, `</p>`, 0, 2)+`<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi</span> `+npReadMore+`</section><div class="dfp-slot dfp__inread">Advertisement</div>`+npParas(`<p class="article__paragraph">`, `</p>`, 2, 6)+`<section class="article__reactions">`+npComments+`</section></article></section>
<aside class="aside__iso"><section class="aside__iso--most-read">`+npMostRead+`</section></aside></main>`)

	// A Spanish paper after El País's layout: the byline a link, then the
	// place and dates on one line, "Más información" boxes in the text.
	spanish := page("es", npHead("El Diario del Puerto", " | ", npLD("NewsArticle", `{"@type":"Person","name":"Ana García"}`, "2024-03-03T09:15:00+01:00", "2024-03-04T18:02:00+01:00")),
		`<main><article id="main-content" class="a"><header class="a_e"><h1 class="a_t">`+T+`</h1><h2 class="a_st">Los autobuses se desviarán por la carretera interior</h2></header><div class="a_md"><div class="a_md_txt"><div class="a_md_a"><a href="/autor/ana-garcia/" class="a_md_a_n">Ana García</a></div><div class="a_md_f"><span>Puerto</span> - <span><a title="Ver todas las noticias de esta fecha" href="/hemeroteca/2024-03-03/">03 mar 2024 - 09:15 CET</a></span><span id="_updt" class="a_md_f_ac">Actualizado: 04 mar 2024 - 18:02 CET</span></div></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">`+npParas("<p>", "</p>", 0, 2)+`<div class="a_ei"><span class="a_ei_t">Más información</span>`+npRelated+`</div>`+npParas("<p>", "</p>", 2, 4)+`<div class="ad ad-nstd"><span>Advertisement</span></div>`+npParas("<p>", "</p>", 4, 6)+`</div><div class="a_cm">`+npComments+`</div></article>
<aside class="b-t"><h2>Lo más visto</h2>`+npMostRead+`</aside></main>`)

	checkNewsProbe(t, []newsProbeCase{
		{"a German regional paper", "https://www.hafenkurier.example/lokales/hafenbruecke-wird-ein-jahr-gesperrt-art-812345", german, T, "Anna Schmidt; Peter Müller", "2024-03-03", "2024-03-04", nil, nil},
		{"a French paper", "https://www.courrierduport.example/societe/article/2024/03/03/le-pont-du-port-ferme_6219876_3224.html", french, T, "Marie Dupont", "2024-03-03", "2024-03-04", nil, nil},
		{"a Spanish paper", "https://eldiariodelpuerto.example/sociedad/2024-03-03/el-puente-cierra.html", spanish, T, "Ana García", "2024-03-03", "2024-03-04", nil, nil},
		{"a French paper, bare", "https://www.courrierduport.example/societe/article/le-pont-du-port-ferme_6219876_3224.html", bare(french), T, "Marie Dupont", "2024-03-03", "2024-03-04", nil, nil},
		{"a Spanish paper, bare", "https://eldiariodelpuerto.example/sociedad/el-puente-cierra.html", bare(spanish), T, "Ana García", "2024-03-03", "2024-03-04", nil, nil},
	})
}

// Chinese and Japanese portals: the 来源 row and 责任编辑 of a Chinese
// portal, a "展开全文" expander, the ICP line; a Japanese paper's dates and
// its reporter's name.
func TestNewsProbe45CJKPortals(t *testing.T) {
	zhTitle := "海港大桥将封闭一年进行缆索维修"
	zh := []string{
		"港务局周日表示，海港大桥将从下月起封闭一年，工程人员将更换支撑中央桥跨的全部缆索。",
		"检查人员去年秋天发现，雨水已经渗入多根缆索内部的钢绞线，其中两根的强度损失超过了原设计允许的范围。",
		"封闭期间公交车将改走内陆公路，大多数行程将增加约二十分钟，高峰时段每十五分钟加开一班渡轮。",
		"海滨商户担心整整一个季节失去过往客流，要求港务局分段施工，以便保留一条车道通行。",
		"港务局表示，保留一条车道将使封闭时间延长一倍，并推高维修费用，目前预计总费用为一亿二千万元。",
		"关于改道安排的公众说明会定于下周举行，港务局表示将在封闭开始前公布完整的施工时间表。",
	}
	zhParas := func(i, j int) string {
		s := ""
		for _, p := range zh[i:j] {
			s += "<p>　　" + p + "</p>\n"
		}
		return s
	}
	people := `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + zhTitle + `--地方--人民网</title><meta name="keywords" content="海港大桥,维修"><meta name="description" content="港务局周日表示，海港大桥将从下月起封闭一年。"><meta name="publishdate" content="2024-03-03"><meta name="author" content="李华"><meta name="source" content="来源：人民网－地方频道"></head><body><div class="nav"><a href="/">首页</a> <a href="/local/">地方</a> <a href="/finance/">财经</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl"><div class="route"><a href="/">人民网</a>&gt;&gt;<a href="/local/">地方</a></div><h1>` + zhTitle + `</h1><div class="author">记者 李华</div><div class="channel cf"><div class="col-1-1 fl">2024年03月03日09:15 | 来源：<a href="http://local.people.example/">人民网－地方频道</a></div><div class="col-1-2 fr"><span>分享到：</span><a class="wx">微信</a></div></div>
<div class="rm_txt_con cf">` + zhParas(0, 2) + `<div class="ad">广告</div>` + zhParas(2, 3) + `<div class="read-more-btn"><a href="javascript:;">展开全文</a></div><div class="hidden-content" style="display:none">` + zhParas(3, 6) + `</div><div class="edit cf">(责编：王五、赵六)</div></div>
<div class="rm_relevant"><h2>相关新闻</h2><ul><li><a href="/a.html">公交专用道方案获批</a></li></ul></div></div><div class="col col-2 fr"><div class="ph_list"><h2>24小时排行</h2><ul><li><a href="/b.html">风暴致沿海公路夜间封闭</a></li><li><a href="/c.html">市长任命新警察局长</a></li></ul></div><div class="hot"><h2>最新新闻</h2><ul><li><a href="/d.html">学校秋季前安装太阳能板</a></li></ul></div></div></div>
<div class="footer"><p>人民日报社概况 | 关于人民网 | 招聘英才 | 广告服务 | 联系我们</p><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>京ICP证000000号 京公网安备11000000000001号</p></div></body></html>`

	jaTitle := "港湾大橋、ケーブル改修で1年間通行止めに"
	ja := []string{
		"港湾局は3日、港湾大橋の中央径間を支えるケーブルを交換するため、来月から1年間にわたり車両の通行を止めると発表した。",
		"昨年秋の点検で、複数のケーブル内部の鋼線に雨水が浸入し、うち2本は設計で許容される以上に強度が低下していることが分かった。",
		"路線バスは内陸の道路に迂回し、所要時間はおおむね20分延びる。朝夕の混雑時にはフェリーを15分おきに増便する。",
		"海沿いの商店主らは一季節分の客足を失うことを懸念し、1車線を残して工事を段階的に進めるよう港湾局に求めた。",
		"港湾局は、1車線を残せば通行止めの期間が2倍になり、約120億円と見込む改修費も膨らむと説明している。",
		"迂回路に関する住民説明会は来週開かれる予定で、港湾局は通行止めが始まる前に工事の詳しい日程を公表するとしている。",
	}
	jaParas := func(i, j int) string {
		s := ""
		for _, p := range ja[i:j] {
			s += `<p class="article-text">` + p + "</p>\n"
		}
		return s
	}
	japanese := `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + `：港湾新聞デジタル</title><meta property="og:title" content="` + jaTitle + `：港湾新聞デジタル"><meta property="og:site_name" content="港湾新聞デジタル"></head><body><header><a href="/">港湾新聞デジタル</a><nav><a href="/national/">社会</a> <a href="/politics/">政治</a> <a href="/business/">経済</a></nav></header>
<main><article><div class="article-header"><h1>` + jaTitle + `</h1><div class="article-meta"><p class="article-author">田中 花子</p><time datetime="2024-03-03T09:15">2024年3月3日 9時15分</time><span class="article-updated">（最終更新 2024年3月4日 18時02分）</span></div></div>
<div class="article-body">` + jaParas(0, 2) + `<div class="ad">広告</div>` + jaParas(2, 4) + `<div class="related-article"><p>関連記事</p><a href="/articles/ferry">フェリーの減便が決定</a></div>` + jaParas(4, 6) + `</div></article>
<aside><section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/r1">嵐で沿岸道路が夜間通行止め</a></li><li><a href="/r2">市長が新警察本部長を任命</a></li></ol></section></aside></main><footer><p>Copyright © 港湾新聞社 All rights reserved. 無断転載禁止</p></footer></body></html>`

	checkNewsProbe(t, []newsProbeCase{
		{"a People's Daily-style page with an expander", "http://local.people.example/n1/2024/0303/c1004-40188888.html", people, zhTitle, "李华", "2024-03-03", "", zh, []string{"广告", "公交专用道", "风暴致沿海公路", "市长任命", "太阳能板", "ICP", "责编", "展开全文"}},
		{"a Japanese paper", "https://www.kowan-shimbun.example/articles/ASS3345ABCDE.html", japanese, jaTitle, "田中 花子", "2024-03-03", "2024-03-04", ja, []string{"広告", "フェリーの減便", "嵐で沿岸道路", "市長が新警察"}},
	})
}

// Publishing platforms and formats: a Substack newsletter, a Medium
// publication, an AMP page and a live blog.
func TestNewsProbe45Platforms(t *testing.T) {
	const T = newsProbeTitle

	substack := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + T + ` - The Harbour Dispatch</title><meta property="og:title" content="` + T + `"><meta property="og:type" content="article"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T14:15:00+00:00">` + npLD("NewsArticle", `[{"@type":"Person","name":"Jane Doe","url":"https://substack.com/@janedoe"}]`, "2024-03-03T14:15:00+00:00", "2024-03-03T14:15:00+00:00") + `</head><body><div id="entry"><div class="main-menu"><a class="navbar-title-link" href="/">The Harbour Dispatch</a><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a href="/account/login">Sign in</a></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">` + T + `</h1><h3 class="subtitle">Repairs will divert buses inland.</h3><div class="post-meta"><div class="pencraft pc-display-flex"><div class="profile-hover-card-target"><a href="https://substack.com/@janedoe" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Jane Doe</a></div><div class="pencraft pc-reset color-pub-secondary-text">Mar 03, 2024</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">` + npParas("<p>", "</p>", 0, 3) + `<div class="subscription-widget-wrap-editor" data-attrs="{}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">` + npNewsletter + ` Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>` + npParas("<p>", "</p>", 3, 6) + `</div></div><div class="post-footer"><div class="post-ufi"><a class="post-ufi-button"><span class="label">` + npComments + `</span></a><a>Share</a></div></div></article></div></div>
<div class="post-page-discussion"><h4>Discussion about this post</h4></div><div class="more-from"><h2>More from The Harbour Herald</h2><a href="/p/sardines">Inside the last sardine cannery</a></div></div></div></body></html>`

	mediumP := func(i, j int) string {
		return npParas(`<p id="a1b2" class="pw-post-body-paragraph lv lw fr lx b ly lz" data-selectable-paragraph="">`, `</p>`, i, j)
	}
	medium := `<!DOCTYPE html><html lang="en"><head><title>` + T + ` | by Jane Doe | Harbour Notes | Medium</title><meta property="og:title" content="` + T + `"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T14:15:00.123Z"><meta property="og:site_name" content="Medium"></head><body><div id="root"><div class="a b c"><div class="l"><a aria-label="Homepage" href="/">Medium</a><a href="/m/signin">Sign in</a></div>
<article><div class="l"><section><div class="gn gl"><div><h1 id="c3d4" class="pw-post-title gs gt gu bf gv gw" data-testid="storyTitle" data-selectable-paragraph="">` + T + `</h1><div class="speechify-ignore ab co"><div class="ab"><a data-testid="authorPhoto" href="/@janedoe"><img alt="Jane Doe" src="/jd.png"></a><div><span data-testid="authorName" class="bf b"><a class="af ag" href="/@janedoe">Jane Doe</a></span><span><a href="/harbour-notes">Harbour Notes</a></span></div><div class="ab"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2024</span></div></div><div class="ab"><button data-testid="headerClapButton">1.2K</button><button aria-label="responses">` + npComments + `</button></div></div>` + mediumP(0, 3) + `<figure class="mi"><img src="/bridge.jpg" alt=""><figcaption>The bridge at dusk.</figcaption></figure>` + mediumP(3, 6) + `</div></div></section></div></article>
<div class="ab"><h2>More from Jane Doe and Harbour Notes</h2><div><a href="/p/sardines"><h2>Inside the last sardine cannery</h2></a></div><h2>Recommended from Medium</h2><div><a href="/p/otters"><h2>Zoo welcomes twin otter pups</h2></a></div></div></div></div></body></html>`

	amp := `<!DOCTYPE html><html ⚡ lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script><title>` + T + ` | The Harbour Herald</title><link rel="canonical" href="https://www.harbourherald.example/news/harbour-bridge-close-cable-repairs"><meta name="viewport" content="width=device-width"><meta property="og:title" content="` + T + ` | The Harbour Herald">` + npLD("NewsArticle", `[{"@type":"Person","name":"Jane Doe"}]`, "2024-03-03T09:15:00Z", "2024-03-04T18:02:00Z") + `<style amp-boilerplate>body{visibility:hidden}</style></head><body><header class="amp-header"><a href="/">The Harbour Herald</a><amp-sidebar id="menu" layout="nodisplay">` + npNav + `</amp-sidebar></header>
<article class="amp-article"><h1 class="amp-title">` + T + `</h1><div class="amp-byline">By <span class="amp-author">Jane Doe</span> · <time datetime="2024-03-03T09:15:00Z">March 3, 2024</time></div><amp-social-share type="twitter"></amp-social-share><div class="amp-article-body">` + npParas("<p>", "</p>", 0, 2) + `<div class="amp-ad-wrapper"><span>Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news"></amp-ad></div>` + npParas("<p>", "</p>", 2, 4) + `<div class="amp-related"><p><strong>Read more:</strong> ` + npReadMore + `</p></div>` + npParas("<p>", "</p>", 4, 6) + `</div></article>
<section class="amp-most-read">` + npMostRead + `</section>` + npFooter + `</body></html>`

	// A live blog: LiveBlogPosting, a summary, then posts newest first
	// with a divider where the day changes. (With its update's day alone
	// under the headline, the day arbiter takes that over datePublished
	// by design, TestArbiterTakesTheOnlyDayShown: htmldate-eval's truth
	// holds such pages to their update.)
	liveLD := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"` + T + `","datePublished":"2024-03-03T09:15:00Z","dateModified":"2024-03-04T18:02:00Z","coverageStartTime":"2024-03-03T09:15:00Z","author":[{"@type":"Person","name":"Jane Doe"}],"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Public meeting planned","datePublished":"2024-03-04T18:02:00Z"}]}</script>`
	post := func(id, ts, clock, h string, i, j int) string {
		return `<article class="live-post" id="post-` + id + `"><header class="live-post__header"><time class="live-post__time" datetime="` + ts + `">` + clock + `</time><h2 class="live-post__title">` + h + `</h2></header><div class="live-post__body">` + npParas("<p>", "</p>", i, j) + `</div><div class="live-post__share"><a>Share</a></div></article>`
	}
	live := `<!DOCTYPE html><html lang="en">` + npHead("The Harbour Herald", " - ", liveLD) + `<body><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header><main><div class="live-header"><span class="live-badge">LIVE</span><h1 class="live-title">` + T + `</h1><div class="live-byline">By Jane Doe</div><div class="live-dates"><span>Published March 3, 2024</span> <span>Updated March 4, 2024</span></div></div>
<div class="live-summary"><h2>Key points</h2><ul><li>The bridge closes for a year from next month</li><li>Buses will be diverted inland</li></ul></div><div class="live-feed">` + post("6", "2024-03-04T18:02:00Z", "6:02 PM", "Public meeting planned", 5, 6) + `<div class="live-ad">Advertisement</div>` + post("5", "2024-03-04T12:00:00Z", "12:00 PM", "Authority rules out keeping a lane", 3, 5) + `<h3 class="live-day">March 3, 2024</h3>` + post("4", "2024-03-03T11:30:00Z", "11:30 AM", "Buses to go inland", 1, 3) + `<div class="live-newsletter">` + npNewsletter + `</div>` + post("1", "2024-03-03T09:15:00Z", "9:15 AM", "Bridge to close", 0, 1) + `</div>
<aside class="rail">` + npMostRead + npTrending + `</aside></main>` + npFooter + `</body></html>`

	checkNewsProbe(t, []newsProbeCase{
		{"Substack", "https://harbourdispatch.substack.example/p/harbour-bridge-close-cable-repairs", substack, T, "Jane Doe", "2024-03-03", "-", nil, nil},
		{"Medium publication", "https://medium.example/harbour-notes/harbour-bridge-close-cable-repairs-4f2a9c1b7d3e", medium, T, "Jane Doe", "2024-03-03", "-", nil, nil},
		{"AMP", "https://www.harbourherald.example/amp/news/harbour-bridge-close-cable-repairs", amp, T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"a live blog", "https://www.harbourherald.example/news/live/harbour-bridge-close-cable-repairs", live, T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
	})
}

// The bylines news pages print, on a plain story page without metadata:
// agency lines, "with" and "and", a writer's desk after the name.
func TestNewsProbe45Bylines(t *testing.T) {
	const T = newsProbeTitle
	page := func(byline string) string {
		return `<!DOCTYPE html><html lang="en">` + npHead("The Harbour Herald", " | ", ``) + `<body><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header><main><article class="story"><h1 class="story-headline">` + T + `</h1><div class="story-meta"><p class="story-byline">` + byline + `</p><p class="story-date">Published March 3, 2024 9:15 a.m. · Updated March 4, 2024 6:02 p.m.</p></div><div class="story-body">` + npParas("<p>", "</p>", 0, 3) + `<div class="inline-ad">Advertisement</div><div class="read-also"><strong>Read more:</strong> ` + npReadMore + `</div>` + npParas("<p>", "</p>", 3, 6) + `</div></article><aside class="rail">` + npMostRead + `</aside></main>` + npFooter + `</body></html>`
	}
	const u = "https://www.harbourherald.example/news/harbour-bridge-close-cable-repairs"
	checkNewsProbe(t, []newsProbeCase{
		{"By Reuters", u, page("By Reuters"), T, "Reuters", "2024-03-03", "2024-03-04", nil, nil},
		{"AP", u, page("By The Associated Press"), T, "The Associated Press", "2024-03-03", "2024-03-04", nil, nil},
		{"a writer and an agency", u, page("By Jane Doe, Associated Press"), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"two writers with and", u, page("By Jane Doe and John Roe"), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"a writer with another", u, page("By Jane Doe with John Roe"), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"a writer's desk", u, page("By Jane Doe, Business Reporter"), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"a writer and agencies", u, page("Jane Doe and agencies"), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
		{"two writers, then their desk on a line", u, page("By Jane Doe and John Roe<br>Staff writers"), T, "Jane Doe; John Roe", "2024-03-03", "2024-03-04", nil, nil},
		{"a writer, then the paper's staff line", u, page(`By <a href="/staff/jdoe">Jane Doe</a><span class="byline-title">Herald staff</span>`), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil},
	})
}

// Rails that templates set inside the story's own container, between or
// after its paragraphs: a list of headlines under "Most read", "Latest
// news", "Trending" or "More from ...", in a list, in paragraphs of links,
// or in teaser cards; a "Read more" line of a link alone.
func TestNewsProbe45RailsInTheBody(t *testing.T) {
	const T = newsProbeTitle
	page := func(between, after string) string {
		return `<!DOCTYPE html><html lang="en">` + npHead("The Harbour Herald", " | ", `<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T09:15:00Z"><meta property="article:modified_time" content="2024-03-04T18:02:00Z">`) + `<body><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header><main><article class="story"><h1>` + T + `</h1><p class="byline">By Jane Doe</p><div class="story-body">` + npParas("<p>", "</p>", 0, 3) + between + npParas("<p>", "</p>", 3, 6) + after + `</div></article></main>` + npFooter + `</body></html>`
	}
	ul := func(h string, items ...string) string {
		s := `<div class="widget"><h3>` + h + `</h3><ul>`
		for _, it := range items {
			s += `<li><a href="/news/x">` + it + `</a></li>`
		}
		return s + `</ul></div>`
	}
	paras := func(h string, items ...string) string {
		s := `<p><strong>` + h + `</strong></p>`
		for _, it := range items {
			s += `<p><a href="/news/x">` + it + `</a></p>`
		}
		return s
	}
	cards := func(h string, items ...string) string {
		s := `<section class="teasers"><h2>` + h + `</h2>`
		for _, it := range items {
			s += `<article class="teaser"><a href="/news/x"><img src="/t.jpg" alt=""><h3>` + it + `</h3></a><time datetime="2024-03-02">2 hours ago</time></article>`
		}
		return s + `</section>`
	}
	const u = "https://www.harbourherald.example/news/harbour-bridge-close-cable-repairs"
	var cases []newsProbeCase
	for _, c := range []struct{ name, between, after string }{
		{"a trending list between paragraphs", ul("Trending", "Zoo welcomes twin otter pups", "Marathon route changed", "Ferry timetable cut as crossings fall"), ""},
		{"a most read list after the text", "", ul("Most read", "Storm closes coastal road overnight", "Mayor names new police chief", "Bakery wins national prize")},
		{"latest news in paragraphs of links", paras("Latest news", "Schools to get solar panels by autumn", "Train strike called off", "Zoo welcomes twin otter pups"), ""},
		{"more from the paper in paragraphs of links after the text", "", paras("More from The Harbour Herald", "Inside the last sardine cannery", "A lighthouse keeper retires", "Zoo welcomes twin otter pups")},
		{"teaser cards between paragraphs", cards("Latest news", "Schools to get solar panels by autumn", "Train strike called off"), ""},
		{"teaser cards after the text", "", cards("More from The Harbour Herald", "Inside the last sardine cannery", "A lighthouse keeper retires")},
		{"a read more line", `<p><strong>READ MORE:</strong> ` + npReadMore + `</p>`, ""},
		{"a newsletter promo paragraph", `<p><em>` + npNewsletter + ` <a href="/newsletters">Sign up here</a>.</em></p>`, ""},
		{"an advertisement label", `<div class="ad"><p>ADVERTISEMENT</p></div>`, ""},
	} {
		cases = append(cases, newsProbeCase{c.name, u, page(c.between, c.after), T, "Jane Doe", "2024-03-03", "2024-03-04", nil, nil})
	}
	checkNewsProbe(t, cases)
}
