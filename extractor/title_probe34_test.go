package extractor

import "testing"

// Korean news sites set a badge's label in square brackets before the
// headline ("[단독]", exclusive; "[속보]", breaking; "[포토]", a photo
// story; "[영상]", a video), with a space after it or none, in the
// <title>, og:title and the <h1> alike: it says how the story runs, as
// "Exclusive:" and "【速報】" do, and goes wherever enough headline
// remains. A bracketed word no badge is ("[사설]", an editorial's
// column) stays.
func TestTitleProbe34KoreanBadge(t *testing.T) {
	const k = "시의회, 새 학교 예산안 통과…내년 착공"
	b := probe33Body
	g := "https://www.valleyilbo.example.kr/news/articleView.html?idxno=123"
	site := `<meta property="og:site_name" content="밸리일보">`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"[단독] H - S", g, `<title>[단독] ` + k + ` - 밸리일보</title>` + site, b, k},
		{"[속보]H, no space", g, `<title>[속보]` + k + ` - 밸리일보</title>` + site, b, k},
		{"[포토] H, og:title", g, `<meta property="og:title" content="[포토] ` + k + `"><title>[포토] ` + k + ` | 밸리일보</title>` + site, b, k},
		{"[영상] H, h1", g, `<title>[영상] ` + k + ` - 밸리일보</title>` + site, `<h1>[영상] ` + k + `</h1>` + b, k},
		{"[사설] stays", g, `<title>[사설] ` + k + ` - 밸리일보</title>` + site, b, "[사설] " + k},
		{"[단독] before two words", g, `<title>[단독] 예산안 통과</title>`, b, "[단독] 예산안 통과"},
	})
}
