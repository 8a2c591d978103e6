"""Questions to answers: query parsing, vocabulary, coverage, ranking, answers, snippets, reprints."""
