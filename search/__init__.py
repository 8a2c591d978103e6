"""Search core: seed files -> articles -> a jieba-analysed Whoosh index -> answers."""
