package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// Month names and date forms of the languages most common in news that the
// Latin-month regexps do not read.
func TestParseWordDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"5 марта 2024", "2024-03-05"}, // ru
		{"Опубликовано: 12 октября 2023, 10:15", "2023-10-12"},
		{"5 березня 2024", "2024-03-05"},          // uk
		{"2 listopada 2021", "2021-11-02"},        // pl
		{"12 Ekim 2023", "2023-10-12"},            // tr
		{"14 Şubat 2024 Çarşamba", "2024-02-14"},  // tr, capital Ş
		{"3 maart 2024", "2024-03-03"},            // nl
		{"17 Agustus 2023", "2023-08-17"},         // id
		{"1 martie 2022", "2022-03-01"},           // ro
		{"ngày 5 tháng 3 năm 2024", "2024-03-05"}, // vi
		{"5 Tháng Ba, 2024", "2024-03-05"},        // vi, the month in words
		{"Tháng Mười Hai 5, 2023", "2023-12-05"},  // vi, month first
		{"Thứ Ba, 5 Tháng Mười Một 2023", "2023-11-05"},
		{"2024년 3월 5일 10:30", "2024-03-05"},   // ko
		{"5 مارس 2024", "2024-03-05"},         // ar
		{"٥ مارس ٢٠٢٤", "2024-03-05"},         // ar, Arabic-Indic digits
		{"12 تشرين الأول 2023", "2023-10-12"}, // ar, Levantine months
		{"۱۵ ژانویه ۲۰۲۴", "2024-01-15"},      // fa, Gregorian months
		{"15 जनवरी 2024", "2024-01-15"},       // hi
		{"Mart 5, 2024", "2024-03-05"},        // month first
		// Abbreviated months.
		{"5 dic. 2024", "2024-12-05"},  // es
		{"5 out. 2024", "2024-10-05"},  // pt
		{"5 ott 2024", "2024-10-05"},   // it
		{"5 juil. 2024", "2024-07-05"}, // fr
		{"5 fév. 2024", "2024-02-05"},  // fr, the older abbreviation
		{"5 Aoû 2024", "2024-08-05"},   // fr
		{"5 mrt 2024", "2024-03-05"},   // nl
		{"5 Şub 2024", "2024-02-05"},   // tr
		{"5 Agu 2024", "2024-08-05"},   // id
		{"5 paź 2024", "2024-10-05"},   // pl
		{"5 iun. 2024", "2024-06-05"},  // ro
		{"5 мар. 2024", "2024-03-05"},  // ru
		{"5 черв. 2024", "2024-06-05"}, // uk
		{"५ मार्च २०२४", "2024-03-05"}, // hi, Devanagari digits
		// Month first, the day, a comma, the year: "M j, Y" in another
		// language's abbreviations.
		{"Oca 1, 1998", "1998-01-01"},  // tr
		{"Eki 12, 2023", "2023-10-12"}, // tr
		{"Dez 5, 2024", "2024-12-05"},  // de, pt
		{"Set. 3, 2019", "2019-09-03"}, // it, pt: an English word, with its dot
	} {
		w, ok := parseDate(c.in, true)
		if got := w.format(nil); !ok || got != c.want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"марта 2024", "5 марта", "سال ۱۴۰۳", "2024 年报", "мая 1990",
		"Top 10 des films de 2024", "O clube tem 5 jogadores em 2024",
		"sold out 5 times in 2024", "Kas 5 kg 2024",
		// Month first, an abbreviation that is an English word and
		// no dot: a magazine's issue, a generation, a name.
		"Mag 7, 2024", "Set 3, 2019", "Gen 2, 2019", "Des 5, 2024", "Lis 3, 2021", "Out 4, 2024",
		// A Vietnamese month in words without its day: the month alone.
		"Tháng Năm 2024"} {
		if w, ok := parseDate(in, true); ok {
			t.Errorf("parseDate(%q) = %s, want none", in, w.format(nil))
		}
	}
}

// Date labels in other languages say whether a date is the publication or
// the update.
func TestDateLabelsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ byline, pub, mod string }{
		{"<p>发表于 2024-03-05 10:20</p>", "2024-03-05", ""},
		{"<p>作者：张三 发布时间：2024-03-05 来源：新华网</p>", "2024-03-05", ""},
		{"<p>2005年3月11日12:12 来源：人民网</p>", "2005-03-11", ""},
		{"<p>日期：2024-03-05</p>", "2024-03-05", ""},
		{"<p>Publié le 5 mars 2024</p><p>Mis à jour le 6 mars 2024</p>", "2024-03-05", "2024-03-06"},
		{"<p>Опубликовано: 5 марта 2024</p><p>Обновлено: 6 марта 2024</p>", "2024-03-05", "2024-03-06"},
		{"<p>Aktualisiert am 6. März 2024</p>", "", "2024-03-06"},
		{"<p>입력 2024.03.05 10:00</p><p>수정 2024.03.06 11:00</p>", "2024-03-05", "2024-03-06"},
		{"<p>Datum: 03.11.2021 Autor: Peter Maahn</p>", "2021-11-03", ""},
		{"<p>Fecha: 05/03/2024</p>", "2024-03-05", ""},
		{"<p>Дата публикации: 05.03.2024</p>", "2024-03-05", ""},
	} {
		a := extractAt(t, withByline(pageWithBlocks("", 4, ""), c.byline), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s: Extract = published %q modified %q, want %q and %q", c.byline, published(a), modified(a), c.pub, c.mod)
		}
	}
}

func hasDayPrefix(got, want string) bool {
	if want == "" {
		return got == ""
	}
	return len(got) >= 10 && got[:10] == want
}

// FuzzParseDate: any string gives no date or a plausible one, no panic.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"5 марта 2024", "٥ مارس ٢٠٢٤", "2024년 3월 5일", "01/25/26", "ngày 5 tháng 3 năm 2024", "12 تشرين الأول 2023", "Datum: 03.11.2021",
		"۲۷ اردیبهشت ۱۴۰۳", "۱۴۰۳/۰۲/۲۷", "16 Des 2024", "2024. 5. 16.", "5/16/24 10:30 AM", "16 كانون الاول 2024", "Tháng 3 12, 2024"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		if w, ok := parseDate(s, dayFirst); ok && (w.t.Year() < 1971 || w.t.Year() > 2100) {
			t.Fatalf("parseDate(%q) = %v", s, w.t)
		}
	})
}

// Chinese portal pages of the 2000s: no <h1>, the headline in a <td>, the
// dateline a date and time with the source's name and no label, sidebars
// full of dated teasers before the article.
func TestChineseDatelineWithoutHeadline(t *testing.T) {
	var teasers strings.Builder
	for i := 1; i <= 70; i++ {
		fmt.Fprintf(&teasers, "<tr><td><a href=\"/n/%d\">其他新闻标题第%d条</a></td></tr>", i, i)
	}
	body := strings.Repeat("<p>这是一篇关于房产投资的新闻报道，内容足够长，可以作为正文来阅读。</p>", 6)
	page := `<html><head><title>小两口尝试以钱生钱(图)_新浪房产</title></head><body><table>` + teasers.String() +
		`<tr><td><font size=4>小两口尝试以钱生钱(图)</font></td></tr><tr><td>2005年03月31日03:18 <font color=#A20010>北京娱乐信报</font></td></tr></table>` + body + `</body></html>`
	a := extractAt(t, page, "http://house.sina.com.cn/n/x.html", Options{})
	if !strings.HasPrefix(published(a), "2005-03-31T03:18") {
		t.Errorf("Extract.PublishedAt = %q, want the dateline's 2005-03-31T03:18", published(a))
	}
	// A blog page without a headline: its one labelled date counts however
	// far down it is.
	blog := `<html><head><title>China-Pub blog</title></head><body><table>` + teasers.String() +
		`<tr><td><b>陈天华《警世钟》</b><br><a href="/u">ggjjzhzz</a> 发表于 2005-9-15 11:46:00</td></tr></table>` + body + `</body></html>`
	if a := extractAt(t, blog, "http://blog.example.cn/more.asp?id=22546", Options{}); !strings.HasPrefix(published(a), "2005-09-15T11:46") {
		t.Errorf("blog: Extract.PublishedAt = %q, want 2005-09-15T11:46", published(a))
	}
}

// Digits beyond ASCII: Arabic-Indic, Persian and Devanagari dates in the
// Gregorian calendar, and the full-width digits of Chinese and Japanese
// pages, are read as the ASCII ones, in a byline block as in metadata; a
// long month name of Russian or Hindi does not make a date a sentence.
func TestWideDigitDates(t *testing.T) {
	for in, want := range map[string]string{
		"２０２４年３月５日":        "2024-03-05",
		"２０２４／０３／０５ １０：３０": "2024-03-05",
		"٥ مارس ٢٠٢٤":      "2024-03-05",
		"५ मार्च २०२४":     "2024-03-05",
	} {
		if w, ok := parseDate(in, false); !ok || w.t.Format("2006-01-02") != want {
			t.Errorf("parseDate(%q) = %v %v, want %s", in, w.t, ok, want)
		}
	}
	for _, c := range []struct{ line, want string }{
		{"<p>２０２４年３月５日</p>", "2024-03-05"},
		{"<p>٥ مارس ٢٠٢٤</p>", "2024-03-05"},
		{"<p>५ सितंबर २०२४</p>", "2024-09-05"},
		{"<p>5 сентября 2024</p>", "2024-09-05"},
		{"<p>5 листопада 2024</p>", "2024-11-05"},
	} {
		page := strings.Replace(pageWithBlocks("", 4, ""), "<h1>A story</h1>", "<h1>A story</h1>"+c.line, 1)
		if a := extractPage(t, page); published(a) != c.want {
			t.Errorf("%s: Extract.PublishedDate = %q, want %s", c.line, published(a), c.want)
		}
	}
}

// A line under the headline that opens with an English word the month
// abbreviations share, a day, a comma and a year ("Mag 7, 2024 review",
// a magazine's issue) dates nothing: read month first, only a dot makes
// such a word a month.
func TestMonthFirstEnglishWordIsNoDate(t *testing.T) {
	for _, line := range []string{`<p>Mag 7, 2024 review</p>`, `<h2>Gen 2, 2019</h2>`, `<p class="byline">By Jane Doe</p><p>Set 3, 2019</p>`} {
		if a := extractPage(t, authorPage("", line, "")); published(a) != "" {
			t.Errorf("%s: Extract.PublishedDate = %q, want none", line, published(a))
		}
	}
}

// A Hindi dateline's place before its date ("नई दिल्ली, 20 मई 2024") is
// as few words beside the date as "Jakarta, 20 Mei 2024": Devanagari's
// letters and vowel signs take three bytes each, counted once. A
// sentence around a date is still none.
func TestDevanagariPlaceBeforeDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"नई दिल्ली, 20 मई 2024", true},
		{"मुंबई, २० मई २०२४", true},
		{"सरकार ने आज नई योजना की घोषणा की, 20 मई 2024", false},
	} {
		if got := dateCovers(c.in); got != c.want {
			t.Errorf("dateCovers(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	page := strings.Replace(pageWithBlocks("", 4, ""), "<html>", `<html lang="hi">`, 1)
	if a := extractAt(t, withByline(page, "<p>नई दिल्ली, 20 मई 2024</p>"), "https://news.example/story", Options{}); published(a) != "2024-05-20" {
		t.Errorf("Extract(नई दिल्ली, 20 मई 2024) = published %q, want 2024-05-20", published(a))
	}
}
