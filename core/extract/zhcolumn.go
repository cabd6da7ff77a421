package extract

import "strings"

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
