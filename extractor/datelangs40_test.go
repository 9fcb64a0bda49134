package extractor

import (
	"slices"
	"strings"
	"testing"
)

// newsPages40 are the news pages of the languages after the twenty most
// common in news: the sentence and byline auditPage builds a page of.
// Their dates are in langAudits40.
var newsPages40 = []newsPage{
	{lang: "cs", sentence: "Městská rada v úterý schválila rozšíření autobusové sítě v severních čtvrtích města.", by: "Autor:", author: "Jan Novák"},
	{lang: "sk", sentence: "Mestské zastupiteľstvo v utorok schválilo rozšírenie autobusovej siete v severných štvrtiach mesta.", by: "Autor:", author: "Ján Kováč"},
	{lang: "sv", sentence: "Kommunfullmäktige beslutade på tisdagen att bygga ut bussnätet i de norra stadsdelarna.", by: "Av", author: "Anna Andersson"},
	{lang: "da", sentence: "Byrådet besluttede tirsdag at udvide busnettet i de nordlige bydele.", by: "Af", author: "Lars Hansen"},
	{lang: "nb", sentence: "Bystyret vedtok tirsdag å bygge ut bussnettet i de nordlige bydelene.", by: "Av", author: "Kari Nordmann"},
	{lang: "fi", sentence: "Kaupunginvaltuusto päätti tiistaina laajentaa bussiverkkoa kaupungin pohjoisissa kaupunginosissa.", by: "", author: "Matti Virtanen"},
	{lang: "el", sentence: "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την επέκταση του δικτύου λεωφορείων στις βόρειες συνοικίες.", by: "Του", author: "Γιώργου Παπαδόπουλου"},
	{lang: "hu", sentence: "A városi közgyűlés kedden megszavazta a buszhálózat bővítését az északi kerületekben.", by: "Szerző:", author: "Nagy Péter"},
	{lang: "he", sentence: "מועצת העיר אישרה ביום שלישי את הרחבת רשת האוטובוסים בשכונות הצפוניות של העיר.", by: "מאת", author: "דני כהן"},
	{lang: "th", sentence: "สภาเทศบาลลงมติเมื่อวันอังคารให้ขยายเครือข่ายรถโดยสารประจำทางในเขตทางตอนเหนือของเมือง", by: "โดย", author: "สมชาย ใจดี"},
	{lang: "bg", sentence: "Общинският съвет одобри във вторник разширяването на автобусната мрежа в северните квартали.", by: "Автор:", author: "Иван Иванов"},
	{lang: "sr", sentence: "Градско веће је у уторак усвојило проширење аутобуске мреже у северним деловима града.", by: "Аутор:", author: "Марко Петровић"},
	{lang: "sr-Latn", sentence: "Gradsko veće je u utorak usvojilo proširenje autobuske mreže u severnim delovima grada.", by: "Autor:", author: "Marko Petrović"},
	{lang: "hr", sentence: "Gradsko vijeće u utorak je izglasalo proširenje autobusne mreže u sjevernim četvrtima grada.", by: "Autor:", author: "Ivan Horvat"},
	{lang: "sl", sentence: "Mestni svet je v torek potrdil razširitev avtobusnega omrežja v severnih četrtih mesta.", by: "Avtor:", author: "Janez Novak"},
	{lang: "lt", sentence: "Miesto taryba antradienį pritarė autobusų tinklo plėtrai šiauriniuose miesto rajonuose.", by: "Autorius:", author: "Jonas Kazlauskas"},
	{lang: "lv", sentence: "Pilsētas dome otrdien atbalstīja autobusu tīkla paplašināšanu pilsētas ziemeļu rajonos.", by: "Autors:", author: "Jānis Bērziņš"},
	{lang: "et", sentence: "Linnavolikogu kiitis teisipäeval heaks bussivõrgu laiendamise linna põhjapoolsetes linnaosades.", by: "Autor:", author: "Mari Tamm"},
	{lang: "ca", sentence: "El ple de l'ajuntament va aprovar dimarts l'ampliació de la xarxa d'autobusos als barris del nord.", by: "Per", author: "Jordi Puig"},
	{lang: "ms", sentence: "Majlis bandaraya pada hari Selasa meluluskan perluasan rangkaian bas di kawasan utara bandar.", by: "Oleh", author: "Ahmad Ismail"},
	{lang: "tl", sentence: "Inaprubahan ng konseho ng lungsod noong Martes ang pagpapalawak ng network ng bus sa hilagang distrito.", by: "Ni", author: "Juan dela Cruz"},
	{lang: "bn", sentence: "নগর পরিষদ মঙ্গলবার শহরের উত্তরাঞ্চলে বাস নেটওয়ার্ক সম্প্রসারণের প্রস্তাব অনুমোদন করেছে।", by: "লেখক:", author: "রহিম উদ্দিন"},
	{lang: "ta", sentence: "நகர மன்றம் செவ்வாய்க்கிழமை வடக்கு மாவட்டங்களில் பேருந்து வலையமைப்பை விரிவுபடுத்த ஒப்புதல் அளித்தது.", by: "", author: "முருகன் செல்வம்"},
	{lang: "ur", sentence: "سٹی کونسل نے منگل کے روز شہر کے شمالی علاقوں میں بس نیٹ ورک کی توسیع کی منظوری دے دی۔", by: "", author: "احمد علی"},
	{lang: "sw", sentence: "Baraza la jiji siku ya Jumanne liliidhinisha upanuzi wa mtandao wa mabasi katika wilaya za kaskazini.", by: "Na", author: "Juma Mwangi"},
}

var (
	thaiDig    = digitsFrom('๐')
	bengaliDig = digitsFrom('০')
)

// langAudits40 are the languages of news after the twenty of langAudits:
// their month names (CLDR's, full in the form dates use, genitive or
// inflected, and abbreviated), labels, numeric orders and digits.
var langAudits40 = []langAudit{
	{lang: "cs",
		full:    [12]string{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y}, 10:30"},
		pub:     []string{"Publikováno:", "Zveřejněno:", "Datum:", "Vydáno:"},
		mod:     []string{"Aktualizováno:", "Upraveno:", "Poslední aktualizace:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}. {mm}. {yyyy}"},
		line:    "čtvrtek 16. května 2024, 10:30"},
	{lang: "sk",
		full:    [12]string{"januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"},
		abbr:    [12]string{"jan.", "feb.", "mar.", "apr.", "máj", "jún", "júl", "aug.", "sep.", "okt.", "nov.", "dec."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y} o 10:30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Publikované:", "Uverejnené:", "Dátum:", "Zverejnené:"},
		mod:     []string{"Aktualizované:", "Upravené:", "Posledná aktualizácia:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}. {mm}. {yyyy}"},
		line:    "štvrtok 16. mája 2024, 10:30"},
	{lang: "sv",
		full:    [12]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
		abbr:    [12]string{"jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.|sept.", "okt.", "nov.", "dec."},
		long:    []string{"{d} {m} {y}", "{d} {m} {y} kl. 10.30"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Publicerad", "Publicerad:", "Publicerat:", "Datum:"},
		mod:     []string{"Uppdaterad", "Uppdaterad:", "Senast uppdaterad:", "Ändrad:"},
		numeric: []string{"{yyyy}-{mm}-{dd}"},
		line:    "torsdag 16 maj 2024 kl. 10.30"},
	{lang: "da",
		full:    [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
		abbr:    [12]string{"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y} kl. 10.30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Publiceret", "Publiceret:", "Udgivet", "Dato:"},
		mod:     []string{"Opdateret", "Opdateret:", "Sidst opdateret:", "Ændret:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}/{m}/{yyyy}"},
		line:    "torsdag 16. maj 2024 kl. 10.30"},
	{lang: "nb",
		full:    [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
		abbr:    [12]string{"jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y} kl. 10.30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Publisert:", "Publisert", "Dato:"},
		mod:     []string{"Oppdatert:", "Oppdatert", "Sist oppdatert:", "Endret:"},
		numeric: []string{"{dd}.{mm}.{yyyy}"},
		line:    "torsdag 16. mai 2024 kl. 10.30"},
	{lang: "fi",
		full:    [12]string{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		abbr:    [12]string{"tammik.", "helmik.", "maalisk.", "huhtik.", "toukok.", "kesäk.", "heinäk.", "elok.", "syysk.", "lokak.", "marrask.", "jouluk."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y} klo 10.30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Julkaistu", "Julkaistu:", "Päiväys:"},
		mod:     []string{"Päivitetty", "Päivitetty:", "Muokattu:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}.{m}.{yyyy}"},
		line:    "torstai 16.5.2024 klo 10.30"},
	{lang: "el",
		full:    [12]string{"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"},
		abbr:    [12]string{"Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ|Μαϊ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"},
		long:    []string{"{d} {m} {y}", "{d} {m} {y}, 10:30", "{d} {m}, {y}"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Δημοσιεύθηκε:", "Δημοσίευση:", "Ημερομηνία:"},
		mod:     []string{"Ενημερώθηκε:", "Τελευταία ενημέρωση:", "Ενημέρωση:"},
		numeric: []string{"{dd}/{mm}/{yyyy}", "{dd}.{mm}.{yyyy}"},
		line:    "Πέμπτη, 16 Μαΐου 2024, 10:30"},
	{lang: "el", // all capitals, as headers print them: no accents
		full: [12]string{"ΙΑΝΟΥΑΡΙΟΥ", "ΦΕΒΡΟΥΑΡΙΟΥ", "ΜΑΡΤΙΟΥ", "ΑΠΡΙΛΙΟΥ", "ΜΑΪΟΥ|ΜΑΙΟΥ", "ΙΟΥΝΙΟΥ", "ΙΟΥΛΙΟΥ", "ΑΥΓΟΥΣΤΟΥ", "ΣΕΠΤΕΜΒΡΙΟΥ", "ΟΚΤΩΒΡΙΟΥ", "ΝΟΕΜΒΡΙΟΥ", "ΔΕΚΕΜΒΡΙΟΥ"},
		long: []string{"{d} {m} {y}"}},
	{lang: "hu",
		full:  [12]string{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
		abbr:  [12]string{"jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."},
		long:  []string{"{y}. {m} {d}.", "{y}. {m} {d}. 10:30"},
		short: []string{"{y}. {m} {d}."},
		noDay: "{y}. {m}", noYear: "{m} {d}.",
		pub:     []string{"Közzétéve:", "Megjelent:", "Publikálva:", "Dátum:"},
		mod:     []string{"Frissítve:", "Módosítva:", "Utolsó frissítés:"},
		numeric: []string{"{yyyy}. {mm}. {dd}.", "{yyyy}.{mm}.{dd}."},
		line:    "2024. május 16., csütörtök 10:30"},
	{lang: "he",
		full:    [12]string{"בינואר", "בפברואר", "במרץ|במרס", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"},
		abbr:    [12]string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"},
		long:    []string{"{d} {m} {y}", "{d} {m} {y}, 10:30"},
		short:   []string{"{d} {m} {y}", "{d} ב{m} {y}"},
		pub:     []string{"פורסם:", "פורסם ב", "תאריך:", "תאריך פרסום:"},
		mod:     []string{"עודכן:", "עודכן ב", "עודכן לאחרונה:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yyyy}"},
		line:    "יום חמישי, 16 במאי 2024, 10:30"},
	{lang: "th", era: 543,
		full:    [12]string{"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"},
		abbr:    [12]string{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."},
		long:    []string{"{d} {m} {y}", "{d} {m} พ.ศ. {y}", "วันที่ {d} {m} {y}"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"เผยแพร่:", "เผยแพร่เมื่อ", "วันที่เผยแพร่:", "โพสต์เมื่อ"},
		mod:     []string{"อัปเดต:", "อัปเดตล่าสุด:", "แก้ไขล่าสุด:", "ปรับปรุงล่าสุด:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		digits:  thaiDig,
		line:    "วันพฤหัสบดีที่ 16 พฤษภาคม 2567 เวลา 10:30 น."},
	{lang: "bg",
		full:    [12]string{"януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"},
		abbr:    [12]string{"яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"},
		long:    []string{"{d} {m} {y}", "{d} {m} {y} г.", "{d} {m} {y}, 10:30"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Публикувано:", "Публикувана:", "Дата:"},
		mod:     []string{"Обновено:", "Актуализирано:", "Последна актуализация:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy} г."},
		line:    "четвъртък, 16 май 2024 г., 10:30"},
	{lang: "sr",
		full:    [12]string{"јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"},
		long:    []string{"{d}. {m} {y}.", "{d}. {m} {y}. 10:30"},
		pub:     []string{"Објављено:", "Датум:"},
		mod:     []string{"Ажурирано:", "Измењено:"},
		numeric: []string{"{dd}.{mm}.{yyyy}.", "{d}. {m}. {yyyy}."},
		line:    "четвртак, 16. мај 2024. 10:30"},
	{lang: "sr-Latn",
		full:    [12]string{"januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"},
		long:    []string{"{d}. {m} {y}.", "{d}. {m} {y}. 10:30"},
		pub:     []string{"Objavljeno:", "Datum:"},
		mod:     []string{"Ažurirano:", "Izmenjeno:"},
		numeric: []string{"{dd}.{mm}.{yyyy}.", "{d}. {m}. {yyyy}."},
		line:    "četvrtak, 16. maj 2024. 10:30"},
	{lang: "hr",
		full:    [12]string{"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga|studenog", "prosinca"},
		long:    []string{"{d}. {m} {y}.", "{d}. {m} {y}. u 10:30"},
		pub:     []string{"Objavljeno:", "Datum objave:", "Objavljeno"},
		mod:     []string{"Ažurirano:", "Zadnja izmjena:", "Ažurirano"},
		numeric: []string{"{dd}.{mm}.{yyyy}.", "{d}. {m}. {yyyy}."},
		line:    "četvrtak, 16. svibnja 2024. u 10:30"},
	{lang: "sl",
		full:    [12]string{"januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"},
		abbr:    [12]string{"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "avg.", "sep.", "okt.", "nov.", "dec."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y} ob 10:30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Objavljeno:", "Datum objave:", "Objavljeno"},
		mod:     []string{"Posodobljeno:", "Zadnja sprememba:", "Posodobljeno"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}. {m}. {yyyy}"},
		line:    "četrtek, 16. maj 2024, 10:30"},
	{lang: "lt",
		full:  [12]string{"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"},
		abbr:  [12]string{"saus.", "vas.", "kov.", "bal.", "geg.", "birž.", "liep.", "rugp.", "rugs.", "spal.", "lapkr.", "gruod."},
		long:  []string{"{y} m. {m} {d} d.", "{y} m. {m} {d} d. 10:30", "{y} {m} {d}"},
		short: []string{"{y} m. {m} {d} d."},
		noDay: "{y} m. {m}", noYear: "{m} {d} d.",
		pub:     []string{"Paskelbta:", "Publikuota:", "Data:"},
		mod:     []string{"Atnaujinta:", "Atnaujinta", "Redaguota:"},
		numeric: []string{"{yyyy}-{mm}-{dd}", "{yyyy}.{mm}.{dd}"},
		line:    "2024 m. gegužės 16 d., ketvirtadienis, 10:30"},
	{lang: "lv",
		full:  [12]string{"janvāris|janvārī", "februāris|februārī", "marts|martā", "aprīlis|aprīlī", "maijs|maijā", "jūnijs|jūnijā", "jūlijs|jūlijā", "augusts|augustā", "septembris|septembrī", "oktobris|oktobrī", "novembris|novembrī", "decembris|decembrī"},
		abbr:  [12]string{"janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.", "dec."},
		long:  []string{"{y}. gada {d}. {m}", "{d}. {m}, {y}", "{d}. {m} {y}"},
		short: []string{"{y}. gada {d}. {m}"},
		noDay: "{y}. gada {m}", noYear: "{d}. {m}",
		pub:     []string{"Publicēts:", "Publicēts", "Datums:"},
		mod:     []string{"Atjaunots:", "Atjaunināts:", "Labots:"},
		numeric: []string{"{dd}.{mm}.{yyyy}"},
		line:    "ceturtdiena, 2024. gada 16. maijs, 10:30"},
	{lang: "et",
		full:    [12]string{"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"},
		abbr:    [12]string{"jaan.", "veebr.", "märts", "apr.", "mai", "juuni", "juuli", "aug.", "sept.", "okt.", "nov.", "dets."},
		long:    []string{"{d}. {m} {y}", "{d}. {m} {y}, 10:30"},
		short:   []string{"{d}. {m} {y}"},
		pub:     []string{"Avaldatud:", "Avaldatud", "Kuupäev:"},
		mod:     []string{"Uuendatud:", "Muudetud:", "Viimati uuendatud:"},
		numeric: []string{"{dd}.{mm}.{yyyy}", "{d}.{m}.{yyyy}"},
		line:    "neljapäev, 16. mai 2024, 10:30"},
	{lang: "ca",
		full:    [12]string{"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"},
		abbr:    [12]string{"gen.", "febr.", "març", "abr.", "maig", "juny", "jul.", "ag.", "set.", "oct.", "nov.", "des."},
		long:    []string{"{d} de {m} de {y}", "{d} de {m} del {y}", "{d} {m} {y}"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Publicat:", "Publicat el", "Data de publicació:", "Data:"},
		mod:     []string{"Actualitzat:", "Actualitzat el", "Darrera actualització:", "Modificat el"},
		numeric: []string{"{dd}/{mm}/{yyyy}", "{dd}.{mm}.{yyyy}"},
		line:    "dijous, 16 de maig de 2024, 10:30"},
	{lang: "ca", // d' before a vowel: "16 d'abril de 2024", "d’octubre"
		full: [12]string{"", "", "", "d'abril|d’abril", "", "", "", "d'agost|d’agost", "", "d'octubre|d’octubre", "", ""},
		long: []string{"{d} {m} de {y}", "{d} {m} del {y}"}},
	{lang: "ms",
		full:    [12]string{"Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"},
		abbr:    [12]string{"Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"},
		long:    []string{"{d} {m} {y}", "{d} {m} {y}, 10:30 pagi"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Diterbitkan:", "Diterbitkan pada", "Tarikh:"},
		mod:     []string{"Dikemas kini:", "Dikemaskini:", "Kemas kini:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		line:    "Khamis, 16 Mei 2024, 10:30 pagi"},
	{lang: "tl",
		full:    [12]string{"Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"},
		long:    []string{"{m} {d}, {y}", "{d} {m} {y}"},
		pub:     []string{"Inilathala:", "Inilathala noong", "Petsa:"},
		mod:     []string{"Na-update:", "Na-update noong", "Huling update:"},
		numeric: []string{"{mm}/{dd}/{yyyy}"},
		line:    "Huwebes, Mayo 16, 2024, 10:30"},
	{lang: "bn",
		full:    [12]string{"জানুয়ারি|জানুয়ারী", "ফেব্রুয়ারি|ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট|অগাস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"},
		long:    []string{"{d} {m} {y}", "{d} {m}, {y}", "{d} {m} {y}, ১০:৩০"},
		pub:     []string{"প্রকাশিত:", "প্রকাশ:", "প্রকাশের তারিখ:", "তারিখ:"},
		mod:     []string{"আপডেট:", "হালনাগাদ:", "সর্বশেষ আপডেট:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		digits:  bengaliDig,
		line:    "বৃহস্পতিবার, ১৬ মে ২০২৪, ১০:৩০"},
	{lang: "ta",
		full:    [12]string{"ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"},
		long:    []string{"{d} {m} {y}", "{d} {m}, {y}", "{m} {d}, {y}"},
		pub:     []string{"வெளியிடப்பட்டது:", "பதிவு:", "தேதி:"},
		mod:     []string{"புதுப்பிக்கப்பட்டது:", "அப்டேட்:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		line:    "வியாழன், 16 மே 2024, 10:30"},
	{lang: "ur",
		full:    [12]string{"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"},
		long:    []string{"{d} {m} {y}", "{d} {m}، {y}", "{d} {m} {y} 10:30"},
		pub:     []string{"شائع:", "شائع شدہ:", "تاریخ اشاعت:", "اشاعت:"},
		mod:     []string{"اپ ڈیٹ:", "آخری اپ ڈیٹ:", "تازہ ترین:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		digits:  persianDig,
		line:    "جمعرات 16 مئی 2024"},
	{lang: "sw",
		full:    [12]string{"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"},
		abbr:    [12]string{"Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ago", "Sep", "Okt", "Nov", "Des"},
		long:    []string{"{d} {m} {y}", "{m} {d}, {y}", "{d} {m}, {y}"},
		short:   []string{"{d} {m} {y}"},
		pub:     []string{"Imechapishwa:", "Ilichapishwa:", "Tarehe:"},
		mod:     []string{"Imesasishwa:", "Ilisasishwa:"},
		numeric: []string{"{dd}/{mm}/{yyyy}"},
		line:    "Alhamisi, 16 Mei 2024, 10:30"},
}

// TestDateLanguageAudit40 is TestDateLanguageAudit for the languages of
// news after the twenty most common: Czech to Swahili, with their
// genitive months, ordinal dots, own digits and Thailand's Buddhist era.
// Its guards are texts of these languages with a month name beside a
// number that are no date.
//
// Known gaps: a Thai numeric date of the Buddhist era with no Thai letter
// in its text on a page that neither declares Thai nor has a Thai headline
// ("05/06/2567" alone: thaiPage). One in Thai digits is read since
// dates48: the digits say the era.
// Croatian's October, "listopada", which Polish and Czech pages write for
// November, is read by the page's language (dateOrder).
func TestDateLanguageAudit40(t *testing.T) {
	known := []string{"th? order-detected"}
	auditLanguages(t, langAudits40, known, []auditGuard{
		{"sv", "Mars 5 gånger större än 2024", true}, {"ms", "Mac 5 orang ditahan 2024", false},
		{"fi", "Toukokuu 5 kertaa 2024", true}, {"lt", "Kovo 5 dalyviai 2024", true},
		{"el", "Μάρτιος 5 φορές 2024", true}, {"he", "מאי 5 שחקנים 2024", true},
		{"cs", "Září 5 hráčů 2024", true}, {"ca", "Maig 5 jugadors 2024", true},
		// A year, a month abbreviation and a number are a date only
		// with the year's dot or word ("2024. máj. 16.").
		{"fr", "En 2024 des 5 candidats", false}, {"pt", "Em 2024 set 5 metas", false},
		// A sentence's full stop after the year is no year's dot: the
		// month or the day then carries none of its own.
		{"en", "Best of 2024. May 5 picks", false}, {"hu", "Rekord 2024. máj 5 gól", false},
	})
}

// Date labels that are everyday words elsewhere (Spanish and Italian
// "Dato:", a fact box; Urdu "تازہ ترین", latest, a ticker's name; Greek
// "Ενημέρωση", news; Tamil "பதிவு", register) name a date only when a date
// and little else follows them in their own block. (Alone in a block
// without a digit no such label is read at all.)
func TestWordDateLabelsNeedTheirDate(t *testing.T) {
	story := strings.Repeat("<p>El consejo municipal votó el martes el futuro del transbordador que une el puerto con la isla, tras meses de debate entre los vecinos.</p>", 5)
	for _, c := range []struct{ name, lang, block string }{
		{"es fact box", "es", `<p><strong>DATO:</strong> El 12 de marzo de 2024 se aprobó el presupuesto del puerto.</p>`},
		{"it fact box", "it", `<p>Dato: il 12 marzo 2024 il consiglio ha approvato il bilancio del porto.</p>`},
	} {
		page := `<html lang="` + c.lang + `"><head><title>Puerto</title></head><body><article><h1>Puerto</h1>` + c.block + story + `</article></body></html>`
		a := extractAt(t, page, "https://puerto.example/noticias/transbordador", Options{})
		if published(a) != "" || modified(a) != "" {
			t.Errorf("%s: published %q, modified %q, want neither: the label names no date here", c.name, published(a), modified(a))
		}
	}
	// Before its date in the same block, each is a label.
	for _, c := range []struct{ lang, line, want string }{
		{"da", "Dato: 12.03.2024", "pub"},
		{"ta", "பதிவு: 12.03.2024", "pub"},
		{"ur", "تازہ ترین: 12.03.2024", "mod"},
		{"el", "Ενημέρωση: 12.03.2024", "mod"},
	} {
		meta := ""
		if c.want == "mod" {
			meta = `<p class="meta">Publicado 10.03.2024</p>`
		}
		page := `<html lang="` + c.lang + `"><head><title>Puerto</title></head><body><article><h1>Puerto</h1>` + meta + `<p>` + c.line + `</p>` + story + `</article></body></html>`
		a := extractAt(t, page, "https://puerto.example/noticias/transbordador", Options{})
		got := published(a)
		if c.want == "mod" {
			got = modified(a)
		}
		if got != "2024-03-12" {
			t.Errorf("%s %q: %s = %q (published %q, modified %q), want 2024-03-12", c.lang, c.line, c.want, got, published(a), modified(a))
		}
	}
}

// TestMoreMonthNamesAreNew: a name or abbreviation of the languages after
// the twenty is written once, and not again beside the twenty's, as
// moreMonthNames says.
func TestMoreMonthNamesAreNew(t *testing.T) {
	for _, tables := range []struct {
		what        string
		first, more [12][]string
		farther     [12][]string
	}{{"name", monthNames20, moreMonthNames, fartherMonthNames}, {"abbreviation", monthAbbrs20, moreMonthAbbrs, [12][]string{}}} {
		seen := map[string]int{}
		for i, ns := range tables.first {
			for _, n := range ns {
				seen[n] = i + 1
			}
		}
		for i, ns := range slices.Concat(tables.more[:], tables.farther[:]) {
			i %= 12
			for _, n := range ns {
				if m, ok := seen[n]; ok {
					t.Errorf("month %s %q of month %d is already in the tables (month %d)", tables.what, n, i+1, m)
				}
				seen[n] = i + 1
			}
		}
	}
}
