"""What the tests share and are not tests: the fake Bot API, throwaway servers (PostgreSQL,
feeds, a cluster of workers), the running bot, the seed copies, the layout corpus, and the
load and scale drivers (`python -m tests.support.load`, `python -m tests.support.scale`)."""
