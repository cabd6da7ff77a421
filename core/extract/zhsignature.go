package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// zhSignaturePosts end the post a columnist's signature prints before the name: a market
// strategist's, an analyst's, an economist's, a director's.
var zhSignaturePosts = []string{"策略師", "策略师", "分析師", "分析师", "經濟師", "经济师", "經濟學家", "经济学家", "總監", "总监",
	"主席", "總裁", "总裁", "主管", "顧問", "顾问", "教授", "研究員", "研究员"}

// zhPostedSignature reads the writer of a signature that prints the writer's post, then a
// space, then the name, perhaps with a bracketed note after it: "盛寶金融大中華區市場策略師
// 黃永輝（上述僅為市場資訊提供，並不構成投資建議）", the line an author-classed element closes a
// guest column with (the firm and post run together, then the name). The post must end with
// a post's word (zhSignaturePosts) and the name be two to four Han characters opening with a
// family name; nil otherwise.
func zhPostedSignature(line string) []string {
	s := strings.TrimSpace(line)
	if i := strings.IndexAny(s, "（("); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	f := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	if len(f) != 2 {
		return nil
	}
	post, name := f[0], f[1]
	if !allHan(post) || utf8.RuneCountInString(post) < 3 || !allHan(name) || !zhName(name, true) ||
		!slices.ContainsFunc(zhSignaturePosts, func(w string) bool { return strings.HasSuffix(post, w) }) {
		return nil
	}
	return []string{name}
}
