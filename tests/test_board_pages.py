"""Forms of pages from forums, broadcasters, e-papers, aggregators and archive sites: a
board's sign-in prompts, a masthead in two scripts at a page's foot, an e-paper's menu of
the page's headlines, bracketed credits, a caption glued to a wire's lead, a record's field
lines under the headline. The pages here are written for these tests, modelled on pages of
many sites."""
from __future__ import annotations

from search.sources.dropped import is_boilerplate
from search.sources.text import split_articles


def _arts(text: str):
    return split_articles(text, "dump.txt")


def test_a_boards_sign_in_prompts_are_chrome_even_in_the_middle_of_a_dump():
    above = ("镇上新修的文化广场开放\n\n"
             "(本报讯)镇上新修的文化广场昨日开放,广场设有篮球场、戏台和儿童游乐区。\n"
             "镇长表示,广场晚上开放到十点,由志愿者轮流值守。\n\n")
    board = ("同乡会捐赠防疫物资 助乡亲度过难关\n\n"
             "时间:2020-4-8 10:22 0 1665 | 复制链接 |\n\n"
             "马上注册,结交更多好友\n\n"
             "您需要 登录 才可以下载或查看,没有账号?立即注册\n\n"
             "x\n\n"
             "同乡会本周向乡里捐赠了口罩和消毒液共两千份,由理事长亲自送到镇政府。\n\n"
             "理事长说,同乡会还将继续筹款,帮助受疫情影响的家庭。\n\n"
             "您需要登录后才可以回帖 登录 | 立即注册\n")
    arts = _arts(above + board)
    assert [a.title for a in arts] == ["镇上新修的文化广场开放", "同乡会捐赠防疫物资 助乡亲度过难关"]
    assert arts[1].date == "2020-04-08"
    assert "注册" not in arts[1].text and "登录" not in arts[1].text


def test_a_broadcasters_masthead_in_two_scripts_at_a_pages_foot_heads_no_story():
    tv = ("考試放榜 七名狀元來自六間學校\n\n發佈日期: 2019-07-10 09:30\n\n"
          "今年文憑試今日放榜,七名考生考獲最佳成績,分別來自六間學校。\n\n"
          "教育局表示,今年考生人數較去年略少。\n\n"
          "翡翠新聞 Jade News\n翡翠新聞 Jade News\n\n")
    paper = ("« 返回前頁列印\n\n時事脈搏 | 2023-06-20 14:07\n\n"
             "旺角商場男子涉藏武器被捕 無人受傷\n\n"
             "一名男子涉嫌藏有武器進入旺角一個商場,被保安發現後報警,警員到場將他拘捕。\n\n"
             "案件暫時列作藏有攻擊性武器。\n")
    arts = _arts(tv + paper)
    assert [a.title for a in arts] == ["考試放榜 七名狀元來自六間學校", "旺角商場男子涉藏武器被捕 無人受傷"]
    assert all("Jade" not in a.text for a in arts)


def test_an_e_papers_menu_of_its_headlines_makes_no_article():
    page = ("城东工业产值上半年破百亿\n\n"
            "本报讯 记者某某报道:上半年,城东区规模以上工业实现总产值101亿元,同比增长五成。\n"
            "全区重点项目陆续投产,为工业增长注入动力。\n"
            "更多>>  某某日报近期报纸查看\n \n  本文所在版面导航\n·城东工业产值上半年破百亿\n"
            "  本文所在版面\n【第 A2 版:综合新闻】\n\n某某日报版权所有,未经书面授权禁止使用\n")
    arts = _arts(page)
    assert [a.title for a in arts] == ["城东工业产值上半年破百亿"]
    assert "版面" not in arts[0].text and "·" not in arts[0].text


def test_bracketed_credits_of_writer_and_reviewer_are_chrome():
    page = ("乡村文化旅游节在城郊启动\n发布时间:2024年01月19日 来源:某某区人民政府网站\n\n"
            "1月18日,乡村文化旅游节在城郊启动,赏非遗、看表演、品美食、逛大集。\n\n"
            "【文:某某某 审核:某某】\n")
    (a,) = _arts(page)
    assert "审核" not in a.text and a.text.endswith("逛大集。")


def test_a_caption_glued_to_a_wires_lead_after_the_date_prefix_is_split_off():
    page = (" date 2026-01-16 《某某條例》三讀通過。（某某社 甲乙攝） 某某社台北1月16日電（記者 甲乙）"
            "議會今日表決,以59票對49票否決復議案,兩項修法三讀通過。\n\n"
            "《某某條例》修法前,各黨團在會中輪番發言,議會最後以表決通過條例。\n")
    (a,) = _arts(page)
    assert a.source == "某某社" and a.date == "2026-01-16"
    assert "某某社台北1月16日電" in a.text and "59票對49票" in a.text


def test_an_untitled_photos_caption_above_a_desk_byline_belongs_to_its_story():
    page = (" date 2026-01-01 衛生局呼籲民眾接種疫苗,六個月以上未接種者皆可免費接種一劑。(某某縣衛生局提供)\n\n"
            "記者某某某／某某報導\n\n"
            "某某縣衛生局一日表示,連假期間聚會頻繁,呼吸道傳染病傳播風險增加,即日起擴大公費疫苗接種對象。\n\n"
            "衛生局長表示,長者及慢性病患者應及早接種。\n")
    (a,) = _arts(page)
    assert a.date == "2026-01-01"
    assert "擴大公費疫苗接種對象" in a.text


def test_a_forms_field_labels_are_chrome_and_record_fields_are_no_headline():
    page = ("起   - 迄  族群 主題\n\n"
            "某某電視台    2021/06/18\n"
            "山區長者首波接種 鄉公所派專車接送\n"
            "族群: 泰雅族\n主題: 社會關懷、醫療保健\n地點: 某某縣 某某鄉\n\n"
            "某某鄉今天上午九點開始,為山區長者施打第一劑疫苗,第一天預計有60位長者接種。\n\n"
            "鄉公所特別安排專車,規劃四條路線接送長者。\n")
    (a,) = _arts(page)
    assert a.title == "山區長者首波接種 鄉公所派專車接送"
    assert a.date == "2021-06-18"
    assert "迄" not in a.text and "迄" not in a.title


def test_the_leaders_a_paper_names_under_its_headline_are_no_headline():
    page = ("返回报网首页 |   版面导航\n放大 缩小 默认\n"
            "城郊首届荷花节开幕\n某某某某某某出席活动\n某某某\n\n"
            "  本报讯 (记者 某某某)7月3日,城郊首届荷花节在湖畔村开幕,吸引众多游客前来赏花。\n\n"
            "  活动现场,三百亩荷塘与民居相映成画。\n")
    (a,) = _arts(page)
    assert a.title == "城郊首届荷花节开幕"


def test_a_font_size_control_wrapped_over_three_lines_is_chrome():
    p1 = "为精简会议、改进会风,3月15日上午,镇里把食品安全检查推进会、安全生产大检查部署会等四个会议合并召开。" * 3
    p2 = "会议组织学习了近期几起火灾事故的通报,要求各单位举一反三,排查身边隐患,压紧压实安全责任。" * 4
    p3 = "会上,各代表单位围绕各自领域安全生产工作运行情况进行了汇报,并就下一步工作提出了意见和建议。" * 4
    above = ("当前位置:首页 工作动态 > 镇里多会合并抓安全\n镇里多会合并抓安全\n"
             "发布时间:2019-03-15 来源:某某镇 点击量:3831\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n")
    page = ("区领导调研防汛备汛工作\n【字体:大\n中\n小】\n"
            "4月8日,副区长带领水利局负责人到镇里调研防汛备汛工作。\n"
            "他强调,要严格落实防汛责任,确保各项准备工作落实到位。\n")
    arts = _arts(above + page)
    assert [a.title for a in arts] == ["镇里多会合并抓安全", "区领导调研防汛备汛工作"]
    assert "会上,各代表单位" in arts[0].text


def test_a_print_link_standing_alone_is_chrome():
    assert is_boilerplate("打印页面") and is_boilerplate("列印頁面")
    assert not is_boilerplate("打印页面设置在工具栏的右上角,读者点击即可打印全文。")


def test_a_metadata_table_above_the_next_pages_headline_opens_that_page():
    above = ("镇里调研防汛工作\n\n4月8日,副区长到镇里调研防汛工作,检查了河道整治情况。\n"
             "他要求严格落实防汛责任,确保各项准备工作落实到位。\n扫一扫在手机打开当前页\n\n")
    table = ("索引号 abc-GK-2025-0175 发布日期: 2019-03-26 14:34\n来源 某某镇\n内容概述\n\n"
             "某某镇召开清明节前安全生产部署会\n\n"
             "3月25日,某某镇召开清明节前安全生产工作部署会,全体机关干部参会。\n\n"
             "会议要求各村做好护林防火、交通劝导等工作安排。\n")
    arts = _arts(above + table)
    assert [(a.title, a.date, a.source) for a in arts] == [
        ("镇里调研防汛工作", None, None), ("某某镇召开清明节前安全生产部署会", "2019-03-26", "某某镇")]


def test_a_date_over_the_next_headline_after_a_photo_item_is_that_storys():
    photo = ("社区长者食堂开张\n"
             "近日,社区长者食堂开张,老人们一边用餐一边拉家常。某某记者 甲乙 摄\n\n")
    paper = ("2015年8月28日 星期\n抢修水毁桥梁\n\n"
             "  26日,石城镇杨家桥正在进行桥梁下构施工。\n\n"
             "  该桥是三个村近五千村民出行的必经之地,计划9月中旬恢复通行。\n")
    arts = _arts(photo + paper)
    assert [(a.title, a.date) for a in arts][-1] == ("抢修水毁桥梁", "2015-08-28")
    assert arts[0].date is None


def test_an_age_gate_citing_the_rating_law_is_chrome_in_a_dump():
    above = ("镇上新修的文化广场开放\n\n(本报讯)镇上新修的文化广场昨日开放,广场设有篮球场、戏台和儿童游乐区。\n\n"
             "镇长表示,广场晚上开放到十点,由志愿者轮流值守。\n\n")
    gate = ("限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n"
            "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定,已於網站首頁或各該限制新聞內容顯示警示圖像,"
            "未滿18歲者請勿瀏覽,並請家長陪同。\n\n")
    story = ("全國大學校長會議今在南部登場\n\n2022/01/13 10:20\n\n"
             "每年一度的全國大專校院校長會議,今天在南部一所大學舉行,兩百多位校長出席。\n\n"
             "會議討論了少子化下的招生與轉型。\n")
    arts = _arts(above + gate + story)
    assert [a.title for a in arts] == ["镇上新修的文化广场开放", "全國大學校長會議今在南部登場"]
    assert all("分級" not in a.text and "限制級" not in a.text for a in arts)


def test_captions_under_a_headline_above_a_byline_that_credits_the_photos_are_not_its_headline():
    page = ("第03版:民生 PDF版\n\n南村:食堂開到老人家門口\n\n“長者飯堂”裡用餐的老人們\n\n"
            "義工在給老人們打湯\n\n□記者 某某某 文/圖\n\n"
            "本報訊 中午十一時半,南村的長者飯堂已坐滿了人,村裡七十歲以上的老人在這裡吃午飯只需兩元。\n\n"
            "村委會說,飯堂由村集體出資,義工輪流幫廚。\n")
    (a,) = _arts(page)
    assert a.title == "南村:食堂開到老人家門口"


def test_a_dumps_next_page_in_the_other_script_opens_at_its_short_headline():
    first = ("社区开设夜间课堂 居民学书法\n\n"
             "  本报讯 社区活动中心本月起开设夜间课堂,每周三晚教居民书法和国画,报名的居民已有六十多人。\n\n"
             "  中心负责人说,课堂免费,笔墨纸砚由中心提供。\n\n")
    second = ("2022年11月11日\n\n南村:老人吃上熱乎飯\n\n義工在為老人們盛飯\n\n□記者 某某某 文/圖\n\n"
              "本報訊 中午十一時半,南村的長者飯堂已坐滿了人,村裡七十歲以上的老人在這裡吃午飯只需兩元。\n\n"
              "村委會說,飯堂由村集體出資,義工輪流幫廚。\n")
    arts = _arts(first + second)
    assert [a.title for a in arts] == ["社区开设夜间课堂 居民学书法", "南村:老人吃上熱乎飯"]
    assert "南村" not in arts[0].text


def test_a_short_story_then_a_template_placeholder_and_another_pages_headline_are_two_stories():
    first = ("油麻地舊樓單位起火 一人送院\n\n2023-06-20 14:07\n\n放大圖片\n\n"
             "油麻地一幢舊樓單位今早起火,一名老婦吸入濃煙不適送院。\n\n"
             "消防員開喉撲救,火勢約半小時後被救熄,警方初步相信事件無可疑,起火原因有待調查。\n\n"
             "事發時單位內只有老婦一人,鄰居聞到燒焦氣味後報警。\n\n")
    second = ("*\n\nupload_article_image\n\n離島端午龍舟競渡 今年增設親子組\n\n一年一度的離島龍舟賽將於端午節舉行。\n\n"
              "主辦機構表示,今年參賽隊伍多達四十隊,並首次增設親子組,讓家長與子女同船出賽。\n")
    arts = _arts(first + second)
    assert [a.title for a in arts] == ["油麻地舊樓單位起火 一人送院", "離島端午龍舟競渡 今年增設親子組"]
    assert all("upload_article_image" not in a.text for a in arts)


def test_a_template_placeholder_between_paragraphs_is_not_the_storys_text():
    (a,) = _arts("離島端午龍舟競渡 今年增設親子組\n\n2023-06-20\n\n一年一度的離島龍舟賽將於端午節舉行。\n\n"
                 "upload_article_image\n\n主辦機構表示,今年參賽隊伍多達四十隊,並首次增設親子組。\n")
    assert "upload_article_image" not in a.text and "親子組。" in a.text


def test_a_subheading_over_a_paragraph_that_leans_back_stays_in_the_story():
    page = ("除夕夜巴士延長服務\n\n"
            "【本報訊】為方便市民除夕夜外出,二十條日間巴士路線將延長服務時間,尾班車於翌日凌晨一時開出。"
            "交通局表示,各路線班次將按乘客量靈活調配。\n\n"
            "與此同時,三條夜間巴士路線於凌晨加密班次至每十五分鐘一班,加快疏導乘客。\n\n"
            "舊城區步行街假期照常開放\n\n"
            "另外,大年初一至初三舊城區步行街照常開放,車輛不得駛入。交通局呼籲駕駛者留意。\n")
    (a,) = _arts(page)
    assert "車輛不得駛入" in a.text


def test_a_blogs_no_comments_footer_and_posted_by_label_in_traditional_characters_are_chrome():
    assert is_boilerplate("沒有留言:") and is_boilerplate("没有留言") and not is_boilerplate("沒有留言的人")
    assert is_boilerplate("張貼者") and not is_boilerplate("張貼者眾多")  # 'posted by', its name elsewhere


def test_a_blog_post_headline_ending_on_a_cry_under_its_date_after_a_related_list_opens_it():
    above = ("华教团体呼吁守护华小董事部\n\n"
             "(某某5日讯)某某董联会主席说,华小董事部的主权必须得到保障,否则华小特征难以维持。\n\n"
             "他强调,华小的特征就是以华语为行政用语,并传授中华文化。\n↓↓相关新闻↓↓\n\n")
    post = ("2014年12月5日 星期五\n\n某某华小喜获教育部拨款八万令吉!\n\n\n"
            "某某华小董事长表示,董事部决定乘学校年终假期更换已有三十年历史的课室屋顶,工程费用由教育部拨款支付,"
            "预计明年开学前完工。\n\n他指出,董事部也将成立华小联谊会,让热心人士直接参与学校发展。\n")
    arts = _arts(above + post)
    assert [(a.title, a.date) for a in arts][-1] == ("某某华小喜获教育部拨款八万令吉!", "2014-12-05")
    assert "相关新闻" not in arts[0].text and "八万令吉" not in arts[0].text


def test_a_headline_and_its_deck_under_an_empty_related_list_open_the_next_page():
    above = ("督察组交办信访件三件\n\n11月13日,督察组向我市交办群众信访件三件,均为噪声和油烟问题。\n\n"
             "(来源:某某日报)\n\n\n相关阅读\n\n")
    page = ("我市第五届运动会开幕\n\n共设28个项目,参赛人数约3000人\n\n核心提示: 昨日上午,我市第五届运动会正式开幕。\n\n"
            "本报讯(记者 某某)昨日上午,我市第五届运动会在市体育中心开幕,全市各单位代表队参加开幕式。\n")
    arts = _arts(above + page)
    assert [a.title for a in arts] == ["督察组交办信访件三件", "我市第五届运动会开幕"]


def test_a_boards_thread_controls_and_a_comment_label_are_chrome():
    assert is_boilerplate("扫码添加客服 快速回复 返回列表 返回顶部") and is_boilerplate("文章點評")
    assert not is_boilerplate("热线快速回复市民诉求")
