"""Iraq's governorates: the shared list that events, organisations and filters refer to."""

from django.utils.translation import gettext_lazy as _

GOVERNORATES = [
    ("anbar", _("Anbar")),
    ("babil", _("Babil")),
    ("baghdad", _("Baghdad")),
    ("basra", _("Basra")),
    ("dhi-qar", _("Dhi Qar")),
    ("diyala", _("Diyala")),
    ("duhok", _("Duhok")),
    ("erbil", _("Erbil")),
    ("halabja", _("Halabja")),
    ("karbala", _("Karbala")),
    ("kirkuk", _("Kirkuk")),
    ("maysan", _("Maysan")),
    ("muthanna", _("Muthanna")),
    ("najaf", _("Najaf")),
    ("nineveh", _("Nineveh")),
    ("qadisiyah", _("Qadisiyah")),
    ("salah-al-din", _("Salah al-Din")),
    ("sulaymaniyah", _("Sulaymaniyah")),
    ("wasit", _("Wasit")),
]
