package extractor

import (
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
