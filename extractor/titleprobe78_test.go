package extractor

import "testing"

// probe78TitleBodyRu, probe78TitleBodyAr, probe78TitleBodyHi,
// probe78TitleBodyTh and probe78TitleBodyJa are a story's text in
// Russian, Arabic, Hindi, Thai and Japanese, long enough to be the
// page's body.
const (
	probe78TitleBodyRu = `<p>Правительство во вторник объявило о выделении четырёхсот миллионов на строительство новых очистных сооружений в течение следующего десятилетия, это крупнейшие вложения в сеть с тех пор, как после войны были построены водохранилища.</p>
<p>Первая станция откроется на севере области через два года, а тарифы, по словам властей, будут расти не быстрее инфляции, пока идут работы; общества потребителей обещали за этим следить.</p>
<p>Представители фермеров приветствовали план, но попросили сначала расчистить дренажные каналы вдоль реки.</p>`
	probe78TitleBodyAr = `<p>أعلنت الحكومة يوم الثلاثاء أنها ستنفق أربعمائة مليون على محطات معالجة جديدة خلال العقد المقبل، وهو أكبر استثمار في الشبكة منذ بناء الخزانات بعد الحرب، وقالت إن الأعمال ستبدأ في الربيع.</p>
<p>ومن المقرر أن تفتح المحطة الأولى في شمال المحافظة خلال عامين، وقالت الهيئة إن الفواتير لن ترتفع بأكثر من التضخم أثناء سير العمل، وهو وعد قالت جمعيات المستهلكين إنها ستراقبه.</p>
<p>ورحب ممثلو المزارعين بالخطة لكنهم طلبوا تنظيف قنوات الصرف على طول النهر أولا.</p>`
	probe78TitleBodyHi = `<p>सरकार ने मंगलवार को कहा कि वह अगले दस वर्षों में नए जल शोधन संयंत्रों पर चार सौ करोड़ रुपये खर्च करेगी, जो युद्ध के बाद जलाशयों के निर्माण के बाद से नेटवर्क में सबसे बड़ा निवेश है और काम वसंत में शुरू होगा।</p>
<p>पहला संयंत्र दो साल में जिले के उत्तर में खुलेगा, और बोर्ड ने कहा कि काम के दौरान बिल महंगाई से अधिक नहीं बढ़ेंगे, उपभोक्ता समूहों ने कहा कि वे इस वादे पर नजर रखेंगे।</p>
<p>किसानों के प्रतिनिधियों ने योजना का स्वागत किया लेकिन पहले नदी के किनारे की नहरों की सफाई की मांग की।</p>`
	probe78TitleBodyTh = `<p>รัฐบาลประกาศเมื่อวันอังคารว่าจะใช้เงินสี่ร้อยล้านบาทสำหรับโรงบำบัดน้ำแห่งใหม่ในทศวรรษหน้า ซึ่งเป็นการลงทุนครั้งใหญ่ที่สุดในเครือข่ายนับตั้งแต่มีการสร้างอ่างเก็บน้ำหลังสงคราม และงานจะเริ่มในฤดูใบไม้ผลิ</p>
<p>โรงงานแห่งแรกมีกำหนดเปิดทางตอนเหนือของจังหวัดในอีกสองปี และหน่วยงานกล่าวว่าค่าน้ำจะไม่เพิ่มขึ้นเกินอัตราเงินเฟ้อระหว่างการก่อสร้าง ซึ่งกลุ่มผู้บริโภคกล่าวว่าจะติดตามคำสัญญานี้</p>
<p>ตัวแทนเกษตรกรยินดีกับแผนดังกล่าวแต่ขอให้ขุดลอกคลองระบายน้ำริมแม่น้ำก่อน</p>`
	probe78TitleBodyJa = `<p>市の水道局は火曜日、今後十年間で新しい浄水場に四百億円を投じると発表した。戦後に貯水池が建設されて以来、最大の投資となる。工事は春に始まる予定だ。</p>
<p>最初の浄水場は二年後に市の北部で開業する予定で、水道局は工事の間、料金の値上げを物価上昇の範囲内にとどめると約束した。消費者団体はこの約束を見守るとしている。</p>
<p>農家の代表は計画を歓迎しつつも、まず川沿いの排水路を整備するよう求めた。水道局は計画がまとまり次第、検討すると答えた。</p>`
)

// News sites in scripts other than the Latin one, with no og:title, no
// JSON-LD and no heading, decorate the <title> as Latin ones do: the
// site's name after the headline, a section or the day's date between
// them, and Arabic templates wrap each segment in right-to-left marks.
// The marks print nothing and go; a section's name of one word in a
// script without capitals goes as a capitalised one does ("Headline -
// World - Site"), and so does a date in any language the date reader
// knows.
func TestTitleProbe78NativeDecor(t *testing.T) {
	const ar = "الحكومة تنفق 400 مليون على محطات المياه"
	const ru = "Власти выделят 400 млн на очистные сооружения"
	const hi = "सरकार जल संयंत्रों पर 400 करोड़ खर्च करेगी"
	const th = "รัฐบาลทุ่ม 400 ล้าน สร้างโรงบำบัดน้ำ ทั่วประเทศ"
	runTitleProbes46(t, []titleProbe46{
		{"arabic, right-to-left marks", "https://www.youm7.example/story/2024/3/12/6512345", "<title>\u200f" + ar + "\u200f - \u200fاليوم السابع</title>",
			`<div class="article">` + probe78TitleBodyAr + `</div>`, ar},
		{"arabic, left-to-right marks and an isolate", "https://www.youm7.example/story/2024/3/12/6512345", "<title>\u200e\u2067" + ar + "\u2069 | صحيفة الرياض</title>",
			`<div class="article">` + probe78TitleBodyAr + `</div>`, ar},
		{"arabic section between headline and site", "https://www.alkhaleej.example/2024-03-12/1.123", `<title>` + ar + ` - اقتصاد - الخليج</title>`,
			`<div class="article">` + probe78TitleBodyAr + `</div>`, ar},
		{"hindi section between headline and site", "https://www.hindi.example/national/story-9512345.html", `<title>` + hi + ` - खेल - हिंदी समाचार</title>`,
			`<div class="story">` + probe78TitleBodyHi + `</div>`, hi},
		{"thai section between headline and site", "https://www.thai.example/news/local/2771234", `<title>` + th + ` - กีฬา - ไทยรัฐออนไลน์</title>`,
			`<div class="story">` + probe78TitleBodyTh + `</div>`, th},
		{"russian date between headline and site", "https://www.fontanka.example/2024/03/12/7312345/", `<title>` + ru + ` - 12 марта 2024 - Фонтанка.Ру</title>`,
			`<div class="article">` + probe78TitleBodyRu + `</div>`, ru},
		{"russian site only", "https://www.rbc.example/economics/12/03/2024/65f0a1b29a7947", `<title>` + ru + ` — РБК</title>`,
			`<div class="article__text">` + probe78TitleBodyRu + `</div>`, ru},
		{"arabic two-word subtitle stays", "https://www.alkhaleej.example/2024-03-12/1.123", `<title>` + ar + ` - بالأرقام والتفاصيل الكاملة للخطة</title>`,
			`<div class="article">` + probe78TitleBodyAr + `</div>`, ar + ` - بالأرقام والتفاصيل الكاملة للخطة`},
	})
}

// Japanese blog hosts (FC2, Seesaa, livedoor's older skins) join the
// entry's title and the blog's name with a single space in the <title>,
// in either order ("記事タイトル ブログ名", "ブログ名 記事タイトル"): where
// a heading of the entry shows one side whole, the title is cut there,
// and where both sides are headings, the one the masthead links home
// with is the blog's name.
func TestTitleProbe78JapaneseSpace(t *testing.T) {
	const h = "浄水場に四百億円"
	const u = "https://valleynotes.blog.fc2.example/blog-entry-123.html"
	entry := func(tag string) string {
		return `<div class="entry"><` + tag + ` class="entry_header">` + h + `</` + tag + `><div class="entry_body">` + probe78TitleBodyJa + `</div></div>`
	}
	masthead := `<div id="header"><h1><a href="https://valleynotes.blog.fc2.example/">谷のノート</a></h1></div>`
	runTitleProbes46(t, []titleProbe46{
		{"title then blog, h2", u, `<title>` + h + ` 谷のノート</title>`, entry("h2"), h},
		{"blog then title, h3", u, `<title>谷のノート ` + h + `</title>`, entry("h3"), h},
		{"title then blog, masthead h1", u, `<title>` + h + ` 谷のノート</title>`, masthead + entry("h2"), h},
		{"blog then title, masthead h1", u, `<title>谷のノート ` + h + `</title>`, masthead + entry("h2"), h},
		{"no heading shows a side", u, `<title>` + h + ` 谷のノート</title>`, `<div class="entry_body">` + probe78TitleBodyJa + `</div>`, h + " 谷のノート"},
	})
}

// An older blog's "블로그명 : 제목" <title> names the blog before the
// post's title where the page shows the name only unlinked, as a line
// of its header or of the writer's profile box: that line names the
// site, and the <title> is cut after it. A label the page shows nowhere
// alone, or only in the post's own text, stays.
func TestTitleProbe78ProfileName(t *testing.T) {
	const h = "정수장 건설에 4천억 투자"
	const u = "https://blog.naver.example/valleynotes/223412345678"
	const title = `<title>골짜기 이야기 : ` + h + `</title>`
	post := `<div class="post-view">` + probe77TitleBodyKo + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"header caption", u, title, `<div id="blog-header"><p class="caption">골짜기 이야기</p></div>` + post, h},
		{"profile nick", u, title, `<div class="profile"><div class="thumb"></div><div class="nick">골짜기 이야기</div></div>` + post, h},
		{"header element", u, title, `<header><div class="title"><span>골짜기 이야기</span></div></header>` + post, h},
		{"shown nowhere alone", u, title, post, "골짜기 이야기 : " + h},
		{"shown only in the post", u, title, `<article><p>골짜기 이야기</p>` + probe77TitleBodyKo + `</article>`, "골짜기 이야기 : " + h},
	})
}
