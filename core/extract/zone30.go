package extract

import (
	"time"
)

// printedZoneNames are the zone abbreviations newsrooms print after a clock that name one
// region's clock, with its tz name (daylight saving through the tz database): India's IST, the
// one-zone countries of Asia and Africa, the US and Canadian zones, Britain's and central
// Europe's, eastern Australia's, Moscow's. GMT and UTC are left out (wires and servers print
// them anywhere), and so are abbreviations shared by two regions (AST; Bangladesh prints BDT,
// so BST stays British) and the two-letter US ones, which pages print as words too ("09:14
// a.m. CT Post": Connecticut's paper, not Central Time).
var printedZoneNames = map[string]string{
	"IST": "Asia/Kolkata", "PKT": "Asia/Karachi", "WIB": "Asia/Jakarta", "SGT": "Asia/Singapore",
	"HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "PHT": "Asia/Manila", "MYT": "Asia/Kuala_Lumpur",
	"ICT": "Asia/Bangkok", "NPT": "Asia/Kathmandu", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos",
	"CAT": "Africa/Maputo", "SAST": "Africa/Johannesburg", "MSK": "Europe/Moscow",
	"EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MDT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
}

// maxZoneClocks bounds the clocks printedClockZone reads in one page.
const maxZoneClocks = 200

// printedClockZone returns the zone a page's printed clocks name, where every clock printed
// with one of printedZoneNames names the same ("Last Updated: Apr 29, 2016 08:25 PM IST" in a
// sidebar, "Markets close 16:00 IST"): a page that gives no region by its language tag, domain
// or outlet's name still prints the newsroom's clock, and its clocks printed without a zone (the
// story's own "Apr 29, 2016, 08.25 PM") are in that zone, not UTC. Nil when no clock names one,
// or two name different zones. Only the first maxZoneClocks clocks are read.
func printedClockZone(text string) *time.Location {
	name, n := "", 0
	for i := range digitColons(text) {
		if n++; n > maxZoneClocks {
			break
		}
		j := i + 3 // past ":MM"
		if j > len(text) || !isDigitByte(text[j-1]) {
			continue
		}
		if j+3 <= len(text) && text[j] == ':' && isDigitByte(text[j+1]) && isDigitByte(text[j+2]) {
			j += 3 // seconds
		}
		j = skipSpaces(text, j)
		if j+2 <= len(text) && (text[j]|0x20 == 'a' || text[j]|0x20 == 'p') && (text[j+1]|0x20 == 'm' || text[j+1] == '.') {
			k := j + 1
			for k < len(text) && k < j+4 && (text[k]|0x20 == 'm' || text[k] == '.') {
				k++
			}
			j = skipSpaces(text, k)
		}
		if j < len(text) && text[j] == '(' {
			j++
		}
		k := j
		for k < len(text) && k-j <= 4 && text[k] >= 'A' && text[k] <= 'Z' {
			k++
		}
		if k-j < 3 || k < len(text) && (isASCIILetter(text[k]) || isDigitByte(text[k])) {
			continue
		}
		z, ok := printedZoneNames[text[j:k]]
		if !ok {
			continue
		}
		if name != "" && z != name {
			return nil
		}
		name = z
	}
	if name == "" {
		return nil
	}
	return loadZone(name)
}

// skipSpaces returns the index of the first byte at or after i in text that is no space, tab
// or no-break space.
func skipSpaces(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == ' ' || text[i] == '\t':
			i++
		case text[i] == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}
