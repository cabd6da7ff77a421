package extract

import (
	"regexp"
	"strings"
)

// zhColumnPosts end the post a commentary's credit prints between its label and the writer:
// "【文/某某网专栏作者 张三】", "文/本报特约评论员 李四", "撰文：特约撰稿人 王五". The outlet's
// name may run onto the post with no space ("某某网专栏作者").
var zhColumnPosts = []string{"专栏作者", "專欄作者", "专栏作家", "專欄作家", "特约作者", "特約作者", "撰稿人", "评论员", "評論員"}

// zhColumnPost reports a run of Han characters that is a columnist's post, the outlet's name
// perhaps before it: what readZhNames passes over to reach the name, as it passes "见习编辑".
func zhColumnPost(run string) bool {
	for _, w := range zhColumnPosts {
		if strings.HasSuffix(run, w) {
			return true
		}
	}
	return false
}

// zhSlashDispatchRe is what follows the writer's name in a Taiwanese paper's dispatch credit:
// a slash, the place, the day and "電" ("／華盛頓4日電", "／華盛頓三日電", "/北京24日专电"),
// and nothing after it.
var zhSlashDispatchRe = regexp.MustCompile(`^\s*[/／╱]\s*\p{Han}{1,8}?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:專|专)?(?:電|电)\s*$`)

// zhDispatchCredit reads the writer of a dispatch credit ("劉屏／華盛頓4日電"), printed under
// the headline or in a bracket opening the story ("【劉屏／華盛頓三日電】"): a paper's own
// correspondent, where an agency's dateline ("新华社北京2月29日电") names no one: nil
// then.
func zhDispatchCredit(s string) []string {
	names, rest := readZhNames(strings.TrimSpace(s), true)
	if len(names) == 0 || !zhSlashDispatchRe.MatchString(rest) {
		return nil
	}
	return names
}
