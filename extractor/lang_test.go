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
