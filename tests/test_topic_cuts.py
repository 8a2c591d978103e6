"""A page in a dump that opens on a plain sentence, with no headline, metadata or chrome, is
cut from the page before it by what the two texts talk about (search.sources.topics), and a
story whose paragraphs keep to one subject stays whole. Texts written for these tests."""
from __future__ import annotations

from search.sources import load_articles
from search.sources.topics import topic_cuts

BRIDGE = ("青溪大桥今天上午正式通车\n"
          "发布时间：2024-05-18 09:30  来源：青溪日报\n\n"
          "青溪大桥今天上午正式通车，这座跨江大桥全长一千八百米，双向六车道，设计时速八十公里。"
          "大桥建成后，两岸居民过江的时间从四十分钟缩短到五分钟。\n\n"
          "据建设单位介绍，大桥主体工程历时三年，先后克服了汛期施工、深水基础等难题。"
          "通车仪式上，建设者代表和沿江村民一起走过桥面，不少老人感慨多年的过江心愿终于实现。\n\n"
          "交通部门提醒，大桥通车初期车流较大，请驾驶人按照指示牌减速慢行，注意桥面限速。\n")
LUNCH = ("新学期开始后，城南实验小学的食堂推出了营养午餐套餐，每份套餐包括两荤两素一汤，"
         "由营养师根据学生年龄搭配菜谱。\n\n"
         "校长介绍，学校每周公布一次菜单，家长可以在家校平台上留言提出建议，"
         "食堂还专门为过敏的孩子准备了替代菜品。\n\n"
         "不少家长表示，孩子在学校吃得更好了，放学回家也不再喊饿，"
         "希望学校把这项做法长期坚持下去。\n")


def test_a_page_opening_on_a_plain_sentence_is_cut_from_the_page_before() -> None:
    arts = load_articles("dump.txt", (BRIDGE + "\n" + LUNCH).encode())
    assert len(arts) == 2
    bridge, lunch = arts
    assert bridge.title == "青溪大桥今天上午正式通车" and "营养午餐" not in bridge.text
    assert lunch.text.startswith("新学期开始后") and "大桥" not in lunch.text


def test_the_cut_off_story_keeps_none_of_the_page_befores_metadata() -> None:
    bridge, lunch = load_articles("dump.txt", (BRIDGE + "\n" + LUNCH).encode())
    assert bridge.date is not None and bridge.date.startswith("2024-05-18") and bridge.source == "青溪日报"
    assert lunch.date is None and lunch.source is None


def test_a_story_keeping_to_its_subject_stays_whole() -> None:
    story = BRIDGE + ("\n大桥所在的青溪江段水流湍急，过去两岸只能依靠轮渡往来，"
                      "遇到大雾或者汛期，轮渡经常停航，沿江村民出行十分不便。"
                      "为此，当地在五年前启动了跨江大桥的规划，桥址经过多次论证才最终确定。\n")
    arts = load_articles("bridge.txt", story.encode())
    assert len(arts) == 1 and "轮渡" in arts[0].text


def test_text_with_few_han_characters_is_never_cut() -> None:
    english = ("The council opened the new bridge on Saturday morning after three years of work.\n\n"
               "Schools in the south district start serving a new lunch menu next week.\n") * 3
    assert topic_cuts(None, english.splitlines()) == []
    assert len(load_articles("notes.txt", english.encode())) == 1
