"""Page chrome told by its shape rather than by a list of its words: notices and spam, login
boxes and share bars, counters, footer rows, dated header bars, table rows and stray player
clocks, each with why. The word lists they ask are in chrome.py; lines.py asks these."""
from __future__ import annotations

import re

from search.sources.chrome import NOTICES

_SITE_GREETING = re.compile(r"^(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎来到|歡迎來到)\s*[“「《]?"
                            r"[^\s，,。“”「」《》]{2,16}(网|網|站|台|臺|报|報)[”」》]?")
# The site speaking of itself in its statement's items ('1、本网站所登载之内容…', '本網站使用相關技術…'),
# and its disclaimer ('凡本网注明来源:…的作品'), never a story's words ('本网讯' opens a dispatch,
# '本网记者' a byline), perhaps under its heading's key ('版权声明:凡本网注明…')
_SITE_SAYS = re.compile(r"^([\d一二三四五六七八九十]{1,2}[、.．]\s*|(版权|版權|免责|免責)(声明|聲明)\s*[:：]\s*)?"
                        r"凡?(本网站|本網站|本站|本网|本網)"
                        r"(所|使用|登载|登載|刊载|刊載|转载|轉載|内容|內容|稿件|原创|原創|不|注明|註明)")
_RIGHTS_OWNER = re.compile(r"(版权|版權|著作权|著作權)均?(属|屬|归|歸)\S{1,16}所有")
_RIGHTS_MAX = 150  # characters: a paper's rights notice runs to a paragraph
_KANA = re.compile(r"[\u3040-\u30ff]")
_KANA_SHARE = 0.3  # of a line's characters: Chinese text quotes a Japanese name, never a line of it
_RATING_LAW = re.compile(r"(電腦網路|电脑网络)(內容|内容)分(級|级)")
# A platform's note under each user's post, in Chinese and English ('…本平台仅提供信息存储服务')
_HOSTED_ONLY = re.compile(r"(仅|僅|只)提供信息(存储|存儲)(空间|空間)?(服务|服務)|only provides information storage",
                          re.IGNORECASE)
# A server's error printed into the page ('Deprecated: … in /var/www/…/x.php on line 12')
_SERVER_ERROR = re.compile(r"^(PHP\s+)?(Deprecated|Warning|Notice|Fatal error|Parse error|Strict Standards)\s*:"
                           r".*\sin\s+/\S+\.php\b")
_NOTICE_MAX = 80  # longer, it is a paragraph that may quote such words
# A story telling of a notice: inside its quote marks ('扉页印着“本书版权所有，不得翻印”'), or
# after a speaker's verb and a comma ('律師提醒，依法非經授權不得轉載…'; a site says '特别提醒：')
_OPENS, _CLOSES = "“「『‘", "”」』’"
_TELLS = re.compile(r"(称|稱|表示|指出|提醒|强调|強調|说|說|认为|認為|坦言|透露|介绍|介紹)[，,]")


def _told(text: str, at: int) -> bool:
    """Is the notice at *at* in *text* quoted or reported by a story?"""
    head = text[:at]
    return sum(head.count(c) for c in _OPENS) > sum(head.count(c) for c in _CLOSES) or bool(_TELLS.search(head))
# SEO and gambling spam on mirror pages: a line with two of these words is an ad, not news.
_SPAM = re.compile(r"无码|無碼|一区二区|一區二區|中文字幕|在线观看|在線觀看|人妻|国产精品|國產精品|精品国产|麻豆|"
                   r"影音先锋|第四色|(?<![A-Za-z])av(?![A-Za-z])|彩神|时时彩|時時彩|百家乐|百家樂|娱乐城|娛樂城|"
                   r"彩票|棋牌|开奖|開獎", re.IGNORECASE)
# 'X-X', 'X|X', '匿名匿名': one name said twice is a mirror's site name or a widget's label.
# 'NEWS link', 'RSS', 'More': an English widget label on a Chinese page (a headline may be English).
_LATIN_LABEL = re.compile(r"^(news\s+)?(link|links|rss|more|share|top|home|menu|search)$", re.IGNORECASE)
# ': w! s1 x. o6 z1 R': forums' anti-copy jammer, runs of one- to three-character tokens;
# one longer token may carry the forum's name and address ('l某某論壇5.39.217.777').
_JAMMER = re.compile(r"^[^。！？，]*$")
_JAMMER_TOKENS = 6  # of which half carry a mark or mix letters and digits ('v%', 'A8'): a
# table row of plain numbers or words is not one
_TWICE = re.compile(r"^(\S{2,16}?)(?:\s*[-_|｜]\s*)?\1$")

# Widgets on a short line, whatever its punctuation ('还没有账号?'), told by their shape, since
# their words also make headlines ('破解长寿密码'): a login box names two of its fields or
# offers one button ('手机+密码登录', '檢索: 帳戶 密碼', '立即注册'); a skip link or a view
# switch ('跳过导航', '显示模式: 网格 列表'). (An item's age, '4小時前', is left to lists.py: it
# is what marks a list of other headlines there.)
_WIDGET_MAX = 16  # characters, spaces left out
_LOGIN_WORD = re.compile(r"登录|登錄|登入|注册|註冊|密码|密碼|账号|賬號|帳號|账户|帳戶|用户名|用戶名|验证码|驗證碼")
_LOGIN = re.compile(r"^(立即|免费|免費|快速|马上|馬上|手机号|手機號|用户|用戶|会员|會員)?(登录|登錄|登入|注册|註冊)$|"
                    r"^(微信|QQ|微博|手机|手機)?(扫码|掃碼|扫一扫|掃一掃)(登录|登錄|登入)$|"  # '微信扫码登录'
                    r"(还没有|還沒有|没有|沒有)(账号|帳號|賬號)|(忘记|忘記)密(码|碼)")
# A forum's prompt to sign in ('您需要 登录 才可以下载或查看', '马上注册,结交更多好友'): the
# board's boilerplate around every thread, on a line of up to twice a widget's length.
_SIGN_IN = re.compile(r"(登录|登錄|登入|注册|註冊)(后|後)?(才可以|才能|才可)|"
                      r"^(马上|馬上|立即)(注册|註冊|登录|登錄)[,，]")
# A page's mode switches: skip links ('按此,跳至主要内容'), display modes, the elder-friendly and accessible versions
# government sites offer ('退出长者模式', '无障碍浏览', '关怀版').
_SWITCH = re.compile(r"^(按此[,，]?\s*)?(跳过导航|跳過導航|(跳到|跳至)(主要)?(内容|內容))|^(显示模式|顯示模式)|"
                     r"^(进入|退出|進入|切换|切換)?(长者模式|長者模式|关怀模式|關懷模式|关怀版|關懷版|无障碍|無障礙)"
                     r"(浏览|瀏覽|模式|版)?$")
# A loading placeholder a script leaves in the page ('加载中...', '正在加载…', '載入中'): its text
# never came.
_LOADING = re.compile(r"^(正在)?(加载|加載|载入|載入)(中)?[.。…·]*$")
# A share bar naming its targets ('分享工具 facebook', '分享到: 微信 微博'): nothing else on the line.
_SOCIAL = re.compile(r"facebook|twitter|whatsapp|telegram|line|weibo|wechat|plurk|微信|微博|朋友圈|QQ空间|QQ|"
                     r"推特|臉書|脸书", re.IGNORECASE)
_SHARE_REST = re.compile(r"分享(工具|到|至|本文|此文)?|share( to| this)?|[\s:：|｜/,，、·•]", re.IGNORECASE)
# A toolbar of the page's actions ('收藏 打印 推荐 更多功能'): every word is one of these.
_ACTIONS = frozenset(["收藏", "打印", "列印", "推荐", "推薦", "更多功能", "朗读", "朗讀", "评论", "評論", "分享",
                      "纠错", "糾錯", "关闭", "關閉", "转发", "轉發", "点赞", "點讚", "举报", "舉報", "复制链接",
                      "複製鏈接", "关闭窗口", "關閉窗口", "返回顶部", "返回頂部", "寄给朋友", "寄給朋友",
                      "简体版", "簡體版", "繁体版", "繁體版", "英文版", "电邮", "電郵", "我要评论", "我要評論",
                      "发表评论", "發表評論", "我来说两句", "我來說兩句", "返回原文", "带图打印", "帶圖打印",
                      "打印纸张", "打印紙張", "行高",
                      "快速回复", "快速回覆", "返回列表", "发表回复", "發表回覆",  # a board's thread controls
                      "留言",
                      # an old CMS's article toolbar ('打印文章 发送给好友 分享按钮')
                      "打印文章", "列印文章", "发送给好友", "發送給好友", "分享按钮", "分享按鈕",
                      # Taiwan's words for the same ('分享 列印 轉寄', '友善列印 關閉視窗 回首頁')
                      "轉寄", "转寄", "友善列印", "列印本頁", "列印本页", "關閉視窗", "关闭视窗", "回首頁", "回首页"])
# The same words run together with no space between them ('分享分享留言列印')
_ACTIONS_RUN = re.compile("(" + "|".join(sorted(_ACTIONS, key=len, reverse=True)) + "){2,}")
_ACTIONS_MAX = 8  # words
_ACTIONS_NAMED = 3  # actions that make a toolbar even with one other word on it (the site's name)
# English controls on a Chinese page ('Previous Next', 'Back to top'): every word is one of these.
_UI_WORDS = frozenset(["previous", "prev", "next", "more", "read", "share", "print", "close", "login", "log",
                       "sign", "in", "up", "register", "top", "back", "to", "home", "menu", "search", "email",
                       "comments", "comment", "reply", "copy", "link", "skip", "content", "main", "reset",
                       "filter", "filters", "clear", "all", "found", "results", "result", "min", "mins"])
_UI_MAX = 5  # words
# A view or comment counter left by the page ('体育正文 287 0'): a short label, then two numbers.
# A search form's or table's field labels ('起 - 迄 族群 主題'): four or more words of one or two
# Han characters (a dash between two); a sentence or a headline has longer words between its spaces.
_FIELD_LABELS = re.compile(r"^[\u4e00-\u9fff]{1,2}(\s+([\u4e00-\u9fff]{1,2}|[-–~～]))*"
                           r"(\s+[\u4e00-\u9fff]{1,2}){3}\s*$")
# A ticker: three or more headlines of 6-30 characters on one line, three or more spaces apart.
_WIDE_GAP = re.compile(r"\s{3,}")
_TICKER_ITEMS = 3
_TICKER_ITEM = (6, 30)
_SENTENCE_END = re.compile(r"[。！？；;]")
_COUNTER = re.compile(r"^[\u4e00-\u9fff]{1,8}(\s+\d{1,7}){2,3}$")
# An audio or video player's clock ('0:00', '00:00 / 03:25'), never a story's time, and a
# count standing bare under a headline ('0', '12 3'): a like or comment button's number.
_STRAY = re.compile(r"^0?0:00$|^(\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(\d{1,2}:)?\d{1,2}:\d{2}$|^\d{1,4}(\s+\d{1,4}){0,2}$|"
                    r"^\d{12,}$|"  # an image's id left where it stood ('20220128204630406539')
                    r"^[a-z]+(_[a-z0-9]+)+$|"  # a template's placeholder name ('upload_article_image')
                    # vote buttons with their counts ('鲜花( 0)  鸡蛋( 0)', '支持(3) 反对(1)')
                    r"^([\u4e00-\u9fff]{1,4}\s*[(（]\s*\d+\s*[)）]\s*){2,}$|"
                    # an inline ad's marker ('請繼續往下閱讀', '我是廣告 請繼續往下閱讀')
                    r"^[↓▼⬇]*\s*(我是(廣告|广告)\s*)?(請|请)?(繼續|继续)(往下)?(閱讀|阅读|看)\s*[↓▼⬇]*$|"
                    # a chart's data leaked into the page, one dated value a line ('2025-09-18,11970|')
                    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[,，|｜]\s*[\d.]+\s*[|｜,，]?$")
# Script left by a copy of the page ('var _hmt = _hmt || [];', 'document.write(…)'): no Han in it.
_SCRIPT = re.compile(r"function\s*\(|document\.|window\.|\bvar\s+\w+\s*=|\$\(|\}\s*\)\s*\(|;\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A table row copied with its pipes ('| 项目 | 金额 |'): the cells are text, the pipes are not.
# (A short line merely ending in a pipe is no sign of chrome: a headline's page title may.)
_TABLE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
_CELL_SEP = re.compile(r"\s*[|｜]\s*")


# A link's target left by a copy of the page: an address, a relative path or a page's file
# name ('index_new5.html', '../../tpl/font3.html', 'https://…'). Never text, never a headline.
_LINKLIKE = re.compile(r"^(https?://|www\.|\.{1,2}/|/)[\x21-\x7e]*$|"
                       r"^[A-Za-z0-9_./~-]+\.(s?html?|php|aspx?|jsp|cgi)([?#][\x21-\x7e]*)?$", re.IGNORECASE)
# A site's header bar: two or three short parts split by pipes, one of them a numeric date
# ('某某新闻 | 湖北 07-26'); a headline with a pipe has a long part ('专访｜…') or writes
# its date in words ('3月14日｜…').
_BAR_SPLIT = re.compile(r"\s*[|｜]\s*")
_BAR_DATE = re.compile(r"(?<!\d)(\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?!\d)")  # a headline writes 3月14日
_BAR_PART = 10  # characters of a part of a header bar, spaces left out
_BAR_PUNCT = re.compile(r"[。，,；;！？!?：:“”「」]")


def is_link_target(text: str) -> bool:
    """An address, a path or a page's file name left by a copy of the page."""
    return bool(_LINKLIKE.match(text))


# A footer's row of links ('關於本台 RSS 隱私權政策 人才招募'): two of them name what only a
# footer links to. Alone, the same words may be a headline's ('启动人才招募'), so a row it must be.
_FOOTER_ITEM = re.compile(r"(关于|關於)(我们|我們|本站|\S{0,4}(网|網|台|臺|报|報|社|视|視))|"
                          r"(隐私|隱私)(权|權)?(政策|声明|聲明)|(联系|聯繫|聯絡)我(们|們)|人才招募|"
                          r"(广告|廣告)(服务|服務|刊登|合作)|(网站|網站)地(图|圖)|(服务|服務|使用)(条款|條款)|"
                          r"(免责|免責|版权|版權)(声明|聲明)|RSS", re.IGNORECASE)
_FOOTER_ROW = 3  # links in a footer row at least, two of them a footer's
_ROW_SPLIT = re.compile(r"\s*[|｜·]\s*|\s+")


def is_footer_row(text: str) -> bool:
    """A row of footer links: several items, no sentence, two of them a footer's."""
    parts = [p for p in _ROW_SPLIT.split(text.strip()) if p]
    return (len(parts) >= _FOOTER_ROW and not _BAR_PUNCT.search(text)
            and sum(1 for p in parts if _FOOTER_ITEM.fullmatch(p)) >= 2)


def is_dated_bar(text: str) -> bool:
    """A site's header bar with a date ('某某新闻 | 湖北 07-26'): the page's, not a story's."""
    parts = [p for p in _BAR_SPLIT.split(text.strip()) if p]
    return (2 <= len(parts) <= 3 and not _BAR_PUNCT.search(text)
            and all(len(p.replace(" ", "")) <= _BAR_PART for p in parts)
            and any(_BAR_DATE.search(p) for p in parts))


def is_widget(text: str) -> bool:
    """A page widget on a short line: a login box, a share bar, an item's age, a skip link,
    English controls, a counter, script."""
    bare = re.sub(r"\s+", "", text)
    if len(bare) <= _WIDGET_MAX and (_LOGIN.search(bare) or _SWITCH.match(bare) or _LOADING.match(bare)
                                     or len(set(_LOGIN_WORD.findall(bare))) >= 2):
        return True
    if len(bare) <= 2 * _WIDGET_MAX and _SIGN_IN.search(bare):
        return True
    if len(bare) <= 2 * _WIDGET_MAX and (_SOCIAL.search(text) or bare.startswith("分享")) and not _SHARE_REST.sub(
            "", _SOCIAL.sub("", text)):
        return True
    words = [w for w in text.lower().split() if not w.isdigit()]  # '我要评论 0': a control and its count
    acts = sum(w in _ACTIONS for w in words)
    if 1 <= len(words) <= _ACTIONS_MAX and len(text.split()) >= 2 and (
            acts == len(words) or _ACTIONS_NAMED <= acts == len(words) - 1):
        return True  # '簡體版 英文版 寄給朋友 某某新聞網': a toolbar and the site it belongs to
    if _ACTIONS_RUN.fullmatch(bare):
        return True
    if not _HAN.search(text) and (0 < len(words) <= _UI_MAX and all(w in _UI_WORDS for w in words)
                                  or _SCRIPT.search(text)):
        return True
    return bool(_COUNTER.match(text) or _FIELD_LABELS.match(text)) or is_ticker(text)


def is_ticker(text: str) -> bool:
    """A row of other stories' headlines set apart by runs of spaces (a site's ticker)."""
    if "   " not in text:
        return False
    parts = [p for p in _WIDE_GAP.split(text.strip()) if p]
    return len(parts) >= _TICKER_ITEMS and all(
        _TICKER_ITEM[0] <= len(p) <= _TICKER_ITEM[1] and not _SENTENCE_END.search(p) for p in parts)


def table_cells(text: str) -> str:
    """A table row's cells without its pipes; any other line as it is."""
    if not _TABLE_ROW.match(text):
        return text
    return " ".join(p for p in _CELL_SEP.split(text.strip()) if p) or text


def is_stray(text: str) -> bool:
    """A player's clock, a button's count or a chart's data row: dropped without marking a
    page break (such widgets sit inside the story)."""
    return bool(_STRAY.match(text.strip()))


def is_notice(text: str) -> bool:
    """A notice, spam line or doubled site name: chrome whatever its punctuation."""
    if len(text) <= _NOTICE_MAX and any(not _told(text, m.start()) for m in NOTICES.finditer(text)):
        return True
    if _RATING_LAW.search(text):
        return True  # an age gate citing the rating law ('根據「電腦網路內容分級處理辦法」…'), at any length
    if _HOSTED_ONLY.search(text) or _SERVER_ERROR.match(text) or _SITE_SAYS.match(text):
        return True  # a platform's note that it only hosts its users' posts, a server's error
    if _SITE_GREETING.match(text):
        return True  # '欢迎来到“某某网”,在这里您可以浏览到…': the site describing itself, at any length
    if len(text) <= _RIGHTS_MAX and _RIGHTS_OWNER.search(text):
        return True  # '凡本报记者署名文字、图片，版权均属某某晚报所有。任何媒体…'
    if len(_KANA.findall(text)) >= _KANA_SHARE * len(text.replace(" ", "")):
        return True  # a Japanese line ('こちらのページは繁体字版です'): the site's language switch
    if len({m.group(0).lower() for m in _SPAM.finditer(text)}) >= 2 and "。" not in text:
        return True
    words = text.split()
    short = [w for w in words if len(w) <= 3 and not _HAN.search(w)]
    if (_JAMMER.match(text) and len(short) >= _JAMMER_TOKENS and len(words) - len(short) <= 1
            and sum(not (w.isdigit() or w.isalpha()) for w in short) >= _JAMMER_TOKENS // 2):
        return True
    return bool(_TWICE.match(text) or _LATIN_LABEL.match(text))
