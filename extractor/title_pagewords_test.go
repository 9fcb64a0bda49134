package extractor

import "testing"

// TestTitlePageWords checks a multi-page article's <title> that names its
// page in the site's language between the headline and the site's name:
// the page is no part of the headline.
func TestTitlePageWords(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Jembatan Baru Diresmikan di Jakarta - Halaman 2 - Tribun Valley", "Jembatan Baru Diresmikan di Jakarta"},
		{"Nový most v Praze otevřen - strana 2 - Deník Údolí", "Nový most v Praze otevřen"},
		{"Новый мост открыт в Москве - страница 2 из 3 - Вести Долины", "Новый мост открыт в Москве"},
		{"Uusi silta avattiin keskustaan - sivu 2 - Laakson Sanomat", "Uusi silta avattiin keskustaan"},
		{"Ny bro öppnad över älven i centrala Stockholm, sida 2 - Dalens Tidning", "Ny bro öppnad över älven i centrala Stockholm"},
	} {
		page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body><div class="story">` + titleBody + `</div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.example.org/a/12345"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.title, got, prov, tc.want)
		}
	}
}
