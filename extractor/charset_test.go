package extractor

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestDecode(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("<p>重庆新闻 中欧班列</p>")
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().String("<p>𠀀 生僻字</p>")
	big5, _ := traditionalchinese.Big5.NewEncoder().String("<p>臺灣新聞報導</p>")
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("<p>日本語のニュース記事</p>")
	euckr, _ := korean.EUCKR.NewEncoder().String("<p>한국어 뉴스 기사</p>")
	// A declaration after a long preamble: the HTML prescan reads only
	// 1,024 bytes, and the page is not GBK to a browser's statistics alone.
	preamble := "<!-- " + strings.Repeat("ad-slot ", 200) + "-->"
	// A Chinese article in GBK under a template's "utf-8": enough text
	// for the GB18030 test (20 Han or more).
	zhText := "<p>市交通运输局发布消息，今年全市将新建和改造农村公路一千二百公里，进一步完善城乡交通网络。</p>"
	zhGBK, _ := simplifiedchinese.GBK.NewEncoder().String(zhText)
	cases := []struct {
		name, page, contentType, want, wantCharset string
	}{
		{"gbk-under-utf8-meta", `<meta charset="utf-8">` + zhGBK, "", `<meta charset="utf-8">` + zhText, "gb18030"},
		{"gbk-under-utf8-header", zhGBK, "text/html; charset=utf-8", zhText, "gb18030"},
		{"utf8-with-a-stray-byte", `<meta charset="utf-8">` + zhText + "\xe9 " + zhText, "", `<meta charset="utf-8">` + zhText + "\uFFFD " + zhText, "utf-8"},
		{"gb2312-meta-after-1024-bytes", preamble + `<meta http-equiv="content-type" content="text/html; charset=gb2312">` + gbk, "", preamble + `<meta http-equiv="content-type" content="text/html; charset=gb2312"><p>重庆新闻 中欧班列</p>`, "gb18030"},
		{"utf8-bom", "\xEF\xBB\xBF<p>café</p>", "", "<p>café</p>", "utf-8"},
		{"utf8-valid-beats-wrong-header", "<p>café</p>", "text/html; charset=gbk", "<p>café</p>", "utf-8"},
		{"gbk-header", gbk, "text/html; charset=GBK", "<p>重庆新闻 中欧班列</p>", "gb18030"},
		{"gb2312-meta", `<meta charset="gb2312">` + gbk, "", `<meta charset="gb2312"><p>重庆新闻 中欧班列</p>`, "gb18030"},
		{"gbk-http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=gbk">` + gbk, "", `<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>重庆新闻 中欧班列</p>`, "gb18030"},
		{"gb18030-four-byte", gb18030, "text/html; charset=gb2312", "<p>𠀀 生僻字</p>", "gb18030"},
		{"big5", big5, "text/html; charset=big5", "<p>臺灣新聞報導</p>", "big5"},
		{"shift_jis", `<meta charset="shift_jis">` + sjis, "", `<meta charset="shift_jis"><p>日本語のニュース記事</p>`, "shift_jis"},
		{"euc-kr", euckr, "text/html; charset=euc-kr", "<p>한국어 뉴스 기사</p>", "euc-kr"},
		{"windows-1251", "<p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p>", "text/html; charset=windows-1251", "<p>Новости</p>", "windows-1251"},
		{"windows-1252-sniffed", "<p>Caf\xe9 cr\xe8me br\xfbl\xe9e \x93quoted\x94</p>", "", "<p>Café crème brûlée “quoted”</p>", "windows-1252"},
	}
	for _, c := range cases {
		got, cs := decode([]byte(c.page), c.contentType)
		if string(got) != c.want {
			t.Errorf("decode(%s) = %q, want %q", c.name, got, c.want)
		}
		if cs != c.wantCharset {
			t.Errorf("decode(%s) charset = %q, want %q", c.name, cs, c.wantCharset)
		}
	}
}
