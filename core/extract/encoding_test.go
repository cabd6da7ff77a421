package extract_test

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"paperboy/core/extract"
	"paperboy/core/fetch"
)

// encodedPage is one synthetic article in a legacy encoding: what production sees is bytes,
// which fetch.Decode turns into UTF-8 before Extract reads them.
type encodedPage struct {
	name    string
	enc     encoding.Encoding
	label   string   // the charset name a declaration would use
	want    []string // acceptable names fetch.Decode may report
	lang    string
	title   string
	paras   []string
	nodecl  bool // the text survives detection without a declaration (false: needs one, see below)
	comment string
}

var encodedPages = []encodedPage{
	{name: "shift_jis", enc: japanese.ShiftJIS, label: "Shift_JIS", want: []string{"shift_jis"}, lang: "ja", nodecl: true,
		title: "東京都、来年度予算案を発表　子育て支援に重点",
		paras: []string{
			"東京都は２０日、来年度の一般会計予算案を発表した。総額は過去最大の８兆円となり、子育て支援と防災対策に重点を置いた。",
			"知事は記者会見で「すべての子どもが安心して育つ街をつくる」と述べ、保育所の増設や給付金の拡充を説明した。",
			"一方で、財源の確保については都議会で議論が続く見通しだ。専門家は将来の税収の動向に注意が必要だと指摘している。",
		}},
	{name: "euc-jp", enc: japanese.EUCJP, label: "EUC-JP", want: []string{"euc-jp"}, lang: "ja", nodecl: true,
		title: "大阪で新しい鉄道路線が開業　通勤時間が短縮へ",
		paras: []string{
			"大阪市と周辺の自治体を結ぶ新しい鉄道路線が１日、開業した。朝の通勤時間は最大で２０分ほど短くなる見込みだ。",
			"開業式典には多くの市民が集まり、一番列車の出発を見守った。運営会社は一日あたり５万人の利用を見込んでいる。",
			"沿線では住宅の建設が進んでおり、地域の経済にも良い影響があると期待されている。",
		}},
	{name: "gb18030", enc: simplifiedchinese.GB18030, label: "GB18030", want: []string{"gb18030", "gbk"}, lang: "zh-CN", nodecl: true,
		title: "北京发布新能源汽车补贴政策 鼓励市民购买电动车",
		paras: []string{
			"北京市政府二十日发布了新的新能源汽车补贴政策，购买电动汽车的市民最多可以获得一万元补贴。",
			"有关负责人在新闻发布会上表示，这项政策的目的是减少城市空气污染，并推动汽车产业的发展。",
			"专家认为，随着充电设施不断完善，电动汽车的销量将在今后几年继续保持快速增长。",
		}},
	{name: "big5", enc: traditionalchinese.Big5, label: "Big5", want: []string{"big5"}, lang: "zh-TW", nodecl: true,
		title: "台北市推出新的公共自行車計畫 鼓勵市民綠色通勤",
		paras: []string{
			"台北市政府二十日宣布推出新的公共自行車計畫，市民在上下班時間使用自行車前三十分鐘免費。",
			"市長在記者會上表示，這項計畫的目的是減少交通壅塞和空氣污染，並讓市民養成運動的習慣。",
			"交通專家認為，如果能增加自行車道和停車站點，使用人數將會在明年大幅成長。",
		}},
	{name: "windows-1251", enc: charmap.Windows1251, label: "windows-1251", want: []string{"windows-1251"}, lang: "ru", nodecl: true,
		title: "В Москве открылась новая линия метро",
		paras: []string{
			"В понедельник в Москве открылась новая линия метро, которая соединила северные и южные районы города.",
			"Мэр города заявил журналистам, что поездка из центра до окраины теперь займёт на двадцать минут меньше.",
			"По словам специалистов, новая линия снизит нагрузку на дороги и поможет жителям быстрее добираться до работы.",
		}},
	{name: "iso-8859-15", enc: charmap.ISO8859_15, label: "ISO-8859-15", want: []string{"iso-8859-15"}, lang: "es",
		title: "El Gobierno aprueba un plan de 500 € por familia para la factura eléctrica",
		paras: []string{
			"El Consejo de Ministros aprobó el martes una ayuda de 500 € para cada familia con ingresos bajos, según informó la portavoz.",
			"La medida, que costará 2.000 millones de euros, se pagará en dos plazos durante el próximo año y beneficiará a unos cuatro millones de hogares.",
			"Los sindicatos celebraron la decisión, aunque la oposición criticó que llega tarde y que no resuelve el problema de fondo.",
		},
		comment: "€ is 0xA4 in ISO-8859-15 but ¤ in ISO-8859-1/windows-1252, which detection cannot tell apart"},
	{name: "iso-8859-15 without the euro sign", enc: charmap.ISO8859_15, label: "ISO-8859-15", want: []string{"iso-8859-15", "iso-8859-1", "windows-1252"}, lang: "es", nodecl: true,
		title: "La campaña de vacunación llegará a los colegios en otoño",
		paras: []string{
			"La ministra de Sanidad anunció el miércoles que la campaña de vacunación llegará a los colegios españoles en otoño.",
			"Según el plan, los niños de entre seis y doce años recibirán la primera dosis en su centro educativo, con el permiso de sus familias.",
			"Los pediatras valoraron la iniciativa, pero pidieron más información sobre el calendario y la organización de cada comunidad autónoma.",
		}},
	{name: "euc-kr", enc: korean.EUCKR, label: "EUC-KR", want: []string{"euc-kr"}, lang: "ko", nodecl: true,
		title: "서울시, 내년부터 대중교통 요금 인하한다",
		paras: []string{
			"서울시는 내년 1월부터 지하철과 버스 요금을 1백원씩 내린다고 20일 밝혔다. 시민들의 교통비 부담을 줄이기 위한 조치다.",
			"시장은 기자회견에서 “물가가 오르는 상황에서 시민들의 생활을 돕겠다”고 말했다. 시는 이를 위해 예산 3천억원을 마련했다.",
			"전문가들은 대중교통 이용이 늘면 도로 혼잡과 대기 오염도 줄어들 것으로 내다봤다.",
		}},
	{name: "cp949", enc: korean.EUCKR, label: "EUC-KR", want: []string{"euc-kr"}, lang: "ko", nodecl: true,
		comment: "똠, 햏 and 뷁 are outside KS X 1001: only the CP949 (UHC) extension encodes them",
		title:   "‘똠방각하’ 햏자 논란… 뷁 사건 조사 착수",
		paras: []string{
			"서울시는 20일 이른바 똠방각하 사건에 대한 조사에 착수했다고 밝혔다. 온라인에서는 햏자와 뷁이라는 말이 다시 유행하고 있다.",
			"시 관계자는 “사실관계를 확인한 뒤 다음 달까지 결과를 발표하겠다”고 말했다.",
		}},
}

// build renders the page in UTF-8, with a <meta charset> when meta is set.
func (p encodedPage) build(meta bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=%q><head>", p.lang)
	if meta {
		fmt.Fprintf(&b, `<meta charset="%s">`, p.label)
	}
	fmt.Fprintf(&b, "<title>%s</title></head><body><article><h1>%s</h1>", html.EscapeString(p.title), html.EscapeString(p.title))
	for _, para := range p.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(para))
	}
	b.WriteString("</article></body></html>\n")
	return b.String()
}

// TestEncodingsEndToEnd runs each page through fetch.Decode and Extract with no
// declaration, a <meta charset>, a header charset, and a header that contradicts a correct
// <meta> (UTF-8, or Latin-1 for non-Latin scripts, where the mojibake check can tell).
func TestEncodingsEndToEnd(t *testing.T) {
	latin := map[string]bool{"iso-8859-15": true, "iso-8859-15 without the euro sign": true}
	for _, p := range encodedPages {
		for _, decl := range []string{"none", "meta", "header", "header says utf-8", "header says latin-1"} {
			switch {
			case decl == "none" && !p.nodecl:
				continue // see the page's comment
			case decl == "header says latin-1" && latin[p.name]:
				continue // one Latin code page for another: the header wins, as HTML specifies
			}
			t.Run(p.name+"/"+decl, func(t *testing.T) {
				raw, err := p.enc.NewEncoder().String(p.build(decl == "meta" || strings.HasPrefix(decl, "header says")))
				if err != nil {
					t.Fatalf("encode: %v", err)
				}
				contentType := map[string]string{"none": "text/html", "meta": "text/html",
					"header": "text/html; charset=" + p.label, "header says utf-8": "text/html; charset=utf-8",
					"header says latin-1": "text/html; charset=iso-8859-1"}[decl]
				body, name := fetch.Decode([]byte(raw), contentType)
				if !contains(p.want, name) {
					t.Errorf("fetch.Decode charset = %q, want one of %q", name, p.want)
				}
				r, err := extract.Extract("https://news.example/"+p.name, body)
				if err != nil {
					t.Fatal(err)
				}
				// Titles are whitespace-normalised: the ideographic space becomes a plain one.
				if r.Title != norm(p.title) {
					t.Errorf("title = %q, want %q", r.Title, norm(p.title))
				}
				for _, para := range p.paras {
					if !strings.Contains(r.Body, para) {
						t.Errorf("body lacks %q:\n%s", para, r.Body)
					}
				}
				if strings.ContainsRune(r.Body+r.Title, '\uFFFD') {
					t.Errorf("replacement characters in the result")
				}
			})
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
