"""The content API: Wagtail API v2 endpoints for pages, media and every content plugin."""
