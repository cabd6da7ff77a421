//go:build dbgdates

package extract

import "fmt"

// SetDebugDates DEBUG-DATES20
func SetDebugDates(f func(string)) {
	debugDateHook = func(c []dateCand) {
		if f == nil {
			return
		}
		for _, x := range c {
			f(fmt.Sprintf("r%d %s p%d z%v", x.rank, x.st.Time.Format("2006-01-02T15:04:05Z07:00"), x.st.Precision, x.st.Zoned))
		}
	}
}
