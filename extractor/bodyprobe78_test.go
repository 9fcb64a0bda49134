package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// probe78BodySourceLists are a story's lists of sources: pages on several
// other sites (one title of two words), and one body's documents on its
// site.
var probe78BodySourceLists = map[string][][2]string{
	"sites":     {{"https://www.waterboard.example.gov/minutes/2024-06-13", "Minutes of the water board meeting"}, {"https://www.damsafety.example.org/guide", "Guide to the safety of embankment dams"}, {"https://en.wikipedia.org/wiki/Embankment_dam", "Embankment dam"}, {"https://www.irrigation-union.example.net/statement", "Irrigation union statement on summer flows"}},
	"documents": {{"https://www.waterboard.example.gov/minutes/2024-06-13", "Minutes of the water board meeting"}, {"https://www.waterboard.example.gov/docs/seepage.pdf", "Millbrook seepage survey, 2015"}, {"https://www.waterboard.example.gov/docs/design.pdf", "Design report for the cut-off wall"}},
}

// probe78BodyLabelForms set a label over a list at the story's end: in a
// wrapper of their own, as a heading or a bold paragraph, or bare.
var probe78BodyLabelForms = map[string]string{
	"div-h":  `<div class="article-links"><h3>%s</h3><ul>%s</ul></div>`,
	"div-p":  `<div><p><strong>%s</strong></p><ul>%s</ul></div>`,
	"bare-h": `<h3>%s</h3><ul>%s</ul>`,
	"bare-p": `<p><strong>%s:</strong></p><ol>%s</ol>`,
}

// A story's labelled list of sources at its end stays, label and links,
// whatever the label's length beside the links' ("Further reading" over
// four titles, "Pour aller plus loin"), in a wrapper of its own or not,
// and when its links are one body's documents on one site; a list of
// the site's own stories under "Related", "Read more" or "Most read"
// still goes.
func TestBodyProbe78SourcesLists(t *testing.T) {
	for tn, tmpl := range probe72BodyTemplates {
		for ln, links := range probe78BodySourceLists {
			items := ""
			for _, s := range links {
				items += `<li><a href="` + s[0] + `">` + s[1] + `</a></li>`
			}
			for _, label := range []string{"References", "Sources", "Further reading", "Quellen", "Fuentes", "参考文献", "Weiterführende Links", "Pour aller plus loin"} {
				for fn, form := range probe78BodyLabelForms {
					a := probe72BodyExtract(t, tmpl(p55Range(0, 7)+fmt.Sprintf(form, label, items)))
					bad := probe77BodyParasIn(a.Text, 7)
					for _, s := range links {
						if !strings.Contains(a.Text, s[1]) {
							bad += " lacks " + s[1] + ";"
						}
					}
					if !strings.Contains(a.Text, label) {
						bad += " lacks the label;"
					}
					if bad != "" {
						t.Errorf("%s/%s/%s/%s:%s", tn, ln, fn, label, bad)
					}
				}
			}
		}
		own := `<li><a href="/news/2024/06/ferry-timetable">Ferry timetable changes for the summer season</a></li><li><a href="https://valley.example/news/2024/06/harbour-wall">Harbour wall repairs finished early</a></li><li><a href="/news/2024/06/school-roof">School roof to be replaced over the holidays</a></li>`
		for _, label := range []string{"Related", "Read more", "Most read", "Related stories", "Lesen Sie auch", "相关新闻"} {
			for fn, form := range probe78BodyLabelForms {
				probe77BodyCheck(t, tmpl(p55Range(0, 7)+fmt.Sprintf(form, label, own)), tn+"/own/"+fn+"/"+label, "Harbour wall", "School roof")
			}
		}
	}
}
