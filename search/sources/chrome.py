"""Page chrome as data: the words and shapes of navigation, footers, editor credits, page
widgets, ads and related-reading headers, each with why. lines.py asks these."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import opencc

# Footers, contact and bank details, image names, editor credits, share/print controls.
# Words that mark a footer wherever they stand in a line that is not a sentence.
FOOTER_WORDS = re.compile(r"未经.{0,10}(许可|授权|同意).{0,10}(转载|复制|使用)|转载请注明|版权所有|ICP备|ICP证|"
                           r"公网安备|支持\s*IPv6|"
                           r"网站地图|网站维护|邮政编码|联系电话|发行邮箱|订阅下载|"
                           r"字号[:：]|建议使用.{0,20}浏览器|all rights reserved|"
                           # the same in traditional script, and a licence number in the footer
                           r"版權所有|ICP備|ICP證|公網安備|網站地圖|轉載請註明|"
                           r"(许可证|許可證)[》」]?(号|號)?\s*[:：]?\s*[A-Za-z0-9(（]", re.IGNORECASE)
BOILERPLATE = re.compile(
    # a link bar ('[首页] [新闻]'), but not a headline after a bracketed tag ('[某县] 某县召开…')
    r"\]\(|^\[(?!\s*[^\[\]]{1,10}\]\s*[^\[\]|｜]{8,}$)|^邮编|^地址[:：]|^电话[:：]|^传真[:：]|^户名|^账号|^开户行|"
    r"^官方(微信|微博)$|^(正在阅读|正在閱讀)\s*[:：]|^(您现在所在位置|您现在的位置|您当前的位置|您所在的位置|您的位置|当前位置|所在位置|本頁位置|當前位置|您現在的位置)|[首主][页頁]\s*[>＞›»/／|｜]|"
    # a reading-time note ('本篇文章635字,读完约2分钟')
    r"(读完|讀完|阅读|閱讀)(约|約|需|需要)\s*\d{1,3}\s*(分钟|分鐘)|"
    r"^[【\[(（]?\s*(责任编辑|本期编辑|本版编辑|本版责编|责编|编辑|编译|編譯|美编|版式设计|流程制作|审核|审校|校对|监制|终审|初审|一审|二审|三审|编审)\s*[:：|｜丨]|"
    # the same credits in traditional script, and the keyword or tag line under a story
    r"^[【\[(（]?\s*(責任編輯|本期編輯|本版編輯|責編|編輯|美編|審核|審校|校對|監製)\s*[:：|｜丨]|"
    # a photo's credit ('图片来源:某某局'), and a server's error left in the page ('Deprecated: …')
    r"^(图片|圖片|照片)(来源|來源|提供)\s*[:：]|^(Deprecated|Warning|Notice|Fatal error|Parse error)\s*:\s|"
    # a trainee editor's or a contributor's credit ('(實習編輯:某某)', '投稿:某某部 某某')
    r"^[【\[(（]?\s*(实习编辑|實習編輯|见习编辑|見習編輯|投稿|整理)\s*[:：]|"
    # a forum's page clock in its footer ('GMT+8, 2024-11-1 08:53'); a breadcrumb ending on
    # the story ('首页 某市 正文')
    r"^GMT\s*[+-]\s*\d{1,2}\s*,|^(首页|首頁)(\s+\S{1,8}){1,4}\s+正文$|"
    r"^(关键词|關鍵詞|关键字|關鍵字|标签|標籤)\s*[:：]|^(文章)?(关键词|關鍵詞|关键字|關鍵字|标签|標籤)$|"
    # the headline a reprint first ran under: the page's own headline stands above it
    r"^(原标题|原標題)\s*[:：]|"
    # an e-paper's pointer to the rest of a story ('(下转A2版)'), a page's colour switcher
    r"^[(（]\s*(下转|下轉|上接|接上)\s*(第?\s*[A-Za-z]?\d{1,3}\s*版|\S{0,4}版)\s*[)）]$|"
    r"^[白黑蓝黄绿红灰藍黃綠紅]底[白黑蓝黄绿红灰藍黃綠紅]字([白黑蓝黄绿红灰藍黃綠紅](链接|鏈接))?$|^页面原始配色$|"
    # a link to the topic page the story belongs to ('新闻专题链接:某某')
    r"^(新闻|新聞)?(专题|專題)(链接|鏈接|連結)\s*[:：]|"
    r"^[(（]\s*(责任编辑|编辑|责编)\s*\S{1,12}[)）]$|"
    # the three reviews a county site credits in brackets: '(一审 某某;二审 某某;三审 某某)'
    r"^[(（]\s*(一审|初审)\s*[:：]?\s*\S{2,4}\s*[;；,，、]|"
    r"^\S+\.(jpe?g|png|gif|webp|bmp)$|^(copyright|©)|"
    # a photo's empty caption slot or its agency's rights line ('圖片版權 Getty Images')
    r"^(图片|圖片)\s*(默认标题|默認標題|版权|版權)|"
    # a gallery's or table's cell ('现场检查 |'): a headline never ends on a bar
    r"^[^|｜]{1,12}\s*[|｜]\s*$|"
    # a site's rights or disclaimer heading ('版权声明', '某某网版权及免责声明:'), its tag cloud's
    # heading ('相关热词搜索:'), a photo's credit on a line of its own ('图 | 某某新闻')
    r"^\S{0,8}?(版权|版權)?(及|和)?(版权声明|版權聲明|免责声明|免責聲明|免责申明|免責申明)\s*[:：]?$|^(相关|相關)(热词|熱詞)|"
    r"^(图|圖|视频|視頻)\s*[|｜]\s*\S{2,12}$|^(图|圖)\s*[/／]\s*(?!文)\S{2,12}$|"
    # a picture's placeholder left where the image stood
    r"^(文章|新闻|新聞)?(插图|插圖|图片|圖片|配图|配圖)$|"
    r"^(主办|承办|协办|技术支持|网站主办|主管)(单位)?\s*[:：]|"
    # the publisher or its overseer under the masthead ('某某日报报业集团主办', '某某宣传部主管')
    r"^\S{2,16}(集团|集團|报社|報社|网|網|中心|政府|委员会|委員會|办公室|辦公室|部)(主办|主辦|主管)$|^(上一篇|下一篇|上一条|下一条)\s*[:：]?|"
    r"^(阅读原文|预览时标签不可点|返回顶部|打印本页|关闭窗口|扫一扫|微信扫一扫|分享到|分享至)|"
    r"^返回(首页|首頁|列表|目录|目錄|上一页|上一頁|上级|上級|頂部)|"
    r"^(点击上方|长按|识别二维码|关注我们|关注公众号|關注公眾號|扫描关注|掃描關注|扫码关注|掃碼關注)|^(点赞|在看|收藏|分享|转发)$|"
    # a share prompt ('分享让更多人看到') and a 'more' link before its section ('更多》文化之窗')
    r"^(分享|转发|轉發)(让|讓|给|給)更多人|^更多\s*[》>»]|"
    # a share box: its targets alone on a line, and its instructions ('点击右上角微信好友')
    r"^(朋友圈|微信好友|QQ空间|QQ好友|新浪微博)$|^(点击右上角|點擊右上角)|分享功能|"
    r"^(联系我们|关于我们|免责声明|网站声明|隐私政策|投稿邮箱|举报电话|违法和不良信息)|"
    # a company or site's contact block: a key and its value ('聯系人:劉經理', 'Email:…')
    r"^(联系人|聯系人|聯繫人|手机|手機|邮箱|郵箱|e-?mail|電話|傳真|地址|联系地址|聯繫地址|QQ|微信号|微信號)\s*[:：]|"
    # a government page's metadata table: its keys, with or without a value (a date it
    # states is read as metadata first)
    r"^(信息)?(索引号|索引號|发文机关|發文機關|发文字号|發文字號|成文日期|主题分类|主題分類|公文种类|"
    r"公文種類|体裁分类|组配分类|服务对象|所属机构|所屬機構|有效性|时效性|主题词|主題詞)\s*[:：]?|"
    # a counter standing alone ('• 閱讀348', '评论 0'): the page's widget, not the story's
    r"^[•·]?\s*(阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊|点赞|點讚)(量|数|數|次数|次數)?\s*[:：]?\s*\d+$",
    re.IGNORECASE,
)
# The page's widgets, on a short line that is no sentence: pagination and 'more' links
# ('上一版 下一版', '随机推荐 更多>>'), comment and login boxes ('发表评论', '请输入验证码',
# '已有0人发表了评论', '請先登錄再進行評論'), font-size controls ('字号变大| 字号变小', '放大 缩小 默认'),
# a folded story's 'read the rest' link ('展开全文', '阅读剩余全文('), a pager of stories
# ('上一篇 下一篇'), an ad slot's label ('- Advertisement -').
WIDGET = re.compile(r"上一版|下一版|上一期|下一期|(阅读|閱讀)下一(则|則|篇)|PDF\s*(版|版面)|"  # '读某某报PDF版面'
                     r"上一页|下一页|上一頁|下一頁|(上|下)一(图集|圖集)|更多\s*(>>|»|＞＞)|"
                     r"(上一篇|上一則|上一则).{0,8}(下一篇|下一則|下一则)|"  # '3上一篇  下一篇4': the pager
                     r"^[-–—=\s]*((?i:advertisement|sponsored)|廣告|广告)[-–—=\s]*$|"  # an ad slot's label
                     r"(展开|展開|阅读|閱讀|查看|余下|餘下|点击查看|點擊查看)(剩余|剩餘)?全文|"
                     r"发表评论|發表評論|验证码|驗證碼|请先登录|請先登錄|人发表了评论|人發表了評論|"
                     r"本版列表新闻|本版新闻列表|本版列表新聞|"  # an e-paper's list of the page's other stories
                     r"(展开|展開|收缩|收縮)通版|通版(阅读|閱讀)|"  # an e-paper's whole-page view controls
                     r"^(参与讨论|參與討論|我想说|我想說|我要评论|我要評論)$|(参与互动|參與互動)\s*[(（]\d|"  # comments
                     r"(字体大小|字體大小)\s*[:：]|"  # the font-size control
                     r"^(站内|站內|全站)?(搜索|搜尋)\s*[:：]?$|"  # the site's search box
                     r"^[•·]?\s*\S{2,12}(移动版|移動版|手机版|手機版)$|"  # the site's name on its mobile pages
                     r"^(电脑版|電腦版|桌面版|触屏版|觸屏版|手机版|手機版)$|"  # its switch to another version
                     r"^(最新|熱門|热门|全部)?(回應|回应|評論|评论|留言)\s*[:：]?$|"  # a comment box's heading
                     r"^(字号|字號|字体|字體)\s*[:：]?(\s*[大中小])*\s*$|"  # the font-size control's label alone
                     r"^((字号|字號|字体|字體)?(变大|變大|变小|變小|放大|缩小|縮小|默认|默認|还原|還原)[\s|｜]*){2,}$")
AD_START = re.compile(r"^欢迎订阅|^(杂志社|报社)?订阅[(（]|"
                       r"^(扫码订阅|征订|订阅热线|订阅电话|广告热线|广告合作|邮发代号|全年定价)")
RELATED = re.compile(r"^[※【\[]?\s*(相关阅读|相关新闻|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|"
                      r"猜你喜欢|热门文章|往期回顾|往期推荐|更多新闻|精彩推荐|热点新闻|"
                      r"(你|您)可能(还|還|也)?(想看|喜欢|喜歡|感兴趣|感興趣)|"  # '※你可能還想看:'
                      # any list so headed: '新闻推荐', '為你推薦', '最新資訊', '其他新闻', '往下看更多文章'
                      r"[^\s，,。:：]{0,4}(推荐|推薦)|(往下看|继续看|繼續看)?(最新|热门|熱門|更多|其他|其它|相关|相關)"
                      r"(新闻|新聞|文章|资讯|資訊|报道|報導|视频|視頻|图集|圖集)|"
                      r"相關閱讀|相關新聞|相關文章|相關報導|推薦閱讀|延伸閱讀|熱門推薦|猜你喜歡|熱門文章|推薦)\s*[】\]]?\s*[:：]?$")

# Notices a page sets around every story, whatever their punctuation: a browser warning
# ('無法正常瀏覽內容,請按這裡'), the suicide-prevention notice and hotlines Taiwan papers append,
# a mirror's disclaimer ('本站所有图文均由用户上传…仅供学习交流'), an e-paper's column label.
NOTICES = re.compile(r"无法正常浏览|無法正常瀏覽|自杀不能解决问题|自殺不能解決問題|"
                     r"(防止自殺|防止自杀|自殺|自杀)\S{0,6}(熱線|热线|求助)|"
                     r"(专线|專線|热线|熱線)\s*[:：︰]?\s*\d{3,}|"
                     r"^本站(所有|全部)?.{0,8}(均由|来自|來自)|(仅供|僅供).{0,8}(学习交流|學習交流)|"
                     r"^(专栏|專欄)\s*[:：]|"
                     r"(下载|下載|打开|打開|用)\s*APP|"  # '現在用APP看新聞 點我下載APP': the site's app ad
                     r"(感谢|感謝).{1,8}(提供|报料|爆料).{0,4}(线索|線索)|"  # a paper's reward for a tip
                     r"(征集|徵集)(新闻|新聞)?(线索|線索)|"  # its call for tips ('…有奖征集新闻线索')
                     r"^(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎来到|歡迎來到)|"  # a site's greeting
                     r"^\S{2,12}(网|網)由\S{2,16}(主办|主辦)|"  # its banner: '某某网由某某报社主办!
                     # an age gate ('您是否已年滿18歲', '未滿18歲請離開')
                     r"(已|是否|需|须|須)(年满|年滿|满|滿)\s*18|(未满|未滿)\s*18\s*(岁|歲|周岁|週歲)?[^。]{0,6}(离开|離開|禁止|請|请)|"
                     # a browser or player warning ('您的浏览器不支持video标签')
                     r"(浏览器|瀏覽器)(不支持|不支援|版本过低|版本過低|版本太低)|(升级|升級)至\s*IE|"
                     # '為達最佳瀏覽效果，建議使用…'; a read-aloud button
                     r"最佳(浏览|瀏覽)效果|^(聽新聞|听新闻|語音朗讀|语音朗读)$|"
                     # a cookie or privacy consent ('本網站使用相關技術…', '請同意我們的隱私權規範'), a
                     # browser's download link ('請至某某官網下載')
                     r"(本網站|本网站)使用.{0,12}(技術|技术|cookie)|(請|请)同意.{0,8}(隱私|隐私)|(請至|请至)\S{0,12}(官網|官网)(下載|下载)|"
                     # an e-paper's gate for its app ('本页面内容不允许直接阅读，请通过客户端浏览')
                     r"(不允许|不允許)直接(阅读|閱讀)|(扫描二维码|掃描二維碼)(下载|下載)|"
                     # a rights notice, whatever its punctuation ('未经授权不得转载，违者…')
                     r"(未经|未經).{0,12}(许可|許可|授权|授權|同意).{0,12}(不得|禁止|严禁|嚴禁).{0,4}(转载|轉載|复制|複製|使用)|"
                     r"(报料|報料|爆料).{0,6}(线索费|線索費)|"  # a paper's tip fee: '报料，线索费50元'
                     # a call to follow the outlet on a platform ('快點我加入某某新聞LINE好友!')
                     r"(加入|追蹤|追踪|訂閱|订阅)\S{0,12}(LINE|Line|臉書|脸书|Facebook|IG|Instagram|YouTube|Telegram)"
                     r"\s*(好友|官方帳號|官方账号|粉絲團|粉丝团|頻道|频道)|"
                     # a site's terms for reprints ('本站原创文章,转载请附上原文链接。')
                     r"(转载|轉載)(请|請)(附上|注明|註明|保留|标明|標明)|"
                     # a text-message subscription: '移动用户发‘X’到 1065…定制,3元/月'
                     r"(发|發|发送|發送)\S{0,12}(到|至)\s*1\d{4,}.{0,12}(定制|訂製|订阅|訂閱)")
_SITE_GREETING = re.compile(r"^(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎来到|歡迎來到)\s*[“「《]?"
                            r"[^\s，,。“”「」《》]{2,16}(网|網|站|台|臺|报|報)[”」》]?")
_RIGHTS_OWNER = re.compile(r"(版权|版權)均?(属|屬|归|歸)\S{1,16}所有")
_RIGHTS_MAX = 150  # characters: a paper's rights notice runs to a paragraph
_KANA = re.compile(r"[\u3040-\u30ff]")
_KANA_SHARE = 0.3  # of a line's characters: Chinese text quotes a Japanese name, never a line of it
_NOTICE_MAX = 80  # longer, it is a paragraph that may quote such words
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
                    r"(还没有|還沒有|没有|沒有)(账号|帳號|賬號)|(忘记|忘記)密(码|碼)")
_SWITCH = re.compile(r"^(跳过导航|跳過導航|跳到主要内容|跳至主要內容|跳到主要內容)|^(显示模式|顯示模式)")
# A share bar naming its targets ('分享工具 facebook', '分享到: 微信 微博'): nothing else on the line.
_SOCIAL = re.compile(r"facebook|twitter|whatsapp|telegram|line|weibo|wechat|plurk|微信|微博|朋友圈|QQ空间|QQ|"
                     r"推特|臉書|脸书", re.IGNORECASE)
_SHARE_REST = re.compile(r"分享(工具|到|至|本文|此文)?|share( to| this)?|[\s:：|｜/,，、·•]", re.IGNORECASE)
# A toolbar of the page's actions ('收藏 打印 推荐 更多功能'): every word is one of these.
_ACTIONS = frozenset(["收藏", "打印", "列印", "推荐", "推薦", "更多功能", "朗读", "朗讀", "评论", "評論", "分享",
                      "纠错", "糾錯", "关闭", "關閉", "转发", "轉發", "点赞", "點讚", "举报", "舉報", "复制链接",
                      "複製鏈接", "关闭窗口", "關閉窗口", "返回顶部", "返回頂部"])
_ACTIONS_MAX = 8  # words
# English controls on a Chinese page ('Previous Next', 'Back to top'): every word is one of these.
_UI_WORDS = frozenset(["previous", "prev", "next", "more", "read", "share", "print", "close", "login", "log",
                       "sign", "in", "up", "register", "top", "back", "to", "home", "menu", "search", "email",
                       "comments", "comment", "reply", "copy", "link", "skip", "content", "main"])
_UI_MAX = 5  # words
# A view or comment counter left by the page ('体育正文 287 0'): a short label, then two numbers.
_COUNTER = re.compile(r"^[\u4e00-\u9fff]{1,8}(\s+\d{1,7}){2,3}$")
# An audio or video player's clock ('0:00', '00:00 / 03:25'), never a story's time, and a
# count standing bare under a headline ('0', '12 3'): a like or comment button's number.
_STRAY = re.compile(r"^0?0:00$|^(\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(\d{1,2}:)?\d{1,2}:\d{2}$|^\d{1,4}(\s+\d{1,4}){0,2}$")
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
    if len(bare) <= _WIDGET_MAX and (_LOGIN.search(bare) or _SWITCH.match(bare)
                                     or len(set(_LOGIN_WORD.findall(bare))) >= 2):
        return True
    if len(bare) <= 2 * _WIDGET_MAX and (_SOCIAL.search(text) or bare.startswith("分享")) and not _SHARE_REST.sub(
            "", _SOCIAL.sub("", text)):
        return True
    words = text.lower().split()
    if 2 <= len(words) <= _ACTIONS_MAX and all(w in _ACTIONS for w in words):
        return True
    if not _HAN.search(text) and (len(words) <= _UI_MAX and all(w in _UI_WORDS for w in words)
                                  or _SCRIPT.search(text)):
        return True
    return bool(_COUNTER.match(text))


def table_cells(text: str) -> str:
    """A table row's cells without its pipes; any other line as it is."""
    if not _TABLE_ROW.match(text):
        return text
    return " ".join(p for p in _CELL_SEP.split(text.strip()) if p) or text


def is_stray(text: str) -> bool:
    """A player's clock or a button's count: dropped without marking a page break (such
    widgets sit inside the story)."""
    return bool(_STRAY.match(text.strip()))


def is_notice(text: str) -> bool:
    """A notice, spam line or doubled site name: chrome whatever its punctuation."""
    if len(text) <= _NOTICE_MAX and NOTICES.search(text):
        return True
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


# Edges of a story (search/sources/edges.py): above its first real sentence and below its
# last, a line is judged by its shape. A real sentence carries sentence punctuation or runs
# longer than a headline does; the lines outside are headlines, kickers, bylines, signatures,
# dates, captions and subheadings (all kept), or the page's own labels.
EDGE_SENTENCE = re.compile(r"[。！？!?；;]")
EDGE_LONG = 40  # characters, spaces left out: a longer line is text, however punctuated
# A label is a short key and a colon ('浏览次数:', '页:', '沒有留言:'). A line of labels
# is a form or table of the page: below the story even one empty label ('页:', '页: [1]')
# is (a story's last word is no key with nothing after it); above it, a single key with a
# colon is a salutation ('同志们:'), so two keys are asked for ('废止时间: … 名称: …').
EDGE_LABEL = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{1,6}\s*[:：]")
EDGE_EMPTY_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*[\W\d_]*$")  # '页: [1]', '评论:'
EDGE_TOP_LABELS = 2
# A line mostly of Latin letters, digits and symbols ('5 b- Z; J6 X/ l论坛5.39 ^3 }6',
# '某某 www.example.com mm'): a jammer, an address or a code; a story's edge line is Han
# (a date is read apart and kept). Inside the text such a line may be a figure row: kept.
EDGE_FOREIGN_SHARE = 0.5  # of the characters, spaces left out
EDGE_FOREIGN_MIN = 6
# A bracket closed that was never opened, or opened and never closed ('放大字體】【縮小字體打印'):
# a widget bar cut by the copy, never a story's line (headlines close what they open: '【独家】').
# Decoration around a heading ('>>推荐阅读<<', '■ 相关新闻 ■'): taken off before the
# related-list and chrome lists are asked.
DECORATION = re.compile(r"^[\s>＞»›<＜«‹■□●○◆◇★☆▶►▼▲—\-=*#]+|[\s>＞»›<＜«‹■□●○◆◇★☆◀◄▼▲—\-=*#]+$")


_FOLD_MAX = 150  # characters: the longest line the chrome lists are asked of


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """*text* in simplified characters: the lists above are asked of a traditional line in
    this form too, so a word a list names in one script is found in the other ('掃一掃')."""
    return _t2s().convert(text)


def in_other_script(text: str, test: Callable[[str], object]) -> bool:
    """Does *test* hold for a short traditional line once simplified? (A paragraph is never
    page chrome by its words alone: not folded.)"""
    if len(text) > _FOLD_MAX:
        return False
    folded = simplified(text)
    return folded != text and bool(test(folded))


_SPACED_OUT = re.compile(r"^(\S\s+){1,5}\S$")  # '推 荐', '相 关 新 闻': a label set one character apart


def undecorated(text: str) -> str:
    """*text* without the arrows, blocks and stars set around a heading, and with a label set
    one character apart closed up."""
    text = DECORATION.sub("", text) or text
    return "".join(text.split()) if _SPACED_OUT.match(text) else text
