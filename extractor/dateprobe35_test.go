package extractor

import (
	"strings"
	"testing"
)

// Conventions of date statements found by probing news pages in the twenty
// languages most common in news (twenty-eighth session, date35); each
// page is laid out as real sites lay theirs.

// The datelines of the news sites of the twenty languages, as they print
// them: Vietnamese weekdays and "(GMT+7)", Indonesian "WIB" and
// "Diperbarui", Hindi's Devanagari digits and English labels, Persian's
// Solar Hijri dates with the Gregorian beside them, Arabic's Hijri date
// beside the Gregorian and its own digits, Turkish, Polish, Ukrainian,
// Romanian, Korean "입력"/"수정", Japanese "公開日"/"更新日" and the era's
// years, and relative dates in each against the fetch time.
func TestNewsDatelines35(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"vi", `<p class="date">Thứ năm, 16/5/2024, 10:20 (GMT+7)</p>`, "2024-05-16", ""},
		{"vi", `<span class="date">Thứ Năm, 16/05/2024 - 10:20</span>`, "2024-05-16", ""},
		{"vi", `<p>Cập nhật: 17/05/2024 09:00</p>`, "", "2024-05-17"},
		{"vi", `<p>Cập nhật lúc 09:00 17/05/2024</p>`, "", "2024-05-17"},
		{"vi", `<p>16/05/2024 10:20 GMT+7</p>`, "2024-05-16", ""},
		{"vi", `<p>10:20 16/05/2024</p>`, "2024-05-16", ""},
		{"vi", `<p>Thứ Năm, ngày 16/05/2024 10:20 AM (GMT+7)</p>`, "2024-05-16", ""},
		{"vi", `<p>16/05/2024 10:20 (GMT+07:00)</p>`, "2024-05-16", ""},
		{"vi", `<p>Ngày đăng: 10:20 16/05/2024</p>`, "2024-05-16", ""},
		{"vi", `<p>Đăng lúc: 16/05/2024 10:20 | Cập nhật: 17/05/2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"vi", `<p>Thứ năm, 16/5/2024 | 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>3 giờ trước</p>`, "2024-06-01", ""},
		{"vi", `<p>Hôm qua lúc 10:20</p>`, "2024-05-31", ""},
		{"id", `<p>Kamis, 16 Mei 2024 10:20 WIB</p>`, "2024-05-16", ""},
		{"id", `<p>Kamis, 05 Des 2023 10:20 WIB</p>`, "2023-12-05", ""},
		{"id", `<p>Kamis, 16 Mei 2024 | 10:20 WIB</p><p>Diperbarui: Jumat, 17 Mei 2024 09:00 WIB</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Diperbarui 17 Mei 2024, 09:00 WIB</p>`, "", "2024-05-17"},
		{"id", `<p>Kompas.com - 16/05/2024, 10:20 WIB</p>`, "2024-05-16", ""},
		{"id", `<p>Kamis 16 Mei 2024, 10:20 WITA</p>`, "2024-05-16", ""},
		{"id", `<p>Dipublikasikan pada 16 Mei 2024</p>`, "2024-05-16", ""},
		{"id", `<p>3 jam yang lalu</p>`, "2024-06-01", ""},
		{"id", `<p>2 hari lalu</p>`, "2024-05-30", ""},
		{"id", `<p>Senin, 13 Mei 2024 - 10:20 wib</p>`, "2024-05-13", ""},
		{"id", `<p>Selasa, 14 Mei 2024 | 10:20 WIB</p>`, "2024-05-14", ""},
		{"hi", `<p>प्रकाशित: 16 मई 2024, 10:20 AM (IST)</p>`, "2024-05-16", ""},
		{"hi", `<p>अपडेटेड: 17 मई 2024, 09:00 AM (IST)</p>`, "", "2024-05-17"},
		{"hi", `<p>प्रकाशित: १६ मई २०२४</p>`, "2024-05-16", ""},
		{"hi", `<p>Published: 16 May 2024, 10:20 AM (IST)</p><p>Updated: 17 May 2024</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>प्रकाशित तिथि: 16/05/2024</p>`, "2024-05-16", ""},
		{"hi", `<p>Published By : राहुल शर्मा | Updated : 17 May 2024, 09:00 AM IST</p>`, "", "2024-05-17"},
		{"hi", `<p>3 घंटे पहले</p>`, "2024-06-01", ""},
		{"hi", `<p>अंतिम अपडेट: 17 मई 2024</p>`, "", "2024-05-17"},
		{"hi", `<p>Last Updated: May 17, 2024, 09:00 IST</p>`, "", "2024-05-17"},
		{"hi", `<p>पब्लिश्ड: 16 मई 2024</p>`, "2024-05-16", ""},
		{"hi", `<p>प्रकाशित: गुरु, 16 मई 2024 10:20 AM</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ انتشار: ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ انتشار: ۱۴۰۳/۰۲/۲۷ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ ساعت ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>کد خبر: ۱۲۳۴۵۶ تاریخ انتشار: ۲۷ اردیبهشت ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>انتشار: ۲۷ اردیبهشت ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>۱۴۰۳-۰۲-۲۷ ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>۲۷ اردیبهشت ۱۴۰۳، ساعت ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ: پنج شنبه ۲۷ اردیبهشت ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>۳ ساعت پیش</p>`, "2024-06-01", ""},
		{"fa", `<p>به‌روزرسانی: ۲۸ اردیبهشت ۱۴۰۳</p>`, "", "2024-05-17"},
		{"fa", `<p>۲۷ اردیبهشت ۱۴۰۳ (16 May 2024)</p>`, "2024-05-16", ""},
		{"ar", `<p>نشر في: 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>نشر في: الخميس 16 مايو 2024 - 10:20 ص</p>`, "2024-05-16", ""},
		{"ar", `<p>نشر في ١٦ مايو ٢٠٢٤</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس 8 ذو القعدة 1445 هـ - 16 مايو 2024 م</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس 16 مايو 2024 - 8 ذو القعدة 1445</p>`, "2024-05-16", ""},
		{"ar", `<p>آخر تحديث: 17 مايو 2024</p>`, "", "2024-05-17"},
		{"ar", `<p>تاريخ النشر: 16/05/2024</p>`, "2024-05-16", ""},
		{"ar", `<p>تاريخ النشر: ١٦/٠٥/٢٠٢٤</p>`, "2024-05-16", ""},
		{"ar", `<p>منذ 3 ساعات</p>`, "2024-06-01", ""},
		{"ar", `<p>منذ يومين</p>`, "2024-05-30", ""},
		{"ar", `<p>الخميس، 16 مايو 2024 10:20 ص</p>`, "2024-05-16", ""},
		{"ar", `<p>نُشر بتاريخ 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>16 مايو 2024 | 10:20 ص بتوقيت أبوظبي</p>`, "2024-05-16", ""},
		{"ar", `<p>تم النشر: 16 مايو 2024</p>`, "2024-05-16", ""},
		{"tr", `<p>Yayınlanma: 16.05.2024 10:20</p><p>Güncelleme: 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>Güncelleme: 17.05.2024 09:00</p>`, "", "2024-05-17"},
		{"tr", `<p>Yayınlanma: 16 Mayıs 2024 - 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>Oluşturulma Tarihi: 16 Mayıs 2024 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>Güncellenme: 17 Mayıs 2024, 09:00</p>`, "", "2024-05-17"},
		{"tr", `<p>16 Mayıs 2024 Perşembe 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>3 saat önce</p>`, "2024-06-01", ""},
		{"tr", `<p>Yayın Tarihi: 16.05.2024</p>`, "2024-05-16", ""},
		{"tr", `<p>Eklenme: 16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>Son Dakika - 16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"pl", `<p>Data publikacji: 16.05.2024, 10:20</p><p>Data aktualizacji: 17.05.2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"pl", `<p>Opublikowano: czwartek, 16 maja 2024 10:20</p>`, "2024-05-16", ""},
		{"pl", `<p>Aktualizacja: 17.05.2024 09:00</p>`, "", "2024-05-17"},
		{"pl", `<p>3 godziny temu</p>`, "2024-06-01", ""},
		{"pl", `<p>wczoraj, 10:20</p>`, "2024-05-31", ""},
		{"pl", `<p>16 maja 2024, 10:20</p>`, "2024-05-16", ""},
		{"pl", `<p>Dodano: 16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>Опубліковано: 16 травня 2024, 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>Оновлено: 17 травня 2024, 09:00</p>`, "", "2024-05-17"},
		{"uk", `<p>16 травня 2024, 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>Четвер, 16 травня 2024, 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>3 години тому</p>`, "2024-06-01", ""},
		{"uk", `<p>вчора, 10:20</p>`, "2024-05-31", ""},
		{"uk", `<p>16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>Дата публікації: 16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>16 тра 2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>Publicat: joi, 16 mai 2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>Actualizat: vineri, 17 mai 2024, 09:00</p>`, "", "2024-05-17"},
		{"ro", `<p>Publicat: 16.05.2024, 10:20 Actualizat: 17.05.2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ro", `<p>acum 3 ore</p>`, "2024-06-01", ""},
		{"ro", `<p>16 mai 2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>Data publicării: 16 Mai 2024</p>`, "2024-05-16", ""},
		{"ro", `<p>16.05.2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>ieri, 10:20</p>`, "2024-05-31", ""},
		{"ko", `<p>입력 2024.05.16 10:20</p><p>수정 2024.05.17 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>입력 2024.05.16 10:20 | 수정 2024.05.17 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>수정 2024.05.17 09:00</p>`, "", "2024-05-17"},
		{"ko", `<p>기사입력 2024-05-16 10:20 | 최종수정 2024-05-17 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>승인 2024.05.16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>등록 2024.05.16 10:20 수정 2024.05.17 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>3 시간 전</p>`, "2024-06-01", ""},
		{"ko", `<p>3시간 전</p>`, "2024-06-01", ""},
		{"ko", `<p>입력 : 2024-05-16 10:20:00</p>`, "2024-05-16", ""},
		{"ko", `<p>발행일 : 2024.05.16</p>`, "2024-05-16", ""},
		{"ko", `<p>게재 일자 : 2024년 05월 16일(목)</p>`, "2024-05-16", ""},
		{"ko", `<p>업데이트 2024.05.17 09:00</p>`, "", "2024-05-17"},
		{"ko", `<p>송고시간 2024-05-16 10:20</p>`, "2024-05-16", ""},
		{"ja", `<p>公開日：2024年5月16日</p><p>更新日：2024年5月17日</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>更新日：2024年5月17日</p>`, "", "2024-05-17"},
		{"ja", `<p>公開日：令和6年5月16日</p>`, "2024-05-16", ""},
		{"ja", `<p>2024年5月16日 10時20分</p>`, "2024-05-16", ""},
		{"ja", `<p>2024/05/16 10:20 (最終更新 2024/05/17 09:00)</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>配信日時：2024年5月16日 10:20</p>`, "2024-05-16", ""},
		{"ja", `<p>3時間前</p>`, "2024-06-01", ""},
		{"ja", `<p>掲載日 2024.05.16</p>`, "2024-05-16", ""},
		{"ja", `<p>投稿日 2024/05/16 更新日 2024/05/17</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>5/16(木) 10:20配信</p>`, "2024-05-16", ""},
		{"ja", `<p>2024年5月16日 10時20分 公開</p>`, "2024-05-16", ""},
		{"de", `<p>vor 3 Stunden</p>`, "2024-06-01", ""},
		{"es", `<p>hace 2 días</p>`, "2024-05-30", ""},
		{"fr", `<p>il y a 3 heures</p>`, "2024-06-01", ""},
		{"fr", `<p>Publié il y a 3 heures</p>`, "2024-06-01", ""},
		{"es", `<p>Publicado hace 2 días</p>`, "2024-05-30", ""},
		{"pt", `<p>há 2 dias</p>`, "2024-05-30", ""},
		{"it", `<p>2 giorni fa</p>`, "2024-05-30", ""},
		{"ru", `<p>3 часа назад</p>`, "2024-06-01", ""},
		{"nl", `<p>2 dagen geleden</p>`, "2024-05-30", ""},
		{"zh", `<p>3小时前</p>`, "2024-06-01", ""},
		{"id", `<p>1 jam lalu</p>`, "2024-06-01", ""},
		{"id", `<p>5 menit yang lalu</p>`, "2024-06-01", ""},
		{"id", `<p>Kemarin, 10:20 WIB</p>`, "2024-05-31", ""},
		{"id", `<p>Hari ini, 10:20 WIB</p>`, "2024-06-01", ""},
		{"tr", `<p>Dün 10:20</p>`, "2024-05-31", ""},
		{"tr", `<p><span class="date">Dün</span></p>`, "2024-05-31", ""},
		{"es", `<p>hace un día</p>`, "2024-05-31", ""},
		{"fr", `<p>il y a un jour</p>`, "2024-05-31", ""},
		{"pt", `<p>há um dia</p>`, "2024-05-31", ""},
		{"it", `<p>un giorno fa</p>`, "2024-05-31", ""},
		{"ru", `<p>1 день назад</p>`, "2024-05-31", ""},
		{"pl", `<p>godzinę temu</p>`, "2024-06-01", ""},
		{"pl", `<p><span class="date">wczoraj</span></p>`, "2024-05-31", ""},
		{"ro", `<p>acum o zi</p>`, "2024-05-31", ""},
		{"vi", `<p>1 ngày trước</p>`, "2024-05-31", ""},
		{"vi", `<p><span class="time">Hôm qua</span></p>`, "2024-05-31", ""},
		{"vi", `<p>3 tuần trước</p>`, "", ""},
		{"ko", `<p>1일 전</p>`, "2024-05-31", ""},
		{"ko", `<p><span class="date">어제</span></p>`, "2024-05-31", ""},
		{"ja", `<p><span class="date">昨日</span></p>`, "2024-05-31", ""},
		{"ja", `<p>1日前</p>`, "2024-05-31", ""},
		{"hi", `<p>1 दिन पहले</p>`, "2024-05-31", ""},
		{"fa", `<p>۱ روز پیش</p>`, "2024-05-31", ""},
		{"fa", `<p><span class="date">دیروز</span></p>`, "2024-05-31", ""},
		{"ar", `<p><span class="date">أمس</span></p>`, "2024-05-31", ""},
		{"uk", `<p>годину тому</p>`, "2024-06-01", ""},
		{"uk", `<p><span class="date">Вчора</span></p>`, "2024-05-31", ""},
		{"nl", `<p><span class="date">Gisteren</span></p>`, "2024-05-31", ""},
		{"es", `<p><span class="date">Ayer</span></p>`, "2024-05-31", ""},
		{"de", `<p><span class="date">Heute</span></p>`, "2024-06-01", ""},
		{"en", `<p><span class="date">1 month ago</span></p>`, "", ""},
		{"ru", `<p>Сегодня, 10:20</p>`, "2024-06-01", ""},
		{"uk", `<p>Сьогодні о 10:20</p>`, "2024-06-01", ""},
		{"ja", `<p>今日 10:20</p>`, "2024-06-01", ""},
		{"zh", `<p>昨天 10:20</p>`, "2024-05-31", ""},
		{"en", `<p>Yesterday</p>`, "", ""},
		{"fr", `<p>Hier</p>`, "", ""},
		{"de", `<p>Gestern</p>`, "", ""},
		{"vi", `<div class="detail-time"><div data-role="publishdate">16/05/2024 10:20 GMT+7</div></div>`, "2024-05-16", ""},
		{"vi", `<p>16/05/2024 10:20 GMT+07:00</p>`, "2024-05-16", ""},
		{"vi", `<p>Thứ năm, 16/05/2024 - 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>Cập nhật: 10:20 17/05/2024</p>`, "", "2024-05-17"},
		{"vi", `<p>Thứ Năm, 16/05/2024, 10:20 [GMT+7]</p>`, "2024-05-16", ""},
		{"vi", `<p>Ngày 16/05/2024 lúc 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>2 ngày trước</p>`, "2024-05-30", ""},
		{"vi", `<p>Thứ 5, 16/05/2024 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>T5, 16/05/2024 - 10:20</p>`, "2024-05-16", ""},
		{"id", `<p>Kompas.com - 16/05/2024, 10:20 WIB</p><p>Diperbarui 17/05/2024, 09:00 WIB</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Diterbitkan 16 Mei 2024, 10:20 WIB</p><p>Diperbarui 17 Mei 2024, 09:00 WIB</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Jumat, 17 Mei 2024 10:20 WIB</p>`, "2024-05-17", ""},
		{"id", `<p>Jum'at, 17 Mei 2024 10:20 WIB</p>`, "2024-05-17", ""},
		{"id", `<p>Diperbaharui 17 Mei 2024, 09:00 WIB</p>`, "", "2024-05-17"},
		{"id", `<p>Kamis, 16 Mei 2024 10:20 WIB | Diperbarui Jumat, 17 Mei 2024 09:00 WIB</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Kamis, 16 Mei 2024 - 10:20 WIT</p>`, "2024-05-16", ""},
		{"id", `<p>Rabu, 15 Mei 2024 / 10:20 WIB</p>`, "2024-05-15", ""},
		{"id", `<p>Dipublikasikan: Kamis, 16 Mei 2024</p>`, "2024-05-16", ""},
		{"id", `<p>Tayang: Kamis, 16 Mei 2024 10:20 WIB</p>`, "2024-05-16", ""},
		{"hi", `<p>Publish Date: Thu, 16 May 2024 10:20 AM (IST)</p><p>Updated Date: Fri, 17 May 2024 09:00 AM (IST)</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>Published by: राहुल शर्मा Updated Fri, 17 May 2024 09:00 AM IST</p>`, "", "2024-05-17"},
		{"hi", `<p>नई दिल्ली, 16 मई 2024, (अपडेटेड 17 मई 2024, 09:00 AM IST)</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>अपडेटेड: मई 17, 2024 09:00 AM IST</p>`, "", "2024-05-17"},
		{"hi", `<p>मई 16, 2024 10:20 AM IST</p>`, "2024-05-16", ""},
		{"hi", `<p>16 मई, 2024</p>`, "2024-05-16", ""},
		{"hi", `<p>गुरु, 16 मई 2024 10:20 AM</p>`, "2024-05-16", ""},
		{"hi", `<p>2 दिन पहले</p>`, "2024-05-30", ""},
		{"hi", `<p>प्रकाशित: 16 मई, 2024 10:20 AM</p>`, "2024-05-16", ""},
		{"hi", `<p>पब्लिश्ड 16 मई 2024</p>`, "2024-05-16", ""},
		{"hi", `<p>लास्ट अपडेट: 17 मई 2024</p>`, "", "2024-05-17"},
		{"fa", `<p>۲۷ اردیبهشت ۱۴۰۳ - ۱۶ مه ۲۰۲۴</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ انتشار: پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>۲۷ اردیبهشت ۱۴۰۳ / ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>۱۴۰۳/۰۲/۲۷ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ انتشار: ۱۰:۲۰ - ۲۷ اردیبهشت ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>۱۰:۲۰ - ۱۴۰۳/۰۲/۲۷</p>`, "2024-05-16", ""},
		{"fa", `<p>٢٧ اردیبهشت ١٤٠٣</p>`, "2024-05-16", ""},
		{"fa", `<p>۱۶/۰۵/۲۰۲۴ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>۲ روز پیش</p>`, "2024-05-30", ""},
		{"fa", `<p>تاریخ انتشار: ۱۴۰۳/۰۲/۲۷ ساعت ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>پنج‌شنبه ۲۷ اردیبهشت ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>انتشار: ۱۴۰۳/۰۲/۲۷</p><p>بروزرسانی: ۱۴۰۳/۰۲/۲۸</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>نشر في 16/5/2024</p><p>آخر تحديث: 17/5/202409:00 (توقيت مكة)</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>نشر في: 16 مايو ,2024: 10:20 ص GST</p><p>آخر تحديث: 17 مايو ,2024: 09:00 ص GST</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>الخميس 16 ماي 2024 - 10:20</p>`, "2024-05-16", ""},
		{"ar", `<p>16-5-2024 | 10:20</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس - 8 ذو القعدة 1445 هـ - 16 مايو 2024 م</p>`, "2024-05-16", ""},
		{"ar", `<p>نشر في: 16 مايو 2024 - 10:20 بتوقيت أبوظبي</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس، 16 أيار 2024 10:20</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس ٠٨ ذو القعدة ١٤٤٥ هـ الموافق ١٦ مايو ٢٠٢٤ م</p>`, "2024-05-16", ""},
		{"ar", `<p>تاريخ النشر: الخميس، 16 مايو 2024 - 10:20 ص آخر تحديث: الجمعة، 17 مايو 2024 - 09:00 ص</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>محدث: 17 مايو 2024</p>`, "", "2024-05-17"},
		{"tr", `<p>Oluşturulma Tarihi: Mayıs 16, 2024 10:20</p><p>Güncelleme Tarihi: Mayıs 17, 2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>16.05.2024 10:20 Son Güncelleme: 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>Giriş: 16 Mayıs 2024 10:20 Güncelleme: 17 Mayıs 2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>Yayınlanma: 16.05.2024 - 10:20 Güncelleme: 17.05.2024 - 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>16 Mayıs 2024, Perşembe - 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>2 gün önce</p>`, "2024-05-30", ""},
		{"tr", `<p>Son güncelleme: 17.05.2024 09:00</p>`, "", "2024-05-17"},
		{"pl", `<p>czw., 16 maja 2024, 10:20</p>`, "2024-05-16", ""},
		{"pl", `<p>Czwartek, 16 maja 2024 (10:20)</p>`, "2024-05-16", ""},
		{"pl", `<p>Aktualizacja: piątek, 17 maja 2024 (09:00)</p>`, "", "2024-05-17"},
		{"pl", `<p>16 maja 2024, 10:20 | Aktualizacja: 17 maja 2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"pl", `<p>2024-05-16, 10:20</p>`, "2024-05-16", ""},
		{"pl", `<p>2 dni temu</p>`, "2024-05-30", ""},
		{"pl", `<p>16 maj 2024</p>`, "2024-05-16", ""},
		{"pl", `<p>Opublikowano 16.05.2024 10:20, aktualizacja 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"uk", `<p>Четвер 16 травня 2024 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>Оновлено: 17.05.2024 09:00</p>`, "", "2024-05-17"},
		{"uk", `<p>16 травня 2024 р., 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>16.05.2024 о 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>2 дні тому</p>`, "2024-05-30", ""},
		{"uk", `<p>Останнє оновлення: 17 травня 2024</p>`, "", "2024-05-17"},
		{"ro", `<p>Joi, 16 mai 2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>Data publicării: 16.05.2024 10:20</p><p>Data actualizării: 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ro", `<p>16 mai. 2024, 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>16-05-2024 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>16.05.2024 - 10:20</p>`, "2024-05-16", ""},
		{"ro", `<p>acum 2 zile</p>`, "2024-05-30", ""},
		{"ro", `<p>Publicat la 16.05.2024</p>`, "2024-05-16", ""},
		{"ko", `<p>송고시간2024-05-16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>입력 2024.05.16. 10:20 업데이트 2024.05.17. 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>입력2024.05.16. 오전 10:20 기사원문</p><p>수정2024.05.17. 오전 9:00</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>입력 2024.05.16 (10:20) 수정 2024.05.17 (09:00)</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>기사입력 : 2024년 05월 16일 10시 20분</p>`, "2024-05-16", ""},
		{"ko", `<p>2일 전</p>`, "2024-05-30", ""},
		{"ko", `<p>최초 입력 2024.05.16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>발행일 2024-05-16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>2024.05.16 10:20 입력</p>`, "2024-05-16", ""},
		{"ja", `<p>2024年5月16日 10:20 (2024年5月17日 09:00更新)</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>毎日新聞 2024/5/16 10:20（最終更新 5/17 09:00） 1234文字</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>2024年05月16日 10時20分 公開</p>`, "2024-05-16", ""},
		{"ja", `<p>公開日時 2024/05/16 10:20</p>`, "2024-05-16", ""},
		{"ja", `<p>2日前</p>`, "2024-05-30", ""},
		{"ja", `<p>投稿日：2024年5月16日 | 更新日：2024年5月17日</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>最終更新日：2024年5月17日</p>`, "", "2024-05-17"},
		{"ja", `<p>2024.05.16</p>`, "2024-05-16", ""},
		{"ja", `<p>令和6年5月16日（木）</p>`, "2024-05-16", ""},
		{"ja", `<p>更新日：令和6年5月17日</p>`, "", "2024-05-17"},
		{"de", `<p>vor 2 Tagen</p>`, "2024-05-30", ""},
		{"de", `<p>Von Hans Müller · vor 3 Stunden</p>`, "2024-06-01", ""},
		{"es", `<p>hace 3 horas</p>`, "2024-06-01", ""},
		{"fr", `<p>il y a 2 jours</p>`, "2024-05-30", ""},
		{"pt", `<p>há 3 horas</p>`, "2024-06-01", ""},
		{"it", `<p>3 ore fa</p>`, "2024-06-01", ""},
		{"ru", `<p>2 дня назад</p>`, "2024-05-30", ""},
		{"nl", `<p>3 uur geleden</p>`, "2024-06-01", ""},
		{"zh", `<p>2天前</p>`, "2024-05-30", ""},
		{"en", `<p>2 days ago</p>`, "2024-05-30", ""},
		{"en", `<p>Updated 3 hours ago</p>`, "", "2024-06-01"},
		{"de", `<p>Aktualisiert vor 3 Stunden</p>`, "", "2024-06-01"},
		{"es", `<p>Actualizado hace 3 horas</p>`, "", "2024-06-01"},
		{"ar", `<p>١٦ أيار ٢٠٢٤</p>`, "2024-05-16", ""},
		{"ar", `<p>نشر بتاريخ: 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس 16 مايو 2024 | آخر تحديث الجمعة 17 مايو 2024</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>2024/05/16</p>`, "2024-05-16", ""},
		{"ar", `<p>16.05.2024 | 10:20 ص</p>`, "2024-05-16", ""},
		{"ar", `<p>أُضيف في 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>تاريخ النشر: 16 مايو 2024 م</p>`, "2024-05-16", ""},
		{"hi", `<p>प्रकाशित Thu, 16 May 2024 10:20 AM IST</p>`, "2024-05-16", ""},
		{"hi", `<p>अपडेटेड Fri, 17 May 2024 09:00 AM IST</p>`, "", "2024-05-17"},
		{"hi", `<p>16 मई 2024 | अपडेटेड 17 मई 2024</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>Edited By: राहुल शर्मा | Updated: May 17, 2024, 09:00 IST</p>`, "", "2024-05-17"},
		{"hi", `<p>16 मई 2024 10:20 AM</p>`, "2024-05-16", ""},
		{"ko", `<p>2024년 5월 16일 (목) 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>입력 2024년 05월 16일 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>기사승인 2024.05.16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>게시 2024.05.16</p>`, "2024-05-16", ""},
		{"ko", `<p>발행 2024.05.16 10:20</p>`, "2024-05-16", ""},
		{"ko", `<p>입력 2024.05.16 10:20 | 최종수정 2024.05.17 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>更新 2024/05/17 09:00</p>`, "", "2024-05-17"},
		{"ja", `<p>2024年5月16日 配信</p>`, "2024-05-16", ""},
		{"ja", `<p>公開：2024.05.16</p><p>最終更新：2024.05.17</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>掲載日：2024年5月16日</p>`, "2024-05-16", ""},
		{"vi", `<p>Chủ nhật, 19/5/2024</p>`, "2024-05-19", ""},
		{"vi", `<p>Ngày 16 tháng 05 năm 2024 | 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>Đăng ngày 16/05/2024 | 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>16-05-2024 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>Xuất bản: 16/05/2024</p>`, "2024-05-16", ""},
		{"vi", `<p>Cập nhật ngày: 17/05/2024</p>`, "", "2024-05-17"},
		{"vi", `<p>Thứ bảy, 18/5/2024, 10:20 (GMT+7)</p>`, "2024-05-18", ""},
		{"id", `<p>Rabu 15 Mei 2024 pukul 10.20 WIB</p>`, "2024-05-15", ""},
		{"id", `<p>Diunggah: 16 Mei 2024</p>`, "2024-05-16", ""},
		{"id", `<p>Terbit: 16 Mei 2024</p>`, "2024-05-16", ""},
		{"id", `<p>Dibuat: 16/05/2024</p>`, "2024-05-16", ""},
		{"id", `<p>Minggu, 19 Mei 2024 | 10:20 WIB</p>`, "2024-05-19", ""},
		{"tr", `<p>Yayınlanma Tarihi : 16.05.2024 - 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>Haber Giriş Tarihi: 16.05.2024 10:20 Güncellenme Tarihi: 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>Eklenme Tarihi: 16 Mayıs 2024</p>`, "2024-05-16", ""},
		{"tr", `<p>16 Mayıs 2024 Perşembe 10:20 | Son Güncelleme: 17 Mayıs 2024 Cuma 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"pl", `<p>Data dodania: 16.05.2024</p>`, "2024-05-16", ""},
		{"pl", `<p>Opublikowano: 16 maja 2024, 10:20 | Zaktualizowano: 17 maja 2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"pl", `<p>16.05.2024 | Aktualizacja: 17.05.2024</p>`, "2024-05-16", "2024-05-17"},
		{"uk", `<p>Опубліковано 16 травня 2024 о 10:20</p>`, "2024-05-16", ""},
		{"uk", `<p>16 травня 2024, 10:20 | Оновлено: 17 травня 2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"uk", `<p>Дата: 16.05.2024</p>`, "2024-05-16", ""},
		{"ro", `<p>Publicat: 16 mai 2024, 10:20 | Actualizat: 17 mai 2024, 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ro", `<p>Publicat pe 16 mai 2024</p>`, "2024-05-16", ""},
		{"ro", `<p>Postat la 16.05.2024</p>`, "2024-05-16", ""},
		{"ro", `<p>Modificat: 17.05.2024</p>`, "", "2024-05-17"},
		{"de", `<p>vor einem Tag</p>`, "2024-05-31", ""},
		{"de", `<p>Gestern, 10:20</p>`, "2024-05-31", ""},
		{"es", `<p>Hace 1 hora</p>`, "2024-06-01", ""},
		{"uk", `<dl><dt>Опубліковано</dt><dd>16.05.2024</dd><dt>Оновлено</dt><dd>17.05.2024</dd></dl>`, "2024-05-16", "2024-05-17"},
		{"tr", `<div class="dates"><span class="label">Yayınlanma:</span> <span>16.05.2024 10:20</span> <span class="label">Güncelleme:</span> <span>17.05.2024 09:00</span></div>`, "2024-05-16", "2024-05-17"},
		{"hi", `<div><span>प्रकाशित</span></div><div><span>16 मई 2024</span></div>`, "2024-05-16", ""},
		{"ko", `<div class="info"><span>입력</span><span>2024.05.16 10:20</span><span>수정</span><span>2024.05.17 09:00</span></div>`, "2024-05-16", "2024-05-17"},
		{"ja", `<dl><dt>公開日</dt><dd>2024年5月16日</dd><dt>更新日</dt><dd>2024年5月17日</dd></dl>`, "2024-05-16", "2024-05-17"},
		{"vi", `<div><span>Cập nhật</span> <span>17/05/2024 09:00</span></div>`, "", "2024-05-17"},
		{"id", `<div><span>Diperbarui</span><span>17 Mei 2024, 09:00 WIB</span></div>`, "", "2024-05-17"},
		{"ar", `<div><span>آخر تحديث</span><span>17 مايو 2024</span></div>`, "", "2024-05-17"},
		{"fa", `<div><span>تاریخ انتشار</span><span>۲۷ اردیبهشت ۱۴۰۳</span></div>`, "2024-05-16", ""},
		{"pl", `<div><span>Aktualizacja</span><time>17.05.2024 09:00</time></div>`, "", "2024-05-17"},
		{"ro", `<div><span>Actualizat</span> <time>17.05.2024 09:00</time></div>`, "", "2024-05-17"},
		{"hi", `<p>Updated: 17 May 2024 09:00 AM IST</p>`, "", "2024-05-17"},
		{"hi", `<p>प्रकाशित: 16 मई 2024, 10:20 (आईएसटी)</p>`, "2024-05-16", ""},
		{"hi", `<p>प्रकाशन: 16 मई 2024</p>`, "2024-05-16", ""},
		{"hi", `<p>अपडेट किया गया: 17 मई 2024</p>`, "", "2024-05-17"},
		{"hi", `<p>पोस्ट: 16 मई 2024</p>`, "2024-05-16", ""},
		{"vi", `<p>Thứ Năm, ngày 16/05/2024 10:20 AM (GMT+7)</p>`, "2024-05-16", ""},
		{"vi", `<p>16/05/2024 | 10:20 GMT+7</p>`, "2024-05-16", ""},
		{"id", `<p>Kamis, 16 Mei 2024 | 10:20 WIB Diperbarui: Jumat, 17 Mei 2024 | 09:00 WIB</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>[기사입력 2024-05-16 10:20] [최종수정 2024-05-17 09:00]</p>`, "2024-05-16", "2024-05-17"},
		{"ko", `<p>입력 : 2024-05-16 10:20:00 | 수정 : 2024-05-17 09:00:00</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>16.05.2024 | 10:20 - Güncelleme: 17.05.2024 | 09:00</p>`, "2024-05-16", "2024-05-17"},
	})
}

// A health page's "Review Date" (MedlinePlus and the encyclopedias built
// like it), "Reviewed:" before its day, and a product box's "Review Date:"
// date a review; a policy's "Effective date:" (and "Gültig ab:", "Date
// d'effet :", "Fecha de entrada en vigor:") the day its terms apply:
// neither is the page's publication nor its update. A story's own date
// beside one stays its date; a critic's "Reviewed by … on" is
// TestReviewDate's.
func TestReviewAndEffectiveDays(t *testing.T) {
	checkDays(t, "https://health.example/article/000123.htm", []dayCase{
		{"en", `<p>Review Date 5/16/2024</p><p>Updated by: Jane Roe, MD, Internal Medicine.</p>`, "", ""},
		{"en", `<p>Reviewed: May 16, 2024</p>`, "", ""},
		{"en", `<p>Date reviewed: May 16, 2024</p>`, "", ""},
		{"en", `<p>Effective date: May 16, 2024</p>`, "", ""},
		{"en", `<p>Effective Date: January 1, 2024</p>`, "", ""},
		{"en", `<p>Effective: May 16, 2024</p>`, "", ""},
		{"de", `<p>Gültig ab: 16.05.2024</p>`, "", ""},
		{"fr", `<p>Date d'effet : 16 mai 2024</p>`, "", ""},
		{"es", `<p>Fecha de entrada en vigor: 16 de mayo de 2024</p>`, "", ""},
		{"en", `<p>Published May 1, 2024</p><p>Reviewed: May 16, 2024</p>`, "2024-05-01", ""},
		{"en", `<p>Reviewed: May 16, 2024 | Published: May 1, 2024</p>`, "2024-05-01", ""},
		{"en", `<p><time class="datestamp">May 1, 2024 5:14 AM PDT</time></p><div class="product"><div class="reviewDate">Review Date: <span><time datetime="2023-10-04">10/04/23</time></span></div></div>`, "2024-05-01", ""},
	})
}

// Romanian sites print their labels without diacritics as often as with
// them: "Data publicarii:", "Data actualizarii:".
func TestRomanianLabelsWithoutDiacritics(t *testing.T) {
	checkDays(t, "https://stiri.example/politica/autobuze", []dayCase{
		{"ro", `<p>Data publicarii: 16.05.2024</p>`, "2024-05-16", ""},
		{"ro", `<p>Data publicarii 16.05.2024 10:20 Data actualizarii 17.05.2024 09:00</p>`, "2024-05-16", "2024-05-17"},
		{"ro", `<p>Data actualizarii: 17.05.2024</p>`, "", "2024-05-17"},
	})
}

// "Update:" before a date and little else dates the update, in English
// and on Indonesian sites that borrow it; a page that shows only it has
// no publication date. Before an editor's note ("7/10/12 UPDATE: the
// council shelved the plan") it is no label, and the note stays in the
// text.
func TestUpdateWordLabel(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"en", `<p>Update: May 17, 2024</p>`, "", "2024-05-17"},
		{"en", `<p>Published May 16, 2024</p><p>Update: May 17, 2024</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Update: 17 Mei 2024, 09:00 WIB</p>`, "", "2024-05-17"},
	})
	note := `<h3>7/10/12 UPDATE: <a href="/x">The council shelves the amendment after the backlash</a>. Thank you all for your support.</h3>`
	a := extractAt(t, auditPage("en", true, note), "https://news.example/politics/bus-network", Options{FetchedAt: probeFetch})
	if !strings.Contains(a.Text, "UPDATE: The council shelves") {
		t.Errorf("an editor's note under an UPDATE word left the text: %q", a.Text)
	}
}

// Ukrainian and Russian papers print the time before a date with a
// two-digit year ("10:20, 16.05.24", UNIAN): the date alone under the
// headline, read as "16.05.24 10:20" is.
func TestTimeBeforeShortYear(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"uk", `<p>10:20, 16.05.24</p>`, "2024-05-16", ""},
		{"ru", `<p>10:20, 16.05.24</p>`, "2024-05-16", ""},
		{"uk", `<p>10:20 16.05.24</p>`, "2024-05-16", ""},
	})
	for _, in := range []string{"10:20, 1.2.24", "10:2016.05.24", "1:2, 16.05.24", "10:20, Kyiv"} {
		if isShortYear(timeLast(in)) {
			t.Errorf("timeLast(%q) = %q, read as a date", in, timeLast(in))
		}
	}
}

// Blogs and forums print "Yesterday" or "Today" alone in place of a
// recent post's date, without its time, in a <time> or an element named
// for the date or the time ("Gestern", "Hier", "Вчера", "Hôm qua"): the
// day before the fetch, or its day. Alone in another block the word names
// a section, and is not read. (TestNewsDatelines35 holds the relative
// dates of the twenty languages in their other forms: "1 jam lalu",
// "godzinę temu", "1일 전".)
func TestBareDayWord(t *testing.T) {
	checkDays(t, "https://blog.example/posts/bus-network", []dayCase{
		{"en", `<p><time>Yesterday</time></p>`, "2024-05-31", ""},
		{"de", `<p><span class="date">Gestern</span></p>`, "2024-05-31", ""},
		{"fr", `<p><span class="post-date">Hier</span></p>`, "2024-05-31", ""},
		{"ru", `<div class="date">Вчера</div>`, "2024-05-31", ""},
		{"en", `<p><span class="date">Today</span></p>`, "2024-06-01", ""},
		{"en", `<p>Yesterday</p>`, "", ""},
		{"de", `<p>Gestern</p>`, "", ""},
	})
}

// Today and yesterday at a time of day in Persian and Arabic digits
// ("دیروز ۱۰:۲۰", "أمس ١٠:٢٠") are read as in ASCII ones.
func TestRelativeDayEasternDigits(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"fa", `<p>دیروز ۱۰:۲۰</p>`, "2024-05-31", ""},
		{"ar", `<p>أمس ١٠:٢٠</p>`, "2024-05-31", ""},
		{"fa", `<p>امروز ساعت ۱۰:۲۰</p>`, "2024-06-01", ""},
	})
}

// Afghanistan's Persian (Dari) sites name the Solar Hijri months after the
// zodiac ("۲۷ ثور ۱۴۰۳", "۱۰ جدی ۱۴۰۲"); the names are Arabic words too,
// and read only beside Persian digits or letters.
func TestDariMonths(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"fa", `<p>۲۷ ثور ۱۴۰۳</p>`, "2024-05-16", ""},
		{"fa", `<p>پنجشنبه ۲۷ ثور ۱۴۰۳ - ۱۰:۲۰</p>`, "2024-05-16", ""},
		{"fa", `<p>تاریخ انتشار: ۱ حمل ۱۴۰۳</p>`, "2024-03-20", ""},
		{"fa", `<p>۱۰ جدی ۱۴۰۲</p>`, "2023-12-31", ""},
		{"fa", `<p>۲۹ حوت ۱۴۰۲</p>`, "2024-03-19", ""},
		{"ar", `<p>16 اسد 1403</p>`, "", ""},
		{"ar", `<p>حمل 3 أطفال عام 1445</p>`, "", ""},
	})
}

// A relative date may close a byline without a comma ("Por Juan Pérez
// hace 2 días", "Por João Silva há 2 dias", "Von Hans Müller vor 3
// Stunden", "By Jane Doe 3 hours ago"), as after one; Arabic may name
// the one of a bare unit after it ("منذ يوم واحد", a day ago).
func TestAgoClosesByline(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"es", `<p>Por Juan Pérez hace 2 días</p>`, "2024-05-30", ""},
		{"pt", `<p>Por João Silva há 2 dias</p>`, "2024-05-30", ""},
		{"de", `<p>Von Hans Müller vor 3 Tagen</p>`, "2024-05-29", ""},
		{"fr", `<p>Par Jean Dupont il y a 2 jours</p>`, "2024-05-30", ""},
		{"ar", `<p>منذ يوم واحد</p>`, "2024-05-31", ""},
		{"ar", `<p>منذ ساعة واحدة</p>`, "2024-06-01", ""},
		{"ar", `<p>يوم واحد</p>`, "", ""},
	})
}

// The meta names of the news CMSs of the twenty languages state the
// publication: Indonesian portals' "content_PublishedDate" (Kompas and
// its network) and "dtk:publishdate" (detik) beside the common ones
// that Korean, Vietnamese, Arabic, Hindi and Japanese CMSs write.
func TestNewsMetaNames35(t *testing.T) {
	for _, c := range []struct{ lang, head, pub string }{
		{"id", `<meta name="publishdate" content="2024/05/16 10:20:00">`, "2024-05-16"},
		{"id", `<meta name="content_PublishedDate" content="2024-05-16 10:20:00">`, "2024-05-16"},
		{"id", `<meta name="dtk:publishdate" content="2024/05/16 10:20:00">`, "2024-05-16"},
		{"hi", `<meta name="publish-date" content="Thu, 16 May 2024 10:20:00 +0530">`, "2024-05-16"},
		{"ar", `<meta name="pubdate" content="2024-05-16T10:20:00+03:00">`, "2024-05-16"},
		{"ja", `<meta name="date" content="2024-05-16">`, "2024-05-16"},
		{"ko", `<meta property="article:published_time" content="2024-05-16T10:20:00+09:00">`, "2024-05-16"},
		{"ko", `<meta name="article:published_time" content="2024.05.16 10:20">`, "2024-05-16"},
		{"vi", `<meta itemprop="datePublished" content="2024-05-16T10:20:00+07:00">`, "2024-05-16"},
		{"vi", `<meta name="pubdate" content="2024-05-16T10:20:00+07:00">`, "2024-05-16"},
		{"fa", `<meta property="article:published_time" content="۱۴۰۳/۰۲/۲۷ ۱۰:۲۰">`, "2024-05-16"},
		{"tr", `<meta name="publish_date" content="2024-05-16T10:20:00+03:00">`, "2024-05-16"},
		{"pl", `<meta name="dcterms.created" content="2024-05-16">`, "2024-05-16"},
		{"uk", `<meta name="created" content="2024-05-16 10:20">`, "2024-05-16"},
		{"ro", `<meta name="publish-date" content="16.05.2024 10:20">`, "2024-05-16"},
		{"ru", `<meta name="mediator_published_time" content="2024-05-16T10:20:00+03:00">`, "2024-05-16"},
		{"de", `<meta name="date" content="2024-05-16T10:20:00+02:00">`, "2024-05-16"},
		{"it", `<meta name="DC.date.issued" content="2024-05-16">`, "2024-05-16"},
		{"zh", `<meta name="publishdate" content="2024-05-16">`, "2024-05-16"},
		{"zh", `<meta name="apub:time" content="2024-05-16 10:20:00">`, "2024-05-16"},
		{"ja", `<meta name="pdate" content="20240516">`, "2024-05-16"},
		{"en", `<meta name="sailthru.date" content="2024-05-16T10:20:00Z">`, "2024-05-16"},
		{"en", `<meta name="parsely-pub-date" content="2024-05-16T10:20:00Z">`, "2024-05-16"},
	} {
		a := extractAt(t, probePage(c.lang, c.head, ""), "https://news.example/politics/bus-network", Options{FetchedAt: probeFetch})
		if !hasDayPrefix(published(a), c.pub) || published(a) == "" {
			t.Errorf("%s %s: published %q (%s), want %s", c.lang, c.head, published(a), a.Provenance["published_date"], c.pub)
		}
	}
}

// A page that shows only its update has no publication day: the update
// lines of the twenty languages, as their CMSs print them, among them
// Indonesian "Pembaruan:" (a word of sentences too, read before a date
// and little else) and Persian's participle "به‌روز شده" (updated).
func TestUpdateOnlyLines35(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"vi", `<p>Cập nhật: Thứ sáu, 17/5/2024 09:00 (GMT+7)</p>`, "", "2024-05-17"},
		{"vi", `<p>Cập nhật lần cuối: 17/05/2024</p>`, "", "2024-05-17"},
		{"id", `<p>Diperbarui: Jumat, 17 Mei 2024 | 09:00 WIB</p>`, "", "2024-05-17"},
		{"id", `<p>Terakhir diperbarui 17 Mei 2024</p>`, "", "2024-05-17"},
		{"id", `<p>Pembaruan: 17 Mei 2024</p>`, "", "2024-05-17"},
		{"id", `<p>Pembaruan: pemerintah kota membuka jalur bus baru pada 17 Mei 2024 untuk warga utara</p>`, "", ""},
		{"fa", `<p>آخرین بروزرسانی: ۲۸ اردیبهشت ۱۴۰۳</p>`, "", "2024-05-17"},
		{"fa", `<p>به روز شده در ۲۸ اردیبهشت ۱۴۰۳</p>`, "", "2024-05-17"},
		{"fa", `<p>به‌روز شده: ۲۸ اردیبهشت ۱۴۰۳</p>`, "", "2024-05-17"},
		{"ar", `<p>آخر تحديث: الجمعة 17 مايو 2024 - 09:00</p>`, "", "2024-05-17"},
		{"ar", `<p>تم التحديث في: 17 مايو 2024</p>`, "", "2024-05-17"},
		{"tr", `<p>Güncellenme Tarihi: 17.05.2024</p>`, "", "2024-05-17"},
		{"tr", `<p>Son güncelleme tarihi: 17 Mayıs 2024</p>`, "", "2024-05-17"},
		{"pl", `<p>Zaktualizowano: 17.05.2024</p>`, "", "2024-05-17"},
		{"pl", `<p>Ostatnia aktualizacja: 17.05.2024</p>`, "", "2024-05-17"},
		{"uk", `<p>Оновлено о 09:00 17.05.2024</p>`, "", "2024-05-17"},
		{"uk", `<p>Оновлено 17 травня 2024, 09:00</p>`, "", "2024-05-17"},
		{"ro", `<p>Ultima actualizare: 17.05.2024</p>`, "", "2024-05-17"},
		{"ro", `<p>Actualizat la 17.05.2024</p>`, "", "2024-05-17"},
		{"ro", `<p>Actualizat pe 17 mai 2024</p>`, "", "2024-05-17"},
		{"ko", `<p>최종수정 2024.05.17</p>`, "", "2024-05-17"},
		{"ko", `<p>수정일 2024.05.17</p>`, "", "2024-05-17"},
		{"ko", `<p>최종 업데이트 2024.05.17 09:00</p>`, "", "2024-05-17"},
		{"ko", `<p>수정 : 2024-05-17 09:00:00</p>`, "", "2024-05-17"},
		{"ja", `<p>最終更新：2024年5月17日</p>`, "", "2024-05-17"},
		{"ja", `<p>更新：2024/05/17</p>`, "", "2024-05-17"},
		{"ja", `<p>2024年5月17日 更新</p>`, "", "2024-05-17"},
		{"ja", `<p>更新日時：2024年5月17日 9:00</p>`, "", "2024-05-17"},
		{"ru", `<p>Обновлено 17 мая 2024, 09:00</p>`, "", "2024-05-17"},
		{"ru", `<p>Последнее обновление: 17.05.2024</p>`, "", "2024-05-17"},
		{"es", `<p>Actualizado: 17/05/2024</p>`, "", "2024-05-17"},
		{"es", `<p>Última actualización 17.05.2024</p>`, "", "2024-05-17"},
		{"pt", `<p>Atualizado em 17/05/2024 09h00</p>`, "", "2024-05-17"},
		{"it", `<p>Aggiornato il 17 maggio 2024</p>`, "", "2024-05-17"},
		{"it", `<p>Ultimo aggiornamento: 17/05/2024</p>`, "", "2024-05-17"},
		{"nl", `<p>Laatst bijgewerkt op 17 mei 2024</p>`, "", "2024-05-17"},
		{"de", `<p>Zuletzt aktualisiert am 17. Mai 2024</p>`, "", "2024-05-17"},
		{"fr", `<p>MAJ : 17/05/2024</p>`, "", "2024-05-17"},
		{"fr", `<p>Actualisé le 17 mai 2024</p>`, "", "2024-05-17"},
		{"hi", `<p>अपडेट किया गया 17 मई 2024</p>`, "", "2024-05-17"},
		{"hi", `<p>लास्ट अपडेटेड: 17 मई 2024</p>`, "", "2024-05-17"},
		{"en", `<p>Last updated on May 17, 2024</p>`, "", "2024-05-17"},
		{"en", `<p>Page updated: May 17, 2024</p>`, "", "2024-05-17"},
		{"en", `<p>Content last updated: May 17, 2024</p>`, "", "2024-05-17"},
		{"en", `<p>Updated May 17, 2024</p>`, "", "2024-05-17"},
	})
}
