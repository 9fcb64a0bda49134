package extractor

import (
	"regexp"
	"strconv"
	"strings"
)

// Korean pages write the time of day on a twelve-hour clock, its half of
// the day before it, after a date closed by a dot: "2024.03.05. 오후
// 12:30" (Naver's dateline, and the many sites that copy it), "2024-03-05
// 오전 9:10"; Japanese ones "2024/3/5 午後3:05", "2024年3月5日 午前9時10分".
// reHalfDayClock is such a time with the dot before it; halfDayClocks
// writes it as a 24-hour time, which the date patterns read.
var reHalfDayClock = regexp.MustCompile(`\.?\s*(오전|오후|午前|午後)\s*(\d{1,2})([:：時])`)

// halfDayClocks returns s with its twelve-hour times (reHalfDayClock)
// written on a 24-hour clock: "2024.03.05. 오후 12:30" is "2024.03.05
// 12:30", "2024.03.05. 오후 2:05" "2024.03.05 14:05", "오전 12:10" "00:10".
func halfDayClocks(s string) string {
	if !strings.Contains(s, "오") && !strings.Contains(s, "午") {
		return s
	}
	return reHalfDayClock.ReplaceAllStringFunc(s, func(c string) string {
		m := reHalfDayClock.FindStringSubmatch(c)
		h, _ := strconv.Atoi(m[2])
		if h > 12 {
			return c
		}
		pm := m[1] == "오후" || m[1] == "午後"
		switch {
		case pm && h < 12:
			h += 12
		case !pm && h == 12:
			h = 0
		}
		return " " + strconv.Itoa(h) + m[3]
	})
}

// Spanish-language pages write the half of the day "a. m." and "p. m.",
// a space (often a no-break space) after the first dot, as the Real
// Academia Española spells them: "5 de marzo de 2024, 10:30 p. m.",
// "04 de mayo 2022, 12:00 A. M.". reSpacedMeridiem is such a half after a
// time's digit; spacedMeridiem writes it "p.m.", which the date patterns
// read.
var reSpacedMeridiem = regexp.MustCompile(`(\d)\s*([AaPp])\.(?:\s|\x{a0})+([Mm])\b`)

// spacedMeridiem returns s with its spaced halves of the day
// (reSpacedMeridiem) closed up: "10:30 p. m." is "10:30 p.m.".
func spacedMeridiem(s string) string {
	if !strings.Contains(s, ". m") && !strings.Contains(s, ". M") && !strings.Contains(s, ".\u00a0m") && !strings.Contains(s, ".\u00a0M") {
		return s
	}
	return reSpacedMeridiem.ReplaceAllString(s, "$1 $2.$3")
}
