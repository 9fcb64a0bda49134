package extractor

import (
	"strings"
	"testing"
)

// Conventions of date statements found by probing news pages
// (twenty-sixth session, date31); each page is laid out as real sites lay
// theirs.

// Two labels on one line, each dating its kind. A Japanese dateline
// brackets its update after the publication's unlabelled date
// ("2024/05/16 10:21 (2024/05/17 09:00 更新)"). Japanese themes also set
// the words of publishing and updating before their dates, with a colon
// or without; Hong Kong's and mainland portals print "更新：" after the
// publication's date inside its label's value; Romanian and Russian CMSs
// print two colonless labels without a separator between them ("Data
// publicării 16.05.2024 Data actualizării 17.05.2024"). The compound and
// phrased nouns of the update's date ("Änderungsdatum", "Fecha de
// modificación", "Wijzigingsdatum") name it as those of the publication's
// name theirs.
func TestTwoLabelsOnALine(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		pub, mod   string
	}{
		{"ja", "<p>公開：2024年5月16日 更新：2024年5月17日</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>公開 2024/05/16 10:00 更新 2024/05/17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>公開：2024.05.16 ｜ 更新：2024.05.17</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>更新：2024年5月17日</p>", "", "2024-05-17"},
		{"ja", "<p>2024年5月16日 10:00 公開 / 2024年5月17日 08:00 更新</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>2024/05/16 10:21 (2024/05/17 09:00 更新)</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>2024年05月16日 10時21分 [2024年05月17日 09時00分 更新]</p>", "2024-05-16", "2024-05-17"},
		{"ja", "<p>2024年5月16日 10時21分（2024年5月17日 9時00分 最終更新）</p>", "2024-05-16", "2024-05-17"},
		{"zh", "<p>出版：2024-05-16 10:21 更新：2024-05-17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"zh", "<p>发布：2024-05-16 10:21 更新：2024-05-17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"ro", "<p>Data publicării 16.05.2024 Data actualizării 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"ro", "<p>Data publicării 16.05.2024, 10:30 Data actualizării 17.05.2024, 09:00</p>", "2024-05-16", "2024-05-17"},
		{"ru", "<p>Дата публикации 16.05.2024 Дата обновления 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"de", "<p>Veröffentlichungsdatum 16.05.2024 Änderungsdatum 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"de", "<p>Veröffentlichungsdatum: 16.05.2024 Änderungsdatum: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"de", "<p>Aktualisierungsdatum: 17.05.2024</p>", "", "2024-05-17"},
		{"es", "<p>Fecha de publicación: 16/05/2024 Fecha de modificación: 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"it", "<p>Data di pubblicazione: 16/05/2024 Data di modifica: 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"pt", "<p>Data de publicação: 16/05/2024 Data de modificação: 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"fr", "<p>Date de publication : 16/05/2024 Date de modification : 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"nl", "<p>Publicatiedatum: 16-05-2024 Wijzigingsdatum: 17-05-2024</p>", "2024-05-16", "2024-05-17"},
	} {
		a := extractAt(t, auditPage(c.lang, true, c.line), "https://news.example/politics/bus-network", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s %s: published %q modified %q, want %q and %q", c.lang, c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A revision's word in a byline ("By Jane Doe - Edited May 17, 2024",
// "Par Jean Dupont - MAJ le 17/05/2024") dates the update, as it does
// after a name without "By": a page that shows only it has no
// publication date. A date before it stays the byline's.
func TestBylineRevision(t *testing.T) {
	// Each line's publication and update days.
	for line, want := range map[string][2]string{
		"By Jane Doe - Edited May 17, 2024":                  {"", "2024-05-17"},
		"By Jane Doe | Edited May 17, 2024":                  {"", "2024-05-17"},
		"By Jane Doe, May 16, 2024 - Edited May 17, 2024":    {"2024-05-16", "2024-05-17"},
		"By Jane Doe | May 16, 2024":                         {"2024-05-16", ""},
		"Par Jean Dupont - MAJ le 17/05/2024":                {"", "2024-05-17"},
		"Par Jean Dupont, le 16/05/2024 - MAJ le 17/05/2024": {"2024-05-16", "2024-05-17"},
	} {
		lang, author := "en", "Jane Doe"
		if strings.HasPrefix(line, "Par ") {
			lang, author = "fr", "Jean Dupont"
		}
		a := extractAt(t, probePage(lang, "", "<p>"+line+"</p>"), "https://news.example/story", Options{})
		if !datesAre(a, want[0], want[1]) {
			t.Errorf("%s: published %q modified %q, want %q and %q", line, published(a), modified(a), want[0], want[1])
		}
		if len(a.Authors) != 1 || a.Authors[0] != author {
			t.Errorf("%s: authors %q, want %s", line, a.Authors, author)
		}
	}
}

// A time written with a dot after a month the regexps do not name
// ("16 Mei 2024 10.30 WIB", Indonesian; Russian, Turkish) is read as one
// with a colon, with its zone; a number with a thousands' dot after the
// year is no time.
func TestDottedTimeAfterWordMonth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"16 Maret 2024 10.30 WIB", "2024-03-16T10:30:00+07:00"},
		{"Kamis, 16 Maret 2024, 10.21 WIB", "2024-03-16T10:21:00+07:00"},
		{"16 мая 2024, 10.30 МСК", "2024-05-16T10:30:00+03:00"},
	} {
		w, ok := parseDate(c.in, true)
		if got := w.format(nil); !ok || got != c.want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
	if w, ok := parseDate("16 Maret 2024, 12.500 orang", true); !ok || w.hasTime {
		t.Errorf("parseDate(16 Maret 2024, 12.500 orang) = %s, %v, time %v; want the day alone", w.format(nil), ok, w.hasTime)
	}
	a := extractAt(t, auditPage("id", true, "<p>16 Maret 2024 10.30 WIB</p>"), "https://news.example/politics/bus-network", Options{})
	if published(a) != "2024-03-16T10:30:00+07:00" {
		t.Errorf("id 16 Maret 2024 10.30 WIB: published %q, want 2024-03-16T10:30:00+07:00", published(a))
	}
}

// Drupal prints a node's fields in elements named for them: the date in
// "field--name-changed" (or a view's "views-field-changed") is the node's
// last save, its update, beside "field--name-created".
func TestDrupalChangedField(t *testing.T) {
	for _, c := range []struct {
		line     string
		pub, mod string
	}{
		{`<div class="field field--name-created field--type-created"><time datetime="2024-05-16T14:36:23-04:00">May 16, 2024</time></div>` +
			`<div class="field field--name-changed field--type-changed"><time datetime="2024-05-17T09:10:00-04:00">May 17, 2024</time></div>`, "2024-05-16", "2024-05-17"},
		{`<div class="views-field views-field-created"><span class="field-content">May 16, 2024</span></div>` +
			`<div class="views-field views-field-changed"><span class="field-content">May 17, 2024</span></div>`, "2024-05-16", "2024-05-17"},
	} {
		a := extractAt(t, probePage("en", "", c.line), "https://news.example/story", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// An embedded social post (Twitter's, Instagram's, Bluesky's blockquote)
// dates the post it quotes, not the page: a story that shows no date of
// its own gets none from it, by its text or by its <time>.
func TestEmbeddedPostDate(t *testing.T) {
	for _, c := range []struct{ name, embed string }{
		{"twitter", `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Budget vote today</p>&mdash; Council (@council) <a href="https://twitter.com/council/status/1">May 16, 2024</a></blockquote>`},
		{"bluesky", `<blockquote class="bluesky-embed"><p lang="en">Budget vote today</p>&mdash; Council (<a href="https://bsky.app/profile/x">@council.bsky.social</a>) <a href="https://bsky.app/profile/x/post/1">May 16, 2024 at 10:21 AM</a></blockquote>`},
		{"instagram", `<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/abc/">A post shared by Council (@council)</a> on <time datetime="2024-05-16T10:21:00+00:00">May 16, 2024 at 3:21am PDT</time></p></div></blockquote>`},
	} {
		a := extractAt(t, probePage("en", "", c.embed), "https://news.example/story", Options{})
		if published(a) != "" || modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want none", c.name, published(a), modified(a))
		}
		// Beside the story's own date, that date.
		a = extractAt(t, probePage("en", "", "<p>May 17, 2024</p>"+c.embed), "https://news.example/story", Options{})
		if published(a) != "2024-05-17" {
			t.Errorf("%s beside May 17, 2024: published %q, want 2024-05-17", c.name, published(a))
		}
	}
}

// The day of an event that a page announces, in an element named for it
// (The Events Calendar's "tribe-event-date-start", "event-date", a <time>
// so classed), is not the page's: an events page shows no publication
// date. A story's own date beside an event box stays its date.
func TestEventDate(t *testing.T) {
	for _, c := range []struct{ name, line, pub string }{
		{"tribe", `<div class="tribe-events-schedule"><h2><span class="tribe-event-date-start">June 20, 2024 @ 8:00 am</span> - <span class="tribe-event-time">5:00 pm</span></h2></div>`, ""},
		{"event-date", `<div class="event-date">June 20, 2024</div><div class="event-venue">Town Hall</div>`, ""},
		{"time", `<p class="event-meta"><time class="event__date" datetime="2024-06-20T08:00:00-04:00">June 20, 2024</time></p>`, ""},
		{"story beside", `<p class="byline-date">May 17, 2024</p><div class="event-box"><span class="event-date">June 20, 2024</span></div>`, "2024-05-17"},
	} {
		a := extractAt(t, probePage("en", "", c.line), "https://news.example/story", Options{})
		if published(a) != c.pub || modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and none", c.name, published(a), modified(a), c.pub)
		}
	}
}

// German papers print "Stand:" (as of) before the time of a story's last
// update, under the date it was first published: a later "Stand:" than
// that date is the update's. Alone it dates the page, as before.
func TestGermanStandUpdate(t *testing.T) {
	page := func(lines ...string) string {
		return auditPage("de", true, "<p>"+strings.Join(lines, "</p><p>")+"</p>")
	}
	if a := extractAt(t, page("16.05.2024, 10:21 Uhr", "Stand: 17.05.2024 09:00 Uhr"), "https://news.example/politik/busnetz", Options{}); !datesAre(a, "2024-05-16", "2024-05-17") {
		t.Errorf("a later Stand: published %q modified %q, want 2024-05-16 and 2024-05-17", published(a), modified(a))
	}
	if a := extractAt(t, page("Veröffentlicht am 16.05.2024", "Stand: 17.05.2024"), "https://news.example/politik/busnetz", Options{}); !datesAre(a, "2024-05-16", "2024-05-17") {
		t.Errorf("a later Stand under a label: published %q modified %q, want 2024-05-16 and 2024-05-17", published(a), modified(a))
	}
	if a := extractAt(t, page("Stand: 17.05.2024 09:00 Uhr"), "https://news.example/politik/busnetz", Options{}); !datesAre(a, "2024-05-17", "") {
		t.Errorf("Stand alone: published %q modified %q, want 2024-05-17 and none", published(a), modified(a))
	}
}
