package extractor

import (
	"strings"
	"testing"
	"time"
)

func TestHalfDayClocks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024.03.05. 오후 12:30", "2024.03.05 12:30"},
		{"2024.03.05. 오후 2:05", "2024.03.05 14:05"},
		{"2024-03-05 오전 9:10", "2024-03-05 9:10"},
		{"2024.03.05. 오전 12:10", "2024.03.05 0:10"},
		{"2024/3/5 午後3:05", "2024/3/5 15:05"},
		{"2024年3月5日 午前9時10分", "2024年3月5日 9時10分"},
		{"2024年3月5日 下午3:05", "2024年3月5日 下午3:05"}, // Chinese: reCJK reads 下午
	} {
		if got := halfDayClocks(c.in); got != c.want {
			t.Errorf("halfDayClocks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTopBarWeekdayInitial(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"2024년 03월 20일 (수)", true},
		{"2024年3月20日(水)", true},
		{"2024年3月20日（水）", true},
		{"2024년 03월 20일", false},
		{"(주)한빛일보", false},
	} {
		if got := topBarWeekday(c.in); got != c.want {
			t.Errorf("topBarWeekday(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// An <article> inside the <header> that holds the headline is the story's
// info, not a teaser card: its dates are the page's.
func TestArticleInHeadlineHeader(t *testing.T) {
	paras := strings.Repeat("<p>"+strings.Repeat("The council approved the new tram line on Tuesday after a long debate about its cost and its route through the old town. ", 3)+"</p>\n", 4)
	for _, c := range []struct{ name, info, want string }{
		{"ko", `<article class="info-group"><ul class="infomation"><li>홍길동 기자</li><li>입력 2024.03.05 12:30</li><li>수정 2024.03.06 09:00</li></ul></article>`, "2024-03-05"},
		{"en", `<article class="meta"><p>Published March 5, 2024</p><p>Updated March 6, 2024</p></article>`, "2024-03-05"},
	} {
		page := `<html><head><title>Council approves tram line</title></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><article><header class="article-view-header"><h1>Council approves tram line</h1>` + c.info + `</header><div class="body">` + paras + `</div></article></main></body></html>`
		a, err := Extract([]byte(page), "https://www.example.com/news/articleView.html?idxno=312345", Options{FetchedAt: time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != c.want {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
		}
	}
}
