package extract

import (
	"slices"
	"testing"
)

// A reading that keeps its paragraphs apart can open with four lines of page furniture before
// the paragraph that opens with the agency's dispatch credit; the story's own first line holds it.
func TestZhDispatchCreditPastFurniture25(t *testing.T) {
	reading := []string{"港口新航線今日啟用", "字級：", "最新更新時間：2013/06/29 22:54:00",
		"新航線啟用典禮上，貨輪鳴笛出港。（中央社記者王小明基隆傳真 102年6月29日）",
		"相關新聞一", "相關新聞二", "相關新聞三", "相關新聞四"}
	story := []string{"新航線啟用典禮上，貨輪鳴笛出港。（中央社記者王小明基隆傳真 102年6月29日）",
		"（中央社記者王小明基隆29日專電）基隆港今天啟用新航線，首航貨輪上午出港，港務公司表示，未來每週將有三班往返。",
		"港務公司表示，新航線可縮短運輸時間。"}
	if got := chineseCredits(reading, story, nil, ""); !slices.Equal(got, []string{"王小明"}) {
		t.Fatalf("credits = %q, want [王小明]", got)
	}
}

// A story signed in brackets whose reading goes on one short line past the signature (the
// section's name) keeps its writer.
func TestZhBracketSignatureBeforeSectionName25(t *testing.T) {
	reading := []string{"首页>>人物聚焦", "一位外科医生的二十年", "他在手术室里度过了大半生，同事们说他从不抱怨。",
		"到头来，他仍是一位自甘清贫的外科医生。", "（王小明）", "北京大学医学部新闻中心"}
	story := []string{"他在手术室里度过了大半生，同事们说他从不抱怨。", "到头来，他仍是一位自甘清贫的外科医生。"}
	if got := chineseCredits(reading, story, nil, ""); !slices.Equal(got, []string{"王小明"}) {
		t.Fatalf("credits = %q, want [王小明]", got)
	}
	// A bracket two lines from the end with a long line after it is the story's, not a signature.
	reading[len(reading)-1] = "北京大学医学部新闻中心今天发布消息说，下一期人物专访将在下月刊出，敬请读者关注。"
	if got := chineseCredits(reading, story, nil, ""); len(got) != 0 {
		t.Fatalf("credits = %q, want none", got)
	}
}

// A right-aligned source credit with the original's name on a right-aligned line of its own under
// it ("Theo X/Site" / "Forbes") still names its writer.
func TestViCreditAboveOriginalName25(t *testing.T) {
	story := "Người dân trong khu phố cho biết con đường mới đã giúp việc đi lại thuận tiện hơn rất nhiều so với trước đây."
	reading := "Tiêu đề bài viết\n\n" + story + "\n\nTheo Trần Bình/Example.vn\n\nForbes"
	lines := []string{"Theo Trần Bình/Example.vn", "Forbes"}
	if got := rightSignOff(reading, "", lines); !slices.Equal(got, []string{"Trần Bình"}) {
		t.Fatalf("rightSignOff = %q, want [Trần Bình]", got)
	}
}
