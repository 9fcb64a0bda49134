package extractor

import (
	"math/rand/v2"
	"net/url"
	"slices"
	"testing"
)

func TestCutPageMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Headline, page 2 - Site", "Headline - Site"},
		{"Headline (Page 2 of 3) | Site", "Headline | Site"},
		{"Überschrift, Seite 2 – Stadtblatt", "Überschrift – Stadtblatt"},
		{"見出し（1/2） - 谷新聞", "見出し - 谷新聞"},
		{"Headline (2/3)", "Headline"},
		{"Headline, page 2", "Headline"},
		{"Headline - Site - Page 2", "Headline - Site"},
		{"Turn to page 2 for the answer - Site", "Turn to page 2 for the answer - Site"}, // no comma: the headline's words
		{"Headline (1/2) of the match report - Site", "Headline (1/2) of the match report - Site"},
		{"Score 3/4 - Site", "Score 3/4 - Site"},
		// Indonesian portals: the page, or all of it, after a space.
		{"Dewan Setujui Anggaran Sekolah Baru Halaman all - Kompas.com", "Dewan Setujui Anggaran Sekolah Baru - Kompas.com"},
		{"Dewan Setujui Anggaran Sekolah Baru Halaman 2 - Tribunnews.com", "Dewan Setujui Anggaran Sekolah Baru - Tribunnews.com"},
		{"Dewan Setujui Anggaran - Halaman all - Tribunnews.com", "Dewan Setujui Anggaran - Halaman all - Tribunnews.com"}, // a segment: cut as one
		{"Warga Bersihkan halaman masjid - Site", "Warga Bersihkan halaman masjid - Site"},                                 // the word "yard"
	} {
		if got := cutPageMarks(tc.in); got != tc.want {
			t.Errorf("cutPageMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutDateTail(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Совет утвердил бюджет новой школы - РИА Новости, 16.05.2024", "Совет утвердил бюджет новой школы - РИА Новости"},
		{"Council approves the budget - Valley Wire, May 16, 2024", "Council approves the budget - Valley Wire"},
		// A headline that ends with its own date is longer than what
		// precedes it.
		{"AlbertMohler.com – The Briefing, Friday, November 9, 2012", "AlbertMohler.com – The Briefing, Friday, November 9, 2012"},
		{"Council approves the budget - Valley Wire, Springfield", "Council approves the budget - Valley Wire, Springfield"},
		{"Council approves the budget, May 16, 2024", "Council approves the budget, May 16, 2024"},
	} {
		if got := cutDateTail(tc.in); got != tc.want {
			t.Errorf("cutDateTail(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutLeadWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Opinion | Republicans follow Trump to nowhere", "Republicans follow Trump to nowhere"},
		{"Frommers | The 10 Best Airfare Search Sites", "The 10 Best Airfare Search Sites"},
		{"Home > News > Council approves budget for the school", "Council approves budget for the school"},
		{"Politik » Stadtrat stimmt für neue Schule", "Stadtrat stimmt für neue Schule"},
		{"Noodlecakes | Cook Republic", "Noodlecakes | Cook Republic"},                                     // the headline is the word
		{"IT4Kids | IT-Kurse für Grundschulen", "IT4Kids | IT-Kurse für Grundschulen"},                     // no word of letters only
		{"Opinion - Republicans follow Trump to nowhere", "Opinion - Republicans follow Trump to nowhere"}, // a hyphen may be the headline's own
		{"iPhone | Why the new model sells slowly", "iPhone | Why the new model sells slowly"},
	} {
		if got := cutLeadWord(tc.in); got != tc.want {
			t.Errorf("cutLeadWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLeadingCrumbs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Valley Gazette | Council approves budget for the new school", 1},
		{"Valley Gazette › Local › Council approves budget for the new school", 2},
		{"Valley Gazette :: Council approves budget for the new school", 1},
		{"Noodlecakes | Cook Republic", 0},
		{"TextMate Blog » TextMate 2 at GitHub", 0},                                // not twice as long
		{"Valley Gazette - Council approves budget for the new school", 0},         // a hyphen sets off subtitles too
		{"Council approves budget | Valley Gazette Online News for the Valley", 0}, // a headline of three words
	} {
		parts := titleParts(tc.in)
		if got := leadingCrumbs(parts, partSeps(tc.in, parts)); got != tc.want {
			t.Errorf("leadingCrumbs(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestCJKSiteTail(t *testing.T) {
	u, _ := url.Parse("https://www.jcnews.example.cn/a/123.html")
	tc := titleContext{host: u.Host, page: u}
	for _, c := range []struct {
		in, head string
		cut      []string
	}{
		{"重庆召开全市经济工作会议-江城日报网", "重庆召开全市经济工作会议", []string{"江城日报网"}},
		// Government portals name themselves a web site: "…网站".
		{"我省今年将新建改造农村公路一千二百公里- 江城省人民政府网站", "我省今年将新建改造农村公路一千二百公里", []string{"江城省人民政府网站"}},
		{"你知道什么该吃什么不该吃吗？-报社新闻-查报纸网", "你知道什么该吃什么不该吃吗？", []string{"报社新闻", "查报纸网"}},
		{"市議会が新しい学校の予算を可決：谷新聞", "市議会が新しい学校の予算を可決", []string{"谷新聞"}},
		{"总书记的一天行程安排：走进新华社", "总书记的一天行程安排：走进新华社", nil}, // after a colon, a news agency may be the headline's
		{"重庆召开全市经济工作会议-会议强调稳中求进", "重庆召开全市经济工作会议-会议强调稳中求进", nil},
		{"COVID-19 疫苗接种进展", "COVID-19 疫苗接种进展", nil},
	} {
		head, cut, _ := cjkSiteTail(c.in, tc)
		if head != c.head || !slices.Equal(cut, c.cut) {
			t.Errorf("cjkSiteTail(%q) = %q, %q, want %q, %q", c.in, head, cut, c.head, c.cut)
		}
	}
}

func TestWithoutArticle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Der Spiegel", "Spiegel"},
		{"Le Courrier du Val", "Courrier du Val"},
		{"The Times", "Times"},
		{"El País", "País"},
		{"L'Équipe", "Équipe"},
		{"Spiegel", ""},
		{"Valley Gazette", ""},
	} {
		if got := withoutArticle(tc.in); got != tc.want {
			t.Errorf("withoutArticle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBylineSegment(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"by Jane Doe", true},
		{"By Jane Doe", true},
		{"von Hans Müller", true},
		{"par Jeanne Dupont", true},
		{"Written by Jane Doe", true},
		{"Escrito por Ana López", true},
		{"Written by", false},
		{"by the numbers", false},
		{"by", false},
		{"Jane Doe", false},
	} {
		if got := bylineSegment(tc.in); got != tc.want {
			t.Errorf("bylineSegment(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCutReversedTrail(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		cut      []string
	}{
		{"시의회 새 학교 예산안 통과 < 정치 < 기사본문 - 밸리일보", "시의회 새 학교 예산안 통과", []string{"정치", "기사본문", "밸리일보"}},
		{"Why x < y matters for sorting", "Why x < y matters for sorting", nil}, // one "<" is the headline's
	} {
		got, cut := cutReversedTrail(tc.in)
		if got != tc.want || !slices.Equal(cut, tc.cut) {
			t.Errorf("cutReversedTrail(%q) = %q, %q, want %q, %q", tc.in, got, cut, tc.want, tc.cut)
		}
	}
}

// mayHoldPageMark must hold for every title rePageMark matches in.
func TestPageMarkGuardHoldsForMatches(t *testing.T) {
	words := []string{"Headline", "Page", "page", "PAGE", "Seite", "2", "12", "of", "von", "3", "Halaman", "halaman", "all",
		"(", ")", "（", "）", ",", "，", "1/2", "(1/2)", "5 comments", "comments", "replies", "-", "|", " ", "\t", "x"}
	matched := drawMatches(rand.New(rand.NewPCG(11, 12)), words, 6, draws(50000), rePageMark, func(s string, match bool) {
		if match && !mayHoldPageMark(s) {
			t.Fatalf("mayHoldPageMark(%q) = false, but rePageMark matches", s)
		}
	})
	if matched < draws(1000) {
		t.Fatalf("only %d matches: the strings do not exercise the regexp", matched)
	}
}
