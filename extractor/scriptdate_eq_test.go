package extractor

import (
	"strings"
	"testing"
)

// keyByKey is what scriptDate did before scriptKeyAnchored: each key
// looked for on its own, the first that stands with a date after it kept.
// It is the oracle scriptKeyAnchored is checked against.
func keyByKey(s string) (int, string) {
	best, value := -1, ""
	for _, k := range scriptDateKeys {
		for from := 0; ; {
			i := strings.Index(s[from:], k)
			if i < 0 || best >= 0 && from+i > best {
				break
			}
			at := from + i + len(k)
			if mm := reScriptDateValue.FindStringSubmatch(s[at:]); mm != nil {
				best, value = from+i, mm[1]+mm[2]
				break
			}
			from = at
		}
	}
	return best, value
}

var scriptDateSeeds = []string{
	`{"datePublished":"2024-01-02","pubDate":"2023-01-01"}`,
	`x pubDate: '2021-03-04T10:00' datePublished="2020-01-01"`,
	`datePublishedatePublished":"2020-01-01"`, // a key standing over itself
	`date_published: "1999-12-31" first_publication_date: "2001-01-01"`,
	`"publishedAt":"x","publishedAt":"2020-01-01","subscribe":1`,
	`first_publication_date":"2001-01-01" published_on:"2000-01-01"`,
	`var pubtime = "2024-05-16 10:21"; var publish_time = 1715826093;`,
}

func TestScriptKeyAnchored(t *testing.T) {
	for _, s := range scriptDateSeeds {
		ob, ov := keyByKey(s)
		nb, nv := scriptKeyAnchored(s)
		if ob != nb || ov != nv {
			t.Errorf("scriptKeyAnchored(%q) = %d, %q, want %d, %q", s, nb, nv, ob, ov)
		}
	}
}

func FuzzScriptKeyAnchored(f *testing.F) {
	for _, s := range scriptDateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ob, ov := keyByKey(s)
		nb, nv := scriptKeyAnchored(s)
		if ob != nb || ov != nv {
			t.Fatalf("scriptKeyAnchored(%q) = %d, %q, want %d, %q", s, nb, nv, ob, ov)
		}
	})
}
