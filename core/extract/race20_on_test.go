//go:build race

package extract_test

// raceBuild is set when the race detector instruments the tests: its sync.Pool drops a share of
// what is put back, so bytes allocated by code that recycles buffers no longer measure work.
const raceBuild = true
