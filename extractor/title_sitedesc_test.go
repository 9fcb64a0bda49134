package extractor

import "testing"

// A site's name with a descriptor its other signals (og:site_name, the
// host, the masthead's link home) spell only in part: "Valley Samachar
// Hindi News" on valleysamachar, "Berita Terkini Lembah News".
func TestTitleSiteDescriptor(t *testing.T) {
	const hhi = "नगर परिषद ने नए स्कूल के बजट को मंजूरी दी"
	const hid = "Dewan kota menyetujui anggaran untuk sekolah baru"
	const h = "Council approves budget for the new school"
	b := `<div class="story">` + titleBody + `</div>`
	for _, tc := range []struct{ name, url, head, want string }{
		{"H - Site Hindi News, host", "https://www.valleysamachar.example/state/council-budget-12345.html", `<title>` + hhi + ` - Valley Samachar Hindi News</title>`, hhi},
		{"H | Site Hindi News, og:site_name", "https://www.example-news.example/state/council-budget-12345.html", `<meta property="og:site_name" content="Valley Samachar"><title>` + hhi + ` | Valley Samachar Hindi News</title>`, hhi},
		{"H - Site Hindi News Portal, host", "https://www.valleysamachar.example/state/council-budget-12345.html", `<title>` + hhi + ` - Valley Samachar Hindi News Portal</title>`, hhi},
		{"H - Site in Devanagari descriptor, host", "https://www.valleysamachar.example/state/council-budget-12345.html", `<title>` + hhi + ` - Valley Samachar हिंदी न्यूज़</title>`, hhi},
		{"H - Berita Terkini Site News, host", "https://www.lembahnews.example/berita/dewan-kota-anggaran-12345", `<title>` + hid + ` - Berita Terkini Lembah News</title>`, hid},
		{"H - Site Breaking News, og:site_name", "https://www.example-news.example/local/council-budget-12345", `<meta property="og:site_name" content="Valley Gazette"><title>` + h + ` - Valley Gazette Latest Local News</title>`, h},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + b + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
