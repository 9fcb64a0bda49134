package extractor

import "testing"

// Leftovers: a genre label and a pipe or colon opening an <h1>'s own text.
func TestTitleProbe81H1Label(t *testing.T) {
	const en = "Council votes for the new tram line through the valley"
	const u = "https://www.valleypost.example/news/2024/03/12/council-votes-tram"
	body := `<div class="story">` + probe46Body + `</div>`
	h1 := func(s string) string { return `<h1 class="headline">` + s + `</h1>` + body }
	runTitleProbes46(t, []titleProbe46{
		{"opinion pipe", u, `<title>Valley Post</title>`, h1("OPINION | " + en), en},
		{"analysis colon", u, `<title>Valley Post</title>`, h1("Analysis: " + en), en},
		{"editorial pipe", u, `<title>Valley Post</title>`, h1("Editorial | " + en), en},
		{"german", "https://www.talpost.example/meinung/2024/03/12/tram", `<title>Talpost</title>`, h1("Kommentar | Der Stadtrat stimmt für die neue Straßenbahnlinie"), "Der Stadtrat stimmt für die neue Straßenbahnlinie"},
		{"spanish", "https://www.diariovalle.example/opinion/2024/03/12/tranvia", `<title>Diario del Valle</title>`, h1("OPINIÓN | El concejo vota a favor de la nueva línea de tranvía"), "El concejo vota a favor de la nueva línea de tranvía"},
		{"french", "https://www.vallee.example/analyse/2024/03/12/tram", `<title>La Vallée</title>`, h1("Analyse | Le conseil vote pour la nouvelle ligne de tram"), "Le conseil vote pour la nouvelle ligne de tram"},
		{"same title", u, `<title>OPINION | ` + en + ` - Valley Post</title>`, h1("OPINION | " + en), en},
		{"hyphenated label", u, `<title>Valley Post</title>`, h1("Op-Ed | " + en), en},
		{"chinese", "https://news.valley.example/2024/03/12/12345.html", `<title>山谷新闻网</title>`, h1("评论｜市议会投票支持修建新的有轨电车线路"), "市议会投票支持修建新的有轨电车线路"},
		{"section's title", u, `<title>Opinion - Valley Post</title>`, h1("OPINION | " + en), en},
		{"titled with the label stays", u, `<title>Analysis: ` + en + ` | Valley Post</title>`, h1("Analysis: " + en), "Analysis: " + en},
		{"real pipe stays", u, `<title>Valley Post</title>`, h1("Rain | Shine: the council votes for the tram"), "Rain | Shine: the council votes for the tram"},
		{"no label stays", u, `<title>Valley Post</title>`, h1("Tram | " + en), "Tram | " + en},
	})
}

// FC2's blogs write the blog's name in the header's <h1> linked home
// and many templates state no heading for the entry: the <title> says
// "ブログ名 記事タイトル" (a space between), "記事タイトル - ブログ名",
// or the name first with an ASCII colon ("ブログ名: 記事タイトル").
func TestTitleProbe81FC2(t *testing.T) {
	const (
		ja   = "新しい浄水場を見学してきました"
		blog = "日々の記録"
		u    = "http://hibi.blog.fc2.example/blog-entry-123.html"
	)
	header := `<div id="header"><h1><a href="http://hibi.blog.fc2.example/">` + blog + `</a></h1><p class="intro">毎日のことを書いています</p></div>`
	entry := `<div class="entry"><div class="entry_body"><p>今日は市の新しい浄水場を見学してきました。十年で四百億円をかける計画の最初の施設だそうです。</p><p>水がどうやってきれいになるのか、係の人が丁寧に説明してくれて、とても勉強になりました。</p><p>帰りに近くの公園で桜を見て、のんびり歩いて帰りました。また行きたいと思います。</p></div></div>`
	runTitleProbes46(t, []titleProbe46{
		{"name space title", u, `<title>` + blog + ` ` + ja + `</title>`, header + entry, ja},
		{"title dash name", u, `<title>` + ja + ` - ` + blog + `</title>`, header + entry, ja},
		{"name colon title", u, `<title>` + blog + `: ` + ja + `</title>`, header + entry, ja},
		{"fullwidth space", u, `<title>` + blog + `　` + ja + `</title>`, header + entry, ja},
		{"cased name running on stays", "https://courier.example/2024/03/12/tram", `<title>Valley votes for the new tram line</title>`,
			`<div id="header"><h1><a href="https://courier.example/">Valley</a></h1></div><div class="story">` + probe46Body + `</div>`, "Valley votes for the new tram line"},
		{"cased name and bar", "https://valleynotes.example/2024/03/12/tram", `<title>Field Notes | Council votes for the new tram line</title>`,
			`<div id="header"><h1><a href="https://valleynotes.example/">Field Notes</a></h1></div><div class="story">` + probe46Body + `</div>`, "Council votes for the new tram line"},
	})
}

// A Naver blog sets the blog's name as an <h1> in <div id="header">,
// with no masthead class, linked to the blog's front page, and the
// post's title in a block classed as a headline (SmartEditor ONE's
// se-title-text) under a <title> that names the service alone: the <h1>
// names the blog, the classed block the post.
func TestTitleProbe81NaverHeader(t *testing.T) {
	const (
		ko   = "봄철 미세먼지 줄이는 실내 환기 요령 다섯 가지"
		name = "김씨의 살림 이야기"
		u    = "https://blog.naver.example/kimlife/221430673006"
	)
	header := `<div id="header"><h1><a href="https://blog.naver.example/kimlife">` + name + `</a></h1></div>`
	post := `<p>봄철에는 미세먼지 때문에 창문을 열기가 망설여집니다. 하지만 실내 공기도 환기를 하지 않으면 금방 탁해집니다.</p><p>오늘은 미세먼지가 심한 날에도 실내 공기를 깨끗하게 유지하는 환기 요령을 정리해 보았습니다.</p><p>첫째, 아침과 저녁보다는 대기가 안정된 낮 시간에 짧게 자주 환기하는 것이 좋습니다.</p>`
	one := `<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>` + ko + `</span></p></div>`
	runTitleProbes46(t, []titleProbe46{
		{"one, name alone", u, `<title>네이버 블로그</title>`, header + `<div id="postViewArea">` + one + post + `</div>`, ko},
		{"one, title and host", u, `<title>` + ko + ` : 네이버 블로그</title>`, header + `<div id="postViewArea">` + one + post + `</div>`, ko},
	})
}

// A <title> that opens with the site's name, then a section of one word
// and the headline ("Valley Post - Sport - Headline"), on a page with no
// menu naming the section; Hindi portals write the section transliterated
// in the middle ("घाटी समाचार - Desh - शीर्षक"), and Hindi and Bengali
// names hold the word for news or a daily ("समाचार", "दैनिक", "সংবাদ"),
// which tells the name where no logo shows it.
func TestTitleProbe81SiteSectionHeadline(t *testing.T) {
	const en = "Council votes for the new tram line through the valley"
	const hi = "नगर परिषद ने घाटी में नई ट्राम लाइन के लिए मतदान किया"
	body := `<div class="story">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"english sport", "https://www.valleypost.example/2024/03/12/tram-123.html", `<title>Valley Post - Sport - ` + en + `</title>`, body, en},
		{"english business bar", "https://www.valleypost.example/2024/03/12/tram-123.html", `<title>Valley Post | Business | ` + en + `</title>`, body, en},
		{"german", "https://www.talpost.example/2024/03/12/tram-123.html", `<title>Talpost - Lokales - Der Stadtrat stimmt für die neue Straßenbahnlinie</title>`, body, "Der Stadtrat stimmt für die neue Straßenbahnlinie"},
		{"hindi desh", "https://www.ghatisamachar.example/desh/story-123.html", `<title>घाटी समाचार - Desh - ` + hi + `</title>`, body, hi},
		{"hindi sport", "https://www.ghatisamachar.example/khel/story-123.html", `<title>घाटी समाचार - Sport - ` + hi + `</title>`, body, hi},
		{"hindi desh latin site", "https://www.ghatisamachar.example/desh/story-123.html", `<title>Ghati Samachar - Desh - ` + hi + `</title>`, body, hi},
		{"hindi two segs", "https://www.ghatisamachar.example/desh/story-123.html", `<title>घाटी समाचार - ` + hi + `</title>`, body, hi},
		{"hindi desh logo", "https://www.ghatisamachar.example/desh/story-123.html", `<title>घाटी समाचार - Desh - ` + hi + `</title>`, `<div class="header"><a href="/"><img alt="घाटी समाचार" src="/logo.png"></a></div>` + body, hi},
		{"hindi two segs logo", "https://www.ghatisamachar.example/desh/story-123.html", `<title>घाटी समाचार - ` + hi + `</title>`, `<div class="header"><a href="/"><img alt="घाटी समाचार" src="/logo.png"></a></div>` + body, hi},
		{"bengali", "https://www.upatyaka.example/desh/story-123.html", `<title>উপত্যকা সংবাদ - পৌর পরিষদ উপত্যকায় নতুন ট্রাম লাইনের পক্ষে ভোট দিয়েছে</title>`, body, "পৌর পরিষদ উপত্যকায় নতুন ট্রাম লাইনের পক্ষে ভোট দিয়েছে"},
		{"hindi daily first", "https://www.ghatisamachar.example/desh/story-123.html", `<title>दैनिक घाटी | ` + hi + `</title>`, body, hi},
		{"hindi long first segment stays", "https://www.ghatisamachar.example/desh/story-123.html", `<title>समाचार पत्र वितरण में देरी - पाठकों ने शिकायत दर्ज कराई</title>`, body, "समाचार पत्र वितरण में देरी - पाठकों ने शिकायत दर्ज कराई"},
		{"hindi rajya", "https://www.ghatisamachar.example/rajya/story-123.html", `<title>` + hi + ` - Rajya - घाटी समाचार</title>`, body, hi},
	})
}

// French papers open the <title> with the kind of piece or a badge in
// capitals as a sentence of its own ("ENTRETIEN. Titre", "TÉMOIGNAGE.
// Titre", "VIDÉO. Titre", "DIRECT. Titre"): it goes as a section's name
// does ("Sport. Ajax wint"). A first sentence that names no kind stays.
func TestTitleProbe81KindSentence(t *testing.T) {
	const fr = "Le maire défend la nouvelle ligne de tram"
	const u = "https://www.vallee.example/2024/03/12/tram-123.html"
	body := `<div class="story">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"entretien", u, `<title>ENTRETIEN. ` + fr + ` - La Vallée</title>`, body, fr},
		{"témoignage", u, `<title>TÉMOIGNAGE. ` + fr + `</title>`, body, fr},
		{"vidéo og", u, `<meta property="og:title" content="VIDÉO. ` + fr + `">`, body, fr},
		{"direct", u, `<title>DIRECT. ` + fr + ` - La Vallée</title>`, body, fr},
		{"no kind stays", u, `<title>Colère. ` + fr + `</title>`, body, "Colère. " + fr},
	})
}

// Indonesian and Malay sites name a news section with the word for news
// first ("Berita Terkini", "Berita Daerah"), between the headline and
// the site's name: it goes as "Local News" does.
func TestTitleProbe81BeritaSection(t *testing.T) {
	const id = "DPRD Setujui Jalur Trem Baru di Lembah"
	body := `<div class="story">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"terkini", "https://www.lembah.example/berita/123", `<title>` + id + ` - Berita Terkini - Harian Lembah</title>`, body, id},
		{"daerah", "https://www.lembah.example/berita/123", `<title>` + id + ` | Berita Daerah | Lembah</title>`, body, id},
	})
}
