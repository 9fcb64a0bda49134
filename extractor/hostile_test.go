package extractor

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestHostile feeds pages no extractor should choke on. Each must give an
// error or an Article, never a panic; the bounds keep time and memory flat.
func TestHostile(t *testing.T) {
	para := "<p>" + strings.Repeat("Words of a long article paragraph. ", 20) + "</p>"
	cases := []struct {
		name    string
		page    []byte
		opt     Options
		wantErr error // nil: any outcome but a panic
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"blank", []byte(" \n\t "), Options{}, ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, ErrNotHTML},
		{"truncated", []byte("<html><body><article><h1>Cut</h1>" + para + "<p>and then the conn"), Options{}, nil},
		{"truncated-utf8", append([]byte("<p>"+strings.Repeat("中文内容", 100)), 0xE4, 0xB8), Options{}, nil},
		{"over-size-cap", bytes.Repeat([]byte("a"), 2048), Options{MaxBytes: 1024}, ErrTooLarge},
		{"over-element-cap", []byte(strings.Repeat("<span>x</span>", 5000)), Options{MaxElements: 1000}, ErrTooLarge},
		{"100000-deep", []byte(strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000)), Options{}, nil},
		// A headline at the bottom: per-node work that walks up to it
		// would be quadratic.
		{"100000-deep-headline", []byte("<title>A deep story</title>" + strings.Repeat("<div class=share>", 100000) + "<h1>A deep story</h1>" + para + strings.Repeat("</div>", 100000)), Options{}, nil},
		{"100000-deep-inline", []byte(strings.Repeat("<b>", 100000) + "text"), Options{}, nil},
		{"unclosed-tables", []byte(strings.Repeat("<table><tr><td>", 3000) + para), Options{}, nil},
		{"script-only", []byte("<script>" + strings.Repeat("var a=1;", 10000) + "</script>"), Options{}, nil},
		{"bad-jsonld", []byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"x"},"datePublished":12}` + para), Options{}, nil},
		{"utf16", append([]byte("\xFF\xFE"), utf16le("<html><body><h1>Title here</h1>"+para+"</body></html>")...), Options{}, nil},
		{"latin1-undeclared", []byte("<html><body><h1>Caf\xe9 r\xe9sum\xe9</h1>" + para + "</body></html>"), Options{}, nil},
		{"bad-url", []byte(para), Options{}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract(c.page, "https://example.com/x", c.opt)
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("Extract(%s) error = %v, want %v", c.name, err, c.wantErr)
				}
				return
			}
			if err != nil {
				return // an error is an acceptable answer
			}
			checkArticle(t, a)
		})
	}
}

func TestExtractBadURL(t *testing.T) {
	if _, err := Extract([]byte("<p>x</p>"), "http://[::1", Options{}); err == nil || !strings.Contains(err.Error(), "page URL") {
		t.Fatalf("Extract with a malformed URL: err = %v, want one naming the page URL", err)
	}
}

func TestLargePageBounded(t *testing.T) {
	// 50 MB: refused by the default cap before any parsing.
	page := bytes.Repeat([]byte("<p>filler text </p>"), 50<<20/19)
	if _, err := Extract(page, "", Options{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Extract(50 MB) error = %v, want ErrTooLarge", err)
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// checkArticle asserts the properties every Article has.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	for name, s := range map[string]string{"Text": a.Text, "Title": a.Title, "HTML": a.HTML, "Description": a.Description} {
		if !utf8.ValidString(s) {
			t.Errorf("Article.%s is not valid UTF-8: %q", name, s)
		}
	}
	if a.Authors == nil || a.Images == nil || a.Tags == nil || a.Provenance == nil {
		t.Errorf("Article has a nil list or map; JSON must show [] and {}: %+v", a)
	}
	if a.ContentHash != contentHash(a.Text) {
		t.Errorf("Article.ContentHash = %q, not the hash of Text", a.ContentHash)
	}
	if strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text) {
		t.Errorf("Article.Text has stray blank lines: %q", a.Text)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("json.Marshal(Article): %v", err)
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(Article): %v", err)
	}
	b2, _ := json.Marshal(back)
	if !bytes.Equal(b, b2) {
		t.Errorf("Article does not survive a JSON round trip:\n%s\n%s", b, b2)
	}
}

// FuzzExtract: no panic; an error or an Article that survives a JSON round
// trip with valid UTF-8; extracting the extracted HTML again is stable.
func FuzzExtract(f *testing.F) {
	for _, c := range goldenCases(f) {
		f.Add(c.page, c.url)
	}
	f.Add([]byte("<html><body><h1>x</h1><p>By A|Mar 26,2024</p></body></html>"), "https://example.com/2024/03/26/x")
	for _, s := range newerCodeSeeds(f) {
		f.Add([]byte(s[0]), s[1])
	}
	f.Add([]byte(`<body><!--$?--><template id="B:0"></template><p>wait</p><!--/$--><div hidden id="S:0"><template id="B:0"></template><p>x</p></div><script>$RC("B:0","S:0")</script>`), "https://example.com/x")
	// The date candidates and the GB18030 decoder: labels and month names
	// in other languages, two-digit years, eastern digits, a UTC instant
	// beside a URL day, user-defined GBK pairs cut at the end.
	f.Add([]byte("<html><head><meta property=\"article:published_time\" content=\"2018-12-31T23:11:59Z\"><meta property=\"article:modified_time\" content=\"2018-01-01\"></head><body><h1>x</h1><p>Опубликовано: 5 марта 2024</p><p>Datum: 03.11.21</p><p>Posted: 01/25/26</p><p>٥ مارس ٢٠٢٤</p><p>2024년 3월 5일</p><p>This article was originally published on May 3, 2019.</p></body></html>"), "https://example.com/2019/01/01/x")
	f.Add([]byte("<html lang=\"fa\"><body><h1>x</h1><p>زمان انتشار: ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰</p><p>آخرین به‌روزرسانی: ۱۴۰۳/۰۲/۲۸</p><p>公開日：2024年5月16日</p><p>更新日：2024. 5. 17.</p><p>Kamis, 16 Des 2024</p><p>Четверг, 16 мая 2024 года</p></body></html>"), "https://example.ir/x")
	// Bylines that stay in the body: one run on into its date, one that
	// opens with another language's "by" and a date label after the name.
	f.Add([]byte("<html><body><h1>x</h1><p>Posted by Kathy on April 6, 2007</p><p>Von Jennifer Patt Publiziert am 6.11.2023</p><p>Par Jean Le Pen le 07 Mai 2020</p><p>Di R. R.</p></body></html>"), "https://example.de/x")
	// Chinese portals: a day in parts, a teaser list above the headline, a
	// Republic of China date, a source element, a desk credit after a
	// date, an agency dateline, a blog's masthead.
	for _, c := range zhTemplates() {
		f.Add([]byte(c.page), c.url)
	}
	f.Add([]byte(`<html><head><title>标题_张三_新浪博客</title></head><body><h1><a href="/zhangsan">张三的博客</a></h1><ul><li><a>全市公交线路优化调整方案公布</a><span>2024-05-11</span></li></ul><h2>标题</h2><div><span>2024</span><span>05/16</span></div><p>發布日期：113-05-16 民國113年5月16日 来自: 北京</p><p>2024-05-16 10:21 聯合報 / 記者王小明／台北即時報導</p><p>（中央社記者王小明台北16日電）</p></body></html>`), "https://blog.example.cn/s/1.html")
	// A credit line over the story, wrapped and indented (cut from the
	// body tree), a top bar's today beside the weather, an old relative
	// date under its tooltip, a teaser list's ages.
	f.Add([]byte(`<html><body><div><span>2024年3月20日 星期三</span> <span>多云 12~18℃</span></div><ul><li><a href="/a">市区新增停车位两千个</a><span>1小时前</span></li><li><a href="/b">城区改造</a><span>2小时前</span></li></ul><h1>标题</h1><em>发表于 <span title="2024-3-5 14:22:31">15&nbsp;天前</span></em><div><p><span>\u00a0</span><span><strong>记者 张三 <a href="/z">李四</a></strong></span></p><p>3月5日上午，江州市轨道交通6号线二期工程正式开通运营。</p></div></body></html>`), "https://www.example.com.cn/news/1.html")
	f.Add([]byte("<html><head><meta charset=\"gbk\"></head><body><p>\xD6\xD0\xAA\xA1\xA1\x40\x81\x30\x81\x30\xFE\xFE\xF8</p></body></html>"), "https://example.cn/x")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := Extract(page, pageURL, Options{})
		noInternalError(t, err, pageURL)
		if err != nil {
			return
		}
		checkArticle(t, a)
		if a.HTML == "" {
			return
		}
		// Cleaning is idempotent: the clean body, extracted again, gains no
		// text. (Its paragraph breaks may differ: wrapped in <article>,
		// loose text next to an unknown element becomes a paragraph.)
		again, err := Extract([]byte("<html><body><article>"+a.HTML+"</article></body></html>"), pageURL, Options{})
		if n, m := nonSpace(a.Text), nonSpace(again.Text); err == nil && m > n {
			t.Errorf("re-extracting the clean HTML grew the text from %d to %d characters besides white space", n, m)
		}
	})
}

// nonSpace counts the characters of s that are not white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
