package extractor

import (
	"strings"
	"testing"
)

// probe70Page is a Drupal 10 article (Olivero theme): the story's fields
// in a node__content, with list, the site's chrome around it.
func probe70Page(paras int, extra string) string {
	var b strings.Builder
	b.WriteString(`<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">`)
	for i := range paras {
		b.WriteString(p55(i))
	}
	b.WriteString(extra)
	b.WriteString(`</div>`)
	return p55Head + `<body class="path-node page-node-type-article">` + p55Nav +
		`<main role="main"><div class="region region--content"><article data-history-node-id="412" role="article" class="node node--type-article node--view-mode-full">` +
		`<header class="node__header"><h1 class="title page-title"><span class="field field--name-title">Millbrook dam to be rebuilt after years of leaks</span></h1>` +
		`<div class="node__meta"><span class="field field--name-uid"><span>Jane Roe</span></span> <span class="field field--name-created">Thu, 06/13/2024 - 10:12</span></div></header>` +
		`<div class="node__content">` + b.String() + `</div></article></div></main>` + p55Foot + `</body></html>`
}

// A story's own list of sources on other sites, a bare <ul> of linked
// titles at its end under a "Sources" or "References" heading or none,
// stays in the body; the site's own links in the same shape go, and so
// does a row of share links to social sites.
func TestBodyProbe70OutsideLinkLists(t *testing.T) {
	sources := `<ul><li><a href="https://www.waterboard.example.gov/minutes/2024-06-13">Minutes of the water board meeting</a></li>` +
		`<li><a href="https://reports.engineering.example.org/millbrook-seepage.pdf">Millbrook seepage survey, 2015</a></li>` +
		`<li><a href="https://www.irrigation-union.example.net/statement">Irrigation union statement on summer flows</a></li></ul>`
	own := `<ul><li><a href="/news/2024/06/ferry-story">Ferry timetable changes for the summer season</a></li>` +
		`<li><a href="https://valley.example/news/2024/06/school-story">School roof to be replaced over the holidays</a></li>` +
		`<li><a href="https://www.valley.example/news/2024/06/parking-story">Council to vote on new parking charges in town centre</a></li></ul>`
	share := `<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li><li><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></li></ul>`
	for _, paras := range []int{3, 6} {
		for _, head := range []string{"", "<h2>Sources</h2>", "<h3>References</h3>", "<p><strong>Further reading</strong></p>"} {
			a, err := Extract([]byte(probe70Page(paras, head+sources)), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"Minutes of the water board", "Millbrook seepage survey", "Irrigation union statement"} {
				if !strings.Contains(a.Text, w) {
					t.Errorf("%d/%q: sources lost %q: %q", paras, head, w, a.Text)
				}
			}
			a, err = Extract([]byte(probe70Page(paras, head+own)), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, "Ferry timetable") || strings.Contains(a.Text, "parking charges") {
				t.Errorf("%d/%q: the site's own links stayed: %q", paras, head, a.Text)
			}
		}
		a, err := Extract([]byte(probe70Page(paras, share)), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "LinkedIn") {
			t.Errorf("%d: share links stayed: %q", paras, a.Text)
		}
	}
}

// probe70Tools is a page's tool box set at the top of the story, above
// its first paragraph, or under its last: a gift button or a
// text-to-speech player whose button the cleaning removed, its
// explanation or its length left on lines of their own.
var probe70Tools = map[string]struct{ box, unwanted string }{
	"gift-de":    {`<div class="article-gift"><button type="button" class="gift-button">Artikel verschenken</button><p class="article-gift__text">Sie können diesen Artikel verschenken. Der Empfänger kann ihn kostenlos lesen.</p></div>`, "verschenken"},
	"gift-en":    {`<div class="gift-article"><button>Gift article</button><p>You can gift this article to anyone. They will be able to read it for free.</p></div>`, "gift this article"},
	"gift-fr":    {`<div class="offrir-article"><button>Offrir cet article</button><p>Vous pouvez offrir cet article à un proche.</p></div>`, "offrir cet article"},
	"gift-es":    {`<div class="regalar"><button>Regalar artículo</button><p>Puedes regalar este artículo a quien quieras.</p></div>`, "regalar este"},
	"audio-fb":   {`<div class="article-audio"><audio controls preload="none"><source src="/audio/412.mp3" type="audio/mpeg">Your browser does not support the audio element.</audio></div>`, "does not support"},
	"listen-min": {`<div class="tts-player"><button class="tts-play" aria-label="Play"></button><p class="tts-label">Listen to this article</p><p class="tts-length">5 min</p></div>`, "5 min"},
	"read-min":   {`<div class="listen"><button>Listen</button><span class="listen__time">3 min read</span></div>`, "3 min read"},
	"ja-tts":     {`<div class="read-aloud"><button type="button">記事を読み上げる</button><p class="read-aloud__note">音声の読み上げには対応ブラウザが必要です</p></div>`, "読み上げ"},
}

func TestBodyProbe70ToolLeftovers(t *testing.T) {
	for name, tool := range probe70Tools {
		for _, at := range []string{"top", "end"} {
			for _, paras := range []int{2, 6} {
				var b strings.Builder
				if at == "top" {
					b.WriteString(tool.box)
				}
				for i := range paras {
					b.WriteString(p55(i))
				}
				if at == "end" {
					b.WriteString(tool.box)
				}
				page := strings.Replace(probe70Page(0, b.String()), `<div class="node__content">`, `<div class="node__content">`, 1)
				a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
				if err != nil {
					t.Fatal(err)
				}
				for i := range paras {
					if !strings.Contains(a.Text, probe55Paras[i][:50]) {
						t.Errorf("%s/%s/%d: lost paragraph %d", name, at, paras, i)
					}
				}
				if strings.Contains(strings.ToLower(a.Text), strings.ToLower(tool.unwanted)) {
					t.Errorf("%s/%s/%d: the body holds %q: %q", name, at, paras, tool.unwanted, a.Text[:min(len(a.Text), 120)])
				}
			}
		}
	}
}
