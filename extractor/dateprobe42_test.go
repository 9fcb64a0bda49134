package extractor

import (
	"testing"
	"time"
)

// Probe pages of the thirty-first session (date42).

// Health and finance sites print a byline row, then a reviewer's row with
// the day of the review ("Medically reviewed by Dr. Jane Smith on May 17,
// 2024", "Reviewed by … — May 17, 2024", "Fact checked by … | …",
// "Geprüft von … am …"), sometimes an "Updated on …" row: the review's
// day is not the publication's, which is the byline's, or none. A
// critic's "Reviewed by" with no byline above it dates the page
// (reviewerNote).
func TestReviewerRow(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, pub, mod string }{
		{`<div class=byline><span>By John Roe</span></div><div class=reviewer>Medically reviewed by Dr. Jane Smith on May 17, 2024</div>`, "", ""},
		{`<div class=byline>By John Roe | Published May 10, 2024</div><div class=reviewer>Medically reviewed by Dr. Jane Smith on May 17, 2024</div>`, "2024-05-10", ""},
		{`<div class=byline>Written by John Roe on May 10, 2024</div><div class=reviewer>Medically reviewed by Dr. Jane Smith on May 17, 2024</div>`, "2024-05-10", ""},
		{`<div class=byline>By John Roe</div><div class=reviewer>Reviewed by Dr. Jane Smith — May 17, 2024</div>`, "", ""},
		{`<div class=byline>By John Roe</div><div class=reviewer>Reviewed by Dr. Jane Smith, MD — May 17, 2024</div>`, "", ""},
		{`<div class=byline>By John Roe</div><div class=reviewer>Fact checked by Mary Poe on May 17, 2024</div>`, "", ""},
		{`<div class=byline>By John Roe</div><div class=reviewer>Fact Checked by Mary Poe | May 17, 2024</div>`, "", ""},
		{`<div class=byline>By John Roe · Updated on May 20, 2024</div><div class=reviewer>Medically reviewed by Dr. Jane Smith on May 17, 2024</div>`, "", "2024-05-20"},
		{`<p>By <a href="/author/john-roe">John Roe</a></p><p>Reviewed by <a href="/reviewer/jane-smith">Jane Smith</a> on May 17, 2024</p>`, "", ""},
		{`<p><a href="/author/john-roe">John Roe</a></p><p>Reviewed by <a href="/reviewer/jane-smith">Jane Smith</a> — May 17, 2024</p>`, "", ""},
		{`<p>Written by <a href="/author/john-roe">John Roe</a></p><p>Fact checked by <a href="/team/mary-poe">Mary Poe</a></p><p>Updated on May 20, 2024</p>`, "", "2024-05-20"},
		{`<p>By John Roe</p><p>Reviewed by Jane Smith</p><p>May 17, 2024</p>`, "2024-05-17", ""},
		{`<div class=byline>Por Juan Pérez</div><div>Revisado por la Dra. Ana López el 17 de mayo de 2024</div>`, "", ""},
		{`<div class=byline>Von Hans Müller</div><div>Geprüft von Dr. Anna Schmidt am 17. Mai 2024</div>`, "", ""},
		{`<div class=byline>Von Hans Müller</div><div>Medizinisch geprüft von Dr. Anna Schmidt am 17. Mai 2024</div>`, "", ""},
		{`<div class=byline>Jane Roe · May 17, 2024</div>`, "2024-05-17", ""},
		// A critic's byline alone: the review is the page.
		{`<p>Reviewed by Jane Roe on May 17, 2024</p>`, "2024-05-17", ""},
		{`<p>Reviewed by Jane Roe — May 17, 2024</p>`, "2024-05-17", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/health/storm-hits-coast", Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("Extract(%s): pub %q mod %q, want %q %q", c.meta, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A month's day alone after a byline's separator ("By Jane Doe | May
// 16", "By Jane Doe — May 16") or in a <time> without its datetime ("By
// Jane Doe <time>May 16</time>") is read as the headline's day alone is
// (addressMonthDay): in the address's year when the address gives the
// month, else none, unless a byline opens the line (bylineMonthDay).
func TestAddressMonthDayAfterByline(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, url, pub string }{
		{`<p class=meta><time>May 16</time></p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe <time>May 16</time></p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<div class=meta><span>By Jane Doe</span> <time class=entry-date>May 16</time></div>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe | May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>Jane Doe · May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By <a href="/author/jane">Jane Doe</a> | May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By <a href="/author/jane">Jane Doe</a> · May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe, Staff Writer | May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe - May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe — May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta><span>By Jane Doe</span><span>May 16</span></p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>By Jane Doe on May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta><time>May 16</time></p>`, "https://example.com/news/storm-hits-coast/", ""},
		{`<p class=meta>Jane Doe | May 16</p>`, "https://example.com/news/storm-hits-coast/", ""},
		// A byline's day under an address without the year: the latest
		// year not after the fetch (bylineMonthDay).
		{`<p class=meta>By Jane Doe | May 16</p>`, "https://example.com/news/storm-hits-coast/", "2025-05-16"},
		{`<p class=meta>By Jane Doe | May 16</p>`, "https://example.com/2024/04/storm-hits-coast/", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), c.url, Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, "") {
			t.Errorf("Extract(%s, %s).PublishedAt = %q, want %q", c.meta, c.url, published(a), c.pub)
		}
	}
}
