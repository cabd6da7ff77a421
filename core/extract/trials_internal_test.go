package extract

// trials is how many random cases a randomized equivalence test draws: n, or a tenth of it
// under the race detector, whose instrumentation of these single-goroutine loops finds nothing
// and costs the CI run minutes.
func trials(n int) int {
	if raceOn {
		return n / 10
	}
	return n
}
