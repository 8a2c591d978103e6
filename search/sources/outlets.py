"""The outlet a report names where no metadata line does: in its lead, in a bracketed credit,
in its byline, or in an agency's credit closing it.

Each form below is one pattern with a group named ``name``; the first that matches wins, so
the older, narrower forms go first and the wider ones only name what they left.
"""
from __future__ import annotations

import re

from search.text.leads import DATED_TAG, WIRE_DAY, strip_lead
from search.text.leads import DAY as _DAY

_FULL_DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
# The one character a paper's, wire's, site's or station's name ends on.
_PRESS = r"(?:社|网|網|报|報|台|臺)"
# Words a lead names its report with: 报道, 報導 ...
_REPORT = r"(?:报道|報道|報導|报导)"
# An outlet's name ends on what it is: a paper, a wire, a site, a station, an app, a centre.
_KIND = (r"(?:客户端|客戶端|之声|之聲|融媒体中心|融媒體中心|新闻中心|新聞中心|融媒体|融媒體|融媒|新闻|新聞|在线|在線|"
         rf"网站|網站|{_PRESS})")
# A section's label, no outlet: '【图片新闻】', '【即時新聞】', '【今日頭條新聞】', '2025-10-31 本地新聞'
# (search.sources.credit_lines.outlet_word reads it too).
SECTION_NEWS = (r"^\S{0,4}(视频|視頻|图片|圖片|本地|国际|國際|国内|國內|社会|社會|即时|即時|最新|热点|熱點|"
                r"今日|头条|頭條|要|财经|財經|体育|體育|娱乐|娛樂|地方|港澳|两岸|兩岸)(新闻|新聞)$")
# A lead word that names no outlet ('喜讯', '简讯', '视频快讯', '图片新闻'), or names this
# paper the way 本报讯 does ('晚报讯', '晨报讯', '校报讯').
_NO_OUTLET = re.compile(r"(喜|简|簡|资|資|通|短|快|特|要|视频|視頻|图片|圖片|本地|国际|國際|国内|國內|社会|社會)$|"
                        rf"{SECTION_NEWS}|^(本|据|據|记者|記者)|^(晚|晨|日|校|周|週|院|快)(报|報)$")

# An outlet's name before its staff's credit: up to twelve characters, ending on what it is.
_OUTLET_NAME = rf"[^\s，,。:：／/■·•《》（(【“”]{{1,12}}?{_KIND}"
# Names no outlet: a pronoun or a place's body ('该台', '当地电视台', '多家网站'; not 央广网/央视网),
# a post ending the name ('大陆驻台'; not '中国驻某地总领馆'), a sentence's verb or preposition
# ('感谢某某日报', '另据某某网', '村民对某某网'), a company's grid ('国家电网'), a generic kind with
# at most a county's or city's word ('县电视台', '我县融媒体中心', '这家报社', '杂志社').
_NOT_NAMED = re.compile(r"^(该|該|此|其|当地|當地|多家|各|外国|外國|境外|央媒|这|這|那)|(驻|駐)[\u4e00-\u9fff]{0,3}$|"
                        r"感谢|感謝|谢谢|謝謝|据|據|对|對|称赞|稱讚|接受|告诉|告訴|(电网|電網)$|"
                        r"^(我|本)?(县|縣|市|区|區|省|州|镇|鎮|乡|鄉)?(电视台|電視台|广播电视台|廣播電視台|电台|電台|融媒体中心|"
                        r"融媒體中心|新闻中心|新聞中心|报社|報社|杂志社|雜誌社|通讯社|通訊社|网站|網站)$")


def outlet_named(name: str) -> str | None:
    """*name* if a lead, a closing credit or a staff credit may take it as an outlet's (no lead
    word or section, _NO_OUTLET; no pronoun, post, verb or generic kind, _NOT_NAMED), else None."""
    return None if _NO_OUTLET.search(name) or _NOT_NAMED.search(name) else name


_LEADS = (
    # a government press release issued for a body: '下稿代医院管理局发出:', '下稿代某某署發出：'
    re.compile(r"^(?:下稿|以下稿件)?代(?P<name>[^\s，,。:：]{2,20}?)(?:发出|發出)\s*[:：]"),
    # '新华社北京10月17日电', '据新华社巴黎8月10日电', '央广网北京9月14日消息', '据新华网消息,'
    re.compile(rf"^据?(?P<name>[^\s，,。据（(【]{{1,8}}?(社|网|網|电视台|電視台|电台|電台))(?:\s?[^\s，,。]{{0,10}}{WIRE_DAY}(电|電|讯|訊|消息)|"
               r"消息(?:\s*[（(:：,，“\"]|\s))"),
    # '新华社北京电(记者…)', '某某通訊社莫斯科電 …', '新华社电 …': a wire's dateline with no day
    re.compile(r"^据?(?P<name>[^\s，,。据（(【]{1,8}?社)[\u4e00-\u9fff]{0,6}?(电|電)(?=\s|[（(]|$)"),
    # '【Now新聞台】': a desk's bracketed opening, not 【本報訊】 (this paper); '【某某网白银电】':
    # with the place it filed from; '【某某網報道】'
    re.compile(rf"^【(?!本)(?P<name>[^】\s]{{1,10}}?{_PRESS})(?:讯|訊|專訊|专讯|快訊|快讯|消息|{_REPORT}|"
               r"[^】\s\d]{1,6}(电|電|讯|訊))?】"),
    # '【某某社台北10日電】', '【某某网北京10月9日电】': a wire's dateline in brackets
    re.compile(rf"^【(?!本)(?P<name>[^】\s\d]{{1,10}}?{_PRESS})[^】\s\d]{{0,8}}?{WIRE_DAY}(电|電|讯|訊)】"),
    # '【某某綜合報道】', '（某某晚報綜合報道）': an outlet's round-up of reports, whatever its name
    re.compile(rf"^[【(（](?!本)(?P<name>[^】)）\s\d]{{2,10}}?)(?:综合|綜合){_REPORT}[】)）]"),
    # '(中央社記者甲台中10日電)'
    # '【有線新聞】選委界…': a broadcaster's news desk in brackets, then the text
    re.compile(r"^【(?!本)(?P<name>[^】\s]{2,8}(新聞|新闻))】(?=\S)"),
    # '(某某社記者甲華盛頓專電)': a correspondent abroad files a 專電, undated
    re.compile(r"^[（(【]?(?P<name>[^\s，,。（(【]{1,6}社)(?:記者|记者)[^\s，,。]{2,16}?"
               r"(?:[\d一二三四五六七八九十廿卅]{1,3}日(?:電|电)|專電|专电)"),
    # '(某某時報10月7日曼谷電)': the outlet, the day, the city it filed from
    re.compile(rf"^[(（](?P<name>[^\s，,。（()）\d]{{2,10}}?){_DAY}[\u4e00-\u9fff]{{0,8}}(电|電)[)）]"),
    # '(长江日报)昨晚8时…', '(澳門電台消息)', '(某某网综合)', '(某某網訊)'
    re.compile(rf"^[(（](?P<name>[^)）\s]{{2,10}}{_PRESS})(消息|報道|报道|報導|综合|綜合|讯|訊)?[)）]"),
    # an outlet's own lead: '汨罗融媒体讯(记者…)', '某某晚报讯', '某某新闻网讯'; several outlets
    # of one group may share it: '某某晚报 某某网 某某新闻讯'
    re.compile(r"^(?!本)(?P<name>(?:[^\s，,。（(【]{2,10}(?:报|報|网|網|台|臺)\s+){0,2}"
               r"[^\s，,。（(【]{2,10}(融媒体|融媒|新闻中心|新聞中心|新闻|新聞|报|報|网|網|台|臺|社))"
               rf"(?:\s+[^\s，,。（(]{{2,8}}(?:客户端|客戶端))?(?:\s*{_DAY})?(快讯|快訊|讯|訊)"),
    # '据中国驻某地总领馆消息,…': a public body whose news the story passes on
    re.compile(r"^(?:据|據)(?P<name>[^\s，,。《》“”]{2,14}?(总领馆|總領館|领事馆|領事館|大使馆|大使館|政府|局|署|"
               r"委员会|委員會))(?:消息|通报|通報)[,，]"),
    # '每日新报记者 王月 根据…': the outlet's reporter named before the text, a space after the name
    re.compile(r"^(?!本)(?P<name>[^\s，,。（(【]{2,10}(报|報|网|網|台|臺|社))(?:記者|记者)\s*[\u4e00-\u9fff]{2,4}\s+\S"),
    # '某某日報記者某某報道:…': the outlet's reporter, then the text after a colon
    re.compile(rf"^(?!本)(?P<name>[^\s，,。（(【]{{2,10}}?{_PRESS})(?:記者|记者)\s*[\u4e00-\u9fff]{{2,4}}\s*{_REPORT}\s*[:：]"),
    # '(某某通讯社记者某某/台中报导)' opening the lead
    re.compile(rf"^[（(](?P<name>[^\s，,。（(]{{2,10}}{_PRESS})(?:記者|记者)[^)）]{{2,20}}{_REPORT}[)）]"),
    # Wider forms, for outlets whose name says nothing of what they are ('掌上某某', '今日某某').
    # '据某某客户端消息,', '据某某之声《某节目》报道', '据新华社电', '根据 The Verge 的报道'
    re.compile(rf"^(?:据|據|根据|根據)\s*(?P<name>[^\s，,。《》“”]{{2,14}}?{_KIND}|"
               rf"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,3}})\s*(?:《[^》]{{1,12}}》)?\s*的?(?:消息|{_REPORT}|电|電)"),
    # '据“某某发布”微信公众号消息,': an account in quotes, named with what it is
    re.compile(r"^(?:据|據|根据|根據)\s*[“\"「](?P<name>[^”\"」\s]{2,14})[”\"」]\s*(?:微信公众号|微信公眾號|公众号|公眾號|微信|"
               r"微博|官方微博|官微|客户端|客戶端|抖音号|抖音號)?\s*(?:消息|发布|發布|报道|報道|報導)"),
    # '【某某2015年11月04日讯】': a site's bracketed, fully dated lead; '【某某論壇訊】' undated
    re.compile(rf"^【(?P<name>[^】\s\d]{{2,10}}?)\s?{_FULL_DAY}(讯|訊)】"),
    # (four characters at least: '【台北訊】', '[溫哥華訊]' name the city the report was filed from)
    re.compile(r"^【(?!本)(?P<name>[^】\s\d]{4,8}?)(讯|訊)】"),
    # '某某在线6月29日讯 ', '某某融媒体中心2月24日讯 ', '某某10月8日消息,', '某某日报2019年8月14日讯';
    # a group's name may stand first: '某某日报某某融媒体中心•某某网11月16日讯'
    re.compile(rf"^(?:[^\s，,。（(•·]{{2,14}}[•·])?(?P<name>[^\s，,。（(•·]{{2,10}}?)(?:\d{{4}}年)?{_DAY}(讯|訊|消息)(?=[\s（(【,，]|$)"),
    # '某某君2024年8月8日意大利米兰电:': a name, the full date, then the city it filed from (not
    # a greeting sent that day: 致电, 贺电)
    re.compile(rf"^(?P<name>[^\s，,。\d]{{2,10}}?){_FULL_DAY}[\u4e00-\u9fff]{{2,8}}(?<![致贺賀唁来來复復回])(电|電)[:：]"),
    # '某某商会/某某同乡总会讯:': an association's own news, under one name or two it shares
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,14}(?:[/／][\u4e00-\u9fff]{2,14})?)(讯|訊)[:：]"),
    # '某某中国城 网讯 昨日…': a site's name, then 网讯 set apart
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10})\s+(网讯|網訊)\s"),
    # '某某讯(记者…)', '某某讯【记者…】', '某某讯 昨日…': a two- to eight-character name, then 讯
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?)(讯|訊)(?=\s*[（(【]\s*\S{0,4}(记者|記者|通讯员|通訊員)|\s+\S)"),
    # '某某报道(记者 某某)', '某某报道:(全媒体记者 某某)'
    re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,8}}?){_REPORT}\s*[:：]?\s*[(（]\s*\S{{0,4}}(记者|記者)"),
    # '(某某日報記者 甲 通訊員 乙)': the paper's reporter and its correspondent, no 報導 after them
    re.compile(rf"^[【(（](?P<name>[^\s【】()（）/／]{{2,12}}?{_PRESS})(?:全媒体|全媒體|融媒体|融媒體)?(?:記者|记者)"
               r"\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:通讯员|通訊員|实习生|實習生)?\s*[\u4e00-\u9fff]{2,4})*\s*[】)）]"),
    # '【某報記者甲/台南報導】', '(某某广播电视台全媒体记者甲报道)', '(某某新聞/甲、乙 台北報導)'
    # '(某某記甲乙山景城報導)': 記 short for 記者
    re.compile(rf"^[【(（](?P<name>[^\s【】()（）/／]{{2,12}}?)(?:(全媒体|全媒體|融媒体|融媒體)?(記者|记者|記|记)|\s*[/／])"
               rf"[^】)）]{{1,24}}{_REPORT}\s*[】)）]"),
)
# A Taiwan desk byline names its paper first or last ('聯合報／ 記者胡瑞玲／台北即時報導',
# '記者羅印冲/綜合報導/聯合報'); a mainland one puts it before its reporter ('某某日报全媒体记者 李四').
_DESK_OUTLET = (
    re.compile(rf"^(?P<name>[^\s／/]{{2,8}}{_PRESS})\s*[／/]"),
    re.compile(rf"{_REPORT}\s*[／/]?\s*(?P<name>[^\s／/]{{2,8}}{_PRESS})$"),
    # ... or its group's app after a dot: '某某晚报·某某壹点通讯员 甲'
    re.compile(r"^[■□●◆]?\s*(?P<name>[^\s／/■·•]{2,10}(日报|日報|晚报|晚報|报社|報社|新闻|新聞|报|報)([·•][^\s／/■]{2,6})?)"
               r"(全媒体|全媒體|融媒体|全媒|首席)?(记者|記者|通讯员|通訊員)"),
    # '某某新聞|記者甲/台北報導': the outlet, a bar, its reporter
    re.compile(rf"^(?P<name>[^\s／/|｜]{{1,8}}?(新闻|新聞|{_PRESS}))\s*[|｜]\s*(记者|記者)"),
    # '某某在线记者 甲 乙', '某某新聞網記者甲/南投報導'
    re.compile(r"^(?P<name>[^\s／/■]{2,12}(在线|在線|网|網|台|臺|社|客户端|客戶端))(记者|記者)"),
    # '[ 某某電子報 ] 記者 某某 / 台東報導': the outlet in brackets before its reporter
    re.compile(rf"^[\[【]\s*(?P<name>[^\s\]】]{{2,10}}?{_KIND})\s*[\]】]\s*(记者|記者)"),
    # '某某社   巴黎记者:某某': the wire, then where its reporter filed from
    re.compile(rf"^(?P<name>[^\s／/■]{{1,8}}{_PRESS})\s+\S{{1,6}}(记者|記者)"),
    # '某某报道《某某日报 东海岸版 走近华校》': the reporter, then the paper and its column
    re.compile(rf"{_REPORT}\s*《(?P<name>[^》\s]{{2,12}})"),
)
# '(吉隆坡13日讯)据《8视界新闻网》报道', '《联合早报》报导,…', '据《某某新闻》(Some News)报道': a
# lead that says, in its first words, whose report it retells.
_REPORTED_BY = re.compile(rf"(?:^|据|據|根据|根據)《([^》]{{2,12}})》\s*(?:[(（][^()（）]{{1,30}}[)）])?\s*{_REPORT}|"
                          # '意大利《某某街》消息:': an overseas paper's own lead, its country first
                          r"^[\u4e00-\u9fff]{0,6}《([^》]{2,12})》\s*消息\s*[:：，,]|"
                          # '文匯報報導，…', '路透社报道:': a paper or wire retold, without its brackets
                          rf"^([\u4e00-\u9fff]{{2,8}}?{_KIND}){_REPORT}[,，:：]")
_REPORTED_REACH = 40
# '【某某網7月2日報導】(中央社記者…電)': a mirror's dated tag before the credit of the report it runs;
# '【2022年09月28日訊】(某某時報記者…報導)': a lead's dated tag before its desk credit.
_MIRROR_TAG = re.compile(rf"^【[^】\s]{{1,10}}?{_DAY}({_REPORT}|電|电)】\s*|^{DATED_TAG}\s*")
_OPENING_LINES = 4  # photo captions may stand above the lead that names the outlet
# A byline's key ('拍摄者:本报记者 某某'): what stands before its colon labels the credit, no outlet.
_KEYED = re.compile(r"[:：]")


# Taiwan papers set a lead's credit in tortoise-shell brackets ('〔某某時報記者甲／台北報導〕'):
# read as round ones, whose forms _LEADS knows.
_SHELLS = str.maketrans("〔〕", "（）")
# A lead's tag in square brackets ('[某某新聞] 某某…'): read as the 【】 its forms know.
_SQUARE_TAG = re.compile(r"^\[([^\[\]\s]{2,16})\]\s*")
# A lead set under a bullet ('△某某辦公室訊:', '▲某某社台北10日電'): read without it.
_BULLETS = "△▲■□●◆◇★☆▶►▷"


def _lead_outlet(line: str) -> str | None:
    """The outlet *line*'s lead names, trying the report a mirror runs first."""
    line = _SQUARE_TAG.sub(r"【\1】", line.translate(_SHELLS).lstrip(_BULLETS))
    inner = _MIRROR_TAG.sub("", line, count=1)
    for lead in dict.fromkeys((inner, line, strip_lead(line))):  # '本报讯 据某某台报道…'
        for rx in _LEADS:
            if (m := rx.match(lead)) is not None and outlet_named(name := m.group("name")):
                return name
    return None


def named_outlet(opening: list[str], byline: str | None) -> str | None:
    """The outlet a report's lead (among its first lines) or its byline names, else None."""
    for line in opening[:_OPENING_LINES]:
        if (name := _lead_outlet(line)) is not None:
            return name
        if (m := _REPORTED_BY.search(line[:_REPORTED_REACH])) is not None:
            return next(g for g in m.groups() if g)
    names = (m.group("name") for rx in _DESK_OUTLET if (m := rx.search(byline or "")) is not None)
    return next((n for n in names if not _KEYED.search(n)), None)


# '…年产值约1.8亿元。 新华社发', '新华社发（张三 摄）': an agency's credit closing a photo story;
# '…可變更。(中央社)', '…。（人民日报）', '…。（某某新闻客户端）': the outlet in brackets after the
# story's last sentence, whatever kind of outlet its name ends on (not a section: '(图片新闻)').
_SENT_BY = re.compile(r"(?:^|[。！？!?\s])([\u4e00-\u9fff]{1,6}社)发\s*([（(][^()（）]{1,16}[)）])?\s*$|"
                      rf"[。！？!?”」]\s*[（(]([\u4e00-\u9fff]{{1,10}}{_KIND})[)）]\s*$")


# '…新的希望。 □某某晚报 | 某某教育 记者 王五', '…的大民生。”某某晚报 某某网 某某客户端记者 甲 乙': a
# paper's byline run on after the last sentence of a flattened page: the paper (its group's
# other outlets and its column may follow), its reporters, perhaps the page's 'expand' button.
_BYLINE_AFTER = re.compile(r"[。！？!?”」]\s*[□■]?\s*"
                           r"(?P<name>[^\s|｜□■。，,“”]{2,10}?(?:日报|晚报|日報|晚報|报|報|网|網|社))"
                           r"(?:\s*[|｜]?\s*[^\s|｜。，,“”]{2,10}?){0,3}?\s*(?:全媒体|全媒體|融媒体|融媒體)?"
                           r"(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3}"
                           r"(?:\s+展开(?:详细|全文|詳細))?\s*$")


def closing_credit(last: str) -> str | None:
    """The agency credited at the end of a story's last line ('新华社发'), or the paper whose
    byline runs on after its last sentence, else None."""
    if (m := _SENT_BY.search(last)) is not None and outlet_named(name := m.group(1) or m.group(3)):
        return name
    return m.group("name") if (m := _BYLINE_AFTER.search(last)) is not None else None


# '新华社记者 某某摄', '中央社記者某某攝': a wire's photographer credited under the story's photos.
_AGENCY_PHOTO = re.compile(r"^([\u4e00-\u9fff]{1,6}社)\s*(?:记者|記者)")


def photo_agency(photographer: str) -> str | None:
    """The wire agency whose photographer a caption's credit names ('新华社记者 某某' → 新华社), else
    None: the credit a wire closes a photo story with, the story's source when nothing else is."""
    return m.group(1) if (m := _AGENCY_PHOTO.match(photographer)) is not None else None


# '东北网记者 某某', '某某日报全媒体记者 某某', '某某县融媒体中心记者:某某', '《某某导报》记者某某', 'ABC全媒体记者
# 某某', '新华社驻台记者 某某': a credit naming the outlet whose staff wrote the story or took its
# photos, in a caption, a byline, a lead or a line under the text (驻X: the post, not the name).
_STAFF = re.compile(rf"^[■□●◆•]?\s*[(（【]?\s*《?(?P<name>{_OUTLET_NAME}|[A-Z]{{2,8}}(?=全媒|融媒))》?"
                    r"(?:(?:驻|駐)[\u4e00-\u9fff]{1,3}?)?"
                    r"(?:全媒体|全媒體|融媒体|融媒體|首席|摄影|攝影)?(?:记者|記者)\s*[:：]?\s*"
                    # then the reporter's name and what ends a credit ('记者说，…' credits no one)
                    r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}?(?=\s|$|[摄攝、)）】/／]|通讯员|通訊員|发自|發自|报道|報導)")
# In a lead, only a credit's own form: the names, then a bracket's end or 发自/报道/讯, or nothing
# but names ('北岭网记者 甲、乙日前遭到围堵' is a story about them, no credit).
_LEAD_CREDIT = re.compile(r"(?:[\s、]+(?:(?!的)[\u4e00-\u9fff]){2,4})*\s*(?:$|[)）】]|发自|發自|报道|報導|报导|讯|訊)")
_STAFF_LINE = 30  # characters: a credit line under the text is short; a longer line is a sentence


def staff_outlet(credit: str, lead: bool = False) -> str | None:
    """The outlet whose reporter *credit* names first ('广州日报全媒体记者 某某' → 广州日报), else None;
    in a *lead*, only when the credit has a credit's form (_LEAD_CREDIT)."""
    m = _STAFF.match(credit := credit.strip())
    if m is None or (lead and _LEAD_CREDIT.match(credit, m.end()) is None):
        return None
    return outlet_named(name) if len(name := m.group("name")) >= 3 else None  # not '我台'


def staff_credited(byline: str | None, lead: str, closing: list[str]) -> str | None:
    """The outlet a story's byline, its lead's opening credit ('《某某导报》记者某某发自北京 …') or a
    short credit line among its last lines names as its staff's."""
    lines = [byline or "", *(x for x in closing if len(x.strip()) <= _STAFF_LINE)]
    return staff_outlet(lead, lead=True) or next((n for x in lines if (n := staff_outlet(x)) is not None), None)


# '原文刊登於 AM730', '轉載自《某某日報》': a reprint's credit under the story, the outlet that
# first ran it (a Latin name too); the page trims it as a label, so the draft's own lines are read.
_REPRINTED = re.compile(r"^(?:原文|本文)?(?:(?:刊登|刊|載|载)(?:於|于)|(?:原載|原载)(?:於|于)?)\s*|^(?:轉載|转载)自\s*")
_REPRINT_NAME = re.compile(r"《([^》]{2,12})》|([\u4e00-\u9fff]{2,10}|[A-Za-z][A-Za-z0-9]{1,11})")


def reprinted(closing: list[str]) -> str | None:
    """The outlet a reprint credit among a story's last lines names, else None."""
    for line in reversed(closing):
        if (m := _REPRINTED.match(line.strip())) is not None:
            name = _REPRINT_NAME.match(line.strip()[m.end():])
            if name is not None:
                return name.group(1) or name.group(2)
    return None


# '作者: 某某(原载于《某某报》)', '…作者:某某(译自某某论坛报)…': a byline or a story's opening noting,
# in brackets, the paper that first ran the piece (or that it was translated from).
_REPRINT_NOTE = re.compile(r"[（(]\s*(?:原载于|原載於|原载|原載|转载自|轉載自|转自|轉自|译自|譯自|摘自|选自|選自)\s*"
                           r"(?:《([^》]{2,12})》|([\u4e00-\u9fff]{2,10}(?:报|報|社|网|網|台|臺|杂志|雜誌)))\s*[)）]")
_NOTE_REACH = 80  # characters: the note stands by the writer's name, at the head of the piece


def noted_reprint(lines: list[str]) -> str | None:
    """The paper a bracketed reprint note near the head of *lines* names ('(原载于《某某报》)'), else None."""
    for line in lines:
        if (m := _REPRINT_NOTE.search(line[:_NOTE_REACH])) is not None:
            return m.group(1) or m.group(2)
    return None


# A line that only names a body ('某某县公路事业发展中心'): above a paper's headline it labels
# the story (no part of the headline, search.sources.decks); below a story's last sentence it
# signs it, the body that issued the notice or report.
BODY_NAME = re.compile(r"^[^\s:：]{2,20}(中心|局|委员会|委員會|政府|办公室|辦公室|公司|集团|集團|医院|醫院|学校|學校|"
                       r"法院|检察院|檢察院|派出所|大队|大隊|支队|支隊|协会|協會|商会|商會|学会|學會|"
                       r"指挥部|指揮部|联合会|聯合會|办事处|辦事處|管理处|管理處|"
                       r"[局厅廳府][^\s:：的之，,。]{0,8}[处處])$")  # '某某县农业农村局综合处'、'某某縣政府農業處'


def signed_by(below: list[str]) -> str | None:
    """The body a story's signature names, among the lines below its last sentence
    ('某某州防汛抗旱指挥部办公室' over '2024年5月20日'), else None."""
    return next((t.strip() for t in reversed(below) if BODY_NAME.match(t.strip())), None)
