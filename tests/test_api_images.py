"""Image URLs in API responses."""

import itertools

from cms.api.images import file_url


class CountingStorage:
    """A storage whose URLs change each time they are asked for, as signed URLs do."""

    def __init__(self, querystring_auth):
        self.querystring_auth = querystring_auth
        self.counter = itertools.count()

    def url(self, name):
        return f"https://media.example.org/{name}?signature={next(self.counter)}"


def test_signed_file_urls_are_signed_afresh_for_every_response():
    storage = CountingStorage(querystring_auth=True)
    assert file_url(storage, "images/a.webp") != file_url(storage, "images/a.webp")


def test_stable_file_urls_are_worked_out_once():
    storage = CountingStorage(querystring_auth=False)
    assert file_url(storage, "images/a.webp") == file_url(storage, "images/a.webp")
