"""The Community of Practice's organisations: 22 members (international and local NGOs) and 24
local implementing partners, in English with Arabic and Central Kurdish (Sorani) texts for many.

The organisations are fictional (plausible, but none of them exists). Every text is a
``T(english, ar=..., ckb=...)``; an organisation is translated into a language only when both its
name and its description have a text in that language. "focus_areas" are topic slugs of the
resource library's taxonomy, "governorates" codes from ``cms.geography``, "domain" the
organisation's example.org host (website and contact e-mail).
"""

from cms.demo import T

MEMBERS = [
    # International NGOs
    {
        "name": T(
            "Civic Bridges International",
            ar="منظمة الجسور المدنية الدولية",
            ckb="ڕێکخراوی نێودەوڵەتیی پردە مەدەنییەکان",
        ),
        "kind": "international-ngo",
        "description": T(
            "An international NGO that supports Iraqi civil society organisations with grants, "
            "mentoring and training in organisational development. It co-chairs the CoP's "
            "coordination meetings.",
            ar=(
                "منظمة دولية غير حكومية تدعم منظمات المجتمع المدني العراقية بالمنح والإرشاد "
                "والتدريب على التطوير المؤسسي، وتشارك في رئاسة اجتماعات التنسيق في مجتمع "
                "الممارسة."
            ),
            ckb=(
                "ڕێکخراوێکی نێودەوڵەتیی ناحکومییە کە بە بەخشین، ڕاوێژکاری و ڕاهێنان لە بواری "
                "گەشەپێدانی ڕێکخراوەییدا پشتگیری لە ڕێکخراوەکانی کۆمەڵگەی مەدەنیی عێراق دەکات. "
                "هاوسەرۆکایەتیی کۆبوونەوەکانی هەماهەنگیی کۆمەڵگەی پراکتیکی دەکات."
            ),
        ),
        "focus_areas": ("organisational-development", "democracy", "fundraising"),
        "governorates": ("baghdad", "erbil", "basra", "nineveh"),
        "domain": "civic-bridges",
        "member_since": 2018,
    },
    {
        "name": T(
            "Global Governance Partners",
            ar="شركاء الحوكمة العالمية",
            ckb="هاوبەشانی حوکمڕانیی جیهانی",
        ),
        "kind": "international-ngo",
        "description": T(
            "Works with provincial councils and civil society on transparent, accountable public "
            "institutions, and runs the CoP's monitoring and evaluation clinics.",
            ar=(
                "تعمل مع مجالس المحافظات والمجتمع المدني من أجل مؤسسات عامة شفافة وخاضعة "
                "للمساءلة، وتدير عيادات الرصد والتقييم في مجتمع الممارسة."
            ),
            ckb=(
                "لەگەڵ ئەنجومەنەکانی پارێزگا و کۆمەڵگەی مەدەنی کار دەکات بۆ دامەزراوەی گشتیی "
                "شەفاف و لێپرسراو، و کلینیکەکانی چاودێری و هەڵسەنگاندنی کۆمەڵگەی پراکتیکی "
                "بەڕێوە دەبات."
            ),
        ),
        "focus_areas": ("governance", "monitoring-and-evaluation", "access-to-information"),
        "governorates": ("baghdad", "basra", "najaf", "anbar"),
        "domain": "global-governance",
        "member_since": 2018,
    },
    {
        "name": T(
            "Open Ballot Institute",
            ar="معهد الاقتراع المفتوح",
            ckb="پەیمانگای دەنگدانی کراوە",
        ),
        "kind": "international-ngo",
        "description": T(
            "An international institute that trains domestic election observers and publishes "
            "open data on voter registration and turnout.",
            ar=(
                "معهد دولي يدرّب المراقبين المحليين للانتخابات وينشر بيانات مفتوحة عن تسجيل "
                "الناخبين ونسب المشاركة."
            ),
            ckb=(
                "پەیمانگایەکی نێودەوڵەتییە کە چاودێرانی ناوخۆیی هەڵبژاردن ڕادەهێنێت و داتای "
                "کراوە دەربارەی تۆمارکردنی دەنگدەران و ڕێژەی بەشداری بڵاو دەکاتەوە."
            ),
        ),
        "focus_areas": ("elections", "democracy", "monitoring-and-evaluation"),
        "governorates": ("baghdad", "erbil", "kirkuk", "nineveh", "basra"),
        "domain": "open-ballot",
        "member_since": 2019,
    },
    {
        "name": T("Rights in Practice Network", ar="شبكة الحقوق في الممارسة"),
        "kind": "international-ngo",
        "description": T(
            "A network of human rights lawyers and advocates that helps Iraqi coalitions bring "
            "evidence to parliament and to United Nations review mechanisms.",
            ar=(
                "شبكة من المحامين والمدافعين عن حقوق الإنسان تساعد التحالفات العراقية على تقديم "
                "الأدلة إلى البرلمان وإلى آليات المراجعة التابعة للأمم المتحدة."
            ),
        ),
        "focus_areas": ("human-rights", "advocacy", "minority-rights"),
        "governorates": ("baghdad", "nineveh", "dhi-qar"),
        "domain": "rights-in-practice",
        "member_since": 2018,
    },
    {
        "name": T(
            "Tamarisk Foundation for Women's Leadership",
            ar="مؤسسة الطرفاء لقيادة المرأة",
            ckb="دەزگای دارگەز بۆ سەرکردایەتیی ژنان",
        ),
        "kind": "international-ngo",
        "description": T(
            "Supports women candidates, women-led organisations and survivor-centred services "
            "for people affected by gender-based violence.",
            ar=(
                "تدعم المرشحات والمنظمات التي تقودها نساء والخدمات المتمحورة حول الناجيات "
                "والناجين من العنف القائم على النوع الاجتماعي."
            ),
            ckb=(
                "پشتگیری لە کاندیدە ژنەکان، ئەو ڕێکخراوانەی ژنان بەڕێوەیان دەبەن و ئەو "
                "خزمەتگوزارییانە دەکات کە ڕزگاربووانی توندوتیژیی ڕەگەزی دەخەنە ناوەندەوە."
            ),
        ),
        "focus_areas": ("womens-participation", "gender-based-violence", "youth"),
        "governorates": ("baghdad", "erbil", "sulaymaniyah", "anbar", "basra"),
        "domain": "tamarisk-foundation",
        "member_since": 2019,
    },
    {
        "name": T(
            "SafeVoices Digital Trust",
            ar="مؤسسة الأصوات الآمنة للثقة الرقمية",
            ckb="ڕێکخراوی دەنگە پارێزراوەکان بۆ متمانەی دیجیتاڵی",
        ),
        "kind": "international-ngo",
        "description": T(
            "Helps activists, journalists and NGO staff protect their devices, accounts and "
            "communications, and leads the CoP's digital security component.",
            ar=(
                "تساعد الناشطين والصحفيين والعاملين في المنظمات غير الحكومية على حماية أجهزتهم "
                "وحساباتهم واتصالاتهم، وتقود مكوّن الأمن الرقمي في مجتمع الممارسة."
            ),
            ckb=(
                "یارمەتیی چالاکوانان، ڕۆژنامەنووسان و کارمەندانی ڕێکخراوە ناحکومییەکان دەدات بۆ "
                "پاراستنی ئامێر، ئەکاونت و پەیوەندییەکانیان، و سەرپەرشتیی بەشی ئاسایشی "
                "دیجیتاڵیی کۆمەڵگەی پراکتیکی دەکات."
            ),
        ),
        "focus_areas": ("digital-security", "freedom-of-expression", "human-rights"),
        "governorates": ("baghdad", "erbil", "sulaymaniyah", "basra"),
        "domain": "safevoices",
        "member_since": 2020,
    },
    {
        "name": T("Justice Compass International", ar="بوصلة العدالة الدولية"),
        "kind": "international-ngo",
        "description": T(
            "Documents violations and supports families of the missing and victims of conflict "
            "in claiming truth, compensation and redress.",
            ar=(
                "توثّق الانتهاكات وتدعم أسر المفقودين وضحايا النزاع في المطالبة بالحقيقة "
                "والتعويض والإنصاف."
            ),
        ),
        "focus_areas": ("transitional-justice", "human-rights", "displacement-and-return"),
        "governorates": ("nineveh", "anbar", "salah-al-din", "baghdad"),
        "domain": "justice-compass",
        "member_since": 2018,
    },
    {
        "name": T("Northstar Peace Alliance"),
        "kind": "international-ngo",
        "description": T(
            "Runs conflict-sensitive peacebuilding programmes in disputed territories and shares "
            "its displacement and return monitoring data with members."
        ),
        "focus_areas": ("peacebuilding", "monitoring-and-evaluation", "displacement-and-return"),
        "governorates": ("kirkuk", "diyala", "salah-al-din", "nineveh"),
        "domain": "northstar-peace",
        "member_since": 2021,
    },
    # Local NGOs
    {
        "name": T("Dijla Centre for Civic Education", ar="مركز دجلة للتربية المدنية"),
        "kind": "local-ngo",
        "description": T(
            "A Baghdad-based centre that develops civic and human rights education materials for "
            "schools, universities and community groups.",
            ar=(
                "مركز مقرّه بغداد يطوّر مواد التربية المدنية والتربية على حقوق الإنسان للمدارس "
                "والجامعات والمجموعات المجتمعية."
            ),
        ),
        "focus_areas": ("democracy", "human-rights", "youth"),
        "governorates": ("baghdad", "wasit", "diyala"),
        "domain": "dijla-civic",
        "member_since": 2018,
    },
    {
        "name": T("Furat Youth Network", ar="شبكة الفرات للشباب"),
        "kind": "local-ngo",
        "description": T(
            "A network of youth volunteers across the middle Euphrates that runs voter education "
            "and youth advocacy campaigns.",
            ar=(
                "شبكة من المتطوعين الشباب في محافظات الفرات الأوسط تنظّم حملات لتثقيف الناخبين "
                "ولمناصرة قضايا الشباب."
            ),
        ),
        "focus_areas": ("youth", "elections", "advocacy"),
        "governorates": ("babil", "karbala", "najaf", "qadisiyah"),
        "domain": "furat-youth",
        "member_since": 2019,
    },
    {
        "name": T(
            "Nineveh Rights Observatory",
            ar="مرصد نينوى لحقوق الإنسان",
            ckb="چاودێرگەی مافەکانی مرۆڤی نەینەوا",
        ),
        "kind": "local-ngo",
        "description": T(
            "Monitors the human rights situation in Nineveh, supports the compensation claims of "
            "war-affected families and keeps the governorate's GBV referral pathway up to date.",
            ar=(
                "يرصد أوضاع حقوق الإنسان في نينوى، ويدعم مطالبات التعويض التي تقدّمها الأسر "
                "المتضررة من الحرب، ويتولّى تحديث مسار الإحالة الخاص بالعنف القائم على النوع "
                "الاجتماعي في المحافظة."
            ),
            ckb=(
                "چاودێریی دۆخی مافەکانی مرۆڤ لە نەینەوا دەکات، پشتگیری لە داواکارییەکانی "
                "قەرەبووی ئەو خێزانانە دەکات کە جەنگ زیانی پێگەیاندوون و ڕێڕەوی ئاڕاستەکردنی "
                "توندوتیژیی ڕەگەزیی پارێزگاکە نوێ دەکاتەوە."
            ),
        ),
        "focus_areas": ("human-rights", "transitional-justice", "gender-based-violence"),
        "governorates": ("nineveh", "duhok"),
        "domain": "nineveh-rights",
        "member_since": 2018,
    },
    {
        "name": T("Basra Transparency Group", ar="مجموعة البصرة للشفافية"),
        "kind": "local-ngo",
        "description": T(
            "Tracks public budgets and procurement in southern Iraq and helps citizens use their "
            "right to request information.",
            ar=(
                "تتابع الموازنات العامة والمشتريات الحكومية في جنوب العراق وتساعد المواطنين على "
                "ممارسة حقهم في طلب المعلومات."
            ),
        ),
        "focus_areas": ("access-to-information", "governance", "advocacy"),
        "governorates": ("basra", "maysan", "dhi-qar"),
        "domain": "basra-transparency",
        "member_since": 2019,
    },
    {
        "name": T(
            "Zagros Women's Association",
            ar="جمعية زاغروس النسائية",
            ckb="کۆمەڵەی ژنانی زاگرۆس",
        ),
        "kind": "local-ngo",
        "description": T(
            "A women-led association in the Kurdistan Region that trains women for local councils "
            "and runs a directory of services for survivors of gender-based violence.",
            ar=(
                "جمعية تقودها نساء في إقليم كردستان، تدرّب النساء على العمل في المجالس المحلية "
                "وتدير دليلاً للخدمات المتاحة للناجيات من العنف القائم على النوع الاجتماعي."
            ),
            ckb=(
                "کۆمەڵەیەکی ژنانە لە هەرێمی کوردستان کە ژنان بۆ کارکردن لە ئەنجومەنە "
                "خۆجێییەکان ڕادەهێنێت و ڕێبەرێکی خزمەتگوزارییەکان بۆ ڕزگاربووانی توندوتیژیی "
                "ڕەگەزی بەڕێوە دەبات."
            ),
        ),
        "focus_areas": (
            "womens-participation",
            "gender-based-violence",
            "organisational-development",
        ),
        "governorates": ("sulaymaniyah", "erbil", "halabja"),
        "domain": "zagros-women",
        "member_since": 2018,
    },
    {
        "name": T("Kirkuk Dialogue House", ar="بيت كركوك للحوار", ckb="ماڵی دیالۆگی کەرکووک"),
        "kind": "local-ngo",
        "description": T(
            "Brings the Kurdish, Arab, Turkmen and Christian communities of Kirkuk together "
            "through facilitated dialogue and joint local initiatives.",
            ar=(
                "يجمع المكوّنات الكردية والعربية والتركمانية والمسيحية في كركوك عبر حوارات "
                "ميسَّرة ومبادرات محلية مشتركة."
            ),
            ckb=(
                "پێکهاتە کورد، عەرەب، تورکمان و مەسیحییەکانی کەرکووک لە ڕێگەی دیالۆگی "
                "ئاسانکاریکراو و دەستپێشخەریی خۆجێیی هاوبەشەوە کۆدەکاتەوە."
            ),
        ),
        "focus_areas": ("peacebuilding", "minority-rights", "displacement-and-return"),
        "governorates": ("kirkuk", "salah-al-din", "diyala"),
        "domain": "kirkuk-dialogue",
        "member_since": 2018,
    },
    {
        "name": T("Sumer Legal Aid Society", ar="جمعية سومر للمساعدة القانونية"),
        "kind": "local-ngo",
        "description": T(
            "Provides free legal aid to victims of conflict, detained protesters and journalists, "
            "and helps families file compensation claims.",
            ar=(
                "تقدّم المساعدة القانونية المجانية لضحايا النزاع والمتظاهرين المحتجزين والصحفيين، "
                "وتساعد الأسر على تقديم طلبات التعويض."
            ),
        ),
        "focus_areas": ("human-rights", "transitional-justice", "freedom-of-expression"),
        "governorates": ("baghdad", "dhi-qar", "anbar"),
        "domain": "sumer-legal-aid",
        "member_since": 2019,
    },
    {
        "name": T("Anbar Future Foundation", ar="مؤسسة مستقبل الأنبار"),
        "kind": "local-ngo",
        "description": T(
            "Supports returnee communities in Anbar with youth programmes, social cohesion "
            "activities and help with civil documents.",
            ar=(
                "تدعم المجتمعات العائدة في الأنبار ببرامج للشباب وأنشطة للتماسك الاجتماعي "
                "والمساعدة في استخراج الوثائق المدنية."
            ),
        ),
        "focus_areas": ("displacement-and-return", "youth", "peacebuilding"),
        "governorates": ("anbar",),
        "domain": "anbar-future",
        "member_since": 2020,
    },
    {
        "name": T("Ishtar Centre for Democratic Studies"),
        "kind": "local-ngo",
        "description": T(
            "An independent think tank that publishes policy research on electoral reform, "
            "decentralisation and federal institutions."
        ),
        "focus_areas": ("democracy", "elections", "governance"),
        "governorates": ("baghdad", "babil"),
        "domain": "ishtar-studies",
        "member_since": 2018,
    },
    {
        "name": T(
            "Halabja Peace Initiative",
            ar="مبادرة حلبجة للسلام",
            ckb="دەستپێشخەریی ئاشتیی هەڵەبجە",
        ),
        "kind": "local-ngo",
        "description": T(
            "Works with survivors and young people in Halabja on remembrance, reconciliation and "
            "peace education.",
            ar=(
                "تعمل مع الناجين والشباب في حلبجة في مجالات إحياء الذاكرة والمصالحة والتربية "
                "على السلام."
            ),
            ckb=(
                "لەگەڵ ڕزگاربووان و گەنجانی هەڵەبجە لە بوارەکانی زیندووڕاگرتنی یادەوەری، "
                "ئاشتەوایی و پەروەردەی ئاشتیدا کار دەکات."
            ),
        ),
        "focus_areas": ("peacebuilding", "transitional-justice", "youth"),
        "governorates": ("halabja", "sulaymaniyah"),
        "domain": "halabja-peace",
        "member_since": 2020,
    },
    {
        "name": T(
            "Duhok Digital Rights Lab",
            ar="مختبر دهوك للحقوق الرقمية",
            ckb="تاقیگەی مافە دیجیتاڵییەکانی دهۆک",
        ),
        "kind": "local-ngo",
        "description": T(
            "Trains NGOs and journalists in the Kurdistan Region in digital security and "
            "documents online threats against activists.",
            ar=(
                "يدرّب المنظمات غير الحكومية والصحفيين في إقليم كردستان على الأمن الرقمي ويوثّق "
                "التهديدات الإلكترونية التي يتعرض لها الناشطون."
            ),
            ckb=(
                "ڕێکخراوە ناحکومییەکان و ڕۆژنامەنووسانی هەرێمی کوردستان لەسەر ئاسایشی دیجیتاڵی "
                "ڕادەهێنێت و ئەو هەڕەشە ئۆنلاینانە بەدۆکیومێنت دەکات کە ڕووبەڕووی چالاکوانان "
                "دەبنەوە."
            ),
        ),
        "focus_areas": ("digital-security", "freedom-of-expression", "access-to-information"),
        "governorates": ("duhok", "erbil", "nineveh"),
        "domain": "duhok-digital-rights",
        "member_since": 2020,
    },
    {
        "name": T(
            "Rafidain Election Watch",
            ar="مرصد الرافدين للانتخابات",
            ckb="چاودێرگەی هەڵبژاردنی ڕافیدەین",
        ),
        "kind": "local-ngo",
        "description": T(
            "A domestic observer network that has sent trained monitors to polling stations in "
            "every election since 2018.",
            ar=(
                "شبكة رقابة محلية نشرت مراقبين مدرَّبين في مراكز الاقتراع في جميع الانتخابات منذ "
                "عام ٢٠١٨."
            ),
            ckb=(
                "تۆڕێکی چاودێریی ناوخۆییە کە لە ساڵی ٢٠١٨ەوە لە هەموو هەڵبژاردنێکدا چاودێری "
                "ڕاهێنراوی ناردووەتە بنکەکانی دەنگدان."
            ),
        ),
        "focus_areas": ("elections", "monitoring-and-evaluation", "democracy"),
        "governorates": ("baghdad", "basra", "nineveh", "kirkuk", "erbil", "najaf"),
        "domain": "rafidain-election-watch",
        "member_since": 2018,
    },
    {
        "name": T("Azmar Youth Forum", ckb="کۆڕی گەنجانی ئەزمەڕ"),
        "kind": "local-ngo",
        "description": T(
            "A youth-led forum in Sulaymaniyah that researches young people's participation in "
            "local decision-making and runs youth councils.",
            ckb=(
                "کۆڕێکی گەنجانە لە سلێمانی کە لێکۆڵینەوە لە بەشداریی گەنجان لە بڕیاردانی "
                "خۆجێییدا دەکات و ئەنجومەنی گەنجان بەڕێوە دەبات."
            ),
        ),
        "focus_areas": ("youth", "democracy", "advocacy"),
        "governorates": ("sulaymaniyah", "halabja"),
        "domain": "azmar-youth",
        "member_since": 2021,
    },
    {
        "name": T("Kufa Civil Society Hub"),
        "kind": "local-ngo",
        "description": T(
            "A resource centre for small NGOs in Najaf and the neighbouring governorates, known "
            "for its citizen scorecards and a participatory budgeting pilot."
        ),
        "focus_areas": ("governance", "fundraising", "organisational-development"),
        "governorates": ("najaf", "karbala", "qadisiyah"),
        "domain": "kufa-hub",
        "member_since": 2019,
    },
]

IMPLEMENTING_PARTNERS = [
    {
        "name": T("Samawah Community Development Association", ar="جمعية السماوة لتنمية المجتمع"),
        "description": T(
            "Helps community groups in Muthanna plan projects and raise funds from local "
            "businesses.",
            ar=(
                "تساعد المجموعات المجتمعية في المثنى على تخطيط المشاريع وجمع التمويل من الشركات "
                "المحلية."
            ),
        ),
        "focus_areas": ("fundraising", "organisational-development"),
        "governorates": ("muthanna",),
        "domain": "samawah-development",
        "member_since": 2020,
    },
    {
        "name": T(
            "Baqubah Social Peace Team",
            ar="فريق بعقوبة للسلم المجتمعي",
            ckb="تیمی ئاشتیی کۆمەڵایەتیی بەعقووبە",
        ),
        "description": T(
            "A team of local mediators who resolve disputes between returnees and host "
            "communities in Diyala.",
            ar=(
                "فريق من الوسطاء المحليين يعمل على حل النزاعات بين العائدين والمجتمعات المضيفة في "
                "ديالى."
            ),
            ckb=(
                "تیمێکی ناوبژیکارانی خۆجێییە کە ناکۆکییەکانی نێوان گەڕاوەکان و کۆمەڵگە "
                "میواندارەکان لە دیالە چارەسەر دەکات."
            ),
        ),
        "focus_areas": ("peacebuilding", "displacement-and-return"),
        "governorates": ("diyala",),
        "domain": "baqubah-peace",
        "member_since": 2019,
    },
    {
        "name": T("Kut Women's Empowerment Centre", ar="مركز الكوت لتمكين المرأة"),
        "description": T(
            "Offers vocational training, legal counselling and safe spaces for women in Wasit.",
            ar="يقدّم التدريب المهني والاستشارات القانونية والمساحات الآمنة للنساء في واسط.",
        ),
        "focus_areas": ("womens-participation", "gender-based-violence"),
        "governorates": ("wasit",),
        "domain": "kut-women",
        "member_since": 2020,
    },
    {
        "name": T("Maysan Marshes Youth Collective"),
        "description": T(
            "Young volunteers from the marsh villages of Maysan who organise cultural events and "
            "dialogue sessions between tribes."
        ),
        "focus_areas": ("youth", "peacebuilding"),
        "governorates": ("maysan",),
        "domain": "maysan-marshes-youth",
        "member_since": 2021,
    },
    {
        "name": T("Karbala Volunteers for Civic Action"),
        "description": T(
            "A volunteer-run group that trains other volunteer initiatives in Karbala in planning, "
            "volunteer management and reporting."
        ),
        "focus_areas": ("youth", "organisational-development"),
        "governorates": ("karbala",),
        "domain": "karbala-volunteers",
        "member_since": 2019,
    },
    {
        "name": T("Tikrit Bridges of Return", ar="جسور العودة في تكريت"),
        "description": T(
            "Provides psychosocial support and case management for returnee families in "
            "Salah al-Din.",
            ar="تقدّم الدعم النفسي والاجتماعي وإدارة الحالات للأسر العائدة في صلاح الدين.",
        ),
        "focus_areas": ("displacement-and-return", "gender-based-violence"),
        "governorates": ("salah-al-din",),
        "domain": "tikrit-return",
        "member_since": 2020,
    },
    {
        "name": T("Diwaniyah Rural Women Network"),
        "description": T(
            "Connects rural women's groups in Qadisiyah and advocates for their access to land, "
            "justice and public services."
        ),
        "focus_areas": ("womens-participation", "human-rights"),
        "governorates": ("qadisiyah",),
        "domain": "diwaniyah-rural-women",
        "member_since": 2021,
    },
    {
        "name": T("Ur Legal Clinic", ar="عيادة أور القانونية"),
        "description": T(
            "A legal clinic in Nasiriyah that helps displaced and vulnerable families obtain "
            "identity cards and other civil documents.",
            ar=(
                "عيادة قانونية في الناصرية تساعد الأسر النازحة والهشّة على استخراج البطاقات "
                "الوطنية وغيرها من الوثائق المدنية."
            ),
        ),
        "focus_areas": ("human-rights", "displacement-and-return"),
        "governorates": ("dhi-qar",),
        "domain": "ur-legal-clinic",
        "member_since": 2019,
    },
    {
        "name": T(
            "Sinjar Return and Rebuild Association",
            ar="جمعية العودة والإعمار في سنجار",
            ckb="کۆمەڵەی گەڕانەوە و ئاوەدانکردنەوەی شنگال",
        ),
        "description": T(
            "A Yazidi-led association that supports families returning to Sinjar and records "
            "their priorities for reconstruction.",
            ar=(
                "جمعية يقودها إيزيديون تدعم الأسر العائدة إلى سنجار وتوثّق أولوياتها في إعادة "
                "الإعمار."
            ),
            ckb=(
                "کۆمەڵەیەکە ئێزیدییەکان بەڕێوەی دەبەن، پشتگیری لەو خێزانانە دەکات کە "
                "دەگەڕێنەوە شنگال و پێشینەکانیان بۆ ئاوەدانکردنەوە تۆمار دەکات."
            ),
        ),
        "focus_areas": ("displacement-and-return", "minority-rights", "transitional-justice"),
        "governorates": ("nineveh", "duhok"),
        "domain": "sinjar-rebuild",
        "member_since": 2019,
    },
    {
        "name": T(
            "Tal Afar Community Mediation Centre",
            ar="مركز تلعفر للوساطة المجتمعية",
            ckb="ناوەندی ناوبژیکاریی کۆمەڵایەتیی تەلەعفەر",
        ),
        "description": T(
            "Facilitates the local peace committee of Tal Afar and trains community mediators.",
            ar="ييسّر عمل لجنة السلام المحلية في تلعفر ويدرّب الوسطاء المجتمعيين.",
            ckb=(
                "کاری لیژنەی ئاشتیی خۆجێیی تەلەعفەر ئاسان دەکات و ناوبژیکارانی کۆمەڵایەتی "
                "ڕادەهێنێت."
            ),
        ),
        "focus_areas": ("peacebuilding", "minority-rights"),
        "governorates": ("nineveh",),
        "domain": "talafar-mediation",
        "member_since": 2020,
    },
    {
        "name": T(
            "Hawija Youth for Peace",
            ar="شباب الحويجة من أجل السلام",
            ckb="گەنجانی حەویجە بۆ ئاشتی",
        ),
        "description": T(
            "Young people from Hawija who run peace education clubs in schools and sports "
            "activities that bring communities together.",
            ar=(
                "شباب من الحويجة يديرون نوادي للتربية على السلام في المدارس وأنشطة رياضية تجمع "
                "المجتمعات المحلية."
            ),
            ckb=(
                "گەنجانی حەویجەن کە یانەی پەروەردەی ئاشتی لە قوتابخانەکان و چالاکیی وەرزشی بۆ "
                "لێکنزیککردنەوەی کۆمەڵگەکان بەڕێوە دەبەن."
            ),
        ),
        "focus_areas": ("youth", "peacebuilding"),
        "governorates": ("kirkuk",),
        "domain": "hawija-youth-peace",
        "member_since": 2021,
    },
    {
        "name": T("Fallujah Reconstruction Volunteers"),
        "description": T(
            "Volunteers who rehabilitate schools and public spaces in Fallujah and involve "
            "residents in deciding priorities."
        ),
        "focus_areas": ("displacement-and-return", "youth"),
        "governorates": ("anbar",),
        "domain": "fallujah-volunteers",
        "member_since": 2019,
    },
    {
        "name": T("Ramadi Women's Livelihood Forum"),
        "description": T(
            "Supports women-run small businesses in Ramadi and studies the barriers women face in "
            "the local economy."
        ),
        "focus_areas": ("womens-participation", "fundraising"),
        "governorates": ("anbar",),
        "domain": "ramadi-women",
        "member_since": 2021,
    },
    {
        "name": T("Zakho Media Literacy Group", ckb="گرووپی ڕۆشنبیریی میدیایی زاخۆ"),
        "description": T(
            "Teaches young people in Zakho to check sources, spot misinformation and publish "
            "responsibly.",
            ckb=(
                "فێری گەنجانی زاخۆ دەکات سەرچاوەکان بپشکنن، زانیاریی هەڵە بناسنەوە و بە "
                "بەرپرسیارێتییەوە بڵاوکردنەوە بکەن."
            ),
        ),
        "focus_areas": ("freedom-of-expression", "access-to-information", "youth"),
        "governorates": ("duhok",),
        "domain": "zakho-media-literacy",
        "member_since": 2021,
    },
    {
        "name": T("Soran Civic Education Centre", ckb="ناوەندی پەروەردەی مەدەنیی سۆران"),
        "description": T(
            "Runs civic education courses for students and first-time voters in Soran and the "
            "surrounding districts.",
            ckb=(
                "خولی پەروەردەی مەدەنی بۆ قوتابیان و ئەو کەسانەی بۆ یەکەمجار دەنگ دەدەن لە "
                "سۆران و قەزاکانی دەوروبەری دەکاتەوە."
            ),
        ),
        "focus_areas": ("democracy", "youth", "elections"),
        "governorates": ("erbil",),
        "domain": "soran-civic",
        "member_since": 2020,
    },
    {
        "name": T(
            "Koya Human Rights Circle",
            ar="حلقة كويه لحقوق الإنسان",
            ckb="بازنەی مافەکانی مرۆڤی کۆیە",
        ),
        "description": T(
            "A circle of lawyers and teachers in Koya who monitor detention conditions and raise "
            "awareness of human rights.",
            ar=(
                "حلقة من المحامين والمعلمين في كويه ترصد أوضاع الاحتجاز وتنشر الوعي بحقوق الإنسان."
            ),
            ckb=(
                "بازنەیەکی پارێزەران و مامۆستایانە لە کۆیە کە چاودێریی دۆخی دەستگیرکراوان "
                "دەکەن و هۆشیاری دەربارەی مافەکانی مرۆڤ بڵاو دەکەنەوە."
            ),
        ),
        "focus_areas": ("human-rights", "advocacy"),
        "governorates": ("erbil",),
        "domain": "koya-rights",
        "member_since": 2019,
    },
    {
        "name": T("Kalar Civic Development Group", ckb="گرووپی گەشەپێدانی مەدەنیی کەلار"),
        "description": T(
            "Helps young organisations in the Garmiyan area set up boards, policies and financial "
            "systems.",
            ckb=(
                "یارمەتیی ڕێکخراوە نوێیەکانی ناوچەی گەرمیان دەدات بۆ دامەزراندنی دەستەی "
                "بەڕێوەبردن، سیاسەت و سیستەمی دارایی."
            ),
        ),
        "focus_areas": ("organisational-development", "governance"),
        "governorates": ("sulaymaniyah",),
        "domain": "kalar-civic",
        "member_since": 2020,
    },
    {
        "name": T(
            "Halabja Memory and Rights Association",
            ar="جمعية حلبجة للذاكرة والحقوق",
            ckb="کۆمەڵەی یادەوەری و مافەکانی هەڵەبجە",
        ),
        "description": T(
            "Keeps an oral history archive of the 1988 chemical attack and advocates for the "
            "rights of survivors.",
            ar="تحتفظ بأرشيف للتاريخ الشفهي للهجوم الكيميائي عام ١٩٨٨ وتدافع عن حقوق الناجين.",
            ckb=(
                "ئەرشیفێکی مێژووی زارەکیی هێرشە کیمیاییەکەی ١٩٨٨ دەپارێزێت و داکۆکی لە مافەکانی "
                "ڕزگاربووان دەکات."
            ),
        ),
        "focus_areas": ("transitional-justice", "human-rights"),
        "governorates": ("halabja",),
        "domain": "halabja-memory",
        "member_since": 2018,
    },
    {
        "name": T("Shatt al-Arab Citizens' Forum"),
        "description": T(
            "A citizens' forum in Basra that invites officials to public hearings on water, "
            "electricity and other services."
        ),
        "focus_areas": ("governance", "access-to-information"),
        "governorates": ("basra",),
        "domain": "shatt-citizens",
        "member_since": 2020,
    },
    {
        "name": T("Babil Teachers for Civic Values"),
        "description": T(
            "A network of teachers in Babil who bring human rights and civic values into everyday "
            "classroom teaching."
        ),
        "focus_areas": ("democracy", "human-rights", "youth"),
        "governorates": ("babil",),
        "domain": "babil-teachers",
        "member_since": 2019,
    },
    {
        "name": T("Najaf Accessible Services Alliance", ar="تحالف النجف للخدمات الميسّرة"),
        "description": T(
            "An alliance of disabled people's organisations that audits public buildings and "
            "services for accessibility.",
            ar=("تحالف من منظمات الأشخاص ذوي الإعاقة يقيّم مدى إتاحة المباني والخدمات العامة لهم."),
        ),
        "focus_areas": ("human-rights", "governance"),
        "governorates": ("najaf",),
        "domain": "najaf-access",
        "member_since": 2020,
    },
    {
        "name": T(
            "Baghdad Digital Safety Collective",
            ar="تجمّع بغداد للسلامة الرقمية",
            ckb="کۆمەڵەی سەلامەتیی دیجیتاڵیی بەغدا",
        ),
        "description": T(
            "Volunteer technologists who run digital safety help desks for activists and small "
            "NGOs in Baghdad.",
            ar=(
                "تقنيون متطوعون يديرون مكاتب مساعدة في السلامة الرقمية للناشطين والمنظمات "
                "الصغيرة في بغداد."
            ),
            ckb=(
                "تەکنیککارانی خۆبەخشن کە نووسینگەی یارمەتیی سەلامەتیی دیجیتاڵی بۆ چالاکوانان "
                "و ڕێکخراوە بچووکەکان لە بەغدا بەڕێوە دەبەن."
            ),
        ),
        "focus_areas": ("digital-security", "freedom-of-expression"),
        "governorates": ("baghdad",),
        "domain": "baghdad-digital-safety",
        "member_since": 2021,
    },
    {
        "name": T("Rusafa Youth Media Centre"),
        "description": T(
            "Trains young reporters in eastern Baghdad and produces a podcast on civil society."
        ),
        "focus_areas": ("youth", "freedom-of-expression"),
        "governorates": ("baghdad",),
        "domain": "rusafa-youth-media",
        "member_since": 2021,
    },
    {
        "name": T(
            "Hamdaniya Minority Rights Forum",
            ar="منتدى الحمدانية لحقوق الأقليات",
            ckb="کۆڕی مافەکانی کەمینەکانی حەمدانیە",
        ),
        "description": T(
            "Represents the Christian, Shabak and Kakai communities of the Nineveh Plains in "
            "dialogue with local authorities.",
            ar=(
                "يمثّل المجتمعات المسيحية والشبكية والكاكائية في سهل نينوى في الحوار مع السلطات "
                "المحلية."
            ),
            ckb=(
                "نوێنەرایەتیی پێکهاتە مەسیحی، شەبەک و کاکەییەکانی دەشتی نەینەوا دەکات لە "
                "دیالۆگ لەگەڵ دەسەڵاتە خۆجێییەکاندا."
            ),
        ),
        "focus_areas": ("minority-rights", "human-rights", "advocacy"),
        "governorates": ("nineveh",),
        "domain": "hamdaniya-minorities",
        "member_since": 2019,
    },
]

# Every organisation of the directory, members first; partners are "implementing-partner".
ORGANIZATIONS = MEMBERS + [
    {**spec, "kind": "implementing-partner"} for spec in IMPLEMENTING_PARTNERS
]
