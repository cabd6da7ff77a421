// Package measure reads the process figures the benchmark harnesses report: CPU time from
// getrusage and resident memory from /proc.
package measure

import (
	"fmt"
	"os"
	"strings"
	"syscall"
)

// CPUSeconds is this process's user+system CPU time.
func CPUSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// RSS reads this process's resident set size from /proc (0 where there is none).
func RSS() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0
	}
	var pages int64
	_, _ = fmt.Sscan(f[1], &pages)
	return pages * int64(os.Getpagesize())
}

// Status reads this process's current and peak resident set sizes (VmRSS, VmHWM) from
// /proc/self/status, in bytes (0 where there is none).
func Status() (rss, hwm int64) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		var kb int64
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			_, _ = fmt.Sscan(v, &kb)
			rss = kb << 10
		} else if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			_, _ = fmt.Sscan(v, &kb)
			hwm = kb << 10
		}
	}
	return rss, hwm
}
