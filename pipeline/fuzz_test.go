package pipeline

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/temoto/robotstxt"
)

// Fuzz targets for what the crawl parses from servers: sitemaps,
// robots.txt, compressed bodies under their cap, and the URL and text keys
// the crawl state is built on (Normalize, SimHash).

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://example.com/a</loc><lastmod>2024-03-26T10:30:00+08:00</lastmod><news:news><news:publication_date>2024-03-26</news:publication_date></news:news></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://example.com/s1.xml.gz</loc><lastmod>2024-03</lastmod></sitemap><sitemap><loc>  </loc></sitemap></sitemapindex>`))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"gb2312\"?><urlset><url><loc>https://example.cn/\xD6\xD0</loc></url><url><loc>x"))
	f.Add([]byte("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><urlset><url><loc>&a;&a;</loc></url></urlset>"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`<urlset><url><loc>https://example.com/gz</loc></url></urlset>`))
	zw.Close()
	f.Add(gz.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		sm, err := ParseSitemap(bytes.NewReader(b))
		if n := len(sm.URLs) + len(sm.Children); n > maxSitemapURLs {
			t.Fatalf("ParseSitemap(%q) = %d entries, over the %d cap", b, n, maxSitemapURLs)
		}
		for _, u := range append(sm.URLs, sm.Children...) {
			if u.Loc == "" {
				t.Fatalf("ParseSitemap(%q) has an entry without a loc (err %v)", b, err)
			}
		}
	})
}

// FuzzRobots parses any robots.txt as the crawl does and asks it about any
// path: no panic, and the answer does not depend on how often it is asked.
func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/ok$\nCrawl-delay: 1.5\nSitemap: https://example.com/s.xml\n"), "/private/x?y=1")
	f.Add([]byte("User-agent: newsprint\nDisallow: /*.php$\n\nUser-agent: *\nDisallow: /\n"), "/index.php")
	f.Add([]byte("\xEF\xBB\xBFuser-agent:*\r\ndisallow:/a%2Fb\r\ncrawl-delay: -1e400\n"), "/a/b")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		data, err := robotstxt.FromStatusAndBytes(http.StatusOK, body)
		if err != nil {
			return // the crawl then applies no rules
		}
		e := &robotsEntry{data: data, ua: DefaultUserAgent, group: data.FindGroup(DefaultUserAgent)}
		u, err := url.Parse("http://example.com" + path)
		if err != nil {
			return
		}
		if first, again := e.allowed(u), e.allowed(u); first != again {
			t.Fatalf("robots.txt %q: allowed(%q) changed from %v to %v", body, path, first, again)
		}
	})
}

// FuzzBoundedBody reads any bytes under any Content-Encoding, and as a
// .gz file, through the crawl's decoding and cap: never more than the cap
// and one byte, and no panic.
func FuzzBoundedBody(f *testing.F) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("<p>bomb</p>"), 10000))
	zw.Close()
	for _, coding := range []string{"gzip", "x-gzip", "deflate", "br", "zstd", "", "GZIP "} {
		f.Add(gz.Bytes(), coding, "/sitemap.xml.gz", uint16(100))
	}
	f.Add([]byte("\x78\x9c\xcb\x48\xcd\xc9\xc9\x07\x00\x06\x2c\x02\x15"), "deflate", "/", uint16(3))
	f.Add([]byte("\x28\xb5\x2f\xfd\x04\x00\x41\x00\x00\x68\x69"), "zstd", "/", uint16(1))
	f.Fuzz(func(t *testing.T, body []byte, coding, path string, limit uint16) {
		resp := &http.Response{Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(body)),
			Request: &http.Request{URL: &url.URL{Scheme: "http", Host: "example.com", Path: path}}}
		if coding != "" {
			resp.Header.Set("Content-Encoding", coding)
		}
		resp.Header.Set("Content-Type", "application/x-gzip")
		decode(resp)
		resp.Body = &capped{ReadCloser: resp.Body, left: int64(limit) + 1}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if len(got) > int(limit)+1 {
			t.Fatalf("read %d bytes through a cap of %d", len(got), limit)
		}
	})
}

// FuzzNormalize: a normalised URL normalises to itself, so that a URL
// keyed once is found again under the same key.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"HTTP://Example.COM:80/a/../b/?utm_source=x&b=2&a=1#frag",
		"https://user:pw@example.com./%7Euser/./x//y",
		"file:///tmp/mirror/a b.html",
		"http://[::1]:8080/a?q=%zz",
		"https://例子.测试/新闻?q=中",
		"http://example.com/a;b?c=d;e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n, err := Normalize(raw)
		if err != nil {
			return
		}
		again, err := Normalize(n)
		if err != nil || again != n {
			t.Fatalf("Normalize(%q) = %q, and Normalize(%q) = %q, %v", raw, n, n, again, err)
		}
	})
}

// FuzzSimHash: the fingerprint depends on the tokens only, not on the
// separators around them.
func FuzzSimHash(f *testing.F) {
	f.Add("The council met on Tuesday. The council met on Tuesday!")
	f.Add("这是一篇关于房产投资的新闻报道，内容足够长")
	f.Add("Ǆemal\u0301 İstanbul ΣΊΣΥΦΟΣ 2024-03-05 \xff\xfe")
	f.Fuzz(func(t *testing.T, text string) {
		h := SimHash(text)
		if padded := SimHash(" \n" + text + " ,. "); padded != h {
			t.Fatalf("SimHash(%q) = %x, but %x with white space and punctuation around it", text, h, padded)
		}
		if Distance(h, h) != 0 || strings.TrimFunc(text, func(r rune) bool { return r == ' ' }) == "" && h != 0 {
			t.Fatalf("SimHash(%q) = %x", text, h)
		}
	})
}
