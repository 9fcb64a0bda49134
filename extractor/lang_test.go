package extractor

import (
	"strings"
	"testing"
)

// Paragraphs of news text, one a language; each page repeats its own.
var langParas = map[string]string{
	"uk": "Верховна Рада ухвалила в першому читанні законопроєкт про реформу місцевого самоврядування. " +
		"За відповідне рішення проголосували двісті сорок шість народних депутатів. Документ передбачає, що громади " +
		"отримають більше повноважень і власні джерела доходів, а обласні державні адміністрації стануть префектурами.",
	"ru": "Государственная дума приняла в первом чтении законопроект о реформе местного самоуправления. " +
		"За это решение проголосовали двести сорок шесть депутатов. Документ предусматривает, что муниципалитеты " +
		"получат больше полномочий и собственные источники доходов, а областные администрации станут префектурами.",
	"tr": "Türkiye Büyük Millet Meclisi, yerel yönetimlerin yeniden yapılandırılmasına ilişkin kanun teklifini ilk " +
		"görüşmede kabul etti. Teklif, belediyelerin daha fazla yetki ve kendi gelir kaynaklarına sahip olmasını " +
		"öngörüyor. Muhalefet partileri ise düzenlemenin bütçe üzerindeki etkisinin henüz açıklanmadığını söyledi.",
	"de": "Der Bundestag hat am Donnerstag das Gesetz zur Reform der kommunalen Selbstverwaltung in erster Lesung " +
		"beschlossen. Die Gemeinden sollen mehr Befugnisse und eigene Einnahmequellen erhalten, die Landkreise " +
		"werden neu geordnet. Die Opposition kritisierte, dass die Folgen für den Haushalt noch nicht bekannt sind.",
	"cs": "Poslanecká sněmovna schválila v prvním čtení návrh zákona o reformě místní samosprávy. Obce podle něj " +
		"získají více pravomocí a vlastní zdroje příjmů, kraje se mají nově uspořádat. Opozice kritizovala, že dopady " +
		"na státní rozpočet zatím nejsou známy a že ministerstvo nepředložilo žádnou analýzu.",
	"zh-Hans": "国务院常务会议今天研究部署进一步推动地方政府改革的措施。会议指出，要让基层政府拥有更多的权力和稳定的收入来源，" +
		"同时加强对财政资金的监督。专家表示，这些措施将对经济发展产生积极影响，但具体实施还需要时间。",
	"zh-Hant": "行政院會議今天討論進一步推動地方政府改革的措施。會議指出，要讓基層政府擁有更多的權力和穩定的收入來源，" +
		"同時加強對財政資金的監督。專家表示，這些措施將對經濟發展產生積極影響，但具體實施還需要時間。",
}

func langPage(htmlAttrs, lang string) []byte {
	p := "<p>" + langParas[lang] + "</p>"
	return []byte(`<html` + htmlAttrs + `><head><title>News</title></head><body><article><h1>News of the day</h1>` +
		strings.Repeat(p, 3) + `</article></body></html>`)
}

// The language comes from the text where the page declares none or its
// declaration is clearly wrong; provenance says which. Before whatlanggo,
// every Cyrillic text was "ru", a Latin text outside ten function-word lists
// had no language, and Chinese had no script subtag.
func TestLanguage(t *testing.T) {
	for _, tc := range []struct {
		name, attrs, text    string
		want, wantProvenance string
	}{
		{"Ukrainian, no declaration", "", "uk", "uk", "detected"},
		{"Turkish, no declaration", "", "tr", "tr", "detected"},
		{"Russian, no declaration", "", "ru", "ru", "detected"},
		{"simplified Chinese, no declaration", "", "zh-Hans", "zh-Hans", "detected"},
		{"traditional Chinese, no declaration", "", "zh-Hant", "zh-Hant", "detected"},
		{"Ukrainian declared ru", ` lang="ru"`, "uk", "uk", "detected-over-declared"},
		{"Ukrainian declared uk", ` lang="uk-UA"`, "uk", "uk", "declared-confirmed"},
		{"German declared en", ` lang="en"`, "de", "de", "detected-over-declared"},
		{"German declared de", ` lang="de-DE"`, "de", "de", "declared-confirmed"},
		{"Turkish declared tr", ` lang="tr"`, "tr", "tr", "declared-confirmed"},
		{"Chinese declared zh-TW", ` lang="zh-TW"`, "zh-Hant", "zh-Hant", "declared-confirmed"},
		{"Chinese declared zh-CN", ` lang="zh-CN"`, "zh-Hans", "zh-Hans", "declared-confirmed"},
		// Czech and Slovak are close: the text does not overrule.
		{"Czech declared sk", ` lang="sk"`, "cs", "sk", "declared"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(langPage(tc.attrs, tc.text), "https://example.com/news/1", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Language != tc.want || a.Provenance["language"] != tc.wantProvenance {
				t.Errorf("Extract(%s).Language = %q (provenance %q), want %q (%q)", tc.name, a.Language, a.Provenance["language"], tc.want, tc.wantProvenance)
			}
		})
	}
}

// A declaration stands when the text is too short to tell, and the
// declaration's own script subtag is kept for Chinese.
func TestLanguageShortText(t *testing.T) {
	for _, tc := range []struct{ attrs, want string }{
		{` lang="tr"`, "tr"},
		{` lang="zh-Hant-HK"`, "zh-Hant"},
		{` lang="zh-HK"`, "zh"},
		{``, ""},
	} {
		page := []byte(`<html` + tc.attrs + `><head><title>Hi</title></head><body><p>OK.</p></body></html>`)
		a, err := Extract(page, "https://example.com/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Language != tc.want {
			t.Errorf("Extract(<html%s>, short).Language = %q, want %q", tc.attrs, a.Language, tc.want)
		}
	}
}

// Two benchmark pages the trigram detector read wrong, their text as
// extracted: a Portuguese table page of scrapinghub (read as Spanish) and
// an English index of wcxb-dev, declared en (read as French, which then
// overruled the declaration).
func TestLanguageBenchmarkCases(t *testing.T) {
	for _, tc := range []struct{ name, attrs, text, want string }{
		{"Portuguese, no declaration", "", "Nesta p\u00e1gina voc\u00ea ter\u00e1 sempre a classifica\u00e7\u00e3o atualizada da NASCAR at\u00e9 a \u00faltima corrida!\n\nColoque nos seus favoritos e venha sempre conferir a classifica\u00e7\u00e3o da NASCAR!\n\nClassifica\u00e7\u00e3o final da Monster Energy NASCAR Cup Series em 2019 ap\u00f3s 36 etapas:\n\nPos.\nPiloto\nPontos\nVit\u00f3rias\nPoles\nTop 5\nTop 10\n\n1\nKyle Busch\n5040\n5\n1\n17\n27\n\n2\nMartin Truex Jr.\n5035\n7\n0\n15\n24\n\n3\nKevin Harvick\n5033\n4\n6\n15\n26\n\n4\nDenny Hamlin\n5027\n6\n3\n19\n24\n\n5\nJoey Logano\n2380\n2\n3\n12\n21\n\n6\nRyan Blaney\n2339\n1\n1\n11\n18\n\n7\nKyle Larson\n2339\n1\n1\n8\n17\n\n8\nBrad Keselowski\n2318\n3\n3\n13\n19\n\n9\nClint Bowyer\n2290\n0\n1\n7\n18\n\n10\nChase Elliott\n2275\n3\n4\n11\n15\n\n11\nWilliam Byron\n2274\n0\n5\n5\n13\n\n12\nAlex Bowman\n2257\n1\n0\n7\n12\n\n13\nKurt Busch\n2237\n1\n0\n6\n18\n\n14\nAric Almirola\n2234\n0\n1\n3\n12\n\n15\nRyan Newman\n2219\n0\n0\n3\n14\n\n16\nErik Jones\n2194\n1\n0\n10\n17\n\n17\nDaniel Suarez\n846\n0\n1\n4\n11\n\n18\nJimmie Johnson\n835\n0\n1\n3\n12\n\n19\nPaul Menard\n777\n0\n0\n0\n4\n\n20\nChris Buescher\n729\n0\n0\n0\n4\n\n21\nAustin Dillon\n700\n0\n3\n0\n6\n\n22\nMatt DiBenedetto\n699\n0\n0\n3\n7\n\n23\nRicky Stenhouse Jr.\n679\n0\n0\n1\n3\n\n24\nTy Dillon\n613\n0\n0\n1\n3\n\n25\nDaniel Hemric\n530\n0\n1\n1\n2\n\n26\nRyan Preece\n507\n0\n0\n1\n3\n\n27\nBubba Wallace\n487\n0\n0\n1\n1\n\n28\nMichael McDowell\n485\n0\n0\n2\n2\n\n29\nCorey LaJoie\n401\n0\n0\n0\n2\n\n30\nDavid Ragan\n388\n0\n0\n0\n0\n\n31\nMatt Tifft\n352\n0\n0\n0\n1\n\n32\nReed Sorenson\n118\n0\n0\n0\n0\n\n33\nQuin Houff\n77\n0\n0\n0\n0", "pt"},
		{"English index, declared en", "en", "Section 1 - Introduction and Indexes:\nPages 1-5 (Hard Copy pages Cover-III) - About Us\nPages 6-13 (Hard Copy pages IV-XI) - Pictorial Index\nPages 14-27 (Hard Copy pages XII-XXIV) - Description Index\nPages 28-97 (Hard Copy pages 1818-1888) - Part Number Index\nPages 98-99 (Hard Copy pages 1893-1894) - Terms & Conditions; Credit Application\nPages 100-101 (Hard Copy pages 1895-1896) - Measurements & Conversions\n\nSection 2 -\nPages 1-76 - Hinges\nPages 77-174 - D-Rings, Folding, T's, and Paddle Handles\nPages 175-206 - Lock Cylinders, Rods, and Accessories\nPages 207-284 - L, T, & Grab Handles\n\nSection 3 -\nPages 1-192 (Hard Copy pages 285-476) - Latches\nPages 193-218 (Hard Copy pages 477-502) - Gas Springs\nPages 219-255 (Hard Copy pages 503-539) - Door & Lid Assists & Holders\nPages 256-286 (Hard Copy pages 540-570) - Drawer Slides\n\nSection 4 -\nPages 1-68 (Hard Copy pages 571-638) - Trims, Gasket, & Weatherstrip\nPages 69-84 (Hard Copy pages 639-654) - Bumpers, Mud Flaps, & Grommets\nPages 85-96 (Hard Copy pages 655-666) - Fenders\nPages 97-116 (Hard Copy pages 667-686) - Hand Rail, Handholds, & Foot Steps\nPages 117-140 (Hard Copy pages 687-710) - Vents\nPages 141-158 (Hard Copy pages 711-728) - Forgings\nPages 159-182 (Hard Copy pages 729-752) - Tie Downs & Cargo Control\n\nSection 5 -\nPages 1-8", "en"},
	} {
		var a Article
		resolveLanguage(&resolved{a: &a, prov: map[string]string{}}, tc.attrs, "html-lang", tc.text)
		if a.Language != tc.want {
			t.Errorf("resolveLanguage(%s) = %q, want %q", tc.name, a.Language, tc.want)
		}
	}
}

// The script is counted over a few thousand bytes of the text, not its
// opening alone: a Japanese report that opens with a statement quoted in
// English (about 500 bytes) is Japanese. Counted over its first 400 bytes
// it read as English.
func TestLanguageReadsPastTheOpening(t *testing.T) {
	quote := "<p>\"We are pleased to announce that the new harbour ferry service will start on Monday, and we thank " +
		"the residents of the island for their patience during the long construction period of the terminal. " +
		"The timetable will be published on our website this week,\" the operator said in a statement released " +
		"on Thursday evening to the press and to the members of the city council.</p>"
	ja := "<p>港湾局は木曜日、新しいフェリーの運航を月曜日から始めると発表した。島の住民は長い工事期間を経て、ようやく本土との定期便を利用できるようになる。" +
		"時刻表は今週中にウェブサイトで公表される予定で、市議会でも説明が行われる。</p>"
	page := `<html><head><title>フェリー運航開始</title></head><body><article><h1>フェリー、月曜日から運航開始</h1>` +
		quote + strings.Repeat(ja, 6) + `</article></body></html>`
	a, err := Extract([]byte(page), "https://example.com/news/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "ja" {
		t.Errorf("Language = %q (provenance %q), want ja", a.Language, a.Provenance["language"])
	}
}
