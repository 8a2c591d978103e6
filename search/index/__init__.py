"""The index: stored documents, the ingest, the search backends, copying between them."""
