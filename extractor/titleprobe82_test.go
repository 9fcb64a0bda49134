package extractor

import "testing"

// A Naver blog's <title> names the blog alone, which its header's <h1>
// links home as well, on the older PostView.naver?blogId= address; the
// post's own headline is in a block classed as one (SmartEditor ONE's
// se-title-text, SmartEditor 2's itemSubjectBoldfont and pcol1).
func TestTitleProbe82NaverBlogName(t *testing.T) {
	const (
		ko   = "봄철 미세먼지 줄이는 실내 환기 요령 다섯 가지"
		name = "김씨의 살림 이야기"
	)
	post := `<p>봄철에는 미세먼지 때문에 창문을 열기가 망설여집니다. 하지만 실내 공기도 환기를 하지 않으면 금방 탁해집니다.</p><p>오늘은 미세먼지가 심한 날에도 실내 공기를 깨끗하게 유지하는 환기 요령을 정리해 보았습니다.</p><p>첫째, 아침과 저녁보다는 대기가 안정된 낮 시간에 짧게 자주 환기하는 것이 좋습니다.</p>`
	one := `<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>` + ko + `</span></p></div>`
	two := `<div class="htitle" id="title_1"><span class="pcol1 itemSubjectBoldfont">` + ko + `</span></div>`
	for _, u := range []string{
		"https://blog.naver.example/kimlife/221430673006",
		"https://blog.naver.example/PostView.naver?blogId=kimlife&logNo=221430673006",
		"https://blog.naver.example/PostView.nhn?blogId=kimlife&logNo=221430673006",
	} {
		for _, home := range []string{"https://blog.naver.example/kimlife", "/kimlife"} {
			header := `<div id="header"><h1><a href="` + home + `">` + name + `</a></h1></div>`
			runTitleProbes46(t, []titleProbe46{
				{"one " + u + " " + home, u, `<title>` + name + `</title>`, header + `<div id="postViewArea">` + one + post + `</div>`, ko},
				{"two " + u + " " + home, u, `<title>` + name + `</title>`, header + `<div id="postViewArea">` + two + post + `</div>`, ko},
			})
		}
	}
	header := `<div id="header"><h1><a href="/kimlife">` + name + `</a></h1></div>`
	runTitleProbes46(t, []titleProbe46{
		{"no headline block", "https://blog.naver.example/kimlife/221430673006", `<title>` + name + `</title>`, header + `<div id="postViewArea">` + post + `</div>`, name},
		{"another blog's folder", "https://blog.naver.example/PostView.naver?blogId=parklife&logNo=221430673006", `<title>` + ko + `</title>`,
			header + `<div id="postViewArea">` + two + post + `</div>`, ko},
	})
}
