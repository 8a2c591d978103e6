"""Many distinct made-up news stories for alert tests: each a title and a body of common
words in a random order (seeded, so runs agree), so no two are taken for reprints of one
story, with chosen keywords put in."""
from __future__ import annotations

import random
from collections.abc import Sequence

_WORDS = ("政府 会议 工作 发展 建设 项目 企业 市场 经济 社会 文化 教育 医疗 交通 农业 工业 科技 "
         "环境 生态 水利 能源 电力 通信 网络 服务 管理 安全 群众 干部 学校 学生 老师 医院 医生 "
         "道路 桥梁 铁路 公路 机场 港口 仓库 工厂 车间 设备 技术 产品 质量 标准 价格 收入 投资 "
         "贸易 出口 进口 消费 旅游 景区 游客 酒店 餐饮 文艺 演出 比赛 运动 体育 健康 养老 就业 "
         "培训 创业 人才 研究 实验 数据 平台 系统 方案 政策 规划 改革 开放 合作 交流 活动 宣传 "
         "调查 统计 计划 目标 任务 成果 经验 问题 措施 制度 法律 组织 部门 单位 社区 村庄 城市 "
         "乡镇 家庭 居民 农民 工人 牧民 草原 森林 河流 湖泊 山区 土地 粮食 蔬菜 水果 棉花 牛羊 "
         "天气 气温 降雨 雪灾 防汛 抗旱 救援 志愿者 捐款 图书 报纸 电视 广播 电影 音乐 美术")
WORDS = tuple(_WORDS.split())


def story(i: int, keywords: Sequence[str], length: int = 60) -> str:
    """Article *i* as a Markdown section: a title naming *i*, a body of *length* common
    words in an order of its own, with *keywords* spread through it."""
    rng = random.Random(i)
    body = [rng.choice(WORDS) for _ in range(length)]
    for n, word in enumerate(keywords):
        body.insert((n + 1) * length // (len(keywords) + 1), word)
    sentences = ["".join(body[k:k + 12]) + "。" for k in range(0, len(body), 12)]
    return f"## 第{i}号测试新闻\n\n" + "".join(sentences) + "\n\n"
