"""The CoP's events: in-country coordination meetings, annual stakeholders workshops and
trainings, in English, with Arabic and Central Kurdish (Sorani) texts for most of them.

Every text is a ``T(english, ar=..., ckb=...)``; an event is translated into a language when its
title has a text in that language, and then every one of its texts has one. Past events have
fixed local times in Baghdad ("starts_at"/"ends_at"); upcoming ones are placed some days after
the day the demo is loaded ("in_days"), so they stay upcoming.
"""

from cms.demo import T

CITIES = {
    "erbil": T("Erbil", ar="أربيل", ckb="هەولێر"),
    "baghdad": T("Baghdad", ar="بغداد", ckb="بەغدا"),
    "sulaymaniyah": T("Sulaymaniyah", ar="السليمانية", ckb="سلێمانی"),
    "basra": T("Basra", ar="البصرة", ckb="بەسرە"),
    "mosul": T("Mosul", ar="الموصل", ckb="مووسڵ"),
}

# "organizer_kinds" says which kinds of member organisation organise the event and
# "resource_words" which library items relate to it; the loader looks for them in the member
# directory and the resource library, and leaves them out when there are none.
EVENTS = [
    {
        "title": T(
            "Coordination meeting in Erbil: who works where",
            ar="الاجتماع التنسيقي في أربيل: من يعمل وأين",
            ckb="کۆبوونەوەی هەماهەنگی لە هەولێر: کێ لە کوێ کار دەکات",
        ),
        "kind": "coordination-meeting",
        "mode": "in-person",
        "starts_at": "2019-11-05 09:30",
        "ends_at": "2019-11-05 16:00",
        "city": CITIES["erbil"],
        "governorate": "erbil",
        "description": [
            T(
                "The first in-country coordination meeting of the Community of Practice. "
                "Member organisations mapped their programmes by governorate and theme to find "
                "duplication and gaps, especially in areas retaken from ISIL.",
                ar=(
                    "أول اجتماع تنسيقي لمجتمع الممارسة داخل العراق. رسمت المنظمات الأعضاء "
                    "خريطة لبرامجها بحسب المحافظة والموضوع للكشف عن الازدواجية والفجوات، ولا "
                    "سيما في المناطق المستعادة من تنظيم داعش."
                ),
                ckb=(
                    "یەکەم کۆبوونەوەی هەماهەنگیی کۆمەڵگەی پراکتیکی لەناو عێراقدا. ڕێکخراوە "
                    "ئەندامەکان نەخشەی بەرنامەکانیان بەپێی پارێزگا و بابەت کێشا بۆ دۆزینەوەی "
                    "دووبارەبوونەوە و بۆشاییەکان، بە تایبەتی لەو ناوچانەی لە داعش "
                    "وەرگیرانەوە."
                ),
            ),
        ],
        "agenda": [
            T("Welcome and introductions", ar="الترحيب والتعارف", ckb="بەخێرهاتن و ناساندن"),
            T(
                "Mapping exercise: programmes by governorate",
                ar="تمرين رسم الخرائط: البرامج بحسب المحافظة",
                ckb="ڕاهێنانی نەخشەکێشان: بەرنامەکان بەپێی پارێزگا",
            ),
            T(
                "Group work: duplication and gaps",
                ar="عمل المجموعات: الازدواجية والفجوات",
                ckb="کاری گرووپی: دووبارەبوونەوە و بۆشاییەکان",
            ),
            T(
                "Next steps and the webinar calendar",
                ar="الخطوات التالية وجدول الندوات الإلكترونية",
                ckb="هەنگاوەکانی داهاتوو و خشتەی وێبینارەکان",
            ),
        ],
        "resource_words": ("mapping civil society",),
        "organizer_kinds": ("international-ngo", "local-ngo"),
    },
    {
        "title": T(
            "Coordination meeting in Baghdad: working with government institutions",
            ar="الاجتماع التنسيقي في بغداد: العمل مع المؤسسات الحكومية",
        ),
        "kind": "coordination-meeting",
        "mode": "in-person",
        "starts_at": "2020-02-11 09:30",
        "ends_at": "2020-02-11 15:30",
        "city": CITIES["baghdad"],
        "governorate": "baghdad",
        "description": [
            T(
                "Members discussed how to engage ministries, the Independent High Electoral "
                "Commission and governorate offices, and agreed on joint messages on the new "
                "electoral law.",
                ar=(
                    "ناقش الأعضاء سبل التعامل مع الوزارات والمفوضية العليا المستقلة للانتخابات "
                    "ودواوين المحافظات، واتفقوا على رسائل مشتركة بشأن قانون الانتخابات الجديد."
                ),
            ),
        ],
        "agenda": [
            T(
                "Welcome and review of the Erbil action points",
                ar="الترحيب ومراجعة نقاط العمل من اجتماع أربيل",
            ),
            T(
                "Panel: engaging ministries and the electoral commission",
                ar="جلسة حوارية: التعامل مع الوزارات ومفوضية الانتخابات",
            ),
            T("Working groups by theme", ar="مجموعات عمل بحسب الموضوع"),
            T("Joint messages and follow-up", ar="الرسائل المشتركة والمتابعة"),
        ],
        "resource_words": ("electoral law",),
        "organizer_kinds": ("international-ngo", "local-ngo"),
    },
    {
        "title": T(
            "Online coordination meeting: programming under COVID-19",
            ar="اجتماع تنسيقي عبر الإنترنت: تنفيذ البرامج في ظل جائحة كوفيد-١٩",
            ckb="کۆبوونەوەی هەماهەنگیی ئۆنلاین: جێبەجێکردنی بەرنامەکان لە کاتی پەتای کۆڤید-١٩دا",
        ),
        "kind": "coordination-meeting",
        "mode": "online",
        "starts_at": "2020-09-22 10:00",
        "ends_at": "2020-09-22 13:00",
        "online_url": "https://meet.example.org/cop-coordination-2020-09",
        "description": [
            T(
                "The first coordination meeting held online. Members compared how they had "
                "adapted their activities during lockdowns and which needs had grown, from "
                "psychosocial support to digital security.",
                ar=(
                    "أول اجتماع تنسيقي يُعقد عبر الإنترنت. قارن الأعضاء الطرق التي كيّفوا بها "
                    "أنشطتهم خلال فترات الإغلاق، والاحتياجات التي ازدادت، من الدعم النفسي "
                    "والاجتماعي إلى الأمن الرقمي."
                ),
                ckb=(
                    "یەکەم کۆبوونەوەی هەماهەنگی کە بە ئۆنلاین ئەنجام درا. ئەندامان بەراوردی "
                    "ئەوەیان کرد کە چۆن چالاکییەکانیان لە ماوەی قەدەغەی هاتوچۆدا گونجاند و "
                    "کام پێداویستییانە زیادیان کرد، لە پاڵپشتیی دەروونی و کۆمەڵایەتییەوە تا "
                    "ئاسایشی دیجیتاڵی."
                ),
            ),
        ],
        "agenda": [
            T(
                "Updates from members",
                ar="مستجدات من الأعضاء",
                ckb="نوێترین زانیارییەکانی ئەندامان",
            ),
            T(
                "Breakout rooms: adapting activities",
                ar="غرف نقاش فرعية: تكييف الأنشطة",
                ckb="ژووری گفتوگۆی بچووک: گونجاندنی چالاکییەکان",
            ),
            T(
                "Priorities for the next six months",
                ar="أولويات الأشهر الستة المقبلة",
                ckb="ئەولەوییەتەکانی شەش مانگی داهاتوو",
            ),
        ],
        "resource_words": ("covid",),
        "organizer_kinds": ("international-ngo",),
    },
    {
        "title": T("Online coordination meeting: preparing for the 2021 elections"),
        "kind": "coordination-meeting",
        "mode": "online",
        "starts_at": "2021-03-09 10:00",
        "ends_at": "2021-03-09 13:00",
        "online_url": "https://meet.example.org/cop-coordination-2021-03",
        "description": [
            T(
                "Observer networks and civic education projects coordinated their plans for the "
                "October 2021 parliamentary elections, so that no governorate would be left "
                "without observers."
            ),
        ],
        "agenda": [
            T("Election calendar and accreditation"),
            T("Coverage map by governorate"),
            T("Safety of observers"),
        ],
        "resource_words": ("joint election monitoring", "voter registration"),
        "organizer_kinds": ("international-ngo", "implementing-partner"),
    },
    {
        "title": T(
            "Annual stakeholders workshop 2019",
            ar="ورشة العمل السنوية لأصحاب المصلحة ٢٠١٩",
            ckb="وۆرکشۆپی ساڵانەی لایەنە پەیوەندیدارەکان ٢٠١٩",
        ),
        "kind": "annual-stakeholders-workshop",
        "mode": "in-person",
        "starts_at": "2019-12-03 09:30",
        "ends_at": "2019-12-04 16:00",
        "city": CITIES["sulaymaniyah"],
        "governorate": "sulaymaniyah",
        "description": [
            T(
                "Two days for member organisations, implementing partners and the donor to "
                "review the first year of the Community of Practice, share results and agree on "
                "priorities for coordination and training.",
                ar=(
                    "يومان تجتمع فيهما المنظمات الأعضاء والشركاء المنفّذون والجهة المانحة "
                    "لمراجعة السنة الأولى من عمل مجتمع الممارسة، وتبادل النتائج، والاتفاق على "
                    "أولويات التنسيق والتدريب."
                ),
                ckb=(
                    "دوو ڕۆژ کە تێیدا ڕێکخراوە ئەندامەکان، هاوبەشە جێبەجێکارەکان و لایەنی "
                    "بەخشەر کۆدەبنەوە بۆ پێداچوونەوە بە یەکەم ساڵی کاری کۆمەڵگەی پراکتیکی، "
                    "ئاڵوگۆڕکردنی ئەنجامەکان و ڕێککەوتن لەسەر ئەولەوییەتەکانی هەماهەنگی و "
                    "ڕاهێنان."
                ),
            ),
        ],
        "agenda": [
            T(
                "Day one: results of the first year",
                ar="اليوم الأول: نتائج السنة الأولى",
                ckb="ڕۆژی یەکەم: ئەنجامەکانی ساڵی یەکەم",
            ),
            T(
                "Day one: market place of member projects",
                ar="اليوم الأول: معرض مشاريع الأعضاء",
                ckb="ڕۆژی یەکەم: پێشانگای پرۆژەکانی ئەندامان",
            ),
            T(
                "Day two: training needs assessment",
                ar="اليوم الثاني: تقييم الاحتياجات التدريبية",
                ckb="ڕۆژی دووەم: هەڵسەنگاندنی پێداویستییەکانی ڕاهێنان",
            ),
            T(
                "Day two: priorities for the coming year",
                ar="اليوم الثاني: أولويات العام المقبل",
                ckb="ڕۆژی دووەم: ئەولەوییەتەکانی ساڵی داهاتوو",
            ),
        ],
        "resource_words": ("stakeholders workshop 2019",),
        "organizer_kinds": ("international-ngo", "donor"),
    },
    {
        "title": T(
            "Annual stakeholders workshop 2020 (online)",
            ar="ورشة العمل السنوية لأصحاب المصلحة ٢٠٢٠ (عبر الإنترنت)",
        ),
        "kind": "annual-stakeholders-workshop",
        "mode": "online",
        "starts_at": "2020-12-08 10:00",
        "ends_at": "2020-12-09 13:00",
        "online_url": "https://meet.example.org/cop-stakeholders-2020",
        "description": [
            T(
                "Held online because of COVID-19. Members presented how their programmes had "
                "adapted during the pandemic and discussed the mentorship programme and the "
                "digital security component.",
                ar=(
                    "عُقدت عبر الإنترنت بسبب جائحة كوفيد-١٩. عرض الأعضاء كيف تكيّفت برامجهم "
                    "خلال الجائحة، وناقشوا برنامج الإرشاد ومكوّن الأمن الرقمي."
                ),
            ),
        ],
        "agenda": [
            T(
                "Session one: a year of remote programming",
                ar="الجلسة الأولى: عام من العمل عن بُعد",
            ),
            T(
                "Session two: launch of the mentorship programme",
                ar="الجلسة الثانية: إطلاق برنامج الإرشاد",
            ),
            T(
                "Session three: digital security priorities",
                ar="الجلسة الثالثة: أولويات الأمن الرقمي",
            ),
        ],
        "organizer_kinds": ("international-ngo", "donor"),
    },
    {
        "title": T(
            "Annual stakeholders workshop 2021 (online)",
            ckb="وۆرکشۆپی ساڵانەی لایەنە پەیوەندیدارەکان ٢٠٢١ (ئۆنلاین)",
        ),
        "kind": "annual-stakeholders-workshop",
        "mode": "online",
        "starts_at": "2021-12-07 10:00",
        "ends_at": "2021-12-08 13:00",
        "online_url": "https://meet.example.org/cop-stakeholders-2021",
        "description": [
            T(
                "Held online again. Members looked back at the October 2021 elections and at "
                "seven collaborative projects between member organisations, and discussed how "
                "to keep the community going after the project ends.",
                ckb=(
                    "دیسان بە ئۆنلاین ئەنجام درا. ئەندامان ئاوڕیان لە هەڵبژاردنەکانی تشرینی "
                    "یەکەمی ٢٠٢١ و حەوت پرۆژە هاوبەشەکەی نێوان ڕێکخراوە ئەندامەکان دایەوە و "
                    "باسیان لەوە کرد کە چۆن کۆمەڵگەکە دوای کۆتاییهاتنی پرۆژەکە بەردەوام بێت."
                ),
            ),
        ],
        "agenda": [
            T(
                "Lessons from the 2021 elections",
                ckb="وانەکانی هەڵبژاردنەکانی ٢٠٢١",
            ),
            T(
                "Collaborative projects: what made them work",
                ckb="پرۆژە هاوبەشەکان: چی وای کرد سەرکەوتوو بن",
            ),
            T(
                "Sustaining the community after the project",
                ckb="بەردەوامیدان بە کۆمەڵگەکە دوای کۆتاییهاتنی پرۆژەکە",
            ),
        ],
        "resource_words": ("stakeholders workshop 2021",),
        "organizer_kinds": ("international-ngo", "donor"),
    },
    {
        "title": T(
            "Training: digital security clinic for member organisations",
            ar="تدريب: عيادة الأمن الرقمي للمنظمات الأعضاء",
        ),
        "kind": "training",
        "mode": "online",
        "starts_at": "2020-08-05 10:00",
        "ends_at": "2020-08-05 12:00",
        "online_url": "https://meet.example.org/cop-digital-security-clinic",
        "description": [
            T(
                "One-to-one sessions in which a trainer reviewed each organisation's accounts, "
                "devices and handling of data, and left it with a short action plan.",
                ar=(
                    "جلسات فردية راجع فيها مدرّب حسابات كل منظمة وأجهزتها وطريقة تعاملها مع "
                    "البيانات، وقدّم لها خطة عمل قصيرة."
                ),
            ),
        ],
        "agenda": [
            T("Self-assessment questionnaire", ar="استبيان التقييم الذاتي"),
            T("Review of accounts and devices", ar="مراجعة الحسابات والأجهزة"),
            T("A short action plan", ar="خطة عمل قصيرة"),
        ],
        "resource_words": ("self-assessment", "devices and accounts"),
        "organizer_kinds": ("international-ngo",),
    },
    {
        "title": T("Workshop: writing a proposal with a local partner"),
        "kind": "workshop",
        "mode": "in-person",
        "starts_at": "2022-03-22 09:30",
        "ends_at": "2022-03-22 15:00",
        "city": CITIES["basra"],
        "governorate": "basra",
        "description": [
            T(
                "A one-day workshop in Basra on writing proposals together: dividing roles, "
                "sharing the budget fairly between an international NGO and a local partner, "
                "and reporting joint results."
            ),
        ],
        "agenda": [
            T("Why write together?"),
            T("Roles and budget"),
            T("Drafting exercise in pairs"),
        ],
        "resource_words": ("proposals", "budgeting"),
        "organizer_kinds": ("local-ngo", "international-ngo"),
    },
    {
        "title": T(
            "Training: documenting human rights violations safely",
            ar="تدريب: التوثيق الآمن لانتهاكات حقوق الإنسان",
            ckb="ڕاهێنان: تۆمارکردنی سەلامەتی پێشێلکارییەکانی مافەکانی مرۆڤ",
        ),
        "kind": "training",
        "mode": "online",
        "in_days": 21,
        "starts": "10:00",
        "ends": "12:30",
        "online_url": "https://meet.example.org/cop-training-documentation",
        "registration_url": "https://cop.example.org/events/documenting-violations-safely/",
        "description": [
            T(
                "An online training for the field staff of member organisations on informed "
                "consent, secure storage of testimonies and referral of survivors to services.",
                ar=(
                    "تدريب عبر الإنترنت للعاملين الميدانيين في المنظمات الأعضاء حول الموافقة "
                    "المستنيرة، والحفظ الآمن للشهادات، وإحالة الناجين إلى الخدمات."
                ),
                ckb=(
                    "ڕاهێنانێکی ئۆنلاینە بۆ کارمەندانی مەیدانیی ڕێکخراوە ئەندامەکان دەربارەی "
                    "ڕەزامەندیی ئاگادارانە، هەڵگرتنی سەلامەتی شایەتییەکان و ئاڕاستەکردنی "
                    "ڕزگاربووان بۆ خزمەتگوزارییەکان."
                ),
            ),
        ],
        "agenda": [
            T(
                "Informed consent in practice",
                ar="الموافقة المستنيرة في الممارسة العملية",
                ckb="ڕەزامەندیی ئاگادارانە لە کرداردا",
            ),
            T(
                "Storing and sharing testimonies securely",
                ar="حفظ الشهادات وتبادلها بأمان",
                ckb="هەڵگرتن و هاوبەشکردنی سەلامەتی شایەتییەکان",
            ),
            T("Referral pathways", ar="مسارات الإحالة", ckb="ڕێگاکانی ئاڕاستەکردن"),
        ],
        "resource_words": ("documenting human rights",),
        "organizer_kinds": ("local-ngo",),
    },
    {
        "title": T(
            "Workshop: advocacy with provincial councils",
            ar="ورشة عمل: المناصرة لدى مجالس المحافظات",
            ckb="وۆرکشۆپ: داکۆکیکاری لەلای ئەنجومەنی پارێزگاکان",
        ),
        "kind": "workshop",
        "mode": "in-person",
        "in_days": 45,
        "starts": "09:30",
        "ends": "15:30",
        "city": CITIES["mosul"],
        "governorate": "nineveh",
        "registration_url": "https://cop.example.org/events/advocacy-provincial-councils/",
        "description": [
            T(
                "Since the December 2023 elections, most governorates have elected councils "
                "again. This workshop helps members prepare evidence-based asks, meet council "
                "committees and follow budget decisions.",
                ar=(
                    "منذ انتخابات كانون الأول/ديسمبر ٢٠٢٣ عادت معظم المحافظات إلى مجالس منتخبة. "
                    "تساعد هذه الورشة الأعضاء على إعداد مطالب قائمة على الأدلة، والتواصل مع "
                    "لجان المجالس، ومتابعة قرارات الموازنة."
                ),
                ckb=(
                    "لە هەڵبژاردنەکانی کانوونی یەکەمی ٢٠٢٣ەوە زۆربەی پارێزگاکان دیسان "
                    "ئەنجومەنی هەڵبژێردراویان هەیە. ئەم وۆرکشۆپە یارمەتی ئەندامان دەدات "
                    "داواکاریی پشتبەستوو بە بەڵگە ئامادە بکەن، لەگەڵ لیژنەکانی ئەنجومەن "
                    "کۆببنەوە و بەدواداچوون بۆ بڕیارەکانی بودجە بکەن."
                ),
            ),
        ],
        "agenda": [
            T(
                "How a provincial council works",
                ar="كيف يعمل مجلس المحافظة",
                ckb="ئەنجومەنی پارێزگا چۆن کار دەکات",
            ),
            T(
                "Building an evidence-based ask",
                ar="إعداد مطلب قائم على الأدلة",
                ckb="ئامادەکردنی داواکارییەکی پشتبەستوو بە بەڵگە",
            ),
            T(
                "Role play: meeting a council committee",
                ar="لعب أدوار: لقاء لجنة في المجلس",
                ckb="ڕۆڵگێڕان: کۆبوونەوە لەگەڵ لیژنەیەکی ئەنجومەن",
            ),
            T("Following the budget", ar="متابعة الموازنة", ckb="بەدواداچوونی بودجە"),
        ],
        "resource_words": ("provincial councils", "advocacy"),
        "organizer_kinds": ("local-ngo", "implementing-partner"),
    },
    {
        "title": T("Training: monitoring and evaluation for small organisations"),
        "kind": "training",
        "mode": "hybrid",
        "in_days": 70,
        "starts": "10:00",
        "ends": "14:00",
        "city": CITIES["sulaymaniyah"],
        "governorate": "sulaymaniyah",
        "online_url": "https://meet.example.org/cop-training-me",
        "registration_url": "https://cop.example.org/events/me-for-small-organisations/",
        "description": [
            T(
                "A practical course on choosing a handful of indicators, collecting data with "
                "free tools and reporting results honestly. Participants can attend in "
                "Sulaymaniyah or join online."
            ),
        ],
        "agenda": [
            T("Choosing indicators"),
            T("Collecting data with free tools"),
            T("Reporting what did not work"),
        ],
        "resource_words": ("monitoring and evaluation",),
        "organizer_kinds": ("local-ngo", "international-ngo"),
    },
]
