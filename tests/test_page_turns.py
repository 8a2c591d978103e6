"""Page turns reuse the candidates their query retrieved (search.qa.turns), and never
across commits: a turned page shows what a fresh search of that page shows."""
from __future__ import annotations

from pathlib import Path

from search.engine import Engine
from tests.support.made import engine_from

PLACES = ("吐鲁番", "哈密", "昌吉", "喀什", "阿克苏", "伊犁", "和田", "塔城", "博乐")
DOINGS = ("举办晚会", "开放果园", "邀请游客品尝", "评选优质果品", "组织农民培训", "举行摄影比赛",
          "开设直播间", "发布旅游线路", "表彰种植能手")


def articles() -> dict[str, str]:
    """Nine unlike articles, each about a 葡萄节 somewhere else."""
    return {f"{place}葡萄节{doing}": f"{place}第{i + 3}届葡萄节日前{doing}，共有{(i + 2) * 137}人参加。"
            f"当地{PLACES[(i + 4) % 9]}籍的{i + 5}位老人讲述了{doing}的经过。这是{place}今年第{i + 1}次{doing}。"
            for i, (place, doing) in enumerate(zip(PLACES, DOINGS, strict=True))}


def ids(engine: Engine, page: int, turned: bool) -> list[str]:
    search = engine.turned if turned else engine.query
    return [h.id for h in search("葡萄节", page, 3, False)[0].hits]


def test_a_turned_page_is_the_page_a_fresh_search_shows(tmp_path: Path) -> None:
    engine = engine_from(articles(), tmp_path)
    first = ids(engine, 1, False)
    second = ids(engine, 2, True)
    assert len(first) == len(second) == 3 and not set(first) & set(second)
    assert second == ids(engine, 2, False)
    engine.close()


def test_a_page_turned_after_an_ingest_lacks_the_articles_it_removed(tmp_path: Path) -> None:
    engine = engine_from(articles(), tmp_path)
    ids(engine, 1, False)
    gone = ids(engine, 2, False)
    files = {a.file for i in gone if (a := engine.show(i)) is not None}
    for name in files:  # the articles page 2 showed leave the folder
        (tmp_path / "seeds" / name).unlink()
    engine.ingest()
    shown = ids(engine, 2, True)
    assert shown and not set(shown) & set(gone)
    engine.close()
