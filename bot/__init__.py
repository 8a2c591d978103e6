"""Telegram front end over the search core."""
