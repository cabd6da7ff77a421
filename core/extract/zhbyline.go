package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Chinese bylines. A Chinese news page credits its writers in a line of their own or in
// brackets, not in a byline element: "作者：张三", "文/张三", "光明日报记者 王建宏 张文攀",
// "本报记者罗科苏盈发自北京", "（记者 胡晓蓉）" at the end of the story, "（姚峰 上海报道）", and
// its editor in "责任编辑：李四". A personal name is two to four Han characters; names in a list
// stand apart by a space or "、". The names are returned as written, like the Korean "홍길동"
// of "홍길동 기자".

// zhKeywords are the words a Chinese credit line holds; a text node without one is not read.
// " 報導" after a space is a Taiwanese station's credit line ("彭佳芸 黃翊真 報導").
var zhKeywords = []string{"记者", "記者", "作者", "编辑", "編輯", "责编", "責編", "撰文", "执笔", "執筆", "文/", "文／", "文：", "文:", "文｜", "文|", "通讯员", "通訊員", "实习生",
	" 報導", "\u3000報導", " 报道"}

// zhRoles are the words before the names of the people who wrote the story.
var zhRoles = []string{"特约记者", "见习记者", "实习记者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生"}

// zhWriterLabels label a writer's credit with a colon or a slash ("作者：", "文/"); the
// editor's labels ("责任编辑：") credit no writer.
// "原创：" heads a story reposted from a WeChat account with its writer, then the account:
// "原创： 张三 某某研究".
var zhWriterLabels = []string{"作者", "撰文", "执笔人", "执笔", "執筆", "采写", "採寫", "文", "原创", "原創"}

// zhSurnames are the common Chinese family names, which a name without a role word or label
// before it must open with: "（袁源）" at the end of a story is a signature, "（待续）" is not.
// Characters that are as often a word of their own ("文", "全", "单", "和") are left out.
const zhSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔常汤康易乔赖施洪辛柯庄章温牛樊葛邢安齐伍庞颜倪聂鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆农司卓缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆冀郁胥储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠朴练廉漆巴卿狄宣晋扈晁芮阙浦戈鹿薄邸雍辜裘亓邰赫杭况逯茹慕亢嵇湛戎茅尉檀昝尧張劉陳楊黃趙吳孫馬郭羅鄭謝韓鄧馮蕭葉蘇魏呂盧鍾陸賈鄒熊薛閆龍黎陶賀龔萬錢顏聶嚴歐孔湯" +
	// The traditional forms of the others, as Taiwan and Hong Kong print them ("溫", "許", "賴").
	"許蔣溫賴莊譚韋顧喬齊龐魯關蘭寧紀畢駱藍鮑饒農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊欒榮叢鞏遲鄺談荊儲勞諶藺樓聞厲"

// zhCompoundSurnames are family names of two characters.
var zhCompoundSurnames = []string{"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "宇文", "长孙"}

// zhNotNames are words that stand where a name would: after "记者" in running text ("记者表示"),
// or alone in brackets at the end of a story ("（完）", "（待续）").
var zhNotNames = map[string]bool{"表示": true, "了解": true, "获悉": true, "看到": true, "发现": true, "注意到": true, "采访": true,
	"调查": true, "走访": true, "来到": true, "得知": true, "询问": true, "观察": true, "联系": true, "致电": true, "从中": true,
	"待续": true, "未完": true, "未完待续": true, "全文完": true, "本文完": true, "组图": true, "图文": true, "原创": true, "转载": true,
	"编译": true, "综合": true, "未知": true, "佚名": true, "不详": true, "不詳": true, "匿名": true, "整理": true, "报道": true, "摄影": true, "供图": true, "图片": true, "视频": true, "本报": true, "本台": true,
	"本网": true, "本站": true, "简介": true, "簡介": true, "简体": true, "繁体": true, "繁體": true, "通讯员": true, "实习生": true, "记者": true, "编辑": true, "作者": true, "来源": true}

// zhOrgSuffixes end the names of newspapers, agencies, sites and public bodies.
// A ministry's department ("…司") is left out: Japanese given names end in 司 (小田健司), and
// a company's "公司" is listed.
// The traditional forms are Taiwan's and Hong Kong's ("中國時報", "中時電子報").
var zhOrgSuffixes = []string{"社", "报", "報", "網", "网", "台", "臺", "刊", "站", "局", "厅", "廳", "院", "所", "会", "會", "委", "办", "辦", "署", "部", "中心", "集团", "集團",
	"公司", "政府", "频道", "頻道", "新闻", "新聞", "网络", "網路", "传媒", "傳媒", "媒体", "媒體", "杂志", "雜誌", "周刊", "週刊", "大学", "大學", "学院", "學院", "協會", "报業", "消息"}

// zhOrgPhrases stand inside names of organisations.
var zhOrgPhrases = []string{"新华", "人民", "本报", "本台", "本网", "央视", "中新", "总台", "日报", "晚报", "网络", "媒体"}

// isZhOrg reports a Han-only name of three or more characters that names an organisation; in
// a name of Han parts joined by punctuation ("新浪财经-自媒体综合"), one such part is enough.
func isZhOrg(s string) bool {
	if parts := strings.FieldsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) }); len(parts) > 1 && hasHanLead(s) &&
		strings.Join(parts, "") == strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) || unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s) {
		return slices.ContainsFunc(parts, isZhOrg)
	}
	if utf8.RuneCountInString(s) < 3 || !allHan(s) {
		return false
	}
	for _, x := range zhOrgSuffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	for _, x := range zhOrgPhrases {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// zhShortOutlets are outlets a Taiwanese, Hong Kong or mainland byline names by a short form
// of two characters before the reporter ("中時 王大明"), which no organisation's suffix marks
// (isZhOrg wants three characters or more).
var zhShortOutlets = map[string]bool{"中廣": true, "央廣": true, "中時": true, "旺報": true, "聯合": true, "自由": true, "蘋果": true,
	"東森": true, "三立": true, "民視": true, "台視": true, "華視": true, "中視": true, "公視": true, "明報": true, "星島": true,
	"大公": true, "文匯": true, "央视": true, "新华": true, "新華": true, "中新": true}

// zhOutletBeforeName reports a credit of two Han words, an outlet and a personal name apart by a
// space ("中廣 溫蘭魁", "中央社 林小華"): the outlet the reporter works for, or the agency the
// story comes from, printed before the name in the byline. A Chinese name is written without a
// space, so the outlet is no part of it; a Japanese byline spaces family and given names
// ("坂本 信博"), of which the first is no outlet.
func zhOutletBeforeName(outlet, name string) bool {
	return allHan(outlet) && allHan(name) && zhName(name, true) && (zhShortOutlets[outlet] || isZhOrg(outlet))
}

// allHan reports a string of Han characters only.
func allHan(s string) bool { return allScript(s, unicode.Han) }

// allScript reports a non-empty string whose every character is of script.
func allScript(s string, script *unicode.RangeTable) bool {
	for _, r := range s {
		if !unicode.Is(script, r) {
			return false
		}
	}
	return s != ""
}

// zhSurnamed reports a name that opens with a common family name.
func zhSurnamed(name string) bool {
	for _, c := range zhCompoundSurnames {
		if strings.HasPrefix(name, c) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return strings.ContainsRune(zhSurnames, r)
}

// zhName reports a run of Han characters that can be a personal name.
func zhName(run string, surnamed bool) bool {
	n := utf8.RuneCountInString(run)
	return n >= 2 && n <= 4 && !zhNotNames[run] && !isZhOrg(run) && (!surnamed || zhSurnamed(run))
}

// zhTails end a list of names: where the writer files from ("发自北京"), what the line
// credits ("上海报道", "/文"), a bracket.
// "张三编译" run together: the name, then the word that says the writer translated and compiled it.
var zhTails = []string{"发自", "發自", "报道", "報道", "報導", "报导", "/文", "／文", "/图", "编译", "編譯"}

// readZhNames reads the names at the start of s (after a role word or label): runs of two to
// four Han characters apart by spaces or "、". A longer run is a name only when a tail word
// follows within it ("罗科苏盈发自北京"). It returns the names and the rest of s.
func readZhNames(s string, surnamed bool) (names []string, rest string) {
	rest = s
	for {
		// "叨叨姐、胡一刀&李小飞刀": after a first name, an ampersand joins the next one too.
		t := strings.TrimLeft(rest, " \u3000\u00a0、,，&＆")
		if len(names) == 0 {
			t = strings.TrimLeft(rest, " \u3000\u00a0")
		}
		run, after := hanRun(t)
		if run == "" || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") {
			return names, rest // no name, or the next label ("时间：")
		}
		for _, role := range zhRoles {
			if strings.HasPrefix(run, role) {
				return names, t // "实习记者 樊亮 记者惠禾": the next credit
			}
		}
		if len(names) > 0 && slices.Contains(zhOtherCredits, run) && zhNameAfterCredit(after) {
			return names, t // "记者 张三 编辑 李四": the editor's credit after the writer's
		}
		if zhJobTitle(run) || zhColumnPost(run) {
			rest = after // "作者：见习编辑 李琼皙", "文/某某网专栏作者 张三": the post, then the name
			continue
		}
		if next, _ := utf8.DecodeRuneInString(after); strings.ContainsRune("·．•・", next) {
			return names, rest // "凯伦·伯格": a foreign name in transliteration
		}
		if strings.HasSuffix(run, "摄") || strings.HasSuffix(run, "攝") {
			return names, t // "廖宇杰摄": the photographer's credit
		}
		if len(names) == 0 && zhDispatchRe.MatchString(after) {
			// "（中央社記者邱俊欽桃園19日電）": the name, then the place of the dispatch, run
			// together; the place has two characters or more, a name most often three.
			rs := []rune(run)
			for _, n := range []int{3, 2} {
				if len(rs) >= n+2 && len(rs) <= n+4 && zhName(string(rs[:n]), true) {
					return []string{string(rs[:n])}, ""
				}
			}
		}
		for _, tail := range zhTails {
			if i := strings.Index(run, tail); i > 0 && !strings.HasPrefix(tail, "/") {
				if zhName(run[:i], surnamed || len(names) > 0) {
					return append(names, run[:i]), t[i:]
				}
				if len(names) > 0 && utf8.RuneCountInString(run[:i]) <= 6 {
					return names, t[i:] // "姚峰 上海报道": the place the story came from
				}
				return names, rest
			}
		}
		// A second name must open with a family name: "作者：张三 时间" ends at the label.
		if !zhName(run, surnamed || len(names) > 0) || strings.HasSuffix(run, "某") {
			return names, rest
		}
		if r, _ := utf8.DecodeRuneInString(after); r == '&' && len(names) == 0 || unicode.IsLetter(r) {
			return names, rest // "放飞&心情": a user name, not a personal name
		}
		if len(names) > 0 && !zhListGoesOn(after) {
			return names, rest // "作者：李兆清 江苏南通 职员": a place and a job, not a second name
		}
		names, rest = append(names, run), after
	}
}

// zhAffiliations open the post a signature names after the writer, with no space between:
// "方敏北京大学经济学院教授" is 方敏 of Peking University. Places and national bodies open most.
var zhAffiliations = []string{"中国", "中國", "中央", "中共", "国家", "國家", "国务院", "全国", "北京", "上海", "天津", "重庆", "广州", "深圳",
	"南京", "武汉", "杭州", "成都", "西安", "厦门", "清华", "复旦", "南开", "同济", "浙江", "江苏", "广东", "山东", "四川", "湖北", "湖南",
	"河南", "河北", "福建", "安徽", "江西", "辽宁", "吉林", "陕西", "香港", "台湾", "臺灣", "美国", "英国", "日本", "华东", "华南", "华中", "西南", "东北"}

// zhPosts end the post after a writer's name: a job or a body.
var zhPosts = []string{"教授", "研究员", "研究員", "讲师", "博士", "主任", "院长", "所长", "学者", "专家", "分析师", "经济学家", "大学", "学院", "研究院", "研究所", "研究中心", "会长", "理事", "委员", "书记", "局长", "部长"}

// zhAffiliatedName reads the name of a signature that runs the writer's post onto it:
// "方敏北京大学经济学院教授" → 方敏. The name has a family name and two or three characters, and
// what follows opens with a place or national body and ends with a job or a body.
func zhAffiliatedName(s string) string {
	run, _ := hanRun(strings.TrimLeft(s, " \u3000\u00a0"))
	if utf8.RuneCountInString(run) < 6 || !slices.ContainsFunc(zhPosts, func(p string) bool { return strings.HasSuffix(run, p) }) {
		return ""
	}
	for _, n := range []int{2, 3} {
		i := 0
		for range n {
			_, w := utf8.DecodeRuneInString(run[i:])
			i += w
		}
		name, post := run[:i], run[i:]
		if zhName(name, true) && slices.ContainsFunc(zhAffiliations, func(a string) bool { return strings.HasPrefix(post, a) }) {
			return name
		}
	}
	return ""
}

// zhJobTitle reports a job title printed before a name ("见习编辑", "主任记者").
func zhJobTitle(run string) bool {
	for _, w := range []string{"编辑", "編輯", "记者", "記者", "主编", "主編", "实习生", "通讯员"} {
		if strings.HasSuffix(run, w) {
			return true
		}
	}
	return false
}

// zhListGoesOn reports what may follow a second name in a list: the end, punctuation, a
// label, another name; not a word that no name is.
func zhListGoesOn(rest string) bool {
	t := strings.TrimLeft(rest, " 　 ")
	if len(t) == len(rest) {
		return true // punctuation or the end right after the name
	}
	run, after := hanRun(t)
	if run == "" || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") || zhName(run, true) || zhJobTitle(run) {
		return true
	}
	for _, w := range append(append([]string{}, zhTails...), zhRoles...) {
		if strings.Contains(run, w) {
			return true
		}
	}
	return false
}

// zhCreditEnd reports what may follow the names of a role credit: the end of the line or the
// bracket, a tail word, another credit; not running text, and not "摄" (the photographer's,
// which readZhNames also finds run onto the name).
func zhCreditEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " \u3000\u00a0")
	if rest == "" {
		return true
	}
	for _, p := range append(append([]string{")", "）", "]", "】", "|", "｜"}, zhTails...), zhRoles...) {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// "記者王小明／攝影李大同": a slash before the photographer's credit and name, as a space;
	// "記者陳立凱／攝影" under a picture credits the name before the slash with the photograph.
	afterSlash := strings.TrimLeft(strings.TrimLeft(rest, "/／╱"), " \u3000\u00a0")
	for _, w := range zhOtherCredits {
		if strings.HasPrefix(rest, w) {
			return true // "记者 张三 摄影 李四": the photographer's credit after the writer's
		}
		if after, ok := strings.CutPrefix(afterSlash, w); ok && len(afterSlash) < len(rest) && hasHanLead(strings.TrimLeft(after, " \u3000\u00a0:：")) {
			return true
		}
	}
	for _, w := range zhCompiled {
		if after, ok := strings.CutPrefix(rest, w); ok && (after == "" || strings.ContainsAny(after[:1], ")]") || strings.HasPrefix(after, "）") || strings.HasPrefix(after, "】")) {
			return true // "（记者陈智 整合）": the reporter compiled the story
		}
	}
	if place := zhSlashPlaceRe.FindString(rest); place != "" {
		return true // "記者林悅／南市報導": the place the story was filed from
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r) // a date after the names
}

// zhNameAfterCredit reports text after a credit's word that goes on to its holder: not the end
// nor a closing bracket ("（曹文明 編輯）" signs the editor, the word a post after the name).
func zhNameAfterCredit(after string) bool {
	a := strings.TrimLeft(after, " \u3000\u00a0：:/／")
	return a != "" && !strings.HasPrefix(a, ")") && !strings.HasPrefix(a, "）") && !strings.HasPrefix(a, "]") && !strings.HasPrefix(a, "】")
}

// zhOtherCredits open the credits a Chinese byline prints after its writers' names for the
// others who made the page: its photographer ("摄影 李四", "图/李四"), its graphics, its editor.
// They end the writers' list; the names after them are no writers.
var zhOtherCredits = []string{"摄影", "攝影", "图/", "圖/", "图／", "圖／", "图：", "圖：", "图:", "圖:", "制图", "製圖", "编辑", "編輯", "责编", "責編", "校对", "校對"}

// zhCompiled are the words after a reporter's name that say the reporter compiled the story.
var zhCompiled = []string{"整合", "整理", "编译", "編譯", "综合", "綜合"}

// zhSlashPlaceRe is a slash and the place a story was filed from: "／南市報導", "/北京报道".
var zhSlashPlaceRe = regexp.MustCompile(`^[/／╱]\s*\p{Han}{1,8}?(?:` + strings.Join(zhReported, "|") + `)`)

// zhDatelineRe opens a Chinese story with its outlet's dateline: "IT之家9月30日消息",
// "新浪科技讯 北京时间…", "长江网10月4日讯", "新京报快讯".
var zhDatelineRe = regexp.MustCompile(`^\s*([\p{Han}\p{L}\d]{2,12}?)(?:快讯|快訊|讯|訊|\d{1,2}月\d{1,2}日(?:消息|讯|訊|电|電))`)

// zhDatelineOutlet returns the outlet a Chinese story names in its opening dateline, or "": a
// credit that names it is the outlet's, not a person's.
func zhDatelineOutlet(body string) string {
	if !hasHanLead(body[:min(len(body), 60)]) {
		return ""
	}
	if m := zhDatelineRe.FindStringSubmatch(body[:min(len(body), 200)]); m != nil {
		return m[1]
	}
	return ""
}

// zhRoleCredit reads a line that is a role credit and nothing else but a short prefix (the
// newspaper: "光明日报记者 王建宏 张文攀", "□ 本报记者 葛灵丹") and a tail; a credit that
// continues the line ("本报实习生 刘国栋 周炜 本报记者 王燕平") is read on.
func zhRoleCredit(line string) []string {
	return roleCredit(line, true)
}

// roleCredit is zhRoleCredit; surnamed asks every name to open with a family name, as a line
// of a page must ("扬言要对记者不客气" is a teaser's headline), while a bracket is a credit by
// its form and may hold any name ("（记者 格桑边觉）").
func roleCredit(line string, surnamed bool) []string {
	var names []string
	for len(line) > 0 {
		at, role := -1, ""
		for _, r := range zhRoles {
			if i := strings.Index(line, r); i >= 0 && (at < 0 || i < at) {
				at, role = i, r
			}
		}
		if at < 0 {
			return names
		}
		pre := line[:at]
		if utf8.RuneCountInString(pre) > 16 || strings.ContainsAny(pre, "，。！？“”：:；,") ||
			strings.Count(pre, "（")+strings.Count(pre, "(") > strings.Count(pre, "）")+strings.Count(pre, ")") {
			return names // running text, or a role inside a bracket the line opened ("…消息（记者"), read as one
		}
		rest := strings.TrimLeft(line[at+len(role):], " \u3000\u00a0:：")
		got, after := readZhNames(rest, surnamed)
		if len(got) == 0 || !zhCreditEnd(after) {
			return names
		}
		names = append(names, got...)
		line = strings.TrimLeft(after, " \u3000\u00a0")
		for _, t := range zhTails {
			if strings.HasPrefix(line, t) {
				return names // what follows "发自北京" or "/文" is the story or a photo credit
			}
		}
	}
	return names
}

// zhBracketCredit reads a credit in brackets: "（记者 胡晓蓉）", "（总台记者 张倩）", "（常书香 马丹阳）",
// "（姚峰 上海报道）". Names without a role word must open with a family name.
func zhBracketCredit(inner string) []string {
	inner = strings.TrimSpace(inner)
	if names := roleCredit(inner, false); len(names) > 0 {
		return names
	}
	names, rest := readZhNames(inner, true)
	if rest = strings.TrimSpace(rest); rest != "" && !slices.ContainsFunc(zhReported, func(w string) bool { return strings.HasSuffix(rest, w) }) {
		return nil
	}
	return names
}

// zhLongDispatchRe is a bracket that holds a dispatch's dateline, however many places it lists,
// and the reporters' role credit after it; the role credit is the submatch.
var zhLongDispatchRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[（(][^（）()]{2,300}?\d{1,2}月\d{1,2}日(?:专|專)?(?:电|電)[\s\x{3000}\x{a0}]*((?:记者|記者)[^（）()]{2,300})[）)]`)
})

// zhDispatchRe is the day and the word for a dispatch after the place of a news agency's
// dateline: "19日電", "1日电", a correspondent's "29日專電" (special dispatch).
var zhDispatchRe = regexp.MustCompile(`^\d{1,2}日(?:專|专)?(?:電|电)`)

// zhOutletFiledRe is a byline that names the paper in title marks, its reporter and the place
// the story was filed from, after the stamp of its publication or update: "更新于2019年2月7日
// 06:21 英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道". The reporter is the submatch.
var zhOutletFiledRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(?:更新于|更新於|发布于|發佈於|发表于|發表於)?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:\d{1,2}:\d{2})?\s*)?` +
		`\p{Han}{0,4}《[^》]{1,20}》\s*(\S+)\s+\p{Han}{0,8}?(?:报道|報道|報導|报导)$`)
})

// zhForeignNameRe is a foreign name transliterated into Chinese, its parts joined by a dot:
// "罗谢尔•托普兰斯基", "凯伦·伯格".
var zhForeignNameRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\p{Han}{1,8}(?:[·•・．]\p{Han}{1,8}){1,2}$`)
})

// zhReported end a place's credit: "上海报道", Taiwan's "台中報導".
var zhReported = []string{"报道", "報道", "報導", "报导"}

// zhBracketRe finds a bracketed group of up to 24 characters, in round or lenticular brackets
// (Taiwan's "【王家俊／台北報導】").
var zhBracketRe = regexp.MustCompile(`[（(【]([^（）()【】]{2,72})[）)】]`)

// zhFiledRe is what follows the names of a credit that says where the story was filed from:
// a slash or space, a place or "綜合外電" of up to eight characters, and "報導".
var zhFiledRe = regexp.MustCompile(`^\s*[/／╱]?\s*\p{Han}{0,8}?(?:` + strings.Join(zhReported, "|") + `)$`)

// zhFiledCredit reads the names of a bracket that opens a story with its reporter and the place
// it was filed from ("王家俊／台北報導", "陳怡妏╱綜合外電報導"); without the place's "報導" a
// bracket opening the story is a kicker ("【獨家】"), not a credit.
func zhFiledCredit(inner string) []string {
	names, rest := readZhNames(strings.TrimSpace(inner), true)
	if len(names) == 0 || !zhFiledRe.MatchString(rest) {
		return nil
	}
	return names
}

// zhStampRe is a date and time that open a credit line: "2014/03/19 18:58 ".
var zhStampRe = regexp.MustCompile(`^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+`)

// zhReportedLine reads a line that credits its names with "報導" as a word of its own after
// them, after the time the story went out: a Taiwanese station's "2014/03/19 18:58 彭佳芸 黃翊真
// 報導". The word must end or be followed by a space: "王小明報導指出" is running text.
func zhReportedLine(line string) []string {
	line = zhStampRe.ReplaceAllString(strings.TrimSpace(line), "")
	names, rest := readZhNames(line, true)
	if len(names) == 0 {
		return nil
	}
	rest = strings.TrimLeft(rest, " \u3000\u00a0")
	for _, w := range zhReported {
		if after, ok := strings.CutPrefix(rest, w); ok {
			if r, _ := utf8.DecodeRuneInString(after); after == "" || unicode.IsSpace(r) || r == '\u3000' {
				return names
			}
		}
	}
	return nil
}

// zhLabelled reads the names after one of labels with a colon, a slash or a bar ("作者：张三",
// "文/张三", "文｜张三", "【编辑:刘欢】"); the label must not continue a word ("原文：", "总编辑：").
func zhLabelled(line string, labels []string) []string {
	for _, l := range labels {
		for at := range occurrences(line, l) {
			from := at + len(l)
			if r, _ := utf8.DecodeLastRuneInString(line[:at]); at > 0 && unicode.Is(unicode.Han, r) {
				continue
			}
			rest := strings.TrimLeft(line[from:], " \u3000\u00a0")
			// New media (WeChat accounts, 36Kr, Huxiu) set a bar after the label: "文｜张三",
			// "作者 | 张三".
			if r, w := utf8.DecodeRuneInString(rest); r == ':' || r == '：' || r == '/' || r == '／' || r == '|' || r == '｜' {
				if m := zhPhotoToo.FindStringIndex(rest[w:]); m != nil {
					w += m[1] // "（文/图 刘玺东 易赛楠）": the writers took the photographs too
				}
				if names, _ := readZhNames(rest[w:], false); len(names) > 0 {
					return names
				}
				if name := zhAffiliatedName(rest[w:]); name != "" {
					return []string{name}
				}
			}
		}
	}
	return nil
}

// zhPhotoToo is the word for pictures after "文/" and before the names, apart from them by a space
// or a colon: "文/图 张三", "文/圖：張三".
var zhPhotoToo = regexp.MustCompile(`^\s*[图圖](?:[\s\x{3000}]+|\s*[:：]\s*)`)

// chineseCredits reads the writers credited in the lines of a Chinese page: the edges of the
// story first, then the short lines around it.
func chineseCredits(body, story, lines []string, text string) []string {
	read := func(line string) []string {
		if names := zhLabelled(line, zhWriterLabels); len(names) > 0 {
			return names
		}
		// "作者 魏星", "《棱镜》作者 周纯": the label and one name end the line, no colon between.
		if m := zhAuthorEndRe.FindStringSubmatch(line); m != nil && zhName(m[1], true) {
			return []string{m[1]}
		}
		if names := zhRoleCredit(line); len(names) > 0 {
			return names
		}
		for _, m := range zhBracketRe.FindAllStringSubmatchIndex(line, -1) {
			if names := roleCredit(line[m[2]:m[3]], false); len(names) > 0 {
				return names
			}
			if m[0] == 0 {
				if names := zhFiledCredit(line[m[2]:m[3]]); len(names) > 0 {
					return names
				}
				if names := zhDispatchCredit(line[m[2]:m[3]]); len(names) > 0 {
					return names
				}
			}
		}
		if strings.Contains(line, "日电") || strings.Contains(line, "日電") {
			// "（本报纽约、柏林、东京…2月2日电 记者李晓宏、陈效卫…）": a joint dispatch from a
			// dozen bureaus, too long for zhBracketRe, credits its correspondents all the same.
			if m := zhLongDispatchRe().FindStringSubmatch(line); m != nil {
				if names := roleCredit(m[1], false); len(names) > 0 {
					return names
				}
			}
		}
		return zhReportedLine(line)
	}
	// The story's own edges after the reading's: a reading that keeps its paragraphs apart can
	// open with four lines of page furniture (headline, type-size tool, update stamp, a
	// caption) before the paragraph that opens with the dispatch credit.
	for _, group := range [][]string{body, story, lines} {
		for _, line := range group {
			if names := read(line); len(names) > 0 {
				// A credit over two lines: "本报实习生 刘国栋 周炜" / "本报记者 王燕平 方云凤"; the
				// story's text may have kept only the first.
				for _, g := range [][]string{body, story, lines} {
					if i := slices.Index(g, line); i >= 0 {
						for _, next := range g[i+1:] {
							more := zhRoleCredit(next)
							if len(more) == 0 || zhContributed(next) {
								break
							}
							names = append(names, more...)
						}
					}
				}
				return dedupe(names)
			}
		}
	}
	// A story signed in brackets at its very end: "（袁源）", "（常书香 马丹阳）"; the story as
	// cleaned ends there when the reading goes on past it (the section's name under the story).
	// The reading may also go on one short line past the signature (the section's or the
	// paper's name), so its last line but one counts when its last has no bracket.
	for _, edge := range [][]string{body, story} {
		for k := 1; k <= 2 && k <= len(edge); k++ {
			last := strings.TrimSpace(edge[len(edge)-k])
			if k == 2 && (zhBracketRe.MatchString(edge[len(edge)-1]) || utf8.RuneCountInString(edge[len(edge)-1]) > 20) {
				break
			}
			if all := zhBracketRe.FindAllStringSubmatchIndex(last, -1); len(all) > 0 {
				m := all[len(all)-1]
				if m[1] == len(last) {
					if names := zhBracketCredit(last[m[2]:m[3]]); len(names) > 0 {
						return dedupe(names)
					}
				}
				// "…研究。(鄭婉英 黃翠婷) ------ 點擊連結…": the signature, then a rule over a
				// promotion the page runs into the story's last line.
				for _, m := range all {
					if ruleFollows(last[m[1]:]) {
						if names := zhBracketCredit(last[m[2]:m[3]]); len(names) > 0 {
							return dedupe(names)
						}
					}
				}
			}
		}
	}
	// The writer's name on a line of its own under the headline: "犬儒病(上)" / "胡平".
	if names := zhNameUnderHeading(body, text); len(names) > 0 {
		return names
	}
	// The editor's line ("责任编辑：X", "【编辑:X】") names no writer: the editor answers for the
	// page, which news portals print on every story they carry, written by whoever.
	// A source label that names a person and nothing else on the story's
	// last lines: "来源: 尹娟" (a source is mostly a paper or a site: "来源：新华网").
	for _, edge := range [][]string{body, story} {
		for i := len(edge) - 1; i >= 0 && i >= len(edge)-3; i-- {
			if m := zhSourceRe.FindStringSubmatch(edge[i]); m != nil && zhName(m[1], true) && utf8.RuneCountInString(m[1]) <= 3 {
				return []string{m[1]}
			}
		}
	}
	return nil
}

// zhContributed reports a line that credits people who contributed to the story ("财新记者赵今朝、
// 实习记者黄雨馨对此文亦有贡献"), not its writers.
func zhContributed(line string) bool {
	return strings.Contains(line, "贡献") || strings.Contains(line, "貢獻")
}

// zhAuthorEndRe is the label 作者 and a name that end a line, apart by a space only, or by
// nothing after a "|" that parts the fields of an information row ("来源CSDN | 作者魏星": the
// label and the name in elements of their own).
var zhAuthorEndRe = regexp.MustCompile(`(?:(?:^|[》」』\s])作者[\s\x{3000}]+|[|｜]\s*作者[\s\x{3000}]*)(\p{Han}{2,4})\s*$`)

// zhSourceRe is a line that is a source label and one name.
var zhSourceRe = regexp.MustCompile(`^\s*(?:来源|來源)\s*[:：]\s*(\p{Han}+)\s*$`)

// zhNameUnderHeading reads the names that fill a line of their own right under a heading-like
// line among the first lines of the story ("比赛革命的革命" / "胡平", "…再就业" / "赵延东、风笑天"):
// the first name opens with a family name, the others stand apart by "、" or spaces. text is
// the page's.
func zhNameUnderHeading(lines []string, text string) []string {
	for i := 1; i < len(lines) && i < 6; i++ {
		prev := strings.TrimSpace(lines[i-1])
		if n := utf8.RuneCountInString(prev); n < 2 || n > 40 || strings.ContainsAny(prev, "。！？；，：:") || !hasHanLead(prev) {
			continue
		}
		var names []string
		for _, part := range strings.FieldsFunc(lines[i], func(r rune) bool { return r == '、' || unicode.IsSpace(r) }) {
			// A pen name without a family name ("茉莉") is one when the page heads the story
			// with it too: "茉莉：我是怎样卷入八九民运的".
			signed := len(names) > 0 || strings.Contains(text, part+"："+prev) || strings.Contains(text, part+":"+prev)
			if !allHan(part) || !zhName(part, !signed) {
				names = nil
				break
			}
			names = append(names, part)
		}
		if len(names) > 0 {
			return names
		}
	}
	return nil
}

// zhEdgeLines are the lines of the story's first and last paragraphs, where its credit stands.
func zhEdgeLines(body string) []string {
	paras := strings.Split(body, "\n\n")
	var lines []string
	for i, p := range paras {
		if i < 4 || i >= len(paras)-4 {
			for _, l := range strings.Split(p, "\n") {
				if l = normSpace(l); l != "" {
					lines = append(lines, l)
				}
			}
		}
	}
	return lines
}

// maxZhLine bounds the credit lines kept from the page, in characters.
const maxZhLine = 160

// zhLine records the block a text node with a Chinese credit word sits in: the nearest
// ancestor that is not inline markup, if its text is short.
func (p *page) zhLine(n *html.Node) {
	b := n.Parent
	for b != nil && b.Type == html.ElementNode && inlineAtoms[b.DataAtom] {
		b = b.Parent
	}
	if b == nil || b == p.lastZhBlock {
		return
	}
	p.lastZhBlock = b
	if t := normText(b); t != "" && utf8.RuneCountInString(t) <= maxZhLine {
		p.zhLines = append(p.zhLines, t)
	}
}

// inlineAtoms are the elements that style text inside a line.
var inlineAtoms = map[atom.Atom]bool{atom.A: true, atom.B: true, atom.Strong: true, atom.Em: true, atom.I: true, atom.U: true,
	atom.Font: true, atom.Span: true, atom.Small: true, atom.Label: true, atom.Big: true, atom.Sup: true, atom.Sub: true}

// hasZhKeyword reports text that holds a Chinese credit word.
func hasZhKeyword(s string) bool {
	if len(s) < 6 || !hasHanLead(s) {
		return false
	}
	for _, k := range zhKeywords {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// hanRun splits t into its opening run of Han characters and the rest.
func hanRun(t string) (run, rest string) {
	end := 0
	for end < len(t) {
		r, w := utf8.DecodeRuneInString(t[end:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += w
	}
	return t[:end], t[end:]
}

// hasHanLead reports a byte that opens a character of U+4000–U+9FFF in UTF-8, where every
// credit word's first character lies: one pass spares the keyword search on the text nodes of
// pages in other scripts, which the scan sees all of.
func hasHanLead(s string) bool {
	// Sixteen bytes at a time, tested as words only when one is above ASCII: most of the text
	// nodes of most pages are ASCII. Pages in other scripts (Arabic, Cyrillic, Greek) have
	// such a byte in nearly every word, which a byte-by-byte test then read again.
	for len(s) >= 16 {
		w, v := le64(s), le64(s[8:])
		if (w|v)&wordHigh != 0 && (hanLeadWord(w) || hanLeadWord(v)) {
			return true
		}
		s = s[16:]
	}
	if len(s) >= 8 {
		if hanLeadWord(le64(s)) {
			return true
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xE4 && b <= 0xE9 {
			return true
		}
	}
	return false
}

// hanLeadWord reports a byte of 0xE4–0xE9 in w: a top bit set over low seven bits t with
// 0x63 < t < 0x6A (the word test of asciiSpaceWord on the low bits).
func hanLeadWord(w uint64) bool {
	t := w &^ wordHigh
	return (wordOnes*(127+0x6A)-t)&(t+wordOnes*(127-0x63))&w&wordHigh != 0
}

// zhNameOutlet is the credit a Chinese page prints under its headline for a story taken from
// another paper: the writer, a slash, the outlet ("石佳/中国青年报").
var zhNameOutlet = regexp.MustCompile(`^(\p{Han}{2,4})\s*[/／]\s*(\p{Han}{2,12})$`)

// zhOutletWriter returns the writer of a "name/outlet" credit, or "".
func zhOutletWriter(line string) string {
	m := zhNameOutlet.FindStringSubmatch(normSpace(line))
	if m == nil || !zhName(m[1], true) || !isZhOrg(m[2]) {
		return ""
	}
	return m[1]
}

// zhHeadlineCredit returns the writer of a "name/outlet" line among the first lines of the
// two elements right after the headline element h, or "".
func zhHeadlineCredit(h *html.Node) string {
	return underHeadline(h, 200, func(n *html.Node) string {
		// The blank lines between list items ("date\n\noutlet\n\ncredit") are no lines.
		lines := strings.FieldsFunc(renderText(n), func(r rune) bool { return r == '\n' })
		for _, line := range lines[:min(3, len(lines))] {
			if w := zhOutletWriter(line); w != "" {
				return w
			}
			if w := zhDispatchCredit(line); len(w) == 1 {
				return w[0] // "劉屏／華盛頓4日電": the paper's correspondent
			}
		}
		return ""
	})
}
