// The two-byte pointers that golang.org/x/text's GB18030 decoder maps to
// U+FFFD (its table is the old WHATWG index-gbk, without the private-use
// mappings), with the code points of the WHATWG index-gb18030
// (whatwg/encoding, index-gb18030.txt, GB18030-2005 two-byte mappings).
// Listed by running x/text over every two-byte sequence; values from
// CPython's gb18030 codec, checked against index-gb18030.txt, which differs
// at one pointer: 7533 (A8 BC) is U+1E3F there, U+E7C7 in CPython.
// TestGB18030PrivateUse checks pointers of every range against the index.

package extractor

// gbPUARanges are runs of consecutive two-byte pointers and code points:
// pointer first, code point first, length.
var gbPUARanges = [...][3]uint16{
	{6080, 0xE4C6, 96},
	{6270, 0xE526, 96},
	{6376, 0xE766, 6},
	{6433, 0xE76D, 1},
	{6444, 0xE76E, 2},
	{6458, 0xE770, 2},
	{6460, 0xE586, 95},
	{6650, 0xE5E6, 96},
	{6829, 0xE772, 11},
	{6840, 0xE646, 96},
	{7022, 0xE77D, 8},
	{7030, 0xE6A6, 96},
	{7150, 0xE785, 8},
	{7182, 0xE78D, 7},
	{7201, 0xE794, 2},
	{7208, 0xE796, 1},
	{7211, 0xE797, 9},
	{7220, 0xE706, 96},
	{7349, 0xE7A0, 15},
	{7397, 0xE7AF, 13},
	{7495, 0xE7BC, 11},
	{7533, 0x1E3F, 1},
	{7538, 0xE7C9, 4},
	{7579, 0xE7CD, 21},
	{7624, 0xE7E2, 1},
	{7627, 0xE7E3, 1},
	{7629, 0xE7E4, 3},
	{7686, 0xE7F4, 13},
	{7775, 0xE801, 15},
	{7886, 0xE000, 94},
	{8076, 0xE05E, 94},
	{8266, 0xE0BC, 94},
	{8456, 0xE11A, 94},
	{8646, 0xE178, 94},
	{8836, 0xE1D6, 94},
	{16525, 0xE810, 5},
	{22706, 0xE234, 94},
	{22896, 0xE292, 94},
	{23086, 0xE2F0, 94},
	{23276, 0xE34E, 94},
	{23466, 0xE3AC, 94},
	{23656, 0xE40A, 94},
	{23767, 0xE816, 3},
	{23775, 0xE81E, 1},
	{23783, 0xE826, 1},
	{23788, 0xE82B, 2},
	{23794, 0xE831, 2},
	{23804, 0xE83B, 1},
	{23812, 0xE843, 1},
	{23829, 0xE854, 2},
	{23845, 0xE864, 1},
	{23846, 0xE468, 94},
}
