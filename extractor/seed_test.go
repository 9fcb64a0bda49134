package extractor

import (
	"os"
	"strings"
	"testing"
)

// TestSeedPage checks the rebuilt seed page against the seed's own text in
// ../shared, independently of the golden file: the fields users asked for,
// every paragraph, and none of the boilerplate.
func TestSeedPage(t *testing.T) {
	const seedPath = "../../shared/seeds/000_2d508646b35dc022.txt"
	page, err := os.ReadFile("../testdata/pages/ichongqing-sister-cities/source.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(page, "https://www.ichongqing.info/2024/03/26/chongqing-dusseldorf-celebrate-20-years-of-sister-city-friendship/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"Title", a.Title, "Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship"},
		{"Section", a.Section, "Sister Cities"},
		{"Authors", strings.Join(a.Authors, "; "), "YAN DENG"},
		{"PublishedDate", a.PublishedDate, "2024-03-26"},
		{"SiteName", a.SiteName, "iChongqing"},
		{"Credit", a.Credit, "Foreign Affairs Office of Chongqing Municipal People's Government"},
		{"Language", a.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("Extract(seed).%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	wantCaptions := []string{
		"The city view of Dusseldorf from the banks of the Rhine River.",
		"The Bifold Pavilion by the Chongqing Municipal Government in Dusseldorf.",
	}
	if len(a.Images) != len(wantCaptions) {
		t.Fatalf("Extract(seed).Images has %d images, want %d: %+v", len(a.Images), len(wantCaptions), a.Images)
	}
	for i, want := range wantCaptions {
		if a.Images[i].Caption != want {
			t.Errorf("Extract(seed).Images[%d].Caption = %q, want %q", i, a.Images[i].Caption, want)
		}
		if a.Images[i].Credit != "Foreign Affairs Office of Chongqing Municipal People's Government" {
			t.Errorf("Extract(seed).Images[%d].Credit = %q", i, a.Images[i].Credit)
		}
		if strings.Contains(a.Text, want) {
			t.Errorf("Extract(seed).Text holds caption %q; captions belong in Images", want)
		}
	}
	for _, bad := range []string{"ICP", "illegal and undesirable", "cookies", "I Agree", "Privacy", "About Us", "Leaving a message",
		"service@ichongqing.info", "A Tour in Chongqing", "Source:", "By YAN DENG", "Hotpot Festival", "WeChat", "Sister Cities"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("Extract(seed).Text holds boilerplate %q", bad)
		}
	}

	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("%s is not there (it lives in shared/ beside the checkout): paragraph check skipped", seedPath)
	}
	lines := strings.Split(string(seed), "\n")
	start, end := -1, -1
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "By YAN DENG") {
			start = i + 1
		}
		if strings.HasPrefix(l, "Source: ") {
			end = i
			break
		}
	}
	if start < 0 || end < 0 {
		t.Fatalf("%s: could not find the article between the byline and the source line", seedPath)
	}
	paragraphs := 0
	for _, l := range lines[start:end] {
		l = normSpace(l) // the page has NBSPs; Text normalises them
		if l == "" || strings.Contains(l, "(Foreign Affairs Office") {
			continue // captions are checked above
		}
		paragraphs++
		if !strings.Contains(a.Text, l) {
			t.Errorf("Extract(seed).Text misses paragraph %q", l)
		}
	}
	if got := strings.Count(a.Text, "\n\n") + 1; got != paragraphs {
		t.Errorf("Extract(seed).Text has %d paragraphs, want %d", got, paragraphs)
	}
}
