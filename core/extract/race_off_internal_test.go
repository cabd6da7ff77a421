//go:build !race

package extract

// raceOn is set when the race detector instruments the tests (see race_on_internal_test.go).
const raceOn = false
