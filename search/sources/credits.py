"""Credits on news pages: who wrote a report (bylines, 作者 lines, the reporters in a lead) and
the photographer a caption credits. The outlet a report names lives in search.sources.outlets."""
from __future__ import annotations

import re

from search.sources.line_forms import closed_up
from search.sources.meta import _SENTENCE

_LEAD_BYLINE = re.compile(r"^\S{0,30}?(讯|电)\s*[（(]\s*(.{2,40}?)\s*(报道)?[）)]|^本报讯\s*(.{2,40}?)\s*报道\s*[:：]")
# Reporters' names in a credit line: two or three characters each ('□' for one a mirror lost),
# joined by '、', perhaps ending on the paper ('/聯合報').
_NAME = r"[\u4e00-\u9fff□]{2,3}"
_NAMES = rf"{_NAME}(、{_NAME})*(\s*[/／]\s*\S{{2,6}}(报|報|社|网|網|台|臺))?"
_BYLINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员|特约记者|见习记者|本報記者|記者|特派記者|"
                     r"特約記者|\S{0,10}融媒(体)?(通讯员|记者)|\S{0,10}(全媒体|全媒體|融媒體|全媒)(记者|記者|通讯员|通訊員)|"
                     # '某某晚报·某某壹点通讯员 甲': a paper and its group's app, joined by a dot
                     r"\S{0,10}(日报|晚报|报社|报|報|电视台|新闻网|新闻|新聞|客户端|客戶端|在线|在線|网|網)([·•]\S{2,6})?"
                     r"(记者|通讯员|記者|通訊員))\s*\S|"
                     r"^\S{2,6}(社|報|报)(記者|记者)$|"  # 新華社記者: the wire's credit on a line of its own
                     # the wire or a place, then its reporters' names: '新华社记者 甲乙、丙丁',
                     # '華盛頓記者甲乙、丙丁/聯合報'; a headline that names reporters says more
                     rf"^\S{{0,4}}(社|報|报|台|臺)(記者|记者)\s*{_NAMES}$|^\S{{0,4}}(記者|记者)\s*{_NAMES}、{_NAMES}$|"
                     r"^[☉◎]\s*[\u4e00-\u9fff]{2,4}$|"  # '☉張國財': an opinion page's writer
                     # '某某某报道《某某日报 东海岸版》': the reporter, then the paper and its column
                     r"^[\u4e00-\u9fff]{2,4}\s*(报道|报导|報導)\s*《|"
                     # the wire, then where its reporter filed from: '中新社   巴黎记者:龙剑武'
                     rf"^\S{{1,8}}(社|報|报|网|網|台|臺)\s+\S{{1,6}}(記者|记者)\s*[:：]?\s*{_NAMES}$|"
                     # a centre's reporters as a team: '县融媒体中心记者组'
                     r"^\S{0,10}(中心|报社|報社)(记者|記者|通讯员|通訊員)(组|組)?(\s|$)|"
                     # '王五 某某晚报 某某网 某某客户端记者 赵六': names and outlets, no sentence
                     r"^[\u4e00-\u9fff ]{2,40}(客户端|客戶端|晚报|日报|晚報|日報)(全媒体|全媒體|融媒体)?(记者|記者)"
                     r"(\s+[\u4e00-\u9fff]{2,4}){1,6}$")
# Taiwan and Hong Kong bylines name the reporter and the desk in any order:
# '聯合報／ 記者胡瑞玲／台北即時報導', '記者羅印冲/綜合報導/聯合報'.
_DESK_BYLINE = re.compile(r"(記者|记者).{1,20}(報導|报道)|(報導|报道).{0,6}(記者|记者)|"
                          # a desk and its reporter, or the place it filed from on the day:
                          # '生活中心/某某報導', '香港新聞組／香港8日電'
                          r"^\S{2,8}(中心|組|组)\s*[/／]\s*\S{2,8}(報導|报道|\d{1,2}日(電|电))$")
# '【 10/11 19:06 發稿 | 10/12 0:10 更新】': when the story was filed and updated, after its byline
_FILED = re.compile(r"\s*【[^【】]*(發稿|发稿|更新)[^【】]*】\s*$")
_AUTHOR = re.compile(r"^[(（]?\s*(文|作者|撰文|撰稿|文稿|文/图|图/文|文图)\s*[:：/]\s*(.+?)[)）]?$")
_NEXT_KEY = re.compile(r"\s+\S{1,4}\s*[:：]")  # '(文稿:某某 图片:某某学校)': the credit's next item
# '…現場無打鬥痕跡。(資料照)', '(圖/翻攝臉書)', '(網圖)', '(運動部提供)':
# Taiwan and Hong Kong papers tag a caption, not a credit.
_PHOTO_TAG = re.compile(r"[（(]((資料照|资料照)片?|(圖|图)\s*[/／][^)）]{1,16}|(翻攝|翻摄|取自)[^)）]{0,16}|網圖|网图|"
                        r"(摄影|攝影)\s*[:：/／]\s*[^)）]{1,16}|"  # '示威者(摄影:CKW)'

                        r"[^()（）\s]{1,12}提供)[)）]$")
_PHOTO_KEY = re.compile(r"^(摄影|攝影)\s*[:：/／]\s*")  # the key before a bracketed photographer's name
_GIVEN = re.compile(r"(?<=[。.！!\s])\s*([^\s。，,]{1,8}(供图|供圖))\s*$")  # '…监控截图 。 警方供图'
# '(圖二)…', '【图3】…': a photo's number before its caption, as a school or club's post sets them
_NUMBERED = re.compile(r"^[(（【\[](圖|图)\s*[一二三四五六七八九十\d]{1,3}[)）】\]]\s*\S")
_NUMBERED_MAX = 60  # characters: a caption; a longer line is the text that says what a photo shows
_CAPTION_END = re.compile(r"[/（(]?\s*[摄攝]\s*[)）]?\s*$")
# '…晾晒归仓。某某摄(某某视觉)': a paper's photo desk or agency named after the photographer
_DESK_AFTER = re.compile(r"(?<=[摄攝])\s*[(（][^()（）\s]{2,10}[)）]\s*$")
_BRACKET_CREDIT = re.compile(r"[（(]\s*([^()（）\s]{2,8})\s*[摄攝]\s*[)）]\s*$")  # the photographer in brackets
_BULLET = re.compile(r"^[■□●◆▲★]\s*")  # '■ 融媒体记者 蒋 栋': a paper's mark before the byline


# '本报记者 某某', or a paper's reporter with its group's app ('某某晚报·某某壹点通讯员 某某')
_OWN_BYLINE = re.compile(r"^(本报|本報|\S{2,10}(日报|晚报|日報|晚報)[·•]\S{2,6})"
                         r"(记者|記者|通讯员|通訊員|特约记者|特約記者)")


def desk_byline(text: str) -> bool:
    """A desk byline ('記者王明/綜合報導') or a paper's own ('本报通讯员 某某'): it heads a story,
    never trails one."""
    return byline_of(text) is not None and (_DESK_BYLINE.search(text) is not None
                                            or _OWN_BYLINE.match(text) is not None)


# '记者探访…', '记者调查:…', '记者手记': a feature's headline opens on the reporter and what
# they did; a byline names them ('记者 某某').
_REPORTER_DID = re.compile(r"^(记者|記者)(探访|探訪|调查|調查|走访|走訪|手记|手記|观察|觀察|实探|實探|直击|直擊|"
                           r"体验|體驗|蹲点|蹲點)")


def byline_of(text: str) -> str | None:
    """The byline a line states, if the line is one."""
    text = _FILED.sub("", closed_up(_BULLET.sub("", text)))  # '■通 讯 员 某某': e-papers justify
    # the credit's word
    if _REPORTER_DID.match(text):
        return None
    m = _AUTHOR.match(text)
    if m and len(text) <= 60:
        return _NEXT_KEY.split(m.group(2), maxsplit=1)[0].strip()
    if len(text) <= 40 and not _SENTENCE.search(text) and (_BYLINE.match(text) or _DESK_BYLINE.search(text)):
        return re.sub(r"\s+", " ", text)
    return None


def lead_byline(text: str) -> str | None:
    """'记者刘辉、通讯员刘芳红' out of '本报讯 记者刘辉、通讯员刘芳红报道:...'."""
    m = _LEAD_BYLINE.match(text)
    if not m:
        return None
    return (m.group(2) or m.group(4) or "").strip() or None


def caption_credit(text: str) -> tuple[str, str] | None:
    """Split a caption line ending in 摄 (or a photo tag) into (caption text, photographer);
    a numbered photo's caption ('(圖二)校長在開幕式上致辭') has no photographer."""
    if _NUMBERED.match(text) and len(text) <= _NUMBERED_MAX:
        return text, ""
    text = _DESK_AFTER.sub("", text)
    if (tag := _PHOTO_TAG.search(text)) is not None and len(text) <= 200:
        return text[:tag.start()].strip(), _PHOTO_KEY.sub("", tag.group(1))
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
