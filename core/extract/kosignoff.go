package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Korean newspapers sign a story on a line of its own after its last paragraph, often with
// nothing the byline patterns of authors.go key on: the name glued to the title with no e-mail
// ("정유미기자"), a correspondent's place before a box-drawing bar ("워싱턴│김진호 특파원"), a
// contributor's "name institution title" ("박지현 한국지방세연구원 부연구위원"). A package of
// several stories (a page's sections, a debate's two sides) signs each one, and every signer
// is a writer of the page.

// koSignPlace is a correspondent's place before the name: "부산=", "워싱턴│".
const koSignPlace = `(?:([가-힣]{2,6})\s*[=│|]\s*)?`

// koSignNames are one name or several joined by "·", "ㆍ" or a comma, before the title.
const koSignNames = `((?:[가-힣]{2,4}\s?[·ㆍ・,]\s?)*[가-힣]{2,4})`

var (
	// koSignReporter is a line that is nothing but a reporter's sign-off, its e-mail perhaps
	// after it: "김상연·김미경기자 carlos@seoul.co.kr", "대구=전준호기자", "정유미기자".
	koSignReporter = regexp.MustCompile(`^` + koSignPlace + koSignNames + `\s*` + koTitles + `(?:\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?$`)
	// koSignContributor is a contributor's or columnist's sign-off: the name, up to four words
	// of institution or desk, a job title, perhaps an e-mail: "정기택 경희대 의료경영학과
	// 교수", "민태원 정책기획부 차장 twmin@kmib.co.kr".
	koSignContributor = regexp.MustCompile(`^([가-힣]{2,4})\s+(?:[가-힣A-Za-z0-9·()]+\s+){0,3}[가-힣A-Za-z0-9·()]*?` + koRanks + `(?:\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?$`)
	// koSignCredit is a labelled credit: the writer's or the interviewer's label before the
	// name ("글 최우규", "글·사진 홍길동 기자", "인터뷰 = 김병직 부국장"); what follows the name
	// is read by koCreditTail.
	koSignCredit = regexp.MustCompile(`^(?:글|인터뷰|대담)(?:\s*[·ㆍ]\s*사진)?\s*([=:：]?)\s*([가-힣]{2,4}?)(?:\s*` + koTitles + `)?(?:([^가-힣].*))?$`)
	// koCreditPhoto is the photographer's credit after the writer's: ".사진 정지윤 기자".
	koCreditPhoto = regexp.MustCompile(`^\s*[.·ㆍ,/]\s*사진`)
)

// koRanks are the job titles a contributor's or a columnist's sign-off ends with.
const koRanks = `(?:부연구위원|연구위원|선임연구원|연구원|교수|강사|국장|차장|부장|원장|소장|대표|이사장|이사|회장|총장|센터장|실장|팀장|변호사|박사|전문의|작가|평론가|칼럼니스트|논설위원|편집위원|객원논설위원)`

// maxSignoffRunes is the longest line read as a sign-off, its e-mail not counted.
const maxSignoffRunes = 40

// koSignMarks open the lines that follow a story's sign-off: the heading of the package's
// next part or of a glossary box ("■ 경제", "●반대/", "△ 사회서비스업"), a notice ("[ⓒ …]").
const koSignMarks = "■□●○◆◇◈△▲▽▼▶▷☞※★☆◎◀[【"

// koSignoffs returns the writers the sign-off lines of a Korean story's reading name, each
// line closing a run of the story's prose: a reporter's line, a labelled credit
// (anywhere), and a contributor's line or block whose name the headline repeats
// ("[기고/박지현]…"), that carries an e-mail, or that stands in a package another sign-off
// signs too. Nil when none.
func koSignoffs(reading, headline string) []string {
	var lines []string
	for l := range strings.SplitSeq(reading, "\n") {
		if l = normSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	var names, contributors []string
	for i, l := range lines {
		if signoffRunes(l) > maxSignoffRunes {
			continue
		}
		if m := koSignCredit.FindStringSubmatch(l); m != nil && !koNotName[m[2]] && creditTail(m[1] != "", m[3]) {
			names = append(names, m[2])
			continue
		}
		if i == 0 || !proseOrSignoff(lines[i-1]) {
			continue
		}
		if j := koNameBlock(lines, i); j > i {
			contributors = append(contributors, l) // "이광자" over "이화여대 간호과학과 교수"
			continue
		}
		if !signoffCloses(lines, i) {
			continue
		}
		if m := koSignReporter.FindStringSubmatch(l); m != nil && !koPictureWords[m[1]] {
			for _, n := range strings.FieldsFunc(m[2], func(r rune) bool { return strings.ContainsRune("·ㆍ・, ", r) }) {
				if !koNotName[n] {
					names = append(names, n)
				}
			}
			continue
		}
		if m := koSignContributor.FindStringSubmatch(l); m != nil && !koNotName[m[1]] {
			if strings.Contains(headline, m[1]) || strings.Contains(l, "@") {
				names = append(names, m[1])
			} else {
				contributors = append(contributors, m[1])
			}
		}
	}
	if len(names) == 0 {
		return nil // contributor lines alone: nothing vouches for them
	}
	return dedupe(append(names, contributors...))
}

// creditTail reports whether what follows the name of a labelled credit leaves it a credit:
// nothing, the photographer's credit, an e-mail, or after a label with "=" the writer's post
// ("인터뷰 = 김병직 부국장 겸 경제산업부장").
func creditTail(equals bool, tail string) bool {
	switch {
	case isBlank(tail) || koCreditPhoto.MatchString(tail) || emailRe.MatchString(tail):
		return true
	case equals:
		return strings.HasPrefix(tail, " ") && !strings.ContainsAny(tail, ".!?")
	}
	return false
}

// signoffRunes is the length of a sign-off line in runes, an e-mail at its end not counted.
func signoffRunes(l string) int {
	if i := strings.LastIndexByte(l, ' '); i >= 0 && strings.Contains(l[i:], "@") {
		l = l[:i]
	}
	return utf8.RuneCountInString(l)
}

// signoffCloses reports whether line i of lines ends a story: nothing follows it, or the
// next part's or a box's heading, a notice, or another sign-off.
func signoffCloses(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return true
	}
	next := lines[i+1]
	r, _ := utf8.DecodeRuneInString(next)
	if strings.ContainsRune(koSignMarks, r) || strings.ContainsAny(next, "ⓒ©") || strings.Contains(next, "저작권") || strings.Contains(next, "무단") {
		return true
	}
	return signoffRunes(next) <= maxSignoffRunes && (koSignReporter.MatchString(next) || koSignContributor.MatchString(next))
}

// proseOrSignoff reports a line a sign-off may follow: a paragraph of the story (a sentence
// of some length), or another sign-off of the package.
func proseOrSignoff(l string) bool {
	if utf8.RuneCountInString(l) >= 30 {
		return true
	}
	return signoffRunes(l) <= maxSignoffRunes && koSignReporter.MatchString(l)
}

// koBareName is a line that is nothing but a name.
var koBareName = regexp.MustCompile(`^[가-힣]{2,4}$`)

// koRankEnd is a line of a sign-off block that ends with a job title.
var koRankEnd = regexp.MustCompile(koRanks + `$`)

// maxBlockLines is how many lines of institution and title a sign-off block puts under the name.
const maxBlockLines = 3

// koNameBlock returns the last line of a contributor's sign-off block that starts at line i of
// lines: the name alone, then up to maxBlockLines short lines of institution and title, one of
// them ending with a title ("강동구" / "동국대 불교대학원" / "생사의례학과 교수"), the block
// closing the story. It returns i when line i opens no such block.
func koNameBlock(lines []string, i int) int {
	if !koBareName.MatchString(lines[i]) || koNotName[lines[i]] {
		return i
	}
	ranked := false
	for j := i + 1; j < len(lines) && j <= i+maxBlockLines; j++ {
		l := lines[j]
		if utf8.RuneCountInString(l) > maxSignoffRunes/2+10 || strings.ContainsAny(l, ".!?。") {
			break
		}
		ranked = ranked || koRankEnd.MatchString(l)
		if ranked && signoffCloses(lines, j) {
			return j
		}
	}
	return i
}
