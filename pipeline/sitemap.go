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

// sitemapBatch is how many entries ReadSitemap hands over at a time: the
// crawl queues them while the rest of the file downloads.
const sitemapBatch = 1000

// ParseSitemap reads a whole sitemap or sitemap index, gzipped or not,
// within the caps (ReadSitemap).
func ParseSitemap(r io.Reader) (Sitemap, error) {
	var sm Sitemap
	err := ReadSitemap(r, func(b Sitemap) error {
		sm.Children = append(sm.Children, b.Children...)
		sm.URLs = append(sm.URLs, b.URLs...)
		return nil
	})
	return sm, err
}

// ReadSitemap reads a sitemap or sitemap index, gzipped or not, as it
// arrives, and hands its entries to fn in document order, up to
// sitemapBatch at a time, so that memory stays bounded by a batch however
// large the file: the caller queues each batch while the rest downloads.
// It reads at most sitemaps.org's caps, 50,000 entries and 50 MB
// decompressed, and stops at a run of over 64 KiB without markup (bounds.go).
// A file damaged after its root element ends there, the entries before the
// damage handed over; one whose root is not urlset or sitemapindex is
// errNotSitemap. An error of fn ends the read and is returned.
func ReadSitemap(r io.Reader, fn func(Sitemap) error) error {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("sitemap: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	dec := xml.NewDecoder(&markupText{r: io.LimitReader(br, maxSitemapBytes)}) // bounds.go
	dec.Strict = false
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	var (
		batch   Sitemap
		cur     *SitemapURL
		field   string
		root    string
		entries int
		// depth is the element depth inside the current entry: its loc
		// and lastmod are its children (1); an image or video extension's
		// own <image:loc> is deeper, and not the page's.
		depth int
	)
	flush := func() error {
		if len(batch.URLs)+len(batch.Children) == 0 {
			return nil
		}
		err := fn(batch)
		batch = Sitemap{} // fn may keep the slices
		return err
	}
	for entries < maxSitemapURLs {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == "" {
				return fmt.Errorf("sitemap: %w", err)
			}
			break // keep what was read before the damage
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case root == "":
				if name != "urlset" && name != "sitemapindex" {
					return errNotSitemap
				}
				root = name
			case cur == nil && (name == "url" || name == "sitemap"):
				cur, depth = &SitemapURL{}, 0
			case cur != nil:
				depth++
				field = name
				if depth > 1 && name != "publication_date" { // news:news/news:publication_date
					field = ""
				}
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
			switch {
			case cur != nil && depth > 0:
				depth--
				field = ""
			case t.Name.Local == "url" || t.Name.Local == "sitemap":
				if cur != nil && cur.Loc != "" {
					if t.Name.Local == "sitemap" {
						batch.Children = append(batch.Children, *cur)
					} else {
						batch.URLs = append(batch.URLs, *cur)
					}
					entries++
				}
				cur = nil
				if len(batch.URLs)+len(batch.Children) >= sitemapBatch {
					if err := flush(); err != nil {
						return err
					}
				}
			}
		}
	}
	if root == "" {
		return errNotSitemap
	}
	return flush()
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
