package extractor

import (
	"strings"
	"testing"
)

// authorProbe70Body is a story's text of eight paragraphs.
var authorProbe70Body = strings.Repeat("<p>The council voted on Tuesday to fund the repairs of the old bridge, a project that residents have waited for since the floods of the last decade.</p>", 8)

// probe70ViBody is a Vietnamese story's text.
var probe70ViBody = strings.Repeat("<p>Chính phủ hôm thứ Ba đã công bố kế hoạch mới nhằm cải thiện đường giao thông nông thôn, dự kiến bắt đầu trong những tháng tới tại nhiều tỉnh.</p>", 8)

type probe70Case struct{ name, lang, head, top, tail, want string }

func checkProbe70(t *testing.T, cases []probe70Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang := c.lang
			if lang == "" {
				lang = "en"
			}
			body := authorProbe70Body
			if lang == "vi" {
				body = probe70ViBody
			}
			page := `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>The bridge will be repaired | The Daily Ledger</title>` + c.head +
				`</head><body><header class="site-header"><a href="/">The Daily Ledger</a><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a></nav></header>` +
				`<main><article class="post"><h1 class="entry-title">The bridge will be repaired</h1>` + c.top +
				`<div class="entry-content">` + body + c.tail + `</div></article></main><footer class="site-footer"><p>© 2024 The Daily Ledger</p></footer></body></html>`
			a := extractPage(t, page)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

func TestAuthorsProbe70(t *testing.T) {
	checkProbe70(t, []probe70Case{
		// Vietnamese closing credit: the writer, then the source site.
		{"vi: writer then Theo source", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An</strong></p><p style="text-align:right"><em>Theo VnExpress</em></p>`, "Nguyễn Văn An"},
		{"vi: writer then Theo source, both bold", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An</strong></p><p style="text-align:right"><strong>Theo VnExpress</strong></p>`, "Nguyễn Văn An"},
		{"vi: writer (source)", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An (Theo Tuổi Trẻ)</strong></p>`, "Nguyễn Văn An"},
		{"vi: Theo source alone", "vi", "", "", `<p style="text-align:right"><strong>Theo Tuổi Trẻ</strong></p>`, ""},
		// Author boxes closing a post with no byline.
		{"fr: a propos de l'auteur", "fr", "", "", `<div class="author-box"><h3>À propos de l'auteur</h3><h4>Marie Dupont</h4><p>Marie Dupont est journaliste à Lyon depuis 2010.</p></div>`, "Marie Dupont"},
		{"fr: a propos de l'auteur, no class", "fr", "", "", `<section><h3>À propos de l’auteur</h3><p><strong>Marie Dupont</strong> est journaliste à Lyon depuis 2010.</p></section>`, "Marie Dupont"},
		{"es: sobre el autor", "es", "", "", `<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/author/juan-perez/">Juan Pérez</a></div><div class="saboxplugin-desc"><p>Juan Pérez es periodista.</p></div></div>`, "Juan Pérez"},
		{"es: sobre el autor heading", "es", "", "", `<section><h3>Sobre el autor</h3><p><strong>Juan Pérez</strong> es periodista en Madrid.</p></section>`, "Juan Pérez"},
		{"de: über den Autor heading", "de", "", "", `<section><h3>Über den Autor</h3><p><strong>Hans Müller</strong> ist Redakteur in Berlin.</p></section>`, "Hans Müller"},
		{"it: l'autore heading", "it", "", "", `<section><h3>Sull'autore</h3><p><strong>Mario Rossi</strong> è giornalista a Milano.</p></section>`, "Mario Rossi"},
		{"en: about the author heading, bold", "en", "", "", `<section><h3>About the Author</h3><p><strong>Jane Doe</strong> is a reporter in Ohio.</p></section>`, "Jane Doe"},
		// Photo essays.
		{"photographs by, text by", "", "", `<p class="byline">Photographs by John Roe, text by Jane Doe</p>`, "", "Jane Doe"},
		{"words by, pictures by", "", "", `<p class="byline">Words by Jane Doe. Pictures by John Roe</p>`, "", "Jane Doe"},
		{"text and photographs by", "", "", `<p class="byline">Text and photographs by Jane Doe</p>`, "", "Jane Doe"},
		{"story and photos by", "", "", `<p class="byline">Story and photos by Jane Doe</p>`, "", "Jane Doe"},
		{"photos alone", "", "", `<p class="byline">Photographs by John Roe</p>`, "", ""},
		// Sponsored pages.
		{"paid post by", "", "", `<div class="sponsor-label">Paid Post by Acme Bank</div>`, "", ""},
		{"paid post label over byline", "", "", `<div class="sponsor-label">Paid Post</div><p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"in partnership with", "", "", `<p class="byline">In partnership with Acme Bank</p>`, "", ""},
		{"brought to you by", "", "", `<p class="byline">Brought to you by Acme Bank</p>`, "", ""},
		{"advertisement feature", "", "", `<p class="byline">Advertisement feature from Acme Bank</p>`, "", ""},
		// Podcasts.
		{"hosted by", "", "", `<p class="byline">Hosted by Jane Doe</p>`, "", ""},
		{"hosted by, then byline", "", "", `<p class="byline">By John Roe</p><p>Hosted by Jane Doe</p>`, "", "John Roe"},
		// Guest columns and op-eds.
		{"guest column by", "", "", `<p class="byline">Guest column by Jane Doe</p>`, "", "Jane Doe"},
		{"guest column label", "", "", `<p class="kicker">Guest Column</p><p class="byline">Jane Doe</p>`, "", "Jane Doe"},
		{"op-ed by", "", "", `<p class="byline">Op-ed by Jane Doe</p>`, "", "Jane Doe"},
		{"commentary by", "", "", `<p class="byline">Commentary by Jane Doe</p>`, "", "Jane Doe"},
		{"opinion | name", "", "", `<p class="byline">Opinion | Jane Doe</p>`, "", "Jane Doe"},
		{"OPINION: name", "", "", `<p class="byline">OPINION: Jane Doe</p>`, "", "Jane Doe"},
		{"guest column | by name", "", "", `<p class="byline">Guest Column | By Jane Doe</p>`, "", "Jane Doe"},
		{"opinion label span, then the name", "", "", `<div class="byline"><span class="label">Opinion</span> <span class="name">Jane Doe</span></div>`, "", "Jane Doe"},
		{"analysis firm in the meta", "", `<meta name="author" content="Analysis Group">`, "", "", "Analysis Group"},
		{"a kicker alone", "", "", `<p class="byline">Opinion</p>`, "", ""},
		{"the editorial board's credit", "", "", `<p class="byline">Editorial</p>`, "", "Editorial"},
		// Closings.
		{"additional reporting closing only", "", "", "", `<p><em>Additional reporting by John Roe.</em></p>`, ""},
		{"the network's outlet after the name, in capitals", "", "", `<p class="byline">Jane Doe USA TODAY</p>`, "", "Jane Doe"},
		{"the network's outlet after the name", "", "", `<p class="byline">Jane Doe USA Today</p>`, "", "Jane Doe"},
		{"contributing closing only", "", "", "", `<p><em>Contributing: John Roe, USA TODAY</em></p>`, ""},
		{"produced by X in partnership", "", "", "", `<p><em>This story was produced by Jane Doe in partnership with the Acme Foundation.</em></p>`, ""},
		{"with additional reporting byline", "", "", `<p class="byline">By Jane Doe, with additional reporting by John Roe</p>`, "", "Jane Doe"},
		// Letters: each letter's signer is not the page's author.
		{"letters page, dashes", "", "", "", `<h2>Council should act</h2><p>The bridge is a danger to us all.</p><p>— Jane Doe</p><h2>Thanks to the crews</h2><p>The crews worked hard.</p><p>— John Roe</p>`, ""},
		{"letters page, bold", "", "", "", `<h2>Council should act</h2><p>The bridge is a danger to us all.</p><p><strong>Jane Doe</strong></p><h2>Thanks to the crews</h2><p>The crews worked hard.</p><p><strong>John Roe</strong></p>`, ""},
		{"a column signed once", "", "", "", `<p>— Jane Doe</p>`, "Jane Doe"},
		{"letters page", "", "", "", `<h2>Council should act</h2><p>The bridge is a danger to us all.</p><p>— Jane Doe, Springfield</p><h2>Thanks to the crews</h2><p>The crews worked hard.</p><p>— John Roe, Shelbyville</p>`, ""},
	})
}
