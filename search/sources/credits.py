"""Credits on news pages: who wrote a report (bylines, 作者 lines, the reporters in a lead),
the outlet its lead or desk byline names, and the photographer a caption credits."""
from __future__ import annotations

import re

from search.sources.chrome import closed_up
from search.sources.meta import _SENTENCE

_LEAD_BYLINE = re.compile(r"^\S{0,30}?(讯|电)\s*[（(]\s*(.{2,40}?)\s*(报道)?[）)]|^本报讯\s*(.{2,40}?)\s*报道\s*[:：]")
# Reporters' names in a credit line: two or three characters each ('□' for one a mirror lost),
# joined by '、', perhaps ending on the paper ('/聯合報').
_NAME = r"[\u4e00-\u9fff□]{2,3}"
_NAMES = rf"{_NAME}(、{_NAME})*(\s*[/／]\s*\S{{2,6}}(报|報|社|网|網|台|臺))?"
_BYLINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员|特约记者|见习记者|本報記者|記者|特派記者|"
                     r"特約記者|\S{0,10}融媒(体)?(通讯员|记者)|\S{0,10}(全媒体|全媒體|融媒體)(记者|記者|通讯员|通訊員)|"
                     r"\S{0,10}(日报|晚报|报社|报|報|电视台|新闻网|新闻|新聞|客户端|客戶端)(记者|通讯员|記者))\s*\S|"
                     r"^\S{2,6}(社|報|报)(記者|记者)$|"  # 新華社記者: the wire's credit on a line of its own
                     # the wire or a place, then its reporters' names: '新华社记者 甲乙、丙丁',
                     # '華盛頓記者甲乙、丙丁/聯合報'; a headline that names reporters says more
                     rf"^\S{{0,4}}(社|報|报|台|臺)(記者|记者)\s*{_NAMES}$|^\S{{0,4}}(記者|记者)\s*{_NAMES}、{_NAMES}$|"
                     r"^[☉◎]\s*[\u4e00-\u9fff]{2,4}$|"  # '☉張國財': an opinion page's writer
                     # a centre's reporters as a team: '县融媒体中心记者组'
                     r"^\S{0,10}(中心|报社|報社)(记者|記者|通讯员|通訊員)(组|組)?(\s|$)|"
                     # '王五 某某晚报 某某网 某某客户端记者 赵六': names and outlets, no sentence
                     r"^[\u4e00-\u9fff ]{2,40}(客户端|客戶端|晚报|日报|晚報|日報)(全媒体|全媒體|融媒体)?(记者|記者)"
                     r"(\s+[\u4e00-\u9fff]{2,4}){1,6}$")
# Taiwan and Hong Kong bylines name the reporter and the desk in any order:
# '聯合報／ 記者胡瑞玲／台北即時報導', '記者羅印冲/綜合報導/聯合報'.
_DESK_BYLINE = re.compile(r"(記者|记者).{1,20}(報導|报道)|(報導|报道).{0,6}(記者|记者)")
_AUTHOR = re.compile(r"^(文|作者|撰文|文/图|图/文|文图)\s*[:：/]\s*(.+)$")
# '…現場無打鬥痕跡。(資料照)', '(圖/翻攝臉書)', '(網圖)', '(運動部提供)':
# Taiwan and Hong Kong papers tag a caption, not a credit.
_PHOTO_TAG = re.compile(r"[（(]((資料照|资料照)片?|(圖|图)\s*[/／][^)）]{1,16}|(翻攝|翻摄|取自)[^)）]{0,16}|網圖|网图|"
                        r"[^()（）\s]{1,12}提供)[)）]$")
_GIVEN = re.compile(r"(?<=[。.！!\s])\s*([^\s。，,]{1,8}(供图|供圖))\s*$")  # '…监控截图 。 警方供图'
_CAPTION_END = re.compile(r"[/（(]?\s*[摄攝]\s*[)）]?\s*$")
_BRACKET_CREDIT = re.compile(r"[（(]\s*([^()（）\s]{2,8})\s*[摄攝]\s*[)）]\s*$")  # the photographer in brackets
_BULLET = re.compile(r"^[■□●◆▲★]\s*")  # '■ 融媒体记者 蒋 栋': a paper's mark before the byline


_OWN_BYLINE = re.compile(r"^(本报|本報)(记者|記者|通讯员|通訊員|特约记者|特約記者)")


def desk_byline(text: str) -> bool:
    """A desk byline ('記者王明/綜合報導') or a paper's own ('本报通讯员 某某'): it heads a story,
    never trails one."""
    return byline_of(text) is not None and (_DESK_BYLINE.search(text) is not None
                                            or _OWN_BYLINE.match(text) is not None)


def byline_of(text: str) -> str | None:
    """The byline a line states, if the line is one."""
    text = closed_up(_BULLET.sub("", text))  # '■通 讯 员 某某': e-papers justify the credit's word
    m = _AUTHOR.match(text)
    if m and len(text) <= 60:
        return m.group(2).strip()
    if len(text) <= 40 and not _SENTENCE.search(text) and (_BYLINE.match(text) or _DESK_BYLINE.search(text)):
        return re.sub(r"\s+", " ", text)
    return None


# The outlet a report names where no metadata does: its lead ('新华社北京10月17日电',
# '据新华社巴黎8月10日电'), a bracketed desk opening ('【Now新聞台】'), a Taiwan desk byline
# ('聯合報／ 記者胡瑞玲／台北即時報導').
# '(澳門電台消息)' opens a broadcaster's report; '記者羅印冲/綜合報導/聯合報' ends with the paper.
_DAY = r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"  # '2月15日', '二月十五日'
_LEAD_OUTLET = re.compile(rf"^据?([^\s，,。据]{{1,8}}?(社|网|網))(?:[^\s，,。]{{0,10}}{_DAY}(电|電|讯|訊|消息)|"
                          r"消息(?:\s*[（(:：,，“\"]|\s))|"
                          r"^【(?!本)([^】\s]{1,10}?(台|臺|社|网|網|报|報))"  # not 【本報訊】: this paper
                          r"(?:讯|訊|專訊|专讯|快訊|快讯)?】|"
                          r"^[（(]?([^\s，,。（(]{1,6}社)(?:記者|记者)[^\s，,。]{2,16}?[\d一二三四五六七八九十廿卅]{1,3}日(?:電|电)|"
                          r"^[(（]([^)）\s]{2,10}(台|臺|社|网|網|报|報))(消息|報道|报道)?[)）]|"  # '(长江日报)昨晚8时…'
                          # an outlet's own lead: '汨罗融媒体讯(记者…)', '某某晚报讯', '某某新闻网讯'
                          # ('本报讯' names this paper, not an outlet)
                          # (several outlets of one group may share it: '某某晚报 某某网 某某新闻讯')
                          r"^(?!本)((?:[^\s，,。（(]{2,10}(?:报|報|网|網|台|臺)\s+){0,2}"
                          r"[^\s，,。（(]{2,10}(融媒体|融媒|新闻中心|新聞中心|新闻|新聞|报|報|网|網|台|臺|社))"
                          r"(?:\s+[^\s，,。（(]{2,8}(?:客户端|客戶端))?(?:\s*" + _DAY + r")?(快讯|快訊|讯|訊)|"
                          # '(某某通讯社记者某某/台中报导)' opening the lead
                          r"^[（(]([^\s，,。（(]{2,10}(社|网|網|报|報|台|臺))(?:記者|记者)[^)）]{2,20}(報導|报道|报导|報道)[)）]")
_DESK_OUTLET = re.compile(r"^([^\s／/]{2,8}(报|報|社|台|臺|网|網))\s*[／/]|"
                          r"(報導|报道)\s*[／/]?\s*([^\s／/]{2,8}(报|報|社|台|臺|网|網))$|"
                          # '四川某某日报全媒体记者 李四': the paper before its reporter
                          r"^[■□●◆]?\s*([^\s／/■]{2,10}(日报|日報|晚报|晚報|报社|報社|新闻|新聞|报|報))(全媒体|全媒體|融媒体|首席)?"
                          r"(记者|記者)")
# '(吉隆坡13日讯)据《8视界新闻网》报道', '《联合早报》报导,…': a lead that says, in its first
# words, whose report it retells.
_REPORTED_BY = re.compile(r"(?:^|据|據|根据|根據)《([^》]{2,12})》(?:报道|報道|報導|报导)")
_REPORTED_REACH = 40
# '【某某網7月2日報導】(中央社記者…電)': a mirror's dated tag before the credit of the report it runs.
_MIRROR_TAG = re.compile(r"^【[^】\s]{1,10}?" + _DAY + r"(報導|报导|报道|報道|電|电)】\s*")
_OPENING_LINES = 4  # photo captions may stand above the lead that names the outlet


def named_outlet(opening: list[str], byline: str | None) -> str | None:
    """The outlet a report's lead (among its first lines) or its byline names, else None."""
    for line in opening[:_OPENING_LINES]:
        inner = _MIRROR_TAG.sub("", line, count=1)  # the report a mirror runs comes first
        for lead in (inner, line) if inner != line else (line,):
            if (m := _LEAD_OUTLET.match(lead)) is not None:
                return m.group(1) or m.group(4) or m.group(6) or m.group(7) or m.group(10) or m.group(13)
        if (m := _REPORTED_BY.search(line[:_REPORTED_REACH])) is not None:
            return m.group(1)
    m = _DESK_OUTLET.search(byline or "")
    return (m.group(1) or m.group(4) or m.group(6)) if m else None


# '…年产值约1.8亿元。 新华社发', '新华社发（张三 摄）': an agency's credit closing a photo story.
_SENT_BY = re.compile(r"(?:^|[。！？!?\s])([\u4e00-\u9fff]{1,6}社)发\s*([（(][^()（）]{1,16}[)）])?\s*$")


def closing_credit(last: str) -> str | None:
    """The agency credited at the end of a story's last line ('新华社发'), else None."""
    m = _SENT_BY.search(last)
    return m.group(1) if m else None


def lead_byline(text: str) -> str | None:
    """'记者刘辉、通讯员刘芳红' out of '本报讯 记者刘辉、通讯员刘芳红报道:...'."""
    m = _LEAD_BYLINE.match(text)
    if not m:
        return None
    return (m.group(2) or m.group(4) or "").strip() or None


def caption_credit(text: str) -> tuple[str, str] | None:
    """Split a caption line ending in 摄 (or a photo tag) into (caption text, photographer)."""
    if (tag := _PHOTO_TAG.search(text)) is not None and len(text) <= 200:
        return text[:tag.start()].strip(), tag.group(1)
    if (given := _GIVEN.search(text)) is not None and len(text) <= 200:
        return text[:given.start()].strip(), given.group(1)
    if len(text) > 200 or not re.search("[摄攝]", text[-4:]) or not _CAPTION_END.search(text):
        return None
    if (m := _BRACKET_CREDIT.search(text)) is not None and len(m.group(0)) < len(text):
        return text[:m.start()].strip(), m.group(1)  # '启动仪式现场(李四 摄)'
    body = _CAPTION_END.sub("", text).strip()
    cut = max(body.rfind("。"), body.rfind("！"))
    if cut >= 0:
        return body[:cut + 1].strip(), body[cut + 1:].strip(" （(")
    parts = body.rsplit(None, 1)
    if len(parts) == 2 and len(parts[0]) >= 6 and not byline_of(parts[0]):
        return parts[0].strip(), parts[1]
    return "", body
