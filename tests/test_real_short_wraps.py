"""Real pages (parser round on fragments and chrome): a short brief hard-wrapped at a fixed
width (a wire's terminal, a bank's news box) has too few lines of one width for the long
pages' test (clean.unwrap), so each line that stopped mid-word was read as a page cut short
and the brief fell apart into fragments. Four lines within two of one width, nearly all
stopping mid-sentence after a mark inside them, with hardly a line running wider, are a
wrapped page too (wraps.wrap_width). Texts are written for the tests; none is copied from
a page."""
from __future__ import annotations

from search.sources import load_articles

# three paragraphs of a brief, each said whole
PARAS = ["《北岭财经社5日讯》北岭港务局表示，受强风影响，今日上午共有十二班货轮延误，"
         "港区堆场作业已暂停两小时，部分集装箱暂存于临时场地。",
         "港务局指出，风力预计在傍晚前后逐渐减弱，届时将视海面情况分批恢复作业，"
         "请各船公司留意最新通告，并提前安排船员轮值。",
         "另外，港区内两条主要通道因积水临时封闭。"]


def _wrapped(paragraphs: list[str], width: int) -> str:
    """The paragraphs hard-wrapped at *width* characters, one line break between lines."""
    out = []
    for p in paragraphs:
        out += [p[i:i + width] for i in range(0, len(p), width)]
    return "\n".join(out) + "\n"


def test_a_short_wrapped_brief_is_one_story_with_its_sentences_whole():
    text = _wrapped(PARAS, 26)
    arts = load_articles("brief.txt", text.encode())
    assert len(arts) == 1, [(a.title, a.text) for a in arts]
    body = arts[0].text.replace("\n", "")
    assert "港务局指出，风力预计在傍晚前后逐渐减弱，届时将视海面情况分批恢复作业" in arts[0].text
    assert body.endswith("临时封闭。")


def test_lines_of_one_length_among_wider_paragraphs_are_not_a_wrap():
    """Four captions of about one length with no full stop (as a photo album prints them),
    under a story whose paragraphs run far wider: no wrap, no two captions joined."""
    captions = ["渡口码头旁新建的候船亭里，村民们正在亭中等候渡船",
                "镇上果农将当天采摘的鲜果装船，准备运往城里销售",
                "新码头启用当天，两岸村民纷纷乘船过河参加庆祝",
                "工作人员在码头逐一检查救生设备，确保乘客安全"]
    story = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
             "镇上的果农也能把鲜果当天运到城里，码头旁还修了候船亭和停车场，节假日增开班次。")
    more = ("镇政府介绍，码头由县交通部门投资建设，历时八个月完工，"
            "今后将配备专职管理人员，并在汛期实行临时停航制度，确保过往群众出行安全。")
    text = "河口镇渡口码头投入使用\n\n" + story + "\n" + "\n".join(captions) + "\n" + more + "\n"
    arts = load_articles("page.txt", text.encode())
    lines = [x for a in arts for x in [a.title, *a.text.split("\n")]]
    assert not [x for x in lines if sum(c[:8] in x for c in captions) > 1], lines
    assert captions[0] in lines and story in lines


def test_captions_ending_on_their_credit_are_not_a_wrap():
    """Captions of one length, each ending on its photographer's credit, under a short story
    and with no wider line: a photo page, each caption a line of its own."""
    captions = ["丰收节开幕式现场，村民表演传统舞蹈。记者 张三 摄",
                "农户在展销区向游客推介自家种植的小米。记者 张三 摄",
                "孩子们在农耕体验区学习用石磨磨面粉。记者 张三 摄",
                "评委为参加农产品评比的南瓜称重打分。记者 张三 摄"]
    text = ("北岭县举办第三届农民丰收节\n2025年9月23日 来源：北岭县融媒体中心\n"
            + "\n".join(captions) + "\n本届丰收节为期三天。\n")
    arts = load_articles("page.txt", text.encode())
    lines = [x for a in arts for x in a.text.split("\n")]
    assert not [x for x in lines if sum(c[:8] in x for c in captions) > 1], lines
    assert all(any(c[:12] in x for x in lines) for c in captions), lines


def test_sentences_of_one_length_set_close_are_not_a_wrap():
    """Four short paragraphs of about one length (and a longer one) set with no blank line,
    each ending on a full stop: a brief's own paragraphs, not lines cut at a width."""
    paras = ["北岭县今年新建的二十座乡村公交候车亭已全部投入使用。",
             "候车亭均配有座椅、雨棚和线路图，方便村民候车出行。",
             "县交通局表示，明年还将在偏远山区增设一批候车亭。",
             "村民普遍反映，过去雨天候车没地方躲，如今方便多了。",
             "据了解，这批候车亭总投资约六十万元，由县财政和乡镇共同承担。"]
    text = "北岭县乡村公交候车亭全部启用\n" + "\n".join(paras) + "\n"
    arts = load_articles("page.txt", text.encode())
    assert len(arts) == 1, [(a.title, a.text) for a in arts]
    assert arts[0].text.split("\n") == paras


def test_a_brief_of_four_full_lines_and_short_tails_is_rejoined():
    """Two paragraphs wrapped at 21 characters: four full lines, each paragraph's tail short.
    Four lines of text are enough for the short-wrap test; the brief is one story, its
    sentences whole."""
    paras = ["南岭港务局表示，受强风影响，今日上午共有十二班货轮延误，港区堆场作业已暂停两小时，"
             "部分集装箱暂存于临时场地，港务局将视天气分批恢复作业。",
             "另外，港区内两条主要通道因积水临时封闭，车辆须绕行。"]
    arts = load_articles("brief.txt", _wrapped(paras, 21).encode())
    assert len(arts) == 1, [(a.title, a.text) for a in arts]
    assert paras[0] in arts[0].text.split("\n") and paras[1] in arts[0].text.split("\n")


def test_a_wire_lead_cut_at_the_width_goes_on_into_its_text():
    """A Taiwan wire's brief wrapped at 24 characters, its first line the dateline then the
    sentence cut mid-word ('（某某社5日電）某銀行今天公布，第3季稅後'): the line is cut at the
    width, not a dateline standing alone, and joins the next."""
    paras = ["（北嶺通訊社5日電）南港銀行今天公布，第3季稅後純益達NT$42.5億元，年增18%，"
             "每股盈餘1.35元，創同期新高。",
             "該行表示，放款業務穩定成長，財富管理手續費收入也較去年同期明顯增加，"
             "預估全年獲利可望再創新猷。"]
    arts = load_articles("brief.txt", _wrapped(paras, 24).encode())
    body = [x for a in arts for x in a.text.split("\n")]
    assert "第3季稅後純益達NT$42.5億元，年增18%，每股盈餘1.35元，創同期新高。" in "".join(body), body
    assert not any(x.endswith("第3季稅後") for x in body + [a.title for a in arts]), body


def test_a_wrapped_brief_in_a_dump_of_dense_pages_is_rejoined():
    """A dump of dense pages set apart by blank lines, one of them a brief wrapped at 26
    characters: the other pages' wider paragraphs and lines keep the file's test from firing,
    but the brief's own block is a wrapped page, and its sentences come back whole."""
    other = ("南坪镇卫生院开展冬季义诊\n2025-12-10 来源：南坪镇政府\n"
             "南坪镇卫生院组织医护人员走进村委会，为村民免费测量血压、血糖，发放冬季防病宣传资料，"
             "现场气氛热烈，不少村民早早排起了长队。\n"
             "义诊共接待村民一百六十余人次，卫生院还为行动不便的老人提供了上门服务，受到群众欢迎。\n")
    text = "北岭港务局：强风致十二班货轮延误\n" + _wrapped(PARAS, 26) + "\n" + other
    arts = load_articles("dump.txt", text.encode())
    assert [a.title for a in arts] == ["北岭港务局：强风致十二班货轮延误", "南坪镇卫生院开展冬季义诊"], \
        [(a.title, a.text) for a in arts]
    assert arts[0].text.split("\n") == PARAS
    assert "义诊" not in arts[0].text
