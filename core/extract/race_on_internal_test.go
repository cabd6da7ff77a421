//go:build race

package extract

// raceOn is set when the race detector instruments the tests: it slows the randomized
// equivalence tests tenfold, so they draw a tenth of their cases (trials).
const raceOn = true
