package extractor

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// reCaptionCredit is the three regexps of captionCredit in one, as
// splitCaption read captions before them: captionCredit must find what it
// finds.
var reCaptionCredit = regexp.MustCompile(`(?i)\s*(?:[(（]\s*((?:photo|image|credit|图|摄影|供图)?[^()（）]{2,120})[)）]|(?:(?:photo(?:graph)?s?|fotos?|bild|фото)(?:\s+by|\s*[:/])|credit\s*:|image\s*:|图\s*[/／:：]|摄影\s*[:：/]|供图\s*[:：/])\s*([^.。]{2,80})|` +
	`(?:^|\s)((?:reuters|afp|epa|ap\s+photo|dpa|ansa|efe|xinhua|anadolu|imago|picture\s+alliance)\s*/\s*[^./()]{2,60}|(?:[\w&/.-]+\s+){0,3}via\s+getty\s+images|getty\s+images|shutterstock|istock(?:photo)?|alamy))\s*$`)

// mayBeByAlone and mayBeByStart must hold for every text reByAlone and
// reByStart match.
func TestByGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "by", "BY", "ſtory", "Story", "article", "ARTICLE", "written", "Posted", "reported", "words",
		"text", "Authors", "author", "post", " ", "  ", "\t", ":", "：", "Jane", "Doe", "on", "x", "é", "K"}
	rng := rand.New(rand.NewPCG(5, 6))
	matched := 0
	for range draws(50000) {
		s := randomWords(rng, words, 5)
		if reByAlone.MatchString(s) {
			matched++
			if !mayBeByAlone(s) {
				t.Fatalf("mayBeByAlone(%q) = false, but reByAlone matches", s)
			}
		}
		if reByStart.MatchString(s) {
			matched++
			if !mayBeByStart(s) {
				t.Fatalf("mayBeByStart(%q) = false, but reByStart matches", s)
			}
		}
	}
	if matched < draws(1000) {
		t.Fatalf("only %d matches: the strings do not exercise the regexps", matched)
	}
}

// The guards of splitAuthors and splitCaption must hold for every text
// their regexps match.
func TestAuthorAndCaptionGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "by", "BY", "Written", "posted", "Reported", "Medically", "reviewed", "Edited", "editor-in-chief",
		"Editor", "in", "Chief", "jane@example.com", "@", "Updated", "PUBLISHED", "Last", "modified", "Photo", "photographs",
		"Credit:", "IMAGE:", "Foto:", "BILD/", "Фото:", "ФОТО", "REUTERS/", "AP Photo/", "via", "Getty", "Images", "Shutterstock", "iStock", "Alamy",
		"(Reuters)", "（新华社）", "(", ")", "AP", "）", "图/", "摄影：", "Jane", "Doe", "ſ", "K", " ", ",", ".", "/"}
	rng := rand.New(rand.NewPCG(7, 8))
	matched := 0
	for range draws(50000) {
		s := randomWords(rng, words, 6)
		by := hasFoldASCII(s, "by")
		if reWrittenBy.MatchString(s) {
			matched++
			if !by {
				t.Fatalf("hasFoldASCII(%q, by) = false, but reWrittenBy matches", s)
			}
		}
		if got, want := notAuthorRole(s, by), reNotAuthorRole.FindStringIndex(s); len(got) != len(want) || len(got) == 2 && got[0] != want[0] {
			t.Fatalf("notAuthorRole(%q) = %v, want %v", s, got, want)
		}
		if reEmail.MatchString(s) && !strings.Contains(s, "@") {
			t.Fatalf("reEmail matches %q without an @", s)
		}
		if reAuthorNoise.MatchString(s) {
			matched++
			if !hasFoldASCII(s, "updated") && !hasFoldASCII(s, "published") && !hasFoldASCII(s, "posted") && !hasFoldASCII(s, "modified") {
				t.Fatalf("reAuthorNoise matches %q, which holds none of its words", s)
			}
		}
		c := normSpace(s)
		m := reCaptionCredit.FindStringSubmatchIndex(c)
		if m != nil {
			matched++
			if !mayHoldCredit(c) {
				t.Fatalf("mayHoldCredit(%q) = false, but reCaptionCredit matches", c)
			}
		}
		if at, credit := captionCredit(c); m == nil && at >= 0 || m != nil && (at != m[0] || credit != firstNonEmpty(groups(c, m)[1:4]...)) {
			t.Fatalf("captionCredit(%q) = %d, %q; reCaptionCredit matches %v", c, at, credit, m)
		}
	}
	if matched < draws(1000) {
		t.Fatalf("only %d matches: the strings do not exercise the regexps", matched)
	}
}

// The guards of splitAuthors' photo credit, name split and date cut must
// hold for every text their regexps match.
func TestNameGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "Jane", "Doe", "Photos", "PHOTOGRAPHY", "pictures", "Images", "Illustration", "Video", "фото",
		"Фото", "ФОТО", "by", ":", " ", "  ", "\t", "\n", ",", ";", "&", "/", "|", "、", "，", "／", "and", "AND", "And",
		"und", "et", "y", "e", "и", "і", "та", "και", "és", "și", "ve", "och", "og", "i", "ja", "2024", "1999", "12",
		"March", "5", "2024-03-05", "05.03.", "Jan", "ſ", "K", "x"}
	rng := rand.New(rand.NewPCG(9, 10))
	photo, split, dates := 0, 0, 0
	for range 50000 {
		s := randomWords(rng, words, 6)
		if rePhotoCredit.MatchString(s) {
			photo++
			if !mayHoldPhotoCredit(s) {
				t.Fatalf("mayHoldPhotoCredit(%q) = false, but rePhotoCredit matches", s)
			}
		}
		if reAuthorSplit.MatchString(s) {
			split++
			if !mayJoinNames(s) {
				t.Fatalf("mayJoinNames(%q) = false, but reAuthorSplit matches", s)
			}
		}
		if reISO.MatchString(s) || reMDY.MatchString(s) || reDMY.MatchString(s) {
			dates++
			if !hasASCIIYear(s) {
				t.Fatalf("hasASCIIYear(%q) = false, but a date regexp matches", s)
			}
		}
	}
	if photo < 500 || split < 500 || dates < 500 {
		t.Fatalf("matches: %d photo credits, %d splits, %d dates: the strings do not exercise the regexps", photo, split, dates)
	}
}

// randomWords joins one to most words drawn from words, each followed by a
// space two times in three.
// drawMatches draws n texts of up to most of words, asks check of each
// with whether re matches it, and returns how many it matched.
func drawMatches(rng *rand.Rand, words []string, most, n int, re *regexp.Regexp, check func(s string, match bool)) int {
	matched := 0
	for range n {
		s := randomWords(rng, words, most)
		m := re.MatchString(s)
		if m {
			matched++
		}
		check(s, m)
	}
	return matched
}

func randomWords(rng *rand.Rand, words []string, most int) string {
	var b strings.Builder
	for range 1 + rng.IntN(most) {
		b.WriteString(words[rng.IntN(len(words))])
		if rng.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// The guards of reOnDate, reRoleAtOrg, reStandfirstCredit,
// reCJKTrailingEditor and reDiscussion must hold for every text their
// regexps match, and splitAt must give what Split and FindAllString give.
func TestLineGuardsHoldForMatches(t *testing.T) {
	words := []string{"Jane", "DOE", "on", "ON", "On", "oN", "Mon", "march", "5", "at", "@", "Head", "of", "Sales", "Acme",
		"says", "writes", "reports", "JANE", "DOE.", "（", "(", "【", "责任编辑", "責任編輯", "责编", "編輯", "：", ":", "张三", "）", ")",
		"】", "。", "12", "No", "three", "Comments", "responſes", "Responses", "thoughts", "replies", "Reactions", "to", "“Title”",
		",", ";", "&", "and", "|", " ", "  ", "\t", "\n", "\f", "ſ", "K", "x",
		"says JANE DOE.", "writes ANN LEE", ", reports BOB O’NEIL", "（责任编辑：张三）", "(编辑: 李四)", "【責編：王五】",
		"3 Comments to", "No responses on", "two thoughts on", "One Reply to", "ſix reactions on"}
	rng := rand.New(rand.NewPCG(11, 12))
	var on, at, says, editor, discussion int
	for range draws(100000) {
		s := randomWords(rng, words, 8)
		if got, want := onDate(s), reOnDate.FindStringIndex(s); !sameLoc(got, want) {
			t.Fatalf("onDate(%q) = %v, want %v", s, got, want)
		} else if want != nil {
			on++
		}
		if reRoleAtOrg.MatchString(s) {
			at++
			if !mayBeRoleAtOrg(s) {
				t.Fatalf("mayBeRoleAtOrg(%q) = false, but reRoleAtOrg matches", s)
			}
		}
		if reStandfirstCredit.MatchString(s) {
			says++
			if !mayBeStandfirstCredit(s) {
				t.Fatalf("mayBeStandfirstCredit(%q) = false, but reStandfirstCredit matches", s)
			}
		}
		if got, want := cjkTrailingEditor(s), reCJKTrailingEditor.FindStringIndex(s); !sameLoc(got, want) {
			t.Fatalf("cjkTrailingEditor(%q) = %v, want %v", s, got, want)
		} else if want != nil {
			editor++
		}
		if reDiscussion.MatchString(s) {
			discussion++
			if !mayBeDiscussion(s) {
				t.Fatalf("mayBeDiscussion(%q) = false, but reDiscussion matches", s)
			}
		}
		parts, seps := splitAt(s, reAuthorSplit.FindAllStringIndex(s, -1))
		if want := reAuthorSplit.Split(s, -1); !slices.Equal(parts, want) {
			t.Fatalf("splitAt(%q) parts = %q, want %q", s, parts, want)
		}
		if want := reAuthorSplit.FindAllString(s, -1); !slices.Equal(seps, want) {
			t.Fatalf("splitAt(%q) separators = %q, want %q", s, seps, want)
		}
	}
	if on < draws(200) || at < draws(200) || says < draws(200) || editor < draws(200) || discussion < draws(200) {
		t.Fatalf("matches: %d on, %d at, %d says, %d editor, %d discussion: the strings do not exercise the regexps", on, at, says, editor, discussion)
	}
}

func sameLoc(a, b []int) bool {
	return slices.Equal(a, b)
}

// mayMatchByStart, notAuthorRole and endsWithRoleBy (reviewerLink) must
// hold for every text their regexps match.
func TestRoleGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "bY", "Written", "POSTED", "reported", "Reporting", "writing", "submitted", "ſtory", "Story", "words",
		"Text", "article", "Guest", "post", "Blog", "Post", "interview", "Opinion", "analysis", "commentary", "compiled", "essay",
		"column", "review", "authored", "contributed", "Reviewed", "fact-checked", "Checked", "CHECKED", "verified", "Edited",
		"editing", "approved", "translated", "tranſlated", "Editor-in-Chief", "medically", "geprüft", "von", "VON", "vérifiée",
		"par", "revisado", "por", "rivisto", "da", "vertaald", "door", "بقلم", "Του", "Jane", "Doe", ":", " ", "  ", "\t", "\u00a0",
		"K", "x", "Bylines", "Posters"}
	rng := rand.New(rand.NewPCG(13, 14))
	var starts, roles, ends int
	for range draws(100000) {
		s := randomWords(rng, words, 6)
		if reByStart.MatchString(s) {
			starts++
			if !mayMatchByStart(s) {
				t.Fatalf("mayMatchByStart(%q) = false, but reByStart matches", s)
			}
		}
		by := hasFoldASCII(s, "by")
		if got, want := notAuthorRole(s, by), reNotAuthorRole.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("notAuthorRole(%q) = %v, want %v", s, got, want)
		} else if want != nil {
			roles++
		}
		if u := s + " "; true {
			if loc := reNotAuthorRole.FindStringIndex(u); loc != nil && strings.TrimSpace(u[loc[1]:]) == "" {
				ends++
				if !endsWithRoleBy(s) {
					t.Fatalf("endsWithRoleBy(%q) = false, but a reNotAuthorRole match ends it", s)
				}
			}
		}
	}
	if starts < draws(1000) || roles < draws(1000) || ends < draws(200) {
		t.Fatalf("matches: %d starts, %d roles, %d at the end: the strings do not exercise the regexps", starts, roles, ends)
	}
}

// titleSeps must find what reTitleSep.FindAllStringIndex finds, and
// splitTitleSeps give what reTitleSep.Split gives.
func TestTitleSepsAsTheRegexp(t *testing.T) {
	words := []string{"Headline", "news", "e-mail", "A:B", "x_y", "|", "｜", "-", "--", "–", "—", "—–", ":", "::", "»", "«", "›", "·",
		"•", "●", "/", "*", "⋆", "~", "<", ">", "_", " ", "  ", "\t", "\n", "\v", "\f", "é", "Site"}
	rng := rand.New(rand.NewPCG(15, 16))
	found := 0
	for range draws(100000) {
		s := randomWords(rng, words, 10)
		for _, n := range []int{-1, 8, 1} {
			want := reTitleSep.FindAllStringIndex(s, n)
			got := titleSeps(s, n)
			if len(got) != len(want) {
				t.Fatalf("titleSeps(%q, %d) = %v, want %v", s, n, got, want)
			}
			for i := range got {
				if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
					t.Fatalf("titleSeps(%q, %d) = %v, want %v", s, n, got, want)
				}
			}
			found += len(want)
		}
		if got, want := splitTitleSeps(s), reTitleSep.Split(s, -1); !slices.Equal(got, want) {
			t.Fatalf("splitTitleSeps(%q) = %q, want %q", s, got, want)
		}
	}
	if found < draws(10000) {
		t.Fatalf("only %d separators: the strings do not exercise the regexp", found)
	}
}

// dropParenthetical must give what reParenthetical.ReplaceAllString gives.
func TestDropParentheticalAsTheRegexp(t *testing.T) {
	words := []string{"Jane", "Doe", "(AA)", "(", ")", "(CNXSoft)", "Paramita", "(Guha)", " ", "  ", "\t", "x"}
	rng := rand.New(rand.NewPCG(17, 18))
	dropped := 0
	for range draws(20000) {
		s := randomWords(rng, words, 6)
		want := reParenthetical.ReplaceAllString(s, " ")
		if got := dropParenthetical(s); got != want {
			t.Fatalf("dropParenthetical(%q) = %q, want %q", s, got, want)
		}
		if want != s {
			dropped++
		}
	}
	if dropped < draws(1000) {
		t.Fatalf("only %d texts changed: the strings do not exercise the regexp", dropped)
	}
}

// koreanCredit must find what reKoreanCredit finds.
func TestKoreanCreditAsTheRegexp(t *testing.T) {
	words := []string{"홍길동", "김철수", "기자", "특파원", "워싱턴", "=", " ", "\t", "Jane", "x", "ㄱ"}
	rng := rand.New(rand.NewPCG(19, 20))
	found := 0
	for range draws(20000) {
		s := randomWords(rng, words, 4)
		want := reKoreanCredit.FindStringSubmatch(s)
		if got := koreanCredit(s); !slices.Equal(got, want) {
			t.Fatalf("koreanCredit(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < draws(500) {
		t.Fatalf("only %d credits: the strings do not exercise the regexp", found)
	}
}

// mayMatchByPrefix must hold for every text reByPrefix matches, so that
// byPrefix and cleanName read as the regexp alone does.
func TestByPrefixGuardHoldsForMatches(t *testing.T) {
	words := []string{"By", "by", "BY", "bY", "Written", "posted", "Guest", "post", "Blog", "Published", "Erstellt", "von", "Von",
		"Veröffentlicht", "écrit", "Rédigé", "publié", "Posté", "Propos", "recueillis", "Recueilli", "par", "Par", "por", "di", "door",
		"av", "af", "ein", "Eine", "Frau", "Author", "AUTHORS", "Autorin", "Autor/in", "autor_innen", "Auteurs", "autore", "Autores",
		"Text", "words", "Текст", "текст", "بقلم", "كتبت", "מאת", "Του", "Της", "Γράφει", "ο", "ſtory", "Story", "Contributed", "review",
		"Jane", "Doe", "ab", "bye", "Byline", "x", "2024", " ", "  ", "\t", "\n", ":", "：", ",", "é", "K", "ſ", "-"}
	rng := rand.New(rand.NewPCG(13, 14))
	matched := 0
	for range draws(200000) {
		s := randomWords(rng, words, 5)
		if reByPrefix.MatchString(s) {
			matched++
			if !mayMatchByPrefix(s) {
				t.Fatalf("mayMatchByPrefix(%q) = false, but reByPrefix matches", s)
			}
		}
	}
	if matched < draws(5000) {
		t.Fatalf("only %d matches: the strings do not exercise the regexp", matched)
	}
	for _, s := range []string{"By Jane Doe", " written by Jane", "Autorin: Jane Doe", "Propos recueillis par Jane Doe", "Текст: Иван", "Του Γιάννη Παπά"} {
		if !reByPrefix.MatchString(s) || !mayMatchByPrefix(s) {
			t.Errorf("%q: reByPrefix %v, mayMatchByPrefix %v; want both", s, reByPrefix.MatchString(s), mayMatchByPrefix(s))
		}
	}
	for _, s := range []string{"Jane Doe", "2024-05-01", "Bylines Jane", "Bye Jane"} {
		if mayMatchByPrefix(s) {
			t.Errorf("mayMatchByPrefix(%q) = true: the guard rules out nothing", s)
		}
	}
}

// mayBeWrittenOn must hold for every text reWrittenOn matches, and
// asciiReadingWords for every ASCII text reReadingTime matches.
func TestBylineLineGuardsHoldForMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	written := []string{"By", "by", "BY", "von", "Von", "par", "por", "da", "door", "Jane", "Doe", "Hans", "Müller", "on", "ON", "am", "Am", "le", "El", "il", "op", "OP",
		"entry", "post", "poſt", "Article", "artikel", "Beitrag", "was", "wurde", "posted", "veröffentlicht", "May", "3,", "2024", ",", "|", "•", "·",
		" ", "  ", "\t", "\n", "\f", "ſ", "K", "x", "Canada", "onto", "lemon"}
	guardHolds(t, "mayBeWrittenOn", reWrittenOn, mayBeWrittenOn, func() string { return randomWords(rng, written, 8) })
	lead := []string{"3", "12", "min", "Min.", "minutes", "minuten", "minutos", "minuti", "dk", "dakika", "menit", "read", "READ", "reading", "time", "Lesezeit", "Lesedauer",
		"de", "di", "lecture", "Lectura", "leitura", "lettura", "leestijd", "czytania", "czas", "okuma", "baca", "membaca", "citit", "citire", "timp", "Temps", "tiempo", "tempo",
		"waktu", "ca.", "~", ":", "·", "|", ",", "-", " ", "\t", "Jane", "Doe", "May", "admin", "2024"}
	tails := []string{"3", "12", "min", "minutes", "Min.", "dk", "menit", "read", "de lecture", "Lesezeit:", "Reading time:", "okuma", "baca", "de citit", "timp de citire",
		"di lettura", "de leitura", "de lectura", "leestijd", "czytania", "membaca", "time", "reading"}
	guardHolds(t, "asciiReadingWords", reReadingTime, asciiReadingWords, func() string { return randomWords(rng, lead, 3) + randomWords(rng, tails, 4) })
}

// guardHolds checks guard, a cheap test before re, on 100,000 texts of
// gen: it must hold for every text re matches, and re must match some.
func guardHolds(t *testing.T, name string, re *regexp.Regexp, guard func(string) bool, gen func() string) {
	t.Helper()
	matches := 0
	for range draws(100000) {
		if s := gen(); re.MatchString(s) {
			if matches++; !guard(s) {
				t.Fatalf("%s(%q) = false, but %v matches", name, s, re)
			}
		}
	}
	if matches < draws(200) {
		t.Fatalf("%s: %d matches: the texts do not exercise the regexp", name, matches)
	}
}
