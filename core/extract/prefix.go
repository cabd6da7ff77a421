package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// prefixRe is an expression anchored at the start of the text together with every way its
// match can open: the first few runes, each folded to the least rune of its case orbit. Most
// text handed to the long anchored rules of the cleaner (a paragraph tried against dozens of
// furniture openings) opens with none of them, and a look at its first runes answers without
// running the expression, which the standard engine would otherwise try alternative by
// alternative. It answers exactly as the expression does: a text it lets through is matched by
// the expression itself.
//
// The openings are listed on the expression's first use, not when the program starts: listing
// them for a long rule costs tens of milliseconds and megabytes of passing garbage (the
// comment-thread rules, whose spaces and digits make three-rune openings too many to list),
// which a process that extracts nothing should not pay. For the same reason the expression itself
// is compiled then: the grown alternations of the cleaner's rules took a good part of the
// package's start-up.
type prefixRe struct {
	*regexp.Regexp // compiled on first use (prepare)
	expr           string
	once           sync.Once
	open           map[string]bool // folded openings of prefixRunesMax runes, or shorter where a match may end
	any            bool            // the openings could not be listed; every text goes to the expression
	// keys holds open's openings packed into integers (openingKey), which opens looks up
	// without hashing a string; first marks the folded ASCII runes an opening begins with, and
	// firstHigh an opening that begins above ASCII. Most texts are turned away at their first
	// rune by first alone.
	keys      map[uint64]bool
	first     [2]uint64
	firstHigh bool
}

// openingKey packs up to prefixRunesMax folded runes, one more than each rune in 21 bits, so
// openings of different lengths never share a key.
func openingKey(key uint64, r rune) uint64 { return key<<21 | uint64(r+1) }

// asciiFoldMin is foldMin of every ASCII rune, looked up by opens instead of walked.
var asciiFoldMin = func() (t [utf8.RuneSelf]rune) {
	for r := range t {
		t[r] = foldMin(rune(r))
	}
	return t
}()

// prefixRunesMax is how many opening runes prefixRe compares; prefixSetMax bounds the openings it
// lists before it gives up and lets every text through.
const (
	prefixRunesMax = 3
	prefixSetMax   = 4096
)

// mustPrefixRe is expr as regexp.MustCompile compiles it, compiled and its openings listed on
// first use (a bad expression panics then; every rule is tried by the package's tests).
func mustPrefixRe(expr string) *prefixRe {
	return &prefixRe{expr: expr}
}

// prepare compiles the expression and lists the openings once.
func (p *prefixRe) prepare() {
	p.once.Do(func() {
		p.Regexp = regexp.MustCompile(p.expr)
		p.list()
	})
}

// list lists the openings of the expression, or sets any.
func (p *prefixRe) list() {
	p.any = true
	re, err := syntax.Parse(p.expr, syntax.Perl)
	if err != nil {
		return
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return // not anchored: a match may begin anywhere
	}
	// Fewer runes when the openings of prefixRunesMax are too many to list: a rule that opens
	// with a class of spaces or digits ("[|•·\s]*(?:\d+\s*)?…") still turns away most
	// paragraphs by its first runes. The lists are made from one rune up, and a longer one is not
	// tried when the last times the first runes' count exceeds the bound: failing to list three
	// runes of such a rule built some 140,000 strings before it gave up.
	var set map[string]bool
	width := 0
	for need := 1; need <= prefixRunesMax; need++ {
		s, ok := openings(re, need)
		if !ok || s[""] {
			break
		}
		set = s
		if need == 1 {
			width = len(s)
		}
		if len(s)*width > prefixSetMax {
			break
		}
	}
	if set == nil {
		return
	}
	p.open, p.any = set, false
	p.keys = make(map[uint64]bool, len(set))
	for o := range set {
		key, at := uint64(0), 0
		for _, r := range o {
			if at == 0 {
				if r < utf8.RuneSelf {
					p.first[r/64] |= 1 << (r % 64)
				} else {
					p.firstHigh = true
				}
			}
			key = openingKey(key, r)
			at++
		}
		p.keys[key] = true
	}
}

// MatchString reports whether s holds a match of the expression, trying the expression only on
// a text that opens as a match can.
func (p *prefixRe) MatchString(s string) bool {
	p.prepare()
	if !p.any && !p.opens(s) {
		return false
	}
	return p.Regexp.MatchString(s)
}

// opens reports whether s's first runes, folded, are one of the openings.
func (p *prefixRe) opens(s string) bool {
	p.prepare()
	key := uint64(0)
	for k, i := 0, 0; k < prefixRunesMax && i < len(s); k++ {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			r = foldMin(r)
		} else {
			r = asciiFoldMin[r]
		}
		i += size
		if k == 0 {
			if r < utf8.RuneSelf && p.first[r/64]&(1<<(r%64)) == 0 || r >= utf8.RuneSelf && !p.firstHigh {
				return false
			}
		}
		key = openingKey(key, r)
		if p.keys[key] {
			return true
		}
	}
	return false
}

// foldMin is the least rune of r's simple case-folding orbit, the form both the expression's
// runes and the text's are compared in.
func foldMin(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// openings lists the folded openings of re's matches: strings of need runes, or shorter ones
// where a match may end sooner. It reports false when they are too many to list.
func openings(re *syntax.Regexp, need int) (map[string]bool, bool) {
	if need <= 0 {
		return map[string]bool{"": true}, true // what follows is past the runes compared
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return map[string]bool{"": true}, true
	case syntax.OpLiteral:
		var b strings.Builder
		for i, r := range re.Rune {
			if i == need {
				break
			}
			b.WriteRune(foldMin(r))
		}
		return map[string]bool{b.String(): true}, true
	case syntax.OpCharClass:
		set := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if int(hi-lo) >= prefixSetMax {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				set[string(foldMin(r))] = true
			}
			if len(set) > prefixSetMax {
				return nil, false
			}
		}
		return set, true
	case syntax.OpCapture:
		return openings(re.Sub[0], need)
	case syntax.OpAlternate:
		set := map[string]bool{}
		for _, sub := range re.Sub {
			s, ok := openings(sub, need)
			if !ok {
				return nil, false
			}
			for k := range s {
				set[k] = true
			}
			if len(set) > prefixSetMax {
				return nil, false
			}
		}
		return set, true
	case syntax.OpConcat:
		set := map[string]bool{"": true}
		for _, sub := range re.Sub {
			have := shortest(set)
			if have >= need {
				break // what follows is past the runes compared
			}
			s, ok := openings(sub, need-have)
			if !ok {
				return nil, false
			}
			if set, ok = concatOpenings(set, s, need); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpQuest:
		s, ok := openings(re.Sub[0], need)
		if !ok {
			return nil, false
		}
		s[""] = true
		return s, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		lo, hi := 0, -1
		switch re.Op {
		case syntax.OpPlus:
			lo = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		s, ok := openings(re.Sub[0], need)
		if !ok {
			return nil, false
		}
		// The openings of n copies, for every n the repeat allows: once one more copy changes
		// nothing, no later count does.
		union, cur := map[string]bool{}, map[string]bool{"": true}
		for n := 0; ; n++ {
			if n >= lo {
				for k := range cur {
					union[k] = true
				}
			}
			if n == hi {
				break
			}
			next, ok := concatOpenings(cur, s, need)
			if !ok || n > 64 {
				return nil, false
			}
			if sameSet(next, cur) && n >= lo {
				break
			}
			cur = next
		}
		return union, len(union) <= prefixSetMax
	}
	return nil, false // any character, or an operator not listed: give up
}

// concatOpenings is the openings (of need runes) of a match of one part followed by a match of
// the next: an opening already need runes long stays, a shorter one goes on with the next part's.
func concatOpenings(a, b map[string]bool, need int) (map[string]bool, bool) {
	out := map[string]bool{}
	for x := range a {
		if utf8.RuneCountInString(x) >= need {
			out[x] = true
			continue
		}
		for y := range b {
			out[truncRunes(x+y, need)] = true
		}
		if len(out) > prefixSetMax {
			return nil, false
		}
	}
	return out, true
}

// shortest is the rune count of the shortest opening in set.
func shortest(set map[string]bool) int {
	m := -1
	for k := range set {
		if n := utf8.RuneCountInString(k); m < 0 || n < m {
			m = n
		}
	}
	return m
}

// sameSet reports whether a and b hold the same openings.
func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// truncRunes is s cut to its first n runes.
func truncRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
