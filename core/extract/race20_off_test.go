//go:build !race

package extract_test

// raceBuild is set when the race detector instruments the tests (see race20_on_test.go).
const raceBuild = false
