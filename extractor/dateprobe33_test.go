package extractor

import (
	"testing"
	"time"
)

// Conventions of days that are not a page's publication, found by
// probing health, forum, job and shop pages (twenty-seventh session,
// date33); each page is laid out as real sites lay theirs.

// probeFetch is the fetch time of the probes: after every day they show
// but the next review's.
var probeFetch = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

// dayCase is a line of a probe page in lang and the publication and
// update days it shows, "" for none.
type dayCase struct{ lang, line, pub, mod string }

// checkDays extracts each case's page (auditPage) at pageURL, fetched at
// probeFetch, and reports the days that differ from the case's.
func checkDays(t *testing.T, pageURL string, cases []dayCase) {
	t.Helper()
	for _, c := range cases {
		a := extractAt(t, auditPage(c.lang, true, c.line), pageURL, Options{FetchedAt: probeFetch})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s %s: published %q modified %q, want %q and %q", c.lang, c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A health site's "Page last reviewed: 12 March 2024" and "Next review
// due: 12 March 2027" (NHS and the sites built on its frontend) date a
// review, as "Medically reviewed by … on" does: neither the publication
// nor an update (schema.org's lastReviewed stands apart from
// dateModified). A day the page states as its publication stays it.
func TestPageLastReviewed(t *testing.T) {
	checkDays(t, "https://health.example/conditions/asthma", []dayCase{
		{"en", "<p>Page last reviewed: 12 March 2024<br>Next review due: 12 March 2027</p>", "", ""},
		{"en", "<p>Page last reviewed: 12 March 2024</p><p>Next review due: 12 March 2027</p>", "", ""},
		{"en", "<p>Last reviewed: 12 March 2024</p>", "", ""},
		{"en", "<p>Next review due: 12 May 2024</p>", "", ""},
		{"en", "<p>Published 1 March 2024</p><p>Page last reviewed: 12 March 2024</p>", "2024-03-01", ""},
		{"en", "<p>Page last reviewed: 12 March 2024</p><p>Posted 10 March 2024</p>", "2024-03-10", ""},
	})
}

// A forum's or a profile's card sets "Joined" or "Member since" in a
// block of its own beside the day ("<dt>Joined</dt><dd>May 3, 2019</dd>",
// XenForo's and Discourse's cards): that day is the member's, no date of
// the page, which keeps its own.
func TestMemberLabelApart(t *testing.T) {
	checkDays(t, "https://forum.example/threads/bus-network.123/", []dayCase{
		{"en", `<div class="card"><dl><dt>Joined</dt><dd>May 3, 2019</dd><dt>Posts</dt><dd>1,234</dd></dl></div>`, "", ""},
		{"en", `<div class="card"><div class="label">Member since</div><div class="value">May 3, 2019</div></div>`, "", ""},
		{"en", `<p>May 16, 2024</p><div class="card"><div>Joined</div><div>May 3, 2019</div></div>`, "2024-05-16", ""},
		{"en", `<div class="card"><dl><dt>Joined</dt><dd>May 3, 2019</dd></dl></div><p>Updated May 17, 2024</p>`, "", "2024-05-17"},
	})
}

// A job's, a grant's or a call's last day ("Deadline: May 30, 2024",
// "Closing date: 30 May 2024", "Bewerbungsfrist:", "Date limite :",
// "Срок подачи:"), an offer's ("Expires:", "Valid until"), an event's
// ("Event date:") and a birth in an infobox are the days a page
// announces or tells of, not the page's.
func TestDeadlineLabels(t *testing.T) {
	checkDays(t, "https://jobs.example/grants/bus-network", []dayCase{
		{"en", "<p>Deadline: May 30, 2024</p>", "", ""},
		{"en", "<p>Application deadline: May 30, 2024</p>", "", ""},
		{"en", "<p>Closing date: 30 May 2024</p>", "", ""},
		{"en", "<p>By Jane Doe | May 16, 2024</p><p>Deadline: May 30, 2024</p>", "2024-05-16", ""},
		{"en", "<p>Deadline: May 30, 2024</p><p>Updated May 17, 2024</p>", "", "2024-05-17"},
		{"en", "<p>Expires: May 30, 2024</p>", "", ""},
		{"en", "<p>Valid until May 30, 2024</p>", "", ""},
		{"en", "<p>Event date: May 30, 2024</p>", "", ""},
		{"en", "<p>Date of birth: May 3, 1999</p>", "", ""},
		{"de", "<p>Bewerbungsfrist: 30.05.2024</p>", "", ""},
		{"fr", "<p>Date limite : 30/05/2024</p>", "", ""},
		{"es", "<p>Fecha límite: 30/05/2024</p>", "", ""},
		{"it", "<p>Scadenza: 30/05/2024</p>", "", ""},
		{"pt", "<p>Prazo: 30/05/2024</p>", "", ""},
		{"nl", "<p>Sluitingsdatum: 30-05-2024</p>", "", ""},
		{"ru", "<p>Срок подачи: 30.05.2024</p>", "", ""},
		{"tr", "<p>Son başvuru tarihi: 30.05.2024</p>", "", ""},
		{"de", "<p>Veröffentlicht am 16.05.2024</p><p>Bewerbungsfrist: 30.05.2024</p>", "2024-05-16", ""},
		{"ru", "<p>Опубликовано: 16.05.2024</p><p>Срок подачи: 30.05.2024</p>", "2024-05-16", ""},
	})
}

// phpBB's note under an edited post, in its language packs ("Last edited
// by X on …, edited 1 time in total", "Dernière édition par X le …",
// "Última edición por X el …", "Последний раз редактировалось X …",
// "Ostatnio edytowany przez X, …"), dates the post's update, not its
// publication: a post that shows only the note has no known publication
// date; the post's own date stays its publication.
func TestForumEditNote(t *testing.T) {
	checkDays(t, "https://forum.example/viewtopic.php?t=123", []dayCase{
		{"en", "<p>Last edited by JaneDoe on Fri May 17, 2024 9:12 am, edited 1 time in total.</p>", "", "2024-05-17"},
		{"de", "<p>Zuletzt geändert von JaneDoe am Fr 17. Mai 2024, 09:12, insgesamt 1-mal geändert.</p>", "", "2024-05-17"},
		{"fr", "<p>Dernière édition par JaneDoe le ven. 17 mai 2024 09:12, édité 1 fois.</p>", "", "2024-05-17"},
		{"fr", "<p>Dernière modification par JaneDoe le 17/05/2024 à 09h12</p>", "", "2024-05-17"},
		{"es", "<p>Última edición por JaneDoe el Vie May 17, 2024 9:12 am, editado 1 vez en total.</p>", "", "2024-05-17"},
		{"pt", "<p>Última edição por JaneDoe em Sex Mai 17, 2024 9:12 am, editado 1 vez no total.</p>", "", "2024-05-17"},
		{"ru", "<p>Последний раз редактировалось JaneDoe 17 мая 2024, 09:12, всего редактировалось 1 раз.</p>", "", "2024-05-17"},
		{"pl", "<p>Ostatnio edytowany przez JaneDoe, 17 maja 2024, o 09:12, łącznie edytowany 1 raz</p>", "", "2024-05-17"},
		{"en", "<p>Posted: Thu May 16, 2024 10:21 am</p><p>Last edited by JaneDoe on Fri May 17, 2024 9:12 am, edited 1 time in total.</p>", "2024-05-16", "2024-05-17"},
		{"fr", "<p>Publié le 16/05/2024</p><p>Dernière édition par JaneDoe le ven. 17 mai 2024 09:12, édité 1 fois.</p>", "2024-05-16", "2024-05-17"},
	})
}

// Microdata's validity of an offer ("validFrom", "validThrough",
// "priceValidUntil"), on a shop's or a job board's page, dates the
// offer, not the page; JSON-LD's JobPosting states the posting's own
// day as datePosted, its publication.
func TestOfferAndPostingDates(t *testing.T) {
	for _, c := range []struct {
		name, head, line string
		pub              string
	}{
		{"validThrough", "", `<div itemscope itemtype="https://schema.org/Offer"><meta itemprop="validFrom" content="2024-05-10"><span itemprop="validThrough">May 30, 2024</span></div>`, ""},
		{"priceValidUntil", "", `<div itemscope itemtype="https://schema.org/Offer"><span itemprop="priceValidUntil">2024-05-30</span></div>`, ""},
		{"datePosted", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Clerk","datePosted":"2024-05-10","validThrough":"2024-06-30"}</script>`, "", "2024-05-10"},
	} {
		a := extractAt(t, probePage("en", c.head, c.line), "https://jobs.example/clerk", Options{FetchedAt: probeFetch})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q modified %q, want %q and none", c.name, published(a), modified(a), c.pub)
		}
	}
}

// A page's JSON-LD may describe only the thing it tells of or sells: a
// bookshop's Book, a shop's Product, a person's profile. Their
// datePublished (a book's first edition) or dateCreated is the thing's,
// no date of the page; an article's own object beside one keeps its
// date. Microdata's lastReviewed, a health page's review, is neither
// the publication nor an update.
func TestSubjectDates(t *testing.T) {
	for _, c := range []struct{ name, head, line, pub string }{
		{"book", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"X","datePublished":"1999-05-10"}</script>`, "", ""},
		{"product", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"X","dateCreated":"2020-05-10"}</script>`, "", ""},
		{"article beside a book", `<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Book","name":"X","datePublished":"1999-05-10"},{"@context":"https://schema.org","@type":"Review","datePublished":"2024-05-16"}]</script>`, "", "2024-05-16"},
		{"lastReviewed", "", `<div itemscope itemtype="https://schema.org/MedicalWebPage"><meta itemprop="lastReviewed" content="2024-05-17"><span itemprop="lastReviewed">May 17, 2024</span></div>`, ""},
	} {
		a := extractAt(t, probePage("en", c.head, c.line), "https://shop.example/books/x", Options{FetchedAt: probeFetch})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q modified %q, want %q and none", c.name, published(a), modified(a), c.pub)
		}
	}
}

// Chinese, Japanese and Korean pages label the last day to apply and an
// offer's validity so ("报名截止：", "有效期至：", "応募締切：", "締切：",
// "마감일:"): days the page announces, not its own.
func TestCJKDeadlineLabels(t *testing.T) {
	checkDays(t, "https://news.example.cn/a/123.html", []dayCase{
		{"zh", "<p>截止日期：2024-05-30</p>", "", ""},
		{"zh", "<p>报名截止：2024年5月30日</p>", "", ""},
		{"zh", "<p>有效期至：2024-05-30</p>", "", ""},
		{"zh", "<p>发布时间：2024-05-16 10:21</p><p>报名截止：2024-05-30</p>", "2024-05-16", ""},
		{"ja", "<p>応募締切：2024年5月30日</p>", "", ""},
		{"ja", "<p>締切：2024年5月30日</p>", "", ""},
		{"ko", "<p>마감일: 2024.05.30</p>", "", ""},
	})
}

// German and Central European CMSs print a label's date with a two-digit
// year and no padding ("Veröffentlicht am 16.5.24", "Aktualisiert:
// 3.6.24"): after a date label it is a date, as after a byline's name,
// though "1.2.24" in a sentence is a version as often.
func TestLabelledUnpaddedShortYear(t *testing.T) {
	checkDays(t, "https://news.example.de/politik/busnetz", []dayCase{
		{"de", "<p>Veröffentlicht am 16.5.24</p>", "2024-05-16", ""},
		{"de", "<p>Veröffentlicht am 16.5.24</p><p>Aktualisiert: 17.5.24</p>", "2024-05-16", "2024-05-17"},
		{"de", "<p>Datum: 6.5.24</p>", "2024-05-06", ""},
		{"de", "<p>Veröffentlicht am 16.05.24</p>", "2024-05-16", ""},
	})
}

// A label's written day with a two-digit year ("Published 16 May 24",
// "Publicado el 16-may-24", "Published 16-May-24", "Publié le 16 mai 24",
// "Published May 16, '24") is read with its full year, as a press
// release's dateline is (fullYearDay).
func TestLabelledWrittenShortYear(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"en", "<p>Published 16 May 24</p>", "2024-05-16", ""},
		{"en", "<p>Published 16-May-24</p>", "2024-05-16", ""},
		{"en", "<p>Published May 16, '24</p>", "2024-05-16", ""},
		{"es", "<p>Publicado el 16-may-24</p>", "2024-05-16", ""},
		{"fr", "<p>Publié le 16 mai 24</p>", "2024-05-16", ""},
		{"es", "<p>Publicado el 16-may-2024</p>", "2024-05-16", ""},
	})
}

// A byline closes with a relative date after a comma as it does with a
// date ("By Jane Doe, 3 days ago", "Von Anna Schmidt, vor 3 Tagen", "Por
// Ana Pérez, hace 2 días"): read against the fetch time the caller
// states, and never without one; words that only end in "ago" are no
// date.
func TestBylineCommaAgo(t *testing.T) {
	for _, c := range []struct{ lang, line, pub string }{
		{"en", "<p>By Jane Doe, 3 days ago</p>", "2024-05-29"},
		{"en", "<p>By Jane Doe, Staff Writer, 2 hours ago</p>", "2024-06-01"},
		{"es", "<p>Por Ana Pérez, hace 2 días</p>", "2024-05-30"},
		{"de", "<p>Von Anna Schmidt, vor 3 Tagen</p>", "2024-05-29"},
		{"en", "<p>By Jane Doe, who moved here 3 years ago</p>", ""},
	} {
		a := extractAt(t, probePage(c.lang, "", c.line), "https://news.example/story", Options{FetchedAt: probeFetch})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q modified %q, want %q and none", c.line, published(a), modified(a), c.pub)
		}
		if a = extractAt(t, probePage(c.lang, "", c.line), "https://news.example/story", Options{}); published(a) != "" {
			t.Errorf("%s, no fetch time: published %q, want none", c.line, published(a))
		}
	}
}
