"""A few articles written into a backend by one ingest, for the backend contract tests, and a
one-article Whoosh index for the tests of what the Whoosh backend relies on in Whoosh."""
from __future__ import annotations

from pathlib import Path

from search.index import documents as docs
from search.model import Article

ARTICLES = [
    Article(id="a1", title="昌吉市巡回宣讲", text="昌吉市累计开展了120场巡回宣讲。民族团结进步是主题。", file="one.txt",
            date="2024-03-05"),
    Article(id="a2", title="吐鲁番新闻", text="吐鲁番市有多少个互嵌式村庄？民族团结一家亲。", file="one.txt",
            date="2024-03-07"),
    Article(id="a3", title="克拉玛依油田", text="克拉玛依油田今年产量创新高，油田工人辛勤工作。", file="two.txt",
            date="2023-12-01"),
    Article(id="p1", title="", text="图为昌吉市的宣讲现场。", file="two.txt", kind="caption", date="2024-03-06"),
]


def fill(backend, articles=ARTICLES, added: float = 1_000.0) -> None:
    """One ingest: the articles and each file's record."""
    with backend.writing() as w:
        w.upgrade()
        for i, a in enumerate(articles):
            w.add(docs.article_doc(a, added + i))
        for file in sorted({a.file for a in articles}):
            w.add(docs.file_doc(file, 10, 20, "hash-" + file, sum(a.file == file for a in articles)))
        w.commit()
        w.finished()


def ids(found) -> list[str]:
    return [c.doc["id"] for c in found.found]


def whoosh_article(i: int) -> dict:
    """The fields of one article as the Whoosh backend's writer takes them."""
    return {"id": f"a{i}", "kind": "news", "file": "f.txt", "title": f"吐鲁番新闻{i}",
            "body": "第三十届吐鲁番葡萄节今日开幕", "added": i}


def whoosh_index_dir(tmp_path: Path) -> Path:
    """A Whoosh index of one article, committed once, in tmp_path/ix."""
    from search.index.backends.whoosh import files

    ix = files.open_index(tmp_path / "ix", create=True, mmap=False)
    w = ix.writer()
    w.add_document(**whoosh_article(0))
    w.commit()
    return tmp_path / "ix"
