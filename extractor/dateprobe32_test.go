package extractor

import (
	"testing"
)

// Conventions of dates that are not a page's publication, found by
// probing health, reference and forum pages (twenty-sixth session,
// date32); each page is laid out as real sites lay theirs.

// Health and reference sites credit a reviewer with the day of the
// review ("Medically reviewed by Jane Roe, MD on May 3, 2024", "Fact
// checked on …", and so in Spanish, French and German): that day is no
// publication date, nor an update (schema.org's lastReviewed stands
// apart from dateModified; the sites print "Updated on …" apart). A
// publication or an update the page states stays its own. A critic's
// "Reviewed by Jane Roe on May 3, 2024" over a film's or a product's
// review, with no byline above it, dates the review, the page.
func TestReviewDate(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		pub, mod   string
	}{
		{"en", "<p>Medically reviewed by Jane Roe, MD on May 3, 2024</p>", "", ""},
		{"en", "<p>Medically Reviewed by Jane Roe, MD on May 03, 2024</p>", "", ""},
		{"en", "<p>Fact checked on May 3, 2024</p>", "", ""},
		{"en", "<p>Reviewed on May 3, 2024</p>", "", ""},
		{"en", "<p>Fact checked by John Roe on May 3, 2024</p>", "", ""},
		{"en", "<p>Published May 1, 2024</p><p>Medically reviewed by Jane Roe, MD on May 3, 2024</p>", "2024-05-01", ""},
		{"en", "<p>Updated on May 5, 2024</p><p>Medically reviewed by Jane Roe, MD on May 3, 2024</p>", "", "2024-05-05"},
		// Under the page's byline ("By …" above), "Reviewed by" credits a
		// reviewer (reviewerNote); a critic's byline alone is
		// TestReviewerRow's.
		{"en", "<p>Reviewed by Jane Roe on May 3, 2024</p>", "", ""},
		{"es", "<p>Revisado médicamente por Ana Pérez, MD el 3 de mayo de 2024</p>", "", ""},
		{"fr", "<p>Médicalement revu par Anne Dupont, MD le 3 mai 2024</p>", "", ""},
		{"de", "<p>Medizinisch geprüft von Dr. Anna Schmidt am 3. Mai 2024</p>", "", ""},
	} {
		a := extractAt(t, auditPage(c.lang, true, c.line), "https://health.example/conditions/asthma", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s %s: published %q modified %q, want %q and %q", c.lang, c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// An author box or a forum card gives the day its member joined ("Member
// since May 3, 2019", "Joined: …", "Mitglied seit …", "Miembro desde
// …"): no date of the page, which keeps its own.
func TestMemberSinceNote(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		pub        string
	}{
		{"en", `<div class="author-box"><p>Jane Doe</p><p>Member since May 3, 2019</p></div>`, ""},
		{"en", `<div class="author-box"><p>Jane Doe</p><p>Joined May 3, 2019</p></div>`, ""},
		{"en", `<div class="author-box"><p>Jane Doe</p><p>Joined: May 3, 2019</p></div>`, ""},
		{"de", `<div class="author-box"><p>Anna Schmidt</p><p>Mitglied seit 03.05.2019</p></div>`, ""},
		{"es", `<div class="author-box"><p>Ana Pérez</p><p>Miembro desde el 3 de mayo de 2019</p></div>`, ""},
		{"en", `<p>May 16, 2024</p><div class="author-box"><p>Jane Doe</p><p>Member since May 3, 2019</p></div>`, "2024-05-16"},
	} {
		a := extractAt(t, auditPage(c.lang, true, c.line), "https://news.example/politics/bus-network", Options{})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s %s: published %q modified %q, want %q and none", c.lang, c.line, published(a), modified(a), c.pub)
		}
	}
}

// Microdata's startDate and endDate (a schema.org Event's, on a <p>, a
// <span>, or the Event's block as a whole) date the event, not the
// page: an events page shows no publication date; a story's own date
// beside an event stays its date.
func TestMicrodataEventDates(t *testing.T) {
	for _, c := range []struct{ name, line, pub string }{
		{"p", `<div itemscope itemtype="https://schema.org/Event"><p itemprop="name">Concert</p><p itemprop="startDate" content="2024-06-20T20:00">June 20, 2024</p><p itemprop="endDate" content="2024-06-20T23:00">June 20, 2024</p></div>`, ""},
		{"span", `<div itemscope itemtype="https://schema.org/Event"><span itemprop="startDate">June 20, 2024</span></div>`, ""},
		{"meta", `<div itemscope itemtype="https://schema.org/Event"><meta itemprop="startDate" content="2024-06-20"><p>Concert at the hall</p></div>`, ""},
		{"story beside", `<p class="byline-date">May 17, 2024</p><div itemscope itemtype="https://schema.org/Event"><p itemprop="startDate">June 20, 2024</p></div>`, "2024-05-17"},
	} {
		a := extractAt(t, probePage("en", "", c.line), "https://news.example/story", Options{})
		if published(a) != c.pub || modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and none", c.name, published(a), modified(a), c.pub)
		}
	}
}
