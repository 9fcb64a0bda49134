package extractor

import (
	"testing"
	"time"
)

// buddhistNumeric reads a Buddhist-era year only in a numeric date, and
// only from 2500 to 2600.
func TestBuddhistNumeric(t *testing.T) {
	for in, want := range map[string]string{
		"04/03/2567 10:15":     "04/03/2024 10:15",
		"2567-03-04":           "2024-03-04",
		"04.03.2567":           "04.03.2024",
		"04-03-2567, 10:15 น.": "04-03-2024, 10:15 น.",
		"2567 บาท":             "2567 บาท",   // an amount: no date's separator
		"ราคา 2567/":           "ราคา 2567/", // nothing after the separator
		"04/03/2499":           "04/03/2499", // before 2500
		"04/03/2601":           "04/03/2601", // after 2600
		"04/03/25670":          "04/03/25670",
		"04/03/2024":           "04/03/2024",
		"":                     "",
	} {
		if got := buddhistNumeric(in); got != want {
			t.Errorf("buddhistNumeric(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Thai page's numeric date with no Thai letter beside it counts the
// Buddhist era (thaiPage): declared Thai, on a .th host, or under a Thai
// headline. Any other page's "2567" is no year. "4 มี.ค. 2567", with its
// Thai month, is read on any page (thaiDates).
func TestThaiNumericDate(t *testing.T) {
	const head = "นายกฯ สั่งเร่งซ่อมสะพานกลางเมือง"
	body := ""
	for range 5 {
		body += "<p>กรุงเทพมหานครประกาศปิดสะพานกลางเมืองเป็นเวลาหกเดือนเพื่อซ่อมแซมสายเคเบิลที่รับน้ำหนักช่วงกลางของสะพาน ผู้โดยสารรถประจำทางจะต้องใช้เส้นทางเลี่ยงริมแม่น้ำ</p>"
	}
	enBody := ""
	for range 5 {
		enBody += "<p>The city will close its central bridge for six months from April so that engineers can replace the cables that carry the middle span, officials said on Monday.</p>"
	}
	page := func(lang, h1, date, text string) string {
		html := `<html>`
		if lang != "" {
			html = `<html lang="` + lang + `">`
		}
		return `<!DOCTYPE html>` + html + `<head><meta charset="utf-8"><title>` + h1 + `</title></head><body><main><article><h1>` + h1 +
			`</h1><div class="meta"><span class="author">สมชาย ใจดี</span><span class="date">` + date + `</span></div>` + text + `</article></main></body></html>`
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, lang, h1, date, text, url, want string
	}{
		{"declared Thai", "th", head, "04/03/2567 10:15", body, "https://news.example/local/8123456", "2024-03-04"},
		{"declared th-TH, year first", "th-TH", head, "2567-03-04", body, "https://news.example/local/8123456", "2024-03-04"},
		{"Thai headline, no language", "", head, "04/03/2567 10:15", body, "https://news.example/local/8123456", "2024-03-04"},
		{".th host, no language", "", "Bridge to close for six months", "04/03/2567", enBody, "https://www.news.co.th/local/8123456", "2024-03-04"},
		{"Thai month, any page", "en", "Bridge to close for six months", "4 มี.ค. 2567 10:15 น.", enBody, "https://news.example/local/8123456", "2024-03-04"},
		{"Thai month, Thai page", "th", head, "4 มี.ค. 2567 10:15 น.", body, "https://news.example/local/8123456", "2024-03-04"},
		{"English page", "en", "Bridge to close for six months", "04/03/2567 10:15", enBody, "https://news.example/local/8123456", ""},
		{"no language, English headline", "", "Bridge to close for six months", "04/03/2567 10:15", enBody, "https://news.example/local/8123456", ""},
		{"after the fetch", "th", head, "04/03/2600", body, "https://news.example/local/8123456", ""},
	} {
		a := extractAt(t, page(c.lang, c.h1, c.date, c.text), c.url, Options{FetchedAt: now})
		if got := published(a); !hasDayPrefix(got, c.want) {
			t.Errorf("%s: published %q (%s), want %q", c.name, got, a.Provenance["published_date"], c.want)
		}
	}
}
