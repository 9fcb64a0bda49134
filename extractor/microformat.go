package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Microformats date a post with class names rather than attributes of
// their own. hAtom 0.1 (the hentry markup of older WordPress, Blogger and
// Movable Type themes) puts the machine date in an <abbr>'s title:
// <abbr class="published" title="2024-05-16T10:00:00+02:00">May 16</abbr>.
// microformats2 h-entry names it dt-published / dt-updated, its value the
// element's title (<abbr>), value (<data>, <input>), datetime (<time>) or
// else its text. The plain hAtom classes are read on <abbr> only: a
// "published" class elsewhere is as often a teaser's or a status's.

// mfKinds maps the microformat class names to the date kinds.
var mfKinds = map[string]string{
	"published": kindPublished, "updated": kindModified,
	"dt-published": kindPublished, "dt-updated": kindModified,
}

// maxMicroformatText bounds the text read as a date: a date is short.
const maxMicroformatText = 64

// addMicroformatDate records the date that n states by its class (cls),
// the first of each kind.
func (m *pageMeta) addMicroformatDate(n *html.Node, cls string) {
	for _, c := range strings.Fields(cls) {
		kind, ok := mfKinds[c]
		if !ok || m.mfDates[kind] != "" || !strings.HasPrefix(c, "dt-") && n.DataAtom != atom.Abbr {
			continue
		}
		v := firstNonEmpty(attr(n, "title"), attr(n, "value"), attr(n, "datetime"))
		if v == "" {
			if t := textOfUpTo(n, maxMicroformatText); len(t) <= maxMicroformatText {
				v = afterDatePreposition(strings.TrimSpace(t))
			}
		}
		if v == "" {
			continue
		}
		if m.mfDates == nil {
			m.mfDates = map[string]string{}
		}
		m.mfDates[kind] = strings.TrimSpace(v)
	}
}

// afterDatePreposition is t without the preposition that opens it before
// a date ("am 12.11.16", "on 5/16/24", "le 16/05/24"): a date with a
// two-digit year is read only when it stands alone (parseShortYear).
func afterDatePreposition(t string) string {
	i := strings.IndexByte(t, ' ')
	if i > 0 && (datePrepositions[t[:i]] || t[:i] == "on") {
		return strings.TrimSpace(t[i+1:])
	}
	return t
}
