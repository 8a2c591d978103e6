"""An article to send the bot as a file, and a question only it answers."""
from __future__ import annotations

UPLOADED = ("## 阿勒泰雪都滑雪节开幕\n\n2024年12月1日\n\n"
            "第十届阿勒泰雪都滑雪节在将军山滑雪场开幕，吸引了三千名滑雪爱好者参加。"
            "滑雪节期间还将举办古老毛皮滑雪展示和冰雪摄影大赛。\n").encode()
TITLE = "阿勒泰雪都滑雪节开幕"
QUESTION = "阿勒泰滑雪节吸引了多少滑雪爱好者"
