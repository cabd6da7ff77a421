#!/usr/bin/env python3
"""Build the thirtysecond-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Chinese (mainland, Hong Kong, US), Japanese and Vietnamese news pages of 2020 from mikeizbicki/metahtml's test cache,
read from its fork Tonnpo/metahtml (already in repos.txt: twelfth-meta and twelfth-kr read other pages of it) at the
commit labels.json pins: tests/.cache/<url folder>/<capture date> holds the text Python `requests` decoded, stored as
UTF-8. The page's served bytes are restored by common.requests_text_to_bytes (text wholly in U+0000..U+00FF was
decoded as ISO-8859-1: encode back as Latin-1; a non-UTF-8 <meta> charset: encode back with it, strictly; else UTF-8);
the unwrap hook below refuses a text holding U+FFFD and a charset other than the label's. twentyfourth-a's loop
(imported, not copied) then checks the charset (common.check_charset) and the sha1 split (common.check_split:
thirtysecond-b-late holds a page exactly when int(sha1(page bytes), 16) % 3 == 0) and writes OUT/NAME.html byte for
byte and OUT/NAME.html.expected.json with fourteenth-world's recipe: the body derived by the page's full-body selector
rule (a label's "decode" names the codec the rule reads the page with), checked to start with the labelled opening.
thirtysecond-b-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"UTF-8": "utf-8", "GB2312": "gb2312"}


def unwrap(name, lab, blob):
    """The served bytes of a metahtml cache entry (requests' decoded text stored as UTF-8)."""
    text = blob.decode("utf-8")
    if "\ufffd" in text:
        common.die("%s: the stored text holds U+FFFD: not exactly re-encodable" % name)
    raw, charset = common.requests_text_to_bytes(text)
    if charset.upper() != lab["encoding"].upper():
        common.die("%s: restored as %s, labelled %s" % (name, charset, lab["encoding"]))
    return raw


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); a directory ending in -late is the held-out side."""
    common.load_recipe("twentyfourth-a").main(here, CODECS, unwrap)


if __name__ == "__main__":
    main()
