"""The PostgreSQL backend: search tables read with SQL and ranked with the shared BM25F."""
