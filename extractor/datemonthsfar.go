package extractor

import "strings"

// fartherMonthNames are the Gregorian month names of the languages of
// news the first two tables leave out, as CLDR has them and as their
// news sites print them: mr, ne (its Gregorian dates; the Bikram Sambat
// ones are bsMonths), gu, pa, te, kn, ml, si, my, km, lo, ka, hy
// (genitive, as dates use it: "12 ապրիլի 2024", and nominative), az, uz
// in its Latin script, kk, gl, eu (genitive, as dates use it: "2024ko
// apirilaren 12a", and nominative) and is. Names the other tables hold
// ("मार्च", "mart", "январь", "abril", "mars") are left out
// (TestMoreMonthNamesAreNew). Khmer dates write their month after the
// word for month without a space ("ខែមេសា"): both forms are here.
var fartherMonthNames = [12][]string{
	{"जानेवारी", "જાન્યુઆરી", "ਜਨਵਰੀ", "జనవరి", "ಜನವರಿ", "ജനുവരി", "ජනවාරි", "ဇန်နဝါရီ", "មករា", "ខែមករា", "ມັງກອນ", "იანვარი", "հունվարի", "հունվար", "yanvar", "қаңтар", "xaneiro", "urtarrilaren", "urtarrila", "janúar"},
	{"फेब्रुवारी", "फेब्रुअरी", "ફેબ્રુઆરી", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "ఫిబ్రవరి", "ಫೆಬ್ರವರಿ", "ഫെബ്രുവരി", "පෙබරවාරි", "ဖေဖော်ဝါရီ", "កុម្ភៈ", "ខែកុម្ភៈ", "ກຸມພາ", "თებერვალი", "փետրվարի", "փետրվար", "fevral", "ақпан", "febreiro", "otsailaren", "otsaila", "febrúar"},
	{"માર્ચ", "ਮਾਰਚ", "మార్చి", "ಮಾರ್ಚ್", "മാർച്ച്", "මාර්තු", "မတ်", "មីនា", "ខែមីនា", "ມີນາ", "მარტი", "մարտի", "մարտ", "наурыз", "marzo", "martxoaren", "martxoa"},
	{"एप्रिल", "अप्रिल", "એપ્રિલ", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "ఏప్రిల్", "ಏಪ್ರಿಲ್", "ഏപ്രിൽ", "අප්‍රේල්", "ဧပြီ", "មេសា", "ខែមេសា", "ເມສາ", "აპრილი", "ապրիլի", "ապրիլ", "aprel", "сәуір", "apirilaren", "apirila", "apríl"},
	{"मे", "મે", "ਮਈ", "మే", "ಮೇ", "മേയ്", "മെയ്", "මැයි", "မေ", "ឧសភា", "ខែឧសភា", "ພຶດສະພາ", "მაისი", "մայիսի", "մայիս", "мамыр", "maio", "maiatzaren", "maiatza", "maí"},
	{"जुन", "જૂન", "ਜੂਨ", "జూన్", "ಜೂನ್", "ജൂൺ", "ජූනි", "ဇွန်", "មិថុនា", "ខែមិថុនា", "ມິຖຸນາ", "ივნისი", "հունիսի", "հունիս", "iyun", "маусым", "xuño", "ekainaren", "ekaina", "júní"},
	{"जुलै", "જુલાઈ", "ਜੁਲਾਈ", "జులై", "జూలై", "ಜುಲೈ", "ജൂലൈ", "ජූලි", "ဇူလိုင်", "កក្កដា", "ខែកក្កដា", "ກໍລະກົດ", "ივლისი", "հուլիսի", "հուլիս", "iyul", "шілде", "xullo", "uztailaren", "uztaila", "júlí"},
	{"ऑगस्ट", "अगस्ट", "ઑગસ્ટ", "ઓગસ્ટ", "ਅਗਸਤ", "ఆగస్టు", "ఆగష్టు", "ಆಗಸ್ಟ್", "ഓഗസ്റ്റ്", "ആഗസ്റ്റ്", "අගෝස්තු", "ဩဂုတ်", "သြဂုတ်", "សីហា", "ខែសីហា", "ສິງຫາ", "აგვისტო", "օգոստոսի", "օգոստոս", "avqust", "тамыз", "agosto", "abuztuaren", "abuztua", "ágúst"},
	{"सप्टेंबर", "सेप्टेम्बर", "સપ્ટેમ્બર", "ਸਤੰਬਰ", "సెప్టెంబర్", "సెప్టెంబరు", "ಸೆಪ್ಟೆಂಬರ್", "സെപ്റ്റംബർ", "සැප්තැම්බර්", "စက်တင်ဘာ", "កញ្ញា", "ខែកញ្ញា", "ກັນຍາ", "სექტემბერი", "սեպտեմբերի", "սեպտեմբեր", "sentyabr", "sentabr", "қыркүйек", "setembro", "irailaren", "iraila"},
	{"ऑक्टोबर", "अक्टोबर", "ઑક્ટોબર", "ઓક્ટોબર", "ਅਕਤੂਬਰ", "అక్టోబర్", "అక్టోబరు", "ಅಕ್ಟೋಬರ್", "ഒക്ടോബർ", "ඔක්තෝබර්", "အောက်တိုဘာ", "តុលា", "ខែតុលា", "ຕຸລາ", "ოქტომბერი", "հոկտեմբերի", "հոկտեմբեր", "oktyabr", "oktabr", "қазан", "outubro", "urriaren", "urria"},
	{"नोव्हेंबर", "नोभेम्बर", "નવેમ્બર", "ਨਵੰਬਰ", "నవంబర్", "నవంబరు", "ನವೆಂಬರ್", "നവംബർ", "නොවැම්බර්", "နိုဝင်ဘာ", "វិច្ឆិកា", "ខែវិច្ឆិកា", "ພະຈິກ", "ნოემბერი", "նոյեմբերի", "նոյեմբեր", "noyabr", "қараша", "novembro", "azaroaren", "azaroa", "nóvember"},
	{"डिसेंबर", "डिसेम्बर", "ડિસેમ્બર", "ਦਸੰਬਰ", "డిసెంబర్", "డిసెంబరు", "ಡಿಸೆಂಬರ್", "ഡിസംബർ", "දෙසැම්බර්", "ဒီဇင်ဘာ", "ធ្នូ", "ខែធ្នូ", "ທັນວາ", "დეკემბერი", "դեկտեմբերի", "դեկտեմբեր", "dekabr", "желтоқсан", "decembro", "abenduaren", "abendua"},
}

// joiners are the zero-width joiner and non-joiner, which shape the
// letters of Indic scripts and which dateTokens drops.
var joiners = strings.NewReplacer("\u200d", "", "\u200c", "")

// indicLetters are the letters of Indic scripts written two ways, as one
// character and as two: Malayalam's chillu letters and their consonant
// and virama (the form of older fonts, whose joiner dateTokens drops:
// "ഏപ്രില്‍"), and Gurmukhi's letters with a nukta ("ਫ਼" and "ਫ਼").
// indicSpellings writes a month name's one way as the other, each way.
var (
	indicLetters = []string{
		"\u0d7a", "\u0d23\u0d4d", "\u0d7b", "\u0d28\u0d4d", "\u0d7c", "\u0d30\u0d4d",
		"\u0d7d", "\u0d32\u0d4d", "\u0d7e", "\u0d33\u0d4d",
		"\u0a5e", "\u0a2b\u0a3c", "\u0a59", "\u0a16\u0a3c", "\u0a5a", "\u0a17\u0a3c", "\u0a5b", "\u0a1c\u0a3c",
	}
	indicSpellings = [2]*strings.Replacer{strings.NewReplacer(indicLetters...), strings.NewReplacer(reversedPairs(indicLetters)...)}
)

// reversedPairs is pairs, a replacer's old and new strings, with each
// pair's two swapped.
func reversedPairs(pairs []string) []string {
	out := make([]string, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		out[i], out[i+1] = pairs[i+1], pairs[i]
	}
	return out
}
