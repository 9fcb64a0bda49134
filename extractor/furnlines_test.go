package extractor

import (
	"strings"
	"testing"
)

// A reporter box and a row of reaction buttons under the story are the
// site's, in the Korean news CMSs' layout and in a blog theme's alike.
func TestReporterBoxAndReactionsLeaveTheBody(t *testing.T) {
	for _, tc := range []struct {
		name, tail string
		gone       []string
	}{
		{"Korean news CMS", `<div class="view-editors"><div class="float-left"><strong>김민수 기자</strong><p>다른기사 보기</p></div></div>` +
			`<div class="like-group"><a>좋아요</a><a>훈훈해요</a><a>슬퍼요</a><a>화나요</a><a>후속기사 원해요</a></div>`,
			[]string{"다른기사", "훈훈해요", "김민수"}},
		{"Korean, spaced, with counts", `<div class="writer"><span>이영희 기자</span> <a href="/list?writer=2">다른 기사 보기 ›</a></div>` +
			`<ul class="reactions"><li>좋아요 3</li><li>슬퍼요 0</li><li>화나요 12</li></ul>`,
			[]string{"다른 기사", "화나요", "이영희"}},
		{"Korean, with the e-mail", `<div class="view-editors"><strong>박지훈 기자</strong><p>jihoon@news.example.kr</p><p>다른기사 보기</p></div>` +
			`<div class="like-group"><a>좋아요 <span>0</span></a><a>슬퍼요 <span>1</span></a><a>후속기사 원해요 <span>0</span></a></div>`,
			[]string{"다른기사", "후속기사", "박지훈"}},
		{"blog theme", `<div class="author-meta"><span>Jane Doe</span><a href="/author/jane">View all posts by Jane Doe</a></div>` +
			`<div class="reaction-bar"><button>Like</button><span> 4</span><span>Love</span><span>Wow</span><span>Sad</span></div>`,
			[]string{"View all posts", "Wow"}},
	} {
		a := extractPage(t, pageWithBlocks("", 8, tc.tail))
		for _, g := range tc.gone {
			if strings.Contains(a.Text, g) {
				t.Errorf("%s: %q is left in the text:\n%s", tc.name, g, a.Text)
			}
		}
		if !strings.Contains(a.Text, "Paragraph 7 of the story") {
			t.Errorf("%s: the story's end was cut:\n%s", tc.name, a.Text)
		}
	}
	// Story lines that say the same words stay.
	for _, line := range []string{
		"Reporters were told to love the city and see more stories from its people.",
		"“Like, love, sad,” she said, counting the buttons on her screen.",
		"The reactions were mixed: like it or not, the vote stands.",
	} {
		a := extractPage(t, pageWithBlocks("", 8, "<p>"+line+"</p>"))
		if !strings.Contains(a.Text, line) {
			t.Errorf("a story line was cut: %q\n%s", line, a.Text)
		}
	}
}
