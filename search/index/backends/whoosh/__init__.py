"""The Whoosh backend: an index folder; the only place that imports whoosh."""
