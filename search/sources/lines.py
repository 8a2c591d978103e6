"""The line rules as data: metadata, titles, leads, captions (page chrome: search.sources.dropped).

Each rule says what a line *is* in the usual layouts of Chinese news pages (portals,
e-papers, magazines, government notices, wire copy, WeChat-style posts); text.py decides
where articles begin and end from the sequence of these kinds."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from search.sources.chrome import BOILERPLATE, SECTION_NUMERALS
from search.sources.credits import byline_of, caption_credit
from search.sources.dates import date_line
from search.sources.meta import _SENTENCE, meta_of, names_source, page_header
from search.sources.normal import normalise, unbroken
from search.sources.sites import site_stripped
from search.sources.wraps import wrapped
from search.text.leads import DAY
from search.text.sentences import CLAUSE_ENDS, CLOSERS, EXCLAMATIONS, SENTENCE_ENDS

ELLIPSES = "…⋯"  # a list cuts its excerpts with one (Taiwan and Hong Kong pages write ⋯)
# An excerpt a list cut short: an ellipsis ('…', '⋯', '...', '。。。'), maybe with the link to the
# rest after it ('...更多', '…詳全文', '…阅读全文'): a story's own paragraph seldom ends so.
EXCERPT_CUT = re.compile(r"(?:[…⋯]|\.{3}|。{3})\s*(?:更多|詳全文|详全文|全文|詳情|详情|閱讀全文|阅读全文)?\s*[>»]*\s*$")
TERMINAL = SENTENCE_ENDS + CLAUSE_ENDS + CLOSERS + ELLIPSES + "】"  # a line ending on these is finished

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Both scripts: 电/電, 讯/訊, 网/網, 台/臺, 报/報 (Taiwan, Hong Kong and mirror sites write 中新社…電).
_LEAD = re.compile(r"^(本[报報][讯訊]|本[报報][^\s，,。]{0,8}[讯訊]|"
                   # broadcasters' portals write 消息 for 电: '央广网北京3月19日消息', '央视网消息（新闻联播）'
                   rf"[^\s，,。]{{1,8}}(社|网|網|台|臺|报|報)[^\s，,。]{{0,10}}{DAY}(电|電|讯|訊|消息)|"
                   r"[^\s，,。]{1,8}(网|網|台|臺)消息(?:\s*[（(:：,，“\"]|\s)|"
                   # a wire naming its reporter before the place: '（中央社記者王明台北24日電）'
                   r"[（(]?[^\s，,。]{1,6}社(記者|记者)[^\s，,。]{2,16}\d{1,2}日(電|电)|"
                   r"[^\s，,。]{1,8}(社|网|網|台|臺|报|報)[^\s，,。]{0,8}(电|電|讯|訊)\s*[（(/]|"
                   r"[^\s，,。]{0,12}(网|網|融媒体|融媒)(讯|訊)|[^\s，,。]{0,10}(报|報)(讯|訊)(?=\s)|"
                   # a photo story's reporters in brackets, then its time: '圖片新聞(記者 甲 乙)9月20日…'
                   # ('【连网】 (某某日报全媒体记者 甲 通讯员 乙) 12月12日晚…': the paper before its reporter)
                   r"(【[^】\s]{1,10}】\s*)?[^\s，,。（(]{0,6}[（(][^()（）]{0,16}(記者|记者)[^()（）]{2,30}[)）]\s*"
                   r"(\d{1,2}月\d{1,2}日|近日|日前|昨[天日]|今[天日])|据[^\s，,。]{2,12}(报道|消息)[,，]|"
                   # e-paper archives open each story with its page and column: 第1版(要闻)专栏:
                   r"第\s*\d{1,2}\s*版\s*[(（][^)）\s]{1,8}[)）]\s*(专栏|專欄)\s*[:：]|"
                   # Taiwan papers open the text with the byline in brackets: 〔記者王明／台北報導〕,
                   # the outlet before it in an agency's: '(某某通訊社記者王明/臺中報導)'
                   r"[〔\[【(（]\s*([^〕\]】)）\s/／]{2,10}[/／]?)?(記者|记者)[^〕\]】)）]{1,24}(報導|报道)\s*[〕\]】)）]|"
                   # Malaysian papers open with the place and day in brackets: '(槟城20日讯)', '(本报美里16日讯)';
                   # a reporter and the place filed from, set apart: '某某某\臺中報導 臺中市政府…'
                   r"(記者|记者)?[\u4e00-\u9fff]{2,4}\s*[\\/／∕]\s*[\u4e00-\u9fff]{2,4}(報導|报道)\s|"
                   r"[（(][^\s，,。()（）]{1,10}\d{1,2}日(讯|訊|电|電)[)）]|"
                   # an outlet's credit in brackets opening the text: '(某某電台消息)', '【某某綜合報道】'
                   r"[【(（][^】)）\s:：，,。]{2,10}(社|网|網|报|報|台|臺|綜合|综合)(消息|报道|報道|報導|报导|讯|訊)[】)）]|"
                   # Hong Kong and Macau papers open with the desk in brackets: 【本報消息】, 【明報專訊】
                   r"[【〔][^】〕\s]{1,10}(讯|訊|專訊|专讯|消息)[】〕])")  # '〔本報消息〕' in a Vietnamese paper
_DAY_IN = re.compile(DAY)
# '新華社北京7月15日電 題:穩中有進堅定前行': the wire names the headline after a 題 label.
_TAGGED_HEADLINE_MAX = 30  # characters after a bracketed desk tag: more, or a sentence, is a lead
_TITLE_LABEL = re.compile(r"^(.{0,24}?(电|電))?\s*(题|題|标题|標題)\s*[:：]\s*(\S.{3,60})$")
_OPENING = re.compile(r"^(\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日|截至\d{1,2}月\d{1,2}日)[上下]?午?[，,]")
_SUBHEAD = re.compile(rf"^([{SECTION_NUMERALS}]+[、.．]|"
                      r"[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]\s*\S|"
                      r"第[一二三四五六七八九十]+[章节部分])")
# Lines that hold two lines' worth, split before anything else looks at them:
# - ' date 2025-09-23 <headline>': portals' text exports put the date in front of the headline;
# - '您当前的位置 : 网 > 新闻 > 综合  来源: 新华社 2017.10.17': a breadcrumb carrying the metadata.
_DATE_PREFIX = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S.*))?$")
# - '标题 标题 2011年7月2日 17:32 正文…': a page flattened to one line, its headline said twice.
_TWICE_DATED = re.compile(r"^(\S.{3,38}?)\s+\1\s+(\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?)\s+(\S.*)$")
# - 'Headline(某某社記者甲乙高雄9日電)Text…': a headline glued to the wire's bracketed dateline.
_GLUED_LEAD = re.compile(r"^(\S[^（()）]{5,40}?)\s*([（(][^()（）\s]{1,8}(社|網|网|台|臺|報|报)(記者|记者)?"
                         r"[^()（）]{0,16}\d{1,2}日(電|电)[)）]\s*\S.*|"
                         # ... or to a Taiwan paper's bracketed byline: 'Headline 【記者王明/台北報導】Text…'
                         r"[〔【]\s*(記者|记者)[^〕】]{1,24}(報導|报道)\s*[〕】]\s*\S.*)$")
# - 'Headline 栏目 發布時間: 2023/05/05 分享: 【本報訊】Text…': a page flattened onto one line.
_FLAT_PAGE = re.compile(r"^(\S[^。，,！？!?]{5,40}?)\s+(?:\S{1,4}\s+)?((?:发布时间|發布時間|發佈時間|发布日期|發布日期)"
                        r"\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(.*)$")
# - '连夜除雪保畅通 44,541 2024年01月17日': a listed headline, its view count and its date.
_COUNTED = re.compile(r"^(\S.{3,38}?)\s+\d{1,3}(?:,\d{3})+\s+(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})$")
# - '<caption>。（某某社 某某攝） 某某社台北1月16日電…': a photo's caption and credit, then the text.
_GLUED_CAPTION = re.compile(r"^(\S.{3,118}?[（(][^()（）]{1,16}(攝|摄|提供)[)）])\s+(\S.{20,})$")
# - 'Headline 来源:某某局 2013-06-19 09:10 字体:【小 大】 Text…': the source before the date.
_FLAT_SOURCED = re.compile(r"^(\S[^。，,！？!?]{5,40}?)\s+((?:来源|來源)\s*[:：]\s*\S{2,20}\s+\d{4}-\d{1,2}-\d{1,2}"
                           r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:(?:字体|字體|字号|字號)\s*[:：]\s*【[^】]{0,8}】)?\s*(.*)$")
# - '2017年04月30日 21:44某某报记者 甲 昨日…': the date and clock a flattened page sets before its text.
_CLOCKED_TEXT = re.compile(r"^((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?)"
                           r"\s*(\S.{40,})$")
# - '…試圖化解場面。 2026/03/10 11:25 政治 國會攻防': a listed story's text, then its date and tags.
_TIMED_TAIL = re.compile(r"^(\S.{40,}[。！？」”])\s+((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}"
                         r"(?:\s+[^\s。]{1,6}){0,3})$")
_CRUMB_META = re.compile(r"\s(?=(来源|來源|发布时间|發布時間|发布日期|發布日期|时间|時間)\s*[:：])")
_INNER_CRY = re.compile(r"(?<=\S)[！？!?]\s?(?=\S)")
# A column's or a blog's name before a slash, then the headline ('後山小調∕Headline', '某某爆報/
# Headline', '亟待發展/Headline'), as papers in Taiwan and Hong Kong set it: a label, not the
# headline's words. Han only: no date, no reporter ('記者某某/台北報導' has no six after it).
COLUMN_SLASH = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[/∕／]\s*(?=[^/∕／\s][^/∕／]{5})")


@dataclass(frozen=True)
class Line:
    """A non-blank line, how many blank lines came before it, and whether page chrome
    (a footer, editor line, related-reading list, navigation) was cut just before it."""

    text: str
    gap: int
    brk: bool = False
    opens: bool = False  # a page export's date prefix (' date 2025-09-23 …'): a page starts here
    indent: bool = False  # the raw line opened with white space: a page's template indents its paragraphs
    part: bool = False  # split off the raw line above it (split_line): no line of its own on the page


def read_lines(text: str) -> list[Line]:
    """Non-blank, stripped lines with their preceding blank-line counts."""
    out: list[Line] = []
    gap = 0
    for raw in unbroken(text).split("\n"):
        line = normalise(raw).replace("\u3000", " ").replace("\xa0", " ")
        indent, line = line[:1].isspace(), line.strip()
        if not line:
            # a line that held only an image, tags or mojibake is no blank line: in a dense
            # page a blank line marks where the next page starts (search.sources.breaks)
            gap += not raw.strip()
            continue
        if out and gap == 0 and (joined := wrapped(out[-1].text, line)) is not None:
            out[-1] = Line(joined, out[-1].gap, out[-1].brk, out[-1].opens)
            continue
        opens = _DATE_PREFIX.match(line) is not None
        for i, part in enumerate(split_line(line)):
            out.append(Line(part, gap if i == 0 else 0, opens=opens and i == 0, indent=indent and i == 0,
                            part=i > 0))
        gap = 0
    return out


def split_line(text: str) -> list[str]:
    """A line holding a date and a headline, or a breadcrumb and metadata, as two lines."""
    if (m := _DATE_PREFIX.match(text)) is not None:
        return [m.group(1)] + (split_line(m.group(2)) if m.group(2) else [])
    if ("攝" in text or "摄" in text or "提供" in text) and (m := _GLUED_CAPTION.match(text)) is not None:
        return [m.group(1), m.group(3)]
    if (m := _TWICE_DATED.match(text)) is not None:
        return [m.group(1), m.group(2), m.group(3)]
    if (m := _GLUED_LEAD.match(text)) is not None and is_title(m.group(1)):
        return [m.group(1), *split_line(m.group(2))]
    # (a headline flattened onto its metadata, never metadata keyed before its date: '编辑:某某
    # 来源:某某网 发布时间:…', a county portal's line, is read whole)
    if (m := _FLAT_PAGE.match(text)) is not None and is_title(m.group(1)) and not names_source(m.group(1)):
        return [m.group(1), m.group(2)] + ([m.group(3)] if m.group(3) else [])
    if (m := _FLAT_SOURCED.match(text)) is not None and is_title(m.group(1)) and not names_source(m.group(1)):
        return [m.group(1), m.group(2)] + ([m.group(3)] if m.group(3) else [])
    if (m := _CLOCKED_TEXT.match(text) or _TIMED_TAIL.match(text)) is not None and _SENTENCE.search(text):
        return [m.group(1), m.group(2)]
    if (m := _COUNTED.match(text)) is not None and is_title(m.group(1)):
        return [m.group(1), m.group(2)]
    if (m := _TITLE_LABEL.match(text)) is not None:
        return [m.group(4)] + ([m.group(1)] if m.group(1) else [])
    if BOILERPLATE.match(text) and (m := _CRUMB_META.search(text)) is not None:
        rest = text[m.end():]
        if meta_of(rest) is not None:
            return [text[:m.start()], rest]
    return [text]


_TOPIC_TAG = re.compile(r"^#[^#\s][^#]{0,30}#")  # '#防事故 保平安#…': a microblog's topic, not a heading


def is_heading(text: str) -> bool:
    """A Markdown heading line."""
    return text.startswith("#") and _TOPIC_TAG.match(text) is None


def heading(text: str) -> tuple[int, str]:
    """Markdown heading level and text."""
    level = len(text) - len(text.lstrip("#"))
    return level, text[level:].strip().strip("#").strip()


def is_lead(text: str) -> bool:
    """The opening of a news report (本报讯, 新华社…电, 中新网…电). A bracketed desk tag before
    a short line with no sentence in it is a headline's tag ('【校庆专讯】某某广泛关注校庆')."""
    m = _LEAD.match(text)
    # a short line is a lead when it ends as a dateline does ('新华社北京3月5日电'), or on 讯 with
    # the day ('本报杭州9月25日讯' on a line of its own, the byline and text under it)
    if m is None or not (len(text) > 12 or text[-1] in "电電息" or (text[-1] in "讯訊" and _DAY_IN.search(text))):
        return False
    rest = text[m.end():].strip()
    return not (text[:1] == "【" and 0 < len(rest) <= _TAGGED_HEADLINE_MAX and is_titlelike(rest))


def is_titlelike(text: str) -> bool:
    """Short, no sentence-ending punctuation (one final ！ or ？ allowed, as in many
    headlines): a title, kicker or subheading; a page title's site tail ('… | 中國報') aside."""
    text = site_stripped(text)
    head = text[:-1] if len(text) > 8 and text[-1] in EXCLAMATIONS else text
    # '百人試吃變毒氣室!南京東路…': Taiwan headlines put one cry inside; a list or a label line does not
    headline = COLUMN_SLASH.sub("", head, count=1)  # a column's slash sets no list's items apart
    if (len(headline) <= 40 and not re.search(r"[，,|｜／]|(?<!\d)/|/(?!\d)", headline)
            and len(re.findall(r"[:：]", headline)) <= 1):
        # one cry inside, and a speaker's colon after it: '…致人死亡事件?交警回应:正调查…'
        head = _INNER_CRY.sub("", headline, count=1)
    return (len(text) <= 60 and not _SENTENCE.search(head)
            and text[-1] not in ":：，,、" and date_line(text) is None)


def is_title(text: str) -> bool:
    """Titlelike and shaped like a headline rather than a clause: may open an article
    without any metadata under it."""
    return (is_titlelike(text) and len(text) <= 40 and text.count("，") + text.count(",") <= 1
            and text[-1] not in EXCLAMATIONS and not _SUBHEAD.match(text)
            and not text.startswith(("——", "—", "-", "图为", "（", "(")))


def opens_report(text: str) -> bool:
    """A paragraph that opens a news report: a lead, or a time lead ('5月7日，', '近日，')."""
    return is_lead(text) or bool(_OPENING.match(text))


def is_subhead(text: str) -> bool:
    """A numbered section heading (一、 / （二） / 3.)."""
    return bool(_SUBHEAD.match(text))


def _dates_or_credits(meta: dict[str, str] | None) -> bool:
    return meta is not None and ("date" in meta or "source" in meta)


def line_kind(t: str) -> tuple[str, Any]:
    """What a line is (head, page, caption, lead, date, meta, byline, title, body) and what it carries."""
    if is_heading(t):
        return "head", heading(t)
    if (page := page_header(t)) is not None:
        return "page", page
    lead = is_lead(t)  # a lead's paragraph may credit the story's photo at its end ('記者甲/某地報導 …(某某提供)')
    if (credit := caption_credit(t)) is not None and not lead and not _dates_or_credits(meta_of(t)):
        return "caption", credit  # (a metadata line may credit its photographer last: '… 來源: 某某網 … 甲 攝')
    if lead:
        return "lead", None
    if (date := date_line(t)) is not None:
        return "date", date
    if (meta := meta_of(t)) is not None:
        return "meta", meta
    if (byline := byline_of(t)) is not None:
        return "byline", byline
    if is_titlelike(t):
        return "title", None
    return "body", None
