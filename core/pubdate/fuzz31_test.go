package pubdate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkBlanked31 checks b, what name wrote over s for the clock at i (nil: nothing): spaces only,
// the text's length kept, over one run ending before the clock.
func checkBlanked31(t *testing.T, name, s string, i int, b []byte) {
	t.Helper()
	if b == nil {
		return
	}
	if len(b) != len(s) {
		t.Fatalf("%s(%q, %d): length %d", name, s, i, len(b))
	}
	for k := range len(s) {
		if b[k] != s[k] && (b[k] != ' ' || k >= i) {
			t.Fatalf("%s(%q, %d) = %q: byte %d is %q", name, s, i, b, k, b[k])
		}
	}
}

// FuzzWeekdayClock31 checks the thirty-first round's readings in pubdate (issue 20, branch fuzz31
// over date31): cjkWeekdayBefore, asked at every clock of a text, writes only spaces, over one run
// that ends at or before the clock; joinTimes keeps the text's length and valid text valid;
// yearPositions lists offsets in the text, each a year's first digit; Find and Parse read the
// hourOffset only writes in a one-digit hour's "0" or appends ":00";
// weekdays with their comma (weekdayCommaBefore, spaces only, before the clock); namedZones keeps
// the length and valid text valid; CJK weekdays, Bengali half-days, a French "H" clock and Persian-digit Solar Hijri dates around
// any text without a panic, and Find's span lies inside its text.
func FuzzWeekdayClock31(f *testing.F) {
	for _, s := range []string{"2024年3月5日 星期二 14:22", "2024年3月5日星期二 14:22", "2024年03月05日 周二 14:22", "2024年3月5日 週二 下午2:22",
		"2024/03/05 (週二) 14:22", "2024年3月5日（星期二）上午10:22", "2024年3月5日 周末 14:22", "2024년 3월 5일 화요일 오후 2:22",
		"2024.03.05(화) 14:22", "2024年3月5日 火曜日 14:22", "(요일 14:22", "曜日14:22", "星期 14:22", "日 (日) 14:22", "（）14:22", ") 14:22",
		"نشر في: 05 مارس ,2024: 02:22 م", "৫ মার্চ ২০২৪, ০২:২২ পিএম", "০৫ মার্চ ২০২৪, ১০:২২ এএম", "05 mars 2024 - 14H22",
		"۱۴۰۲/۱۲/۱۵ ۱۴:۲۲", "تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۴:۲۲", "1402/12/15", "1402/1402/1402/", "5 Mart 2024 Salı, 14:22", "kedd, 14:22", "2:22 p.m. Eastern Time", "2:22 PM (Pacific Daylight Time)", "Eastern Europe 2:22",
		"14:22 بتوقيت مكة المكرمة", "02:22 م (بتوقيت أبوظبي)", "بتوقيت غرينتش", "02:22 م الثلاثاء 05 مارس 2024", "05.03.2024 г., 14:22", "2014-07-09T01:14:00.00+3:30", "+03", "-0330", "5 มี.ค. พ.ศ. 2567", "\xe6\x98\x9f 14:22", "\xff(\xe7 14:22", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		for i := 0; i+2 < len(s); i++ {
			if !isDigit(s[i]) {
				continue
			}
			checkBlanked31(t, "weekdayCommaBefore", s, i, weekdayCommaBefore(nil, s, i))
			b := cjkWeekdayBefore(nil, s, i)
			if b == nil {
				continue
			}
			if len(b) != len(s) {
				t.Fatalf("cjkWeekdayBefore(%q, %d): length %d", s, i, len(b))
			}
			first, last := -1, -1
			for k := range len(s) {
				if b[k] != s[k] {
					if b[k] != ' ' {
						t.Fatalf("cjkWeekdayBefore(%q, %d) = %q: byte %d is %q", s, i, b, k, b[k])
					}
					if first < 0 {
						first = k
					}
					last = k
				}
			}
			if last >= i || first >= 0 && strings.Trim(string(b[first:last+1]), " ") != "" {
				t.Fatalf("cjkWeekdayBefore(%q, %d) = %q: blanked [%d, %d]", s, i, b, first, last)
			}
		}
		// hourOffset writes in a one-digit hour's "0" or appends ":00", nothing else, and
		// reports a literal offset (date32) exactly when it wrote the "0" in.
		if o, lit := hourOffset(s); o != s && o != s+":00" && !(len(s) >= 4 && o == s[:len(s)-4]+"0"+s[len(s)-4:]) ||
			lit != (len(s) >= 4 && o == s[:len(s)-4]+"0"+s[len(s)-4:]) {
			t.Fatalf("hourOffset(%q) = %q, %v", s, o, lit)
		}
		for _, v := range []string{"2014-07-09T01:14:00.00" + s, "2014-07-09T01:14:00" + s + "+3:30"} {
			Parse(v, Context{})
		}
		if z := namedZones(s); len(z) != len(s) || utf8.ValidString(s) && !utf8.ValidString(z) {
			t.Fatalf("namedZones(%q) = %q", s, z)
		}
		out := joinTimes(s)
		if len(out) != len(s) {
			t.Fatalf("joinTimes(%q) = %q: length %d", s, out, len(out))
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("joinTimes(%q) = %q: invalid text", s, out)
		}
		for _, short := range []bool{false, true} {
			for _, arabic := range []bool{false, true} {
				for _, p := range yearPositions(s, short, arabic) {
					if p < 0 || p >= len(s) || !isDigit(s[p]) {
						t.Fatalf("yearPositions(%q, %v, %v) holds %d", s, short, arabic, p)
					}
				}
			}
		}
		for _, v := range []string{s, "2024年3月5日 " + s + " 14:22", s + " 星期二 14:22", "2024/03/05 (" + s + ") 14:22", "2024년 3월 5일 " + s + "요일 오후 2:22",
			"۱۴۰۲/۱۲/۱۵ " + s, s + "۱۴۰۲/۱۲/" + s, "৫ মার্চ ২০২৪, ০২:২২ " + s, "05 mars 2024 - " + s + "H22", "05 مارس ," + s} {
			if _, start, end, ok := Find(v, Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("Find(%q) = [%d, %d)", v, start, end)
			}
			Parse(v, Context{})
			FindAll(v, Context{ShortYear: true}, 4)
		}
	})
}
