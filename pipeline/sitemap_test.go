package pipeline

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	news := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://example.com/2024/03/26/a</loc><lastmod>2024-03-26T10:30:00+08:00</lastmod>
  <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2024-03-26T09:00:00+08:00</news:publication_date><news:title>A</news:title></news:news></url>
 <url><loc> https://example.com/b </loc></url>
</urlset>`
	sm, err := ParseSitemap(strings.NewReader(news))
	if err != nil {
		t.Fatal(err)
	}
	if len(sm.URLs) != 2 || sm.URLs[0].Loc != "https://example.com/2024/03/26/a" || sm.URLs[1].Loc != "https://example.com/b" {
		t.Fatalf("ParseSitemap(news) = %+v", sm)
	}
	if sm.URLs[0].LastMod.IsZero() || sm.URLs[0].Published.Format("2006-01-02T15:04") != "2024-03-26T09:00" {
		t.Errorf("dates: lastmod %v published %v", sm.URLs[0].LastMod, sm.URLs[0].Published)
	}

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.com/s1.xml.gz</loc><lastmod>2024-03</lastmod></sitemap></sitemapindex>`))
	zw.Close()
	idx, err := ParseSitemap(&gz)
	if err != nil || len(idx.Children) != 1 || idx.Children[0].Loc != "https://example.com/s1.xml.gz" {
		t.Fatalf("ParseSitemap(gzipped index) = %+v, %v", idx, err)
	}
	if _, err := ParseSitemap(strings.NewReader("<html><body>not a sitemap</body></html>")); err == nil {
		t.Error("ParseSitemap(HTML) gave no error")
	}
	// A truncated file keeps the URLs read before the damage.
	cut := news[:strings.Index(news, "<url><loc> https://example.com/b")]
	if sm, err := ParseSitemap(strings.NewReader(cut)); err != nil || len(sm.URLs) != 1 {
		t.Errorf("ParseSitemap(truncated) = %d URLs, %v", len(sm.URLs), err)
	}
}

func TestParseSitemapCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<urlset>`)
	for i := 0; i < maxSitemapURLs+10; i++ {
		b.WriteString(`<url><loc>https://example.com/x</loc></url>`)
	}
	b.WriteString(`</urlset>`)
	sm, err := ParseSitemap(strings.NewReader(b.String()))
	if err != nil || len(sm.URLs) != maxSitemapURLs {
		t.Errorf("ParseSitemap(over the cap) = %d URLs, %v; want %d", len(sm.URLs), err, maxSitemapURLs)
	}
}

// An image or video sitemap's entries are the pages, not their images:
// <image:loc> is a child of <image:image>, not of <url>. Before, it was
// appended to the page's <loc>, and every URL of an image sitemap (news
// sites' usual kind) was a broken one.
func TestParseSitemapImageExtension(t *testing.T) {
	const images = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
  xmlns:video="http://www.google.com/schemas/sitemap-video/1.1" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://example.com/a</loc>
  <image:image><image:loc>https://example.com/a.jpg</image:loc><image:caption>A</image:caption></image:image>
  <lastmod>2024-03-26</lastmod></url>
<url><image:image><image:loc>https://example.com/b.jpg</image:loc></image:image><loc>https://example.com/b</loc>
  <video:video><video:thumbnail_loc>https://example.com/b.png</video:thumbnail_loc><video:content_loc>https://example.com/b.mp4</video:content_loc></video:video>
  <news:news><news:publication_date>2024-03-25</news:publication_date></news:news></url>
</urlset>`
	sm, err := ParseSitemap(strings.NewReader(images))
	if err != nil || len(sm.URLs) != 2 {
		t.Fatalf("ParseSitemap(image sitemap) = %+v, %v; want 2 URLs", sm, err)
	}
	if a, b := sm.URLs[0], sm.URLs[1]; a.Loc != "https://example.com/a" || b.Loc != "https://example.com/b" ||
		a.LastMod.Format(time.DateOnly) != "2024-03-26" || b.Published.Format(time.DateOnly) != "2024-03-25" {
		t.Errorf("ParseSitemap(image sitemap) = %+v; want the pages' locs, a's lastmod, b's publication date", sm.URLs)
	}
}
