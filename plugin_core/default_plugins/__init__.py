"""Built-in behaviour, written as ordinary plugins on the public hooks."""
