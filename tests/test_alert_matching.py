"""Alert matching on both search backends: every new article a rule matches is found,
however many older articles match it better and however many new ones one ingest adds."""
from __future__ import annotations

import time

import pytest

from search.engine import Engine
from search.index.backends.postgres.backend import PostgresBackend
from search.index.backends.whoosh.backend import WhooshBackend
from tests.support.stories import story

MANY = 320  # more than the ranking scans for one query (RankingParams.scan_max, 300)


@pytest.fixture(params=["whoosh", "postgres"])
def engine(request, tmp_path):
    """An engine over an empty seed folder, on each backend."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    if request.param == "whoosh":
        yield Engine(tmp_path / "index", seeds, backend=WhooshBackend(tmp_path / "index"))
        return
    pg = PostgresBackend(request.getfixturevalue("pg_url"))
    yield Engine(tmp_path / "unused", seeds, backend=pg)
    pg.close()


def write(engine: Engine, name: str, first: int, n: int, keywords: tuple[str, ...]) -> None:
    (engine.seeds_dir / name).write_text("".join(story(i, keywords) for i in range(first, first + n)), "utf-8")


def test_every_new_match_is_found_past_older_ones_and_past_the_scan(engine):
    # Older articles hold the rule's word more often (they score higher) and outnumber the scan.
    write(engine, "old.txt", 0, MANY, ("葡萄", "葡萄", "葡萄"))
    assert engine.ingest().articles_added == MANY
    since = time.time()
    time.sleep(0.01)  # first-seen times are in milliseconds
    write(engine, "new.txt", 10_000, MANY, ("葡萄",))
    write(engine, "other.txt", 20_000, 5, ("棉花",))
    assert engine.ingest().articles_added == MANY + 5
    matches = engine.alert_matches([("葡萄", since), ("哈密瓜 | 葡萄", since), ("葡萄", time.time() + 60)])
    titles = sorted(hit.title for hit, _rules in matches)
    assert titles == sorted(f"第{i}号测试新闻" for i in range(10_000, 10_000 + MANY))
    assert {rules for _hit, rules in matches} == {(0, 1)}  # both rules of the watermark, never the later one
