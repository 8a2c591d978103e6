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
    # More of the same kinds, written from general knowledge (stop 62): mainland news apps,
    # city and provincial papers and portals, financial papers and weeklies.
    "極目新聞", "潮新聞", "上游新聞", "封面新聞", "紅星新聞", "九派新聞", "大皖新聞", "齊魯壹點", "新黃河",
    "現代快報", "新快報", "每日經濟新聞", "第一財經", "21世紀經濟報道", "經濟觀察報", "財新網", "證券時報",
    "中國證券報", "上海證券報", "證券日報", "中國新聞周刊", "三聯生活周刊", "南方周末", "新民周刊",
    "人民政協報", "檢察日報", "人民法院報", "中國紀檢監察報", "學習時報", "光明網", "求是網", "中國軍網",
    "中國經濟周刊", "經濟參考報", "金融時報", "中國僑網", "中國證券網", "中國文明網", "中國政府網",
    "觀察者網", "看看新聞", "上觀新聞", "閃電新聞", "紫牛新聞", "荔枝新聞", "交匯點新聞", "新民網",
    "新聞晨報", "奧一網", "深圳新聞網", "北京商報", "燕趙都市報", "河北新聞網", "三晉都市報", "黃河新聞網",
    "正北方網", "北國網", "遼瀋晚報", "半島晨報", "中國吉林網", "新安晚報", "中安在線", "海峽都市報",
    "東南快報", "福州日報", "廈門日報", "江南都市報", "中國江西網", "大江網", "瀟湘晨報", "三湘都市報",
    "華聲在線", "南國早報", "廣西新聞網", "南海網", "南國都市報", "重慶晨報", "重慶商報", "華龍網",
    "四川在線", "成都商報", "成都日報", "天府早報", "貴陽晚報", "多彩貴州網", "春城晚報", "雲南網",
    "中國西藏網", "西安晚報", "三秦都市報", "蘭州晨報", "每日甘肅網", "中國甘肅網", "亞心網", "浙江在線",
    "都市快報", "膠東在線", "齊魯網", "長城網", "北方網", "東北網", "映象網", "法制晚報", "城市晚報",
    "新文化報", "生活日報", "東方今報",
    # Taiwan, Hong Kong and Macau
    "台視新聞", "中視新聞", "華視新聞", "中天新聞", "東森新聞雲", "匯流新聞網", "信傳媒", "芋傳媒",
    "天下雜誌", "商業周刊", "遠見雜誌", "今周刊", "鏡傳媒", "壹蘋新聞網", "台灣英文新聞", "關鍵評論網",
    "台灣醒報", "國語日報", "台灣新生報", "教育廣播電台", "中央日報", "信報財經新聞", "明報新聞網",
    "on.cc東網", "端傳媒", "香港獨立媒體", "星島網", "大公文匯網", "港人講地", "新城電台", "新城財經台",
    "香港政府新聞網", "政府新聞網", "亞洲電視", "灼見名家", "852郵報", "香港新聞網", "中通社", "中國通訊社",
    "中國評論新聞網", "中評網", "澳門商報", "現代澳門日報", "澳門力報", "論盡媒體", "澳門平台", "澳門電視台",
    # Southeast Asia, overseas, and foreign outlets' Chinese services and names
    "8world", "印尼商報", "印度尼西亞商報", "亞洲日報", "菲華日報", "西貢解放日報", "金鳳凰中文報",
    "美國僑報", "僑報網", "希望之聲", "看中國", "法國國際廣播電台", "RFI華語", "紐約時報中文網", "紐約時報",
    "華爾街日報", "華盛頓郵報", "FT中文網", "彭博社", "日經中文網", "日本經濟新聞", "朝日新聞", "讀賣新聞",
    "時事通訊社", "朝鮮日報", "東亞日報", "塔斯社", "俄羅斯衛星通訊社", "衛星通訊社", "今日俄羅斯", "越通社",
    "馬新社", "安塔拉通訊社", "德新社", "埃菲社", "安莎社", "半島電視台", "泰晤士報", "每日電訊報", "經濟學人",
    "時代週刊", "澳洲廣播公司", "ABC中文", "SBS中文", "新西蘭先驅報", "RNZ中文", "歐洲新報", "英中時報",
    "中文導報", "日本新華僑報", "東方時報", "加拿大都市報", "環球華報", "美洲華報", "KTSF",
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
