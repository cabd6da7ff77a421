package measure

import "testing"

func TestFiguresAreLive(t *testing.T) {
	if RSS() <= 0 {
		t.Fatal("RSS must be positive on Linux")
	}
	start := CPUSeconds()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	_ = x
	if CPUSeconds() <= start {
		t.Fatal("CPU time did not grow while spinning")
	}
}
