package extractor

import "testing"

// Title conventions of portals, forums and older blogs, each on a page
// laid out as such sites lay theirs out, with and without og:title and
// an <h1>:
//   - a Chinese portal's channel between the headline and the site,
//     after a pipe or as a channel and its sub-channel joined by a
//     middle dot (The Paper's "标题_澎湃号·政务_澎湃新闻", "标题|国内_站名"),
//     and the site's English name after its own ("…_澎湃新闻-The Paper");
//   - a Korean outlet's name in brackets before the headline ("[밸리일보]
//     제목"), and a badge's label there ("[단독]", exclusive), which
//     says how the story runs as "Exclusive:" does, not what it says
//     (cutBadgeLabel), from the stated titles and the <h1> alike;
//   - a forum's community before or after the headline ("r/golang on
//     Reddit: Title", "Title : r/golang");
//   - an older WordPress theme's "Site - Tagline" <title> on every page,
//     the post's title a permalink in an <h2>.
func TestTitlePortalConventions(t *testing.T) {
	zh := `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p><p>会议指出，今年以来全市上下认真贯彻落实各项决策部署，经济运行总体平稳。</p>`
	const (
		H = "重庆召开全市经济工作会议部署明年重点任务"
		K = "시의회, 새 학교 예산안 통과…내년 착공"
		R = "What is the best way to learn Go in 2024?"
		E = "Council approves the budget for the new school"
	)
	paper := "https://www.thepaper.cn/newsDetail_forward_27412345"
	jc := "https://news.jcnews.example.cn/a/2024/05/16/123.html"
	ko := "https://www.valleyilbo.example.kr/news/articleView.html?idxno=123"
	koSite := `<meta property="og:site_name" content="밸리일보">`
	reddit := "https://www.reddit.com/r/golang/comments/abc123/what_is_the_best_way_to_learn_go_in_2024/"
	oldReddit := "https://old.reddit.com/r/golang/comments/abc123/what_is_the_best_way_to_learn_go_in_2024/"
	wp := "https://www.valleygazette.example/2009/05/16/council-budget/"
	text := `<div class="text">` + titleBody + `</div>`
	zhText := `<div class="text">` + zh + `</div>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"channel and sub-channel", paper, `<title>` + H + `_澎湃号·政务_澎湃新闻</title>`, zhText, H},
		{"channel and sub-channel, og:title", paper, `<title>` + H + `_澎湃号·政务_澎湃新闻</title><meta property="og:title" content="` + H + `_澎湃号·政务_澎湃新闻">`, zhText, H},
		{"English name after the site's", paper, `<title>` + H + `_澎湃号·政务_澎湃新闻-The Paper</title>`, zhText, H},
		{"English name after the site's, og:title", paper, `<title>` + H + `_澎湃新闻-The Paper</title><meta property="og:title" content="` + H + `_澎湃新闻-The Paper">`, zhText, H},
		{"channel after a pipe", jc, `<title>` + H + `|国内_江城日报</title>`, zhText, H},
		{"channel after a pipe, og:site_name", jc, `<title>` + H + `|国内_江城日报</title><meta property="og:site_name" content="江城日报">`, zhText, H},
		{"channel after a pipe, h1", jc, `<title>` + H + `|国内_江城日报</title>`, `<h1>` + H + `</h1>` + zhText, H},
		{"outlet in brackets", ko, `<title>[밸리일보] ` + K + `</title>` + koSite, text, K},
		{"outlet in brackets, og:title", ko, `<title>[밸리일보] ` + K + `</title><meta property="og:title" content="[밸리일보] ` + K + `">` + koSite, text, K},
		{"outlet in brackets, h1", ko, `<title>[밸리일보] ` + K + `</title><meta property="og:title" content="[밸리일보] ` + K + `">` + koSite, `<h1>` + K + `</h1>` + text, K},
		{"badge in brackets goes", ko, `<title>[단독] ` + K + ` - 밸리일보</title><meta property="og:title" content="[단독] ` + K + `">` + koSite, text, K},
		{"badge in brackets, h1", ko, `<title>[단독] ` + K + ` - 밸리일보</title><meta property="og:title" content="[단독] ` + K + `">` + koSite, `<h1>[단독] ` + K + `</h1>` + text, K},
		{"community on the site", reddit, `<title>r/golang on Reddit: ` + R + `</title>`, text, R},
		{"community on the site, og:title", reddit, `<title>r/golang on Reddit: ` + R + `</title><meta property="og:title" content="r/golang on Reddit: ` + R + `"><meta property="og:site_name" content="Reddit">`, text, R},
		{"speaker on the site stays", "https://www.valleytv.example/news/2024/05/16/budget/", `<title>Mayor Smith on Valley TV: We will build the school</title><meta property="og:site_name" content="Valley TV">`, text, "Mayor Smith on Valley TV: We will build the school"},
		{"community after a colon", oldReddit, `<title>` + R + ` : r/golang</title>`, text, R},
		{"community after a colon, og:title", oldReddit, `<title>` + R + ` : r/golang</title><meta property="og:title" content="` + R + ` : r/golang"><meta property="og:site_name" content="reddit">`, text, R},
		{"permalink h2, masthead h1", wp, `<title>Valley Gazette - News from the valley</title>`,
			`<div id="header"><h1><a href="/">Valley Gazette</a></h1><div class="description">News from the valley</div></div><div class="post"><h2><a href="` + wp + `" rel="bookmark">` + E + `</a></h2><div class="entry">` + titleBody + `</div></div><div id="sidebar"><h2>Archives</h2></div>`, E},
		{"permalink h2.title, no h1", wp, `<title>Valley Gazette &raquo; News from the valley</title>`,
			`<div id="header"><div class="logo"><a href="/">Valley Gazette</a></div></div><div class="post"><h2 class="title"><a href="/2009/05/16/council-budget/" title="Permanent Link to ` + E + `">` + E + `</a></h2><div class="entry">` + titleBody + `</div></div><div id="sidebar"><h2>Categories</h2><h2>Blogroll</h2></div>`, E},
		{"permalink h2, logo h1", wp, `<title>Valley Gazette | News from the valley</title>`,
			`<div id="header"><h1 id="logo"><a href="https://www.valleygazette.example/">Valley Gazette</a></h1></div><div class="post"><h2><a href="` + wp + `">` + E + `</a></h2><div class="entry">` + titleBody + `</div></div>`, E},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, _ := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}
