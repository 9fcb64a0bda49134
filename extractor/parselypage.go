package extractor

import (
	"encoding/json"
	"strings"
)

// Parse.ly's older integration, still on many WordPress VIP and Drupal
// news sites, states the page's metadata in one <meta name="parsely-page">
// whose content is a JSON object: {"title": …, "link": …, "type": "post",
// "pub_date": "2013-05-02T14:00:00Z", "section": …, "author": … or
// "authors": […], "tags": […]}. The newer integration writes the same
// values as separate parsely-title, parsely-author and parsely-pub-date
// metas; parselyPage records the object's values under those names, so
// that each field reads them as that source (meta:parsely), unless the
// separate metas say otherwise.

// maxParselyPage is the longest parsely-page content read: the object is
// a few hundred bytes.
const maxParselyPage = 16 << 10

// parselyPage records the values of the page's parsely-page object as the
// separate parsely metas they stand for.
func (m *pageMeta) parselyPage() {
	vs := m.tags["parsely-page"]
	if len(vs) == 0 || len(vs[0]) > maxParselyPage {
		return
	}
	var o map[string]any
	if json.Unmarshal([]byte(vs[0]), &o) != nil {
		return
	}
	set := func(key string, vals ...string) {
		if len(m.tags[key]) > 0 {
			return // the separate meta says it
		}
		for _, v := range vals {
			if v != "" {
				m.tags[key] = append(m.tags[key], v)
			}
		}
	}
	set("parsely-title", ldString(o["title"]))
	set("parsely-pub-date", ldString(o["pub_date"]))
	set("parsely-section", ldString(o["section"]))
	set("parsely-author", ldStrings(o["author"])...)
	set("parsely-author", ldStrings(o["authors"])...)
	set("parsely-tags", strings.Join(ldStrings(o["tags"]), ", ")) // one list, as the meta writes it
}
