package extractor

// The date labels of the languages of news after the twenty of
// bylinelabels.go (cs, sk, sv, da, nb, fi, el, hu, he, th, bg, sr, hr,
// sl, lt, lv, et, ca, ms, tl, bn, ta, ur, sw, and ka, hy, az, uz, kk, mn,
// gu), lower-cased: the verbs of
// publishing and of updating ("Publikováno:", "Päivitetty", "עודכן:"),
// and the nouns of a date before a colon ("Dátum:", "Kuupäev:"). The
// init of bylinelabels.go merges them into its lists; a verb holding
// one of moreModifiedStems is an update's.
var (
	moreDateVerbLabels = []string{
		"publikováno", "zveřejněno", "vydáno", "aktualizováno", "upraveno", "poslední aktualizace",
		"publikované", "uverejnené", "zverejnené", "aktualizované", "upravené", "posledná aktualizácia",
		"publicerad", "publicerat", "uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad",
		"publiceret", "udgivet", "opdateret", "sidst opdateret", "ændret",
		"publisert", "oppdatert", "sist oppdatert", "endret",
		"julkaistu", "päivitetty", "muokattu",
		"δημοσιεύθηκε", "δημοσιεύτηκε", "δημοσίευση", "ενημερώθηκε", "τελευταία ενημέρωση", "ενημέρωση",
		"közzétéve", "megjelent", "publikálva", "frissítve", "módosítva", "utolsó frissítés", "utoljára frissítve",
		"פורסם", "פורסם ב", "עודכן", "עודכן ב", "עודכן לאחרונה",
		"เผยแพร่", "เผยแพร่เมื่อ", "วันที่เผยแพร่", "โพสต์เมื่อ", "อัปเดต", "อัปเดตล่าสุด", "แก้ไขล่าสุด", "ปรับปรุงล่าสุด",
		"публикувано", "публикувана", "обновено", "актуализирано", "последна актуализация",
		"објављено", "ажурирано", "измењено",
		"objavljeno", "ažurirano", "izmenjeno", "zadnja izmjena", "posodobljeno", "zadnja sprememba",
		"paskelbta", "publikuota", "atnaujinta", "redaguota",
		"publicēts", "atjaunots", "atjaunināts", "labots",
		"avaldatud", "uuendatud", "muudetud", "viimati uuendatud",
		"publicat el", "actualitzat el", "actualitzat", "darrera actualització", "modificat el",
		"diterbitkan pada", "dikemas kini", "dikemaskini", "kemas kini",
		"inilathala noong", "inilathala", "na-update noong", "na-update", "huling update",
		"প্রকাশিত", "প্রকাশ", "আপডেট", "হালনাগাদ", "সর্বশেষ আপডেট",
		"வெளியிடப்பட்டது", "பதிவு", "புதுப்பிக்கப்பட்டது", "அப்டேட்",
		"شائع شدہ", "شائع", "اشاعت", "اپ ڈیٹ", "آخری اپ ڈیٹ", "تازہ ترین",
		"imechapishwa", "ilichapishwa", "imesasishwa", "ilisasishwa",
		"გამოქვეყნდა", "გამოქვეყნებულია", "განახლდა", "განახლებულია",
		"հրապարակվել է", "հրապարակված", "թարմացվել է", "թարմացված",
		"dərc olunub", "dərc edilib", "yenilənib", "yeniləndi",
		"chop etildi", "yangilandi",
		"жарияланды", "жарияланған", "жаңартылды", "жаңартылған",
		"нийтэлсэн", "нийтлэгдсэн", "шинэчилсэн", "шинэчлэгдсэн",
		"પ્રકાશિત", "અપડેટ", "અપડેટેડ",
	}
	// moreModifiedStems mark the verbs of updating among them.
	moreModifiedStems = []string{"aktualiz", "uprav", "uppdater", "ändrad", "opdater", "ændret", "oppdater", "endret", "päivitet", "muokat",
		"ενημ", "frissít", "módosít", "עודכן", "อัปเดต", "แก้ไข", "ปรับปรุง", "обновен", "актуализ", "ажурир", "измењ", "ažurir", "izmenj", "izmjen",
		"posodoblj", "sprememb", "atnaujint", "redaguot", "atjaun", "labots", "uuendat", "muudet", "actualitz", "kemas kini", "kemaskini",
		"update", "আপডেট", "হালনাগাদ", "புதுப்பிக்க", "அப்டேட்", "اپ ڈیٹ", "تازہ ترین", "sasishwa",
		"განახლ", "թարմաց", "yenilən", "yangilan", "жаңарты", "шинэчил", "шинэчл", "અપડેટ"}
	// moreDateVerbStems are fragments one of which each of
	// moreDateVerbLabels holds, beside those of verbStems and
	// dateVerbStems ("publi", "aktual", "обнов").
	moreDateVerbStems = []string{"zveřej", "vydáno", "uprav", "uverej", "zverej", "pdater", "ändrad", "udgivet", "ndret", "julkais", "päivitet", "muokat",
		"δημοσ", "ενημ", "közzé", "megjelent", "frissít", "módosít", "פורסם", "עודכן",
		"เผยแพร่", "โพสต์", "อัปเดต", "แก้ไข", "ปรับปรุง", "публикув", "актуализ", "објављ", "ажурир", "измењ",
		"objavlj", "ažurir", "izmenj", "izmjen", "posodoblj", "sprememb", "paskelb", "atnaujint", "redaguot", "atjaun", "labots",
		"avaldat", "uuendat", "muudet", "diterbitkan", "kemas", "inilathala",
		"প্রকাশ", "আপডেট", "হালনাগাদ", "வெளியிட", "பதிவு", "புதுப்பிக்க", "அப்டேட்", "شائع", "اشاعت", "اپ ڈیٹ", "تازہ ترین", "chapishwa", "sasishwa",
		"გამოქვეყნ", "განახლ", "հրապարակ", "թարմաց", "dərc", "yenilən", "chop etil", "yangilan", "жариял", "жаңарты", "нийтэл", "нийтлэг", "шинэчил", "шинэчл", "પ્રકાશ", "અપડેટ"}
	// moreDateColonLabels name a date before a colon ("Dátum: 16. 5.
	// 2024"); their capitalised forms are added by init.
	moreDateColonLabels = []string{"dátum", "dato", "päiväys", "ημερομηνία", "ημερομηνία δημοσίευσης", "תאריך", "תאריך פרסום", "วันที่",
		"датум", "datum objave", "datums", "kuupäev", "data de publicació", "tarikh", "petsa", "তারিখ", "প্রকাশের তারিখ", "தேதி", "تاریخ اشاعت", "tarehe"}
	// monthFirstDateLabels are the labels among them of a language that
	// writes numeric dates month first, as the United States does
	// (Filipino): they do not say "day first" as the others do
	// (parseLabelled).
	// wordDateLabels among them are also everyday words of other
	// languages or of a page's furniture: Spanish and Italian "Dato:"
	// (a fact box), Greek "Ενημέρωση" (news, a briefing), Tamil "பதிவு"
	// (register, a login link), Urdu "تازہ ترین" (latest, a ticker),
	// Turkish "Yayın" (a broadcast: "Canlı yayın", live), Romanian
	// "Actualizare" and Arabic "تحديث" (an update of software, of a
	// story's facts). They
	// count only before a date and little else in the same block, never
	// waiting for the next block's (labelDate).
	wordDateLabels       = setOf("dato", "ενημέρωση", "பதிவு", "تازہ ترین", "yayın", "actualizare", "تحديث", "update", "pembaruan")
	monthFirstDateLabels = setOf("inilathala noong", "inilathala", "na-update noong", "na-update", "huling update", "petsa")
)
