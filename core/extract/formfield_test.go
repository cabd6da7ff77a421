package extract

import (
	"strings"
	"testing"
)

// A comment box's login form is no byline, though its classes say "author": the label of
// the account field ("账号") beside its input, the box that holds the inputs, its "remember
// me" box and the signed-in reader's links.
func TestAuthorsCommentLoginLabel(t *testing.T) {
	story := "<p>" + strings.Repeat("北京市住房和城乡建设委员会十二日发布通知，要求各区加强对住房租赁市场的监管工作。", 4) + "</p>"
	page := `<html lang="zh-CN"><head><title>北京加强住房租赁市场监管</title></head><body><h1>北京加强住房租赁市场监管</h1>` + story + story +
		`<div class="tie-author js-tie-author"><div class="js-unlogin"><div class="author-name"><input type="text" class="tie-textbox js-username"><div class="author-tips js-nametips">账号</div></div>` +
		`<div class="author-pwd"><input type="password" class="tie-textbox js-password"><div class="author-tips js-pwdtips">密码</div></div>` +
		`<div class="tie-author-login"><label><input type="checkbox" checked class="js-save">自动登录</label> <a href="#" class="post-btn">登录并发表</a></div></div>` +
		`<div class="js-login"><div class="tie-author-logon"><a href="/reply/myaction.jsp">我的跟贴</a> | <a href="/logout">退出</a></div></div></div></body></html>`
	r, err := Extract("https://news.example.com/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "login label", r.Authors, nil)
}
