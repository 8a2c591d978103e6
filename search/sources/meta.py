"""Metadata lines: 发布时间/來源/作者 lines in both scripts, e-paper page headers and their
property blocks, origin notes. Rules as data; lines.py re-exports these for the splitter.
Dates themselves are read in dates.py."""
from __future__ import annotations

import re

from search.sources.credit_lines import REPRINT_KEY, credited_alone, credited_name, outlet_word
from search.sources.dates import ADDRESS, DATE, bare_roc, find_date, gregorian
from search.sources.keys import EDITOR
from search.sources.meta_items import key_items, keyed_anywhere
from search.text.normalize import normalize
from search.text.sentences import CLAUSE_ENDS, SENTENCE_ENDS

_SENTENCE = re.compile(f"[{SENTENCE_ENDS}{CLAUSE_ENDS}]")
# Page controls found inside metadata lines: 【字体：大 中 小】【打印】【关闭】, a comment link.
_CONTROLS = re.compile(r"[【\[]\s*大\s*中\s*小\s*[】\]]|"
                       r"[【\[]\s*(字体|字号)\s*[:：]?\s*[大中小\s]*[】\]]|[【\[]\s*(打印|关闭|收藏|打印本页|关闭窗口|"
                       r"纠错|分享)\s*[】\]]|(字体|字号)\s*[:：]\s*[【\[]?[大中小\s]+[】\]]?|(浏览|阅读|点击)(次数|量)?\s*[:：]\s*\d*|"
                       r"分享到\s*[:：]?|"
                       # '… 时间: 2013-06-07  发表评论>>', '… 来源:某某报  我来说两句': a comment link
                       r"(发表评论|發表評論|我要评论|我要評論|我来说两句|我來說兩句)\s*(>>|»)?\s*$")
# '某某进行时|来源:某某网 2018-01-23': the column's name, a bar, then the story's metadata
_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[|｜]\s*(?=(来源|來源|发布时间|發布時間)\s*[:：])")
_WECHAT = re.compile(r"^原创\s+(\S+)\s+(\S+)\s+\d{4}")
_PAGE = re.compile(r"^(第?\s*[A-Za-z]?\d{1,3}\s*版|[A-Za-z]\d{1,3}\s*版)\s*[:：]?|^版次\s*[:：]\s*[A-Za-z]?\d{1,3}\b|"
                   r"第\s*[A-Za-z]?\d{1,4}\s*版(\s|[:：]|$)|"
                   r"^[A-Z]\d{2}\s*[:：]\s*\S|"  # 'A04:夏令热线特别报道': the page's number and name
                   r"^当前版\s*[:：]\s*[A-Za-z]?\d{1,3}|^[A-Z]\d{2}$")  # '当前版:04版', 'A03' alone
# 'Name2023-02-06 17:48': a site or outlet name glued to the date it published the page.
_GLUED_DATE = re.compile(r"^([^\s，,。:：|｜【\[(（]{1,9}?[^\s\d，,。:：|｜【\[(（])(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                         r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$")
# '某某縣政府新聞參考資料105.4.26': a government's press release, its publisher and its day
_RELEASE = re.compile(r"^(\S{2,16}?)(新聞稿|新闻稿|新聞參考資料|新闻参考资料|新聞資料|新闻资料)\s*"
                      r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")
_GLUED_NAME_MAX = 6  # characters of a name glued to a date that is no outlet's: a longer one is a listed headline
_BARS = re.compile(r"\s*[|｜]\s*")  # '| 招商动态 |2017-02-26': a section and a date between bars
_TAG = re.compile(r"^[\[【][^\]】\s]{1,6}[\]】]\s+(?=\S)")
# Keys a metadata line starts with, simplified and traditional (發布時間, 發佈時間, 發表日期, 來源…).
_META_KEY = re.compile(r"^(发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|"
                       r"本文来源|稿源|作者|原创|出处|供稿|发布者|发布机构|浏览次数|点击数|"
                       r"發布時間|發佈時間|發表時間|發布日期|發佈日期|發表日期|更新時間|時間|來源|信息來源|文章來源|"
                       r"稿件來源|本文來源|出處|發布者|發布機構|瀏覽次數|點擊數|上稿时间|上稿時間|"
                       rf"新闻来源|新聞來源|新闻资料来源|新聞資料來源|消息来源|消息來源|{REPRINT_KEY})\s*[:：]?|"
                       r"^(来源于|來源於)\s*[:：]|"
                       r"^(发布|發布|發佈|更新|刊登|出版|张贴|張貼|颁布|頒布|成文)(日期|時間|时间|日)?\s*[:：]|^(发表|發表|发布|發布|發佈)(于|於)\s*[:：]?|"
                       # '報導日期:…', '创建时间:…', '录入时间:…': the day a report was filed or entered
                       r"^(报道|報導|報道|创建|創建|录入|錄入|发稿|發稿)(日期|時間|时间)\s*[:：]|"
                       # '分類:公路運輸', '發布單位:公路總局', '發稿單位:新聞處', '發稿人:某某': a press release's
    # category, issuer and the clerk who posted it
                       r"^(分类|分類|(?i:categories|category)|更新日期|索引号|索引號|(发布|發布|發佈|发稿|發稿)(单位|單位|机关|機關|人))\s*[:：]|"
                       # '发布: 8:04pm 12/07/2024': only with its colon; other words for when a story ran
                       r"^(发稿|發稿|上线|上線|刊发|刊發|刊出|首发|首發|见报|見報|稿件|编辑|編輯|新闻|新聞)(时间|時間|日期)\s*[:：]|"
                       # '发文日期:', '公开日期:', '签发时间:' (a government disclosure table), '上传时间:' (a CMS)
                       r"^(发文|發文|公开|公開|签发|簽發|上传|上傳)(时间|時間|日期)\s*[:：]|"
                       # '内容更新时间', '信息发布时间', '最后更新日期': a qualifier before the key
                       r"^[\u4e00-\u9fff]{1,4}(更新|发布|發布|發佈|发表|發表)(时间|時間|日期)\s*[:：]")
# The value follows a colon or a bar ('来源丨新华社', '來源 | 大公報'); 出处/出處 name it too.
_SOURCE = re.compile(r"(?:信息|文章|稿件|本文|新闻|新聞|消息|新闻资料|新聞資料)?(?:来源|來源)"
                     r"\s*(?:[:：|｜丨]+|[/／])\s*([^\s|｜丨【\[]+)|"  # '来源/某某日报' too
                     r"(?:稿源|出处|出處|来自|來自|(?:发布|發布|發佈|发稿|發稿|发文|發文|供稿)(?:单位|單位)|(?:发布|發布|发文|發文)(?:机关|機關|机构|機構))\s*[:：]\s*([^\s|｜丨【\[]+)|"
                     rf"^(?:{REPRINT_KEY}|来源于|來源於)\s*[:：]?\s*([^\s|｜丨【\[]+)|"
                     r"^(?:信息|文章|稿件)?(?:来源|來源)\s+([^\s|｜丨【\[:：]{2,20})$")  # a table's '来源 某某镇'
# A source value runs until the next key glued to it ('原创/投稿/转载作者:管理员'): never a label.
# 发布 ends it only as a key ('某某网发布时间:'): a government account's name ends on it ('某某发布').
_SOURCE_END = re.compile(r"(作者|" + EDITOR + "|时间|時間|点击|點擊|阅读|閱讀|"
                         r"(?:发布|發布|發佈)(?=时间|時間|日期|于|於|者|\s*[:：]))")
# Words a 来源 key holds that name no outlet, compared folded to simplified ('本站原創' too)
_LABELS = ("原创", "投稿", "转载", "原创/投稿/转载", "本站", "本站原创", "网络", "网路", "互联网", "未知", "综合")

_AUTHOR_IN_META = re.compile(r"作者\s*[:：]\s*([^\s|｜【\[]+)")
# '国发〔2023〕16号', '鲁政发〔2014〕20号': a government document's number, printed under its
# title. It names the document, it is no headline.
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}\s*[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*[号號]$")
# '《人民日报》（2025年05月08日 第 09 版）': a paper's reprint names the paper, the day and the page
# it ran on, under the headline or at the foot of the text.
_PAPER_ISSUE = re.compile(r"^(《[^》]{2,16}》)\s*[(（]\s*([^()（）]{6,24}?)\s*(第?\s*[A-Za-z]?\d{1,3}\s*版)?\s*[)）]"
                          r"\s*(第?\s*[A-Za-z]?\d{1,3}\s*版)?$")  # '《某某日报》(2025年2月14日) 05版' too
# The property block Founder's e-paper system leaves in a page ('2020-02-16 1 1 某某日报
# content_28338.html (or c_28338.html) 1 Headline /enpproperty-->'): the story's date and the paper
# it ran in (its source only when the story credits no other: a paper runs an agency's photos).
_FOUNDER = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})\s.*?(\S{2,12})\s+(?:content|c)_\d+\.html?\s.*/enpproperty\s*-->\s*$")
_SIGNED_DATELINE = re.compile(r"[\u4e00-\u9fff]{2,6}[\d一二三四五六七八九十廿卅]{1,3}日(電|电)")
_FORUM_CLOCK = re.compile(r"^\s*GMT\s*[+-]\s*\d{1,2}\s*,")
_OUTLET_CLOCK = re.compile(r"^(\S{2,12})\s+\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
_BRACKETED_DATE = re.compile(r"^[(（\[]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*[)）\]]")
_BOOK = re.compile(r"《[^》]{1,30}》")
_DATA_SOURCE = re.compile(r"^(?:资料来源|資料來源)\s*[:：]\s*(\S{2,16})$")
# A copyright notice naming whose original piece this is, a sentence though it is metadata.
_OWN_PIECE = re.compile(r"^本文(?:为|系|是|為|係)(?:微信)?(?:公众号|公眾號)?\s*"
                        r"[“\"「『《]([^”\"」』》\s]{2,16})[”\"」』》]"
                        r"(?:\s*[(（][^()（）]{1,30}[)）])?\s*的?(?:原创|原創|独家|獨家)")


_EPOCH = "1970-01-01"  # a blank timestamp rendered by a page's template, never a story's date


def strip_controls(text: str) -> str:
    """A line without its page controls (【字体：大 中 小】【打印】【关闭】)."""
    return _CONTROLS.sub(" ", text).strip()


def meta_of(text: str) -> dict[str, str] | None:
    """Date, source and author from a metadata line, else None. A metadata line is short, is
    not a sentence, and starts with a key (发布时间, 来源, 作者…) or with a date."""
    if len(text) > 160 or _FORUM_CLOCK.match(text):
        return None  # a forum's footer clock ('GMT+8, 2024-11-1 08:53') times the page, not a story
    if (enp := _FOUNDER.search(text)) is not None:  # an e-paper's property block, flattened
        date = find_date(enp.group(1))
        return {"paper": enp.group(2), **({"date": date} if date else {})}
    line = gregorian(strip_controls(text))
    bracketed = line[:1] in "（(【[" and line[-1:] in "）)】]"
    if bracketed:  # （来源：新华网）
        line = line[1:-1].strip()
    # '[热点] 时间:…', '*來源:…', '• 发布时间:…' (a list's bullet), the site's address
    line = re.sub(r"^-\s+", "", _TAG.sub("", ADDRESS.sub(" ", line)).lstrip("*＊•·▪・ "))  # '- 資料來源:…'
    # 'www.example.com | 2025-04-14 …': the bar after the address; a column's name before the bar
    line = bare_roc(_COLUMN.sub("", line.lstrip("|｜ ")))
    if line[:1] in "【[" and (key := _META_KEY.match(line[1:])) is not None and key.group(0)[-1:] in ":：":
        line = line[1:]  # '【信息来源:【信息时间:2018-05-17 09:29 】': a template's brackets left open
    if (own := _OWN_PIECE.match(line)) is not None:
        return {"source": own.group(1), "notice": "own"}  # '本文为微信公众号“某某”(id)原创文章…': its publisher
    if not line or len(line) > 100 or _SENTENCE.search(line) or "，" in line:
        return None
    decided, value = _fixed_form(line, bracketed)
    return value if decided else _keyed(line)


def _fixed_form(line: str, bracketed: bool) -> tuple[bool, dict[str, str] | None]:
    """(True, values) for a line in one of the set forms (a data source, a trailer, a credit, an
    issue, a release, a name glued to its date), values None when it is no metadata; else (False, None)."""
    if (data := _DATA_SOURCE.match(line)) is not None:  # '資料來源:某某日報'; under a table '…氣象署' is none
        return True, ({"source": data.group(1)} if outlet_word(data.group(1)) else None)
    if bracketed and _SIGNED_DATELINE.fullmatch(line) or _DOC_NUMBER.match(line):
        return True, {}  # '(北京七日電)' signing the text: a trailer, not a headline; a document's number
    if not _META_KEY.match(line) and (credited := source_value(credited_alone(line, bracketed) or "")) is not None:
        return True, {"source": credited}  # '——中新网', '据新华社', '（山城日报）', '《某某晚报》', a table's issuer
    if (stamp := _OUTLET_CLOCK.match(line)) is not None and outlet_word(stamp.group(1)):
        return True, {"source": stamp.group(1)}  # '某某信息港  10-03 10:13:10': the outlet and a yearless time
    if (issue := _PAPER_ISSUE.match(line)) is not None and (date := find_date(issue.group(2))):
        return True, {"date": date, "source": "《" + issue.group(1)[1:-1].strip() + "》"}
    if (release := _RELEASE.match(line)) is not None and (date := find_date(release.group(3))):
        return True, {"date": date, "source": release.group(1)}
    if (glued := _GLUED_DATE.match(line)) is not None and (date := find_date(glued.group(2))):
        name = glued.group(1).strip(" |｜·‧•")  # 'Name2023-02-06': a page's header, not a headline
        paper = re.split(r"[/／‧·•]", name)[0]  # '某某日报/大柔佛‧2011.01.25': the paper, then its edition
        if outlet_word(paper) or (_BOOK.fullmatch(paper) and outlet_word(paper[1:-1])):
            return True, {"date": date, "source": paper}  # '《某某日报》2024-02-10': the paper in book-title marks
        if len(name) <= _GLUED_NAME_MAX:
            return True, {"date": date}
        return True, None  # '某某电影在线观看2026-01-29': a listed headline and its date
    return False, None


def _keyed(line: str) -> dict[str, str] | None:
    """A metadata line told by its keys or by the date it opens on."""
    # '( 2019-10-12 ) 稿件来源:…': e-papers bracket the date that opens the line
    line = _BRACKETED_DATE.sub(r"\1 ", line)
    date = find_date(line)
    lead = DATE.match(line)  # a date opening a metadata line stands apart from what follows
    starts_with_date = lead is not None and (lead.end() == len(line) or line[lead.end()] in " \t|｜·•/"
                                             or _META_KEY.match(line[lead.end():]) is not None  # '…21:56:00來源:'
                                             or _counter_tail(lead.group(0), line[lead.end():])
                                             # '2023年4月4日某某手机报', '…21:36某某网 】 【打印'
                                             or outlet_word((line[lead.end():].split() or [''])[0]))
    if not (keyed := _META_KEY.match(line) or starts_with_date or info_line(line) or info_line(_BARS.sub(" ", line))
            or key_items(line, _SOURCE.search(line) is not None)) and not keyed_anywhere(line):
        return None
    if starts_with_date and not date:
        return None
    # a line let in only by its keys standing anywhere names no author: '作者:' may be a book's
    return _values(line, date, lead if starts_with_date else None, byline=bool(keyed))


def _values(line: str, date: str | None, lead: re.Match[str] | None, byline: bool) -> dict[str, str]:
    """Date, source and author of a metadata *line*, its *date* read, *lead* the date opening it."""
    meta: dict[str, str] = {}
    if date and date != _EPOCH:
        meta["date"] = date
    if (source := _SOURCE.search(line)) is not None and (value := source_value(
            source.group(1) or source.group(2) or source.group(3) or source.group(4))):
        book = _BOOK.search(value)
        meta["source"] = book.group(0) if book else value
    if byline and (author := _AUTHOR_IN_META.search(line)) is not None and not re.search("[:：]", author.group(1)):
        # a value running into the next key ('文字作者:图片作者:…') names no one
        meta["byline"] = author.group(1)
    if (wechat := _WECHAT.match(line)) is not None:  # 原创 author account date
        meta.setdefault("byline", wechat.group(1))
        meta.setdefault("source", wechat.group(2))
    if "source" not in meta and not _META_KEY.match(line) and (name := info_outlet(line)):
        meta["source"] = name  # '新华网 2023-05-06 10:20': the outlet beside its date
    if "source" not in meta and lead is not None and outlet_word(
            word := _BARS.split(line[lead.end():].strip(" |｜·"))[0]):
        meta["source"] = word  # '2026-02-07 09:53:16中国网', '2025-04-14 09:17 某某网 | 0条评论': the
        # outlet right after its date
    if "source" not in meta and "date" in meta and (name := _set_apart_outlet(line)):
        meta["source"] = name  # '日期：[2023年03月06日] -- 某某日报 -- 版次：[A2]': an e-paper's header
    return meta


# a poster's user name beside the date ('cnfrance2017'): Latin with a digit or an underscore,
# unlike an English word ('Published on: 2025-10-24 13:56 UTC' above a headline is a header)
_HANDLE = re.compile(r"(?=[A-Za-z0-9_.]{3,20}$)[A-Za-z][A-Za-z.]*[0-9_][A-Za-z0-9_.]*")
_NUMERIC_DATE = re.compile(r"^\d{4}([-/.])\d{1,2}\1\d{1,2}")
_TAIL_MAX = 12  # characters: a channel name or a view counter ('新闻5', '发布58次查看'), not a headline


def _counter_tail(date: str, rest: str) -> bool:
    """Is *rest* a page's short tail glued to a numeric date that opens the line ('2020-07-22新闻5',
    '2018/10/27 14:48:00发布58次查看')? Headlines do not open on a date written with dashes."""
    return _NUMERIC_DATE.match(date) is not None and len(rest.strip()) <= _TAIL_MAX


_APART = re.compile(r"\s+(?:--|－－|——|\|)\s+")


def _set_apart_outlet(line: str) -> str | None:
    """An outlet's name standing between separators of a dated metadata line."""
    return next((w.strip() for w in _APART.split(line)[1:] if outlet_word(w.strip())), None)


_SEPARATORS = "/／|｜"
_DESK = re.compile(r"(記者|记者)\S{1,4}[/／]\S{0,6}(報導|报道)$")  # '記者林怡秀/即時報導' beside the date


def _items(text: str) -> list[str]:
    """The words of a byline-and-date line, split at spaces, slashes and bars."""
    return [w for w in re.split(rf"[\s{_SEPARATORS}]+", text) if w]


def info_outlet(line: str) -> str | None:
    """The outlet named by a bare word of a byline-and-date line ('新华网 2023-05-06 10:20')."""
    if not info_line(line):
        return None
    return next((w for w in _items(DATE.sub(" ", line)) if outlet_word(w)), None)


def info_line(line: str) -> bool:
    """A byline-and-date line under a headline ('思悠 阅读:6747 2025-08-30 19:37:38', 'Site 作者:Name
    2021-10-08'): a date standing apart, beside at most three short words or 'key:value' items
    and nothing sentence-like. A headline holds no date set apart by spaces."""
    m = DATE.search(line)
    if m is None or not find_date(m.group(0)):
        return False
    before, after = line[:m.start()], line[m.end():]
    if before[-1:] in ("-", "－", "—") and _DESK.search(before[:-1]):
        before = before[:-1] + " "  # '記者某某/某地報導-2017-06-29 17:44': a desk's byline, dashed
    if (before and not before[-1].isspace()) or (after and not after[0].isspace()):
        return False
    # 'NOWnews/ 2015.05.27', '2024-02-21  某某日报/国内' (the paper and its section)
    words = _items(before + " " + after)
    return 1 <= len(words) <= 3 and all((len(w) <= 12 and (len(w) <= 6 or re.search(r"[:：]", w) or _DESK.match(w)
                                                           or outlet_word(w))) or _HANDLE.fullmatch(w) for w in words)


def source_after(line: str) -> tuple[str, str] | None:
    """A line that names its source after other words ('记者 甲 乙  来源:某某网'): the words
    before the key and the source, else None."""
    m = _SOURCE.search(line)
    if m is None or m.start() == 0 or (value := source_value(next(filter(None, m.groups())))) is None:
        return None
    return line[:m.start()].strip(), value


def names_source(text: str) -> bool:
    """Does *text* hold a source key and its value ('编辑:某某 来源:某某网')? A headline never does."""
    return _SOURCE.search(text) is not None


def source_value(value: str) -> str | None:
    """A source name out of what follows 来源: cut at a key glued to it, never a label, a date
    or a content system's code ('来源: sp20241119')."""
    value = _SOURCE_END.split(value, maxsplit=1)[0].strip("]】)）")  # '[来源：某某网]
    value = re.sub(r"[(（][^()（）]*([)）]|$)", "", value).strip(" ,，、")  # '某某周刊(ID:xxx),作者…
    value = re.split(r"\d{4}[-/.年]", value, maxsplit=1)[0].strip(" /|｜丨·-—–")  # '新华网2024-03-06', '某某日報--2017-
    value = credited_name(value)  # '综合自某某社', '微信公众号“某某发布”'
    if (not value or re.search(r"[:：]", value) or normalize(value) in _LABELS
            or (re.match(r"\d", value) and not re.search(r"[\u4e00-\u9fff]", value))  # '24直播网' is a name
            or re.fullmatch(r"[A-Za-z_]{0,6}\d{6,}\w*", value)):
        return None
    return value


def page_header(text: str) -> str | None:
    """An e-paper page header ('第A09版：要闻 2024年5月10日'): its date (or '' when it has none)."""
    if (len(text) > 60 or not _PAGE.search(text) or _SENTENCE.search(text) or "，" in text or _SOURCE.search(text)
            or _PAPER_ISSUE.match(text.strip())):  # '《 某某晚报 》( 2025年12月18日 第 02 版 )' names its paper
        return None  # '… 来源:《某某日报》2017年9月7日第4版': a story's metadata, naming the page it ran on
    return find_date(text) or ""


def ends_page(text: str) -> bool:
    """Is *text* the property block Founder's e-paper system leaves after a story? Its page
    ends there: the page's date is no date of what follows."""
    return _FOUNDER.search(text) is not None


def page_number(text: str) -> str | None:
    """The page a header names ('第A09版：要闻' -> 'A09'), to tell a new page from the same one."""
    m = re.search(r"第?\s*([A-Za-z]?\d{1,4})\s*版|^([A-Z]\d{2})\s*[:：]", text)
    return (m.group(1) or m.group(2)).lstrip("0") if m else None
