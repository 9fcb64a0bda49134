package extractor

import (
	"strings"
	"testing"
)

// TestTitleCMSLabelSite checks the <title>s that put the site's name
// before a CMS's label: phpBB 2 and 3.0 ("Board :: View topic - Topic",
// "Board • View topic - Topic", in the board's language) and WordPress's
// Kubrick ("Site » Blog Archive » Post"). The label is cut with the name,
// and a heading that repeats the name (prosilver's unlinked <h1> above
// the topic's <h2>) is the site's, not the headline.
func TestTitleCMSLabelSite(t *testing.T) {
	prosilver := `<div id="wrap"><div id="page-header"><div class="headerbar"><div id="site-description"><a href="./index.php" title="Board index" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" alt=""></a><h1>Valley Forum</h1><p>A place to talk about the valley</p></div></div>
<div class="navbar"><ul class="linklist navlinks"><li class="icon-home"><a href="./index.php">Board index</a> <strong>&#8249;</strong> <a href="./viewforum.php?f=3">Travel</a></li></ul></div></div>
<div id="page-body"><h2><a href="./viewtopic.php?f=3&amp;t=1234">{H}</a></h2><div class="post"><div class="postbody"><h3 class="first"><a href="#p5678">{H}</a></h3><p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2">jdoe</a></strong> &raquo; Thu May 16, 2024 9:12 am</p><div class="content">` + titleBody + `</div></div></div></div></div>`
	subsilver := `<table width="100%"><tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" alt="Valley Forum Forum Index"></a></td><td><span class="maintitle">Valley Forum</span><br><span class="gen">A place to talk</span></td></tr></table>
<table class="forumline"><tr><td class="row1"><span class="postbody">` + titleBody + `</span></td></tr></table>`
	kubrick := `<div id="header"><h1>Valley Notes</h1><div class="description">Small news from a small town</div></div><div id="content"><div class="post"><h2>{H}</h2>` + titleBody + `</div></div>`
	for _, tc := range []struct{ name, url, title, body, want string }{
		{"prosilver", "https://forum.example.org/viewtopic.php?f=3&t=1234", "Valley Forum &bull; View topic - {H}", prosilver, "Best route to the harbour?"},
		{"prosilver de", "https://forum.example.org/viewtopic.php?f=3&t=1234", "Valley Forum &bull; Thema anzeigen - {H}", prosilver, "Beste Route zum Hafen?"},
		{"prosilver ru", "https://forum.example.org/viewtopic.php?f=3&t=1234", "Valley Forum &bull; Просмотр темы - {H}", prosilver, "Как лучше доехать до гавани?"},
		{"subsilver", "http://forum.example.org/viewtopic.php?t=1234", "Valley Forum :: View topic - {H}", subsilver, "Best route to the harbour?"},
		{"kubrick", "https://blog.example.org/2024/05/16/harbour/", "Valley Notes &raquo; Blog Archive &raquo; {H}", kubrick, "Harbour plan: what it means"},
	} {
		r := func(s string) string { return strings.ReplaceAll(s, "{H}", tc.want) }
		page := `<html><head><meta charset="utf-8"><title>` + r(tc.title) + `</title></head><body>` + r(tc.body) + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
