package extractor

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Labels that introduce a byline field. CJK labels are longest first so
// that 责任编辑 wins over 编辑.
var (
	cjkLabels = []string{"责任编辑", "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "出版时间", "通讯员", "责编", "编辑", "时间", "日期", "来源", "稿源", "出处", "作者", "记者", "撰文", "撰稿"}
	// cjkLabelKinds are the Chinese labels whose kind their characters do
	// not tell (labelKind): Traditional forms, and the fields of a portal's
	// info line that are no byline's ("浏览：123次", "字体：[大 中 小]",
	// "摄影：李四", "文章录入：admin", "成文日期：" of a government document,
	// which is when it was signed, not published). Each ends the value
	// before it.
	cjkLabelKinds = map[string]string{
		"發布時間": kindPublished, "發佈時間": kindPublished, "发布時間": kindPublished, "發表時間": kindPublished,
		"發布日期": kindPublished, "發佈日期": kindPublished, "時間": kindPublished, "更新時間": kindModified,
		// Hong Kong's "出版：2024-05-16 10:21 更新：…", and Japanese
		// "公開：" (made public) before or after "更新日：".
		"出版": kindPublished, "公開": kindPublished,
		// The verb without its noun: "作者：张三 发布：2024-05-16 10:21",
		// "发表：2024-05-16".
		"发布": kindPublished, "發布": kindPublished, "發佈": kindPublished, "发表": kindPublished, "發表": kindPublished,
		"更新日期": kindModified, "修改日期": kindModified, "修改时间": kindModified, "修改時間": kindModified,
		"最后更新": kindModified, "最後更新": kindModified, "最近更新": kindModified, "最后修改": kindModified, "最後修改": kindModified,
		// With their noun: "最後更新時間：" is no lone "更新時間" (cjkLoneUpdate).
		"最后更新时间": kindModified, "最後更新時間": kindModified, "最后更新日期": kindModified, "最後更新日期": kindModified,
		"最近更新时间": kindModified, "最近更新時間": kindModified, "最后修改时间": kindModified, "最後修改時間": kindModified,
		// The time the CMS last saved the article, not its editor:
		// "编辑时间：2024-05-16 10:00". Alone it is the dateline
		// (cjkLoneUpdate).
		"编辑时间": kindModified, "编辑日期": kindModified, "編輯時間": kindModified, "編輯日期": kindModified,
		"來源": "credit", "本文来源": "credit", "記者": "author", "通訊員": "author", "編輯": "editor", "責任編輯": "editor", "責編": "editor",
		"图片编辑": "editor", "圖片編輯": "editor", "美术编辑": "editor", "美编": "editor", "视频编辑": "editor", "值班编辑": "editor", "网络编辑": "editor",
		"来自": "credit", "來自": "credit", "文章来源": "credit", "文章作者": "author", "转载自": "credit", "轉載自": "credit",
		// A reporter's rank before the label: "实习记者：李四" is no
		// "实习" closing the name before it.
		// The reporter who gathered and wrote the story, the writer who
		// penned it, the text's credit beside the pictures' ("采写：张三",
		// "执笔：张三", "文字：张三 图片：李四").
		"采写": "author", "採寫": "author", "执笔": "author", "執筆": "author", "文字": "author",
		// Malaysia's and Singapore's Chinese papers credit the reporter
		// under the story: "报道：张三", "报导：张三", "報導：張三".
		"报道": "author", "报导": "author", "報導": "author", "報道": "author",
		"撰稿人": "author", "实习记者": "author", "见习记者": "author", "特约记者": "author", "首席记者": "author", "本报记者": "author", "實習記者": "author", "特約記者": "author",
		"作者单位": kindOther, "作者單位": kindOther,
		// A forum member's card beside each post: when they joined, when
		// they last logged in.
		"注册": kindMember, "注册时间": kindMember, "注册日期": kindMember, "註冊": kindMember, "註冊時間": kindMember, "註冊日期": kindMember,
		"最后登录": kindMember, "最後登錄": kindMember, "上次登录": kindMember, "登录时间": kindMember, "最后登录时间": kindMember,
		// Days the page announces, kinded as otherDayLabels: the last day
		// to apply ("报名截止：", "応募締切：", "마감일:") and an offer's
		// validity ("有效期至："). (cjkEventLabels reads "截止日期：".)
		"报名截止": kindMember, "報名截止": kindMember, "有效期至": kindMember, "有效期": kindMember,
		// The site's last update in a sidebar or footer ("本站更新时间：
		// 2024-05-20"): the same day on every page, never the article's.
		"本站更新时间": kindMember, "本站更新日期": kindMember, "网站更新时间": kindMember, "网站更新日期": kindMember,
		"本站更新時間": kindMember, "網站更新時間": kindMember, "網站更新日期": kindMember,
		"締切": kindMember, "締め切り": kindMember, "応募締切": kindMember, "申込締切": kindMember,
		"마감일": kindMember, "마감": kindMember, "접수마감": kindMember,
		// A forum thread's first poster and a blog's owner: "楼主：张三",
		// "博主：张三".
		"楼主": "author", "樓主": "author", "博主": "author",
		// Japanese and Korean author labels: the writer, the poster, the
		// reporter's name ("執筆者：山田太郎", "작성자 : 홍길동", "기자명 홍길동").
		"執筆者": "author", "著者": "author", "筆者": "author", "投稿者": "author", "作成者": "author",
		"작성자": "author", "기자명": "author", "글쓴이": "author", "필자": "author",
		"发布机构": "credit", "发布单位": "credit", "发布部门": "credit", "信息来源": "credit", "供稿": "credit", "供稿单位": "credit",
		"单位": kindOther, "录入": kindOther, "发布人": kindOther, "发布者": kindOther, "人气": kindOther,
		"点击次数": kindOther, "阅读次数": kindOther, "访问次数": kindOther,
		"成文日期": kindOther, "发文日期": kindOther, "印发日期": kindOther, "生效日期": kindOther, "实施日期": kindOther,
		"摄影": kindOther, "摄像": kindOther, "图片": kindOther, "制图": kindOther, "视频": kindOther,
		// The translator of a translated piece is not its author:
		// "作者：John Smith　译者：张三", nor is who translated or compiled it
		// under the name of the work ("翻译：张三", "编译：张三", Japanese
		// "翻訳：佐藤花子").
		"译者": kindOther, "譯者": kindOther, "翻译": kindOther, "翻譯": kindOther, "翻訳": kindOther, "编译": kindOther, "編譯": kindOther,
		// Japanese health and money pages credit the expert who checked
		// the piece, a reviewer: "監修：佐藤花子（医師）".
		"監修": kindOther, "監修者": kindOther,
		"校对": kindOther, "审核": kindOther, "审校": kindOther, "终审": kindOther, "监制": kindOther, "统筹": kindOther, "策划": kindOther,
		// The rest of the review chain that county media centres,
		// universities and government sites sign a story with: "撰稿：张三
		// 初审：李四 复审：王五 终审：赵六", "一审：李四 二审：王五 三审：赵六",
		// "撰稿人：张三 审核人：李四". Each reviewer is an editor, and
		// each label ends the writer's name before it.
		"初审": kindOther, "复审": kindOther, "一审": kindOther, "二审": kindOther, "三审": kindOther,
		"审核人": kindOther, "审稿": kindOther, "审稿人": kindOther, "审定": kindOther, "复核": kindOther, "签发": kindOther,
		"審核": kindOther, "審校": kindOther, "審稿": kindOther, "初審": kindOther, "複審": kindOther, "終審": kindOther, "校對": kindOther, "監製": kindOther,
		"浏览": kindOther, "浏览量": kindOther, "浏览次数": kindOther, "点击": kindOther, "点击数": kindOther, "点击量": kindOther,
		"阅读": kindOther, "阅读数": kindOther, "评论": kindOther, "阅读量": kindOther, "访问量": kindOther, "字号": kindOther, "字体": kindOther,
		// The reprint notice Zhihu and Jianshu append to a copied answer:
		// "作者：张三 链接：https://… 来源：知乎".
		"链接": kindOther, "原文链接": kindOther, "原文地址": kindOther, "本文链接": kindOther, "鏈接": kindOther, "連結": kindOther,
		// The time a reader printed or opened the page, which a print
		// view and some portals show: "打印时间：2024-06-01 10:21".
		"打印时间": kindViewed, "打印日期": kindViewed, "列印時間": kindViewed, "列印日期": kindViewed, "打印時間": kindViewed,
		"访问时间": kindViewed, "訪問時間": kindViewed, "浏览时间": kindViewed, "瀏覽時間": kindViewed,
	}
	colonLabels = []string{"written by", "edited by", "authors", "author", "contributors", "contributor", "guest author", "gastautor", "gastautorin", "editor", "source", "date", "quelle", "fuente", "fonte", "источник", "Источник", "nguồn", "Nguồn", "sumber", "autor", "auteur", "published", "posted", "post time", "updated", "last updated", "last modified", "last updated on", "updated on", "published on", "posted on", "publicado por", "escrito por", "por",
		// "Author:" in the other languages most common in news.
		"autore", "autori", "autores", "auteurs", "autorzy", "автор", "Автор", "АВТОР", "авторы", "Авторы", "автори", "Автори", "yazar", "penulis", "tác giả", "Tác giả", "लेखक", "द्वारा", "نویسنده", "الكاتب",
		"بقلم", "كتب", "كتبت", "מאת", "מחבר", "Συντάκτης", "Συγγραφέας",
		// Polish "Autor tekstu:" (the text's author) too, and German's
		// gender-inclusive forms ("Autor/in:", "Autor:in:", "Autor*in:",
		// "Autor_innen:").
		"autoren", "autorin", "autorinnen", "autor/in", "autor:in", "autor*in", "autor_in", "autor/innen", "autor:innen", "autor*innen", "autor_innen", "autora", "autorka", "autor tekstu", "verfasser", "verfasserin", "text", "texto", "texte", "testo", "tekst",
		// "Reporter:" in the other languages whose news sites label the
		// reporter before the editor ("Reporter: X | Editor: Y").
		"reporter", "muhabir", "phóng viên", "Phóng viên", "wartawan", "خبرنگار",
		// The report's and the text's credit: Portuguese "Reportagem:", Turkish
		// "Haber:", Vietnamese "Bài:" and "Bài và ảnh:" (text and photos),
		// Hindi "रिपोर्ट:" and "संवाददाता:" (correspondent), Persian "گزارش:".
		"reportagem", "haber", "bài", "bài và ảnh", "रिपोर्ट", "संवाददाता", "گزارش",
		// The same credit of text and photos in the languages that write
		// "Text:" (textWords): "Text and photos: Jane Doe", "Text und
		// Fotos: Hans Müller", "Texto y fotos:", "Texte et photos :",
		// "Testo e foto:". The writer took the pictures too.
		"text and photos", "words and photos", "text und fotos", "text & fotos", "texto y fotos", "texte et photos", "testo e foto",
		// A magazine's credit of the words ("Words: Jane Doe", "Words &
		// photos: Jane Doe", "Words and pictures: Jane Doe"): the
		// writer, as "Text:" is.
		// ("Key words:" heads a paper's keywords, kindOther.)
		"words", "words & photos", "words and pictures", "words & pictures", "text & photos", "key words",
		// "Text:" and "Author:" in more of them (moreAuthorLabels):
		// Russian, Ukrainian and Bulgarian "Текст:", Finnish "Teksti:" and
		// "Kirjoittaja:", Hungarian "Szerző:", the South Slavic "Piše:"
		// (writes), Indonesian and Malay "Oleh:", Polish "Opracowanie:"
		// (prepared by) and "Napisał:" (wrote), Turkish "Yazan:" (who
		// wrote), "Hazırlayan:" (prepared by) and "Derleyen:" (compiled
		// by), Swedish "Skribent:", Slovenian "Avtor:" (and its
		// feminine and plural, "Avtorica:", "Avtorji:").
		"текст", "Текст", "teksti", "kirjoittaja", "szerző", "piše", "пише", "Пише", "oleh", "opracowanie", "napisał", "napisała", "yazan", "hazırlayan", "derleyen", "skribent", "avtor", "avtorica", "avtorji",
		// Azerbaijani "Müəllif:", Uzbek "Muallif:", Georgian "ავტორი:",
		// Gujarati "લેખક:" (author).
		"müəllif", "Müəllif", "muallif", "Muallif", "ავტორი", "લેખક",
		// "By:" in the languages that write it as a preposition of their
		// own, with the colon of a label: Dutch "Door:", French "Par :",
		// Italian "Di:". (German "Von:" heads the sender of a quoted
		// letter and a sponsor's credit as often.)
		"door", "par", "di",
		// Thai "ผู้เขียน:" (writer).
		"ผู้เขียน",
		// The editorial office before a colon (officeColonLabels):
		// Spanish "Redacción:", Italian "Redazione:", Portuguese
		// "Redação:", and as typed without their accents.
		"redacción", "redaccion", "redazione", "redação", "redacao"}
	verbLabels = []string{"last updated", "last modified", "published on", "posted on", "updated on", "published", "posted", "updated", "veröffentlicht am", "veröffentlicht", "publié le", "publicado"}
	// dateVerbLabels introduce a publication or an update date in the
	// other languages most common in news; dateLabelKinds says which.
	dateVerbLabels = []string{
		"mis à jour le", "mis à jour", "modifié le", "modifié", "actualisé le", "actualisé", "publié",
		"dernière mise à jour le", "dernière mise à jour",
		// Edits and revisions are updates too: "Modified on", "Last
		// edited:", "Zuletzt geändert am", "Bearbeitet am".
		"last modified on", "modified on", "last edited on", "last edited", "edited on", "last revised on", "last revised", "revised on",
		// Data pages and dashboards: "Last refreshed: May 17, 2024",
		// "Refreshed on May 17, 2024", "Data refreshed May 17, 2024".
		"last refreshed on", "last refreshed", "data refreshed on", "data refreshed", "refreshed on", "refreshed",
		// The noun without its colon, as Al Jazeera's English pages
		// print it under "Published On 16 May 2024": "Last update 17
		// May 2024".
		"last update",
		// phpBB's note under an edited post in its language packs ("Last
		// edited by X on …, edited 1 time in total"): "Dernière édition
		// par X le …", "Última edición por X el …", "Última edição por X
		// em …", "Последний раз редактировалось X …", "Ostatnio edytowany
		// przez X, …" (German's "Zuletzt geändert von X am …" stands above).
		"dernière édition", "dernière modification", "última edición", "última edição", "последний раз редактировалось", "ostatnio edytowany", "ostatnio edytowane",
		// A gist's, a thread's or a repository's last activity is its
		// last change: "Last active December 20, 2025 13:58".
		"last active", "last activity",
		"zuletzt geändert am", "zuletzt geändert", "geändert am", "letzte änderung", "letzte Änderung", "zuletzt bearbeitet am", "zuletzt bearbeitet", "bearbeitet am", "editiert am",
		"aktualisiert am", "aktualisiert",
		// German WordPress themes and CMS footers date a post by its
		// writing: "Geschrieben am 12. März 2024 von …", "Erstellt am …".
		"geschrieben am", "erstellt am", "erschienen am",
		// The other verbs of posting ("Eingestellt am 12.03.2024 von …",
		// "Mis en ligne le …", "Geplaatst op …"), in the languages of
		// the labels above.
		"eingestellt am", "verfasst am", "gepostet am", "publiziert am", "online seit",
		"mis en ligne le", "posté le", "rédigé le", "écrit le", "paru le",
		"scritto il", "inserito il", "postato il", "escrito el", "geplaatst op", "geplaatst", "geschreven op",
		// German dates a document by its kind and "vom" ("Pressemitteilung
		// vom 12. März 2024", "Artikel vom 03.11.2021").
		"pressemitteilung vom", "presseinformation vom", "pressemeldung vom", "medienmitteilung vom", "medieninformation vom", "meldung vom", "artikel vom", "beitrag vom", "nachricht vom",
		"publicado el", "publicado em", "actualizado el", "actualizado", "última actualización", "actualización", "modificado el", "modificado",
		"atualizado em", "atualizado", "atualização", "modificado em",
		"pubblicato il", "pubblicato", "aggiornato il", "aggiornato", "ultimo aggiornamento", "modificato il", "modificato", "ultima modifica il", "ultima modifica", "modifica il",
		"gepubliceerd op", "gepubliceerd", "bijgewerkt op", "bijgewerkt", "aangepast op", "aangepast", "laatst gewijzigd", "gewijzigd op", "gewijzigd", "laatste update", "laatst bijgewerkt",
		"opublikowano", "dodano", "zaktualizowano", "aktualizacja",
		"опубликовано", "обновлено", "изменено", "последнее обновление", "последнее изменение", "опубліковано", "оновлено", "останнє оновлення",
		// Russian and Ukrainian CMSs' "Добавлено:" and "Додано:" (added:
		// DLE's and the forums' line of a post), and the short
		// participle of an update as most sites spell it, without "ё"
		// ("Обновлен 17.05.2024").
		"добавлено", "додано", "обновлен",
		// The feminine of a story's update (Spanish "Noticia actualizada
		// el", Portuguese "Atualizada em", Italian "Aggiornata il"), the
		// masculine short forms (Russian "Обновлён", "Опубликован"),
		// French "Mise à jour le", Polish
		// "Zmodyfikowano"/"Edytowano", Romanian "Modificat la" (changed
		// on, beside "Postat la"), Dutch "Geüpdatet op", Indonesian
		// "Diperbaharui"/"Diupdate", Turkish "Güncellendi", Korean
		// "기사수정", Arabic "آخر تعديل" (last edit), "نُشر بتاريخ";
		// and the feminine of its publication ("Noticia publicada el",
		// "Esta entrada fue publicada el", "Publicada em", "Pubblicata
		// il", "Publiée le").
		"actualizada el", "actualizada", "atualizada em", "atualizada", "aggiornata il", "aggiornata", "обновлён", "опубликован", "mise à jour le",
		"publicada el", "publicada", "publicada em", "pubblicata il", "pubblicata", "publiée le",
		"zmodyfikowano", "edytowano", "geüpdatet op", "geüpdatet", "diperbaharui", "diupdate", "güncellendi", "기사수정", "آخر تعديل", "نُشر بتاريخ", "نشرت في", "修正日",
		"publicat", "actualizat", "ultima actualizare", "modificat la",
		"diterbitkan", "dipublikasikan", "diposting", "diunggah", "terbit", "diperbarui",
		"yayınlanma tarihi", "yayınlanma", "yayımlanma tarihi", "yayımlama tarihi", "yayımlanma", "oluşturulma tarihi", "giriş tarihi", "eklenme tarihi", "güncellenme tarihi", "güncellenme", "güncelleme tarihi", "son güncelleme", "güncelleme",
		"ngày đăng", "đăng lúc", "đăng ngày", "ngày xuất bản", "cập nhật",
		"发表于", "发布于", "更新于", "写于", "创建于", "注册于", "註冊於",
		// Zhihu's and the forums' "编辑于 2024-05-18" (edited on) stands where
		// "发布于" stood before the edit: the page shows its update alone.
		"编辑于", "編輯於",
		// … and its "last edited on", "modified on" (blogs, Discuz's and
		// Zhihu's columns): "最后编辑于 2024-05-17", "修改于 2024-05-17".
		"最后编辑于", "最後編輯於", "修改于", "修改於", "最后修改于", "最後修改於",
		// … and its "last updated on" (Chinese blog themes, portals'
		// columns): "最后更新于 2024-05-17", "最近更新于 2024-05-17", an
		// update however alone, which a bare "更新于" is not (cjkLoneUpdate).
		"最后更新于", "最後更新於", "最近更新于", "最近更新於",
		"公開日時", "公開日", "投稿日時", "投稿日", "掲載日", "配信日時", "配信日", "最終更新日時", "最終更新日", "最終更新", "更新日時", "更新日",
		"기사입력", "입력", "등록일", "등록", "게시일", "게시", "작성일", "발행일", "송고시간", "최종수정일", "최종수정", "수정일", "수정", "업데이트",
		// The Korean local papers' CMS dates a story by its approval for
		// the web: "홍길동 기자 | 승인 2024.05.16 10:21".
		"기사승인", "승인",
		"प्रकाशित", "प्रकाशन तिथि", "अपडेटेड", "अपडेट",
		// Hindi papers' English participle in Devanagari: "पब्लिश्ड:"
		// (published) beside "अपडेटेड:".
		"पब्लिश्ड",
		"تاريخ النشر", "نشر في", "نُشر في", "نشر بتاريخ", "تم النشر", "آخر تحديث", "تم التحديث",
		// Persian: the text has lost its zero-width non-joiners
		// (normSpace): "به‌روزرسانی" reads "بهروزرسانی".
		"تاریخ انتشار", "زمان انتشار", "منتشر شده در", "منتشر شده", "آخرین بهروزرسانی", "بهروزرسانی", "آخرین به روزرسانی", "به روزرسانی", "بروزرسانی",
		// … and often its spaces too: "آخرین به روز رسانی".
		"آخرین به روز رسانی", "به روز رسانی", "بروز رسانی",
		// … and its participle, updated: "به‌روز شده در ۲۸ اردیبهشت".
		"به روز شده در", "بهروز شده در", "بروز شده در", "به روز شده", "بهروز شده",
		// WordPress's "Posted on" in Persian, and a theme's "Written on":
		// "ارسال شده در ۱۴ اسفند ۱۴۰۳", "نوشته شده در".
		"ارسال شده در", "نوشته شده در",
	}
	dateLabelKinds = map[string]string{}
	// dateColonLabels name a publication date before a colon ("Datum:
	// 03.11.2021") in the other languages most common in news.
	dateColonLabels = []string{"datum", "fecha de publicación", "fecha", "data de publicação", "data publikacji", "data di pubblicazione", "data", "date de publication", "дата публикации", "дата", "Дата публикации", "Дата", "дата публікації", "Дата публікації", "data publicării", "data publicarii", "data dodania", "data utworzenia", "yayın tarihi", "tarih", "tanggal terbit", "tanggal", "تاريخ النشر", "تاريخ", "تاریخ انتشار", "تاریخ مخابره", "تاریخ ارسال", "تاریخ", "انتشار", "दिनांक", "날짜", "日付", "erstellt am", "erschienen am", "publish date", "published date", "date published",
		// Compound and phrased names of the publication date: "Veröffentlichungsdatum:",
		// "Datum der Veröffentlichung:", "Date de mise en ligne :", "Publicatiedatum:".
		// Not "Erscheinungsdatum" or "date de parution": a review's info box
		// gives the book's or the record's release so.
		"veröffentlichungsdatum", "publikationsdatum", "erstellungsdatum", "datum der veröffentlichung", "datum der erstveröffentlichung", "erstveröffentlichung",
		"date de mise en ligne", "fecha de creación", "publicatiedatum", "datum van publicatie", "date of publication",
		// The noun alone, as Polish and Turkish papers set it beside the
		// update's ("Aktualizacja: 06.03.2024 11:00 Publikacja: 05.03.2024
		// 10:30", "Güncelleme: 06.03.2024 - Yayın: 05.03.2024"), and
		// Turkish "Giriş:" (entry), the short form of "Giriş Tarihi:"
		// ("Güncelleme: 17.05.2024 09:00 Giriş: 16.05.2024 10:20").
		"publikacja", "yayın", "giriş",
		// The day an article was created, as Joomla's language packs
		// print it beside "Last Updated:" ("Created: 16 May 2024",
		// "Erstellt:", "Creado:", "Criado em:", "Creato il:", "Créé le :",
		// "Utworzono:", "Aangemaakt:", "Dibuat:"), Indonesian "Tayang:"
		// (aired), Vietnamese "Xuất bản:" (published) and Arabic
		// "التاريخ:" (the date).
		"created", "erstellt", "creado", "creado el", "criado", "criado em", "creato", "creato il", "créé", "créé le", "utworzono", "aangemaakt", "aangemaakt op", "dibuat", "tayang", "xuất bản", "التاريخ",
		// Participles of creating and placing a post (Russian "Создано:",
		// "Размещено:", Ukrainian "Створено:", "Розміщено:"), Arabic "تاريخ
		// الإضافة:" (date added), Persian "تاریخ نشر:", Vietnamese "Thời
		// gian đăng:", and its verb alone, "Đăng:" (posted), as
		// Vietnamese papers set it beside "Cập nhật:" (updated): "Cập
		// nhật: 05/03/2024 10:15 · Đăng: 03/03/2024 14:05". Only before a
		// colon: "Đăng nhập" (log in) and "Đăng ký" (sign up) are no label.
		"создано", "Создано", "размещено", "Размещено", "створено", "Створено", "розміщено", "Розміщено", "تاريخ الإضافة", "تاریخ نشر", "thời gian đăng", "Thời gian đăng", "đăng", "Đăng",
		// … and their nouns after "Дата" (date of creation, of adding,
		// of placing, of coming out), as Russian and Ukrainian CMSs
		// (1C-Bitrix's, DLE's, Joomla's translations) print them.
		"дата создания", "Дата создания", "дата добавления", "Дата добавления", "дата размещения", "Дата размещения", "дата выхода", "Дата выхода",
		"дата створення", "Дата створення", "дата додавання", "Дата додавання", "дата розміщення", "Дата розміщення"}
	// dateModColonLabels name an update date before a colon.
	dateModColonLabels = []string{"updated date", "revised", "date modified", "fecha de actualización", "data de atualização", "data aktualizacji", "дата обновления", "Дата обновления", "дата оновлення", "Дата оновлення", "تاريخ التحديث",
		// The update's nouns and participles before a colon, as CMSs
		// print them: "Modified:", "Última modificación:",
		// "Dernière modification :", "Geändert:",
		// "Aggiornamento:", "Дата изменения:", "Отредактировано:",
		// "Змінено:", "Дата зміни:", "Редаговано:", "Data modyfikacji:",
		// "Data actualizării:", "Modificat:", "Pembaruan terakhir:",
		// "تاريخ التعديل:", "محدث:", "بروز شده:", "Sửa lần cuối:", "Ngày sửa:".
		// Compound and phrased names of the update's date: "Änderungsdatum:",
		// "Aktualisierungsdatum:", "Wijzigingsdatum:", "Fecha de
		// modificación:", "Data di modifica:", "Data de modificação:",
		// "Date de modification :".
		"änderungsdatum", "Änderungsdatum", "aktualisierungsdatum", "wijzigingsdatum", "fecha de modificación", "data di modifica", "data de modificação", "date de modification",
		"modified", "última modificación", "Última modificación", "dernière modification", "mise à jour", "geändert", "letztes update", "aggiornamento",
		"дата изменения", "Дата изменения", "отредактировано", "Отредактировано", "змінено", "Змінено", "дата зміни", "Дата зміни", "редаговано", "Редаговано",
		"data modyfikacji", "data actualizării", "data actualizarii", "modificat", "pembaruan terakhir", "pembaruan", "تاريخ التعديل", "محدث", "بروز شده", "sửa lần cuối", "Sửa lần cuối", "ngày sửa", "Ngày sửa",
		// Words as much as labels (wordDateLabels): Romanian
		// "Actualizare:", Arabic "تحديث:" (and "آخر تحديث:", which the
		// verb's reading would lose to it).
		"actualizare", "تحديث", "آخر تحديث",
		// English "Update:" before a date and little else (wordDateLabels:
		// an editor's note opens so too), and Filipino "Na-update:", which
		// holds it, as a colon's label of its own.
		"update", "na-update"}
)

// Labels of dates that are not the page's: when a forum member joined
// ("Registriert: 18.09.2008, 05:56" beside every post). Their dates are
// no candidates. (kindMember)
var memberLabels = []string{"registriert seit", "registriert", "registered", "joined", "member since", "mitglied seit", "dabei seit", "inscrit le", "inscrit depuis", "registrado", "iscritto il", "iscritto", "lid sinds"}

// otherDayLabels name, before a colon, other days that are not the
// page's, and are kinded as memberLabels are: the day a health or
// reference site last reviewed its text and the day it will review it
// again (NHS's "Page last reviewed:" and "Next review due:"; schema.org
// keeps lastReviewed apart from dateModified, as otherDayWords do), and
// the last day to apply or to answer ("Deadline:", "Closing date:") on
// a job, a grant or a call for papers, in the languages of news, the last
// day of an offer ("Expires:", "Valid until:"), an event's days ("Event
// date:", "Start date:"), a person's birth in an infobox, a health
// page's "Review Date" (MedlinePlus) and a policy's "Effective date:",
// the day its terms apply, in the languages of news. otherDayNote reads
// them where no colon makes them labels.
var otherDayLabels = []string{"page last reviewed", "last reviewed", "next review due", "review due", "next review", "review date", "date reviewed", "date of review",
	"effective date", "date effective", "effective as of", "effective from", "gültig ab", "in kraft seit", "datum des inkrafttretens", "date d'effet", "date d'entrée en vigueur", "entrée en vigueur",
	"fecha de entrada en vigor", "fecha de vigencia", "vigente desde", "data di entrata in vigore", "in vigore dal", "data de vigência", "em vigor desde", "ingangsdatum", "van kracht vanaf",
	"data wejścia w życie", "obowiązuje od", "дата вступления в силу", "yürürlük tarihi",
	"deadline", "application deadline", "closing date", "submission deadline", "apply by",
	"expires", "expiry date", "expiration date", "valid until", "valid through", "event date", "start date", "end date", "date of birth",
	"bewerbungsfrist", "bewerbungsschluss", "einsendeschluss", "anmeldeschluss", "ablaufdatum", "gültig bis", "geburtsdatum",
	"date limite", "date de clôture", "date d'expiration", "valable jusqu'au", "date de naissance",
	"fecha límite", "fecha de cierre", "válido hasta", "fecha de nacimiento",
	"scadenza", "data di scadenza", "valido fino al", "data di nascita",
	"data limite", "prazo", "válido até", "data de encerramento", "data de nascimento",
	"sluitingsdatum", "uiterste datum", "geldig tot", "geboortedatum",
	"termin składania", "ważne do", "data urodzenia",
	"срок подачи", "дедлайн", "действует до", "дата рождения",
	"son başvuru tarihi", "son başvuru", "doğum tarihi",
	// An event's days in the other languages of news:
	// "Veranstaltungsdatum:", "Fecha del evento:", "Date de
	// l'événement :", "Data dell'evento:", "Дата проведения:", "開催日：".
	"veranstaltungsdatum", "datum der veranstaltung", "fecha del evento", "fecha de inicio", "fecha de finalización",
	"date de l'événement", "date de début", "date de fin", "data dell'evento", "data di inizio", "data di fine", "data do evento", "data de início", "data de término",
	"datum evenement", "startdatum", "einddatum", "data wydarzenia", "data rozpoczęcia", "data zakończenia", "дата проведения", "дата мероприятия", "дата начала", "дата окончания",
	"etkinlik tarihi", "başlangıç tarihi", "bitiş tarihi", "tanggal acara", "tanggal mulai", "ngày diễn ra", "thời gian diễn ra", "開催日", "開催日時", "活动时间", "活動時間", "행사일", "행사 기간",
	// The site's last update, not the page's, as a footer states it.
	"site last updated", "website last updated", "site updated", "última actualización del sitio", "última actualización de la web",
	"dernière mise à jour du site", "letzte aktualisierung der website", "letzte aktualisierung der webseite", "ultimo aggiornamento del sito", "última atualização do site"}

// otherDayColonLabels open otherDayNote's notes only with their colon,
// which init adds: a health page's "Reviewed:" (MedlinePlus, hospitals'
// encyclopedias) and a policy's "Effective:" date its review and its
// terms, but "Reviewed by Jane Roe on …" dates a critic's review, the
// page, and "effective" opens headlines. So do an event's German
// "Termin:" and "Beginn:": the words are in "determined" and "beginning".
var otherDayColonLabels = []string{"reviewed", "effective", "termin", "beginn"}

// cjkMemberVerbs are the dateVerbLabels of a forum member's card: when
// they registered. ("加入时间", joined, is also a CMS's time an article
// was added.)
var cjkMemberVerbs = []string{"注册于", "註冊於"}

// editorColonLabels name, before a colon, the others a story's credit
// line lists beside its writer in the languages of news: the editor
// ("Редактор: Ольга Смирнова", "Editör: Ayşe Kaya", "Redaktor: Anna
// Nowak", "Edición: Juan Pérez", "Biên tập: Trần Thị B", "संपादक: अमित
// कुमार", "ویراستار: مریم احمدی", "المحرر: محمد علي"), the translator
// ("Traducción:", "Перевод:", "Çeviri:") and the fact-checker
// ("Verificación:", "Faktencheck:", "Проверено:", "Перевірено:"), and
// "Edited by:" where the language's "by" is a writer's label of its own
// ("Editado por:" beside "Por:", "Diedit oleh:" beside "Oleh:"), and
// "Reviewed by:" there too ("Revisado por:", "Vérifié par:",
// "Gecontroleerd door:"), or in
// Hindi's participle ("संपादित:", edited). Read
// as labels, they end the writer's name before them and give no author
// themselves. (English "Editor:" is a colonLabel already.)
var editorColonLabels = []string{
	"редактор", "редакторка", "выпускающий редактор", "випусковий редактор", "перевод", "переклад", "проверено", "перевірено",
	"redaktor", "redaktorka", "redakcja", "tłumaczenie",
	"editör", "çeviri",
	"redakteur", "redakteurin", "übersetzung", "faktencheck",
	"redactie", "eindredactie", "vertaling", "gecontroleerd door", "nagekeken door",
	"edición", "edição", "editado por", "editada por", "traducción", "tradução", "verificación",
	"revisado por", "revisada por", "verificado por", "verificada por", "revisto por", "revista por",
	"traduction", "édition", "traduzione", "vérifié par", "vérifiée par", "relu par", "relue par",
	"redactor", "traducere",
	"penyunting", "terjemahan", "diedit oleh", "disunting oleh",
	"biên tập", "biên dịch", "người dịch",
	"संपादक", "संपादन", "संपादित", "अनुवाद",
	"ویراستار", "ویرایش", "مترجم", "ترجمه",
	"المحرر", "محرر", "تحرير", "ترجمة", "مراجعة",
	"편집", "번역",
}

// beforeEditorLabel is the byline t up to the label of the first credit
// for someone who did not write it (an editorColonLabel: "Edición:",
// "Redakcja:", "Перевод:", "تحرير:"), in any of the languages that table
// knows, when a byline stands before it: "Por Ana Pérez, Edición: Juan
// Roe" gives "Por Ana Pérez". It is "" when t holds no such label.
func beforeEditorLabel(t string) string {
	for _, l := range findLabels(t) {
		if labelKind(l.label) != "editor" {
			continue
		}
		return strings.TrimRight(t[:l.start], " ,.;|·•-–—")
	}
	return ""
}

// editDateLabel is Persian "ویرایش" (editing), one of editorColonLabels,
// which Persian sites print before the editor's name and before the
// day of the last edit alike: before a date it dates the update.
const editDateLabel = "ویرایش"

// kindMember is the kind of memberLabels and otherDayLabels: not a date
// of the page, and no author either.
const kindMember = "member"

// kindViewed is the kind of a label of the time the page was printed or
// opened, the reader's: not a date of the page.
const kindViewed = "viewed"

// kindOther is the kind of a label whose value is none of the fields.
const kindOther = "other"

func init() {
	for l := range cjkLabelKinds {
		cjkLabels = append(cjkLabels, l)
	}
	cjkLabels = append(cjkLabels, cjkCategoryLabels...)
	// Longest first, so that 责任编辑 wins over 编辑 and 浏览次数 over 浏览.
	slices.SortStableFunc(cjkLabels, func(a, b string) int { return len(b) - len(a) })
	dateVerbLabels = append(dateVerbLabels, moreDateVerbLabels...)
	for _, l := range moreDateColonLabels {
		dateColonLabels = append(dateColonLabels, l)
		if c := capitalised(l); c != l {
			dateColonLabels = append(dateColonLabels, c) // "Ημερομηνία"
		}
	}
	for _, l := range slices.Concat(memberLabels, otherDayLabels) {
		dateLabelKinds[l] = kindMember
		colonLabels = append(colonLabels, l)
		if c := capitalised(l); c != l {
			dateLabelKinds[c] = kindMember // "Срок подачи"
			colonLabels = append(colonLabels, c)
		}
	}
	otherDayWords = append(otherDayWords, otherDayLabels...)
	for _, l := range otherDayColonLabels {
		otherDayWords = append(otherDayWords, l+":") // "Reviewed: May 3, 2024"
	}
	for _, l := range editorColonLabels {
		dateLabelKinds[l] = "editor"
		colonLabels = append(colonLabels, l)
		if c := capitalised(l); c != l {
			dateLabelKinds[c] = "editor" // "Редактор", "Édition"
			colonLabels = append(colonLabels, c)
		}
	}
	colonLabels = append(colonLabels, categoryColonLabels...)
	modified := []string{"mis à jour", "mise à jour", "edited", "édition", "edición", "edição", "редактир", "last activ", "revised", "refreshed", "geändert", "änderung", "bearbeitet", "editiert", "Änderung", "modifi", "aktualisiert", "actualiz", "actualis", "atualiza", "aggiorn", "bijgewerkt", "aangepast", "gewijzigd", "zaktualizowano", "aktualizacja", "обновлен", "обновлён", "изменен", "оновлен", "zmodyfik", "edytow", "geüpdat", "تعديل", "修正", "diperbarui", "diperbaharui", "güncelle", "cập nhật", "更新", "编辑于", "編輯於", "修改于", "修改於", "수정", "업데이트", "अपडेट", "تحديث", "روزرسانی", "روز رسانی", "روز شده"}
	modified = append(modified, moreModifiedStems...)
	for _, l := range dateColonLabels {
		dateLabelKinds[l] = kindPublished
	}
	for _, l := range dateModColonLabels {
		dateLabelKinds[l] = kindModified
	}
	dateLabelKinds[standLabelName] = kindModified
	colonLabels = append(colonLabels, dateColonLabels...)
	colonLabels = append(colonLabels, dateModColonLabels...)
	for _, l := range dateVerbLabels {
		kind := kindPublished
		if holdsAny(l, modified) {
			kind = kindModified
		}
		if slices.Contains(cjkMemberVerbs, l) {
			kind = kindMember // "注册于 2003-01-01" on a member's card
		}
		dateLabelKinds[l] = kind
		verbLabels = append(verbLabels, l)
		// asciiLower leaves "Опубликовано" as it is: its capitalised form
		// is a label of its own.
		if c := capitalised(l); c != l {
			dateLabelKinds[c] = kind
			verbLabels = append(verbLabels, c)
		}
	}
	// Longest first: "publicado el" is found before "publicado" takes
	// its place.
	slices.SortStableFunc(verbLabels, func(a, b string) int { return len(b) - len(a) })
}

// capitalised is l with its first letter in upper case when that letter
// is not ASCII (asciiLower leaves it as it is), else l.
func capitalised(l string) string {
	if r, size := utf8.DecodeRuneInString(l); r >= utf8.RuneSelf && unicode.ToUpper(r) != r {
		return string(unicode.ToUpper(r)) + l[size:]
	}
	return l
}

// verbKeys finds the verbLabels in a text, in one pass over it.
var verbKeys = sync.OnceValue(func() *keySet { return newKeySet(verbLabels...) })

// verbPlaces returns where the verbLabels stand in lower as findLabels
// takes them: each verb in turn, longest first, and each verb's places
// from the first on, each looked for after the end of the one before (as
// strings.Index finds them, TestVerbPlaces), but all found in one pass.
func verbPlaces(lower string) []keyAt {
	if !mayHoldVerbLabel(lower) {
		return nil
	}
	found := verbKeys().all(lower, nil)
	slices.SortFunc(found, func(a, b keyAt) int { return cmp.Or(a.key-b.key, a.at-b.at) })
	out := found[:0]
	for j, from := 0, 0; j < len(found); j++ {
		if j > 0 && found[j].key != found[j-1].key {
			from = 0
		}
		if f := found[j]; f.at >= from {
			out = append(out, f)
			from = f.at + len(verbLabels[f.key])
		}
	}
	return out
}

// colonLabelsByLast holds the colonLabels by their last byte, longest
// first ("updated date" before "date"): findLabels tries only those that
// can end where the colon is.
var colonLabelsByLast = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for _, l := range colonLabels {
		if l != "" {
			by[l[len(l)-1]] = append(by[l[len(l)-1]], l)
		}
	}
	for _, ls := range by {
		slices.SortStableFunc(ls, func(a, b string) int { return len(b) - len(a) })
	}
	return &by
})

type labelled struct{ label, value, raw string }

// reNextField is a separator and a one-word label with its colon.
var reNextField = regexp.MustCompile(`\s[-–—|·•]\s*\p{L}+\s*[:：]`)

// verbStems are fragments one of which every verbLabel holds.
var verbStems = []string{"publi", "post", "updat", "modif", "veröff"}

// dateVerbStems are fragments one of which every dateVerbLabels entry
// holds. Those labels count only before a date in the same block, so a
// block without a digit skips them.
var dateVerbStems = []string{"mis à", "mise à", "modifi", "last activ", "last update", "edited", "édition", "edición", "edição", "редактир", "revised", "refreshed", "geändert", "änderung", "Änderung", "bearbeitet", "editiert", "mitteilung", "information vom", "meldung", "artikel vom", "beitrag vom", "nachricht vom", "geschrieben am", "erstellt am", "erschienen am", "eingestellt am", "verfasst am", "gepostet am", "publiziert am", "online seit", "mis en ligne", "posté le", "rédigé le", "écrit le", "Écrit le", "paru le", "scritto il", "inserito il", "postato il", "escrito el", "geplaatst", "geschreven op", "aktual", "actual", "atuali", "pubbl", "aggiorn", "gepubl", "bijgew", "aangepast", "gewijzigd", "opubl", "dodano", "zaktual", "zmodyfik", "edytow", "geüpdat", "تعديل", "修正日", "опубл", "обнов", "онов", "измен", "Опубл", "Обнов", "Онов", "Измен", "diterb", "dipubl", "diposting", "diunggah", "terbit", "diperb", "yayın", "yayım", "oluştur", "giriş", "eklenme", "güncel", "cập", "đăng", "Đăng", "xuất bản", "发表", "发布", "更新", "编辑于", "編輯於", "修改于", "修改於", "写于", "创建于", "注册于", "註冊於", "公開", "投稿", "掲載", "配信", "입력", "등록", "게시", "작성일", "발행일", "송고", "승인", "수정", "업데이트", "प्रकाशित", "प्रकाशन", "अपडेट", "पब्लिश", "добавл", "додано", "نشر", "نُشر", "تحديث", "انتشار", "منتشر", "روزرسانی", "روز رسانی", "روز شده", "ارسال شده", "نوشته شده"}

// mayHoldVerbLabel reports whether lower may hold a verbLabel: most blocks
// hold none.
func mayHoldVerbLabel(lower string) bool {
	if hasDigit(lower) {
		return anyVerbStemKeys.in(lower) // one pass, not one for each set
	}
	return verbStemKeys.in(lower)
}

// verbStemKeys and anyVerbStemKeys, which holds the dateVerbStems too, find
// the stems in one pass over a text (keySet) rather than one per stem.
var verbStemKeys, anyVerbStemKeys = newKeySet(verbStems...), newKeySet(slices.Concat(verbStems, withCapitals(slices.Concat(dateVerbStems, moreDateVerbStems)))...)

// withCapitals is ls with the capitalised forms of those of its
// fragments that asciiLower leaves as they are ("Ændret").
func withCapitals(ls []string) []string {
	for _, l := range ls {
		if c := capitalised(l); c != l && !slices.Contains(ls, c) {
			ls = append(ls, c)
		}
	}
	return ls
}

type labelAt struct {
	start, end int // the label and its colon
	label      string
}

func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// letterBefore and letterAfter report whether a letter or a combining
// mark ends or starts at s[i]: a verb label inside a longer word. A
// full-width colon or an Arabic comma ends a label as a space does
// ("公開日：", "更新日：").
func letterBefore(s string, i int) bool {
	if i <= 0 || s[i-1] < utf8.RuneSelf {
		return letterAt(s, i-1)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func letterAfter(s string, i int) bool {
	if i >= len(s) || s[i] < utf8.RuneSelf {
		return letterAt(s, i)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// opensLabelEnd marks the first bytes of what ends a label in findLabels:
// ':', '|' and '/', 0xEF, which opens "：", "｜" and "／", 0xE4, which
// opens "丨", and 0xE3, which opens "】".
var opensLabelEnd = [256]bool{':': true, '|': true, '/': true, 0xEF: true, 0xE4: true, 0xE3: true}

// findLabels finds the labels in t: a known word before a colon, or a
// publishing verb with or without one.
func findLabels(t string) []labelAt {
	lower := asciiLower(t)
	var out []labelAt
	for c := 0; c < len(t); c++ {
		// Bytes that open no colon or bar are passed over in a loop
		// of their own.
		for c < len(t) && !opensLabelEnd[t[c]] {
			c++
		}
		if c == len(t) {
			break
		}
		colon, bar, mark := 0, false, false
		switch {
		case t[c] == ':':
			colon = 1
		case strings.HasPrefix(t[c:], "："):
			colon = len("：")
		case strings.HasPrefix(t[c:], "｜"):
			// "记者｜张三 编辑｜李四": Chinese labels only.
			colon, bar = len("｜"), true
		case strings.HasPrefix(t[c:], "丨"):
			// "作者丨张三 来源丨江城日报": WeChat articles and their
			// copies write the stroke 丨 for the bar. It is a Han
			// character: only after a Chinese label does it count.
			colon, bar = len("丨"), true
		case t[c] == '|':
			// "作者 | 张三", "来源 | 江城日报": WeChat articles and their
			// mirrors; Chinese labels only.
			colon, bar = 1, true
		case t[c] == '/':
			// "作者/张三 来源/江城日报": Chinese credit labels only
			// (cjkMarkedLabel).
			colon, mark = 1, true
		case strings.HasPrefix(t[c:], "／"):
			colon, mark = len("／"), true
		case strings.HasPrefix(t[c:], "】"):
			// "【作者】张三【来源】江城日报": a Chinese credit label in
			// lenticular brackets (cjkMarkedLabel).
			colon, mark = len("】"), true
		default:
			continue
		}
		before := strings.TrimRight(lower[:c], " ")
		// Every CJK label ends in a byte above ASCII: most colons and
		// bars of a page follow a Latin letter, a digit or nothing.
		for _, l := range cjkLabelsBefore(before) {
			if strings.HasSuffix(before, l) {
				start := len(before) - len(l)
				if cjkReferredLabel(before, start) {
					goto next // "只看该作者 | 倒序浏览": a forum's button
				}
				if slices.Contains(cjkLabelNouns, l) || categoryLabel(l) {
					start = cjkTimeLabelStart(before, start)
				}
				if mark && !cjkMarkedLabel(t, before[:start], before[start:], t[c], c+colon) {
					goto next
				}
				out = append(out, labelAt{start, c + colon, before[start:]})
				goto next
			}
		}
		if l, start, ok := paddedCJKLabel(before); ok {
			if !mark || cjkMarkedLabel(t, before[:start], l, t[c], c+colon) {
				out = append(out, labelAt{start, c + colon, l})
			}
			goto next
		}
		if before == "" || bar || mark {
			goto next // no label ends here
		}
		for _, l := range colonLabelsByLast()[before[len(before)-1]] {
			if strings.HasSuffix(before, l) && !letterAt(before, len(before)-len(l)-1) {
				out = append(out, labelAt{len(before) - len(l), c + colon, l})
				break
			}
		}
	next:
		c += colon - 1
	}
	for _, f := range verbPlaces(lower) {
		v, i := verbLabels[f.key], f.at
		if letterBefore(lower, i) || letterAfter(lower, i+len(v)) {
			continue
		}
		end := i + len(v)
		for end < len(t) {
			if t[end] == ' ' || t[end] == ':' {
				end++
			} else if strings.HasPrefix(t[end:], "：") {
				end += len("：")
			} else {
				break
			}
		}
		overlap := false
		for _, o := range out {
			if i < o.end && o.start < end {
				overlap = true
			}
		}
		if !overlap {
			out = append(out, labelAt{i, end, v})
		}
	}
	out = bareDateLabels(t, out)
	out = standLabel(t, out)
	out = bareRoleLabels(t, out)
	out = bareAuthorLabel(t, out)
	return withoutOverlaps(out)
}

// withoutOverlaps sorts labels by their start and drops each that starts
// inside the one before, the longer of two kept: a label with a colon of
// its own ("Autor:in: Anna Berg", German's gender-inclusive form) is found
// whole and again at its first colon, and splitLabels cuts each value
// from one label's end to the next one's start.
func withoutOverlaps(out []labelAt) []labelAt {
	slices.SortFunc(out, func(a, b labelAt) int { return cmp.Or(a.start-b.start, b.end-a.end) })
	kept := out[:0]
	for _, l := range out {
		if len(kept) > 0 && l.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, l)
	}
	return kept
}

// cjkMarkedLabel reports whether label, which ends before the slash or
// the closing lenticular bracket that opens t[end:] (first is its first
// byte), is a Chinese credit label written so, as many portals' info lines
// write their fields without a colon: "作者/张三 来源/江城日报",
// "【作者】张三【来源】江城日报【发布时间】2024-05-16". The bracket must open
// right before the label; the slash must follow a label that is a word of
// its own (not "本报记者/", which reCJKAuthorLabel reads) and come before a
// name, not a date or a path ("2024/05/16", "新闻/国内"). Only the labels
// of credits and dates count: "【评论】", "【专题】" head a column. A date's
// label before a slash comes before its date, as Singapore's and Malaysia's
// Chinese papers write it ("发布/2024年6月14日 10:22 更新/2024年6月14日
// 12:05"), never before a word ("时间/地点", a table's head), and right
// after it: "2024年5月16日 10:00 公開 / 2024年5月17日 08:00 更新" sets a
// trailing label before the next date's slash.
func cjkMarkedLabel(t, before, label string, first byte, end int) bool {
	dated := false
	switch labelKind(label) {
	case "author", "credit", "editor":
	case kindPublished, kindModified:
		if dated = first != 0xE3; dated && !strings.HasSuffix(t[:end], label+"/") && !strings.HasSuffix(t[:end], label+"／") {
			return false
		}
	default:
		return false
	}
	if first == 0xE3 {
		return strings.HasSuffix(before, "【")
	}
	if letterBefore(before, len(before)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[end:], " \u00a0\u3000"))
	if dated {
		return unicode.IsDigit(r)
	}
	return unicode.IsLetter(r)
}

// paddedCJKLabel is the Chinese label that ends before written with
// spaces between its characters, as government and older portals'
// templates pad a label of two or three characters to the width of one of
// four ("来　　源：", "作　者：", "发 布 日 期："), collapsed, and where it
// starts. The longest run of characters so spaced that is a label wins:
// "江州日报 记 者" is "记者"'s. The last byte of before is checked first:
// it opens a Han character only above ASCII.
func paddedCJKLabel(before string) (label string, start int, ok bool) {
	if before == "" || before[len(before)-1] < utf8.RuneSelf {
		return "", 0, false
	}
	var starts [4]int
	var chars [4]string
	n, i := 0, len(before)
	for n < len(chars) {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
		chars[n], starts[n] = before[i:i+size], i
		n++
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(before[:j])
			if r != ' ' && r != '\u3000' && r != '\u00a0' {
				break
			}
			j -= size
		}
		if j == i {
			break // the run's first character, or one not spaced
		}
		i = j
	}
	for k := n; k >= 2; k-- {
		var b strings.Builder
		for m := k - 1; m >= 0; m-- {
			b.WriteString(chars[m])
		}
		if l := b.String(); slices.Contains(cjkLabels, l) {
			return l, starts[k-1], true
		}
	}
	return "", 0, false
}

// cjkLabelsBefore is the cjkLabels that may end before: none when its
// last byte is ASCII, as no CJK label's is (TestCJKLabelsEndAboveASCII).
func cjkLabelsBefore(before string) []string {
	if before == "" || before[len(before)-1] < utf8.RuneSelf {
		return nil
	}
	return cjkLabels
}

// cjkTimeLabelStart is where the Chinese time or date label that ends
// before, its noun at start, starts: with the verb of one or two
// characters that the CMS writes before the noun, when the two are a
// word of their own ("作者：张三 提交日期：…", "发贴时间：", "添加时间：",
// "录入时间："), else at the noun.
func cjkTimeLabelStart(before string, start int) int {
	i, n := start, 0
	for i > 0 && n < 3 {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
		n++
	}
	if n == 0 || n > 2 {
		return start
	}
	// "作者：张三时间：…", the fields' elements run together: the run is
	// the value of the label before.
	if r, _ := utf8.DecodeLastRuneInString(before[:i]); r == ':' || r == '：' {
		return start
	}
	return i
}

// cjkEventLabels are the verbs of Chinese time labels that date an
// event the text speaks of, not the page: "会议时间：", "报名时间：",
// "截止日期：".
var cjkEventLabels = []string{"活动", "会议", "报名", "截止", "开始", "结束", "考试", "出生", "举办", "开幕", "闭幕", "演出", "比赛", "开放", "办理", "受理", "营业", "申报", "有效", "举行", "培训", "采访", "拍摄"}

// cjkDateLabels are the Chinese date labels that portals also write without
// a colon, a space between them and the date: "发布时间 2024-05-16 10:21".
var cjkDateLabels = []string{"发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "發布時間", "發佈時間", "發表時間", "更新時間",
	// Taiwan's government portals set the label in a table's cell and
	// the date, of the Republic's era, in the next: "發布日期 112-05-12".
	"發布日期", "發佈日期", "發表日期", "公告日期", "上版日期",
	// The edit and revision times as well: "编辑时间 2024-05-16 10:00".
	"编辑时间", "编辑日期", "編輯時間", "編輯日期", "修改时间", "修改日期", "修改時間", "更新日期"}

// bareDateLabels adds to out the cjkDateLabels of t that a space and a
// digit follow, where no label of out lies.
func bareDateLabels(t string, out []labelAt) []labelAt {
	if !strings.Contains(t, "时间") && !strings.Contains(t, "時間") && !strings.Contains(t, "日期") {
		return out
	}
	return bareLabels(t, out, cjkDateLabels, 0, beforeDigit)
}

// standLabel adds to out German "Stand:" (as of) before a digit, where
// no label of out lies, when out holds a publication's or an update's
// label: "Veröffentlicht: 03.03.2025, 10:00 Uhr | Stand: 04.03.2025,
// 12:00 Uhr", "Stand: 04.03.2025 | Erstellt: 03.03.2025", as German
// papers and broadcasters set the story's state beside its first
// appearance on one line. There it is the update's label, and each
// label takes the date after it. Alone, "Stand:" is no label: its line
// is a date line (visible.stateAfter).
func standLabel(t string, out []labelAt) []labelAt {
	if !strings.Contains(t, "Stand:") || !slices.ContainsFunc(out, func(l labelAt) bool {
		k := labelKind(l.label)
		return k == kindPublished || k == kindModified
	}) {
		return out
	}
	for from := 0; from < len(t); {
		i := strings.Index(t[from:], "Stand:")
		if i < 0 {
			break
		}
		i += from
		from = i + len("Stand:")
		if letterBefore(t, i) || !startsWithDigit(strings.TrimLeft(t[from:], " \u00a0")) || slices.ContainsFunc(out, func(l labelAt) bool { return i < l.end && l.start < from }) {
			continue
		}
		out = append(out, labelAt{i, from, standLabelName})
	}
	return out
}

// standLabelName is the label standLabel finds, an update's.
const standLabelName = "stand"

// What follows a label written without its colon, after white space
// (bareLabels).
const (
	beforeDigit = iota // a digit: a date's label
	beforeRole         // a Han character, the label after white space: a role between fields
	beforeName         // a Han or a Hangul character, the label first or after white space
)

// bareLabels adds to out each of labels that stands in t from start on
// with white space after it and then what follows says (beforeDigit,
// beforeRole, beforeName), where no label of out lies.
func bareLabels(t string, out []labelAt, labels []string, start, follows int) []labelAt {
	for _, l := range labels {
		for from := start; ; {
			i := strings.Index(t[from:], l)
			if i < 0 {
				break
			}
			i += from
			from = i + len(l)
			rest := strings.TrimLeft(t[from:], " \u00a0\u3000")
			if len(rest) == len(t[from:]) || rest == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(rest)
			switch follows {
			case beforeDigit:
				if !startsWithDigit(rest) {
					continue
				}
			case beforeRole:
				if !unicode.Is(unicode.Han, r) {
					continue
				}
				if !endsInSpace(t[:i]) {
					// "来源：江城日报 新黄河记者 张三": the outlet glued
					// to the role is the label's, not the source's.
					w := outletBeforeRole(t[start:i], l)
					if w == 0 {
						continue
					}
					i -= w
				}
			case beforeName:
				if i > 0 && !endsInSpace(t[:i]) || !unicode.In(r, unicode.Han, unicode.Hangul) {
					continue
				}
			}
			end := len(t) - len(rest)
			if !slices.ContainsFunc(out, func(o labelAt) bool { return i < o.end && o.start < end }) {
				out = append(out, labelAt{i, end, l})
			}
		}
	}
	return out
}

// cjkRoleLabels are the roles that Chinese info lines write without a
// colon after another field, a space on each side: "来源：江城日报 记者 张三
// 李四", "来源：新华网 本报记者 张三 责任编辑 王五", "实习生 王五 记者 张三".
// Longest first.
var cjkRoleLabels = []string{"本报记者", "本报通讯员", "责任编辑", "通讯员", "实习生", "记者", "作者", "责编", "编辑"}

// bareRoleLabels adds to out the cjkRoleLabels of t that stand between
// spaces before a Chinese name, after a label of out: a line with no
// other label is a sentence or a credit of its own (reCJKAuthorLabel).
func bareRoleLabels(t string, out []labelAt) []labelAt {
	if len(out) == 0 || !holdsAnyRune(t, " \u00a0\u3000") {
		return out
	}
	first := slices.MinFunc(out, func(a, b labelAt) int { return a.start - b.start }).start
	return bareLabels(t, out, cjkRoleLabels, first, beforeRole)
}

func startsWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// outletBeforeRole is the length of the outlet's name that a reporter's
// role glues to itself after white space, at the end of before: "新黄河"
// of "来源：江城日报 新黄河记者 张三", "南方+" of "南方+记者". Only the
// reporters' roles take it ("图片编辑" is another job), and a
// photographer's ("摄影记者") is none; 0 when there is none.
func outletBeforeRole(before, role string) int {
	if role != "记者" && role != "通讯员" {
		return 0
	}
	j := strings.LastIndexFunc(before, unicode.IsSpace)
	if j < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(before[j:])
	w := before[j+size:]
	if n := utf8.RuneCountInString(w); n < 1 || n > 10 || strings.ContainsAny(w, "摄攝") {
		return 0
	}
	for _, r := range w {
		if !unicode.In(r, unicode.Han, unicode.Latin, unicode.Nd) && r != '+' && r != '·' {
			return 0
		}
	}
	return len(w)
}

// bareAuthorLabels and bareHangulLabels are the author labels that
// portals and blogs also write without a colon, a space between them and
// the name: "作者 张三 2021-03-03", Korean boards' "작성자 홍길동 | 작성일 …"
// and news sites' "기자명 홍길동 기자".
var bareAuthorLabels, bareHangulLabels = []string{"作者"}, []string{"작성자", "기자명", "글쓴이"}

// bareAuthorLabel adds to out the bareAuthorLabels and bareHangulLabels
// of t. Each counts at the start of t or after a space, where no label of
// out lies, before a Han or a Hangul character.
func bareAuthorLabel(t string, out []labelAt) []labelAt {
	out = bareLabels(t, out, bareAuthorLabels, 0, beforeName)
	// Every Hangul label starts with the lead byte 0xEA or 0xEC, which
	// no Han character and no Latin letter has.
	if strings.IndexByte(t, 0xEA) >= 0 || strings.IndexByte(t, 0xEC) >= 0 {
		out = bareLabels(t, out, bareHangulLabels, 0, beforeName)
	}
	return out
}

// endsInSpace reports whether s ends in white space.
func endsInSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// startsWithDigit reports whether s starts with an ASCII or a full-width
// digit.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// reCJKButtons is the first of the buttons that Chinese portals put on
// their info line, bracketed ("[打印]", "【关闭窗口】", "【字号 大 中 小】")
// or a word of its own after the source's name ("来源：人民网 小字号",
// "来源：中国新闻网 参与互动", "来源: 新京报 举报", "来源：观察者网 分享到"),
// and the badge of a piece of the site's own ("来源：江城日报 原创").
var reCJKButtons = regexp.MustCompile(`[\[【［]\s*(?:打印|关闭|字号|字体|收藏|纠错|分享|推荐|评论|返回|大\s*中\s*小)|\s(?:参与互动|我要评论|举报|分享到|原创|[大中小]字号|打印(?:本页)?|收藏|纠错|关闭(?:窗口)?)(?:\s|[:：]|$)`)

// splitLabels cuts "来源：X 作者：Y 发布时间：Z" or "Source: X | Published: Z"
// into label and value pairs.
func splitLabels(t string) []labelled {
	if l, ok := postposedLabel(t); ok {
		return []labelled{l}
	}
	locs := findLabels(t)
	out := make([]labelled, 0, len(locs))
	for i, l := range locs {
		end := len(t)
		if i+1 < len(locs) {
			end = locs[i+1].start
		}
		v := t[l.end:end]
		// "Clarissa Borba - Categoria: Saúde": a field this list does not
		// know ends the value all the same.
		// "公開日：2024年5月16日 | 更新：2024年5月17日" keeps its bare
		// update word, which no label takes (updateTail reads it).
		if loc := nextFieldAt(v); loc != nil && !strings.Contains(v[loc[0]:loc[1]], "更新") {
			v = v[:loc[0]]
		}
		// "作者：张三 [打印] [关闭]": the page's buttons end it too.
		if loc := cjkButtonsAt(v); loc != nil {
			v = v[:loc[0]]
		}
		// "Publié le 03/03/24 à 14h05 — Mis à jour le …": the dash
		// before the next label is no part of the value.
		v = trimBrackets(strings.Trim(strings.TrimSpace(v), "|｜丨·•/／–— 　"))
		out = append(out, labelled{l.label, v, t[l.start:l.end]})
	}
	return out
}

// nextFieldAt is reNextField.FindStringIndex(v), the regexp run only on a
// value that holds a colon, as every match ends with one.
func nextFieldAt(v string) []int {
	if strings.IndexByte(v, ':') < 0 && !strings.Contains(v, "：") {
		return nil
	}
	return reNextField.FindStringIndex(v)
}

// cjkButtonsAt is reCJKButtons.FindStringIndex(v), the regexp run only on
// a value past ASCII, as every button it knows is named in Chinese.
func cjkButtonsAt(v string) []int {
	if isASCII(v) {
		return nil
	}
	return reCJKButtons.FindStringIndex(v)
}

// rePostposedDate is a date before the words that label it, as Turkish
// writes it: "16.05.2024 tarihinde yayınlandı" (published on 16.05.2024),
// "… tarihinde güncellendi" (updated on).
var rePostposedDate = regexp.MustCompile(`^(.{4,40}?)\s+tarihinde\s+(yayınlandı|yayımlandı|eklendi|oluşturuldu|güncellendi)(?:[\s.,]|$)`)

// postposedLabel reads t as a date and its postposed label
// (rePostposedDate), given as the label that would stand before it.
func postposedLabel(t string) (labelled, bool) {
	if len(t) > 80 || !strings.Contains(t, " tarihinde ") { // a date line is short
		return labelled{}, false
	}
	m := rePostposedDate.FindStringSubmatch(t)
	if m == nil {
		return labelled{}, false
	}
	label := "yayınlanma tarihi"
	if m[2] == "güncellendi" {
		label = "güncellenme tarihi"
	}
	return labelled{label, strings.TrimSpace(m[1]), strings.TrimSpace(m[0])}, true
}

// bareLabel reports whether t is a label and nothing else: "发表于" alone in
// Discuz's <em id="authorposton…">, its date in an element of its own, is
// no poster's name, and neither is "日期" or "发布时间" left of the colon
// of an info line that the page classes as its author's.
func bareLabel(t string) bool {
	t = asciiLower(strings.TrimRight(strings.TrimSpace(t), ":： "))
	if slices.Contains(cjkLabels, t) {
		return true
	}
	for _, noun := range cjkLabelNouns {
		if strings.HasSuffix(t, noun) && len(t) > len(noun) && cjkTimeLabelStart(t, len(t)-len(noun)) == 0 {
			return true // "发贴时间", "添加时间", "所属栏目"
		}
	}
	return slices.Contains(verbLabels, t) || slices.Contains(dateVerbLabels, t) || slices.Contains(colonLabels, t)
}

func labelKind(label string) string {
	if k, ok := dateLabelKinds[label]; ok {
		return k
	}
	if k, ok := cjkLabelKinds[label]; ok {
		return k
	}
	switch {
	case categoryLabel(label), label == "key words":
		return kindOther
	case strings.Contains(label, "编"), strings.Contains(label, "edit"):
		return "editor"
	case (strings.HasSuffix(label, "时间") || strings.HasSuffix(label, "日期") || strings.HasSuffix(label, "時間")) && slices.ContainsFunc(cjkEventLabels, func(p string) bool { return strings.HasPrefix(label, p) }):
		return kindOther
	case strings.HasSuffix(label, "por"): // "Publicado por:", "Por:"
		return "author"
	case strings.Contains(label, "更新"), strings.Contains(label, "updated"), strings.Contains(label, "modified"):
		return "modified"
	case strings.Contains(label, "时间"), strings.Contains(label, "時間"), strings.Contains(label, "日期"), strings.HasPrefix(label, "publi"),
		strings.HasPrefix(label, "post"), label == "date", strings.HasPrefix(label, "veröff"):
		return "published"
	case strings.Contains(label, "来源"), strings.Contains(label, "來源"), strings.Contains(label, "稿源"), strings.Contains(label, "出处"),
		label == "source", label == "quelle", label == "fuente", label == "fonte",
		label == "источник", label == "Источник", label == "nguồn", label == "Nguồn", label == "sumber": // Russian, Vietnamese, Indonesian
		return "credit"
	default:
		return "author"
	}
}

// trimBrackets drops the brackets around a label's value that the value
// does not close or open itself: in "【作者：张三】【来源：X】" the value
// "张三】【" is 张三; "[ 国际金融报 ]" is unwrapped; "Reuters [Read More]"
// stays.
func trimBrackets(v string) string {
	if strings.Contains(v, "［") || strings.Contains(v, "］") {
		// Chinese pages set the full-width ones: "张三 ［2005-03-11］".
		v = strings.NewReplacer("［", "[", "］", "]").Replace(v)
	}
	for v != "" {
		open := strings.Count(v, "[") + strings.Count(v, "【")
		closed := strings.Count(v, "]") + strings.Count(v, "】")
		r, size := utf8.DecodeRuneInString(v)
		l, lsize := utf8.DecodeLastRuneInString(v)
		switch {
		case l == '[' || l == '【': // the next field's
			v = v[:len(v)-lsize]
		case r == ']' || r == '】': // the label's
			v = v[size:]
		case (l == ']' || l == '】') && closed > open:
			v = v[:len(v)-lsize]
		case (r == '[' || r == '【') && open > closed:
			v = v[size:]
		case (r == '[' && l == ']' || r == '【' && l == '】') && open == 1 && closed == 1:
			v = v[size : len(v)-lsize]
		default:
			return strings.TrimSpace(v)
		}
		v = strings.TrimSpace(v)
	}
	return v
}
