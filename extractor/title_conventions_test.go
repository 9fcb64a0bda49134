package extractor

import (
	"strings"
	"testing"
)

type conventionSite struct {
	lang, head, site, host, path, body, copy string
}

// TestTitleConventions checks the <title> decorations of many CMSs and
// languages on pages without structured data, each under five templates:
// no heading at all, a masthead <h1> with the site's name, a logo <h1>, a
// footer's copyright line, the headline in a styled <div>. The site's
// name is known from the page (the host, the masthead, the copyright
// line) or, on the "enx" site, from nothing but its place in the title.
func TestTitleConventions(t *testing.T) {
	zh := `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p><p>会议指出，今年以来全市上下认真贯彻落实各项决策部署，经济运行总体平稳。</p>`
	ja := `<p>市議会は十六日、新しい小学校の建設費を含む来年度の予算案を賛成多数で可決した。市長は記者会見で、三年後の開校を目指すと述べた。</p><p>予算の総額は前年度より五パーセント多く、道路の補修や図書館の改修にも充てられる。</p>`
	sites := map[string]conventionSite{
		"en":  {"en", "Council approves budget for the new school", "Valley Gazette", "www.valleygazette.example", "/news/local/2024/05/16/council-budget", titleBody, "Valley Gazette"},
		"enx": {"en", "Council approves budget for the new school", "Valley Gazette", "www.vg-online.example", "/story/4711", titleBody, "Valley Gazette"},
		"de":  {"de", "Stadtrat stimmt nach langer Debatte für neue Schule", "Stadtblatt", "www.stadtblatt.example", "/lokales/stadtrat-schule-4711.html", titleBody, "Stadtblatt GmbH"},
		"fr":  {"fr", "Le conseil municipal vote le budget de la nouvelle école", "Le Courrier du Val", "www.courrierduval.example", "/actualite/conseil-budget", titleBody, "Le Courrier du Val"},
		"es":  {"es", "El ayuntamiento aprueba el presupuesto de la nueva escuela", "Diario del Valle", "www.diariodelvalle.example", "/noticias/ayuntamiento-presupuesto", titleBody, "Diario del Valle"},
		"ru":  {"ru", "Городской совет утвердил бюджет новой школы", "Вести Долины", "www.vesti-doliny.example", "/news/2024/05/16/budget", titleBody, "Вести Долины"},
		"zh":  {"zh", "重庆召开全市经济工作会议", "江城日报", "www.jcnews.example.cn", "/a/2024/05/16/123.html", zh, "江城日报社"},
		"ja":  {"ja", "市議会が新しい学校の予算を可決", "谷新聞", "www.tani-shimbun.example.jp", "/articles/20240516/123", ja, "谷新聞社"},
		"jay": {"ja", "市議会が新しい学校の予算を可決", "Yahoo!ニュース", "news.yahoo.example.jp", "/articles/0a1b2c3d", ja, "LY Corporation"},
		"ko":  {"ko", "시의회 새 학교 예산안 통과", "밸리일보", "www.valleyilbo.example.kr", "/news/articleView.html?idxno=123", titleBody, "밸리일보"},
	}
	type conv struct{ name, sites, title string }
	convs := []conv{
		{"H | S", "en enx de fr es ru zh ja ko", "{H} | {S}"},
		{"S | H", "en enx de fr es ru", "{S} | {H}"},
		{"H - S", "en enx de fr es ru zh ja ko", "{H} - {S}"},
		{"S - H", "en de fr es", "{S} - {H}"},
		{"H – S", "en enx de fr", "{H} – {S}"},
		{"H — S", "en enx ru", "{H} — {S}"},
		{"H : S", "en fr", "{H} : {S}"},
		{"H · S", "en enx", "{H} · {S}"},
		{"H » S", "en enx", "{H} » {S}"},
		{"S » H", "en enx", "{S} » {H}"},
		{"H / S", "en enx", "{H} / {S}"},
		{"H _ S", "en zh", "{H} _ {S}"},
		{"H_S", "zh", "{H}_{S}"},
		{"H ~ S", "en", "{H} ~ {S}"},
		{"S :: H", "en enx", "{S} :: {H}"},
		{"H :: S", "en enx", "{H} :: {S}"},
		{"H (from S)", "en", "{H} (from {S})"},
		{"H - S News", "en", "{H} - {S} News"},
		{"H | Page 2 | S", "en enx", "{H} | Page 2 | {S}"},
		{"H - Page 2 - S", "en enx", "{H} - Page 2 - {S}"},
		{"H, page 2 - S", "en", "{H}, page 2 - {S}"},
		{"H – Seite 2 – S", "de", "{H} – Seite 2 – {S}"},
		{"H - Seite 2", "de", "{H} - Seite 2"},
		{"Opinion | H", "en enx", "Opinion | {H}"},
		{"Opinion | H - S", "en enx", "Opinion | {H} - {S}"},
		{"Home > News > H", "en enx", "Home > News > {H}"},
		{"S > News > H", "en enx", "{S} > News > {H}"},
		{"H_English_S", "zh", "{H}_English_{S}"},
		{"S » Blog Archive » H", "en enx de", "{S} » Blog Archive » {H}"},
		{"S » Blog Archiv » H", "de", "{S} » Blog Archiv » {H}"},
		{"S » Archives du blog » H", "fr", "{S} » Archives du blog » {H}"},
		{"S: H", "en de", "{S}: {H}"},
		{"H | S | tagline", "en enx", "{H} | {S} | Local news for the valley since 1887"},
		{"H - S - tagline", "en", "{H} - {S} - Local news for the valley since 1887"},
		{"H_channel_S", "zh", "{H}_国内新闻_{S}"},
		{"H_频道_S", "zh", "{H}_财经频道_{S}"},
		{"H-S网", "zh", "{H}-{S}网"},
		{"H_S_中国网", "zh", "{H}_新闻_{S}"},
		{"H_S——tagline", "zh", "{H}_{S}——国家重点新闻网站"},
		{"H：S", "ja", "{H}：{S}"},
		{"H｜S", "ja zh", "{H}｜{S}"},
		{"H (1/2) - S", "ja", "{H}（1/2） - {S}"},
		{"H : S 뉴스", "ko", "{H} : {S}"},
		{"H - S, date", "ru", "{H} - {S}, 16.05.2024"},
		{"H | Новости | S", "ru", "{H} | Новости | {S}"},
		{"H - Politik - S", "de", "{H} - Politik - {S}"},
		{"H | Noticias de X | S", "es", "{H} | Noticias de España | {S}"},
		{"H - S.com", "en", "{H} - valleygazette.com"},
		{"H | S.de", "de", "{H} | stadtblatt.de"},
		{"S.de: H", "de", "stadtblatt.de: {H}"},
		{"Politik: H - S", "de", "Lokales: {H} - {S}"},
		{"H • S", "en enx", "{H} • {S}"},
		{"S | Section | H", "en enx", "{S} | Local | {H}"},
		{"H | Section | S", "en enx", "{H} | Local | {S}"},
		{"H - Section - S", "en enx", "{H} - Local - {S}"},
		{"H – S – Section", "en", "{H} – {S} – Local"},
		{"S › H", "en enx", "{S} › {H}"},
		{"H « S", "en enx", "{H} « {S}"},
		{"S - Section: H", "en", "{S} - Local: {H}"},
		{"H | S (city)", "en", "{H} | {S} (Springfield)"},
		{"H * S", "en", "{H} * {S}"},
		{"H -- S", "en", "{H} -- {S}"},
		{"H < sec < 기사본문 - S", "ko", "{H} < 정치 < 기사본문 - {S}"},
		{"H - S (ko)", "ko", "{H} - {S}"},
		{"H : 네이버 뉴스", "ko", "{H} : 네이버 뉴스"},
		{"H（S） - Yahoo!ニュース", "jay", "{H}（谷新聞） - {S}"},
		{"H | ニュース | S", "ja", "{H} | ニュース | {S}"},
		{"H_S资讯_S", "zh", "{H}_{S}资讯_{S}"},
		{"H_新闻频道_S(cctv.com)", "zh", "{H}_新闻频道_{S}(jcnews.example.cn)"},
		{"H | by Author | S", "en enx", "{H} | by Jane Doe | {S}"},
		{"H - by Author - S", "en enx", "{H} - by Jane Doe - {S}"},
		{"H | by Author | Pub | Medium", "en enx", "{H} | by Jane Doe | {S} | Medium"},
		{"H - YouTube", "en", "{H} - YouTube"},
		{"S — H (tumblr)", "en", "{S} — {H}"},
		{"H | Section News | S", "en enx", "{H} | US News | {S}"},
		{"H - S - Page 2", "en enx", "{H} - {S} - Page 2"},
		{"H | tagesschau.de", "de", "{H} | stadtblatt.de"},
		{"H - Corriere.it", "es", "{H} - diariodelvalle.es"},
		{"H | S.com", "enx", "{H} | ValleyGazette.com"},
		{"Site Blog | H", "en", "{S} Blog | {H}"},
		{"H - Site Online", "de", "{H} - {S} Online"},
		{"H | Site e.V.", "de", "{H} | {S} e.V."},
		{"H » Site", "de", "{H} » {S}"},
		{"H | S, city", "en", "{H} | {S}, Springfield"},
		{"H | S | Springfield, IL", "en enx", "{H} | {S} | Springfield, IL"},
		{"H — S News", "en enx", "{H} — {S} News"},
		{"H - Lokales - S", "de", "{H} - Lokales - {S}"},
		{"H - Politique - S", "fr", "{H} - Politique - {S}"},
		{"H | Sociedad | S", "es", "{H} | Sociedad | {S}"},
		{"H - Общество - S", "ru", "{H} - Общество - {S}"},
		{"H | Новости S", "ru", "{H} | Новости {S}"},
		{"H :: S", "de", "{H} :: {S}"},
		{"S - Nachrichten - H", "de", "{S} - Nachrichten - {H}"},
		{"S_H", "zh", "{S}_{H}"},
		{"S--H", "zh", "{S}--{H}"},
		{"S-H", "zh", "{S}-{H}"},
		{"S｜H", "zh", "{S}｜{H}"},
		{"S - 频道 - H", "zh", "{S} - 国内新闻 - {H}"},
		{"S－频道－H", "zh", "{S}－国内新闻－{H}"},
		{"S_频道_H", "zh", "{S}_财经频道_{H}"},
		{"频道_H", "zh", "财经频道_{H}"},
		{"tag - H - S", "en enx", "python - {H} - {S}"},
		{"H--sec--S", "zh", "{H}--时政--{S}"},
		{"tag - H - S (c#)", "en enx", "c# - {H} - {S}"},
	}
	templates := []struct{ name, body string }{
		{"bare", `<div class="post">{B}</div>`},
		{"masthead", `<div id="header"><h1><a href="/">{S}</a></h1></div><div class="post">{B}</div>`},
		{"logo", `<h1 class="logo"><a href="/"><img src="/logo.png" alt="{S}"></a></h1><div class="post">{B}</div>`},
		{"copyright", `<div class="post">{B}</div><div id="footer">© 2024 {C}. All rights reserved.</div>`},
		{"titlediv", `<div id="header"><a href="/">{S}</a></div><div class="post"><div class="post-title">{H}</div>{B}</div>`},
	}
	for _, c := range convs {
		for _, sk := range strings.Fields(c.sites) {
			s := sites[sk]
			rep := strings.NewReplacer("{H}", s.head, "{S}", s.site, "{B}", s.body, "{C}", s.copy)
			title := rep.Replace(c.title)
			for _, tp := range templates {
				page := `<html lang="` + s.lang + `"><head><meta charset="utf-8"><title>` + title + `</title></head><body>` + rep.Replace(tp.body) + `</body></html>`
				if got, prov := extractTitle(t, page, "https://"+s.host+s.path); got != s.head {
					t.Errorf("Extract(%s, %s, %s).Title = %q (%s), want %q", c.name, sk, tp.name, got, prov, s.head)
				}
			}
		}
	}
}
