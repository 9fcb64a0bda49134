package extractor

import (
	"strconv"
	"strings"
	"testing"
)

// Probe pages of round 80 (body80): a picture's caption that ends with its
// credit leaves the text for the picture's entry in images, whatever the
// language says for the photo and who took it: English "(Photo: Jane
// Doe/Reuters)", Chinese "（记者 李明 摄）" and, as this round found them
// left in the text, traditional Chinese "（記者李明攝）", the Xinhua
// caption's unbracketed "新华社记者 李明 摄", Japanese "（撮影・山田太郎）",
// "（写真：共同）" and Korean "(사진=연합뉴스)", "/김민수 기자".

// probe80BodyCaptions are captions set under a picture: mark is a part of
// the caption's words, credit the credit images must hold.
var probe80BodyCaptions = []struct{ lang, caption, mark, credit string }{
	{"en", "Commuters wait for the first bus on the new line in the north of the city. (Photo: Jane Doe/Reuters)", "Commuters wait", "Jane Doe/Reuters"},
	{"zh", "图为市民在新开通的公交线路站台等候首班车。（记者 李明 摄）", "图为市民", "李明"},
	{"zh", "圖為市民在新開通的公車路線站台等候首班車。（記者李明攝）", "圖為市民", "李明"},
	{"zh", "市民在新开通的公交线路站台等候首班车。新华社记者 李明 摄", "市民在新开通", "新华社记者 李明"},
	{"zh", "市民在新开通的公交线路站台等候首班车。张晓/摄", "市民在新开通", "张晓"},
	{"ja", "新路線の始発バスを待つ利用者たち。（撮影・山田太郎）", "新路線の始発", "山田太郎"},
	{"ja", "新路線の始発バスを待つ利用者たち（写真：共同）", "新路線の始発", "共同"},
	{"ko", "시민들이 새 노선의 첫 버스를 기다리고 있다. (사진=연합뉴스)", "시민들이 새 노선", "연합뉴스"},
	{"ko", "시민들이 새 노선의 첫 버스를 기다리고 있다. /김민수 기자", "시민들이 새 노선", "김민수 기자"},
	{"de", "Fahrgäste warten im Norden der Stadt auf den ersten Bus der neuen Linie. (Foto: dpa/Max Muster)", "Fahrgäste warten", "dpa/Max Muster"},
}

// probe80BodyCaptionForms are the ways templates set a caption under its
// picture: its own paragraph, the picture's paragraph after a break, a
// classed block.
var probe80BodyCaptionForms = map[string]string{
	"paragraph after":     `<p><img src="/p.jpg" alt=""></p><p>{C}</p>`,
	"same paragraph":      `<p><img src="/p.jpg" alt=""><br>{C}</p>`,
	"wp-caption":          `<div class="wp-caption aligncenter"><img src="/p.jpg" alt=""><p class="wp-caption-text">{C}</p></div>`,
	"div after":           `<div><img src="/p.jpg" alt=""></div><div>{C}</div>`,
	"figcaption (as was)": `<figure><img src="/p.jpg" alt=""><figcaption>{C}</figcaption></figure>`,
}

func TestBodyProbe80CaptionCredit(t *testing.T) {
	for _, c := range probe80BodyCaptions {
		for form, f := range probe80BodyCaptionForms {
			p := probe45{name: "caption", lang: c.lang, inBody: strings.Replace(f, "{C}", c.caption, 1)}
			a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
			if strings.Contains(a.Text, c.mark) {
				t.Errorf("%s %q (%s): the caption stays in the text", c.lang, c.caption, form)
			}
			if strings.Count(a.Text, probeSentence(c.lang)) < 5 {
				t.Errorf("%s %q (%s): the story's paragraphs are lost:\n%s", c.lang, c.caption, form, a.Text)
			}
			if len(a.Images) != 1 || a.Images[0].Credit != c.credit {
				t.Errorf("%s %q (%s): images = %+v, want the credit %q", c.lang, c.caption, form, a.Images, c.credit)
			}
		}
	}
}

// A paragraph under a picture that is the story's own, ending without a
// credit (a photo taken, a reporter named in a sentence), stays.
func TestBodyProbe80CaptionStory(t *testing.T) {
	for _, c := range []struct{ lang, para string }{
		{"zh", "他说，这些照片都是他在退休以后的十年里走遍全省各地自己拍摄"},
		{"zh", "他说，这些照片都是他在退休以后的十年里走遍全省各地拍摄的。"},
		{"ja", "写真展は来月まで市立美術館で開かれ、入場は無料となっている。"},
		{"ko", "사진 전시회는 다음 달까지 시립미술관에서 열리며 입장료는 무료다."},
		{"en", "The photo exhibition runs until next month at the city museum, and entry is free."},
	} {
		p := probe45{name: "story", lang: c.lang, inBody: `<p><img src="/p.jpg" alt=""></p><p>` + c.para + `</p>`}
		a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
		if !strings.Contains(a.Text, c.para) {
			t.Errorf("%s: the story's paragraph under the picture is lost: %q", c.lang, c.para)
		}
	}
}

// A block of other stories under its label with a span of time or a
// ranking after it ("Meistgelesen heute", "Les plus lus du moment",
// "人気記事ランキング", "많이 본 뉴스 TOP 10"), set at the end of the
// story's container or after it, leaves the body, label and teasers.
var probe80BodyQualified = []struct{ lang, label string }{
	{"de", "Meistgelesen heute"}, {"es", "Lo más leído esta semana"}, {"fr", "Les plus lus du moment"}, {"pl", "Najczęściej czytane teraz"},
	{"tr", "En çok okunanlar bugün"}, {"id", "Berita terpopuler minggu ini"}, {"zh", "热门文章排行"}, {"ja", "人気記事ランキング"},
	{"ko", "많이 본 뉴스 TOP 10"}, {"en", "Most popular right now"},
}

// probe80BodyTeaser is the i-th teaser of a block in lang: a headline
// made of the language's sentence, so that it reads as the story does.
func probe80BodyTeaser(lang string, i int) string {
	r := []rune(probeSentence(lang))
	return string(r[:min(len(r)/2, 60)]) + " " + strconv.Itoa(i)
}

func probe80BodyBlock(lang, label, heading string, cards bool) string {
	var b strings.Builder
	switch heading {
	case "h2", "h4":
		b.WriteString("<" + heading + ">" + label + "</" + heading + ">")
	case "p":
		b.WriteString(`<p class="title">` + label + `</p>`)
	case "span":
		b.WriteString(`<div class="block-title"><span>` + label + `</span></div>`)
	}
	if !cards {
		b.WriteString("<ol>")
	}
	for i := 1; i <= 5; i++ {
		link := `<a href="/news/other-story-` + strconv.Itoa(i) + `">` + probe80BodyTeaser(lang, i) + `</a>`
		if cards {
			b.WriteString(`<div class="item"><h3>` + link + `</h3><p>` + probeSentence(lang) + `</p></div>`)
		} else {
			b.WriteString(`<li><span class="num">` + strconv.Itoa(i) + `</span>` + link + `</li>`)
		}
	}
	if !cards {
		b.WriteString("</ol>")
	}
	return `<section class="box">` + b.String() + `</section>`
}

func TestBodyProbe80QualifiedLabel(t *testing.T) {
	for _, c := range probe80BodyQualified {
		for _, heading := range []string{"h2", "h4", "p", "span"} {
			for _, cards := range []bool{false, true} {
				block := probe80BodyBlock(c.lang, c.label, heading, cards)
				p := probe45{name: "qualified", lang: c.lang}
				inside := strings.Replace(p.page(), "</div></article>", block+"</div></article>", 1)
				p.tail = block
				for where, page := range map[string]string{"in the container": inside, "after it": p.page()} {
					a := extractAt(t, page, "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
					if strings.Contains(a.Text, c.label) || strings.Contains(a.Text, probe80BodyTeaser(c.lang, 2)) {
						t.Errorf("%s %q (%s, cards %v, %s): the block stays in the body:\n%s", c.lang, c.label, heading, cards, where, a.Text)
					}
					if !strings.Contains(a.Text, probeSentence(c.lang)) {
						t.Errorf("%s %q (%s, cards %v, %s): no body", c.lang, c.label, heading, cards, where)
					}
				}
			}
		}
	}
}

// The story's own short subheading stays, one that names a time among
// them.
func TestBodyProbe80OwnSubheading(t *testing.T) {
	for _, c := range []struct{ lang, heading string }{
		{"en", "Why it matters today"}, {"en", "What happens now"}, {"de", "Was heute zählt"}, {"es", "Qué cambia hoy"},
		{"fr", "Ce qui change du jour au lendemain"}, {"zh", "背景"}, {"ja", "今後の見通し"}, {"ko", "향후 전망"},
	} {
		p := probe45{name: "own", lang: c.lang, inBody: "<h2>" + c.heading + "</h2>"}
		a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
		if !strings.Contains(a.Text, c.heading) {
			t.Errorf("%s: the story's subheading %q is lost", c.lang, c.heading)
		}
	}
}
