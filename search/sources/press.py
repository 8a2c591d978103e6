"""Outlets known by name: the wires, papers, broadcasters and news sites that Chinese-language
pages most often credit, in Taiwan, Hong Kong and Macau, Southeast Asia, overseas and the
mainland. A page that names its source in no form the parser reads (a credit of a shape of
its own under the story, a bracketed credit of an outlet whose name says no 社 or 報) often
still names one of these: on a short line of the story's first lines or under its text, or
in the credit opening its lead. Read there, it is the story's source when nothing else names
one. Names of two characters are left out (明報, 上報): inside other words they say something
else. Kept with its figures in docs/sources.md (round twenty-two)."""
from __future__ import annotations

import re

from search.text.normalize import normalize

_NAMES = (
    "中央社", "中央通訊社", "聯合報", "聯合新聞網", "自由時報", "自由電子報", "中國時報", "中時新聞網",
    "蘋果日報", "工商時報", "經濟日報", "民視新聞", "三立新聞", "東森新聞", "TVBS", "公視新聞網", "年代新聞",
    "壹電視", "鏡週刊", "鏡新聞", "風傳媒", "新頭殼", "今日新聞", "NOWnews", "ETtoday", "聯合晚報",
    "台灣時報", "青年日報", "人間福報", "更生日報", "金門日報", "馬祖日報", "中華日報", "民眾日報", "報導者",
    "中廣新聞網", "警察廣播電台", "寰宇新聞", "非凡新聞", "客家電視台", "原住民族電視台", "星島日報",
    "東方日報", "文匯報", "大公報", "香港經濟日報", "香港01", "無綫新聞", "有線新聞", "now新聞", "香港電台",
    "商業電台", "頭條日報", "am730", "星島頭條", "點新聞", "橙新聞", "香港商報", "澳門日報", "市民日報",
    "華僑報", "澳亞衛視", "澳門電台", "澳廣視", "濠江日報", "新華澳報", "星洲日報", "南洋商報", "中國報",
    "光華日報", "光明日報", "詩華日報", "華僑日報", "亞洲時報", "國際時報", "美里日報", "聯合日報",
    "當今大馬", "聯合早報", "新明日報", "8視界", "千島日報", "國際日報", "印尼星洲日報", "世界日報",
    "星暹日報", "京華中原聯合日報", "新中原報", "菲律賓商報", "柬華日報", "高棉日報", "越南西貢解放日報",
    "緬甸金鳳凰", "大紀元", "新唐人", "明報加西版", "加拿大家園", "澳洲新快報", "澳洲日報", "澳華時報",
    "歐洲時報", "歐華導報", "新華社", "新華網", "人民日報", "人民網", "中新社", "中新網", "中國新聞網",
    "央視新聞", "央視網", "中央電視台", "中國日報", "解放軍報", "工人日報", "法治日報", "法制日報",
    "中國青年報", "中國青年網", "環球時報", "環球網", "澎湃新聞", "界面新聞", "新京報", "北京日報",
    "北京青年報", "北京晚報", "解放日報", "新民晚報", "南方日報", "南方都市報", "羊城晚報", "廣州日報",
    "深圳特區報", "深圳商報", "湖北日報", "楚天都市報", "長江日報", "四川日報", "華西都市報", "重慶日報",
    "浙江日報", "錢江晚報", "江蘇日報", "揚子晚報", "新華日報", "河南日報", "大河報", "山東日報", "大眾日報",
    "齊魯晚報", "河北日報", "陝西日報", "華商報", "甘肅日報", "新疆日報", "天山網", "西藏日報", "雲南日報",
    "貴州日報", "廣西日報", "海南日報", "福建日報", "東南網", "安徽日報", "江西日報", "湖南日報", "遼寧日報",
    "吉林日報", "黑龍江日報", "內蒙古日報", "寧夏日報", "青海日報", "天津日報", "今晚報", "農民日報",
    "科技日報", "中國教育報", "健康報", "中國婦女報", "中國經濟網", "央廣網", "國際在線", "中國網",
    "中國日報網", "大眾網", "荊楚網", "東方網", "金羊網", "南方網", "北青網", "千龍網", "中央廣播電臺",
    "大紀元時報", "巴士的報", "立場新聞", "眾新聞", "騰訊新聞", "鳳凰網", "鳳凰衛視", "中評社",
    "中國評論通訊社", "路透社", "美聯社", "法新社", "共同社", "韓聯社", "德國之聲", "美國之音",
    "自由亞洲電台", "BBC中文", "聯合國新聞", "新浪新聞", "網易新聞", "搜狐新聞", "人民日報海外版", "參考消息",
    "中國台灣網", "台海網", "海峽導報", "東南衛視",
)
# Longest first, so '聯合新聞網' is read whole rather than as '聯合報'-like parts.
_KNOWN = re.compile("|".join(re.escape(n) for n in sorted({normalize(n) for n in _NAMES}, key=len, reverse=True)))
AROUND_MAX = 30  # characters: a line this short around a story is a masthead, a credit, a byline
# A lead's credit opens it: in brackets ('(某某社記者某某台北5日電)', '【某某網】') or bare ('某某報訊').
_LEAD_CREDIT = re.compile(r"^\s*[(（【〔\[]([^)）】〕\]]{2,30})[)）】〕\]]|^\s*(\S{3,12})")


def known_outlet(around: list[str], lead: str) -> str | None:
    """The first known outlet named on a short line of *around* or in the credit opening
    *lead* (anywhere in its bracket, or as its first word), as the page spells it; else None."""
    for text in (t for t in around if len(t.strip()) <= AROUND_MAX):
        if (m := _KNOWN.search(normalize(text))) is not None:
            return text[m.start():m.end()]
    credit = _LEAD_CREDIT.match(lead)
    if credit is None:
        return None
    opening = credit.group(1) or credit.group(2)
    m = _KNOWN.search(normalize(opening))
    return opening[m.start():m.end()] if m is not None and (credit.group(1) or m.start() == 0) else None
