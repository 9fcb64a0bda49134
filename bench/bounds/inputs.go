package main

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
)

// bombSize is how much every gzip bomb inflates to: 4 GiB from about 4 MB
// on the wire (issue 14 saw 6.9 GB resident from a 3 MB sitemap).
const bombSize = 4 << 30

// endlessLimit stops an endless response after this many bytes, a
// backstop for a crawler that reads on: the bench kills it at -max-rss
// first.
const endlessLimit = 64 << 30

// inputs are the hostile inputs of issue 14 item 4, after the baseline.
func inputs() []input {
	return []input{
		{name: "baseline", what: "the normal site: robots.txt, home, sitemap, feed, 20 real articles", colly: true},
		{
			name: "robots-endless", what: "robots.txt that never ends (Disallow lines, streamed)", colly: true,
			robots: func(s *site, w http.ResponseWriter) {
				head := fmt.Sprintf("User-agent: *\nAllow: /\nSitemap: %s/sitemap.xml\n", s.base)
				endless(w, []byte(head), func(i int) string { return fmt.Sprintf("Disallow: /private/%d/\n", i) }, endlessLimit)
			},
		},
		{
			name: "page-gzip-bomb", what: "an article linked from home, Content-Encoding gzip, 4 GiB inflated", colly: true,
			home: `<p><a href="/bomb">Big story</a></p>`,
			build: func(s *site) map[string][]byte {
				return map[string][]byte{"/bomb": bomb([]byte("<!DOCTYPE html><html><head><title>Big story</title></head><body><article><h1>Big story</h1>"),
					"<p>The council met again on Tuesday night and said nothing new.</p>\n", bombSize)}
			},
			paths: map[string]func(*site, http.ResponseWriter){"/bomb": func(s *site, w http.ResponseWriter) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(s.hostile["/bomb"])
			}},
		},
		{
			name: "sitemap-gzip-bomb", what: "robots.txt lists a .xml.gz sitemap: the 20 articles, then 4 GiB of whitespace inflated",
			robots: robotsListing("/sitemap.xml.gz"),
			build: func(s *site) map[string][]byte {
				return map[string][]byte{"/sitemap.xml.gz": bomb(append(append([]byte{}, sitemapHead...), s.normalURLs()...), "\n", bombSize)}
			},
			paths: map[string]func(*site, http.ResponseWriter){"/sitemap.xml.gz": func(s *site, w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/x-gzip")
				w.Write(s.hostile["/sitemap.xml.gz"])
			}},
		},
		{
			name: "sitemap-index-bombs", what: "robots.txt lists a sitemap index of the normal sitemap and 10 gzip-bomb sitemaps (4 GiB each)",
			robots: robotsListing("/sitemap-index.xml"),
			build: func(s *site) map[string][]byte {
				return map[string][]byte{"bomb": bomb(sitemapHead, "\n", bombSize)}
			},
			paths: indexOfBombs(10),
		},
		{
			name: "sitemap-endless", what: "robots.txt lists a sitemap that never ends (<url> entries, streamed)",
			robots: robotsListing("/sitemap-endless.xml"),
			paths: map[string]func(*site, http.ResponseWriter){"/sitemap-endless.xml": func(s *site, w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/xml")
				head := append(append([]byte{}, sitemapHead...), s.normalURLs()...)
				endless(w, head, func(i int) string {
					return fmt.Sprintf("<url><loc>%s/a/%d</loc><lastmod>2026-11-30</lastmod></url>\n", s.base, normalArticles+i)
				}, endlessLimit)
			}},
		},
		{
			name: "sitemap-1M-urls", what: "robots.txt lists a .xml.gz sitemap of 1,000,000 URLs (the 20 articles first; 48 MB inflated)",
			robots: robotsListing("/sitemap-1m.xml.gz"),
			build: func(s *site) map[string][]byte {
				var b bytes.Buffer
				b.Write(sitemapHead)
				b.Write(s.normalURLs())
				for i := normalArticles; i < 1_000_000; i++ {
					fmt.Fprintf(&b, "<url><loc>%s/a/%d</loc></url>\n", s.base, i)
				}
				b.WriteString("</urlset>\n")
				return map[string][]byte{"/sitemap-1m.xml.gz": gzipped(b.Bytes())}
			},
			paths: map[string]func(*site, http.ResponseWriter){"/sitemap-1m.xml.gz": func(s *site, w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/x-gzip")
				w.Write(s.hostile["/sitemap-1m.xml.gz"])
			}},
		},
		bigSitemaps("sitemaps-8x50MB", 8, false),
		bigSitemaps("sitemaps-8x50MB-gz", 8, true),
		{
			name: "feed-gzip-bomb", what: "the home page's RSS feed, Content-Encoding gzip: the 20 items, then 4 GiB of one <item> repeated",
			build: func(s *site) map[string][]byte {
				var head bytes.Buffer
				head.Write(feedHead)
				for i := 0; i < normalArticles; i++ {
					fmt.Fprintf(&head, "<item><title>Story %d</title><link>%s/a/%d</link></item>\n", i, s.base, i)
				}
				return map[string][]byte{"/feed.xml": bomb(head.Bytes(), fmt.Sprintf("<item><title>Again</title><link>%s/a/0</link></item>\n", s.base), bombSize)}
			},
			paths: map[string]func(*site, http.ResponseWriter){"/feed.xml": func(s *site, w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/rss+xml")
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(s.hostile["/feed.xml"])
			}},
		},
		linksPage("links-500k", 500_000),
		linksPage("links-1M", 1_000_000),
		{
			name: "urls-100kB", what: "a page and the sitemap with 50 links of 100,000 characters each (5 MB each)", colly: true,
			home:   `<p><a href="/long">Long links</a></p>`,
			robots: robotsListing("/sitemap-long.xml"),
			paths: map[string]func(*site, http.ResponseWriter){
				"/long": func(s *site, w http.ResponseWriter) {
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Long links</title></head><body><ul>")
					for i := 0; i < 50; i++ {
						fmt.Fprintf(w, `<li><a href="%s">long %d</a></li>`, longPath(i), i)
					}
					fmt.Fprint(w, "</ul></body></html>")
				},
				"/sitemap-long.xml": func(s *site, w http.ResponseWriter) {
					w.Header().Set("Content-Type", "application/xml")
					w.Write(sitemapHead)
					w.Write(s.normalURLs())
					for i := 50; i < 100; i++ {
						fmt.Fprintf(w, "<url><loc>%s%s</loc></url>\n", s.base, longPath(i))
					}
					fmt.Fprint(w, "</urlset>\n")
				},
			},
		},
	}
}

// robotsListing serves a robots.txt that lists the sitemap at path.
func robotsListing(path string) func(*site, http.ResponseWriter) {
	return func(s *site, w http.ResponseWriter) {
		fmt.Fprintf(w, "User-agent: *\nAllow: /\nSitemap: %s%s\n", s.base, path)
	}
}

// indexOfBombs serves /sitemap-index.xml, listing the normal sitemap and n
// gzip bombs /bomb/N.xml.gz.
func indexOfBombs(n int) map[string]func(*site, http.ResponseWriter) {
	paths := map[string]func(*site, http.ResponseWriter){
		"/sitemap-index.xml": func(s *site, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n<sitemap><loc>%s/sitemap.xml</loc></sitemap>\n", s.base)
			for i := 0; i < n; i++ {
				fmt.Fprintf(w, "<sitemap><loc>%s/bomb/%d.xml.gz</loc></sitemap>\n", s.base, i)
			}
			fmt.Fprint(w, "</sitemapindex>\n")
		},
	}
	for i := 0; i < n; i++ {
		paths[fmt.Sprintf("/bomb/%d.xml.gz", i)] = func(s *site, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(s.hostile["bomb"])
		}
	}
	return paths
}

// linksPage is an input whose /links page (linked from home) has n links
// to distinct article URLs, sent chunked (no Content-Length).
func linksPage(name string, n int) input {
	var size int
	for i := 0; i < n; i++ {
		size += len(fmt.Sprintf(`<a href=/a/%d>`, normalArticles+i))
	}
	return input{
		name: name, what: fmt.Sprintf("a page linked from home with %d links (%.1f MB, chunked)", n, float64(size)/1e6), colly: true,
		home: `<p><a href="/links">All stories</a></p>`,
		build: func(s *site) map[string][]byte {
			var b bytes.Buffer
			b.WriteString("<!DOCTYPE html><html><head><title>All stories</title></head><body>")
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, `<a href=/a/%d>`, normalArticles+i)
			}
			b.WriteString("</body></html>")
			return map[string][]byte{"/links": b.Bytes()}
		},
		paths: map[string]func(*site, http.ResponseWriter){"/links": func(s *site, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			b := s.hostile["/links"]
			for len(b) > 0 { // in pieces: chunked, no Content-Length
				k := min(len(b), 64<<10)
				if _, err := w.Write(b[:k]); err != nil {
					return
				}
				b = b[k:]
			}
		}},
	}
}

// longPath is a path of 100,000 characters, distinct per i.
func longPath(i int) string {
	p := fmt.Sprintf("/a/long-%d-", i)
	return p + strings.Repeat("x", 100_000-len(p))
}

// bigSitemapBytes is the size of each of bigSitemaps' sitemaps: just
// under sitemaps.org's 50 MB (52,428,800 bytes as newsprint counts it), so
// that every byte is read and parsed.
const bigSitemapBytes = 50_000_000

// bigSitemaps is an input whose robots.txt lists a sitemap index of n
// sitemaps at the size cap, each an image sitemap of about 49,000 URLs
// with a 900-character caption each (the 20 articles first, the rest
// answered 404), served plain or as .xml.gz. newsprint gets --parallel n,
// so that all n are fetched at once, as n hosts' sitemaps would be.
func bigSitemaps(name string, n int, gz bool) input {
	ext, ctype, how := ".xml", "application/xml", "plain"
	if gz {
		ext, ctype, how = ".xml.gz", "application/x-gzip", "gzipped"
	}
	paths := map[string]func(*site, http.ResponseWriter){
		"/sitemap-index.xml": func(s *site, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
			for i := 0; i < n; i++ {
				fmt.Fprintf(w, "<sitemap><loc>%s/big/%d%s</loc></sitemap>\n", s.base, i, ext)
			}
			fmt.Fprint(w, "</sitemapindex>\n")
		},
	}
	for i := 0; i < n; i++ {
		paths[fmt.Sprintf("/big/%d%s", i, ext)] = func(s *site, w http.ResponseWriter) {
			w.Header().Set("Content-Type", ctype)
			w.Write(s.hostile["big"])
		}
	}
	return input{
		name: name, what: fmt.Sprintf("robots.txt lists a sitemap index of %d image sitemaps of 50 MB (about 49,000 URLs each), %s, fetched at once (newsprint --parallel %d)", n, how, n),
		robots: robotsListing("/sitemap-index.xml"),
		flags:  []string{"--parallel", fmt.Sprint(n)},
		build: func(s *site) map[string][]byte {
			b := bigSitemap(s)
			if gz {
				b = gzipped(b)
			}
			return map[string][]byte{"big": b}
		},
		paths: paths,
	}
}

// bigSitemap is an image sitemap of bigSitemapBytes: the normal articles,
// then distinct article URLs with a caption each.
func bigSitemap(s *site) []byte {
	var b bytes.Buffer
	b.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">` + "\n"))
	b.Write(s.normalURLs())
	caption := strings.Repeat("The council met again on Tuesday night and said nothing new. ", 15)
	const tail = "</urlset>\n"
	for i := normalArticles; ; i++ {
		e := fmt.Sprintf("<url><loc>%s/a/%d</loc><image:image><image:loc>%s/img/%d.jpg</image:loc><image:caption>%d %s</image:caption></image:image></url>\n",
			s.base, i, s.base, i, i, caption)
		if b.Len()+len(e)+len(tail) > bigSitemapBytes {
			break
		}
		b.WriteString(e)
	}
	b.WriteString(tail)
	return b.Bytes()
}
