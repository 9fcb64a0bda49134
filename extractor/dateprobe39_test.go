package extractor

import (
	"testing"
)

// A Chinese CMS may print both its words after their dates, the
// publication's and the update's ("2024-05-15 09:00 发布 2024-05-16 10:21
// 更新"), the fields set apart by spaces, ideographic ones too: the first
// date is the publication's, the second the update's. A lone "更新"
// after a date stays the portal's dateline (TestChineseInfoForms).
func TestChinesePublishedUpdatedAfter(t *testing.T) {
	for _, info := range []string{
		"2024-05-15 09:00 发布 2024-05-16 10:21 更新",
		"2024-05-15 09:00 发布　2024-05-16 10:21 更新　来源：江城日报",
		"2024年5月15日 09:00 發布 / 2024年5月16日 10:21 更新",
	} {
		a := zhExtract(t, zhPortal("", `<div class="info">`+info+`</div>`, "", "", ""), zhURL)
		if a.PublishedDate != "2024-05-15" || a.ModifiedDate != "2024-05-16" {
			t.Errorf("Extract(%s) = %q, modified %q; want 2024-05-15, 2024-05-16", info, a.PublishedDate, a.ModifiedDate)
		}
	}
}
