package extractor

import (
	"strings"
	"testing"
)

// wpStoryPage is a WordPress post of a local paper (its masthead, the
// post's header with date and byline, the story's six paragraphs with
// extra after the third or the last, a "Recent Posts" widget, the
// footer).
func wpStoryPage(extra string, atEnd bool) string {
	var b strings.Builder
	for i, p := range newsProbeParas {
		b.WriteString("<p>" + p + "</p>")
		if !atEnd && i == 2 || atEnd && i == len(newsProbeParas)-1 {
			b.WriteString(extra)
		}
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` – The Harbour Herald</title><meta property="og:title" content="` + newsProbeTitle + `"></head><body class="single single-post"><header id="masthead" class="site-header"><p class="site-title"><a href="/">The Harbour Herald</a></p><nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header><div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">` + newsProbeTitle + `</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span></div></header><div class="entry-content">` + b.String() + `</div></article></main><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/x/">Storm closes coastal road</a></li></ul></section></aside></div><footer class="site-footer"><p>© 2024 The Harbour Herald</p></footer></body></html>`
}

// A paper's pitch in the story's column, between its paragraphs or after
// them, is the site's: its app offered in the stores, a call to pay for
// its journalism (isShortBoiler). The story's paragraphs stay.
func TestBodyProbe46Pitches(t *testing.T) {
	for _, c := range []struct{ html, mark string }{
		{`<p>Download our app for the latest news: App Store | Google Play</p>`, "Download our app"},
		{`<p><strong>Get the Harbour Herald app</strong> on <a href="https://play.google.com/store/apps/x">Google Play</a> and the <a href="https://apps.apple.com/app/x">App Store</a>.</p>`, "Harbour Herald app"},
		{`<p>Support local journalism: <a href="/subscribe/">subscribe today</a> for just $1 a week.</p>`, "subscribe today"},
		{`<p><em>Support independent journalism. <a href="/donate/">Donate today</a> to keep our reporting free for everyone.</em></p>`, "Donate today"},
	} {
		for _, atEnd := range []bool{false, true} {
			a, err := Extract([]byte(wpStoryPage(c.html, atEnd)), "https://harbourherald.example/2024/03/03/harbour-bridge/", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, c.mark) {
				t.Errorf("Extract(%q, at end %v).Text holds the pitch", c.mark, atEnd)
			}
			for _, p := range []string{newsProbeParas[0], newsProbeParas[3], newsProbeParas[5]} {
				if !strings.Contains(a.Text, p) {
					t.Errorf("Extract(%q, at end %v).Text lacks %.40q…", c.mark, atEnd, p)
				}
			}
		}
	}
}
