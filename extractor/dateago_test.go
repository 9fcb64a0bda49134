package extractor

import (
	"testing"
	"time"
)

// Relative dates as news sites print them in the languages most common in
// news (CLDR's relative-time forms).
func TestRelativeAgo(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Duration
	}{
		{"3 hours ago", 3 * time.Hour},
		{"2h ago", 2 * time.Hour},
		{"45 minutes ago", 45 * time.Minute},
		{"2 days ago", 48 * time.Hour},
		{"vor 2 Tagen", 48 * time.Hour},
		{"vor 3 Std.", 3 * time.Hour},
		{"há 2 horas", 2 * time.Hour},
		{"hace 5 minutos", 5 * time.Minute},
		{"il y a 3 heures", 3 * time.Hour},
		{"2 ore fa", 2 * time.Hour},
		{"3 uur geleden", 3 * time.Hour},
		{"2 часа назад", 2 * time.Hour},
		{"3 години тому", 3 * time.Hour},
		{"2 saat önce", 2 * time.Hour},
		{"3 jam yang lalu", 3 * time.Hour},
		{"2 godziny temu", 2 * time.Hour},
		{"acum 3 ore", 3 * time.Hour},
		{"2 giờ trước", 2 * time.Hour},
		{"منذ 3 ساعات", 3 * time.Hour},
		{"3 घंटे पहले", 3 * time.Hour},
		{"3시간 전", 3 * time.Hour},
		{"3時間前", 3 * time.Hour},
		{"2天前", 48 * time.Hour},
		// The first of each unit in words, as timeago libraries print it,
		// and the abbreviated units.
		{"an hour ago", time.Hour},
		{"a day ago", 24 * time.Hour},
		{"vor einer Stunde", time.Hour},
		{"vor einem Tag", 24 * time.Hour},
		{"il y a une heure", time.Hour},
		{"hace un día", 24 * time.Hour},
		{"há uma hora", time.Hour},
		{"un'ora fa", time.Hour},
		{"een uur geleden", time.Hour},
		{"acum o zi", 24 * time.Hour},
		{"bir saat önce", time.Hour},
		{"час назад", time.Hour},
		{"минуту назад", time.Minute},
		{"годину тому", time.Hour},
		{"منذ ساعة", time.Hour},
		{"منذ ساعتين", 2 * time.Hour},
		{"منذ يومين", 48 * time.Hour},
		{"2 ч. назад", 2 * time.Hour},
		{"5 мин. назад", 5 * time.Minute},
		{"2 godz. temu", 2 * time.Hour},
		{"2 sa önce", 2 * time.Hour},
		// Today and yesterday at a time of day (relativeDay).
		{"вчера, 14:30", 24 * time.Hour},
		{"Сегодня в 10:15", 0},
		{"Yesterday at 3:15 PM", 24 * time.Hour},
		{"Today, 10:15 AM", 0},
		{"heute, 14:30 Uhr", 0},
		{"Gestern, 14:30 Uhr", 24 * time.Hour},
		{"Hier à 14h30", 24 * time.Hour},
		{"Aujourd'hui à 9h05", 0},
		{"Ayer a las 14:30", 24 * time.Hour},
		{"Ontem às 14h30", 24 * time.Hour},
		{"Ieri alle 14:30", 24 * time.Hour},
		{"wczoraj, 14:30", 24 * time.Hour},
		{"Dziś, godz. 14:30", 0},
		{"Dün 14:30", 24 * time.Hour},
		{"Bugün, 14:30", 0},
		{"Вчора, 14:30", 24 * time.Hour},
		{"gisteren om 14:30", 24 * time.Hour},
		{"Kemarin, 14:30 WIB", 24 * time.Hour},
		{"Hari ini, 14:30 WIB", 0},
		{"Hôm qua, 14:30", 24 * time.Hour},
		{"Azi, 14:30", 0},
		{"أمس 14:30", 24 * time.Hour},
		{"昨天 14:30", 24 * time.Hour},
		{"昨日 14:30", 24 * time.Hour},
		{"어제 14:30", 24 * time.Hour},
	} {
		if d, ok := relativeAgo(c.in); !ok || d != c.want {
			t.Errorf("relativeAgo(%q) = %v, %v; want %v", c.in, d, ok, c.want)
		}
	}
	// A number and a unit without "ago", other words, or a span too long
	// to name a day are no relative dates.
	for _, in := range []string{"5 min read", "24 hours", "3 hours of video", "2 months ago", "10 days ago", "ago 3", "3 days and 2 hours ago", "Top 10 hours ago",
		// A day word without a time of day, or with other words, is a
		// section's name or a schedule.
		"Today 5", "Yesterday 2024", "Heute 20:15 Tatort", "Today at 25:10", "Tomorrow at 10:30", "Today's top 10:30 picks",
		// A word for one without a unit after it, or a unit without "ago".
		"a day to remember", "Ein Tag vor der Wahl", "vor einem Jahr", "an hour", "час пик", "a few hours ago"} {
		if d, ok := relativeAgo(in); ok {
			t.Errorf("relativeAgo(%q) = %v, want none", in, d)
		}
	}
}

// A page that shows only a relative date beside its headline is dated by
// it against the fetch time the caller states, and only then: a page
// stored long ago and extracted today would be dated today. Any other date
// of the page comes first.
func TestRelativeDateAgainstFetchTime(t *testing.T) {
	fetched := time.Date(2024, 5, 16, 1, 30, 0, 0, time.UTC)
	for _, c := range []struct{ name, byline, want string }{
		{"alone", "<p>3 hours ago</p>", "2024-05-15"},
		{"after the author", "<p>Jane Doe | 2 days ago</p>", "2024-05-14"},
		{"in a byline", "<p>By Jane Doe · 2 days ago</p>", "2024-05-14"},
		{"a time element", "<p><time>45 minutes ago</time></p>", "2024-05-16"},
		{"labelled", "<p>Published: 20 minutes ago</p>", "2024-05-16"},
		{"German", "<p>vor 2 Tagen</p>", "2024-05-14"},
		{"an update", "<p>Updated: 3 hours ago</p>", ""},
		{"yesterday", `<p><span class="date">вчера, 14:30</span></p>`, "2024-05-15"},
		{"today", "<p>By Jane Doe · Today at 00:45 AM</p>", "2024-05-16"},
		{"yesterday in a time element", "<p><time>Gestern, 14:30 Uhr</time></p>", "2024-05-15"},
		{"an hour ago, in words", "<p>By Jane Doe · a day ago</p>", "2024-05-15"},
		{"an update yesterday", "<p>Aktualisiert: gestern, 14:30 Uhr</p>", ""},
		// After a byline in another language, past a spaced dash.
		{"after a dash", "<p>Por João Silva — há 2 dias</p>", "2024-05-14"},
		{"after a hyphen", "<p>Par Jean Dupont - il y a 2 jours</p>", "2024-05-14"},
	} {
		page := withByline(pageWithBlocks("", 4, ""), c.byline)
		a := extractAt(t, page, "https://news.example/story", Options{FetchedAt: fetched})
		if published(a) != c.want || c.want != "" && a.Provenance["published_date"] != "relative-text" {
			t.Errorf("%s: Extract.PublishedAt = %q (%s), want %q", c.name, published(a), a.Provenance["published_date"], c.want)
		}
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "" {
			t.Errorf("%s, no fetch time: Extract.PublishedAt = %q, want none", c.name, published(a))
		}
	}
	// The URL's date, and the one day the page shows, come first.
	page := withByline(pageWithBlocks("", 4, ""), "<p>3 hours ago</p>")
	if a := extractAt(t, page, "https://news.example/2024/05/10/story", Options{FetchedAt: fetched}); published(a) != "2024-05-10" {
		t.Errorf("with a URL date: Extract.PublishedAt = %q, want 2024-05-10", published(a))
	}
	shown := pageWithBlocks("", 4, "<p>12 May 2024</p>")
	shown = withByline(shown, "<p>3 hours ago</p>")
	if a := extractAt(t, shown, "https://news.example/story", Options{FetchedAt: fetched}); published(a) != "2024-05-12" {
		t.Errorf("with a shown date: Extract.PublishedAt = %q, want 2024-05-12", published(a))
	}
}

// A relative date whose tooltip states the day is dated by the tooltip,
// with or without a fetch time: jQuery timeago's <abbr>, Discuz's span;
// likewise the instant in the attribute that relative-date scripts read.
func TestRelativeDateWithTooltip(t *testing.T) {
	fetched := time.Date(2024, 5, 20, 1, 30, 0, 0, time.UTC)
	for _, c := range []struct{ name, byline, want string }{
		{"timeago", `<p>By Jane Doe · <abbr class="timeago" title="2024-05-16T10:21:33Z">4 days ago</abbr></p>`, "2024-05-16"},
		{"discuz", `<p><em id="authorposton9">发表于 <span title="2024-5-16 10:21:33">4&nbsp;天前</span></em></p>`, "2024-05-16"},
		{"a title that is no date", `<p>By Jane Doe · <span title="Jane's page">4 days ago</span></p>`, ""},
		// The instant a relative-date script reads: an epoch, an ISO date.
		{"data-timestamp epoch", `<p>By Jane Doe · <span class="date" data-timestamp="1715854893">4 days ago</span></p>`, "2024-05-16"},
		{"livestamp", `<p>By Jane Doe · <span data-livestamp="2024-05-16T10:21:33Z">4 days ago</span></p>`, "2024-05-16"},
		{"time without datetime", `<div class="meta">Jane Doe <time data-datetime="2024-05-16 10:21">vor 4 Tagen</time></div>`, "2024-05-16"},
		{"a data attribute that is no date", `<p>By Jane Doe · <span data-time="12345678">4 days ago</span></p>`, ""},
	} {
		page := withByline(pageWithBlocks("", 4, ""), c.byline)
		for _, o := range []Options{{FetchedAt: fetched}, {}} {
			want := c.want
			if want == "" && !o.FetchedAt.IsZero() {
				want = "2024-05-16" // the relative date itself
			}
			if a := extractAt(t, page, "https://news.example/story", o); a.PublishedDate != want {
				t.Errorf("%s (fetched %v): Extract.PublishedDate = %q, want %q", c.name, o.FetchedAt, a.PublishedDate, want)
			}
		}
	}
}
