package extractor

import "testing"

// A Naver blog's <title> names the blog alone, which its header's <h1>
// links home as well, on the older PostView.naver?blogId= address; the
// post's own headline is in a block classed as one (SmartEditor ONE's
// se-title-text, SmartEditor 2's itemSubjectBoldfont and pcol1).
func TestTitleProbe82NaverBlogName(t *testing.T) {
	const (
		ko   = "봄철 미세먼지 줄이는 실내 환기 요령 다섯 가지"
		name = "김씨의 살림 이야기"
	)
	post := `<p>봄철에는 미세먼지 때문에 창문을 열기가 망설여집니다. 하지만 실내 공기도 환기를 하지 않으면 금방 탁해집니다.</p><p>오늘은 미세먼지가 심한 날에도 실내 공기를 깨끗하게 유지하는 환기 요령을 정리해 보았습니다.</p><p>첫째, 아침과 저녁보다는 대기가 안정된 낮 시간에 짧게 자주 환기하는 것이 좋습니다.</p>`
	one := `<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>` + ko + `</span></p></div>`
	two := `<div class="htitle" id="title_1"><span class="pcol1 itemSubjectBoldfont">` + ko + `</span></div>`
	for _, u := range []string{
		"https://blog.naver.example/kimlife/221430673006",
		"https://blog.naver.example/PostView.naver?blogId=kimlife&logNo=221430673006",
		"https://blog.naver.example/PostView.nhn?blogId=kimlife&logNo=221430673006",
	} {
		for _, home := range []string{"https://blog.naver.example/kimlife", "/kimlife"} {
			header := `<div id="header"><h1><a href="` + home + `">` + name + `</a></h1></div>`
			runTitleProbes46(t, []titleProbe46{
				{"one " + u + " " + home, u, `<title>` + name + `</title>`, header + `<div id="postViewArea">` + one + post + `</div>`, ko},
				{"two " + u + " " + home, u, `<title>` + name + `</title>`, header + `<div id="postViewArea">` + two + post + `</div>`, ko},
			})
		}
	}
	header := `<div id="header"><h1><a href="/kimlife">` + name + `</a></h1></div>`
	runTitleProbes46(t, []titleProbe46{
		{"no headline block", "https://blog.naver.example/kimlife/221430673006", `<title>` + name + `</title>`, header + `<div id="postViewArea">` + post + `</div>`, name},
		{"another blog's folder", "https://blog.naver.example/PostView.naver?blogId=parklife&logNo=221430673006", `<title>` + ko + `</title>`,
			header + `<div id="postViewArea">` + two + post + `</div>`, ko},
	})
}

// A <title> that opens with a section the menus name and ends with the
// site's name, which neither the host nor the page otherwise spells
// ("Sport - Headline - Valley Online"), as Persian and Arabic portals
// order it ("سیاسی - عنوان - دره آنلاین"): both go.
func TestTitleProbe82SectionFirst(t *testing.T) {
	const (
		en = "Council votes for the new tram line through the valley"
		fa = "شورای شهر به خط جدید تراموا در دره رأی داد"
		ar = "مجلس المدينة يصوت لصالح خط الترام الجديد عبر الوادي"
	)
	faBody := `<div class="article"><p>شورای شهر روز سه‌شنبه به تمدید خط تراموا به حومه‌های شمالی رأی داد و به یک دهه بحث درباره مسیر و هزینه آن برای بودجه شهر پایان داد.</p><p>قرار است کار روی بخش نخست از بهار آینده آغاز شود و شورا گفت اگر بودجه تأمین شود خط باید ظرف چهار سال نخستین مسافران خود را جابه‌جا کند.</p><p>مخالفان گفتند این پول بهتر است صرف اتوبوس‌هایی شود که می‌توانند به روستاهای دورافتاده بیشتری برسند.</p></div>`
	arBody := `<div class="article"><p>صوت مجلس المدينة يوم الثلاثاء على تمديد خط الترام إلى الضواحي الشمالية، منهيا عقدا من الجدل حول المسار وتكلفته على ميزانية المدينة.</p><p>ومن المقرر أن يبدأ العمل في القسم الأول في الربيع المقبل، وقال المجلس إن الخط يجب أن ينقل أول ركابه خلال أربع سنوات إذا استمر التمويل.</p><p>وقال المعارضون إن الأموال من الأفضل إنفاقها على الحافلات التي يمكن أن تصل إلى المزيد من القرى النائية.</p></div>`
	enMenu := `<ul class="menu"><li><a href="/sport">Sport</a></li><li><a href="/politics">Politics</a></li></ul>`
	faMenu := `<ul class="menu"><li><a href="/fa/politics">سیاسی</a></li><li><a href="/fa/economy">اقتصادی</a></li></ul>`
	arMenu := `<ul class="menu"><li><a href="/local">محليات</a></li><li><a href="/economy">اقتصاد</a></li></ul>`
	runTitleProbes46(t, []titleProbe46{
		{"english", "https://www.valleypost.example/news/12345", `<title>Sport - ` + en + ` - Valley Online</title>`, enMenu + probe46Body, en},
		{"persian", "https://www.darre.example/fa/news/12345", `<title>سیاسی - ` + fa + ` - دره آنلاین</title>`, faMenu + faBody, fa},
		{"arabic", "https://www.alwadi.example/news/12345", `<title>محليات - ` + ar + ` - بوابة الوادي</title>`, arMenu + arBody, ar},
		{"site's name first stays", "https://www.valleypost.example/news/12345", `<title>Valley Post - ` + en + ` - Part two</title>`,
			`<div id="logo"><a href="/">Valley Post</a></div>` + enMenu + probe46Body, en + " - Part two"},
		{"long tail stays", "https://www.valleypost.example/news/12345", `<title>Sport - Council votes for the tram - what the new line means for the valley's villages</title>`,
			enMenu + probe46Body, "Council votes for the tram - what the new line means for the valley's villages"},
	})
}

// A section the page's folder spells without its accents opens the
// <title> before the headline and the paper's name ("Gündem - Headline -
// Vadi Gazetesi" on /gundem/…), as Turkish and other portals write it.
func TestTitleProbe82FolderSection(t *testing.T) {
	const tr = "Belediye meclisi vadideki yeni tramvay hattı için oy verdi"
	runTitleProbes46(t, []titleProbe46{
		{"turkish", "https://vadi.example/gundem/tramvay-12345", `<title>Gündem - ` + tr + ` - Vadi Gazetesi</title>`, probe46Body, tr},
		{"turkish, pipe", "https://vadi.example/gundem/tramvay-12345", `<title>Gündem - ` + tr + ` | Vadi Gazetesi</title>`, probe46Body, tr},
		{"no folder stays", "https://vadi.example/haber/tramvay-12345", `<title>Gündem - ` + tr + ` - Vadi Gazetesi</title>`, probe46Body, "Gündem - " + tr},
	})
}

// Vietnamese news sites slug a section's name without its tones and
// marks ("Thời sự" in /thoi-su/) and open the <title> with it before the
// headline and the paper's name.
func TestTitleProbe82VietnameseFolder(t *testing.T) {
	const vi = "Hội đồng thành phố bỏ phiếu cho tuyến xe điện mới qua thung lũng"
	runTitleProbes46(t, []titleProbe46{
		{"section and paper", "https://thunglung.example/thoi-su/tram-123.html", `<title>Thời sự - ` + vi + ` - Báo Thung Lũng</title>`, probe46Body, vi},
		{"đ", "https://thunglung.example/doi-song/tram-123.html", `<title>Đời sống - ` + vi + ` - Báo Thung Lũng</title>`, probe46Body, vi},
		{"other folder stays", "https://thunglung.example/kinh-te/tram-123.html", `<title>Thời sự - ` + vi + ` - Báo Thung Lũng</title>`, probe46Body, "Thời sự - " + vi},
	})
}
