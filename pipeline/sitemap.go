package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Sitemap limits from the sitemaps.org protocol: 50,000 URLs and 50 MB
// uncompressed per file. Larger files are read up to the limits.
const (
	maxSitemapURLs  = 50_000
	maxSitemapBytes = 50 << 20
)

// SitemapURL is one <url> (or <sitemap>) entry.
type SitemapURL struct {
	Loc     string
	LastMod time.Time // zero when absent or unparsable
	// Published is news:publication_date of a Google News sitemap.
	Published time.Time
}

// Sitemap is a parsed sitemap file: either a sitemap index (Children) or
// a URL set (URLs).
type Sitemap struct {
	Children []SitemapURL
	URLs     []SitemapURL
}

var errNotSitemap = errors.New("not a sitemap")

// ParseSitemap reads a sitemap or sitemap index, gzipped or not, streaming
// with encoding/xml so that memory stays bounded by the URL cap.
func ParseSitemap(r io.Reader) (Sitemap, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Sitemap{}, fmt.Errorf("sitemap: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	dec := xml.NewDecoder(&markupText{r: io.LimitReader(br, maxSitemapBytes)}) // bounds.go
	dec.Strict = false
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	var sm Sitemap
	var cur *SitemapURL
	var field string
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == "" {
				return sm, fmt.Errorf("sitemap: %w", err)
			}
			break // keep what was read before the damage
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case root == "":
				if name != "urlset" && name != "sitemapindex" {
					return sm, errNotSitemap
				}
				root = name
			case name == "url" || name == "sitemap":
				cur = &SitemapURL{}
			case cur != nil:
				field = name
			}
		case xml.CharData:
			if cur == nil {
				continue
			}
			v := strings.TrimSpace(string(t))
			switch field {
			case "loc":
				cur.Loc += v
			case "lastmod":
				cur.LastMod = parseW3CDate(v)
			case "publication_date":
				cur.Published = parseW3CDate(v)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "url", "sitemap":
				if cur != nil && cur.Loc != "" {
					if t.Name.Local == "sitemap" {
						sm.Children = append(sm.Children, *cur)
					} else {
						sm.URLs = append(sm.URLs, *cur)
					}
				}
				cur = nil
				if len(sm.URLs)+len(sm.Children) >= maxSitemapURLs {
					return sm, nil
				}
			default:
				field = ""
			}
		}
	}
	if root == "" {
		return sm, errNotSitemap
	}
	return sm, nil
}

// parseW3CDate reads the W3C datetime forms sitemaps use.
func parseW3CDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
