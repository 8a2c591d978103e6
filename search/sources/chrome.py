"""Page chrome as data: the words of navigation, footers, editor credits, page widgets, ads,
notices and related-reading headers, each with why, and the thresholds a story's edges are
judged by. widgets.py holds the chrome told by its shape; lines.py asks both; line_forms.py
holds the forms a line is asked in (simplified, undecorated, closed up)."""
from __future__ import annotations

import re

from search.sources.keys import CHECKER, EDITOR

# Footers, contact and bank details, image names, editor credits, share/print controls.
# Words that mark a footer wherever they stand in a line that is not a sentence.
FOOTER_WORDS = re.compile(r"未经.{0,10}(许可|授权|同意).{0,10}(转载|复制|使用)|转载请注明|版权所有|ICP备|ICP证|"
                           r"公网安备|支持\s*IPv6|"
                           r"网站地图|网站维护|邮政编码|联系电话|发行邮箱|订阅下载|^流量(统计|統計)|"  # a visit counter
                           r"字号[:：]|建议使用.{0,20}浏览器|all rights reserved|"
                           # the same in traditional script, and a licence number in the footer
                           r"版權所有|ICP備|ICP證|公網安備|網站地圖|轉載請註明|"
                           # a province's one-character prefix may lead the number ('增值电信业务经营许可证:皖B2-2008…')
                           r"(许可证|許可證)[》」]?(号|號)?\s*[:：]?\s*[\u4e00-\u9fff]?[A-Za-z0-9(（]", re.IGNORECASE)
# A breadcrumb ('当前位置: 首页 > 新闻') stands at the top of a page's template, never under a
# story: cut after one page's text, it opens the next page of a dump. Only the arrow form: a
# bar ('首页 | 新闻') also stands in footers.
_WHERE_YOU_ARE = ("您现在所在位置|您现在的位置|您当前的位置|您所在的位置|您的位置|当前位置|所在位置|本頁位置|當前位置|"
                  "您現在的位置")
BREADCRUMB = re.compile(r"^(" + _WHERE_YOU_ARE + r")\s*[:：]|^[首主][页頁]\s*[>＞›»]")
BOILERPLATE = re.compile(
    # a link bar ('[首页] [新闻]'), but not a headline after a bracketed tag ('[某县] 某县召开…')
    r"\]\(|^\[(?!\s*[^\[\]]{1,10}\]\s*[^\[\]|｜]{8,}$)|^邮编|^地址[:：]|^电话[:：]|^传真[:：]|^户名|^账号|^开户行|"
    r"^官方(微信|微博)$|^(正在阅读|正在閱讀)\s*[:：]|^(" + _WHERE_YOU_ARE + r")|[首主][页頁]\s*[>＞›»/／|｜]|"
    # a reading-time note ('本篇文章635字,读完约2分钟')
    r"(读完|讀完|阅读|閱讀)(约|約|需|需要)\s*\d{1,3}\s*(分钟|分鐘)|"
    # an editor's, a reviewer's or a production credit, in either script ('责任编辑:', '監製:')
    r"^[【\[(（]?\s*(" + EDITOR + "|" + CHECKER + r"|本期编辑|本版编辑|本版责编|编译|編譯|美编|版式设计|"
    r"流程制作|审校|监制|终审|初审|一审|二审|三审|编审|本期編輯|本版編輯|美編|審校|監製)\s*[:：|｜丨]|"
    # a chief editor's credit ('主编:某某'), an editor named with no colon ('编辑 某某')
    r"^(主编|主編|执行主编|執行主編)\s*[:：]|^(编辑|編輯|责编|責編)\s+[\u4e00-\u9fff]{2,4}$|"
    # a feature's production credits ('统筹:某某', '協調:某某支隊宣傳助理員 某某')
    r"^[【\[(（]?\s*(统筹|統籌|策划|策劃|协调|協調)\s*[:：]|"
    # a photo's credit ('图片来源:某某局'), and a server's error left in the page ('Deprecated: …')
    r"^(图片|圖片|照片)(来源|來源|提供)\s*[:：]|^(Deprecated|Warning|Notice|Fatal error|Parse error)\s*:\s|"
    # a story's credits in brackets, each a role and a name: '(图文:某某 审核:某某)', '【文:某某 审核:某某】'
    r"^[(（【\[]\s*(图文|圖文|文图|文圖|文|图|圖|摄影|攝影)\s*[:：/／]\s*\S{1,12}(\s+(审核|審核|编辑|編輯|责编|責編|校对|校對)"
    r"\s*[:：]\s*\S{1,12})+\s*[)）】\]]$|"
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
    # a site's rights or disclaimer heading ('版权声明', '某某网版权及免责声明:'), its tag cloud's heading
    # ('相关热词搜索:'), a photo's credit alone ('图 | 某某新闻'; longer, no credit verb: a headline's tag)
    r"^\S{0,8}?(版权|版權)?(及|和)?(版权声明|版權聲明|免责声明|免責聲明|免责申明|免責申明|建设声明|建設聲明|网站声明|網站聲明)\s*[:：]?$|^(相关|相關)(热词|熱詞)|"
    r"^((图|圖|视频|視頻)\s*[|｜]|(图文|圖文)\s*[:：])\s*(\S{2,8}|\S{2,10}(摄|攝|提供|出品|制作|製作))$|^(图|圖)\s*[/／]\s*(?!文)\S{2,12}$|"
    # a picture's placeholder left where the image stood
    r"^(文章|新闻|新聞)?(插图|插圖|图片|圖片|配图|配圖)$|^[(（](相关|相關)?(资料|資料)(图|圖)(片)?[)）]$|"
    # an empty caption's label ('圖片說明:', '圖一:') and a bare photo credit ('(政府新聞處圖片)')
    r"^(图片说明|圖片說明|图说|圖說|(图|圖)[一二三四五六七八九十\d]{1,2})\s*[:：]?$|"
    r"^[(（][^()（）\s]{2,12}(图片|圖片|照片)[)）]$|"
    # a page's summary cut off before the story repeats it ('简介7月22日起，…成效和经 ...')
    r"^(简介|簡介|导读|導讀|摘要)\s*[:：]?.{10,}?(\.{3}|…)\s*$|"
    r"^(主办|承办|协办|技术支持|网站主办|主管)(单位)?\s*[:：]|^(网站|網站)?(技术支持|技術支持)(电话|電話|热线|熱線)|"
    # a site's own buttons ('设为首页', '加入收藏'), a blog's empty comment count and its 'posted by'
    # label left alone, a browser warning
    r"^(设为首页|設為首頁|设为主页|設為主頁|加入收藏)|^no comments\s*:?$|^(沒有留言|没有留言|張貼者|张贴者)\s*[:：]?$|"
    r"^your browser does not|"
    # the publisher or its overseer under the masthead ('某某日报报业集团主办', '某某宣传部主管')
    r"^\S{2,16}(集团|集團|报社|報社|网|網|中心|政府|委员会|委員會|办公室|辦公室|部)(主办|主辦|主管)$|^(上一篇|下一篇|上一条|下一条)\s*[:：]?|"
    r"^(阅读原文|预览时标签不可点|返回顶部|打印本页|关闭窗口|扫一扫|微信扫一扫|分享到|分享至)|^(打印页面|列印頁面)$|"
    # a teaser's link to the rest of its story ('Continue reading “…”', '繼續閱讀 »')
    r"^(continue reading|read more)\b|^(阅读全文|閱讀全文|继续阅读|繼續閱讀)\s*[»>›]*$|"
    r"^[«‹<]?\s*返回(首页|首頁|列表|目录|目錄|上一页|上一頁|上级|上級|頂部|前页|前頁)|^回到(顶部|頂部|顶端|頂端)$|"
    # a channel's entry and follow links ('某某网微信公众号入口', '关注某某微信', '>某某频道精选:')
    r"(微信公众号|微信公眾號)入口$|^(关注|關注)\S{0,8}(微信|微博)$|^[>》]?\S{2,10}(频道|頻道)(精选|精選)\s*[:：]?$|"
    r"^[↑☝👆]?\s*(点击上方|點擊上方|长按|長按|识别二维码|关注我们|关注公众号|關注公眾號|扫描关注|掃描關注|扫码关注|掃碼關注)|^(点赞|在看|收藏|分享|转发)$|"
    # a contribute button, and its contact line ('投稿与新闻线索:陈女士 微信/手机:…')
    r"^(我要)?(投稿|爆料)$|^投稿(与|與|和|及)?(新闻线索|新聞線索|邮箱|郵箱|热线|熱線|电话|電話)\s*[:：]|"
    # a reprint's disclaimer ('特别声明:某某网转载其他网站内容,…不代表赞成其观点')
    r"^(特别|特別)?(声明|聲明|免责声明|免責聲明)\s*[:：].{0,60}?(转载|轉載|不代表|观点|觀點)|"
    # an opinion's disclaimer ('本評論觀點只代表網友個人觀點,不代表某某網立場')
    r"^[(（【]?(本文|本评论|本評論|文章|以上)?(观点|觀點|内容|內容)?(只|仅|僅)代表(作者|网友|網友|个人|個人)"
    r".{0,30}(立场|立場|观点|觀點)|"
    # a newsletter's or channel's sign-up box ('立即訂閱某某電子報', '訂閱即表示你同意…', '訂閱頻道')
    r"^(立即|马上|馬上|免费|免費)?(订阅|訂閱)(\s*$|[^，,。]{0,20}(电子报|電子報|频道|頻道|YouTube|newsletter)|"
    r"(登录|登入|登錄)|即表示)|"
    # a social page's header: its likes and talk ('某某會 OCAC, 台北市。 101,914 個讚 · 5,706 人正在談論這個')
    r"[\d,]+\s*(個讚|个赞)\s*[·•]\s*[\d,]+\s*人正在(談論|谈论)|"
    # a share prompt ('分享让更多人看到') and a 'more' link before its section ('更多》文化之窗')
    r"^(分享|转发|轉發)(让|讓|给|給)更多人|^更多\s*[》>»]|"
    # a comment box with nothing in it ('还没有评论，快来抢沙发吧'), a 'hot' list's label alone
    r"^(还没有|還沒有)(评论|評論|留言)|(抢|搶)沙(发|發)|^(热门|熱門|热搜|熱搜)\s*[:：]?$|"
    # a share box: its targets alone on a line, and its instructions ('点击右上角微信好友')
    r"^(朋友圈|微信好友|QQ空间|QQ好友|新浪微博)$|^(点击右上角|點擊右上角)|分享功能|"
    r"^(联系我们|关于我们|免责声明|网站声明|隐私政策|投稿邮箱|举报电话|违法和不良信息)|"
    # a company or site's contact block: a key and its value ('聯系人:劉經理', 'Email:…')
    r"^(联系人|聯系人|聯繫人|手机|手機|邮箱|郵箱|e-?mail|電話|傳真|地址|联系地址|聯繫地址|QQ|微信号|微信號)\s*[:：]|"
    # a government page's metadata table: its keys, with or without a value (a date it
    # states is read as metadata first)
    r"^(信息)?(索引号|索引號|发文机关|發文機關|发文字号|發文字號|成文日期|主题分类|主題分類|公文种类|"
    r"公文種類|体裁分类|组配分类|服务对象|所属机构|所屬機構|有效性|时效性|主题词|主題詞)\s*[:：]?|"
    r"^(内容概述|內容概述|内容概要|內容概要)\s*[:：]?$|"  # the table's summary label, its value gone
    r"^\S{2,12}(\s+\S{2,20})?\s*(整理发布|整理發佈|整理发表|整理發表)$|"  # a site's credit: '某某网 Xx.com 整理发布'
    # a counter standing alone ('• 閱讀348', '评论 0'): the page's widget, not the story's
    r"^[•·]?\s*(阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊|点赞|點讚|人气|人氣)(量|数|數|次数|次數|人次)?\s*[:：]?\s*\d+\s*次?$|"
    # a row of hashtags ('#圖書館 #中興大學 #資源'): the page's tag links
    r"^(#[^\s#]{1,16}\s*){3,}$|"
    r"^(浏览|瀏覽|点击|點擊)(量|数|數|次数|次數)?\s*[:：]?$",  # its number filled in by a script the copy lost
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
                     r"^(参与讨论|參與討論|我想说|我想說|我要评论|我要評論|文章点评|文章點評)$|"  # comments
                     r"(参与互动|參與互動)\s*[(（]\d|"
                     r"(字体大小|字體大小)\s*[:：]|"  # the font-size control
                     r"^(站内|站內|全站)?(搜索|搜尋)\s*[:：]?$|"  # the site's search box
                     r"^(跑马灯|跑馬燈)(讯息|訊息|消息)?$|"  # the news ticker's label
                     r"^(更多|查看更多|看更多)(照片|图片|圖片|相片)$|"  # a post's link to its album
                     r"^(了解更多|瞭解更多|查看更多|看更多|更多)\s*[»>›]*$|"  # a link to the rest ('了解更多')
                     r"^[xX×✕✖]$|"  # a dialog's close mark left alone on its line
                     r"[<‹«]\s*[>›»]\s*$|"  # a slider's arrows after its notice ('通告: … < >')
                     r"^(新聞稿|新闻稿)$|"  # a government site's section label over each release
                     # the hour a press release was issued, under its date ('香港时间8时55分')
                     r"^(香港|澳門|澳门)(时间|時間)\s*\d{1,2}\s*(时|時)\s*\d{1,2}\s*分$|"
                     # a page-view counter's label ('總網頁瀏覽量', '《某某報導》讀者點閱總人次: 1,234')
                     r"^.{0,14}(瀏覽量|浏览量|瀏覽人次|浏览人次|點閱總?人次|点阅总?人次|訪問量|访问量)\s*[:：]?\s*[\d,]*$|"
                     r"^(觀看|观看|播放)(新聞|新闻)?(片段|影片|視頻|视频)$|"  # a video player's label
                     # a like counter: '已有 0 位網友鼓勵'
                     r"^已有\s*\d+\s*(位|人|個|个)\S{0,4}(鼓勵|鼓励|按讚|按赞|点赞|點讚|推薦|推荐)$|"
                     r"^(本文所在)?(版面导航|版面導航|标题导航|標題導航|版面目录|版面目錄|版面)$|"  # an e-paper's menus
                     # a photo's zoom link ('放大圖片', '点击查看大图')
                     r"^(放大|点击放大|點擊放大|查看|点击查看|點擊查看)(图片|圖片|大图|大圖|原图|原圖)$|"
                     r"^[•·]?\s*\S{2,12}(移动版|移動版|手机版|手機版)$|"  # the site's name on its mobile pages
                     r"^(电脑版|電腦版|桌面版|触屏版|觸屏版|手机版|手機版)$|"  # its switch to another version
                     # a comment box's heading
                     r"^(最新|熱門|热门|全部|發佈|发布|發表|发表)?(回應|回应|評論|评论|留言)\s*[:：]?$|"
                     # the font-size control's label alone, or wrapped over lines ('【字体:大' / '中' / '小】')
                     r"^[【\[]?(字号|字號|字体|字體)\s*[:：]?(\s*[大中小])*\s*[】\]]?$|^[大中小]\s*[】\]]$|"
                     r"^((字号|字號|字体|字體)?(变大|變大|变小|變小|放大|缩小|縮小|默认|默認|还原|還原)[\s|｜]*){2,}$")
AD_START = re.compile(r"^欢迎订阅|^(杂志社|报社)?订阅[(（]|"
                       r"^(扫码订阅|征订|订阅热线|订阅电话|广告热线|广告合作|邮发代号|全年定价)")
RELATED = re.compile(r"^[※【\[]?\s*(相关阅读|相关新闻|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|"
                      r"猜你喜欢|热门文章|往期回顾|往期推荐|更多新闻|精彩推荐|热点新闻|"
                      r"(你|您)可能(还|還|也)?(想看|喜欢|喜歡|感兴趣|感興趣)|"  # '※你可能還想看:'
                      # any list so headed: '新闻推荐', '為你推薦', '最新資訊', '其他新闻', '往下看更多文章'
                      r"[^\s，,。:：]{0,4}(推荐|推薦)|(往下看|继续看|繼續看)?(最新|热门|熱門|更多|其他|其它|相关|相關)"
                      r"(新闻|新聞|文章|资讯|資訊|报道|報導|视频|視頻|图集|圖集|信息|訊息)|"
                      r"相關閱讀|相關新聞|相關文章|相關報導|推薦閱讀|延伸閱讀|熱門推薦|猜你喜歡|熱門文章|推薦|"
                      # a site's search terms, its ticker
                      r"(热门|熱門)(搜索|搜尋|搜寻|标签|標籤)|(今日|今天)(头条|頭條)|"
                      # 'more of' a section ('更多港聞'), not a post's album ('更多照片')
                      r"更多(?!照片|图片|圖片|相片)[\u4e00-\u9fff]{2})\s*[】\]]?\s*[:：]?$")

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
                     # a site's greeting ('您好，欢迎来到某某网！')
                     r"^((您好|你好)[,，!！]?\s*)?(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎来到|歡迎來到)|"
                     r"^\S{2,12}(网|網)由\S{2,16}(主办|主辦)|"  # its banner: '某某网由某某报社主办!
                     # an age gate ('您是否已年滿18歲', '未滿18歲請離開')
                     r"^(限制級|限制级)$|"  # its label
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
                     # a rights notice, whatever its punctuation ('未经授权不得转载，违者…', '本文版權所有，
                     # 非經授權，不得轉載。'), or its owner's rights then the ban ('某某电台版权所有，不得转载。'),
                     # not quoted by a story ('扉页印着“版权所有，不得翻印”')
                     r"(未经|未經|非经|非經).{0,12}(许可|許可|授权|授權|同意).{0,12}(不得|禁止|严禁|嚴禁).{0,4}(转载|轉載|复制|複製|使用)|"
                     r"(?<![“「『\"])(版权所有|版權所有)[,，、;；\s]{0,2}(不得|禁止|严禁|嚴禁|请勿|請勿)(转载|轉載|复制|複製|翻印)|"
                     r"(报料|報料|爆料).{0,6}(线索费|線索費)|"  # a paper's tip fee: '报料，线索费50元'
                     # a comment form's promise and its required fields ('您的電郵地址不會公開')
                     r"(電郵地址|電子郵件地址|电子邮件地址|邮箱地址|郵箱地址)[^。]{0,8}(不會|不会)[^。]{0,4}(公開|公开)|"
                     r"必填(欄位|栏位|字段|項目|项目)|"
                     # a call to follow the outlet on a platform ('快點我加入某某新聞LINE好友!')
                     r"(加入|追蹤|追踪|訂閱|订阅)\S{0,12}(LINE|Line|臉書|脸书|Facebook|IG|Instagram|YouTube|Telegram)"
                     r"\s*(好友|官方帳號|官方账号|粉絲團|粉丝团|頻道|频道)|"
                     # a takedown notice ('如果我们转载的作品侵犯了您的权利,请…通知我们') and a comment
                     # box's rules ('请自觉遵守互联网相关的政策法规,严禁发布…')
                     r"(转载|轉載)的?(作品|文章|稿件|内容|內容).{0,16}(侵犯|侵权|侵權)|"
                     r"遵守.{0,8}(互联网|互聯網|網際網路|网络|網絡).{0,8}(政策|法规|法規)|"
                     # ... and its moderator's right ('*本網站有權刪除或封鎖任何…的留言和用戶')
                     r"(本網站|本网站|本站)(有權|有权|保留)\S{0,4}(刪除|删除|封鎖|封锁|移除)|"
                     r"^(加载|加載|查看|阅读|閱讀|浏览|瀏覽)原文(网页|網頁)?$|"  # '加載原文網頁': a control
                     # a site's terms for reprints ('本站原创文章,转载请附上原文链接。')
                     r"(转载|轉載)(请|請)(附上|注明|註明|保留|标明|標明)|"
                     # a text-message subscription: '移动用户发‘X’到 1065…定制,3元/月'
                     r"(发|發|发送|發送)\S{0,12}(到|至)\s*1\d{4,}.{0,12}(定制|訂製|订阅|訂閱)")
# Edges of a story (search/sources/edges.py): above its first real sentence and below its
# last, a line is judged by its shape. A real sentence carries sentence punctuation or runs
# longer than a headline does; the lines outside are headlines, kickers, bylines, signatures,
# dates, captions and subheadings (kept, and below the text read for its date and source),
# or the page's own labels.
EDGE_SENTENCE = re.compile(r"[。！？!?；;]")
EDGE_LONG = 40  # characters, spaces left out: a longer line is text, however punctuated
# Below the last sentence, a line with a clause in it ('…致辞表示，此次活动…') is the story's
# last sentence without its full stop (or cut off by the copy), and a key with a value holding
# a figure ('比赛时间：3月20日', '报名截止：3月15日') is a notice's item: text, not a signature or a
# caption. (A numbered section, SECTION_NUMBER below, is text too.)
EDGE_CLAUSE = re.compile(r"[\u4e00-\u9fff][，,][\u4e00-\u9fff]|^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S*\d")
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
# A document's own section number opening a line ('一、時間:2026年3月6日 10:00', '（二）地點',
# '壹、提要', as notices and government reports number their parts): the story's outline,
# never an item of a menu or of a list of other headlines (those are bulleted or numbered
# 1. 2. 3.), nor a code, however short the line or many its digits.
SECTION_NUMERALS = "一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"  # the formal ones in Taiwan's reports
SECTION_NUMBER = re.compile(rf"^\s*(?:[{SECTION_NUMERALS}]{{1,3}}[、．]|[(（][一二三四五六七八九十]{{1,3}}[)）])")
EDGE_FOREIGN_SHARE = 0.5  # of the characters, spaces left out
EDGE_FOREIGN_MIN = 6
# A bracket closed that was never opened, or opened and never closed ('放大字體】【縮小字體打印'):
# a widget bar cut by the copy, never a story's line (headlines close what they open: '【独家】').
