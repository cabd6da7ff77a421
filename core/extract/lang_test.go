package extract

import "testing"

func TestDetectLang(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"카카오톡이 멈췄다. 오후 3시 30분부터 발생한 먹통 사태가 지속되고 있다.", "ko"},
		{"今日は晴れです。明日は雨が降るでしょう。東京の天気予報をお伝えします。", "ja"},
		{"香港行政长官梁振英在各方压力下到立法会接受质询，就其大宅的违章建筑问题道歉。", "zh"},
		{"Ветеран сборной Германии Лукаш Подольски принял решение прекратить выступления.", "ru"},
		{"Ветеран збірної Німеччини Лукас Подольські ухвалив рішення припинити виступи за збірну.", "uk"},
		{"Der Bundestag hat am Mittwoch das Gesetz beschlossen, und die Opposition ist nicht zufrieden mit den Änderungen für die Länder.", "de"},
		{"The council approved the budget on Wednesday and the mayor said that it was a good day for the city.", "en"},
		{"12345 67890", ""},
	} {
		if got := detectLang(tt.text); got != tt.want {
			t.Errorf("detectLang(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
