package extractor

import (
	"strings"
	"testing"
)

// Leftovers of the twenty-fifth session's probes (issue 13, authors):
// Italian "di" in lower case on a line of its own, Korean names of two or
// four syllables after "글".
func TestAuthorProbe31Lines(t *testing.T) {
	checkPages(t, []pageCase{
		{"it: di in lower case", "", `<p>di Mario Rossi</p>`, "", "Mario Rossi"},
		{"it: di and the date", "", `<p>di Mario Rossi 16 maggio 2024</p>`, "", "Mario Rossi"},
		{"it: di before a lower-case word", "", `<p>di recente Mario Rossi ha parlato</p>`, "", ""},
		{"ko: 글, two syllables, 기자", "", `<p>글 홍길 기자</p>`, "", "홍길"},
		{"ko: 글, four syllables, 기자", "", `<p>글 김나라미 기자</p>`, "", "김나라미"},
		{"ko: 글 and a compound family name", "", `<p>글 남궁민수</p>`, "", "남궁민수"},
		{"ko: 글 and a compound family name, 기자", "", `<p>글 선우은숙 기자</p>`, "", "선우은숙"},
		{"ko: 글 and two syllables alone", "", `<p>글 쓰기</p>`, "", ""},
		{"ko: 글 and four syllables alone", "", `<p>글 수정하기</p>`, "", ""},
		{"ko: 글 목록", "", `<p>글 목록</p>`, "", ""},
	})
}

// "X contributed reporting" set apart from the byline's names by a
// semicolon or a comma rather than a full stop: the helpers did not write
// the piece.
func TestAuthorProbe31Contributors(t *testing.T) {
	checkPages(t, []pageCase{
		{"a semicolon", "", `<p class="byline">By Jane Doe; Sam Poe contributed reporting.</p>`, "", "Jane Doe"},
		{"a semicolon and two helpers", "", `<p class="byline">By Jane Doe; Sam Poe and Ann Roe contributed reporting.</p>`, "", "Jane Doe"},
		{"a comma", "", `<p class="byline">By Jane Doe, Sam Poe contributed reporting</p>`, "", "Jane Doe"},
		{"two writers and a comma", "", `<p class="byline">By Jane Doe and John Roe, Sam Poe contributed to this report.</p>`, "", "Jane Doe; John Roe"},
		{"a line of its own", "", `<div class="byline"><p>By Jane Doe</p><p>Sam Poe contributed reporting.</p></div>`, "", "Jane Doe"},
	})
}

// A post's meta line that prints the writer's name, unlabelled, before
// the date: as fields of their own with no mark between them, or in one
// text before a hyphen, a comma or "on"; a label, a category or a kicker
// in the name's place names no one.
func TestAuthorProbe31MetaLine(t *testing.T) {
	checkPages(t, []pageCase{
		{"a name and a date", "", `<div class="post-meta"><span>Jane Doe</span> <span>September 3, 2024</span></div>`, "", "Jane Doe"},
		{"a reading time after the date", "", `<div class="post-meta"><span>Jane Doe</span> <span>Sep 3, 2024</span> <span>5 min read</span></div>`, "", "Jane Doe"},
		{"a German meta line", "", `<div class="article-meta"><span>Hans Müller</span> <span>3. September 2024</span></div>`, "", "Hans Müller"},
		{"the class on the parent", "", `<div class="entry-meta"><p><strong>Jane Doe</strong> <em>September 3, 2024</em></p></div>`, "", "Jane Doe"},
		{"a label", "", `<div class="post-meta"><span>Published On</span> <span>September 3, 2024</span></div>`, "", ""},
		{"a category", "", `<div class="post-meta"><span>Product Updates</span> <span>September 3, 2024</span></div>`, "", ""},
		{"a category's link", "", `<div class="entry-meta"><a href="/category/travel/">Travel Tips</a> <time>September 3, 2024</time></div>`, "", ""},
		{"a kicker", "", `<div class="post-meta"><span>HEALTH INDUSTRY</span> <span>September 3, 2024</span></div>`, "", ""},
		{"an unclassed line", "", `<div><span>Jane Doe</span> <span>September 3, 2024</span></div>`, "", ""},
		{"one text, a hyphen", "", `<div class="post-meta">Jane Doe - September 3, 2024</div>`, "", "Jane Doe"},
		{"one text, a hyphen, a German date", "", `<div class="article-meta">Hans Müller - 03.09.2024</div>`, "", "Hans Müller"},
		{"one text, a comma", "", `<div class="post-meta">Jane Doe, September 3, 2024</div>`, "", "Jane Doe"},
		{"one text, on", "", `<div class="post-meta">Jane Doe on September 3, 2024</div>`, "", "Jane Doe"},
		{"one text, a hyphen, unclassed", "", `<p>Jane Doe - September 3, 2024</p>`, "", ""},
		{"one text, a label", "", `<div class="post-meta">Last Updated - September 3, 2024</div>`, "", ""},
		{"one text, a category", "", `<div class="post-meta">Travel Tips, September 3, 2024</div>`, "", ""},
	})
}

// "And" between two writers' names in Indonesian and Malay ("dan"),
// Vietnamese ("và") and Hindi ("और"), as in the other languages
// reAuthorSplit knows; the given name "Dan" is no "and".
func TestAuthorProbe31Joiners(t *testing.T) {
	checkPages(t, []pageCase{
		{"id: dan", "", `<p class="author">Budi Santoso dan Siti Aminah</p>`, "", "Budi Santoso; Siti Aminah"},
		{"vi: và", "", `<p class="author">Nguyễn Văn An và Trần Thị Bình</p>`, "", "Nguyễn Văn An; Trần Thị Bình"},
		{"hi: और", "", `<p class="author">राम शर्मा और सीता वर्मा</p>`, "", "राम शर्मा; सीता वर्मा"},
		{"en: the given name Dan", "", `<p class="byline">By Dan Smith</p>`, "", "Dan Smith"},
	})
}

// A personal blog's description under its name, Blogger's header
// ("<p class='description'>") or a WordPress theme's
// "site-description", names its owner with a possessive: the owner
// writes a post that credits no one else.
func TestAuthorProbe31TaglineOwner(t *testing.T) {
	blog := func(tagline, byline string) string {
		return `<html><head><title>A Blog: A story</title></head><body><header>` + tagline + `</header>` +
			authorPage("", byline, "")[len(`<html><head><title>A story</title></head><body>`):]
	}
	for _, c := range []struct{ name, page, want string }{
		{"Blogger's description", blog(`<div class='descriptionwrapper'><p class='description'><span>Jane Doe's thoughts on data, law and statistics.</span></p></div>`, ""), "Jane Doe"},
		{"a WordPress theme's tagline", blog(`<p class="site-description">Mark Lee’s blog about woodworking</p>`, ""), "Mark Lee"},
		{"a byline beats it", blog(`<p class="site-description">Mark Lee’s blog about woodworking</p>`, `<p class="byline">By Sam Poe</p>`), "Sam Poe"},
		{"a brand's possessive", blog(`<p class="site-description">Trader Joe's recipes, tested</p>`, ""), ""},
		{"no possessive", blog(`<p class="site-description">Thoughts on data and law</p>`, ""), ""},
		{"another class", blog(`<p class="intro">Jane Doe's thoughts on data.</p>`, ""), ""},
	} {
		a := extractPage(t, c.page)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}
