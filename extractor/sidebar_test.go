package extractor

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSidebarLabel(t *testing.T) {
	yes := []string{"Latest news", "Latest", "MOST READ", "Most popular", "Related", "Related articles:", "More from Sport",
		"Recent Posts", "You may also like", "Lo más leído", "Últimas noticias", "Leia também", "Mais lidas", "I più letti",
		"Les plus lus", "À lire aussi", "Meistgelesen", "Mehr zum Thema", "Meest gelezen", "Самое читаемое", "Читайте также",
		"Najczęściej czytane", "En çok okunanlar", "Berita terkait", "Tin liên quan", "الأكثر قراءة", "相关新闻", "热点推荐",
		"最新", "推荐阅读", "相關新聞", "関連記事", "많이 본 뉴스", "Latest news »",
		"Ezek is érdekelhetnek", "Dowiedz się więcej:", "PUEDES VER:", "Zum Weiterlesen", "Mehr zu Klima und Konsum", "Lesen Sie auch die folgenden Beiträge:",
		"Valora esta noticia", "Hat dir dieser Artikel gefallen?", "Share this article", "Artikel teilen", "Oceń artykuł",
		"Recommended for you", "Más noticias", "Otras noticias", "Mais notícias", "Altre notizie", "Autres actualités",
		"Dans la même rubrique", "Te podría interesar", "Da non perdere", "Ook interessant", "Другие новости", "Інші новини", "Inne artykuły",
		"Diğer haberler", "أخبار متعلقة", "अन्य खबरें", "Berita Lainnya", "Tin cùng chuyên mục", "関連する記事", "다른 기사", "其他新闻", "Alte știri",
		// Dressed with an emoji before or a count after; the less common
		// names of the most-read block.
		"🔥 Trending", "⚡ Lo último", "Trending 🔥", "热门文章 🔥", "Trending ↗", "Most read (24h)", "Most read [24h]", "Popular (7 days)", "排行榜（24小时）", "• Latest news", "» Most read", "Top 5 most read", "TOP 10 MOST POPULAR", "Most read this month", "Most popular of the week", "I più visti", "À la une", "Top-Artikel",
		"Lo más popular", "Mais lidos", "Les plus consultés", "Beliebteste Artikel", "Populaire artikelen", "I più popolari",
		"Najchętniej czytane", "En çok okunan haberler", "Paling populer", "Tin đọc nhiều", "Самые читаемые", "Найбільш читане",
		"Cele mai populare", "الأكثر تداولا", "پربیننده\u200cترین", "सबसे लोकप्रिय", "よく読まれている記事", "가장 많이 본 뉴스", "热门阅读", "Most watched"}
	no := []string{"Related research shows the tide is turning", "The latest from the council was a vote", "最新研究表明",
		"More about the vaccine trial", "A long dispute", "Most of the traders agree", "Popular uprising in the north",
		"Puedes ver el calendario en la web del ministerio", "Mehrheit zu Klima", "Valora esta noticia como la más importante", "Dowiedz się więcej o programie",
		"🔥 Trending upwards all week", "Most read (24h) on the wire", "Trending (a word)", "• Latest figures show a fall", "Top 5 reasons to stay", "Top 5", "Most read [a word]", "Top 5most read"}
	for _, s := range yes {
		if !isSidebarLabel(s) {
			t.Errorf("isSidebarLabel(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if isSidebarLabel(s) {
			t.Errorf("isSidebarLabel(%q) = true, want false", s)
		}
	}
}

const longProse = "The council said the repairs would take eighteen months, and that the first stalls would open once the iron frame was safe."

func TestIsProse(t *testing.T) {
	for _, c := range []struct {
		html string
		want bool
	}{
		{`<div>` + longProse + `</div>`, true},
		{`<div>会议指出，今后五年要继续推进老城区的改造工作，并将旧电车厂改建为室内市场。</div>`, true},
		{`<div>Read more about the council and its plans for the harbour and the old tram depot...</div>`, false},
		{`<div><a href="/a">` + longProse + `</a></div>`, false},
		{`<div>Short. Text.</div>`, false},
	} {
		doc, _ := html.Parse(strings.NewReader(c.html))
		n := findFirst(doc, func(n *html.Node) bool { return n.Data == "div" })
		if got := isProse(n, textLen(n)); got != c.want {
			t.Errorf("isProse(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

func TestKeySet(t *testing.T) {
	ks := newKeySet("ookie", "©", "公网安备")
	for _, c := range []struct {
		s    string
		want bool
	}{{"We use cookies", true}, {"© 2024", true}, {"京公网安备 1100", true}, {"", false}, {"coo kie", false}, {"ookiX", false},
		{strings.Repeat("x", 300) + "ookie", true}, {strings.Repeat("x", 300), false}} {
		if got := ks.in(c.s); got != c.want {
			t.Errorf("keySet.in(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// The word filters turn away no word of their sets: hasClassWord finds
// every word and every pair (whose first word pairFirst lists) of each
// classSet, and classKinds every kind of classWordKinds, in a class
// string of several words.
func TestClassWordFilters(t *testing.T) {
	for name, set := range map[string]classSet{"headlineWords": headlineWords, "furnitureWords": furnitureWords,
		"mastheadWords": mastheadWords, "navWords": navWords, "expanderWords": expanderWords} {
		for w := range set.words {
			if first, _, pair := strings.Cut(w, " "); pair && !pairFirst[first] {
				continue
			}
			if cid := "x-" + strings.ReplaceAll(w, " ", "-") + " y"; !hasClassWord(cid, set) {
				t.Errorf("hasClassWord(%q, %s) = false, want true", cid, name)
			}
		}
	}
	for w, kinds := range classWordKinds {
		if first, _, pair := strings.Cut(w, " "); pair && !pairFirst[first] {
			continue
		}
		if cid := "x_" + strings.ReplaceAll(w, " ", "_"); classKinds(cid)&kinds != kinds {
			t.Errorf("classKinds(%q) = %b, want the bits %b", cid, classKinds(cid), kinds)
		}
	}
}

// mayNameHeadline turns away no class that hasClassWord would find a
// headline word in: each word and pair of headlineWords passes it.
func TestMayNameHeadline(t *testing.T) {
	for w := range headlineWords.words {
		if !mayNameHeadline(w) {
			t.Errorf("mayNameHeadline(%q) = false: add its needle", w)
		}
	}
	for _, cid := range []string{"", "content", "post-body entry"} {
		if mayNameHeadline(cid) {
			t.Errorf("mayNameHeadline(%q) = true, want false", cid)
		}
	}
}

// trimLabel must trim as the two trims it skips when it can.
func TestTrimLabel(t *testing.T) {
	for _, s := range []string{"", "a", "related", "most read »", "related:", "【関連記事】", "[관련기사]", "〔相关阅读〕", "[related]",
		"read more -", "top 10", "2024", "a]", "[a", "x —", "»", "news›", "ab|", "lesen sie auch"} {
		want := bytes.Trim(bytes.TrimRight([]byte(s), sidebarLabelEnd), labelBrackets)
		if got := trimLabel([]byte(s)); !bytes.Equal(got, want) {
			t.Errorf("trimLabel(%q) = %q, want %q", s, got, want)
		}
	}
}

// A block of the most read stories inside the entry, its heading a
// paragraph's bold line rather than a heading, leaves the body whatever
// dresses its label: an emoji before it, a span of time after it, or a
// name of the block the label table lacked (Italian "I più visti",
// French "À la une", German "Top-Artikel").
func TestBareMostReadBlockInEntry(t *testing.T) {
	var list strings.Builder
	list.WriteString(`<ol class="most-read">`)
	for i, h := range []string{"Mayor opens new bridge over the canal", "Schools close early as storm nears the coast", "Ferry fares to rise by five percent in January"} {
		fmt.Fprintf(&list, `<li><span class="rank">%d</span><a href="/news/2024/05/%d/story">%s</a><span class="views">%d,345 views</span></li>`, i+1, i+10, h, 12-i)
	}
	list.WriteString(`</ol>`)
	for _, label := range []string{"🔥 Trending", "Most read (24h)", "I più visti", "À la une", "Top-Artikel"} {
		for _, form := range []string{`<p><b>%s</b></p>`, `<strong>%s</strong>`} {
			heading := fmt.Sprintf(form, label)
			a := extractPage(t, pageWithBlocks("", 6, heading+list.String()))
			if strings.Contains(a.Text, "Mayor opens new bridge") || strings.Contains(a.Text, strings.TrimSpace(label)) {
				t.Errorf("%s: the block of most read stories is left in the text:\n%s", heading, a.Text)
			}
			if !strings.Contains(a.Text, "Paragraph 5 of the story") {
				t.Errorf("%s: the story's end was cut:\n%s", heading, a.Text)
			}
		}
	}
}

// TestSidebarHeadingLabelsAreLabels holds every heading of the sidebar
// matrix (sidebarHeadingLabels) to isSidebarLabel itself: the matrix's
// pages pass on other signals too (a block of links under any short
// heading), so a label dropped from the list went unnoticed there.
func TestSidebarHeadingLabelsAreLabels(t *testing.T) {
	for lang, labels := range sidebarHeadingLabels {
		for _, label := range labels {
			if !isSidebarLabel(label) {
				t.Errorf("%s: isSidebarLabel(%q) = false, want true", lang, label)
			}
		}
	}
}
