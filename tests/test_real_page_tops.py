"""A date line under a story's last paragraph in a dump: the story's signature date, or the
top of the next page (issue 25)? The lines in and under it decide, not its own shape. Texts
are written for the tests, modelled on the forms real dumps take; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.page_tops import labelled
from search.sources.text import split_articles

# a page of a site's dump ends on its paragraphs, with no date of its own (five of them: a
# headline over one to four paragraphs and a stamp under is a list's item, items.stamps_under)
HARBOUR = ("港口夜市重新開張\n"
           "停辦三年的港口夜市昨晚重新開張，攤商沿著碼頭擺出八十多個攤位，吸引大批市民前往。\n"
           "主辦單位表示，夜市每逢週五及週六營業，至晚上十一時結束，並加派保全人員維持秩序。\n"
           "不少攤商是第一次參加，一位賣烤玉米的老闆說，開張第一晚生意比預期好，食材不到九點就賣完了。\n"
           "附近居民則擔心噪音與垃圾問題，主辦單位承諾每晚收攤後清潔碼頭，並設置專線受理陳情。\n"
           "市府觀光局也表示，將評估在夜市旁增設臨時停車場，並規劃接駁公車路線，減少周邊交通壅塞。\n")


def arts(text: str):
    return [a for a in split_articles(text, "dump.txt") if a.kind == "article"]


def dated(text: str, words: str) -> str | None:
    """The date of the article of *text* holding *words*."""
    return next(a.date for a in arts(text) if words in a.title + a.text)


def test_a_list_stamping_each_item_starts_a_page_under_the_story_above():
    """A news list puts a posting stamp over each item: its first stamp, right under the
    story of the page before, dates the first item, not that story (nor does every stamp
    slide down by one)."""
    text = HARBOUR + ("2024-03-05 10:20\n"  # joined with no blank line, as tight dumps come
                      "市議會今天三讀通過自治條例修正案，未來新建大樓須設置一定比例的充電車位，違者將處以罰鍰。\n"
                      "2024-03-04 09:10\n"
                      "氣象署表示，鋒面明天通過，北部及東北部降雨機率提高，氣溫也將下降三至四度。\n"
                      "2024-03-02 18:00\n"
                      "地方法院今天宣判一起詐騙案，被告共騙走二十多名長者的積蓄，一審判處有期徒刑五年。\n")
    assert dated(text, "夜市每逢週五") is None
    assert dated(text, "充電車位") == "2024-03-05"
    assert dated(text, "鋒面明天通過") == "2024-03-04"
    assert dated(text, "一審判處") == "2024-03-02"


def test_a_blog_archive_header_dates_the_posts_under_it():
    """'目前顯示的是 … 的文章' over a blog's posts dates those posts, not the page above."""
    text = HARBOUR + ("目前顯示的是 5月 12, 2023的文章\n"
                      "社區圖書館增設夜間自習區\n"
                      "記者王小明\\新竹報導 社區圖書館即日起增設夜間自習區，開放至晚間十時，方便學生準備考試。\n")
    assert dated(text, "夜市每逢週五") is None
    assert dated(text, "夜間自習區") == "2023-05-12"


def test_a_notice_keeps_its_signature_date():
    """A notice signed by its office and dated under its last clause keeps that date, though
    the next page's headline follows it."""
    text = ("關於寒假期間校園開放時間的通知\n"
            "各位家長、同學：\n"
            "一、寒假期間校園每日上午八時至下午五時開放，供師生運動使用。\n"
            "二、進入校園請配合門口登記，並遵守運動場地使用規定。\n"
            "特此通知。\n"
            "育英國民中學\n"
            "2024年1月18日\n\n"
            "冬季運動會圓滿落幕\n"
            "本校冬季運動會上週六舉行，全校師生共同參與，共有十二項比賽打破大會紀錄。\n")
    assert dated(text, "校園每日上午") == "2024-01-18"


def test_dates_signed_by_the_same_name_stay_with_the_items_above():
    """A list signing each item with the paper's name and the day ('某某報 / date' under the
    item) dates each item with the date under it, not the item below."""
    items = [("社區長者共餐據點增至十處", "市府今年增設四處共餐據點，長者可就近用餐。", "2023年8月31日"),
             ("國道拓寬工程明年動工", "交通部表示，拓寬工程施工期間將實施夜間封閉。", "2023年8月30日"),
             ("夏季用電創下新高", "連日高溫用電創新高，電力公司呼籲民眾節約用電。", "2023年8月29日")]
    text = "".join(f"{t}\n{b}\n港都日報\n{d}\n" for t, b, d in items)
    assert dated(text, "共餐據點") == "2023-08-31"
    assert dated(text, "夜間封閉") == "2023-08-30"
    assert dated(text, "節約用電") == "2023-08-29"


def test_a_signed_notice_over_a_headline_with_metadata_keeps_its_date():
    """A notice's signature date over the next page's headline and its metadata line dates
    the notice; the metadata under the headline dates the next page."""
    text = ("關於公布年度優良社區名單的公告\n"
            "經評審委員會審查，本年度共有十二個社區獲選為優良社區，名單如附件。\n"
            "獲選社區將於年底頒獎典禮中接受表揚，並獲頒獎金及獎牌。\n"
            "某某市政府\n"
            "2024年6月3日\n"
            "某某區公所關於辦理冬季防火宣導的通知\n"
            "時間：2024-10-08　來源：某某區公所\n"
            "各里辦公處：\n"
            "入冬後天氣乾燥，火災風險升高，請各里於本月底前完成防火宣導並回報辦理情形。\n")
    assert dated(text, "頒獎典禮") == "2024-06-03"
    assert dated(text, "防火宣導並回報") == "2024-10-08"


def test_a_letter_signed_with_its_weekday_keeps_its_date():
    """A signature date with its weekday on the line under it still signs the text above."""
    text = ("致全體家長的一封信\n"
            "各位家長您好：新學期即將開始，請協助孩子調整作息，準時到校。\n"
            "學校將於開學第一週舉行親師座談會，屆時歡迎家長撥冗參加。\n"
            "光明國民小學\n"
            "2024年2月5日\n"
            "星期一\n\n"
            "校園植樹活動報導\n"
            "記者林小華／台中報導 光明國小昨天舉行植樹活動，師生一同在操場旁種下五十株樹苗。\n")
    assert dated(text, "親師座談會") == "2024-02-05"


def test_a_list_stamping_each_item_under_it_keeps_its_stamps_before_the_next_page():
    """A list that puts the stamp under each item (headline, a line of text, stamp), joined
    to the next page: each stamp stays with the item above it, none slides to the next."""
    text = ("最新动态\n"
            "社区卫生服务中心开设夜间门诊\n"
            "为方便上班族就医，社区卫生服务中心自本周起开设夜间门诊，每天开诊至晚上九点。\n"
            "2024-05-20 09:12\n"
            "老旧小区加装电梯工作全面铺开\n"
            "今年全区计划完成一百部电梯加装，目前已有三十多个小区提交申请。\n"
            "2024-05-18 16:40\n"
            "区图书馆推出暑期少儿阅读计划\n"
            "暑假期间，区图书馆将每周举办两场亲子共读活动，并提供免费借阅卡办理。\n"
            "2024-05-15 11:05\n\n"
            "山区小学迎来新操场\n"
            "经过三个月施工，县里最偏远的山区小学终于有了塑胶跑道和篮球场，孩子们第一次在平整的操场上上体育课。\n"
            "校长说，以前下雨天操场全是泥，体育课只能在教室里上。\n")
    assert dated(text, "夜间门诊") == "2024-05-20"
    assert dated(text, "加装电梯") == "2024-05-18"
    assert dated(text, "少儿阅读") == "2024-05-15"
    assert dated(text, "塑胶跑道") is None


def test_a_section_name_after_each_stamp_keeps_the_stamps_on_their_items():
    """'2025/06/26 16:53 政治' under each item: the section's name after the date is no
    page header's label; the stamps stay under their items."""
    items = [("立法院臨時會開議 朝野攻防預算案", "朝野黨團針對總預算案刪減幅度展開攻防，會議一度中斷。",
              "2025/06/26 16:53 政治"),
             ("颱風外圍環流影響 東半部防豪雨", "今晚起東半部地區有局部大雨或豪雨發生機率。",
              "2025/06/25 15:20 生活"),
             ("股市終場上漲百點 電子股領軍", "台股今天終場上漲一百零二點，電子股為主要推升動力。",
              "2025/06/24 14:05 財經")]
    text = "即時新聞\n" + "".join(f"{t}\n{b}\n{d}\n" for t, b, d in items) + (
        "\n山區小學迎來新操場\n經過三個月施工，山區小學終於有了塑膠跑道和籃球場，孩子們第一次在操場上體育課。\n")
    assert dated(text, "會議一度中斷") == "2025-06-26"
    assert dated(text, "豪雨發生") == "2025-06-25"
    assert dated(text, "電子股為主要") == "2025-06-24"
    assert dated(text, "塑膠跑道") is None


def test_metadata_under_a_date_line_is_no_signature():
    """A date line with metadata right under it heads the next page: the story above it,
    which states no date, is not given that date. (The next page's text is still joined to
    it in a tight dump: opening a story there lost a stated date on the tune pages.)"""
    text = HARBOUR + ("2024-04-01 08:00\n"
                      "發布單位：某某縣政府新聞處\n"
                      "縣府今天宣布，明年起全面補助國中小學生營養午餐，每年預算約三億元。\n")
    assert dated(text, "夜市每逢週五") is None


# a list stamping each item under it: the stamps stay on their items, whatever follows the list
_UNDER = [("社区卫生服务中心开设夜间门诊", "为方便上班族就医，社区卫生服务中心本周起开夜间门诊。", "2024-05-20 09:12"),
          ("老旧小区加装电梯工作全面铺开", "今年全区计划完成一百部电梯加装，已有三十个小区申请。", "2024-05-18 16:40"),
          ("区图书馆推出暑期少儿阅读计划", "暑假期间，区图书馆每周举办两场亲子共读活动。", "2024-05-15 11:05"),
          ("滨江公园改造工程进入收尾阶段", "历时半年的改造工程进入收尾阶段，预计下月初全面开放。", "2024-05-12 08:30")]
_NEXT = "山区小学迎来新操场\n经过三个月施工，山区小学终于有了塑胶跑道和篮球场，孩子们第一次在操场上上体育课。\n"


def _under_dates(text: str) -> list[str | None]:
    return [dated(text, b[4:12]) for _t, b, _d in _UNDER] + [dated(text, "塑胶跑道")]


def test_a_list_stamping_items_under_them_after_another_page_keeps_its_stamps():
    """The same list right under another page's paragraph (a dump with no header line
    between): its first item's headline and text are an item, not that page's tail."""
    text = HARBOUR + "".join(f"{t}\n{b}\n{d}\n" for t, b, d in _UNDER) + _NEXT
    assert _under_dates(text) == [d[:10] for _t, _b, d in _UNDER] + [None]


def test_a_list_with_an_item_longer_than_the_others_keeps_its_stamps():
    """One item of the list runs to two paragraphs: the stamp under it is no first stamp
    of a new list (a stamp of the same shape stands a few lines above it)."""
    longer = (_UNDER[2][0], _UNDER[2][1] + "\n活动需提前在图书馆网站报名，每场限二十组家庭。", _UNDER[2][2])
    items = [*_UNDER[:2], longer, _UNDER[3]]
    text = "最新动态\n" + "".join(f"{t}\n{b}\n{d}\n" for t, b, d in items) + _NEXT
    assert _under_dates(text) == [d[:10] for _t, _b, d in _UNDER] + [None]


def test_a_keyed_date_right_over_the_next_headline_still_signs_its_story():
    """'日期：…' under a story's text with the next page's headline right under it (a tight
    dump): a key before a date is metadata, as often under a story as over it."""
    text = ("本市启动夏季河道清淤专项行动\n"
            "记者从市水务局获悉，本市近日启动夏季河道清淤专项行动，计划在汛期前完成二十条河道的清淤任务。\n"
            "据介绍，此次清淤总长度约四十公里，将有效提升河道行洪能力。\n"
            "日期：2023-07-05\n" + _NEXT)
    assert dated(text, "河道行洪") == "2023-07-05"


def test_a_weekday_before_a_signature_date_is_no_label():
    """'週一 2024/2/5' signing a letter: the weekday before the date is no page header's label."""
    text = ("致全體家長的一封信\n"
            "各位家長您好：新學期即將開始，請協助孩子調整作息，準時到校。\n"
            "學校將於開學第一週舉行親師座談會，屆時歡迎家長撥冗參加。\n"
            "光明國民小學\n"
            "週一 2024/2/5\n" + "校園植樹活動\n光明國小昨天舉行植樹活動，師生一同在操場旁種下五十株樹苗。\n")
    assert dated(text, "親師座談會") == "2024-02-05"


def test_stamps_under_items_of_text_ending_the_file_stay_on_their_items():
    """A news section's items under another page's story, text lines with a stamp under each
    and the last stamp ending the file: no item stands under the last stamp, so the stamps
    are no page's top; the story above keeps no date of theirs."""
    text = HARBOUR + ("本報訊：縣府今天宣布，明年起全面補助國中小學生營養午餐。\n"
            "教育處表示，補助將分兩年實施，先從偏遠地區學校開始。\n"
            "2026-3-16 00:03\n"
            "本報訊：交通處表示，市區公車票價下月起調漲五元。\n"
            "交通處說明，調漲是因油價與人事成本上升。\n"
            "業者則承諾增加班次，縮短候車時間。\n"
            "2026-3-15 23:50\n"
            "本報訊：衛生局提醒民眾，流感疫苗仍有餘量，請盡快接種。\n"
            "衛生局指出，長者與幼童為優先接種對象。\n"
            "... [詳細]\n"
            "2026-3-15 21:10\n")
    assert dated(text, "夜市每逢週五") is None
    assert dated(text, "公車票價") == "2026-03-15"


# a story of a single page or a dump ending on its date, a trailer under the date
_RIVER = ("本市启动夏季河道清淤专项行动\n"
          "记者从市水务局获悉，本市近日启动夏季河道清淤专项行动，计划在汛期前完成二十条河道的清淤任务。\n"
          "据介绍，此次清淤总长度约四十公里，预计清理淤泥八万立方米，将有效提升河道行洪能力。\n")
_TEXT_NEXT = "经过三个月施工，县里最偏远的山区小学终于有了塑胶跑道和篮球场，孩子们第一次上了体育课。\n"


@pytest.mark.parametrize("tail", ["2024-06-03 10:00\n来源：某某日报\n",
                                  "2024年6月3日\n作者：张三\n",
                                  "2024-06-03 10:00\n来源：某某日报\n\n山区小学迎来新操场\n" + _TEXT_NEXT,
                                  "2024-06-03 10:00\n来源：某某日报\n" + _TEXT_NEXT])
def test_a_date_with_a_trailer_under_it_is_the_story_s_own(tail):
    """'date / 来源:…' (or 作者) ending a story, alone or over the next page of a dump (after
    a blank line, or right over its text): the trailer is the story's, and so is the date."""
    assert dated(_RIVER + tail, "河道行洪") == "2024-06-03"


@pytest.mark.parametrize("under", ["發布單位：某某縣政府新聞處\n\n山區小學迎來新操場\n",
                                   "發布單位：某某縣政府新聞處\n山區小學迎來新操場\n",
                                   "發布單位：某某縣政府新聞處\n\n"])
def test_metadata_under_a_date_with_no_text_right_under_it_signs_the_story(under):
    """Metadata under the date with a headline or a blank line under it, not the next page's
    text: the story's trailer, under its date."""
    text = _RIVER + "2024-06-03 10:00\n" + under + _TEXT_NEXT
    assert dated(text, "河道行洪") == "2024-06-03"


def test_a_signature_date_over_the_next_page_s_text_signs_its_story():
    """A bare date with the next page's text right under it and no metadata between: a
    signature, not a page's header."""
    text = _RIVER + "2024年6月3日\n" + _TEXT_NEXT
    assert dated(text, "河道行洪") == "2024-06-03"


def test_a_bracketed_date_under_a_speech_is_its_own():
    """'（2024年6月3日）' under a speech, the next page opening on a byline and a lead: the
    bracketed date is the speech's, never a page's top."""
    text = ("在全市科技创新大会上的讲话\n"
            "同志们：今年以来，全市上下坚持创新驱动发展战略，科技创新能力持续提升，成绩来之不易。\n"
            "希望大家坚定信心、真抓实干，为建设创新型城市作出新的更大贡献。\n"
            "（2024年6月3日）\n"
            "本报记者 乙\n"
            "本报讯 全市科技创新大会昨天召开，会议总结了过去一年的科技创新工作，部署了下一阶段任务。\n")
    assert dated(text, "真抓实干") == "2024-06-03"


@pytest.mark.parametrize("line", ["日期 2024-06-03", "发布时间 2024-06-03 10:00", "更新于 2024-06-03",
                                  "责任编辑 甲 2024-06-03", "某某市人民政府办公室 2024年6月3日",
                                  "新华社 2024年6月3日", "写于2024年6月3日", "公元2024年6月3日",
                                  "日期：2024-06-03", "录入：2024-06-03", "週一 2024/2/5", "| 2024-06-03 10:00"])
def test_keys_signers_and_weekdays_are_no_labels(line):
    """A date's key (with a colon or a space), a signer, a weekday or a separator before the
    date: no page header's label."""
    assert not labelled(line)


@pytest.mark.parametrize("line", ["今日新聞 2025-06-14", "目前顯示的是 5月 12, 2023的文章",
                                  "发布机构 市人民政府办公室 发 文 日 期 2019-11-20"])
def test_a_site_s_label_before_the_date_is_one(line):
    assert labelled(line)


def test_a_spaced_date_key_under_a_notice_signs_it():
    """'日期 2024-06-03' under a notice, the next page's headline right under it: a key."""
    text = ("关于暂停供水的通知\n"
            "因管网改造施工，6月5日8时至18时城东片区暂停供水，请居民提前做好储水准备。\n"
            "日期 2024-06-03\n" + _NEXT)
    assert dated(text, "储水准备") == "2024-06-03"


_FIRST_LONGER = ("最新动态\n"
                 "社区卫生服务中心开设夜间门诊\n"
                 "为方便上班族就医，社区卫生服务中心自本周起开设夜间门诊，每天开诊至晚上九点。\n"
                 "夜间门诊设内科、儿科两个科室，市民可通过公众号预约挂号。\n"
                 "2024-05-20 09:12\n"
                 "老旧小区加装电梯工作全面铺开\n"
                 "今年全区计划完成一百部电梯加装，目前已有三十多个小区提交申请。\n")


@pytest.mark.parametrize("third", ["", "电梯加装费用由政府补贴一部分。\n业主同意比例达到要求后即可申报。\n"])
def test_a_list_stamping_items_under_them_whose_first_item_is_longer_keeps_its_stamps(third):
    """The stamps under a list's items stay on them when the first item (under the list's
    label) has two paragraphs and the next one, or three, fewer: none slides down."""
    text = (_FIRST_LONGER + third + "2024-05-18 16:40\n"
            "区图书馆推出暑期少儿阅读计划\n暑假期间，区图书馆将每周举办两场亲子共读活动。\n"
            "2024-05-15 11:05\n" + _NEXT)
    assert [dated(text, w) for w in ("夜间门诊设", "加装电梯", "少儿阅读", "塑胶跑道")] == [
        "2024-05-20", "2024-05-18", "2024-05-15", None]


def test_a_section_over_a_story_then_stamped_items_with_no_headline():
    """Another page, then '地方新聞' / a story's headline and text / stamps over items with
    no headline: the story above is not an item of the list (it has a headline, the items none)."""
    text = (_RIVER + "地方新聞\n"
            "港口夜市重新開張 吸引大批市民\n"
            "停辦三年的港口夜市昨晚重新開張，攤商沿著碼頭擺出八十多個攤位，吸引大批市民前往。\n"
            "2024-03-05 10:20\n"
            "市議會今天三讀通過自治條例修正案，未來新建大樓須設置一定比例的充電車位。\n"
            "2024-03-04 09:10\n"
            "氣象署表示，鋒面明天通過，北部及東北部降雨機率提高，氣溫也將下降三至四度。\n"
            "2024-03-02 18:00\n"
            "地方法院今天宣判一起詐騙案，被告共騙走二十多名長者的積蓄，一審判處有期徒刑五年。\n")
    assert dated(text, "夜市昨晚") is None
    assert dated(text, "充電車位") == "2024-03-05"


def test_stamps_over_items_of_four_paragraphs_under_a_longer_story():
    """Stamps over untitled items of four paragraphs, under a story of five: the story's
    last four paragraphs are its tail, not an item."""
    item = "市議會今天三讀通過自治條例修正案。\n新建大樓須設置充電車位。\n違者將處以罰鍰。\n條例明年施行。\n"
    text = HARBOUR + "2024-03-05 10:20\n" + item + "2024-03-04 09:10\n" + item.replace("市議會", "縣議會")
    assert dated(text, "夜市每逢週五") != "2024-03-05"


def test_a_signature_date_over_a_headline_and_a_stamp_of_another_shape():
    """A notice's signature date, then the next page's headline and its stamp in another
    form: a date of another shape is no second stamp of a list."""
    text = ("關於寒假期間校園開放時間的通知\n"
            "寒假期間校園每日上午八時至下午五時開放，供師生運動使用，進入校園請配合門口登記。\n"
            "育英國民中學\n"
            "2024年1月18日\n"
            "冬季運動會圓滿落幕\n"
            "2024-01-20 10:00\n"
            "本校冬季運動會上週六舉行，全校師生共同參與，共有十二項比賽打破大會紀錄。\n")
    assert dated(text, "校園每日上午") == "2024-01-18"


@pytest.mark.xfail(strict=True, reason="c16: a story above a list stamping items over them has an "
                   "item's form (headline, three paragraphs) and reads as one more item; telling them "
                   "apart needs fitting the page, not the lines near the stamp")
def test_a_story_of_an_item_s_form_over_a_list_stamping_items_over_them():
    items = [("2024-03-05 10:20", "充電車位納入自治條例"), ("2024-03-04 09:10", "鋒面明天通過 北部轉雨"),
             ("2024-03-02 18:00", "詐騙長者案一審宣判")]
    text = ("港口夜市重新開張\n停辦三年的港口夜市昨晚重新開張。\n主辦單位表示，夜市每逢週五營業。\n"
            "不少攤商是第一次參加。\n") + "".join(
        f"{d}\n{t}\n{t}的第一段。\n{t}的第二段。\n{t}的第三段。\n" for d, t in items)
    assert dated(text, "夜市每逢週五") is None
