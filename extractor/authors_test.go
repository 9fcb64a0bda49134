package extractor

import (
	"strings"
	"testing"
)

func TestSplitAuthors(t *testing.T) {
	cases := map[string]string{
		"By YAN DENG|Mar 26,2024":                                      "YAN DENG",
		"By Jane Doe and John Smith":                                   "Jane Doe; John Smith",
		"BY JANE DOE, STAFF WRITER":                                    "JANE DOE",
		"Written by Marta Rivera, Dev Kapoor & Ann Lee":                "Marta Rivera; Dev Kapoor; Ann Lee",
		"By Jane Doe jane@example.com":                                 "Jane Doe",
		"By Jane Doe(jane@example.com)":                                "Jane Doe",
		"张三（zhangsan@example.com）":                                     "张三",
		"张三 李四":                                                        "张三; 李四",
		"张三、李四":                                                        "张三; 李四",
		"Ludwig van Beethoven":                                         "Ludwig van Beethoven",
		"Posted by BeauHD on Friday December 19, 2025 @08:00PM":        "BeauHD",
		"By: FlowGuard EMEA on 04-ago-2021 5:11:10":                    "FlowGuard EMEA",
		"By Geri Mileva Last updated: May 5, 2024":                     "Geri Mileva",
		"By Sarah O'Connor and Tom Ellis Published 26 March 2024":      "Sarah O'Connor; Tom Ellis",
		"Keith Barry Senior Autos Reporter":                            "Keith Barry",
		"Preetam Jinka Co-founder, Chief Architect":                    "Preetam Jinka",
		"By Ada Reporter":                                              "Ada Reporter",
		"Rasmus Barslund Founder & Lead Reviewer Updated Feb 27, 2026": "Rasmus Barslund",
		"Ada Lovelace & Zackery Cuevas Writer":                         "Ada Lovelace; Zackery Cuevas",
		"Charles Patterson, WCI Columnist":                             "Charles Patterson",
		"Andrew Gerrand 4 August 2010":                                 "Andrew Gerrand",
		"Updated January 08, 2026 Written by Meghan Neville Content Marketing Coordinator": "Meghan Neville",
		"Lance Ryan (Content Manager)":       "Lance Ryan",
		"Dan Levy (National Lead Writer)":    "Dan Levy",
		"Jean-Luc Aufranc (CNXSoft)":         "Jean-Luc Aufranc (CNXSoft)",
		"Kelsey Mohring (@mohrinkd)":         "Kelsey Mohring",
		"■该作者文章":                             "",
		"Author Escalon":                     "Escalon",
		"Authors: Ada Lovelace, Alan Turing": "Ada Lovelace; Alan Turing",
		"page.head.extra.author":             "",
		"Updated":                            "",
		"Jason Hart (Diary)":                 "Jason Hart",
		"By publisher":                       "",
		"Webmaster":                          "",
		// Post-nominals stay with the name they follow; a job title in
		// initials does not.
		"By Jillian Kubala, MS, RD":                         "Jillian Kubala, MS, RD",
		"Genevieve Carlton, Ph.D.":                          "Genevieve Carlton, Ph.D.",
		"Shelby Loos, DVM.":                                 "Shelby Loos, DVM",
		"Rebecca Lake, CEPF®":                               "Rebecca Lake, CEPF®",
		"Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA": "Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA",
		"Joe Kindness, CEO":                                 "Joe Kindness",
		// A registration's level in hundreds of hours is the
		// post-nominal's own; a date after the name is not.
		"Holly Wilgus, E-RYT 200":              "Holly Wilgus, E-RYT 200",
		"Jane Doe, RYT-500":                    "Jane Doe, RYT-500",
		"Jane Doe, RD, 12/03/2024":             "Jane Doe, RD",
		"Jane Doe, MD 200 Main Street":         "Jane Doe, MD",
		"By Jane Doe, AP":                      "Jane Doe",
		"Benedikt Strunz, NDR":                 "Benedikt Strunz",
		"Von Anna Schmidt, ORF":                "Anna Schmidt",
		"By John Smith, Jr. and Ann Lee":       "John Smith, Jr.; Ann Lee",
		"Dec 17, 2025 Julian K. Arni":          "Julian K. Arni",
		"Liz Kenny Former McKinsey Consultant": "Liz Kenny",
		// A job title after the name's comma, with where the job is.
		"Posted by Tarun Jain, AdWords Product Manager":                                                                       "Tarun Jain",
		"Posted by Niti Mangtani, Group Product Manager, Google Offers and Michaela Feller, Product Manager, Google Shopping": "Niti Mangtani; Michaela Feller",
		"Posted by Obi Felten, Director of Consumer Marketing, Google EMEA":                                                   "Obi Felten",
		"Posted by Matt Steiner, Engineering Lead-Photos Team":                                                                "Matt Steiner",
		"Posted by Dave Cohen, Engineer Google Photos":                                                                        "Dave Cohen",
		"Jane Doe, Head of Marketing, Acme":                                                                                   "Jane Doe",
		"Jane Doe, CEO of Acme":                                                                                               "Jane Doe; CEO of Acme",
		"Jane Doe, John Roe":                                                                                                  "Jane Doe; John Roe",
		"Monique Feyrecilde, BA, LVT, VTS (Behavior)":                                                                         "Monique Feyrecilde, BA, LVT, VTS (Behavior)",
		// Byline labels and link labels alone, or around a name.
		"Von":                   "",
		"Written":               "",
		"About Michael Brenner": "Michael Brenner",
		"Submitted by Jane Doe on Wed, 03/03/2021 - 10:00": "Jane Doe",
		"By Jane Doe and John Roe in World":                "Jane Doe; John Roe",
		"By JANE DOE and JOHN ROE Associated Press":        "JANE DOE; JOHN ROE",
		"Reuters": "Reuters",
		// The agencies a piece draws on are no authors.
		"Von Hans Müller mit dpa":                                  "Hans Müller",
		"Von Hans Müller und Eva Schmidt mit Material von dpa/AFP": "Hans Müller; Eva Schmidt",
		"mit Material von dpa":                                     "",
		"Par Jean Dupont avec AFP":                                 "Jean Dupont",
		"Jane Doe (mit Material von dpa)":                          "Jane Doe",
		"By Dieter Hogen with Uta Pippig":                          "Dieter Hogen; Uta Pippig",
		// A name written surname first with initials is one name.
		"Kaufman, Jeff T.":  "Jeff T. Kaufman",
		"Smith, J. R.":      "J. R. Smith",
		"By Jane Doe, J.D.": "Jane Doe, J.D.",
	}
	for in, want := range cases {
		if got := strings.Join(splitAuthors(in), "; "); got != want {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
	// Link labels are not names.
	for _, s := range []string{"About Me", "Autorenseite von", "Contact Jane Doe", "RSS", "Print Email", "Mein Konto", "About Us"} {
		if names := splitAuthors(s); looksLikeNames(names) {
			t.Errorf("splitAuthors(%q) = %q, taken for names", s, names)
		}
	}
	// Sentences that start with "By" are not bylines.
	for _, s := range []string{"By structuring the script this way, your crew can rehearse", "by the end of the year",
		"by leaves, water, fish, reflections and dimension"} {
		if names := splitAuthors(s); looksLikeNames(names) {
			t.Errorf("splitAuthors(%q) = %q, taken for names", s, names)
		}
	}
}

func TestBoilerText(t *testing.T) {
	for _, s := range []string{
		"渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004",
		"京ICP证030173号",
		"渝公网安备 50010302000123号",
		"违法和不良信息举报电话：12377",
		"Internet illegal and undesirable information can be reported by calling this telephone number:+86-23-67158993",
		"By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use.",
		"Copyright © 2024 Example News. All rights reserved.",
	} {
		if !mayBeBoilerText(s) || !reBoilerText.MatchString(s) {
			t.Errorf("boilerplate %q is not recognised", s)
		}
	}
	for _, s := range []string{
		"The company said its cookie sales rose 12 percent in the quarter.",
		"Chongqing and Dusseldorf mark two decades of friendship.",
	} {
		if mayBeBoilerText(s) && reBoilerText.MatchString(s) {
			t.Errorf("article text %q is taken for boilerplate", s)
		}
	}
}

func TestWordCount(t *testing.T) {
	for s, want := range map[string]int{
		"Hello, world! It's a test.": 5,
		"重庆新闻":                       4,
		"重庆 is 中国 city":              6,
		"":                           0,
	} {
		if got := wordCount(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestCJKBodyAuthors(t *testing.T) {
	cases := map[string]string{
		"【新春走基层】 光明日报记者 王建宏 张文攀 土豆，听名字就土得掉渣。\n\n第二段。":  "王建宏; 张文攀",
		"新京报记者 彭冲 山东冠县报道 他觉得自己这4年多……":                  "彭冲",
		"第一段。\n\n推动云南工业高质量发展。（记者 胡晓蓉）":                 "胡晓蓉",
		"第一段。\n\n过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）":       "常书香; 马丹阳",
		"第一段。\n\n难道不都是利益再分配的过程吗？”（姚峰 上海报道）":            "姚峰",
		"第一段。\n\n开学报到前完成第一次常态化核酸检测工作。 □ 本报记者 葛灵丹":      "葛灵丹",
		"第一段没有署名。\n\n最后一段也没有（见附件）。":                    "",
		"【新春走基层】\n\n光明日报记者 王建宏 张文攀\n\n土豆，听名字就土得掉渣。":    "王建宏; 张文攀",
		"第一段。\n\n他觉得自己这4年多经历了一次折叠。\n\n新京报记者 彭冲 山东冠县报道": "彭冲",
	}
	for in, want := range cases {
		if got := strings.Join(cjkBodyAuthors(in), "; "); got != want {
			t.Errorf("cjkBodyAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a \t b\n\nc  ":          "a b c",
		"a\u00a0\u00a0b\u3000c":    "a b c",
		"zero\u200bwidth\ufeff":    "zerowidth",
		"中文\u3000 内容":              "中文 内容",
		"bad \xff utf8":            "bad \ufffd utf8",
		"":                         "",
		"\u2003em\u2009thin\u00ad": "em thin",
	} {
		if got := normSpace(in); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
