package pipeline

import (
	"fmt"
	"strings"
	"testing"
)

// story is a made-up wire story of about 300 words.
func story(seed string) string {
	var b strings.Builder
	for i := range 30 {
		fmt.Fprintf(&b, "Paragraph %d of the %s story says that the council met on Tuesday to discuss item %d, and residents asked questions about budget line %d.\n\n", i, seed, i*7, i*13)
	}
	return b.String()
}

// matchReport is another made-up story of about 300 words.
func matchReport() string {
	var b strings.Builder
	for i := range 30 {
		fmt.Fprintf(&b, "In game %d the home side scored twice before half time, and the visiting coach said after the match that his players had run out of ideas by minute %d.\n\n", i, i*3)
	}
	return b.String()
}

func TestSimHashStable(t *testing.T) {
	// Fingerprints are kept in crawl states across releases: a change to
	// the tokeniser or the hash must be deliberate (and migrate states).
	for _, c := range []struct {
		text string
		want uint64
	}{
		{"", 0},
		{"One", 0x7e76a915dd34eb4e},
		{"The quick brown fox jumps over the lazy dog.", 0x11830aac010c352a},
		{"重庆市政府新闻办公室举行新闻发布会", 0x20f4a1c444fc9000},
	} {
		if got := SimHash(c.text); got != c.want {
			t.Errorf("SimHash(%q) = %#x, want %#x", c.text, got, c.want)
		}
	}
}

func TestSimHashNear(t *testing.T) {
	a := story("harbour")
	same := strings.ToUpper(strings.ReplaceAll(a, "\n\n", "  \n"))
	if d := Distance(SimHash(a), SimHash(same)); d != 0 {
		t.Errorf("case and whitespace changed the fingerprint: distance %d", d)
	}
	edited := strings.Replace(a, "residents asked questions", "people asked", 1) +
		"\n\nThis story was updated with a correction.\n"
	if d := Distance(SimHash(a), SimHash(edited)); d > NearDistance {
		t.Errorf("one edit and a trailing line: distance %d, want <= %d", d, NearDistance)
	}
	// Another story of the same site, with the same leaked boilerplate.
	box := "\n\nSign up for our newsletter. Share this story on social media. Read more local news, weather and sport from our team of reporters every day.\n"
	a, otherText := a+box, matchReport()+box
	if d := Distance(SimHash(a), SimHash(otherText)); d <= NearDistance {
		t.Errorf("two stories: distance %d, want > %d", d, NearDistance)
	}
	unrelated := "A completely different text about football, with a match report from Saturday and the scores of every game in the league this week."
	if d := Distance(SimHash(a), SimHash(unrelated)); d < 16 {
		t.Errorf("unrelated texts: distance %d, want about 32", d)
	}
}

func TestSimHashCJK(t *testing.T) {
	a := strings.Repeat("重庆市政府新闻办公室今天举行新闻发布会，介绍了全市经济运行情况。", 5) +
		"记者从会上获悉，今年前三季度全市地区生产总值同比增长百分之六。"
	b := strings.Repeat("重庆市政府新闻办公室今天举行新闻发布会，介绍了全市经济运行情况。", 5) +
		"记者从会上获悉，今年前三季度全市地区生产总值同比增长百分之七。"
	c := "上海市今日发布暴雨橙色预警，请市民注意出行安全，远离河道和低洼地区，学校停课一天。"
	if d := Distance(SimHash(a), SimHash(b)); d > NearDistance {
		t.Errorf("one character changed: distance %d, want <= %d", d, NearDistance)
	}
	if d := Distance(SimHash(a), SimHash(c)); d <= NearDistance {
		t.Errorf("different Chinese texts: distance %d, want > %d", d, NearDistance)
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := story("harbour")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		SimHash(text)
	}
}
