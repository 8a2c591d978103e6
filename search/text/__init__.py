"""Text before and after analysis: decoding, normalising, the jieba tokenizer, sentences."""
