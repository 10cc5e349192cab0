"""Build-time and check-time code for the Second Round site."""
