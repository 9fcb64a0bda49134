package extractor

import (
	"strings"
	"testing"
)

func TestHanziDate(t *testing.T) {
	for in, want := range map[string]string{
		"二〇二四年五月十六日":           "2024年5月16日",
		"二零二四年十二月三十一日":         "2024年12月31日",
		"成文日期：二〇二三年十月一日":       "成文日期：2023年10月1日",
		"二〇二四年十三月一日":           "二〇二四年十三月一日", // no thirteenth month
		"一九九八年三月":              "一九九八年三月",    // no zero, no day: left as written
		"2024年5月16日":           "2024年5月16日",
		"二〇二四年二十月四十日 and more": "二〇二四年二十月四十日 and more",
	} {
		if got := hanziDate(in); got != want {
			t.Errorf("hanziDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// A government document dates itself in Chinese numerals under its
// headline.
func TestExtractHanziDate(t *testing.T) {
	body := strings.Repeat(`<p>为进一步做好全市经济工作，市政府决定召开全市经济工作会议，会议将总结今年工作并部署明年重点任务，各单位要认真做好准备。</p>`, 4)
	page := `<html lang="zh-CN"><head><title>关于召开全市经济工作会议的通知</title></head><body><div class="article"><h1>关于召开全市经济工作会议的通知</h1><div class="info">发布日期：二〇二四年五月十六日　来源：市政府办公厅</div>` + body + `</div></body></html>`
	a, err := Extract([]byte(page), "https://www.cq.example.gov.cn/zwgk/tzgg/content_123.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(发布日期：二〇二四年五月十六日).PublishedDate = %q (%s), want 2024-05-16", a.PublishedDate, a.Provenance["published_date"])
	}
}

// commonEraDates skips texts without a character of three bytes or more
// (holdsWideRunes): it must read every other text as its four rewrites
// do. Every text of up to three pieces is tried.
func TestCommonEraDatesGuard(t *testing.T) {
	pieces := []string{"2024", "24", "113", "年", "5", "月", "16", "日", "号", "民國", "民国", "二〇二四", "零", "○", "◯", "Ｏ", "２０２４", "１６",
		"Mai", "é", "ß", "Ж", "ع", " ", "-", ":", "x"}
	rewritten := 0
	var try func(s string, more int)
	try = func(s string, more int) {
		want := cjkShortYear(hanziDate(rocEra(foldWideDates(s))))
		if got := commonEraDates(s); got != want {
			t.Fatalf("commonEraDates(%q) = %q, want %q", s, got, want)
		}
		if want != s {
			rewritten++
		}
		for _, p := range pieces[:len(pieces)*min(more, 1)] {
			try(s+p, more-1)
		}
	}
	try("", 3)
	if rewritten < 200 {
		t.Fatalf("%d texts rewritten: the pieces do not exercise the rewrites", rewritten)
	}
}
