"""The keys credit and metadata lines start with, in both scripts: one home for the words
the chrome list, the trailing-credit cut, the source value's end and the page-top rules all
ask, so a key added for one of them (a traditional form, a new role) reaches every one.

Each is a regex alternation, to be set inside a group: `"^(" + EDITOR + ")\\s*[:：]"`."""
from __future__ import annotations

# an editor's credit ('责任编辑:某某', '編輯:某某', '责编 某某')
EDITOR = "责任编辑|責任編輯|编辑|編輯|责编|責編"
# a reviewer's or proofreader's credit ('审核:某某', '校對:某某')
CHECKER = "审核|審核|校对|校對"
# the source key ('来源:某某日报')
SOURCE = "来源|來源"
