package extractor

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Probe pages of the seventieth round (langs70): whole news pages in the
// languages the earlier probes cover least, each with its country's date
// line, byline label and title decoration.

var fetched70 = time.Date(2024, 4, 20, 12, 0, 0, 0, time.UTC)

type langPage70 struct {
	name, lang string
	title, h1  string // the <title> as the site sets it, the headline
	nav        string // the site's menu words
	meta       string // the line under the headline
	text       string // one paragraph of the story
	wantTitle  string
	authors    []string
	pub, mod   string
	leftover   string
}

func (p langPage70) page() string {
	body := strings.Repeat("<p>"+p.text+"</p>\n", 5)
	return `<!DOCTYPE html><html lang="` + p.lang + `"><head><meta charset="utf-8"><title>` + p.title + `</title>` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>` +
		`<header class="site-header"><a class="logo" href="/">Site</a><nav class="main-menu">` + p.nav + `</nav></header>` +
		`<main class="container"><article class="article"><h1 class="article-title">` + p.h1 + `</h1>` +
		`<div class="article-meta">` + p.meta + `</div><div class="article-body">` + body + `</div></article></main>` +
		`<footer class="site-footer"><p>© 2024 Site</p></footer></body></html>`
}

func checkLangPages70(t *testing.T, pages []langPage70) {
	t.Helper()
	right, left := 0, 0
	for _, p := range pages {
		a := extractAt(t, p.page(), "https://news.example/news/story-123", Options{FetchedAt: fetched70})
		ok := a.Title == p.wantTitle && slices.Equal(a.Authors, p.authors) && datesAre(a, p.pub, p.mod)
		if p.leftover != "" {
			left++
			t.Logf("leftover %s: title %q authors %q published %q modified %q (%s)", p.name, a.Title, a.Authors, published(a), modified(a), p.leftover)
			continue
		}
		if ok {
			right++
			continue
		}
		t.Errorf("%s: title %q authors %q published %q (%s) modified %q; want %q %q %q %q", p.name, a.Title, a.Authors, published(a), a.Provenance["published_date"], modified(a), p.wantTitle, p.authors, p.pub, p.mod)
	}
	t.Logf("%d/%d pages right, %d leftovers", right, len(pages)-left, left)
}

const (
	text70mr = "राज्य सरकारने शेतकऱ्यांसाठी नवी योजना जाहीर केली असून त्याचा लाभ लाखो शेतकऱ्यांना होणार आहे. या योजनेअंतर्गत पीक विम्याची रक्कम थेट बँक खात्यात जमा केली जाईल, असे मुख्यमंत्र्यांनी पत्रकार परिषदेत सांगितले."
	text70gu = "હવામાન વિભાગે આગામી ત્રણ દિવસ દરમિયાન રાજ્યના અનેક જિલ્લાઓમાં ભારે વરસાદની આગાહી કરી છે. ખેડૂતોને સાવચેત રહેવા અને માછીમારોને દરિયો ન ખેડવા સૂચના આપવામાં આવી છે."
	text70pa = "ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ ਹੈ ਜਿਸ ਨਾਲ ਲੱਖਾਂ ਕਿਸਾਨਾਂ ਨੂੰ ਲਾਭ ਹੋਵੇਗਾ। ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਫਸਲ ਬੀਮੇ ਦੀ ਰਕਮ ਸਿੱਧੀ ਬੈਂਕ ਖਾਤਿਆਂ ਵਿੱਚ ਭੇਜੀ ਜਾਵੇਗੀ।"
	text70te = "రాష్ట్ర ప్రభుత్వం రైతుల కోసం కొత్త పథకాన్ని ప్రకటించింది, దీని వల్ల లక్షలాది మంది రైతులకు ప్రయోజనం కలుగుతుంది. పంట బీమా మొత్తాన్ని నేరుగా బ్యాంకు ఖాతాల్లో జమ చేస్తామని ముఖ్యమంత్రి తెలిపారు."
	text70kn = "ರಾಜ್ಯ ಸರ್ಕಾರ ರೈತರಿಗಾಗಿ ಹೊಸ ಯೋಜನೆಯನ್ನು ಘೋಷಿಸಿದ್ದು, ಇದರಿಂದ ಲಕ್ಷಾಂತರ ರೈತರಿಗೆ ಪ್ರಯೋಜನವಾಗಲಿದೆ. ಬೆಳೆ ವಿಮೆಯ ಮೊತ್ತವನ್ನು ನೇರವಾಗಿ ಬ್ಯಾಂಕ್ ಖಾತೆಗಳಿಗೆ ಜಮಾ ಮಾಡಲಾಗುವುದು ಎಂದು ಮುಖ್ಯಮಂತ್ರಿ ತಿಳಿಸಿದರು."
	text70ml = "സംസ്ഥാന സർക്കാർ കർഷകർക്കായി പുതിയ പദ്ധതി പ്രഖ്യാപിച്ചു, ഇതിലൂടെ ലക്ഷക്കണക്കിന് കർഷകർക്ക് പ്രയോജനം ലഭിക്കും. വിള ഇൻഷുറൻസ് തുക നേരിട്ട് ബാങ്ക് അക്കൗണ്ടുകളിലേക്ക് നിക്ഷേപിക്കുമെന്ന് മുഖ്യമന്ത്രി അറിയിച്ചു."
	text70ka = "მთავრობამ ფერმერებისთვის ახალი პროგრამა გამოაცხადა, რომლითაც ათასობით ოჯახი ისარგებლებს. პრემიერ-მინისტრის თქმით, სადაზღვევო თანხა პირდაპირ საბანკო ანგარიშებზე ჩაირიცხება."
	text70hy = "Կառավարությունը ֆերմերների համար նոր ծրագիր է հայտարարել, որից կօգտվեն հազարավոր ընտանիքներ։ Վարչապետի խոսքով՝ ապահովագրական գումարը ուղղակիորեն կփոխանցվի բանկային հաշիվներին։"
	text70az = "Hökumət fermerlər üçün yeni proqram elan edib və bundan minlərlə ailə faydalanacaq. Baş nazirin sözlərinə görə, sığorta məbləği birbaşa bank hesablarına köçürüləcək."
	text70uz = "Hukumat fermerlar uchun yangi dastur e'lon qildi, undan minglab oilalar foydalanadi. Bosh vazirning so'zlariga ko'ra, sug'urta summasi to'g'ridan-to'g'ri bank hisoblariga o'tkaziladi."
	text70kk = "Үкімет фермерлерге арналған жаңа бағдарламаны жариялады, одан мыңдаған отбасы пайда көреді. Премьер-министрдің айтуынша, сақтандыру сомасы тікелей банк шоттарына аударылады."
	text70mn = "Засгийн газар малчдад зориулсан шинэ хөтөлбөр зарласан бөгөөд үүнээс олон мянган өрх ашиг хүртэнэ. Ерөнхий сайдын хэлснээр даатгалын мөнгийг банкны дансанд шууд шилжүүлнэ."
	text70si = "රජය ගොවීන් සඳහා නව වැඩසටහනක් ප්‍රකාශයට පත් කළ අතර ඉන් ලක්ෂ ගණනක් ගොවීන්ට ප්‍රතිලාභ ලැබෙනු ඇත. බෝග රක්ෂණ මුදල සෘජුවම බැංකු ගිණුම්වලට බැර කරන බව ජනාධිපතිවරයා පැවසීය."
	text70my = "အစိုးရသည် လယ်သမားများအတွက် အစီအစဉ်သစ်တစ်ခုကို ကြေညာခဲ့ပြီး လယ်သမား သိန်းပေါင်းများစွာ အကျိုးခံစားရမည်ဖြစ်သည်။ သီးနှံအာမခံငွေကို ဘဏ်စာရင်းများသို့ တိုက်ရိုက်လွှဲပြောင်းပေးမည်ဟု ဝန်ကြီးချုပ်က ပြောသည်။"
	text70ne = "सरकारले किसानका लागि नयाँ कार्यक्रम घोषणा गरेको छ, जसबाट लाखौं किसान लाभान्वित हुनेछन्। प्रधानमन्त्रीका अनुसार बाली बीमाको रकम सिधै बैंक खातामा जम्मा गरिनेछ।"
	text70el = "Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα για τους αγρότες, από το οποίο θα ωφεληθούν χιλιάδες οικογένειες. Σύμφωνα με τον πρωθυπουργό, τα ποσά της ασφάλισης θα καταβάλλονται απευθείας στους τραπεζικούς λογαριασμούς."
	text70sw = "Serikali imetangaza mpango mpya kwa wakulima ambao utawanufaisha maelfu ya familia nchini. Kwa mujibu wa Waziri Mkuu, fedha za bima zitapelekwa moja kwa moja kwenye akaunti za benki za wakulima."
	text70km = "រដ្ឋាភិបាលបានប្រកាសកម្មវិធីថ្មីសម្រាប់កសិករ ដែលនឹងផ្តល់អត្ថប្រយោជន៍ដល់គ្រួសាររាប់ពាន់។ យោងតាមនាយករដ្ឋមន្ត្រី ប្រាក់ធានារ៉ាប់រងនឹងត្រូវផ្ទេរដោយផ្ទាល់ទៅគណនីធនាគារ។"
)

var langPages70 = []langPage70{
	{name: "mr esakal devanagari digits", lang: "mr", title: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना | eSakal", h1: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना",
		nav: `<a href="/">मुख्यपृष्ठ</a> <a href="/maharashtra">महाराष्ट्र</a>`, meta: `<span class="author">लेखक: सुरेश पाटील</span> <span class="date">प्रकाशित: १२ एप्रिल २०२४, २:२२ pm</span>`,
		text: text70mr, wantTitle: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना", authors: []string{"सुरेश पाटील"}, pub: "2024-04-12"},
	{name: "mr updated july", lang: "mr", title: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना - Maharashtra Times", h1: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना",
		nav: `<a href="/">होम</a> <a href="/maharashtra">महाराष्ट्र</a>`, meta: `<span class="date">प्रकाशित: १२ जुलै २०२३ | अपडेटेड: १४ ऑगस्ट २०२३</span>`,
		text: text70mr, wantTitle: "शेतकऱ्यांना दिलासा: राज्य सरकारची नवी योजना", pub: "2023-07-12", mod: "2023-08-14"},
	{name: "gu sandesh", lang: "gu", title: "અમદાવાદમાં ભારે વરસાદની આગાહી - Sandesh", h1: "અમદાવાદમાં ભારે વરસાદની આગાહી",
		nav: `<a href="/">હોમ</a> <a href="/gujarat">ગુજરાત</a>`, meta: `<span class="byline">લેખક: રમેશ પટેલ</span> <span class="date">12 એપ્રિલ, 2024 | 14:22</span>`,
		text: text70gu, wantTitle: "અમદાવાદમાં ભારે વરસાદની આગાહી", authors: []string{"રમેશ પટેલ"}, pub: "2024-04-12"},
	{name: "gu gujarati digits", lang: "gu", title: "અમદાવાદમાં ભારે વરસાદની આગાહી | Gujarat Samachar", h1: "અમદાવાદમાં ભારે વરસાદની આગાહી",
		nav: `<a href="/">હોમ</a> <a href="/gujarat">ગુજરાત</a>`, meta: `<span class="date">૧૨ એપ્રિલ ૨૦૨૪, શુક્રવાર</span>`,
		text: text70gu, wantTitle: "અમદાવાદમાં ભારે વરસાદની આગાહી", pub: "2024-04-12"},
	{name: "pa jagbani", lang: "pa", title: "ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ - Jagbani", h1: "ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ",
		nav: `<a href="/">ਮੁੱਖ ਪੰਨਾ</a> <a href="/punjab">ਪੰਜਾਬ</a>`, meta: `<span class="date">12 ਅਪ੍ਰੈਲ 2024 14:22</span>`,
		text: text70pa, wantTitle: "ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ", pub: "2024-04-12"},
	{name: "te published", lang: "te", title: "రైతుల కోసం కొత్త పథకం | Andhrajyothy", h1: "రైతుల కోసం కొత్త పథకం",
		nav: `<a href="/">హోమ్</a> <a href="/telangana">తెలంగాణ</a>`, meta: `<span class="date">ప్రచురణ: 12 ఏప్రిల్ 2024 14:22</span>`,
		text: text70te, wantTitle: "రైతుల కోసం కొత్త పథకం", pub: "2024-04-12"},
	{name: "kn prajavani", lang: "kn", title: "ರೈತರಿಗೆ ಹೊಸ ಯೋಜನೆ ಘೋಷಣೆ | Prajavani", h1: "ರೈತರಿಗೆ ಹೊಸ ಯೋಜನೆ ಘೋಷಣೆ",
		nav: `<a href="/">ಮುಖಪುಟ</a> <a href="/karnataka">ಕರ್ನಾಟಕ</a>`, meta: `<span class="date">Published 12 ಏಪ್ರಿಲ್ 2024, 14:22 IST</span>`,
		text: text70kn, wantTitle: "ರೈತರಿಗೆ ಹೊಸ ಯೋಜನೆ ಘೋಷಣೆ", pub: "2024-04-12"},
	{name: "ml native", lang: "ml", title: "കർഷകർക്ക് പുതിയ പദ്ധതി | Deshabhimani", h1: "കർഷകർക്ക് പുതിയ പദ്ധതി",
		nav: `<a href="/">ഹോം</a> <a href="/kerala">കേരളം</a>`, meta: `<span class="date">12 ഏപ്രിൽ 2024, 02:22 PM</span>`,
		text: text70ml, wantTitle: "കർഷകർക്ക് പുതിയ പദ്ധതി", pub: "2024-04-12"},
	{name: "ka interpressnews", lang: "ka", title: "ფერმერებისთვის ახალი პროგრამა - Interpressnews", h1: "ფერმერებისთვის ახალი პროგრამა",
		nav: `<a href="/">მთავარი</a> <a href="/politics">პოლიტიკა</a>`, meta: `<span class="author">ავტორი: გიორგი ბერიძე</span> <span class="date">12 აპრილი 2024 14:22</span>`,
		text: text70ka, wantTitle: "ფერმერებისთვის ახალი პროგრამა", authors: []string{"გიორგი ბერიძე"}, pub: "2024-04-12"},
	{name: "hy armenpress", lang: "hy", title: "Ֆերմերների համար նոր ծրագիր | Armenpress", h1: "Ֆերմերների համար նոր ծրագիր",
		nav: `<a href="/">Գլխավոր</a> <a href="/politics">Քաղաքականություն</a>`, meta: `<span class="author">Հեղինակ՝ Արամ Պետրոսյան</span> <span class="date">12 ապրիլի, 2024, 14:22</span>`,
		text: text70hy, wantTitle: "Ֆերմերների համար նոր ծրագիր", authors: []string{"Արամ Պետրոսյան"}, pub: "2024-04-12"},
	{name: "az report", lang: "az", title: "Fermerlər üçün yeni proqram | Report.az", h1: "Fermerlər üçün yeni proqram",
		nav: `<a href="/">Əsas səhifə</a> <a href="/siyaset">Siyasət</a>`, meta: `<span class="author">Müəllif: Elvin Məmmədov</span> <span class="date">12 aprel, 2024 14:22</span>`,
		text: text70az, wantTitle: "Fermerlər üçün yeni proqram", authors: []string{"Elvin Məmmədov"}, pub: "2024-04-12"},
	{name: "az avqust", lang: "az", title: "Fermerlər üçün yeni proqram - APA", h1: "Fermerlər üçün yeni proqram",
		nav: `<a href="/">Əsas səhifə</a> <a href="/siyaset">Siyasət</a>`, meta: `<span class="date">14 avqust 2023 14:22</span>`,
		text: text70az, wantTitle: "Fermerlər üçün yeni proqram", pub: "2023-08-14"},
	{name: "uz daryo", lang: "uz", title: "Fermerlar uchun yangi dastur – Daryo", h1: "Fermerlar uchun yangi dastur",
		nav: `<a href="/">Bosh sahifa</a> <a href="/jamiyat">Jamiyat</a>`, meta: `<span class="author">Muallif: Aziz Karimov</span> <span class="date">12 aprel 2024, 14:22</span>`,
		text: text70uz, wantTitle: "Fermerlar uchun yangi dastur", authors: []string{"Aziz Karimov"}, pub: "2024-04-12"},
	{name: "kk kazinform", lang: "kk", title: "Фермерлерге жаңа бағдарлама - Kazinform", h1: "Фермерлерге жаңа бағдарлама",
		nav: `<a href="/">Басты бет</a> <a href="/politics">Саясат</a>`, meta: `<span class="author">Авторы: Айгүл Серікова</span> <span class="date">12 сәуір 2024, 14:22</span>`,
		text: text70kk, wantTitle: "Фермерлерге жаңа бағдарлама", authors: []string{"Айгүл Серікова"}, pub: "2024-04-12"},
	{name: "mn ikon", lang: "mn", title: "Малчдад зориулсан шинэ хөтөлбөр | ikon.mn", h1: "Малчдад зориулсан шинэ хөтөлбөр",
		nav: `<a href="/">Нүүр</a> <a href="/politics">Улс төр</a>`, meta: `<span class="date">2024 оны 4-р сарын 12, 14:22</span>`,
		text: text70mn, wantTitle: "Малчдад зориулсан шинэ хөтөлбөр", pub: "2024-04-12"},
	{name: "si lankadeepa", lang: "si", title: "ගොවීන්ට නව වැඩසටහනක් | Lankadeepa", h1: "ගොවීන්ට නව වැඩසටහනක්",
		nav: `<a href="/">මුල් පිටුව</a> <a href="/news">පුවත්</a>`, meta: `<span class="date">2024 අප්‍රේල් 12 14:22</span>`,
		text: text70si, wantTitle: "ගොවීන්ට නව වැඩසටහනක්", pub: "2024-04-12"},
	{name: "my bbc burmese digits", lang: "my", title: "လယ်သမားများအတွက် အစီအစဉ်သစ် - BBC News မြန်မာ", h1: "လယ်သမားများအတွက် အစီအစဉ်သစ်",
		nav: `<a href="/">ပင်မစာမျက်နှာ</a>`, meta: `<time>၁၂ ဧပြီ ၂၀၂၄</time>`,
		text: text70my, wantTitle: "လယ်သမားများအတွက် အစီအစဉ်သစ်", pub: "2024-04-12"},
	{name: "ne bbc nepali digits", lang: "ne", title: "किसानका लागि नयाँ कार्यक्रम - BBC News नेपाली", h1: "किसानका लागि नयाँ कार्यक्रम",
		nav: `<a href="/">गृहपृष्ठ</a>`, meta: `<time>१२ अप्रिल २०२४</time>`,
		text: text70ne, wantTitle: "किसानका लागि नयाँ कार्यक्रम", pub: "2024-04-12"},
	{name: "el syntaktis", lang: "el", title: "Νέο πρόγραμμα για τους αγρότες | Kathimerini.gr", h1: "Νέο πρόγραμμα για τους αγρότες",
		nav: `<a href="/">Αρχική</a> <a href="/politics">Πολιτική</a>`, meta: `<span class="author">Συντάκτης: Γιώργος Παπαδόπουλος</span> <span class="date">12 Απριλίου 2024, 14:22</span>`,
		text: text70el, wantTitle: "Νέο πρόγραμμα για τους αγρότες", authors: []string{"Γιώργος Παπαδόπουλος"}, pub: "2024-04-12"},
	{name: "sw mwananchi", lang: "sw", title: "Mpango mpya kwa wakulima | Mwananchi", h1: "Mpango mpya kwa wakulima",
		nav: `<a href="/">Nyumbani</a> <a href="/habari">Habari</a>`, meta: `<span class="author">Na John Mrema</span> <span class="date">Ijumaa, Aprili 12, 2024</span>`,
		text: text70sw, wantTitle: "Mpango mpya kwa wakulima", authors: []string{"John Mrema"}, pub: "2024-04-12",
		leftover: "Swahili's \"Na\" (by) is kept: it is also a Korean surname and Portuguese's \"in the\""},
	{name: "km khmer digits", lang: "km", title: "កម្មវិធីថ្មីសម្រាប់កសិករ - Fresh News", h1: "កម្មវិធីថ្មីសម្រាប់កសិករ",
		nav: `<a href="/">ទំព័រដើម</a>`, meta: `<span class="date">ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤</span>`,
		text: text70km, wantTitle: "កម្មវិធីថ្មីសម្រាប់កសិករ", pub: "2024-04-12"},
}

func TestLangPages70(t *testing.T) {
	checkLangPages70(t, langPages70)
}

// The Gregorian dates of the languages fartherMonthNames adds are read in
// their scripts' digits and spellings: Gujarati, Gurmukhi, Myanmar and
// Khmer digits, Sinhala's name with and without its joiner, Malayalam's
// with the atomic chillu and with the older virama and joiner,
// Gurmukhi's nukta letter as one character or two, Armenian's genitive,
// Kazakh's, and Mongolian's numbered month ("4-р сарын").
func TestFartherMonthDates70(t *testing.T) {
	for s, want := range map[string]string{
		"१२ एप्रिल २०२४, २:२२ pm":         "2024-04-12",
		"૧૨ એપ્રિલ ૨૦૨૪":                  "2024-04-12",
		"੧੨ ਅਪ੍ਰੈਲ ੨੦੨੪":                  "2024-04-12",
		"12 ఏప్రిల్ 2024":                 "2024-04-12",
		"೧೨ ಏಪ್ರಿಲ್ ೨೦೨೪":                 "2024-04-12",
		"12 ഏപ്രിൽ 2024":                  "2024-04-12",
		"12 ഏപ്രില്\u200d 2024":           "2024-04-12",
		"12 \u0a5eਰਵਰੀ 2024":              "2024-02-12",
		"12 \u0a2b\u0a3cਰਵਰੀ 2024":        "2024-02-12",
		"2024 අප්\u200dරේල් 12":           "2024-04-12",
		"2024 අප්රේල් 12":                 "2024-04-12",
		"၁၂ ဧပြီ ၂၀၂၄":                    "2024-04-12",
		"ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤": "2024-04-12",
		"໑໒ ເມສາ ໒໐໒໔":                    "2024-04-12",
		"12 აპრილი 2024":                  "2024-04-12",
		"12 ապրիլի, 2024, 14:22":          "2024-04-12",
		"14 avqust 2023":                  "2023-08-14",
		"12 sentabr 2024":                 "2024-09-12",
		"12 қазан 2024":                   "2024-10-12",
		"2024 оны 4-р сарын 12, 14:22":    "2024-04-12",
		"2024 оны 10 сарын 3":             "2024-10-03",
	} {
		w, ok := parseDate(s, true)
		if got := w.t.Format("2006-01-02"); !ok || got != want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", s, got, ok, want)
		}
	}
	// A number before "сарын" that is no month, or none, is no date.
	for _, s := range []string{"2024 оны 14 сарын 12", "2024 оны сарын 12"} {
		if w, ok := parseDate(s, true); ok {
			t.Errorf("parseDate(%q) = %v; want none", s, w.t)
		}
	}
}

// The labels of the publication and of the update in Georgian, Armenian
// (its comma-colon after the label), Azerbaijani, Uzbek, Kazakh,
// Mongolian and Gujarati tell the two dates of a page apart
// (moreDateVerbLabels); Marathi's are Hindi's, Telugu sites print
// English ones.
func TestLangPagesUpdated70(t *testing.T) {
	mk := func(lang, title, nav, meta, text string, pub, mod string) langPage70 {
		return langPage70{name: lang + " mod", lang: lang, title: title + " | Site", h1: title, nav: nav, meta: meta, text: text, wantTitle: title, pub: pub, mod: mod}
	}
	checkLangPages70(t, []langPage70{
		mk("ka", "ფერმერებისთვის ახალი პროგრამა", "", `<span>გამოქვეყნდა: 12 აპრილი 2024 14:22</span> <span>განახლდა: 14 აპრილი 2024 10:15</span>`, text70ka, "2024-04-12", "2024-04-14"),
		mk("hy", "Ֆերմերների համար նոր ծրագիր", "", `<span>Հրապարակվել է՝ 12 ապրիլի 2024, 14:22</span> <span>Թարմացվել է՝ 14 ապրիլի 2024, 10:15</span>`, text70hy, "2024-04-12", "2024-04-14"),
		mk("az", "Fermerlər üçün yeni proqram", "", `<span>Dərc olunub: 12.04.2024 14:22</span> <span>Yenilənib: 14.04.2024 10:15</span>`, text70az, "2024-04-12", "2024-04-14"),
		mk("uz", "Fermerlar uchun yangi dastur", "", `<span>Chop etildi: 12.04.2024 14:22</span> <span>Yangilandi: 14.04.2024 10:15</span>`, text70uz, "2024-04-12", "2024-04-14"),
		mk("kk", "Фермерлерге жаңа бағдарлама", "", `<span>Жарияланды: 12.04.2024 14:22</span> <span>Жаңартылды: 14.04.2024 10:15</span>`, text70kk, "2024-04-12", "2024-04-14"),
		mk("mr", "शेतकऱ्यांना दिलासा", "", `<span>प्रकाशित: 12 एप्रिल 2024</span> <span>अपडेटेड: 14 एप्रिल 2024</span>`, text70mr, "2024-04-12", "2024-04-14"),
		mk("gu", "અમદાવાદમાં ભારે વરસાદની આગાહી", "", `<span>પ્રકાશિત: 12 એપ્રિલ 2024</span> <span>અપડેટ: 14 એપ્રિલ 2024</span>`, text70gu, "2024-04-12", "2024-04-14"),
		mk("te", "రైతుల కోసం కొత్త పథకం", "", `<span>Published: 12 Apr 2024 14:22 IST</span> <span>Updated: 14 Apr 2024 10:15 IST</span>`, text70te, "2024-04-12", "2024-04-14"),
		mk("mn", "Малчдад зориулсан шинэ хөтөлбөр", "", `<span>Нийтэлсэн: 2024.04.12 14:22</span> <span>Шинэчилсэн: 2024.04.14 10:15</span>`, text70mn, "2024-04-12", "2024-04-14"),
	})
}
