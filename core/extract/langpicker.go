package extract

import "strings"

// languageNames are the names languages give themselves, as a site's language picker lists
// them ("English", "日本語", "简体字", "Français", "العربية"): a multilingual news site prints the
// picker beside its headline, and a reading of the story's column takes it along, one line each.
var languageNames = map[string]bool{
	"English": true, "日本語": true, "简体字": true, "繁體字": true, "简体中文": true, "繁體中文": true, "繁体中文": true, "中文": true,
	"简体": true, "繁體": true, "한국어": true, "Français": true, "Español": true, "Deutsch": true, "Italiano": true,
	"Português": true, "Русский": true, "العربية": true, "فارسی": true, "हिन्दी": true, "Türkçe": true, "Polski": true,
	"Nederlands": true, "Bahasa Indonesia": true, "Tiếng Việt": true, "ไทย": true, "Українська": true, "Ελληνικά": true,
	"עברית": true, "Svenska": true, "Kiswahili": true, "اردو": true, "বাংলা": true, "Filipino": true, "Bahasa Melayu": true,
}

// minLanguagePicker is the fewest language names in a row that make a picker: two may be a
// story's own words in a list, three in a row of nothing else are the site's menu.
const minLanguagePicker = 3

// dropLanguagePicker drops every run of minLanguagePicker or more paragraphs that are each a
// language's own name (languageNames): the site's language picker, none of the story.
func dropLanguagePicker(paras []string) []string {
	var out []string
	for i := 0; i < len(paras); {
		j := i
		for j < len(paras) && len(paras[j]) <= 24 && languageNames[strings.TrimSpace(paras[j])] {
			j++
		}
		if j-i >= minLanguagePicker {
			if out == nil {
				out = append(make([]string, 0, len(paras)), paras[:i]...)
			}
			i = j
			continue
		}
		if j == i {
			j++
		}
		if out != nil {
			out = append(out, paras[i:j]...)
		}
		i = j
	}
	if out == nil {
		return paras
	}
	return out
}
