"""Page models for `make bench` only: installed by ``bench.settings``, never by the project."""
