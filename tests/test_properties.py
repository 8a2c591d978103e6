"""Property-based: any input gives valid Telegram HTML within limits; nothing is lost."""
from __future__ import annotations

from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from bot.conversation import Conversation
from bot.store import SqliteStore
from search.model import Article, Hit, Snippet, Span
from tests.support.telegram_rules import parse_html

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SURROGATES: list[Literal["Cs"]] = ["Cs"]  # lone surrogates cannot be encoded: no user types them
text = st.text(alphabet=st.characters(blacklist_categories=SURROGATES), max_size=300)
chinese = st.text(alphabet=st.sampled_from(list("民族团结吐鲁番市新疆煤矿<>&\"'“”。，！？ \n摄")), max_size=300)


@pytest.fixture(scope="module")
def chat(tmp_path_factory, request):
    built = request.getfixturevalue("built")
    return Conversation(built, SqliteStore(tmp_path_factory.mktemp("p") / "s.sqlite3"))


def valid(reply_text: str) -> None:
    plain = parse_html(reply_text)  # raises on invalid HTML
    assert len(plain.strip()) >= 1 and len(plain) <= 4096 and len(reply_text) <= 4096


@FAST
@given(q=st.one_of(text, chinese))
def test_any_message_gets_a_valid_reply(chat, q):
    reply = chat.answer(q)
    valid(reply.text)
    for row in reply.buttons:
        for b in row:
            assert 1 <= len(b.data.encode("utf-8")) <= 64


@FAST
@given(data=st.one_of(text, st.from_regex(r"(pg|rd):[0-9a-f]{0,20}(:\d{0,5})?", fullmatch=True)))
def test_callback_data_the_bot_did_not_make_is_refused(chat, data):
    assert chat.page(data) is None and chat.read(data) is None


@FAST
@given(q=st.one_of(text, chinese))
def test_inline_results_are_valid(built, q):
    for hit in built.search(q, per_page=10).hits:
        valid(render.inline_text(hit))


@settings(max_examples=200, deadline=None)
@given(body=st.lists(st.one_of(chinese, text, st.text(alphabet="<&>啊", min_size=3000, max_size=9000)),
                     min_size=1, max_size=6),
       title=text)
def test_full_article_messages_are_valid_and_hold_the_whole_text(body, title):
    article = Article(id="0" * 16, title=title or "t", text="\n".join(body), file="f.txt")
    messages = render.article(article)
    for m in messages:
        valid(m)
    joined = "".join(parse_html(m) for m in messages)
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    assert squeeze(article.text) in squeeze(joined)


@settings(max_examples=200, deadline=None)
@given(t=text, title=text, starts=st.lists(st.integers(0, 300), max_size=6))
def test_marked_snippets_are_valid(t, title, starts):
    spans = tuple(Span(s, min(len(t), s + 3)) for s in sorted(starts) if s < len(t))
    hit = Hit(id="a" * 16, title=title, date=None, source="<src>", file="x", score=1.0, snippet=Snippet(t, spans))
    page = render.results("k" * 12, __import__("search.model", fromlist=["ResultPage"]).ResultPage(
        query=t, total=1, page=1, per_page=3, hits=(hit,)))
    valid(page.text)
    valid(render.inline_text(hit))
