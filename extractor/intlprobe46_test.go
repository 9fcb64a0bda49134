package extractor

import (
	"strings"
	"testing"
)

// intlStory is one news story in one language: the headline, the
// paragraphs, and the words of the furniture a news site of that language
// sets around it (its related and most-read rails, its share bar, its
// cookie notice).
type intlStory struct {
	lang, dir, title  string
	paras             []string
	relHead, mostHead string
	rel, most         []string // headlines of other stories
	share, cookie     string
}

// furniture are the strings of the story's rails and cookie notice: none
// belongs to the body.
func (s intlStory) furniture() []string {
	return append(append(append([]string{}, s.rel...), s.most...), s.cookie)
}

// list is a rail: a heading and links to other stories.
func (s intlStory) list(class, head string, items []string) string {
	var b strings.Builder
	b.WriteString(`<section class="` + class + `"><h2>` + head + `</h2><ul>`)
	for i, it := range items {
		b.WriteString(`<li><a href="/news/other-` + class + "-" + string(rune('a'+i)) + `.html">` + it + `</a></li>`)
	}
	return b.String() + `</ul></section>`
}

func (s intlStory) related() string  { return s.list("related", s.relHead, s.rel) }
func (s intlStory) mostRead() string { return s.list("most-read", s.mostHead, s.most) }

// shareBar is a row of share buttons under the share label.
func (s intlStory) shareBar() string {
	return `<div class="share-bar"><span>` + s.share + `</span><a class="share-fb" href="#">Facebook</a><a class="share-x" href="#">X</a><a class="share-tg" href="#">Telegram</a><a class="share-wa" href="#">WhatsApp</a></div>`
}

// paraRange wraps paragraphs i..j-1 each in open and close.
func (s intlStory) paraRange(open, close string, i, j int) string {
	var b strings.Builder
	for _, p := range s.paras[i:j] {
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

// page lays the story out as a news site does: the head (title with the
// site's name after sep, og:title likewise, extra metas), the cookie
// notice, the masthead, main (the article), the most-read rail and a
// footer.
func (s intlStory) page(site, sep, extra, main string) string {
	dir := ""
	if s.dir != "" {
		dir = ` dir="` + s.dir + `"`
	}
	t := s.title + sep + site
	return `<!DOCTYPE html><html lang="` + s.lang + `"` + dir + `><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>` + t + `</title><meta property="og:title" content="` + t + `"><meta property="og:type" content="article"><meta property="og:site_name" content="` + site + `">` + extra + `</head><body>` +
		`<div id="cookie-consent" class="cookie-banner"><p>` + s.cookie + `</p><button>OK</button></div>` +
		`<header class="site-header"><a class="logo" href="/">` + site + `</a><nav><ul><li><a href="/politics/">` + s.relHead + `</a></li><li><a href="/world/">` + s.mostHead + `</a></li></ul></nav></header>` +
		main + `<aside class="sidebar">` + s.mostRead() + `</aside><footer class="site-footer"><p>© 2024 ` + site + `</p></footer></body></html>`
}

// intlCase is a probe page with its story.
func intlCase(name, url, page string, s intlStory, authors, published string) newsProbeCase {
	return newsProbeCase{name, url, page, s.title, authors, published, "-", s.paras, s.furniture()}
}

var (
	intlRU = intlStory{lang: "ru", title: "Городской мост закроют на ремонт на полгода",
		paras: []string{
			"Городской мост через реку закроют для движения транспорта на шесть месяцев с начала апреля, сообщили в мэрии в понедельник. Инженеры заменят тросы, которые держат центральный пролёт.",
			"Осенью инспекторы обнаружили, что вода проникла внутрь нескольких тросов, а два из них потеряли больше прочности, чем допускает проект.",
			"Автобусы пустят в объезд по набережной, что добавит к большинству поездок около двадцати минут. В часы пик будет ходить дополнительный паром.",
			"Публичные слушания по схеме объезда пройдут на следующей неделе, а полный график работ мэрия обещает опубликовать до начала закрытия.",
		},
		relHead: "Читайте также", mostHead: "Самое читаемое",
		rel:   []string{"В центре города открыли новую станцию метро", "Цены на проезд в автобусах вырастут с мая"},
		most:  []string{"Синоптики пообещали снегопад в выходные", "В зоопарке родились два детёныша выдры"},
		share: "Поделиться", cookie: "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с политикой конфиденциальности."}

	intlUK = intlStory{lang: "uk", title: "Міський міст закриють на ремонт на пів року",
		paras: []string{
			"Міський міст через річку закриють для руху транспорту на шість місяців з початку квітня, повідомили в міській раді в понеділок. Інженери замінять троси, що тримають центральний проліт.",
			"Восени інспектори виявили, що вода потрапила всередину кількох тросів, а два з них втратили більше міцності, ніж дозволяє проєкт.",
			"Автобуси пустять в об'їзд набережною, що додасть до більшості поїздок близько двадцяти хвилин. У години пік курсуватиме додатковий пором.",
			"Громадські слухання щодо схеми об'їзду відбудуться наступного тижня, а повний графік робіт міська рада обіцяє оприлюднити до початку закриття.",
		},
		relHead: "Читайте також", mostHead: "Найпопулярніше",
		rel:   []string{"У центрі міста відкрили нову станцію метро", "Ціни на проїзд в автобусах зростуть з травня"},
		most:  []string{"Синоптики пообіцяли снігопад на вихідних", "У зоопарку народилися два дитинчата видри"},
		share: "Поділитися", cookie: "Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи перегляд, ви погоджуєтеся з політикою конфіденційності."}

	intlAR = intlStory{lang: "ar", dir: "rtl", title: "إغلاق جسر المدينة ستة أشهر لإصلاح الكابلات",
		paras: []string{
			"أعلنت بلدية المدينة يوم الاثنين أن الجسر الرئيسي فوق النهر سيغلق أمام حركة المرور لمدة ستة أشهر اعتبارا من بداية أبريل، حيث سيستبدل المهندسون الكابلات التي تحمل الجزء الأوسط منه.",
			"وكان المفتشون قد اكتشفوا في الخريف الماضي أن المياه تسربت إلى داخل عدد من الكابلات، وأن اثنين منها فقدا من قوتهما أكثر مما يسمح به التصميم الأصلي.",
			"وستحول الحافلات إلى طريق الكورنيش، وهو ما يضيف نحو عشرين دقيقة إلى معظم الرحلات، كما ستعمل عبارة إضافية كل ربع ساعة في أوقات الذروة.",
			"وتعقد البلدية الأسبوع المقبل جلسة استماع عامة بشأن التحويلات المرورية، وقالت إنها ستنشر جدولا كاملا للأعمال قبل بدء الإغلاق.",
		},
		relHead: "اقرأ أيضا", mostHead: "الأكثر قراءة",
		rel:   []string{"افتتاح محطة مترو جديدة في وسط المدينة", "ارتفاع أسعار تذاكر الحافلات اعتبارا من مايو"},
		most:  []string{"الأرصاد تتوقع أمطارا غزيرة نهاية الأسبوع", "ولادة صغيري قضاعة في حديقة الحيوان"},
		share: "شارك", cookie: "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية."}

	intlFA = intlStory{lang: "fa", dir: "rtl", title: "پل شهر برای تعمیر کابل‌ها شش ماه بسته می‌شود",
		paras: []string{
			"شهرداری روز دوشنبه اعلام کرد که پل اصلی شهر از ابتدای فروردین به مدت شش ماه به روی خودروها بسته می‌شود تا مهندسان کابل‌های نگهدارنده دهانه میانی را تعویض کنند.",
			"بازرسان پاییز گذشته دریافتند که آب به درون چند کابل نفوذ کرده و دو کابل بیش از حد مجاز طراحی استحکام خود را از دست داده‌اند.",
			"اتوبوس‌ها از مسیر ساحلی عبور خواهند کرد که حدود بیست دقیقه به بیشتر سفرها اضافه می‌کند و در ساعات اوج یک کشتی اضافی هر ربع ساعت حرکت خواهد کرد.",
			"جلسه عمومی درباره مسیرهای جایگزین هفته آینده برگزار می‌شود و شهرداری گفته است برنامه کامل کار را پیش از بسته شدن پل منتشر خواهد کرد.",
		},
		relHead: "اخبار مرتبط", mostHead: "پربازدیدترین‌ها",
		rel:   []string{"ایستگاه جدید مترو در مرکز شهر افتتاح شد", "کرایه اتوبوس‌ها از اردیبهشت افزایش می‌یابد"},
		most:  []string{"پیش‌بینی بارش برف در آخر هفته", "تولد دو توله سمور در باغ وحش"},
		share: "اشتراک‌گذاری", cookie: "این سایت برای بهبود تجربه شما از کوکی استفاده می‌کند. با ادامه استفاده از سایت، سیاست حفظ حریم خصوصی را می‌پذیرید."}

	intlTR = intlStory{lang: "tr", title: "Şehir köprüsü kablo onarımı için altı ay kapanıyor",
		paras: []string{
			"Belediye pazartesi günü yaptığı açıklamada, nehir üzerindeki ana köprünün nisan başından itibaren altı ay boyunca trafiğe kapatılacağını ve mühendislerin orta açıklığı taşıyan kabloları değiştireceğini duyurdu.",
			"Müfettişler geçen sonbaharda birkaç kablonun içine su sızdığını ve bunlardan ikisinin tasarımın izin verdiğinden daha fazla dayanım kaybettiğini tespit etmişti.",
			"Otobüsler sahil yoluna yönlendirilecek, bu da yolculukların çoğuna yaklaşık yirmi dakika ekleyecek; yoğun saatlerde her çeyrek saatte bir ek vapur seferi yapılacak.",
			"Güzergah değişiklikleriyle ilgili halka açık toplantı gelecek hafta yapılacak ve belediye, kapanıştan önce çalışmaların tam takvimini yayımlayacağını söyledi.",
		},
		relHead: "İlgili Haberler", mostHead: "En Çok Okunanlar",
		rel:   []string{"Şehir merkezinde yeni metro istasyonu açıldı", "Otobüs biletlerine mayıs ayında zam geliyor"},
		most:  []string{"Meteoroloji hafta sonu için kar uyarısı yaptı", "Hayvanat bahçesinde iki su samuru yavrusu doğdu"},
		share: "Paylaş", cookie: "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz."}

	intlID = intlStory{lang: "id", title: "Jembatan kota ditutup enam bulan untuk perbaikan kabel",
		paras: []string{
			"Pemerintah kota mengumumkan pada Senin bahwa jembatan utama di atas sungai akan ditutup bagi kendaraan selama enam bulan mulai awal April, karena para insinyur akan mengganti kabel penopang bentang tengahnya.",
			"Para pemeriksa menemukan pada musim hujan lalu bahwa air telah masuk ke dalam beberapa kabel, dan dua di antaranya kehilangan kekuatan melebihi batas yang diizinkan dalam desain.",
			"Bus akan dialihkan melalui jalan tepi pantai yang menambah sekitar dua puluh menit pada sebagian besar perjalanan, dan kapal feri tambahan akan beroperasi setiap lima belas menit pada jam sibuk.",
			"Pertemuan publik mengenai pengalihan arus lalu lintas dijadwalkan pekan depan, dan pemerintah kota berjanji menerbitkan jadwal lengkap pekerjaan sebelum penutupan dimulai.",
		},
		relHead: "Baca Juga", mostHead: "Terpopuler",
		rel:   []string{"Stasiun MRT baru dibuka di pusat kota", "Tarif bus naik mulai bulan Mei"},
		most:  []string{"BMKG prakirakan hujan lebat akhir pekan", "Dua anak berang-berang lahir di kebun binatang"},
		share: "Bagikan", cookie: "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami."}

	intlVI = intlStory{lang: "vi", title: "Cầu trung tâm thành phố đóng cửa sáu tháng để sửa cáp",
		paras: []string{
			"Ủy ban nhân dân thành phố cho biết hôm thứ Hai rằng cây cầu chính bắc qua sông sẽ cấm xe lưu thông trong sáu tháng kể từ đầu tháng Tư để các kỹ sư thay thế những sợi cáp đỡ nhịp giữa.",
			"Mùa thu năm ngoái, các thanh tra phát hiện nước đã ngấm vào bên trong một số sợi cáp, và hai sợi trong số đó bị suy giảm độ bền vượt mức cho phép của thiết kế.",
			"Xe buýt sẽ được chuyển hướng qua đường ven biển, khiến hầu hết các chuyến đi dài thêm khoảng hai mươi phút, đồng thời một chuyến phà bổ sung sẽ chạy mười lăm phút một lần vào giờ cao điểm.",
			"Một buổi họp lấy ý kiến người dân về phương án phân luồng sẽ diễn ra vào tuần tới, và thành phố hứa sẽ công bố lịch thi công đầy đủ trước khi cầu đóng cửa.",
		},
		relHead: "Tin liên quan", mostHead: "Đọc nhiều",
		rel:   []string{"Ga tàu điện mới khai trương ở trung tâm", "Giá vé xe buýt tăng từ tháng Năm"},
		most:  []string{"Dự báo mưa lớn vào cuối tuần", "Hai chú rái cá con chào đời ở thảo cầm viên"},
		share: "Chia sẻ", cookie: "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách bảo mật."}

	intlHI = intlStory{lang: "hi", title: "शहर का पुल केबल मरम्मत के लिए छह महीने बंद रहेगा",
		paras: []string{
			"नगर निगम ने सोमवार को बताया कि नदी पर बना मुख्य पुल अप्रैल की शुरुआत से छह महीने तक वाहनों के लिए बंद रहेगा, क्योंकि इंजीनियर बीच के हिस्से को थामने वाली केबल बदलेंगे।",
			"पिछले साल निरीक्षकों ने पाया था कि कई केबलों के अंदर पानी पहुंच गया है और उनमें से दो की मजबूती डिजाइन की तय सीमा से ज्यादा घट गई है।",
			"बसों को तटीय सड़क से घुमाकर भेजा जाएगा, जिससे ज्यादातर यात्राओं में करीब बीस मिनट जुड़ जाएंगे, और भीड़ के समय हर पंद्रह मिनट पर एक अतिरिक्त नौका चलेगी।",
			"बदले हुए रास्तों पर अगले सप्ताह एक जनसुनवाई होगी और नगर निगम ने कहा है कि वह पुल बंद होने से पहले काम का पूरा कार्यक्रम जारी करेगा।",
		},
		relHead: "ये भी पढ़ें", mostHead: "सबसे ज्यादा पढ़ी गई",
		rel:   []string{"शहर के बीच नया मेट्रो स्टेशन खुला", "मई से बस का किराया बढ़ेगा"},
		most:  []string{"मौसम विभाग ने सप्ताहांत पर भारी बारिश की चेतावनी दी", "चिड़ियाघर में ऊदबिलाव के दो बच्चे जन्मे"},
		share: "शेयर करें", cookie: "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। साइट का उपयोग जारी रखकर आप हमारी गोपनीयता नीति से सहमत होते हैं।"}

	intlKO = intlStory{lang: "ko", title: "도심 대교, 케이블 보수 위해 6개월간 전면 통제",
		paras: []string{
			"시는 월요일 강을 가로지르는 도심 대교를 4월 초부터 6개월 동안 차량 통행을 전면 통제하고 중앙 경간을 지탱하는 케이블을 교체한다고 밝혔다. 시 관계자는 안전을 위해 불가피한 조치라고 말했다.",
			"지난해 가을 점검에서 여러 케이블 내부로 물이 스며든 사실이 확인됐으며, 이 가운데 두 가닥은 설계 기준보다 강도가 크게 떨어진 것으로 나타났다.",
			"버스는 해안도로로 우회 운행해 대부분의 이동 시간이 20분가량 늘어나며, 출퇴근 시간대에는 15분 간격으로 여객선이 추가 운항한다.",
			"우회 노선에 관한 주민 설명회는 다음 주에 열리며, 시는 통제가 시작되기 전에 전체 공사 일정을 공개하겠다고 설명했다.",
		},
		relHead: "관련 기사", mostHead: "많이 본 뉴스",
		rel:   []string{"도심에 새 지하철역 개통", "5월부터 버스 요금 인상"},
		most:  []string{"주말 전국에 많은 비 예보", "동물원서 수달 새끼 두 마리 태어나"},
		share: "공유하기", cookie: "이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 개인정보 처리방침에 동의하는 것으로 간주됩니다."}

	intlJA = intlStory{lang: "ja", title: "市中心部の大橋、ケーブル補修で半年間通行止めに",
		paras: []string{
			"市は月曜日、川に架かる中心部の大橋を4月初めから半年間にわたり車両通行止めにし、中央径間を支えるケーブルを交換すると発表した。市の担当者は安全のためにやむを得ない措置だと説明している。",
			"昨年秋の点検で複数のケーブル内部に水が入り込んでいることが分かり、このうち2本は設計で許容される以上に強度が低下していた。",
			"路線バスは海沿いの道路に迂回するため多くの区間で所要時間が20分ほど延び、朝夕の混雑時間帯には15分おきに臨時のフェリーを運航する。",
			"迂回ルートに関する住民説明会は来週開かれる予定で、市は通行止めが始まる前に工事の全体日程を公表するとしている。",
		},
		relHead: "関連ニュース", mostHead: "アクセスランキング",
		rel:   []string{"都心に新しい地下鉄駅が開業", "5月からバス運賃値上げへ"},
		most:  []string{"週末は全国的に大雨の予報", "動物園でカワウソの赤ちゃん2頭誕生"},
		share: "シェアする", cookie: "当サイトではサービス向上のためにクッキーを使用しています。引き続きご利用いただくことでプライバシーポリシーに同意したものとみなします。"}

	intlPL = intlStory{lang: "pl", title: "Most miejski zamknięty na pół roku z powodu wymiany lin",
		paras: []string{
			"Ratusz poinformował w poniedziałek, że główny most na rzece zostanie zamknięty dla ruchu na sześć miesięcy od początku kwietnia, a inżynierowie wymienią liny podtrzymujące jego środkowe przęsło.",
			"Inspektorzy ustalili jesienią, że woda dostała się do wnętrza kilku lin, a dwie z nich straciły więcej wytrzymałości, niż dopuszcza projekt.",
			"Autobusy pojadą objazdem wzdłuż nabrzeża, co wydłuży większość podróży o około dwadzieścia minut, a w godzinach szczytu co kwadrans będzie kursował dodatkowy prom.",
			"Konsultacje społeczne w sprawie objazdów odbędą się w przyszłym tygodniu, a miasto zapowiada publikację pełnego harmonogramu prac przed zamknięciem mostu.",
		},
		relHead: "Zobacz także", mostHead: "Najczęściej czytane",
		rel:   []string{"Nowa stacja metra otwarta w centrum", "Bilety autobusowe zdrożeją od maja"},
		most:  []string{"Synoptycy zapowiadają ulewy w weekend", "W zoo urodziły się dwie młode wydry"},
		share: "Udostępnij", cookie: "Używamy plików cookies, aby ułatwić korzystanie z serwisu. Korzystając dalej, akceptujesz naszą politykę prywatności."}

	intlRO = intlStory{lang: "ro", title: "Podul central al orașului se închide șase luni pentru înlocuirea cablurilor",
		paras: []string{
			"Primăria a anunțat luni că podul principal peste râu va fi închis circulației timp de șase luni de la începutul lunii aprilie, iar inginerii vor înlocui cablurile care susțin deschiderea centrală.",
			"Inspectorii au descoperit toamna trecută că apa a pătruns în interiorul mai multor cabluri, iar două dintre ele și-au pierdut din rezistență mai mult decât permite proiectul.",
			"Autobuzele vor fi deviate pe drumul de pe malul apei, ceea ce adaugă aproximativ douăzeci de minute la majoritatea călătoriilor, iar la orele de vârf va circula un feribot suplimentar la fiecare sfert de oră.",
			"O dezbatere publică privind rutele ocolitoare va avea loc săptămâna viitoare, iar primăria a promis că va publica programul complet al lucrărilor înainte de închidere.",
		},
		relHead: "Citește și", mostHead: "Cele mai citite",
		rel:   []string{"O nouă stație de metrou s-a deschis în centru", "Biletele de autobuz se scumpesc din mai"},
		most:  []string{"Meteorologii anunță ploi abundente în weekend", "Doi pui de vidră s-au născut la grădina zoologică"},
		share: "Distribuie", cookie: "Folosim cookie-uri pentru a îmbunătăți experiența ta. Continuând navigarea, ești de acord cu politica de confidențialitate."}

	intlPT = intlStory{lang: "pt-BR", title: "Ponte central da cidade fecha por seis meses para troca de cabos",
		paras: []string{
			"A prefeitura anunciou nesta segunda-feira que a principal ponte sobre o rio ficará fechada para o trânsito por seis meses a partir do início de abril, enquanto engenheiros substituem os cabos que sustentam o vão central.",
			"Inspetores descobriram no ano passado que a água havia entrado em vários cabos e que dois deles perderam mais resistência do que o projeto original permite.",
			"Os ônibus serão desviados pela avenida da orla, o que acrescenta cerca de vinte minutos à maioria das viagens, e uma balsa extra vai operar a cada quinze minutos nos horários de pico.",
			"Uma audiência pública sobre os desvios está marcada para a próxima semana, e a prefeitura disse que vai divulgar o cronograma completo das obras antes do fechamento.",
		},
		relHead: "Veja também", mostHead: "Mais lidas",
		rel:   []string{"Nova estação de metrô é inaugurada no centro", "Tarifa de ônibus sobe a partir de maio"},
		most:  []string{"Meteorologia prevê chuva forte no fim de semana", "Zoológico comemora nascimento de duas lontras"},
		share: "Compartilhe", cookie: "Usamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade."}

	intlTH = intlStory{lang: "th", title: "ปิดสะพานกลางเมืองหกเดือนเพื่อซ่อมสายเคเบิล",
		paras: []string{
			"เทศบาลนครแถลงเมื่อวันจันทร์ว่าสะพานหลักที่ข้ามแม่น้ำจะปิดการจราจรเป็นเวลาหกเดือนตั้งแต่ต้นเดือนเมษายน เพื่อให้วิศวกรเปลี่ยนสายเคเบิลที่รับน้ำหนักช่วงกลางของสะพาน",
			"เจ้าหน้าที่ตรวจสอบพบเมื่อปีที่แล้วว่ามีน้ำซึมเข้าไปในสายเคเบิลหลายเส้น และมีสองเส้นที่ความแข็งแรงลดลงเกินกว่าที่แบบก่อสร้างกำหนดไว้",
			"รถโดยสารประจำทางจะเปลี่ยนเส้นทางไปใช้ถนนเลียบชายฝั่ง ซึ่งทำให้การเดินทางส่วนใหญ่ใช้เวลาเพิ่มขึ้นราวยี่สิบนาที และจะมีเรือข้ามฟากเสริมทุกสิบห้านาทีในชั่วโมงเร่งด่วน",
			"เทศบาลจะจัดประชุมรับฟังความคิดเห็นเรื่องเส้นทางเลี่ยงในสัปดาห์หน้า และระบุว่าจะประกาศกำหนดการทำงานทั้งหมดก่อนเริ่มปิดสะพาน",
		},
		relHead: "ข่าวที่เกี่ยวข้อง", mostHead: "ข่าวยอดนิยม",
		rel:   []string{"เปิดสถานีรถไฟฟ้าแห่งใหม่กลางเมือง", "ค่าโดยสารรถเมล์ขึ้นตั้งแต่เดือนพฤษภาคม"},
		most:  []string{"กรมอุตุฯ เตือนฝนตกหนักช่วงสุดสัปดาห์", "สวนสัตว์ต้อนรับลูกนากแฝด"},
		share: "แชร์", cookie: "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายความเป็นส่วนตัว"}

	intlEL = intlStory{lang: "el", title: "Κλείνει για έξι μήνες η κεντρική γέφυρα της πόλης για αντικατάσταση καλωδίων",
		paras: []string{
			"Ο δήμος ανακοίνωσε τη Δευτέρα ότι η κεντρική γέφυρα πάνω από τον ποταμό θα κλείσει για την κυκλοφορία για έξι μήνες από τις αρχές Απριλίου, καθώς οι μηχανικοί θα αντικαταστήσουν τα καλώδια που στηρίζουν το κεντρικό άνοιγμα.",
			"Οι επιθεωρητές διαπίστωσαν το περασμένο φθινόπωρο ότι νερό είχε εισχωρήσει στο εσωτερικό αρκετών καλωδίων και ότι δύο από αυτά είχαν χάσει περισσότερη αντοχή από όση επιτρέπει η μελέτη.",
			"Τα λεωφορεία θα εκτρέπονται μέσω της παραλιακής οδού, γεγονός που προσθέτει περίπου είκοσι λεπτά στις περισσότερες διαδρομές, ενώ στις ώρες αιχμής θα εκτελείται επιπλέον δρομολόγιο πορθμείου κάθε τέταρτο.",
			"Δημόσια διαβούλευση για τις παρακάμψεις θα γίνει την επόμενη εβδομάδα και ο δήμος δεσμεύτηκε να δημοσιεύσει το πλήρες χρονοδιάγραμμα των εργασιών πριν από το κλείσιμο.",
		},
		relHead: "Διαβάστε επίσης", mostHead: "Δημοφιλή",
		rel:   []string{"Νέος σταθμός μετρό εγκαινιάστηκε στο κέντρο", "Αυξάνεται το εισιτήριο του λεωφορείου από τον Μάιο"},
		most:  []string{"Ισχυρές βροχές προβλέπονται το Σαββατοκύριακο", "Δύο μικρές βίδρες γεννήθηκαν στον ζωολογικό κήπο"},
		share: "Κοινοποίηση", cookie: "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε την πολιτική απορρήτου."}

	intlHE = intlStory{lang: "he", dir: "rtl", title: "הגשר המרכזי בעיר ייסגר לחצי שנה להחלפת הכבלים",
		paras: []string{
			"העירייה הודיעה ביום שני כי הגשר הראשי מעל הנהר ייסגר לתנועת כלי רכב למשך שישה חודשים מתחילת אפריל, והמהנדסים יחליפו את הכבלים הנושאים את המפתח המרכזי.",
			"בסתיו האחרון גילו המפקחים כי מים חדרו לתוך כמה מהכבלים, ושניים מהם איבדו מחוזקם יותר ממה שהתכנון המקורי מתיר.",
			"האוטובוסים יוסטו לכביש החוף, דבר שיוסיף כעשרים דקות לרוב הנסיעות, ובשעות העומס תפעל מעבורת נוספת בכל רבע שעה.",
			"כנס ציבורי בנושא הסדרי התנועה ייערך בשבוע הבא, והעירייה אמרה כי תפרסם את לוח הזמנים המלא של העבודות לפני תחילת הסגירה.",
		},
		relHead: "כתבות נוספות", mostHead: "הנקראים ביותר",
		rel:   []string{"תחנת רכבת קלה חדשה נפתחה במרכז העיר", "מחירי הנסיעה באוטובוס יעלו במאי"},
		most:  []string{"צפי לגשמים עזים בסוף השבוע", "שני גורי לוטרה נולדו בגן החיות"},
		share: "שתפו", cookie: "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה למדיניות הפרטיות."}
)

// Russian and Ukrainian newsrooms: RIA's and Kommersant's numeric
// datelines with the update in brackets, Lenta's and Ukrainska Pravda's
// "10:15, 4 марта 2024", labelled "Опубликовано"/"Обновлено" lines, the
// author after the text (Kommersant) or before the date (UP).
func TestIntlProbe46Cyrillic(t *testing.T) {
	ru, uk := intlRU, intlUK
	ria := ru.page("РИА Новости", " - ", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"`+ru.title+`","datePublished":"2024-03-04T10:15:00+03:00","dateModified":"2024-03-05T12:40:00+03:00"}</script>`,
		`<main class="layout-article"><div class="article m-article"><div class="article__header"><h1 class="article__title">`+ru.title+`</h1><div class="article__info"><div class="article__info-date"><a href="/20240304/" class="color-font-hover-only">10:15 04.03.2024</a> <span class="article__info-date-modified"> (обновлено: 12:40 05.03.2024)</span></div><div class="article__info-statistic"><span class="statistic__item m-views">12345</span></div></div></div>
<div class="article__body js-mediator-article mia-analytics"><div class="article__block" data-type="text"><div class="article__text"><strong>МОСКВА, 4 мар — РИА Новости.</strong> `+ru.paras[0]+`</div></div><div class="article__block" data-type="article"><div class="article__article m-image"><a class="article__article-link" href="/20240301/metro.html"><span class="article__article-title">`+ru.rel[0]+`</span></a></div></div>`+ru.paraRange(`<div class="article__block" data-type="text"><div class="article__text">`, `</div></div>`, 1, 4)+`</div><div class="article__footer">`+ru.shareBar()+`</div></div>`+ru.related()+`</main>`)

	lenta := ru.page("Лента.Ру", ": ", "",
		`<main class="layout__content"><div class="topic-page__container"><div class="topic-body"><div class="topic-header"><div class="topic-header__rubric"><a href="/rubrics/russia/">Россия</a></div><a class="topic-header__item topic-header__time" href="/news/2024/03/04/">10:15, 4 марта 2024</a><h1 class="topic-body__titles"><span class="topic-body__title">`+ru.title+`</span></h1></div><div class="topic-authors"><a class="topic-authors__author" href="/authors/anna-ivanova/"><span class="topic-authors__name">Анна Иванова</span></a></div>
<div class="topic-body__content">`+ru.paraRange(`<p class="topic-body__content-text">`, `</p>`, 0, 2)+`<div class="box-inline-topic"><a href="/news/2024/03/01/metro/"><span class="box-inline-topic__title">`+ru.rel[0]+`</span></a></div>`+ru.paraRange(`<p class="topic-body__content-text">`, `</p>`, 2, 4)+`</div>`+ru.shareBar()+`</div></div>`+ru.related()+`</main>`)

	kommersant := ru.page("Коммерсантъ", " – ", "",
		`<main class="main"><article class="doc" data-article-title="`+ru.title+`"><header class="doc_header"><div class="doc_header__time"><time class="doc_header__publish_time" datetime="2024-03-04T10:15:00+03:00">04.03.2024, 10:15</time></div><h1 class="doc_header__name js-search-mark">`+ru.title+`</h1><p class="doc_header__subheader">Движение по мосту остановят с апреля</p><p class="doc_header__issue">Газета «Коммерсантъ» №38 от 04.03.2024, стр. 5</p></header>
<div class="doc__body article_text_wrapper js-search-mark">`+ru.paraRange(`<p class="doc__text">`, `</p>`, 0, 4)+`<p class="doc__text document_authors">Анна Иванова</p></div>`+ru.shareBar()+`</article>`+ru.related()+`</main>`)

	labelled := ru.page("Городские новости", " | ", "",
		`<main><article class="news-item"><h1 class="news-item__title">`+ru.title+`</h1><div class="news-item__meta"><span class="news-item__author">Автор: Анна Иванова</span><span class="news-item__date">Опубликовано: 4 марта 2024, 10:15</span><span class="news-item__updated">Обновлено: 5 марта 2024, 12:40</span></div><div class="news-item__text">`+ru.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ru.shareBar()+ru.related()+`</article></main>`)

	meduza := ru.page("Meduza", " — ", `<meta property="article:published_time" content="2024-03-04T07:15:00.000Z">`,
		`<main class="Layout-module_main"><article class="GeneralMaterial-module-article"><div class="GeneralMaterial-module-materialHeader"><h1 class="SimpleTitle-module_root"><span class="SimpleTitle-module_first">`+ru.title+`</span></h1><div class="MaterialMeta-module_root"><div class="Timestamp-module_root"><time datetime="2024-03-04T07:15:00.000Z">10:15, 4 марта 2024</time></div><div class="MaterialMeta-module_source">Источник: Meduza</div></div></div><div class="GeneralMaterial-module-body">`+ru.paraRange(`<p class="SimpleBlock-module_p">`, `</p>`, 0, 4)+`</div><div class="Toolbar-module_root">`+ru.shareBar()+`</div></article>`+ru.related()+`</main>`)

	up := uk.page("Українська правда", " | ", "",
		`<main class="container"><article class="post"><h1 class="post_title">`+uk.title+`</h1><div class="post_news_author"><span class="post_author"><a href="/authors/anna-kovalenko/">Анна Коваленко</a></span> — <div class="post_time">Понеділок, 4 березня 2024, 10:15</div></div><div class="post_text">`+uk.paraRange(`<p>`, `</p>`, 0, 2)+`<p><strong>Читайте також:</strong> <a href="/news/2024/03/01/metro/">`+uk.rel[0]+`</a></p>`+uk.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+uk.shareBar()+uk.related()+`</article></main>`)

	unian := uk.page("УНІАН", " | ", "",
		`<main class="main"><div class="article"><h1 class="article__title">`+uk.title+`</h1><div class="article__info"><div class="article__info-item time">10:15, 04.03.24</div><div class="article__author"><a class="article__author-name" href="/author/anna-kovalenko">Анна Коваленко</a></div></div><div class="article-text">`+uk.paraRange(`<p>`, `</p>`, 0, 2)+`<div class="read-also"><span>Вас також можуть зацікавити новини:</span><a href="/news/metro">`+uk.rel[1]+`</a></div>`+uk.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+uk.shareBar()+`</div>`+uk.related()+`</main>`)

	checkNewsProbe(t, []newsProbeCase{
		intlCase("RIA", "https://ria.example/20240304/most-1931234567.html", ria, ru, "", "2024-03-04"),
		intlCase("RIA, bare", "https://ria.example/society/most-1931234567.html", bare(ria), ru, "", "2024-03-04"),
		intlCase("Lenta", "https://lenta.example/news/2024/03/04/most/", lenta, ru, "Анна Иванова", "2024-03-04"),
		intlCase("Kommersant", "https://www.kommersant.example/doc/6543210", kommersant, ru, "Анна Иванова", "2024-03-04"),
		intlCase("a Russian site, labelled", "https://citynews.example/news/most-zakroyut", labelled, ru, "Анна Иванова", "2024-03-04"),
		intlCase("Meduza, bare", "https://meduza.example/news/gorodskoy-most-zakroyut", bare(meduza), ru, "", "2024-03-04"),
		intlCase("Ukrainska Pravda", "https://www.pravda.example/news/2024/03/04/7445123/", up, uk, "Анна Коваленко", "2024-03-04"),
		intlCase("UNIAN", "https://www.unian.example/society/mist-zakriyut-12567890.html", unian, uk, "Анна Коваленко", "2024-03-04"),
	})
}

// Arabic and Persian newsrooms, right to left: Al Jazeera's day-first
// "4/3/2024", Youm7's and Al-Ahram's weekday datelines, Asharq
// Al-Awsat's Hijri date before the Gregorian one, Eastern Arabic digits,
// the Levant's month names, and Iranian agencies' Solar Hijri dates.
func TestIntlProbe46ArabicScript(t *testing.T) {
	ar, fa := intlAR, intlFA
	aljazeera := ar.page("الجزيرة نت", " | ", "",
		`<main id="main-content-area"><header class="article-header"><div class="article-header__topics"><a href="/news/">أخبار</a></div><h1>`+ar.title+`</h1></header><div class="article-info-block"><div class="article-author"><div class="article-author-name"><a class="author-link" href="/author/mohammed-ahmed">محمد أحمد</a></div></div><div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">4/3/2024</span></div><div class="article-dates__last-update">آخر تحديث: 5/3/2024 12:40 (توقيت مكة)</div></div></div>
<div class="wysiwyg wysiwyg--all-content">`+ar.paraRange(`<p>`, `</p>`, 0, 2)+`<div class="more-on"><h2>اقرأ أيضا</h2><ul><li><a href="/news/2024/3/1/metro">`+ar.rel[0]+`</a></li></ul></div>`+ar.paraRange(`<p>`, `</p>`, 2, 4)+`<p class="article-source">المصدر : الجزيرة</p></div>`+ar.shareBar()+`</main>`)

	youm7 := ar.page("اليوم السابع", " - ", "",
		`<main><article class="articleCont"><div class="articleHeader"><h1>`+ar.title+`</h1></div><div class="writeBy">كتب محمد أحمد</div><span class="newsStoryDate">الإثنين، 04 مارس 2024 10:15 ص</span><div id="articleBody" class="articleBody">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</article></main>`)

	ahramEastern := ar.page("بوابة الأهرام", " - ", "",
		`<main><div class="article"><h1 class="article-title">`+ar.title+`</h1><div class="article-meta"><span class="author">محمد أحمد</span><span class="date">الإثنين ٤ مارس ٢٠٢٤ - ١٠:١٥ ص</span></div><div class="article-body" id="abody">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</div></main>`)

	asharq := ar.page("الشرق الأوسط", " | ", "",
		`<main><article class="node-article"><h1 class="node-title">`+ar.title+`</h1><div class="date-issue">الاثنين - 23 شَعبان 1445 هـ - 04 مارس 2024 مـ رقم العدد [ 16532]</div><div class="article-author">لندن: محمد أحمد</div><div class="node_new_body">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</article></main>`)

	asharqEastern := ar.page("الشرق الأوسط", " | ", "",
		`<main><article class="node-article"><h1 class="node-title">`+ar.title+`</h1><div class="date-issue">الاثنين - ٢٣ شعبان ١٤٤٥ هـ - ٠٤ مارس ٢٠٢٤ م</div><div class="article-author">القاهرة: محمد أحمد</div><div class="node_new_body">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</article></main>`)

	levant := ar.page("الأخبار", " | ", "",
		`<main><article class="article"><h1 class="article-title">`+ar.title+`</h1><div class="article-meta"><span class="article-author">محمد أحمد</span> <span class="article-date">الاثنين 4 آذار 2024</span></div><div class="article-content">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</article></main>`)

	// A Saudi paper that prints the lunar Hijri day alone: README's field
	// docs read no lunar Hijri date (its Gregorian day differs by the
	// moon's sighting), so the day is left empty, never misread.
	hijriOnly := ar.page("صحيفة الرياض", " | ", "",
		`<main><article class="article"><h1 class="article-title">`+ar.title+`</h1><div class="article-meta"><span class="article-author">محمد أحمد</span> <span class="article-date">الاثنين 23 شعبان 1445هـ</span></div><div class="article-content">`+ar.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ar.shareBar()+ar.related()+`</article></main>`)

	isna := fa.page("ایسنا", " - ", "",
		`<main><article class="full-news"><div class="meta-news"><ul><li><span class="title-meta">کد خبر: </span><span class="text-meta">1402121409876</span></li><li><span class="text-meta">دوشنبه / ۱۴ اسفند ۱۴۰۲ / ۱۰:۱۵</span></li></ul></div><h1 class="first-title">`+fa.title+`</h1><div class="item-text">`+fa.paraRange(`<p>`, `</p>`, 0, 4)+`</div><div class="writer">خبرنگار: علی رضایی</div>`+fa.shareBar()+fa.related()+`</article></main>`)

	bbcPersian := fa.page("BBC News فارسی", " - ", "",
		`<main role="main"><article><header><h1 id="content" class="bbc-headline">`+fa.title+`</h1></header><section aria-labelledby="article-byline" class="bbc-byline"><ul><li><span class="visually-hidden">نویسنده,</span><span class="bbc-author">علی رضایی</span></li><li><span class="visually-hidden">نقش,</span><span class="bbc-role">بی‌بی‌سی فارسی</span></li></ul></section><time datetime="2024-03-04">۴ مارس ۲۰۲۴</time><div class="article-body">`+fa.paraRange(`<div dir="rtl"><p>`, `</p></div>`, 0, 4)+`</div>`+fa.shareBar()+fa.related()+`</article></main>`)

	checkNewsProbe(t, []newsProbeCase{
		intlCase("Al Jazeera", "https://www.aljazeera.example/news/2024/3/4/bridge-closure", aljazeera, ar, "محمد أحمد", "2024-03-04"),
		intlCase("Al Jazeera, no date in the address", "https://www.aljazeera.example/news/bridge-closure", aljazeera, ar, "محمد أحمد", "2024-03-04"),
		intlCase("Youm7", "https://www.youm7.example/story/6543210/bridge", youm7, ar, "محمد أحمد", "2024-03-04"),
		intlCase("Al-Ahram, Eastern Arabic digits", "https://gate.ahram.example/News/4712345.aspx", ahramEastern, ar, "محمد أحمد", "2024-03-04"),
		intlCase("Asharq Al-Awsat, Hijri beside Gregorian", "https://aawsat.example/node/4883021", asharq, ar, "محمد أحمد", "2024-03-04"),
		intlCase("Asharq Al-Awsat, Eastern Arabic digits", "https://aawsat.example/node/4883022", asharqEastern, ar, "محمد أحمد", "2024-03-04"),
		intlCase("a Lebanese paper, Levantine month", "https://al-akhbar.example/news/370123", levant, ar, "محمد أحمد", "2024-03-04"),
		intlCase("a Saudi paper, Hijri only", "https://alriyadh.example/2071234", hijriOnly, ar, "محمد أحمد", ""),
		intlCase("ISNA, Solar Hijri only", "https://www.isna.example/news/1402121409876/", isna, fa, "علی رضایی", "2024-03-04"),
		intlCase("BBC Persian", "https://www.bbc.example/persian/articles/c0abc123", bbcPersian, fa, "علی رضایی", "2024-03-04"),
	})
}

// Turkish, Indonesian and Vietnamese newsrooms: Hürriyet's "Oluşturulma
// Tarihi", Sabah's "Giriş Tarihi", Anadolu's "Yayınlanma", Kompas's
// "Penulis", Detik's "Senin, 04 Mar 2024 10:15 WIB", Tempo's
// "Diterbitkan", VnExpress's weekday dateline and the writer after the
// text, Tuoi Tre's capitals.
func TestIntlProbe46LatinScripts(t *testing.T) {
	tr, id, vi := intlTR, intlID, intlVI
	hurriyet := tr.page("Hürriyet", " - Son Dakika Haberleri", "",
		`<main><div class="news-detail"><h1 class="news-detail-title">`+tr.title+`</h1><h2 class="news-detail-spot">Köprü nisan başında trafiğe kapanacak</h2><div class="author-box"><a class="author-name" href="/yazarlar/ayse-yilmaz/">Ayşe Yılmaz</a></div><div class="news-date"><div><span>Oluşturulma Tarihi: </span><time datetime="2024-03-04T10:15:00+03:00">04 Mart 2024 10:15</time></div><div><span>Güncelleme Tarihi: </span><time datetime="2024-03-05T12:40:00+03:00">05 Mart 2024 12:40</time></div></div><div class="news-content readingTime">`+tr.paraRange(`<p>`, `</p>`, 0, 2)+`<div class="news-related"><span>İlgili Haberler</span><a href="/gundem/metro-42123456">`+tr.rel[0]+`</a></div>`+tr.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+tr.shareBar()+`</div>`+tr.related()+`</main>`)

	sabah := tr.page("Sabah", " - Son Dakika Haberler", "",
		`<main><article class="newsDetail"><h1 class="pageTitle">`+tr.title+`</h1><div class="newsInfo"><span class="author">Ayşe Yılmaz</span><span class="date">Giriş Tarihi: 04.03.2024 10:15</span><span class="date">Son Güncelleme: 05.03.2024 12:40</span></div><div class="newsBox">`+tr.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+tr.shareBar()+tr.related()+`</article></main>`)

	anadolu := tr.page("Anadolu Ajansı", " | ", "",
		`<main><div class="detay-icerik"><h1>`+tr.title+`</h1><div class="detay-bilgi"><span class="detay-muhabir">Ayşe Yılmaz</span> | <span class="tarih">Yayınlanma: 04.03.2024 10:15</span> | <span class="tarih">Güncelleme: 05.03.2024 12:40</span></div><div class="detay-metin">`+tr.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+tr.shareBar()+`</div>`+tr.related()+`</main>`)

	kompas := id.page("Kompas.com", " - ", "",
		`<main><div class="read__header"><h1 class="read__title">`+id.title+`</h1><div class="read__time">Kompas.com - 04/03/2024, 10:15 WIB</div><div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6> <a href="/tag/ayu-lestari">Ayu Lestari</a></div><div class="credit-title-name"><h6>Editor</h6> <a href="/tag/budi-santoso">Budi Santoso</a></div></div></div><div class="read__content"><div class="clearfix">`+id.paraRange(`<p>`, `</p>`, 0, 2)+`<p><strong>Baca juga: </strong><a class="inner-link-baca-juga" href="/read/2024/03/01/metro">`+id.rel[0]+`</a></p>`+id.paraRange(`<p>`, `</p>`, 2, 4)+`</div></div>`+id.shareBar()+id.related()+`</main>`)

	detik := id.page("detikNews", " - ", "",
		`<main><article class="detail"><div class="detail__header"><h1 class="detail__title">`+id.title+`</h1><div class="detail__author">Ayu Lestari - detikNews</div><div class="detail__date">Senin, 04 Mar 2024 10:15 WIB</div></div><div class="detail__body-text itp_bodycontent">`+id.paraRange(`<p>`, `</p>`, 0, 2)+`<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong><a href="/berita/d-7234567/metro">`+id.rel[0]+`</a></div></td></tr></table>`+id.paraRange(`<p>`, `</p>`, 2, 4)+`<div class="detail__body-tag"><a href="/tag/jembatan">jembatan</a></div></div>`+id.shareBar()+`</article>`+id.related()+`</main>`)

	tempo := id.page("Tempo.co", " | ", "",
		`<main><article class="detail-artikel"><h1 class="title">`+id.title+`</h1><div class="detail-info"><p class="reporter">Reporter: <a href="/penulis/ayu-lestari">Ayu Lestari</a></p><p class="editor">Editor: <a href="/penulis/budi-santoso">Budi Santoso</a></p><p class="date">Diterbitkan: Senin, 4 Maret 2024 10:15 WIB</p></div><div class="detail-konten">`+id.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+id.shareBar()+id.related()+`</article></main>`)

	vnexpress := vi.page("VnExpress", " - ", "",
		`<main><section class="section page-detail top-detail"><div class="container"><div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Thứ hai, 4/3/2024, 10:15 (GMT+7)</span></div><h1 class="title-detail">`+vi.title+`</h1><p class="description">Cầu sẽ đóng cửa từ đầu tháng Tư.</p><article class="fck_detail">`+vi.paraRange(`<p class="Normal">`, `</p>`, 0, 4)+`<p class="Normal" style="text-align:right;"><strong>Nguyễn Văn An</strong></p></article>`+vi.shareBar()+vi.related()+`</div></div></section></main>`)

	tuoitre := vi.page("Tuổi Trẻ Online", " - ", "",
		`<main><div class="detail-cmain"><h1 class="detail-title article-title">`+vi.title+`</h1><div class="detail-top"><div class="author-info"><a class="name" href="/tac-gia/nguyen-van-an.htm">NGUYỄN VĂN AN</a></div><div class="detail-time"><div data-role="publishdate">04/03/2024 10:15 GMT+7</div></div></div><div class="detail-content afcbc-body">`+vi.paraRange(`<p>`, `</p>`, 0, 2)+`<div class="VCSortableInPreviewMode" type="RelatedOneNews"><a href="/ga-tau-dien.htm">`+vi.rel[0]+`</a></div>`+vi.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+vi.shareBar()+`</div>`+vi.related()+`</main>`)

	capNhat := vi.page("Báo Thanh Niên", " - ", "",
		`<main><article class="detail"><h1 class="detail__title">`+vi.title+`</h1><div class="detail__meta"><span class="detail__author">Nguyễn Văn An</span><span class="detail__time">Cập nhật: 04/03/2024 10:15 GMT+7</span></div><div class="detail__content">`+vi.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+vi.shareBar()+vi.related()+`</article></main>`)

	checkNewsProbe(t, []newsProbeCase{
		intlCase("Hürriyet, bare", "https://www.hurriyet.example/gundem/sehir-koprusu-kapaniyor-42412345", hurriyet, tr, "Ayşe Yılmaz", "2024-03-04"),
		intlCase("Sabah", "https://www.sabah.example/gundem/2024/03/04/sehir-koprusu-kapaniyor", sabah, tr, "Ayşe Yılmaz", "2024-03-04"),
		intlCase("Sabah, no date in the address", "https://www.sabah.example/gundem/sehir-koprusu-kapaniyor", sabah, tr, "Ayşe Yılmaz", "2024-03-04"),
		intlCase("Anadolu", "https://www.aa.example/tr/gundem/sehir-koprusu-kapaniyor/3123456", anadolu, tr, "Ayşe Yılmaz", "2024-03-04"),
		intlCase("Kompas", "https://megapolitan.kompas.example/read/2024/03/04/10150011/jembatan-kota-ditutup", kompas, id, "Ayu Lestari", "2024-03-04"),
		intlCase("Kompas, no date in the address", "https://megapolitan.kompas.example/read/jembatan-kota-ditutup", kompas, id, "Ayu Lestari", "2024-03-04"),
		intlCase("Detik", "https://news.detik.example/berita/d-7234568/jembatan-kota-ditutup", detik, id, "Ayu Lestari", "2024-03-04"),
		intlCase("Tempo", "https://www.tempo.example/metro/jembatan-kota-ditutup-123456", tempo, id, "Ayu Lestari", "2024-03-04"),
		intlCase("VnExpress", "https://vnexpress.example/cau-trung-tam-dong-cua-sau-thang-4712345.html", vnexpress, vi, "Nguyễn Văn An", "2024-03-04"),
		// The name as the byline prints it, in capitals (as "By JANE DOE").
		intlCase("Tuoi Tre", "https://tuoitre.example/cau-trung-tam-dong-cua-20240304101500123.htm", tuoitre, vi, "NGUYỄN VĂN AN", "2024-03-04"),
		// "Cập nhật" (updated) alone is the update's day, not the
		// publication's (TestArbiterKeepsTheCascade: "Updated:" alone).
		{"Thanh Nien, Cập nhật alone", "https://thanhnien.example/cau-trung-tam-dong-cua-185240304.htm", capNhat, vi.title, "Nguyễn Văn An", "", "2024-03-04", vi.paras, vi.furniture()},
	})
}

// Hindi, Korean and Japanese newsrooms: "प्रकाशित"/"Updated" lines with
// the desk and the writer, Yonhap's "(서울=연합뉴스) 김민수 기자 =" lead
// and "송고시간", Chosun's "입력"/"업데이트", NHK's and Asahi's
// "2024年3月4日 10時15分", "配信" and "更新".
func TestIntlProbe46Asian(t *testing.T) {
	hi, ko, ja := intlHI, intlKO, intlJA
	bhaskar := hi.page("दैनिक भास्कर", " - ", "",
		`<main><article><h1 class="article-title">`+hi.title+`</h1><div class="article-meta"><span class="author">अमित कुमार</span> | <span class="date">प्रकाशित: 04 मार्च 2024, 10:15 AM IST</span></div><div class="article-body">`+hi.paraRange(`<p>`, `</p>`, 0, 2)+`<div class="read-also"><b>ये भी पढ़ें: </b><a href="/national/news/metro-132654321.html">`+hi.rel[0]+`</a></div>`+hi.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+hi.shareBar()+hi.related()+`</article></main>`)

	amarujala := hi.page("Amar Ujala", " - ", "",
		`<main><div class="article-desc"><h1 class="heading">`+hi.title+`</h1><div class="auther-box"><div class="auther-name">न्यूज डेस्क, अमर उजाला, नई दिल्ली</div><div class="auth-detail">Published by: <a href="/author/amit-kumar">अमित कुमार</a> Updated Mon, 04 Mar 2024 10:15 AM IST</div></div><div class="article-desc ul_styling">`+hi.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+hi.shareBar()+`</div>`+hi.related()+`</main>`)

	devanagari := hi.page("नवभारत", " | ", "",
		`<main><article><h1>`+hi.title+`</h1><div class="byline">लेखक: अमित कुमार</div><div class="date">प्रकाशित: ४ मार्च २०२४</div><div class="story">`+hi.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+hi.shareBar()+hi.related()+`</article></main>`)

	yonhap := ko.page("연합뉴스", " | ", "",
		`<main><div class="article-wrap"><header class="title-article01"><h1 class="tit">`+ko.title+`</h1><div class="info-con"><p class="update-time" data-published-time="202403041015">송고시간2024-03-04 10:15</p></div></header><div class="story-news article"><p>(서울=연합뉴스) 김민수 기자 = `+ko.paras[0]+`</p>`+ko.paraRange(`<p>`, `</p>`, 1, 4)+`<p>kms@yna.co.kr</p><p class="txt-copyright">제보는 카카오톡 okjebo &lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></div>`+ko.shareBar()+`</div>`+ko.related()+`</main>`)

	chosun := ko.page("조선일보", " - ", "",
		`<main><article class="article"><h1 class="article-header__headline">`+ko.title+`</h1><div class="article-byline"><a class="article-byline__author" href="/people/kim-minsu/">김민수 기자</a></div><div class="article-dateline"><span class="inputDate">입력 2024.03.04. 10:15</span><span class="upDate">업데이트 2024.03.05. 12:40</span></div><section class="article-body">`+ko.paraRange(`<p class="article-body__content article-body__content-text">`, `</p>`, 0, 4)+`</section>`+ko.shareBar()+ko.related()+`</article></main>`)

	korean := ko.page("한국일보", " | ", "",
		`<main><div class="article"><h1>`+ko.title+`</h1><div class="info"><span class="writer">김민수 기자</span><span class="date">입력 2024-03-04 10:15</span><span class="date">수정 2024-03-05 12:40</span></div><div class="article-body">`+ko.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ko.shareBar()+ko.related()+`</div></main>`)

	nhk := ja.page("NHK", " | ", "",
		`<main id="main"><article class="detail-no-js"><section class="module--detail"><header class="content--header"><h1 class="content--title"><span>`+ja.title+`</span></h1><p class="content--date"><time datetime="2024-03-04T10:15">2024年3月4日 10時15分</time></p></header><div class="content--detail-body"><p class="content--summary">`+ja.paras[0]+`</p><div class="content--body"><div class="body-text">`+ja.paraRange(`<p>`, `</p>`, 1, 4)+`</div></div></div></section>`+ja.shareBar()+`</article>`+ja.related()+`</main>`)

	asahi := ja.page("朝日新聞デジタル", "：", "",
		`<main><div class="article"><h1>`+ja.title+`</h1><div class="byline"><a href="/reporter/yamada-taro/">山田太郎</a><time datetime="2024-03-04T10:15">2024年3月4日 10時15分</time></div><div class="nfyQp">`+ja.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ja.shareBar()+ja.related()+`</div></main>`)

	haishin := ja.page("地方新聞", " | ", "",
		`<main><article><h1>`+ja.title+`</h1><div class="article-info"><span class="author">山田太郎</span><span class="date">2024年3月4日 10時15分 配信</span><span class="update">2024年3月5日 12時40分 更新</span></div><div class="article-body">`+ja.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ja.shareBar()+ja.related()+`</article></main>`)

	checkNewsProbe(t, []newsProbeCase{
		intlCase("Dainik Bhaskar", "https://www.bhaskar.example/national/news/city-bridge-closed-132654322.html", bhaskar, hi, "अमित कुमार", "2024-03-04"),
		intlCase("Amar Ujala", "https://www.amarujala.example/india-news/city-bridge-closed-2024-03-04", amarujala, hi, "अमित कुमार", "2024-03-04"),
		// Its one day is labelled "Updated": without the address's day, no
		// publication day (TestArbiterKeepsTheCascade: "Updated:" alone).
		{"Amar Ujala, no date in the address", "https://www.amarujala.example/india-news/city-bridge-closed", amarujala, hi.title, "अमित कुमार", "", "2024-03-04", hi.paras, hi.furniture()},
		intlCase("a Hindi paper, Devanagari digits", "https://navbharat.example/news/city-bridge-closed", devanagari, hi, "अमित कुमार", "2024-03-04"),
		intlCase("Yonhap", "https://www.yna.example/view/AKR20240304012300004", yonhap, ko, "김민수", "2024-03-04"),
		intlCase("Chosun", "https://www.chosun.example/national/2024/03/04/ABCDEF/", chosun, ko, "김민수", "2024-03-04"),
		intlCase("Chosun, no date in the address", "https://www.chosun.example/national/ABCDEF/", chosun, ko, "김민수", "2024-03-04"),
		intlCase("a Korean paper, 입력/수정", "https://www.hankookilbo.example/News/Read/A2024030410150001234", korean, ko, "김민수", "2024-03-04"),
		intlCase("NHK", "https://www3.nhk.example/news/html/20240304/k10014380001000.html", nhk, ja, "", "2024-03-04"),
		intlCase("NHK, no date in the address", "https://www3.nhk.example/news/html/k10014380001000.html", nhk, ja, "", "2024-03-04"),
		intlCase("Asahi", "https://www.asahi.example/articles/ASS3412ABS34UTIL001.html", asahi, ja, "山田太郎", "2024-03-04"),
		intlCase("a Japanese paper, 配信/更新", "https://www.chiho-shinbun.example/articles/-/123456", haishin, ja, "山田太郎", "2024-03-04"),
	})
}

// European newsrooms outside the dev sets' languages: Onet's "Data
// utworzenia", Wyborcza's "Opublikowano", Digi24's "Data publicării",
// HotNews's "Publicat", G1's "Por ..., g1 SP" and "10h15", Folha's
// "4.mar.2024 às 10h15", Kathimerini's dotted day, Ynet's "פורסם:",
// Haaretz's Hebrew month, and Thai pages' Buddhist-era years.
func TestIntlProbe46European(t *testing.T) {
	pl, ro, pt, el, he, th := intlPL, intlRO, intlPT, intlEL, intlHE, intlTH
	onet := pl.page("Onet Wiadomości", " - ", "",
		`<main><article class="detailContainer"><h1 class="mainTitle">`+pl.title+`</h1><div class="authorsWrapper"><span class="authorName"><a href="/autorzy/anna-kowalska">Anna Kowalska</a></span></div><div class="dateWrapper"><span class="datePublished">Data utworzenia: 4 marca 2024 10:15</span><span class="dateModified">Data aktualizacji: 5 marca 2024 12:40</span></div><div class="detail intext">`+pl.paraRange(`<p class="hyphenate">`, `</p>`, 0, 2)+`<div class="relatedArticles"><span>Zobacz także:</span><a href="/informacje/metro">`+pl.rel[0]+`</a></div>`+pl.paraRange(`<p class="hyphenate">`, `</p>`, 2, 4)+`</div>`+pl.shareBar()+`</article>`+pl.related()+`</main>`)

	wyborcza := pl.page("wyborcza.pl", " - ", "",
		`<main><article class="article"><h1 class="art-title">`+pl.title+`</h1><div class="art-author"><span>Anna Kowalska</span></div><div class="art-datetime"><span>Opublikowano: 04.03.2024 10:15</span></div><section class="art_content">`+pl.paraRange(`<p class="art_paragraph">`, `</p>`, 0, 4)+`</section>`+pl.shareBar()+pl.related()+`</article></main>`)

	digi24 := ro.page("Digi24", " | ", "",
		`<main><article class="article"><h1 class="article-title">`+ro.title+`</h1><div class="author-meta"><span>de <a href="/autor/ana-popescu">Ana Popescu</a></span></div><div class="article-meta"><span>Data publicării: 04.03.2024 10:15</span><span>Data actualizării: 05.03.2024 12:40</span></div><div class="data-app-meta-article">`+ro.paraRange(`<p>`, `</p>`, 0, 2)+`<p><strong>Citește și:</strong> <a href="/stiri/metrou-2712345">`+ro.rel[0]+`</a></p>`+ro.paraRange(`<p>`, `</p>`, 2, 4)+`</div>`+ro.shareBar()+`</article>`+ro.related()+`</main>`)

	hotnews := ro.page("HotNews.ro", " - ", "",
		`<main><article class="article"><h1 class="entry-title">`+ro.title+`</h1><div class="entry-meta"><span class="author">de <a href="/author/ana-popescu">Ana Popescu</a></span><span class="posted-on">Publicat: 4 martie 2024, 10:15</span></div><div class="entry-content">`+ro.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+ro.shareBar()+ro.related()+`</article></main>`)

	g1 := pt.page("g1", " | São Paulo | G1", "",
		`<main><div class="mc-article-header"><div class="title"><h1 class="content-head__title" itemprop="headline">`+pt.title+`</h1></div><h2 class="content-head__subtitle">Obras começam em abril</h2><div class="content-publication-data"><p class="content-publication-data__from">Por Ana Souza, g1 SP</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2024-03-04T13:15:00.000Z">04/03/2024 10h15</time> Atualizado há 2 dias</p></div></div><article itemprop="articleBody" class="mc-body">`+pt.paraRange(`<div class="mc-column content-text active-extra-styles"><p class="content-text__container">`, `</p></div>`, 0, 2)+`<div class="mc-column"><ul class="content-unordered-list"><li><a href="/sp/noticia/metro.ghtml">`+pt.rel[0]+`</a></li></ul></div>`+pt.paraRange(`<div class="mc-column content-text active-extra-styles"><p class="content-text__container">`, `</p></div>`, 2, 4)+`</article>`+pt.shareBar()+pt.related()+`</main>`)

	folha := pt.page("Folha de S.Paulo", " - 04/03/2024 - Cotidiano - Folha", "",
		`<main><article class="c-news"><h1 class="c-content-head__title">`+pt.title+`</h1><div class="c-news__head"><div class="c-signature"><strong class="c-signature__author"><a href="/autores/ana-souza.shtml">Ana Souza</a></strong><span class="c-signature__location">São Paulo</span></div><div class="c-more-options__header"><time class="c-more-options__published-date" datetime="2024-03-04 10:15:00">4.mar.2024 às 10h15</time><span>Atualizado: 5.mar.2024 às 12h40</span></div></div><div class="c-news__body">`+pt.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+pt.shareBar()+pt.related()+`</article></main>`)

	kathimerini := el.page("Η ΚΑΘΗΜΕΡΙΝΗ", " | ", "",
		`<main><article class="article"><h1 class="entry-title">`+el.title+`</h1><div class="entry-meta"><span class="author"><a href="/author/maria-papadopoulou/">Μαρία Παπαδοπούλου</a></span><span class="date">04.03.2024 • 10:15</span></div><div class="entry-content">`+el.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+el.shareBar()+el.related()+`</article></main>`)

	greek := el.page("Τα Νέα", " - ", "",
		`<main><article><h1>`+el.title+`</h1><div class="meta"><span class="byline">Μαρία Παπαδοπούλου</span><span class="date">Δευτέρα, 4 Μαρτίου 2024</span><span class="updated">Ενημερώθηκε: 05.03.2024, 12:40</span></div><div class="article-text">`+el.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+el.shareBar()+el.related()+`</article></main>`)

	ynet := he.page("ynet", " - ", "",
		`<main><div class="ArticleHeaderComponent"><h1 class="mainTitle">`+he.title+`</h1><div class="authorAndDateContainer"><span class="authors"><a href="/topics/dana-cohen">דנה כהן</a></span><span class="DateDisplay" data-wcmdate="2024-03-04T08:15:00.000Z">פורסם: 04.03.24, 10:15</span><span class="updated">עודכן: 05.03.24, 12:40</span></div></div><div class="ArticleBodyComponent">`+he.paraRange(`<div class="text_editor_paragraph"><span>`, `</span></div>`, 0, 4)+`</div>`+he.shareBar()+he.related()+`</main>`)

	haaretz := he.page("הארץ", " - ", "",
		`<main><article><h1>`+he.title+`</h1><div class="byline"><a href="/ty-writer/dana-cohen">דנה כהן</a> | <time>4 במרץ 2024</time></div><section class="article-body">`+he.paraRange(`<p>`, `</p>`, 0, 4)+`</section>`+he.shareBar()+he.related()+`</article></main>`)

	thairath := th.page("ไทยรัฐออนไลน์", " | ", "",
		`<main><article><h1>`+th.title+`</h1><div class="meta"><span class="author">ผู้เขียน: สมชาย ใจดี</span><span class="date">4 มี.ค. 2567 10:15 น.</span></div><div class="article-body">`+th.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+th.shareBar()+th.related()+`</article></main>`)

	thaiFull := th.page("มติชนออนไลน์", " - ", "",
		`<main><article><h1 class="entry-title">`+th.title+`</h1><div class="entry-meta"><span class="byline">โดย สมชาย ใจดี</span><span class="date">วันจันทร์ที่ 4 มีนาคม พ.ศ. 2567 เวลา 10:15 น.</span></div><div class="entry-content">`+th.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+th.shareBar()+th.related()+`</article></main>`)

	// A Buddhist-era year in a numeric date with no Thai letter beside
	// it: the page's language says the era (thaiPage, buddhistNumeric).
	thaiNumeric := th.page("ข่าวสด", " - ", "",
		`<main><article><h1>`+th.title+`</h1><div class="meta"><span class="author">โดย สมชาย ใจดี</span><span class="date">04/03/2567 10:15</span></div><div class="article-body">`+th.paraRange(`<p>`, `</p>`, 0, 4)+`</div>`+th.shareBar()+th.related()+`</article></main>`)

	checkNewsProbe(t, []newsProbeCase{
		intlCase("a Thai paper, numeric Buddhist-era date", "https://www.khaosod.example/news/local/8123456", thaiNumeric, th, "สมชาย ใจดี", "2024-03-04"),
		intlCase("Onet", "https://wiadomosci.onet.example/kraj/most-zamkniety/abc1234", onet, pl, "Anna Kowalska", "2024-03-04"),
		intlCase("Wyborcza, Opublikowano", "https://wyborcza.example/7,75398,30712345,most-zamkniety.html", wyborcza, pl, "Anna Kowalska", "2024-03-04"),
		intlCase("Digi24", "https://www.digi24.example/stiri/actualitate/podul-central-se-inchide-2712346", digi24, ro, "Ana Popescu", "2024-03-04"),
		intlCase("HotNews", "https://hotnews.example/podul-central-se-inchide-1234567", hotnews, ro, "Ana Popescu", "2024-03-04"),
		intlCase("G1", "https://g1.example/sp/sao-paulo/noticia/2024/03/04/ponte-central-fecha.ghtml", g1, pt, "Ana Souza", "2024-03-04"),
		intlCase("G1, bare", "https://g1.example/sp/sao-paulo/noticia/ponte-central-fecha.ghtml", bare(g1), pt, "Ana Souza", "2024-03-04"),
		intlCase("Folha", "https://www1.folha.example/cotidiano/2024/03/ponte-central-fecha.shtml", folha, pt, "Ana Souza", "2024-03-04"),
		intlCase("Kathimerini", "https://www.kathimerini.example/society/562912345/kleinei-i-gefyra/", kathimerini, el, "Μαρία Παπαδοπούλου", "2024-03-04"),
		intlCase("a Greek paper, weekday and month", "https://www.tanea.example/society/kleinei-i-gefyra/", greek, el, "Μαρία Παπαδοπούλου", "2024-03-04"),
		intlCase("Ynet", "https://www.ynet.example/news/article/abc123xyz", ynet, he, "דנה כהן", "2024-03-04"),
		intlCase("Haaretz", "https://www.haaretz.example/news/1.10123456", haaretz, he, "דנה כהן", "2024-03-04"),
		intlCase("Thairath, Buddhist era", "https://www.thairath.example/news/local/2771234", thairath, th, "สมชาย ใจดี", "2024-03-04"),
		intlCase("Matichon, พ.ศ.", "https://www.matichon.example/local/news_4471234", thaiFull, th, "สมชาย ใจดี", "2024-03-04"),
	})
}

// A byline element that runs on into its dateline gives the name alone,
// whatever language labels the date: the label between the name and the
// date goes with the date (cutDateLabelEnd). A byline's label alone, in
// any language, names no one.
func TestIntlProbe46BylineLabels(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"דנה כהן פורסם: 04.03.24, 10:15", "דנה כהן"},
		{"Анна Иванова Опубликовано: 04.03.2024, 10:15", "Анна Иванова"},
		{"Анна Коваленко Оновлено: 05.03.2024", "Анна Коваленко"},
		{"Ayşe Yılmaz Yayınlanma: 04.03.2024 10:15", "Ayşe Yılmaz"},
		{"Nguyễn Văn An Cập nhật: 04/03/2024 10:15", "Nguyễn Văn An"},
		{"محمد أحمد نشر في ٤ مارس ٢٠٢٤", "محمد أحمد"},
		{"अमित कुमार प्रकाशित: 04 मार्च 2024", "अमित कुमार"},
		{"Μαρία Παπαδοπούλου Δημοσιεύθηκε: 04.03.2024", "Μαρία Παπαδοπούλου"},
		{"Ayu Lestari Diterbitkan 4 Maret 2024", "Ayu Lestari"},
		{"Jan Novák Publikováno: 04.03.2024", "Jan Novák"},
		{"Jane Doe 04.03.2024", "Jane Doe"},
		{"Опубликовано: 04.03.2024", ""},
		// A byline's label alone, or before the name after a comma (the
		// BBC World Service's visually hidden "Author,").
		{"Автор,", ""},
		{"نویسنده،", ""},
		{"Yazar", ""},
		{"نویسنده, علی رضایی", "علی رضایی"},
		{"Автор, Анна Иванова", "Анна Иванова"},
	} {
		if got := strings.Join(splitAuthors(c.in), "; "); got != c.want {
			t.Errorf("splitAuthors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Persian's zero-width non-joiner is spelling ("می‌شود"): the text and the
// title keep it, a word that holds it counts once, and matching still
// folds it away (normSpace).
func TestIntlProbe46Joiners(t *testing.T) {
	fa := intlFA
	page := fa.page("خبرگزاری", " - ", "", `<main><article><h1>`+fa.title+`</h1><div class="story">`+fa.paraRange("<p>", "</p>", 0, 4)+`</div></article></main>`)
	a, err := Extract([]byte(page), "https://news.example/fa/news/123456/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != fa.title {
		t.Errorf("Extract.Title = %q, want %q", a.Title, fa.title)
	}
	if !strings.Contains(a.Text, fa.paras[0]) {
		t.Errorf("Extract.Text lacks %q", fa.paras[0])
	}
	if n := wordCount("بسته می\u200cشود"); n != 2 {
		t.Errorf("wordCount(%q) = %d, want 2", "بسته می\u200cشود", n)
	}
	if got := normSpace("می\u200cشود"); got != "میشود" {
		t.Errorf("normSpace(%q) = %q, want %q", "می\u200cشود", got, "میشود")
	}
	// A joiner by a space or at an end spells nothing.
	if got := keepJoiners("\u200cمی\u200c شود\u200c"); got != "می شود" {
		t.Errorf("keepJoiners = %q, want %q", got, "می شود")
	}
}
