"""Where the index lives: the Backend protocol (base.py) and its implementations."""
