package extractor

import (
	"strings"
	"testing"
)

// A credit classed as an author's on the line under a picture names the
// photographer, not the writer, as a "By" line there does
// (pictureCredit): "<div class=lead-photo><img …><span
// class=image-author>John Roe</span></div>".
func TestAuthorsProbe74PictureCreditClass(t *testing.T) {
	for name, pic := range map[string]string{
		"under-picture": `<div class="lead-photo"><img src="/uploads/2024/05/dam-spillway.jpg" width="800" height="500" alt="The spillway"><span class="image-author">John Roe</span></div>`,
	} {
		c := probe72AuthorCase{name: name, top: pic}
		a := extractPage(t, probe72AuthorPage(c, probe72AuthorBody))
		if got := strings.Join(a.Authors, "; "); got != "" {
			t.Errorf("%s: Authors = %q from %q, want none", name, got, a.Provenance["authors"])
		}
	}
}

// TestAuthorsProbe74WireDesk checks that Reuters' credit to one of its
// hubs ("Compiled by the Gdansk Newsroom") is a desk's, not a writer's: a
// story so credited is the agency's its dateline names, or no one's
// without one, and a writer credited beside the desk stays the author.
func TestAuthorsProbe74WireDesk(t *testing.T) {
	const url = "https://riversidetimes.example/2024/03/12/board-votes-rail-bridge/"
	day := `<time class="entry-date published" datetime="2024-03-12T10:30:00-05:00">March 12, 2024</time>`
	dateline := `<p>WARSAW, March 12 (Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`
	for _, c := range []struct{ name, lead, tail, want string }{
		{"compiled, dateline", dateline, `<p>(Compiled by the Gdansk Newsroom; Editing by Mark Smith)</p>`, "Reuters"},
		{"compiled in italics, dateline", dateline, `<p><em>(Compiled by Gdansk Newsroom)</em></p>`, "Reuters"},
		{"reporting, dateline", dateline, `<p>(Reporting by Bengaluru newsroom; Editing by Mark Smith)</p>`, "Reuters"},
		{"compiled, no dateline", "", `<p>(Compiled by the Gdansk Newsroom; Editing by Mark Smith)</p>`, ""},
		{"bare, no dateline", "", `<p>Compiled by the Gdansk Newsroom; Editing by Mark Smith</p>`, ""},
		{"desk and writer", dateline, `<p>(Reporting by Gdansk Newsroom; Writing by Jane Doe; Editing by Mark Smith)</p>`, "Jane Doe"},
		{"writer then desk", dateline, `<p>(Reporting by Jane Doe; Additional reporting by Gdansk Newsroom; Editing by Mark Smith)</p>`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe69WordPress("", day, c.lead, c.tail), url, c.want)
	}
}

// TestAuthorsProbe74FrenchWireCredits checks Reuters' French credits,
// which set no "par" after "Reportage": the reporters and the writer
// ("rédigé par") are the authors; the translator ("version française"),
// the editor ("édité par") and additional reporting ("avec la
// contribution de") are not.
func TestAuthorsProbe74FrenchWireCredits(t *testing.T) {
	for _, c := range []probe72AuthorCase{
		{"reportage", "fr", "", "", `<p>(Reportage Jean Dupont, édité par Marc Martin)</p>`, "Jean Dupont"},
		{"version française", "fr", "", "", `<p>(Reportage Michel Rose; version française Jean-Stéphane Brosse, édité par Blandine Hénault)</p>`, "Michel Rose"},
		{"rédigé par", "fr", "", "", `<p>(Reportage John Irish, rédigé par Elizabeth Pineau, édité par Sophie Louet)</p>`, "John Irish; Elizabeth Pineau"},
		{"et", "fr", "", "", `<p>(Reportage Jean Dupont et Paul Durand; édité par Marc Martin)</p>`, "Jean Dupont; Paul Durand"},
		{"avec and places", "fr", "", "", `<p>(Reportage Jean Dupont à Paris, avec Paul Durand à Londres; édité par Marc Martin)</p>`, "Jean Dupont; Paul Durand"},
		{"contribution", "fr", "", "", `<p>(Reportage Jean Dupont, avec la contribution de Paul Durand; rédigé par Claire Martin, édité par Marc Martin)</p>`, "Jean Dupont; Claire Martin"},
		{"reportage de", "fr", "", "", `<p>(Reportage de Jean Dupont; version française Claire Martin, édité par Marc Martin)</p>`, "Jean Dupont"},
		{"in italics", "fr", "", "", `<p><em>(Reportage Jean Dupont, édité par Marc Martin)</em></p>`, "Jean Dupont"},
		{"no editor: not a credit", "fr", "", "", `<p>(Reportage Jean Dupont)</p>`, ""},
		{"desk", "fr", "", "", `<p>(Bureau de Paris, édité par Marc Martin)</p>`, ""},
		{"a photo report", "fr", "", "", `<p>(Reportage photo de la mairie, édité par la ville)</p>`, ""},
	} {
		checkProbe72Authors(t, []probe72AuthorCase{c})
	}
}

// probe74JaBody is a Japanese story of six paragraphs.
var probe74JaBody = strings.Repeat("<p>市議会は昨夜、川沿いに新しい自転車道を整備する計画を承認した。工事は九月に始まり、約八か月かかる見通しで、費用は約二億円と見積もられている。</p>", 6)

// TestAuthorsProbe74JapaneseSpacedNames checks that a Japanese byline
// listing writers with a space between family and given name gives each
// writer whole, two or three of them, and that a list of full names stays
// as it is. (A list that mixes both forms, "山田 太郎、佐藤花子", is still
// read as three names.)
func TestAuthorsProbe74JapaneseSpacedNames(t *testing.T) {
	for _, c := range []probe72AuthorCase{
		{"one", "ja", "", `<p class="author">文・山田 太郎</p>`, "", "山田 太郎"},
		{"two", "ja", "", `<p class="author">文・山田 太郎、佐藤 花子</p>`, "", "山田 太郎; 佐藤 花子"},
		{"three in the author meta", "ja", `<meta name="author" content="山田 太郎、佐藤 花子、鈴木 一郎">`, "", "", "山田 太郎; 佐藤 花子; 鈴木 一郎"},
		{"two in the author meta", "ja", `<meta name="author" content="山田 太郎、佐藤 花子">`, "", "", "山田 太郎; 佐藤 花子"},
		{"three in a credit line", "ja", "", `<p>文・山田 太郎、佐藤 花子、鈴木 一郎</p>`, "", "山田 太郎; 佐藤 花子; 鈴木 一郎"},
		{"three in an author element", "ja", "", `<p class="author">文・山田 太郎、佐藤 花子、鈴木 一郎</p>`, "", "山田 太郎; 佐藤 花子; 鈴木 一郎"},
		{"full names", "ja", "", `<p class="author">文・山田太郎、佐藤花子</p>`, "", "山田太郎; 佐藤花子"},
	} {
		a := extractPage(t, probe72AuthorPage(c, probe74JaBody))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%s: Authors = %q from %q (language %s), want %q", c.name, got, a.Provenance["authors"], a.Language, c.want)
		}
	}
}

// probe74ArcScript is an Arc XP page's Fusion script, its story crediting
// by.
func probe74ArcScript(by string) string {
	return `<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="ledger";Fusion.globalContent={"_id":"ABCDEF","type":"story","headlines":{"basic":"The bridge will be repaired"},"credits":{"by":[` + by + `]},"taxonomy":{"sections":[{"name":"Local"}]}};Fusion.globalContentConfig={"source":"content-api"};</script>`
}

// TestAuthorsProbe74ArcXP checks Arc XP's credits in its Fusion page
// state as a source of authors: its authors, not its references nor
// organisations, and a broken state names no one.
func TestAuthorsProbe74ArcXP(t *testing.T) {
	checkProbe72Authors(t, []probe72AuthorCase{
		{"one", "", probe74ArcScript(`{"_id":"jane-doe","type":"author","name":"Jane Doe","byline":"Jane Doe","url":"/people/jane-doe/"}`), "", "", "Jane Doe"},
		{"two", "", probe74ArcScript(`{"type":"author","name":"Jane Doe"},{"type":"author","name":"John Roe"}`), "", "", "Jane Doe; John Roe"},
		{"a reference and an organisation", "", probe74ArcScript(`{"type":"reference","referent":{"id":"x"}},{"type":"org","name":"Ledger Staff"}`), "", "", ""},
		{"spaced assignment", "", strings.Replace(probe74ArcScript(`{"type":"author","name":"Jane Doe"}`), "globalContent=", "globalContent = ", 1), "", "", "Jane Doe"},
		{"broken state", "", strings.Replace(probe74ArcScript(`{"type":"author","name":"Jane Doe"}`), `"credits":{`, `"credits":{{`, 1), "", "", ""},
		{"the byline agrees", "", probe74ArcScript(`{"type":"author","name":"Jane Doe"}`), `<div class="ts-byline"><span class="ts-byline__by">By </span><span class="ts-byline__names"><a href="/people/jane-doe/">Jane Doe</a></span></div>`, "", "Jane Doe"},
	})
}

// TestAuthorsProbe74CMSConventions guards the author conventions of CMSs
// and languages outside the dev sets that newsprint already reads.
func TestAuthorsProbe74CMSConventions(t *testing.T) {
	ldOrg := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":{"@type":"Organization","name":"The Daily Ledger"}}</script>`
	checkProbe72Authors(t, []probe72AuthorCase{
		{"yoast twitter label", "", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`, "", "", "Jane Doe"},
		{"twitter label, reading time", "", `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes">`, "", "", ""},
		{"JSON-LD organisation, byline person", "", ldOrg, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"JSON-LD organisation, twitter label", "", ldOrg + `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`, "", "", "Jane Doe"},
		{"parsely", "", `<meta name="parsely-author" content="Jane Doe">`, "", "", "Jane Doe"},
		{"sailthru", "", `<meta name="sailthru.author" content="Jane Doe">`, "", "", "Jane Doe"},
		{"citation", "", `<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">`, "", "", "Jane Doe; John Roe"},
		{"DC.creator", "", `<meta name="DC.creator" content="Doe, Jane">`, "", "", "Jane Doe"},
		{"ghost casper", "", "", `<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-05">Mar 5, 2024</time><span class="byline-reading-time">4 min read</span></div></div></div>`, "", "Jane Doe"},
		{"blogger", "", "", "", `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><span itemprop="name">Jane Doe</span></span></span></div>`, "Jane Doe"},
		{"substack", "", `<meta name="author" content="Jane Doe">`, `<div class="byline-wrapper"><a href="https://substack.com/@janedoe" class="pencraft">Jane Doe</a><div class="pencraft">Mar 05, 2024</div></div>`, "", "Jane Doe"},
		{"medium", "", `<meta name="author" content="Jane Doe">`, `<div class="pw-author"><a data-testid="authorName" href="/@janedoe">Jane Doe</a></div>`, "", "Jane Doe"},
		{"ru", "ru", "", `<p>Автор: Иван Петров</p>`, "", "Иван Петров"},
		{"ru photo", "ru", "", `<p>Фото: Иван Петров</p>`, "", ""},
		{"medically reviewed", "", "", `<p class="byline">By Jane Doe</p><p>Medically reviewed by Dr. John Roe, MD</p>`, "", "Jane Doe"},
		{"reviewer element", "", "", `<div class="author">Written by <a href="/author/jane-doe/">Jane Doe</a></div><div class="reviewer">Reviewed by <a href="/author/john-roe/">John Roe</a></div>`, "", "Jane Doe"},
		{"reviewer alone", "", "", `<p>Reviewed by Dr. John Roe</p>`, "", ""},
		{"month abbreviation", "", "", `<p class="byline">By Jane Doe, Sept. 5, 2024</p>`, "", "Jane Doe"},
		{"press release", "", "", `<p class="byline">By Press Release</p>`, "", ""},
		{"caption", "", "", `<figure><img src="/a.jpg"><figcaption>The old bridge. (Photo by Jane Doe)</figcaption></figure>`, "", ""},
		{"zh 责任编辑 after the writer", "zh", "", `<p>作者：张三</p>`, `<p>责任编辑：李四</p>`, "张三"},
		{"naver", "ko", "", `<div class="media_end_head_journalist"><em class="media_end_head_journalist_name">홍길동 기자</em></div>`, "", "홍길동"},
	})
}

// TestAuthorsProbe74BySlogan checks that a site's tagline pairing who
// makes it with whom it is for ("Written by locals, for locals") names no
// author, while a byline for a paper still names its writer.
func TestAuthorsProbe74BySlogan(t *testing.T) {
	checkProbe72Authors(t, []probe72AuthorCase{
		{"written by locals", "", "", `<p class="tagline">Written by locals, for locals</p>`, "", ""},
		{"by the people", "", "", `<p class="tagline">By the people, for the people</p>`, "", ""},
		{"made by nerds", "", "", `<p class="tagline">Made by nerds for nerds!</p>`, "", ""},
		{"a byline for a paper", "", "", `<p class="byline">By Jane Doe, for The Guardian</p>`, "", "Jane Doe"},
	})
}
