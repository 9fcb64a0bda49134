package extractor

import "testing"

// Probe pages of the sixty-seventh round (issue 13, item 3): bylines in
// the languages and credit lines the earlier probes do not cover
// (Korean, Japanese, Arabic, Russian, Turkish and Polish labels; Reuters'
// credit line with its editors and further reporters; agencies signing
// together; a Chinese wire dateline before its reporters without the
// bracket), on one news CMS's article page.

// probe67Para is a story's paragraph in the languages of the pages below.
var probe67Para = map[string]string{
	"en": "The council approved the plan for a new cycle path along the river last night. Work starts in September and will take about eight months, at an estimated cost of two million pounds.",
	"ko": "시의회는 어젯밤 강변을 따라 새로운 자전거 도로를 만드는 계획을 승인했다. 공사는 9월에 시작해 약 8개월이 걸리며 예상 비용은 20억 원이다. 주민들은 대체로 환영하는 분위기다.",
	"ja": "市議会は昨夜、川沿いに新しい自転車道を整備する計画を承認した。工事は九月に始まり、約八か月かかる見通しで、費用は約二億円と見積もられている。住民からは歓迎の声が上がった。",
	"ar": "وافق المجلس البلدي مساء أمس على خطة إنشاء مسار جديد للدراجات على طول النهر. وتبدأ الأعمال في سبتمبر وتستغرق نحو ثمانية أشهر بتكلفة تقديرية تبلغ مليوني دينار.",
	"ru": "Городской совет вчера вечером утвердил план строительства новой велодорожки вдоль реки. Работы начнутся в сентябре и продлятся около восьми месяцев, их стоимость оценивается в два миллиона рублей.",
	"tr": "Belediye meclisi dün akşam nehir boyunca yeni bir bisiklet yolu yapılması planını onayladı. Çalışmalar eylülde başlayacak ve yaklaşık sekiz ay sürecek, tahmini maliyeti iki milyon lira.",
	"pl": "Rada miasta zatwierdziła wczoraj wieczorem plan budowy nowej ścieżki rowerowej wzdłuż rzeki. Prace rozpoczną się we wrześniu i potrwają około ośmiu miesięcy, a ich koszt szacuje się na dwa miliony złotych.",
	"zh": "市议会昨晚批准了沿河修建新自行车道的计划。工程将于九月开工，预计耗时约八个月，估计费用为两千万元。当地居民普遍表示欢迎，认为这将改善出行环境。",
}

func probe67Story(lang string) string { return probeStory(probe67Para[lang]) }

// probe67News is a generic news CMS article page: the byline block under
// the headline, the story, an optional block after it.
func probe67News(lang, head, byline, lead, after string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Headline of the story - Daily Example</title>
<meta property="og:site_name" content="Daily Example">` + head + `</head>
<body class="article-page"><header class="site-header"><a class="logo" href="/">Daily Example</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main><article class="article"><header class="article-header"><h1 class="article-title">Headline of the story</h1>
<div class="article-byline">` + byline + `</div><time datetime="2024-05-06T09:00:00Z">2024-05-06</time></header>
<div class="article-body">` + lead + probe67Story(lang) + after + `</div></article></main>
<footer class="site-footer"><p>© 2024 Daily Example</p></footer></body></html>`
}

// probe67Case is one probe: the page's language, what its head, byline
// block, lead (before the story) and end (after it) hold, and the
// authors wanted.
type probe67Case struct{ name, lang, head, byline, lead, after, want string }

func checkProbe67(t *testing.T, cases []probe67Case) {
	t.Helper()
	const url = "https://daily.example/news/2024/05/06/council-approves-cycle-path-12345"
	for _, c := range cases {
		probe64Authors(t, c.name, probe67News(c.lang, c.head, c.byline, c.lead, c.after), url, c.want)
	}
}

// probe67LD is a JSON-LD NewsArticle with the given author.
func probe67LD(author string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline of the story","datePublished":"2024-05-06T09:00:00Z","author":` + author + `}</script>`
}

// Agencies that sign a story together ("By AP and Reuters", "By AFP,
// Reuters") are its authors, as one agency alone is; after a person's
// name an agency is the wire the piece draws on, and no author.
func TestAuthorProbe67AgenciesTogether(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"AP and Reuters", "en", "", `By AP and Reuters`, "", "", "AP; Reuters"},
		{"Reuters and AFP", "en", "", `By Reuters and AFP`, "", "", "Reuters; AFP"},
		{"AFP, Reuters", "en", "", `By AFP, Reuters`, "", "", "AFP; Reuters"},
		{"AP, Reuters and AFP", "en", "", `By AP, Reuters and AFP`, "", "", "AP; Reuters; AFP"},
		{"Jane and Reuters", "en", "", `By Jane Doe and Reuters`, "", "", "Jane Doe"},
		{"Reuters alone", "en", "", `By Reuters`, "", "", "Reuters"},
	})
}

// A Chinese wire or paper dateline may run on into its reporters without
// the bracket the agencies set them in: "新华社江州3月5日电 记者刘洋 王敏",
// "本报讯 记者 刘洋 通讯员 王敏", on a line of its own or before the story.
func TestAuthorProbe67ZhDatelineCredit(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"zh 新华社 unbracketed", "zh", "", ``, `<p>新华社江州3月5日电 记者刘洋 王敏</p>`, "", "刘洋; 王敏"},
		{"zh 新华社 unbracketed 2", "zh", "", ``, `<p>新华社江州3月5日电 记者刘洋 王敏 市议会昨晚批准了沿河修建新自行车道的计划。</p>`, "", "刘洋; 王敏"},
		{"zh 本报讯 通讯员", "zh", "", ``, `<p>本报讯 记者 刘洋 通讯员 王敏</p>`, "", "刘洋; 王敏"},
		{"zh 中新网 电 记者", "zh", "", ``, `<p>中新网5月16日电 记者 刘洋</p>`, "", "刘洋"},
		{"zh 电 题", "zh", "", ``, `<p>新华社江州3月5日电 题：江州河畔的新路</p><p>新华社记者 刘洋 王敏</p>`, "", "刘洋; 王敏"},
		{"zh 电 no credit", "zh", "", ``, `<p>新华社江州3月5日电 市议会昨晚批准了沿河修建新自行车道的计划。</p>`, "", ""},
		{"zh 新华社 paren", "zh", "", ``, `<p>新华社江州3月5日电（记者刘洋、王敏）市议会昨晚批准了计划。</p>`, "", "刘洋; 王敏"},
	})
}

// Reuters' credit line names where each reporter files from, up to the
// semicolon before the next credit: "(Reporting by John Roe in Paris;
// Writing by Jane Doe; Editing by Mary Major)" credits both writers.
func TestAuthorProbe67PlaceBeforeNextCredit(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"tail Writing by", "en", "", ``, "", `<p>(Reporting by John Roe in Paris; Writing by Jane Doe; Editing by Mary Major)</p>`, "John Roe; Jane Doe"},
	})
}

// A credit for other work after the writers' and a full stop or a
// semicolon ("By Jane Doe. Produced by John Roe", "…. Graphics by Mary
// Major", Reuters' "…; additional reporting by John Roe") names no
// author.
func TestAuthorProbe67OtherRoleCredit(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"Reuters Reporting by; Editing by", "en", "", ``, "", `<p class="credit">Reporting by Jane Doe in London; Additional reporting by John Roe in Paris; Editing by Mary Major</p>`, "Jane Doe"},
		{"Reuters Reporting by; Editing by 2", "en", "", ``, "", `<p>Reporting by Jane Doe; Editing by Mary Major and Peter Minor</p>`, "Jane Doe"},
		{"with additional reporting by", "en", "", `By Jane Doe`, "", `<p><i>With additional reporting by John Roe.</i></p>`, "Jane Doe"},
		{"tail Reuters credit", "en", "", `By Jane Doe`, "", `<p>(Reporting by John Roe; Editing by Mary Major)</p>`, "Jane Doe"},
		{"tail Reuters credit only", "en", "", ``, "", `<p>(Reporting by John Roe in Paris; Editing by Mary Major)</p>`, "John Roe"},
		{"additional lower case", "en", "", ``, "", `<p>Reporting by Jane Doe; additional reporting by John Roe and Mary Major; Editing by Peter Minor</p>`, "Jane Doe"},
		{"Produced by", "en", "", `By Jane Doe. Produced by John Roe`, "", "", "Jane Doe"},
		{"Graphics by", "en", "", `By Jane Doe and John Roe. Graphics by Mary Major`, "", "", "Jane Doe; John Roe"},
		{"Narrated by", "en", "", `By Jane Doe · Narrated by John Roe`, "", "", "Jane Doe"},
		{"Translated by", "en", "", `By Jane Doe · Translated by John Roe`, "", "", "Jane Doe"},
		{"Written by; Edited by", "en", "", `Written by Jane Doe; edited by John Roe`, "", "", "Jane Doe"},
	})
}

// Russian "Подготовила Анна Иванова", "Материал подготовил Иван Петров"
// (prepared by), and Ukrainian "Підготувала", label the writer under the
// headline.
func TestAuthorProbe67RussianPrepared(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"ru Материал подготовила", "ru", "", `Материал подготовила Анна Иванова`, "", "", "Анна Иванова"},
		{"ru Подготовила", "ru", "", `Подготовила Анна Иванова`, "", "", "Анна Иванова"},
		{"uk Підготувала", "ru", "", `Підготувала Олена Коваленко`, "", "", "Олена Коваленко"},
	})
}

// A Korean paper's name, or the dateline's city, with its reporter in
// brackets is the credit whole in a byline element too, as at the
// story's start ("[아시아경제 홍길동 기자]", "[워싱턴=홍길동 특파원]"), and
// the city before the name after an equals sign or a slash closes a
// story with the credit ("/워싱턴/홍길동 특파원 hong@…").
func TestAuthorProbe67KoreanBracketCredit(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"ko bracket place byline", "ko", "", `[워싱턴=홍길동 특파원]`, "", "", "홍길동"},
		{"ko bracket paper byline", "ko", "", `[아시아경제 홍길동 기자]`, "", "", "홍길동"},
		{"ko end bracket", "ko", "", ``, "", `<p>/워싱턴=홍길동 특파원 hong@daily.example</p>`, "홍길동"},
		{"ko 글 기자 end", "ko", "", ``, "", `<p>글=홍길동 기자</p>`, "홍길동"},
	})
}

// Japanese web media label their writer "ライター：" (writer) before the
// name, as "執筆者：" does: the label is no name.
func TestAuthorProbe67JapaneseWriterLabel(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"ja ライター", "ja", "", `ライター：山田太郎`, "", "", "山田太郎"},
		{"ja ライター link", "ja", "", `<div class="writer">ライター：<a href="/writer/yamada">山田 太郎</a></div>`, "", "", "山田 太郎"},
		{"ja ライター katakana name", "ja", "", `ライター：タナカ・ユキ`, "", "", "タナカ・ユキ"},
	})
}

// The paper after "of" and a lower-case "the" follows the writer's name
// as after "of The": "By Jane Doe of the Daily Example"; the paper's
// editors as a whole sign as the office of the paper, kept whole; one
// word after "the" is no paper ("Get Rid of the Fed", a handle).
func TestAuthorProbe67OfThePaper(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"of the paper", "en", "", `By Jane Doe of the Daily Example`, "", "", "Jane Doe"},
		{"of the agency", "en", "", `By Jane Doe of the Associated Press`, "", "", "Jane Doe"},
		{"two of the paper", "en", "", `By Jane Doe and John Roe of the Daily Example`, "", "", "Jane Doe; John Roe"},
		{"the editors of the paper", "en", "", `By The Editors of the Daily Example`, "", "", "The Editors of the Daily Example"},
		{"a handle's one word", "en", "", `Posted by: Get Rid of the Fed`, "", "", ""},
	})
}

// Bylines of layouts and languages outside the dev sets that the
// extractor already reads: a guard for the rules above and later ones.
func TestAuthorProbe67Layouts(t *testing.T) {
	checkProbe67(t, []probe67Case{
		{"Story by", "en", "", `Story by Jane Doe`, "", "", "Jane Doe"},
		{"Words by", "en", "", `Words by Jane Doe`, "", "", "Jane Doe"},
		{"Words by, Photography by", "en", "", `Words by Jane Doe · Photography by John Roe`, "", "", "Jane Doe"},
		{"JSON-LD person and org", "en", probe67LD(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Daily Example"}]`), ``, "", "", "Jane Doe"},
		{"JSON-LD two persons and org", "en", probe67LD(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"},{"@type":"Organization","name":"Reuters"}]`), ``, "", "", "Jane Doe; John Roe"},
		{"Contributors list", "en", "", `<div class="contributors"><span>Contributors:</span> <a href="/people/jane-doe">Jane Doe</a>, <a href="/people/john-roe">John Roe</a></div>`, "", "", "Jane Doe; John Roe"},
		{"Fact-checked by", "en", "", `By Jane Doe | Fact-checked by John Roe`, "", "", "Jane Doe"},
		{"Reviewed by", "en", "", `Written by Jane Doe · Medically reviewed by Dr. John Roe`, "", "", "Jane Doe"},
		{"ko name 기자", "ko", "", `홍길동 기자`, "", "", "홍길동"},
		{"ko name 기자 email", "ko", "", `홍길동 기자 hong@daily.example`, "", "", "홍길동"},
		{"ko end credit", "ko", "", ``, "", `<p>홍길동 기자 hong@daily.example</p>`, "홍길동"},
		{"ko two", "ko", "", `홍길동·김철수 기자`, "", "", "홍길동; 김철수"},
		{"ja 記者名", "ja", "", `<span class="author">山田太郎記者</span>`, "", "", "山田太郎"},
		{"ja 文：", "ja", "", `文：山田太郎`, "", "", "山田太郎"},
		{"ja 取材・文", "ja", "", `取材・文／山田太郎　写真／鈴木一郎`, "", "", "山田太郎"},
		{"ja 文と写真", "ja", "", `文・写真：山田太郎`, "", "", "山田太郎"},
		{"ar بقلم", "ar", "", `بقلم: أحمد علي`, "", "", "أحمد علي"},
		{"ar كتب", "ar", "", `كتب: أحمد علي`, "", "", "أحمد علي"},
		{"ar كتبت", "ar", "", `كتبت - فاطمة حسن`, "", "", "فاطمة حسن"},
		{"ru Автор", "ru", "", `Автор: Иван Петров`, "", "", "Иван Петров"},
		{"ru Текст", "ru", "", `Текст: Иван Петров`, "", "", "Иван Петров"},
		{"ru Текст Фото", "ru", "", `Текст: Иван Петров, фото: Пётр Сидоров`, "", "", "Иван Петров"},
		{"tr Haber", "tr", "", `Haber: Ahmet Yılmaz`, "", "", "Ahmet Yılmaz"},
		{"tr Haber Fotoğraf", "tr", "", `Haber: Ahmet Yılmaz - Fotoğraf: Mehmet Kaya`, "", "", "Ahmet Yılmaz"},
		{"pl Autor", "pl", "", `Autor: Jan Kowalski`, "", "", "Jan Kowalski"},
		{"pl Autorzy", "pl", "", `Autorzy: Jan Kowalski, Anna Nowak`, "", "", "Jan Kowalski; Anna Nowak"},
		{"ko yonhap", "ko", "", ``, `<p>(서울=연합뉴스) 홍길동 기자 = 시의회는 어젯밤 강변을 따라 새로운 자전거 도로를 만드는 계획을 승인했다.</p>`, "", "홍길동"},
		{"ko yonhap two", "ko", "", ``, `<p>(서울=연합뉴스) 홍길동 김철수 기자 = 시의회는 어젯밤 계획을 승인했다.</p>`, "", "홍길동; 김철수"},
		{"ko bracket paper", "ko", "", ``, `<p>[아시아경제 홍길동 기자] 시의회는 어젯밤 계획을 승인했다.</p>`, "", "홍길동"},
		{"ko bracket place", "ko", "", ``, `<p>[워싱턴=홍길동 특파원] 시의회는 어젯밤 계획을 승인했다.</p>`, "", "홍길동"},
		{"ko 기자 label", "ko", "", `<span class="name">홍길동</span> <span class="reporter">기자</span> <a href="mailto:hong@daily.example">hong@daily.example</a>`, "", "", "홍길동"},
		{"ja 共同", "ja", "", `<span class="byline">共同通信</span>`, "", "", "共同通信"},
		{"ja 【】", "ja", "", ``, `<p>【ワシントン＝山田太郎】市議会は昨夜、計画を承認した。</p>`, "", "山田太郎"},
		{"ru Автор link", "ru", "", `<div class="author">Автор: <a href="/authors/ivan-petrov/">Иван Петров</a></div>`, "", "", "Иван Петров"},
		{"ru Текст: Фото:", "ru", "", `<p>Текст: Иван Петров</p><p>Фото: Пётр Сидоров</p>`, "", "", "Иван Петров"},
		{"ru end credit", "ru", "", ``, "", `<p><b>Иван Петров</b></p>`, "Иван Петров"},
		{"pl Autor link", "pl", "", `<div class="author">Autor: <a href="/autor/jan-kowalski">Jan Kowalski</a></div>`, "", "", "Jan Kowalski"},
		{"pl Oprac", "pl", "", `Oprac. Jan Kowalski`, "", "", "Jan Kowalski"},
		{"tr Muhabir", "tr", "", `Muhabir: Ahmet Yılmaz`, "", "", "Ahmet Yılmaz"},
		{"tr Yazar", "tr", "", `Yazar: Ahmet Yılmaz`, "", "", "Ahmet Yılmaz"},
		{"ar كتب name link", "ar", "", `كتب <a href="/author/ahmed-ali">أحمد علي</a>`, "", "", "أحمد علي"},
		{"ar مراسل", "ar", "", `القاهرة - أحمد علي`, "", "", "أحمد علي"},
		{"JSON-LD array strings", "en", probe67LD(`["Jane Doe","John Roe"]`), ``, "", "", "Jane Doe; John Roe"},
		{"JSON-LD By in name", "en", probe67LD(`{"@type":"Person","name":"By Jane Doe"}`), ``, "", "", "Jane Doe"},
		{"JSON-LD names joined", "en", probe67LD(`{"@type":"Person","name":"Jane Doe and John Roe"}`), ``, "", "", "Jane Doe; John Roe"},
		{"JSON-LD org only + byline", "en", probe67LD(`{"@type":"Organization","name":"Daily Example"}`), `By Jane Doe`, "", "", "Jane Doe"},
		{"meta author two", "en", `<meta name="author" content="Jane Doe, John Roe">`, ``, "", "", "Jane Doe; John Roe"},
		{"meta article:author fb url", "en", `<meta property="article:author" content="https://www.facebook.com/janedoe">`, `By Jane Doe`, "", "", "Jane Doe"},
		{"meta author site + byline", "en", `<meta name="author" content="Daily Example">`, `By Jane Doe`, "", "", "Jane Doe"},
		{"By Updated", "en", "", `By Jane Doe Updated 3:45 PM EDT, Mon May 6, 2024`, "", "", "Jane Doe"},
		{"By, CNN", "en", "", `By Jane Doe, CNN`, "", "", "Jane Doe"},
		{"two, paper", "en", "", `By Jane Doe and John Roe, The New York Times`, "", "", "Jane Doe; John Roe"},
		{"As told to", "en", "", `As told to Jane Doe`, "", "", "Jane Doe"},
		{"Compiled by", "en", "", `Compiled by Jane Doe`, "", "", "Jane Doe"},
		{"Illustrations by alone", "en", "", `Illustrations by John Roe`, "", "", ""},
		{"Video by alone", "en", "", `Video by John Roe`, "", "", ""},
		{"Edited by alone", "en", "", `Edited by John Roe`, "", "", ""},
		{"By and Contributor", "en", "", `By Jane Doe, Contributor`, "", "", "Jane Doe"},
		{"Author colon", "en", "", `Author: Jane Doe`, "", "", "Jane Doe"},
		{"Authors colon", "en", "", `Authors: Jane Doe, John Roe`, "", "", "Jane Doe; John Roe"},
		{"Reporter colon", "en", "", `Reporter: Jane Doe`, "", "", "Jane Doe"},
		{"Reporting and Writing", "en", "", `Reporting by Jane Doe; Writing by John Roe; Editing by Mary Major`, "", "", "Jane Doe; John Roe"},
		{"Press Release", "en", "", `Press Release`, "", "", ""},
		{"From staff reports", "en", "", `From staff reports`, "", "", ""},
		{"Staff Report", "en", "", `By Staff Report`, "", "", ""},
		{"ja end paren", "ja", "", ``, "", `<p>（山田太郎）</p>`, "山田太郎"},
		{"ja 文・写真 slash", "ja", "", `文／山田太郎（ライター）`, "", "", "山田太郎"},
		{"ja 執筆者", "ja", "", `執筆者：山田太郎`, "", "", "山田太郎"},
		{"ja 著者", "ja", "", `著者：山田 太郎`, "", "", "山田 太郎"},
		{"ko 글 사진", "ko", "", `글 홍길동 / 사진 김철수`, "", "", "홍길동"},
		{"ko 편집", "ko", "", `홍길동 기자`, "", `<p>편집 김철수</p>`, "홍길동"},
		{"ar بقلم slash", "ar", "", `بقلم/ أحمد علي`, "", "", "أحمد علي"},
		{"ar الكاتب", "ar", "", `الكاتب: أحمد علي`, "", "", "أحمد علي"},
		{"ar تحرير", "ar", "", `كتب: أحمد علي`, "", `<p>تحرير: محمد سعيد</p>`, "أحمد علي"},
		{"ru Автор Редактор", "ru", "", `Автор: Иван Петров. Редактор: Пётр Сидоров`, "", "", "Иван Петров"},
		{"ru Фото only", "ru", "", `Фото: Пётр Сидоров`, "", "", ""},
		{"tr Yazan", "tr", "", `Yazan: Ahmet Yılmaz`, "", "", "Ahmet Yılmaz"},
		{"tr Muhabir İstanbul", "tr", "", `Ahmet Yılmaz / İstanbul`, "", "", "Ahmet Yılmaz"},
		{"tr Editör only", "tr", "", `Editör: Mehmet Kaya`, "", "", ""},
		{"pl Autor PAP", "pl", "", `Autor: Jan Kowalski, PAP`, "", "", "Jan Kowalski"},
		{"pl oprac slash", "pl", "", `oprac. Jan Kowalski/PAP`, "", "", "Jan Kowalski"},
		{"pl Źródło", "pl", "", `Źródło: PAP`, "", "", ""},
		{"pl Źródło and Autor", "pl", "", `Autor: Jan Kowalski | Źródło: PAP`, "", "", "Jan Kowalski"},
		{"ru Автор tail", "ru", "", ``, "", `<p>Автор: Иван Петров</p>`, "Иван Петров"},
		{"pl Napisał", "pl", "", `Napisał: Jan Kowalski`, "", "", "Jan Kowalski"},
		{"contributed to this report", "en", "", `By Jane Doe`, "", `<p><em>Associated Press writer John Roe in Paris contributed to this report.</em></p>`, "Jane Doe"},
		{"contributed only", "en", "", ``, "", `<p><em>John Roe contributed to this report.</em></p>`, ""},
		{"caption credit", "en", "", `By Jane Doe`, `<figure><img src="/p.jpg"><figcaption>The river path. Photo by John Roe / Daily Example</figcaption></figure>`, "", "Jane Doe"},
		{"caption credit only", "en", "", ``, `<figure><img src="/p.jpg"><figcaption>The river path. Photo by John Roe</figcaption></figure>`, "", ""},
		{"address rel author", "en", "", `<address class="author">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></address>`, "", "", "Jane Doe"},
		{"span By + link", "en", "", `<span class="by">By</span> <a href="/staff/jane-doe">Jane Doe</a>, <span class="role">Senior Reporter</span>`, "", "", "Jane Doe"},
		{"Guest Opinion tagline", "en", "", `By Jane Doe`, "", `<p><i>Jane Doe is the mayor of Riverside. John Roe contributed research.</i></p>`, "Jane Doe"},
		{"By month abbrev", "en", "", `By Jane Doe Sept. 5, 2024`, "", "", "Jane Doe"},
		{"By Name and Org", "en", "", `By Jane Doe, Reuters and John Roe, Bloomberg`, "", "", "Jane Doe; John Roe"},
		{"By Name for org", "en", "", `By Jane Doe for Daily Example`, "", "", "Jane Doe"},
		{"By name section", "en", "", `By Jane Doe in Politics`, "", "", "Jane Doe"},
		{"three and Oxford", "en", "", `By Jane Doe, John Roe, and Mary Major`, "", "", "Jane Doe; John Roe; Mary Major"},
		{"Sponsored by", "en", "", `Sponsored by Acme Corp`, "", "", ""},
		{"Presented by", "en", "", `Presented by Acme Corp`, "", "", ""},
		{"zh 文/图", "zh", "", `文/图 刘洋`, "", "", "刘洋"},
		{"zh 撰文", "zh", "", `撰文：刘洋 摄影：王敏`, "", "", "刘洋"},
		{"zh 责任编辑 only", "zh", "", ``, "", `<p>责任编辑：王敏</p>`, ""},
		{"zh 作者 and 责任编辑", "zh", "", `作者：刘洋`, "", `<p>责任编辑：王敏</p>`, "刘洋"},
		{"ko paren yonhap byline", "ko", "", `(서울=연합뉴스) 홍길동 기자`, "", "", "홍길동"},
		{"ko two dot end", "ko", "", ``, "", `<p>홍길동·김철수 기자</p>`, "홍길동; 김철수"},
		{"ko 인턴기자", "ko", "", `홍길동 인턴기자`, "", "", "홍길동"},
		{"ko 기자 link", "ko", "", `<a href="/reporter/123">홍길동 기자</a>`, "", "", "홍길동"},
		{"ko newsis", "ko", "", ``, `<p>[서울=뉴시스]홍길동 기자 = 시의회는 어젯밤 계획을 승인했다.</p>`, "", "홍길동"},
		{"ko 뉴스1", "ko", "", ``, `<p>(서울=뉴스1) 홍길동 기자 = 시의회는 어젯밤 계획을 승인했다.</p>`, "", "홍길동"},
		{"ja byline 記者", "ja", "", `山田 太郎 記者`, "", "", "山田 太郎"},
		{"ja 文 spaced", "ja", "", `文／山田 太郎`, "", "", "山田 太郎"},
		{"ja 執筆", "ja", "", `執筆：山田太郎`, "", "", "山田太郎"},
		{"ja 執筆者 link", "ja", "", `<div class="author">執筆者：<a href="/writer/yamada">山田太郎</a></div>`, "", "", "山田太郎"},
	})
}
