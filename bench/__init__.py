"""Benchmarks: the project pipeline against the tutorial Whoosh+jieba setup."""
