package extractor

import "testing"

// The page's own headings show where a stated title is cut: a blog's
// name before a colon whose masthead heading is the same name, a section
// after a separator under a heading that is the headline alone.
func TestTitleSplitByHeadings(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"site before a colon", `<title>Schneier on Security: How Terrorist Groups Disband</title>`,
			`<div id="header"><h1>Schneier on Security</h1><p>A blog covering security.</p></div><div class="entry"><h3>How Terrorist Groups Disband</h3>` + titleBody + `</div>`,
			"How Terrorist Groups Disband"},
		{"section after a separator", `<meta property="og:title" content="Drama Desk Winner Kevin Anderson Joins the Cast - Theater News"><title>Drama Desk Winner Kevin Anderson Joins the Cast - Theater News</title>`,
			`<div class="headline">Drama Desk Winner Kevin Anderson Joins the Cast</div>` + titleBody,
			"Drama Desk Winner Kevin Anderson Joins the Cast"},
		{"subtitle after a colon kept", `<meta property="og:title" content="The Best VPN Services of 2026: 50+ VPNs Tested and Ranked">`,
			`<article><h1>The Best VPNs of 2026: Expert-Tested Rankings and Reviews</h1>` + titleBody + `<h2 class="section-title">The Best VPN Services of 2026</h2>` + titleBody + `</article>`,
			"The Best VPN Services of 2026: 50+ VPNs Tested and Ranked"},
		{"cut segment given back", `<title>The Science of Sport: UCI uphold USADA findings - surprised?</title>`,
			`<div class="post"><h3 class="post-title">UCI uphold USADA findings - surprised?</h3>` + titleBody + `</div>`,
			"UCI uphold USADA findings - surprised?"},
		{"site's name in a footer heading", `<title>Council approves the budget for the coming year - Valley Gazette</title>`,
			`<article>` + titleBody + `</article><div class="bottom"><h3>Valley Gazette</h3><p>News from the valley since 1901.</p></div>`,
			"Council approves the budget for the coming year"},
		{"heading confirms the <title>", `<meta property="og:title" content="Official Blog of the National Football League"><title>Fantasy football: Percy Harvin could be unavailable</title>`,
			`<div class="post"><h2>Fantasy football: Percy Harvin could be unavailable</h2>` + titleBody + `</div>`,
			"Fantasy football: Percy Harvin could be unavailable"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://blog.example/2012/11/post.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

func TestSplitByHeadings(t *testing.T) {
	heads := map[string]bool{simplify("How Terrorist Groups Disband"): true, simplify("Schneier on Security"): true}
	cands := []titleCand{{text: "Schneier on Security: How Terrorist Groups Disband", src: srcTitleTag}}
	site := splitByHeadings(cands, heads, "", nil)
	if cands[0].text != "How Terrorist Groups Disband" || !site[simplify("Schneier on Security")] || cands[0].confirmed {
		t.Errorf("splitByHeadings = %+v, site %v; want the headline, the blog's name as the site, not confirmed", cands[0], site)
	}
	cands = []titleCand{{text: "Drama Desk Winner Joins the Cast - Theater News", src: srcOG}}
	site = splitByHeadings(cands, map[string]bool{simplify("Drama Desk Winner Joins the Cast"): true}, "", nil)
	if cands[0].text != "Drama Desk Winner Joins the Cast" || len(cands[0].suffix) != 1 || cands[0].suffix[0] != "Theater News" || len(site) != 0 {
		t.Errorf("splitByHeadings = %+v, site %v; want the headline with the section as its suffix", cands[0], site)
	}
	cands = []titleCand{{text: "Drama Desk Winner Joins the Cast", src: srcTitleTag}, {text: "Drama Desk Winner Joins the Cast - Theater News", src: srcJSONLD}}
	splitByHeadings(cands, map[string]bool{simplify("Drama Desk Winner Joins the Cast"): true}, "", nil)
	if !cands[0].confirmed || cands[1].text != "Drama Desk Winner Joins the Cast - Theater News" {
		t.Errorf("splitByHeadings = %+v; want the <title> confirmed and JSON-LD left alone", cands)
	}
}

// A blog's masthead <h1> holds the site's name, which the host begins and
// the <title> opens with: it is not the headline, and what follows it in
// the <title> is, one word or more.
func TestTitleMastheadName(t *testing.T) {
	page := `<html><head><title>Schneier on Security: Micromorts</title></head><body>
<div id="header"><h1>Schneier on Security</h1><p>A blog covering security and security technology.</p></div>
<div class="entry">` + titleBody + `</div></body></html>`
	if got, prov := extractTitle(t, page, "https://www.schneier.example/blog/archives/2012/11/micromorts.html"); got != "Micromorts" {
		t.Errorf("Extract(masthead name).Title = %q (%s), want %q", got, prov, "Micromorts")
	}
	for _, c := range []struct {
		heading, title string
		want           bool
	}{
		{"Schneier on Security", "Schneier on Security: Micromorts", true},
		{"Schneier on Security", "Schneier on Security - Micromorts", true},
		{"Schneier on Security", "Schneier on Security", false},
		{"Schneier on Sec", "Schneier on Security: Micromorts", false},
		{"Micromorts and risk", "Micromorts and risk: a guide", false}, // not the host's name
	} {
		if got := mastheadName(c.heading, c.title, "www.schneier.example"); got != c.want {
			t.Errorf("mastheadName(%q, %q) = %v, want %v", c.heading, c.title, got, c.want)
		}
	}
}

// The heading over a post's comments names the post as its CMS records it:
// it speaks for the <h1> against an SEO <title> that shares a word with it.
func TestTitleNamedByCommentsHeading(t *testing.T) {
	for _, comments := range []string{
		"46 comments to Summer Chaos and Fall Plans",
		"One Response to “Summer Chaos and Fall Plans”",
	} {
		page := `<html><head><title>Summer in Montreal | Legal Nomads</title></head><body>
<h1>Summer Chaos and Fall Plans</h1>` + titleBody + `<h3>` + comments + `</h3><p>Great post!</p></body></html>`
		if got, _ := extractTitle(t, page, "https://www.legalnomads.example/2012/09/summer-chaos-and-fall-plans.html"); got != "Summer Chaos and Fall Plans" {
			t.Errorf("Extract(%s).Title = %q, want %q", comments, got, "Summer Chaos and Fall Plans")
		}
	}
}

// Chinese portals join the headline and the channel's name with a hyphen
// between Han characters, without spaces ("标题-新华网江城频道"). Where a
// heading of the page, here a <div> classed as the title, shows the cut,
// the title is cut there; a hyphen inside the headline ("中国-东盟") is
// kept.
func TestHanHyphenTitleCut(t *testing.T) {
	for _, c := range []struct{ tag, head, want string }{
		{"江城今年将新建改造农村公路一千二百公里-新华网江城频道", "江城今年将新建改造农村公路一千二百公里", "江城今年将新建改造农村公路一千二百公里"},
		{"中国-东盟博览会下月在江城开幕－江城新闻网", "中国-东盟博览会下月在江城开幕", "中国-东盟博览会下月在江城开幕"},
		{"中国-东盟博览会下月在江城开幕", "中国-东盟博览会下月在江城开幕", "中国-东盟博览会下月在江城开幕"},
	} {
		page := zhHead + `<title>` + c.tag + `</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="h-title">` + c.head + `</div><div class="h-info"><span class="h-time">2024-05-16 10:21:33</span> <span>来源： 江城日报</span></div>
<div id="detail">` + zhParas(false, "") + `</div>` + zhFooter + `</body></html>`
		if a := zhExtract(t, page, zhURL); a.Title != c.want {
			t.Errorf("Extract(%q).Title = %q, want %q", c.tag, a.Title, c.want)
		}
	}
}
