package extractor

import "testing"

// A forum thread's title: XenForo sets the thread's prefix ("Question",
// "Solved") in a labelled element before it in the <h1> and writes
// "Prefix - Title | Forum" as the <title> and og:title; the title is the
// thread's, without the prefix. The templates of Discourse, phpBB and
// vBulletin title it too.
func TestTitleForumThread(t *testing.T) {
	H := "Council approves budget for the new school"
	for _, c := range []struct{ name, head, h1 string }{
		{"xf prefix", `<title>Question - ` + H + ` | Trend News Forums</title>`, `<h1 class="p-title-value"><span class="label label--blue" dir="auto">Question</span><span class="label-append">&nbsp;</span>` + H + `</h1>`},
		{"xf prefix og", `<meta property="og:title" content="Question - ` + H + `"><title>Question - ` + H + ` | Trend News Forums</title>`, `<h1 class="p-title-value"><span class="label label--blue" dir="auto">Question</span><span class="label-append">&nbsp;</span>` + H + `</h1>`},
		{"xf solved", `<title>Solved - ` + H + ` | Trend News Forums</title>`, `<h1 class="p-title-value"><span class="label label--green" dir="auto">Solved</span><span class="label-append">&nbsp;</span>` + H + `</h1>`},
		{"xf no prefix", `<meta property="og:title" content="` + H + `"><title>` + H + ` | Trend News Forums</title>`, `<h1 class="p-title-value">` + H + `</h1>`},
		{"xf page", `<title>` + H + ` | Page 3 | Trend News Forums</title>`, `<h1 class="p-title-value">` + H + `</h1>`},
		{"discourse", `<meta property="og:title" content="` + H + `"><title>` + H + ` - Announcements - Trend News Community</title>`, `<h1 data-topic-id="1"><a href="/t/council/1" class="fancy-title">` + H + `</a></h1>`},
		{"phpbb", `<title>` + H + ` - Trend News Forum</title>`, `<h2 class="topic-title"><a href="./viewtopic.php?t=123">` + H + `</a></h2>`},
		{"vbulletin", `<title>` + H + ` - Trend News Forums</title>`, `<h1 class="main-title js-main-title hide-on-editmode">` + H + `</h1>`},
	} {
		page := `<html lang="en"><head><meta charset="utf-8">` + c.head + `</head><body><div id="header"><a href="/">Trend News Forums</a></div><div class="p-body">` + c.h1 + `<article class="message">` + titleBody + `</article></div></body></html>`
		if got, prov := extractTitle(t, page, "https://forums.trendnews.example/threads/council.123/"); got != H {
			t.Errorf("%s: %q (%s)", c.name, got, prov)
		}
	}
}
