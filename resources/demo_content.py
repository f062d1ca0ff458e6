"""The resource library's demo content: the topics taxonomy and the 85 resources of the CoP's
Key Resources Library, in English with Arabic and Central Kurdish (Sorani) texts for many.

Every text is a ``T(english, ar=..., ckb=...)``. A resource is translated into a language only
when all its texts (title, summary, abstract) have one in that language. Organisations are named
by their English name in the member directory; topics by slug; document languages by language
code. The publishers are the fictional organisations of the directory's demo content.
"""

from cms.demo import T

TOPICS = [
    {
        "slug": "democracy",
        "name": T("Democracy", ar="الديمقراطية", ckb="دیموکراسی"),
        "description": T(
            "Democratic institutions, citizen participation and the checks that keep power "
            "accountable.",
            ar="المؤسسات الديمقراطية ومشاركة المواطنين والضوابط التي تُخضع السلطة للمساءلة.",
            ckb=(
                "دامەزراوە دیموکراسییەکان، بەشداریی هاووڵاتیان و ئەو میکانیزمانەی دەسەڵات "
                "دەخەنە بەر لێپرسینەوە."
            ),
        ),
    },
    {
        "slug": "human-rights",
        "name": T("Human rights", ar="حقوق الإنسان", ckb="مافەکانی مرۆڤ"),
        "description": T(
            "Protecting and promoting the rights of every person in Iraq, and documenting "
            "violations.",
            ar="حماية حقوق كل إنسان في العراق وتعزيزها، وتوثيق الانتهاكات.",
            ckb=(
                "پاراستن و پەرەپێدانی مافەکانی هەموو کەسێک لە عێراق، و بەدۆکیومێنتکردنی "
                "پێشێلکارییەکان."
            ),
        ),
    },
    {
        "slug": "governance",
        "name": T("Governance", ar="الحوكمة", ckb="حوکمڕانی"),
        "description": T(
            "How public institutions are run: transparency, accountability, decentralisation and "
            "public services.",
            ar="طريقة إدارة المؤسسات العامة: الشفافية والمساءلة واللامركزية والخدمات العامة.",
            ckb=(
                "شێوازی بەڕێوەبردنی دامەزراوە گشتییەکان: شەفافیەت، لێپرسینەوە، نامەرکەزیەت و "
                "خزمەتگوزارییە گشتییەکان."
            ),
        ),
    },
    {
        "slug": "elections",
        "name": T("Elections", ar="الانتخابات", ckb="هەڵبژاردنەکان"),
        "description": T(
            "Electoral law, voter education and independent monitoring of elections.",
            ar="قانون الانتخابات وتثقيف الناخبين والرقابة المستقلة على العملية الانتخابية.",
            ckb="یاسای هەڵبژاردن، هۆشیارکردنەوەی دەنگدەران و چاودێریی سەربەخۆی هەڵبژاردنەکان.",
        ),
    },
    {
        "slug": "digital-security",
        "name": T("Digital security", ar="الأمن الرقمي", ckb="ئاسایشی دیجیتاڵی"),
        "description": T(
            "Keeping activists, staff and data safe online and on their devices.",
            ar="حماية الناشطين والعاملين والبيانات على الإنترنت وعلى أجهزتهم.",
            ckb="پاراستنی چالاکوانان، کارمەندان و داتاکان لە ئینتەرنێت و لەسەر ئامێرەکانیان.",
        ),
    },
    {
        "slug": "advocacy",
        "name": T("Advocacy", ar="المناصرة", ckb="داکۆکیکاری"),
        "description": T(
            "Campaigns and coalitions that influence laws, policies and public decisions.",
            ar="الحملات والتحالفات التي تؤثر في القوانين والسياسات والقرارات العامة.",
            ckb="ئەو هەڵمەت و هاوپەیمانییانەی کاریگەری دەخەنە سەر یاسا، سیاسەت و بڕیارە گشتییەکان.",
        ),
    },
    {
        "slug": "monitoring-and-evaluation",
        "name": T("Monitoring and evaluation", ar="الرصد والتقييم", ckb="چاودێری و هەڵسەنگاندن"),
        "description": T(
            "Measuring results, learning from programmes and reporting to communities and donors.",
            ar="قياس النتائج والتعلّم من البرامج وتقديم التقارير إلى المجتمعات والجهات المانحة.",
            ckb="پێوانەکردنی ئەنجامەکان، فێربوون لە بەرنامەکان و ڕاپۆرتدان بە کۆمەڵگە و بەخشەران.",
        ),
    },
    {
        "slug": "fundraising",
        "name": T("Fundraising", ar="جمع التمويل", ckb="کۆکردنەوەی پارە"),
        "description": T(
            "Proposals, donor relations and diversified income for sustainable organisations.",
            ar="كتابة المقترحات والعلاقات مع المانحين وتنويع مصادر الدخل من أجل منظمات مستدامة.",
            ckb=(
                "نووسینی پێشنیازنامە، پەیوەندی لەگەڵ بەخشەران و هەمەجۆرکردنی داهات بۆ ڕێکخراوی "
                "بەردەوام."
            ),
        ),
    },
    {
        "slug": "organisational-development",
        "name": T("Organisational development", ar="التطوير المؤسسي", ckb="گەشەپێدانی ڕێکخراوەیی"),
        "description": T(
            "The internal systems, governance, finance and people that let an NGO grow and last.",
            ar=(
                "الأنظمة الداخلية والحوكمة والإدارة المالية والموارد البشرية التي تمكّن المنظمة "
                "من النمو والاستمرار."
            ),
            ckb=(
                "سیستەمە ناوخۆییەکان، بەڕێوەبردن، دارایی و سەرچاوەی مرۆیی کە ڕێگە بە ڕێکخراو "
                "دەدەن گەشە بکات و بەردەوام بێت."
            ),
        ),
    },
    {
        "slug": "womens-participation",
        "name": T("Women's participation", ar="مشاركة المرأة", ckb="بەشداریی ژنان"),
        "description": T(
            "Women's leadership and voice in politics, public life and the economy.",
            ar="قيادة المرأة وصوتها في السياسة والحياة العامة والاقتصاد.",
            ckb="سەرکردایەتی و دەنگی ژنان لە سیاسەت، ژیانی گشتی و ئابووریدا.",
        ),
    },
    {
        "slug": "youth",
        "name": T("Youth", ar="الشباب", ckb="گەنجان"),
        "description": T(
            "Young people as voters, volunteers, leaders and peacebuilders.",
            ar="الشباب بوصفهم ناخبين ومتطوعين وقادة وبناةً للسلام.",
            ckb="گەنجان وەک دەنگدەر، خۆبەخش، سەرکردە و بنیاتنەری ئاشتی.",
        ),
    },
    {
        "slug": "peacebuilding",
        "name": T("Peacebuilding", ar="بناء السلام", ckb="بنیاتنانی ئاشتی"),
        "description": T(
            "Dialogue, reconciliation and social cohesion between communities.",
            ar="الحوار والمصالحة والتماسك الاجتماعي بين المجتمعات المحلية.",
            ckb="دیالۆگ، ئاشتەوایی و پێکەوەبەستنی کۆمەڵایەتی لە نێوان پێکهاتەکاندا.",
        ),
    },
    {
        "slug": "transitional-justice",
        "name": T("Transitional justice", ar="العدالة الانتقالية", ckb="دادپەروەریی گواستنەوە"),
        "description": T(
            "Truth, reparations, compensation and accountability for past abuses.",
            ar="الحقيقة وجبر الضرر والتعويضات والمساءلة عن انتهاكات الماضي.",
            ckb=(
                "ڕاستی، چاککردنەوەی زیان، قەرەبووکردنەوە و لێپرسینەوە لەسەر پێشێلکارییەکانی "
                "ڕابردوو."
            ),
        ),
    },
    {
        "slug": "access-to-information",
        "name": T(
            "Access to information",
            ar="حق الحصول على المعلومات",
            ckb="مافی دەستگەیشتن بە زانیاری",
        ),
        "description": T(
            "The public's right to know, open data and the transparency of public bodies.",
            ar="حق الجمهور في المعرفة والبيانات المفتوحة وشفافية الهيئات العامة.",
            ckb="مافی خەڵک بۆ زانین، داتای کراوە و شەفافیەتی دامەزراوە گشتییەکان.",
        ),
    },
    {
        "slug": "gender-based-violence",
        "name": T(
            "Gender-based violence",
            ar="العنف القائم على النوع الاجتماعي",
            ckb="توندوتیژیی ڕەگەزی",
        ),
        "description": T(
            "Preventing gender-based violence, referral pathways and services for survivors.",
            ar=(
                "الوقاية من العنف القائم على النوع الاجتماعي ومسارات الإحالة والخدمات المقدَّمة "
                "للناجيات والناجين."
            ),
            ckb=(
                "ڕێگریکردن لە توندوتیژیی ڕەگەزی، ڕێڕەوەکانی ئاڕاستەکردن و خزمەتگوزاری بۆ "
                "ڕزگاربووان."
            ),
        ),
    },
    {
        "slug": "freedom-of-expression",
        "name": T("Freedom of expression", ar="حرية التعبير", ckb="ئازادیی ڕادەربڕین"),
        "description": T(
            "Free speech, media freedom, peaceful assembly and the safety of journalists.",
            ar="حرية الرأي وحرية الإعلام والتجمع السلمي وسلامة الصحفيين.",
            ckb="ئازادیی قسەکردن، ئازادیی میدیا، کۆبوونەوەی ئاشتیانە و سەلامەتیی ڕۆژنامەنووسان.",
        ),
    },
    {
        "slug": "minority-rights",
        "name": T("Minority rights", ar="حقوق الأقليات", ckb="مافەکانی کەمینەکان"),
        "description": T(
            "The rights and representation of Iraq's religious and ethnic minorities.",
            ar="حقوق الأقليات الدينية والعرقية في العراق وتمثيلها.",
            ckb="ماف و نوێنەرایەتیی کەمینە ئایینی و نەتەوەییەکانی عێراق.",
        ),
    },
    {
        "slug": "displacement-and-return",
        "name": T("Displacement and return", ar="النزوح والعودة", ckb="ئاوارەبوون و گەڕانەوە"),
        "description": T(
            "Displaced families, safe and voluntary return, civil documentation and "
            "reconstruction.",
            ar="الأسر النازحة والعودة الآمنة والطوعية والوثائق المدنية وإعادة الإعمار.",
            ckb=(
                "خێزانە ئاوارەکان، گەڕانەوەی سەلامەت و خۆبەخشانە، بەڵگەنامەی مەدەنی و "
                "ئاوەدانکردنەوە."
            ),
        ),
    },
]


def _resource(
    number,
    resource_type,
    title,
    summary,
    *,
    topics,
    languages,
    organization,
    year,
    abstract=None,
    document=True,
    url="",
    related=(),
):
    """One resource of the library; ``related`` are numbers of earlier resources. Three in four
    get a generated thumbnail."""
    return {
        "external_id": f"cop-res-{number:03d}",
        "resource_type": resource_type,
        "title": title,
        "summary": summary,
        "abstract": abstract,
        "topics": topics,
        "languages": languages,
        "organization": organization,
        "year": year,
        "document": document,
        "url": url,
        "thumbnail": number % 4 != 0,
        "related": tuple(f"cop-res-{other:03d}" for other in related),
    }


RESOURCES = [
    # Elections
    _resource(
        1,
        "report",
        T(
            "Monitoring the 2018 Parliamentary Elections: Observer Findings",
            ar="مراقبة الانتخابات النيابية لعام ٢٠١٨: نتائج المراقبين",
            ckb="چاودێریکردنی هەڵبژاردنی پەرلەمانیی ٢٠١٨: دەرئەنجامەکانی چاودێران",
        ),
        T(
            "Findings of 1,200 domestic observers deployed to polling stations in twelve "
            "governorates on election day.",
            ar=(
                "نتائج عمل ١٢٠٠ مراقب محلي انتشروا في مراكز الاقتراع في اثنتي عشرة محافظة يوم "
                "الانتخابات."
            ),
            ckb=(
                "دەرئەنجامەکانی ١٢٠٠ چاودێری ناوخۆیی کە لە ڕۆژی هەڵبژاردندا لە بنکەکانی "
                "دەنگدانی دوازدە پارێزگادا دابەش کرابوون."
            ),
        ),
        abstract=T(
            "Observers recorded the opening of polling stations, the use of biometric voter cards "
            "and the counting process. The report documents late openings, failures of "
            "electronic devices and pressure on voters in several stations, and recommends "
            "clearer procedures for the Independent High Electoral Commission and earlier "
            "accreditation of observers.",
            ar=(
                "سجّل المراقبون افتتاح مراكز الاقتراع واستخدام البطاقات البايومترية وعملية العدّ "
                "والفرز. ويوثّق التقرير تأخّر فتح بعض المراكز وأعطال الأجهزة الإلكترونية "
                "والضغوط التي تعرّض لها الناخبون في عدد من المحطات، ويوصي المفوضية العليا "
                "المستقلة للانتخابات باعتماد إجراءات أوضح وباعتماد المراقبين في وقت أبكر."
            ),
            ckb=(
                "چاودێران کردنەوەی بنکەکانی دەنگدان، بەکارهێنانی کارتی بایۆمەتری و پرۆسەی "
                "ژماردنی دەنگەکانیان تۆمار کرد. ڕاپۆرتەکە دواکەوتنی کردنەوەی بنکەکان، "
                "تێکچوونی ئامێرە ئەلیکترۆنییەکان و ئەو فشارانەی لە چەند وێستگەیەکدا خرانە سەر "
                "دەنگدەران بەدۆکیومێنت دەکات، و ڕاسپاردە دەداتە کۆمیسیۆنی باڵای سەربەخۆی "
                "هەڵبژاردنەکان بۆ ڕێکارێکی ڕوونتر و پێدانی مۆڵەت بە چاودێران لە کاتێکی زووتردا."
            ),
        ),
        topics=("elections", "democracy", "monitoring-and-evaluation"),
        languages=("en", "ar"),
        organization="Rafidain Election Watch",
        year=2018,
    ),
    _resource(
        2,
        "guide",
        T(
            "Election Observer Handbook for Polling Day",
            ar="دليل المراقب الانتخابي ليوم الاقتراع",
            ckb="ڕێبەری چاودێری هەڵبژاردن بۆ ڕۆژی دەنگدان",
        ),
        T(
            "What observers check from the opening of the polling station to the announcement "
            "of results, with reporting forms.",
            ar=(
                "ما يتحقق منه المراقبون منذ افتتاح مركز الاقتراع حتى إعلان النتائج، مع استمارات "
                "الإبلاغ."
            ),
            ckb=(
                "ئەوەی چاودێران لە کردنەوەی بنکەی دەنگدانەوە تا ڕاگەیاندنی ئەنجامەکان دەیپشکنن، "
                "لەگەڵ فۆڕمەکانی ڕاپۆرتدان."
            ),
        ),
        topics=("elections", "monitoring-and-evaluation"),
        languages=("en", "ar", "ckb"),
        organization="Open Ballot Institute",
        year=2018,
    ),
    _resource(
        3,
        "dataset",
        T("Voter Registration Data by Governorate, 2018-2021"),
        T(
            "Registered voters and holders of biometric cards per governorate for the 2018 and "
            "2021 elections, as open CSV files."
        ),
        topics=("elections",),
        languages=("en",),
        organization="Open Ballot Institute",
        year=2021,
        document=False,
        url="https://data.open-ballot.example.org/iraq/voter-registration-2018-2021",
    ),
    _resource(
        4,
        "policy-brief",
        T(
            "Reforming Iraq's Electoral Law After the 2019 Protests",
            ar="إصلاح قانون الانتخابات العراقي بعد احتجاجات ٢٠١٩",
        ),
        T(
            "Options for electoral districts and seat allocation that answer protesters' demands "
            "for closer ties between voters and their representatives.",
            ar=(
                "خيارات لتقسيم الدوائر الانتخابية وتوزيع المقاعد تستجيب لمطالب المحتجين بتوثيق "
                "الصلة بين الناخبين وممثليهم."
            ),
        ),
        topics=("elections", "democracy", "governance"),
        languages=("en", "ar"),
        organization="Ishtar Centre for Democratic Studies",
        year=2020,
    ),
    _resource(
        5,
        "toolkit",
        T("Youth Voter Outreach Toolkit", ar="حقيبة أدوات للتواصل مع الناخبين الشباب"),
        T(
            "Activities, messages and social media templates for encouraging young people to "
            "register and vote.",
            ar="أنشطة ورسائل ونماذج لوسائل التواصل الاجتماعي لتشجيع الشباب على التسجيل والتصويت.",
        ),
        topics=("elections", "youth"),
        languages=("ar",),
        organization="Furat Youth Network",
        year=2021,
    ),
    _resource(
        6,
        "report",
        T(
            "Women Candidates in the 2021 Elections: Barriers and Support",
            ar="المرشحات في انتخابات ٢٠٢١: العوائق وسبل الدعم",
            ckb="کاندیدە ژنەکان لە هەڵبژاردنەکانی ٢٠٢١: ئاستەنگەکان و پشتگیری",
        ),
        T(
            "Interviews with 85 women candidates on campaign financing, online harassment and "
            "party support.",
            ar="مقابلات مع ٨٥ مرشحة حول تمويل الحملات الانتخابية والتحرش الإلكتروني ودعم الأحزاب.",
            ckb=(
                "چاوپێکەوتن لەگەڵ ٨٥ کاندیدی ژن دەربارەی دابینکردنی پارەی هەڵمەت، بێزارکردنی "
                "ئۆنلاین و پشتگیریی حیزبەکان."
            ),
        ),
        abstract=T(
            "The women's quota guarantees a quarter of the seats in the Council of "
            "Representatives, but candidates still have unequal access to campaign funds and "
            "media. This report combines interviews with candidates and a review of online abuse "
            "during the campaign, and proposes measures for parties, the electoral commission "
            "and donors.",
            ar=(
                "تضمن الكوتا النسائية ربع مقاعد مجلس النواب، لكن المرشحات ما زلن يواجهن تفاوتاً "
                "في الوصول إلى تمويل الحملات وإلى وسائل الإعلام. يجمع هذا التقرير بين مقابلات مع "
                "المرشحات ومراجعة للإساءات الإلكترونية خلال الحملة، ويقترح تدابير للأحزاب "
                "والمفوضية الانتخابية والجهات المانحة."
            ),
            ckb=(
                "کۆتای ژنان چارەکی کورسییەکانی ئەنجومەنی نوێنەران بۆ ژنان مسۆگەر دەکات، بەڵام "
                "کاندیدە ژنەکان هێشتا دەستگەیشتنێکی نایەکسانیان بە پارەی هەڵمەت و میدیا هەیە. "
                "ئەم ڕاپۆرتە چاوپێکەوتن لەگەڵ کاندیدەکان و پێداچوونەوەیەک بە ئازاردانی ئۆنلاین "
                "لە ماوەی هەڵمەتەکەدا پێکەوە دەبەستێت، و چەند ڕێوشوێنێک بۆ حیزبەکان، کۆمیسیۆنی "
                "هەڵبژاردن و بەخشەران پێشنیاز دەکات."
            ),
        ),
        topics=("elections", "womens-participation"),
        languages=("en", "ar", "ckb"),
        organization="Tamarisk Foundation for Women's Leadership",
        year=2021,
    ),
    _resource(
        7,
        "guide",
        T(
            "Reporting Electoral Violations: A Citizen's Guide",
            ar="الإبلاغ عن المخالفات الانتخابية: دليل المواطن",
            ckb="ڕاپۆرتدانی پێشێلکارییەکانی هەڵبژاردن: ڕێبەری هاووڵاتی",
        ),
        T(
            "How voters can recognise, document and report vote buying, intimidation and other "
            "violations.",
            ar=(
                "كيف يتعرّف الناخبون على شراء الأصوات والترهيب وغيرها من المخالفات، وكيف "
                "يوثّقونها ويبلّغون عنها."
            ),
            ckb=(
                "دەنگدەران چۆن کڕینی دەنگ، ترساندن و پێشێلکارییەکانی تر دەناسنەوە، "
                "بەدۆکیومێنتیان دەکەن و ڕاپۆرتیان لەسەر دەدەن."
            ),
        ),
        topics=("elections", "access-to-information"),
        languages=("ar", "ckb"),
        organization="Rafidain Election Watch",
        year=2021,
        related=(1,),
    ),
    # Compensation for war-affected communities
    _resource(
        8,
        "report",
        T(
            "The Compensation Scheme for War-Affected Communities: How Claims Are Processed",
            ar="نظام تعويض المجتمعات المتضررة من الحرب: كيف تُعالَج المطالبات",
        ),
        T(
            "A walk through the compensation committees' procedures, from filing a claim to "
            "payment, with the delays that families report.",
            ar=(
                "عرض لإجراءات لجان التعويض من تقديم الطلب حتى صرف المبلغ، مع حالات التأخير التي "
                "تبلّغ عنها الأسر."
            ),
        ),
        abstract=T(
            "Law 20 of 2009 and its amendments entitle the victims of military operations, "
            "military errors and terrorist acts to compensation for death, injury and damaged "
            "property. Based on 140 case files and interviews with committee members in Nineveh, "
            "Anbar and Salah al-Din, the report maps each stage of the process, shows where "
            "claims stall and estimates how long families wait on average.",
            ar=(
                "يمنح القانون رقم ٢٠ لسنة ٢٠٠٩ وتعديلاته ضحايا العمليات الحربية والأخطاء "
                "العسكرية والعمليات الإرهابية حق التعويض عن الوفاة والإصابة والأضرار التي لحقت "
                "بالممتلكات. واستناداً إلى ١٤٠ ملفاً ومقابلات مع أعضاء اللجان في نينوى والأنبار "
                "وصلاح الدين، يرسم التقرير كل مرحلة من مراحل العملية، ويبيّن المواضع التي تتعثر "
                "فيها المطالبات، ويقدّر متوسط مدة انتظار الأسر."
            ),
        ),
        topics=("transitional-justice", "displacement-and-return", "governance"),
        languages=("en", "ar"),
        organization="Sumer Legal Aid Society",
        year=2019,
    ),
    _resource(
        9,
        "policy-brief",
        T(
            "Speeding Up Compensation Payments in Liberated Areas",
            ar="تسريع صرف التعويضات في المناطق المحررة",
        ),
        T(
            "Five practical recommendations to the compensation committees and the Ministry of "
            "Finance for clearing the backlog of claims.",
            ar="خمس توصيات عملية للجان التعويض ووزارة المالية لإنجاز المطالبات المتراكمة.",
        ),
        topics=("transitional-justice", "governance"),
        languages=("en", "ar"),
        organization="Justice Compass International",
        year=2020,
        related=(8,),
    ),
    _resource(
        10,
        "guide",
        T(
            "Filing a Compensation Claim: A Step-by-Step Guide for Families",
            ar="تقديم طلب التعويض: دليل الأسر خطوة بخطوة",
            ckb="پێشکەشکردنی داواکاریی قەرەبوو: ڕێبەری هەنگاو بە هەنگاو بۆ خێزانەکان",
        ),
        T(
            "The documents to gather, the forms to fill in and the offices to visit when "
            "claiming compensation for loss or damage.",
            ar=(
                "الوثائق الواجب جمعها والاستمارات الواجب ملؤها والدوائر الواجب مراجعتها عند "
                "المطالبة بالتعويض عن الخسائر أو الأضرار."
            ),
            ckb=(
                "ئەو بەڵگەنامانەی کۆدەکرێنەوە، ئەو فۆڕمانەی پڕ دەکرێنەوە و ئەو فەرمانگانەی "
                "سەردان دەکرێن بۆ داواکردنی قەرەبووی زیان و لەدەستدان."
            ),
        ),
        topics=("transitional-justice", "displacement-and-return"),
        languages=("ar", "ckb"),
        organization="Nineveh Rights Observatory",
        year=2020,
        related=(8, 9),
    ),
    _resource(
        11,
        "dataset",
        T("Compensation Claims Tracker: Nineveh and Anbar"),
        T(
            "Anonymised monthly figures on claims filed, approved and paid in Nineveh and Anbar "
            "since 2019."
        ),
        topics=("transitional-justice", "monitoring-and-evaluation"),
        languages=("en",),
        organization="Nineveh Rights Observatory",
        year=2021,
        document=False,
        url="https://nineveh-rights.example.org/data/compensation-claims-tracker",
    ),
    # Digital security
    _resource(
        12,
        "training-material",
        T(
            "Digital Safety Basics for Activists",
            ar="أساسيات السلامة الرقمية للناشطين",
            ckb="بنەماکانی سەلامەتیی دیجیتاڵی بۆ چالاکوانان",
        ),
        T(
            "A one-day training on strong passwords, two-factor authentication, safe browsing "
            "and spotting phishing.",
            ar=(
                "تدريب ليوم واحد على كلمات المرور القوية والتحقق بخطوتين والتصفح الآمن وكشف رسائل "
                "التصيّد."
            ),
            ckb=(
                "ڕاهێنانێکی یەک ڕۆژە لەسەر وشەی نهێنیی بەهێز، پشتڕاستکردنەوەی دوو هەنگاوی، "
                "گەڕانی سەلامەت لە ئینتەرنێت و ناسینەوەی فیشینگ."
            ),
        ),
        abstract=T(
            "Designed for trainers in member organisations, the package contains a facilitator's "
            "guide, slides and hands-on exercises. It assumes no technical background and uses "
            "examples of real attacks against Iraqi activists, such as fake login pages and "
            "hijacked messaging accounts.",
            ar=(
                "صُمّمت هذه الحزمة للمدرّبين في المنظمات الأعضاء، وتضم دليلاً للميسّر وشرائح عرض "
                "وتمارين تطبيقية. ولا تفترض أي خلفية تقنية، وتستعين بأمثلة من هجمات حقيقية "
                "استهدفت ناشطين عراقيين، مثل صفحات الدخول المزيّفة والاستيلاء على حسابات المراسلة."
            ),
            ckb=(
                "ئەم پاکێجە بۆ ڕاهێنەرانی ڕێکخراوە ئەندامەکان ئامادە کراوە و ڕێبەرێکی "
                "ئاسانکار، سلاید و ڕاهێنانی کرداری لەخۆ دەگرێت. پێویستی بە هیچ باکگراوندێکی "
                "تەکنیکی نییە و نموونەی هێرشی ڕاستەقینە دژی چالاکوانانی عێراقی بەکار دەهێنێت، "
                "وەک پەڕەی ساختەی چوونەژوورەوە و دەستبەسەرداگرتنی ئەکاونتی نامەناردن."
            ),
        ),
        topics=("digital-security", "human-rights"),
        languages=("en", "ar", "ckb"),
        organization="SafeVoices Digital Trust",
        year=2020,
        url="https://safevoices.example.org/learn/digital-safety-basics",
    ),
    _resource(
        13,
        "toolkit",
        T(
            "Securing Your Organisation's Devices and Accounts",
            ckb="پاراستنی ئامێر و ئەکاونتەکانی ڕێکخراوەکەت",
        ),
        T(
            "Checklists and policy templates for protecting an NGO's computers, phones, email "
            "and shared files.",
            ckb=(
                "لیستی پشکنین و نموونەی سیاسەت بۆ پاراستنی کۆمپیوتەر، مۆبایل، ئیمەیڵ و فایلە "
                "هاوبەشەکانی ڕێکخراوێکی ناحکومی."
            ),
        ),
        topics=("digital-security", "organisational-development"),
        languages=("en", "ckb"),
        organization="Duhok Digital Rights Lab",
        year=2021,
    ),
    _resource(
        14,
        "guide",
        T(
            "Online Harassment of Women Human Rights Defenders: A Response Guide",
            ar="التحرش الإلكتروني بالمدافعات عن حقوق الإنسان: دليل الاستجابة",
            ckb="بێزارکردنی ئۆنلاینی ژنانی بەرگریکار لە مافەکانی مرۆڤ: ڕێبەری وەڵامدانەوە",
        ),
        T(
            "How to document online abuse, report it to platforms and support colleagues who are "
            "targeted.",
            ar=(
                "كيفية توثيق الإساءة عبر الإنترنت والإبلاغ عنها لدى المنصات ودعم الزميلات "
                "المستهدفات."
            ),
            ckb=(
                "چۆنیەتیی بەدۆکیومێنتکردنی ئازاردانی ئۆنلاین، ڕاپۆرتکردنی بۆ پلاتفۆرمەکان و "
                "پشتگیریکردنی ئەو هاوکارانەی دەکرێنە ئامانج."
            ),
        ),
        topics=("digital-security", "womens-participation", "human-rights"),
        languages=("en", "ar"),
        organization="SafeVoices Digital Trust",
        year=2021,
        related=(12,),
    ),
    _resource(
        15,
        "guide",
        T("Safe Remote Working During COVID-19", ar="العمل عن بُعد بأمان خلال جائحة كوفيد-١٩"),
        T(
            "Advice for teams moving online: video calls, file sharing and protecting sensitive "
            "data at home.",
            ar=(
                "نصائح للفرق التي انتقلت إلى العمل عبر الإنترنت: مكالمات الفيديو ومشاركة الملفات "
                "وحماية البيانات الحساسة في المنزل."
            ),
        ),
        topics=("digital-security",),
        languages=("ar",),
        organization="Baghdad Digital Safety Collective",
        year=2020,
    ),
    _resource(
        16,
        "toolkit",
        T(
            "Digital Security Self-Assessment Checklist",
            ar="قائمة التقييم الذاتي للأمن الرقمي",
            ckb="لیستی خۆهەڵسەنگاندنی ئاسایشی دیجیتاڵی",
        ),
        T(
            "Forty questions that help an organisation see where its digital security is weakest "
            "and what to fix first.",
            ar=(
                "أربعون سؤالاً تساعد المنظمة على معرفة مواطن الضعف في أمنها الرقمي وما ينبغي "
                "إصلاحه أولاً."
            ),
            ckb=(
                "چل پرسیار کە یارمەتیی ڕێکخراو دەدەن بزانێت ئاسایشی دیجیتاڵییەکەی لە کوێدا "
                "لاوازترە و پێش هەموو شتێک چی چاک بکات."
            ),
        ),
        topics=("digital-security", "organisational-development"),
        languages=("en", "ar", "ckb"),
        organization="SafeVoices Digital Trust",
        year=2021,
        related=(12, 13),
    ),
    _resource(
        17,
        "training-material",
        T("Encrypted Messaging for Field Teams", ckb="نامەناردنی شفرەکراو بۆ تیمە مەیدانییەکان"),
        T(
            "Slides and exercises on setting up and safely using encrypted messaging apps in the "
            "field.",
            ckb=(
                "سلاید و ڕاهێنان لەسەر دامەزراندن و بەکارهێنانی سەلامەتی ئەپەکانی نامەناردنی "
                "شفرەکراو لە کاری مەیدانیدا."
            ),
        ),
        topics=("digital-security",),
        languages=("ckb",),
        organization="Duhok Digital Rights Lab",
        year=2022,
    ),
    # Monitoring and evaluation
    _resource(
        18,
        "training-material",
        T(
            "Results-Based Monitoring and Evaluation for Small NGOs",
            ar="الرصد والتقييم القائم على النتائج للمنظمات الصغيرة",
        ),
        T(
            "A five-module course on theories of change, indicators, data collection and "
            "reporting results to donors.",
            ar=(
                "دورة من خمس وحدات عن نظرية التغيير والمؤشرات وجمع البيانات وتقديم تقارير النتائج "
                "إلى المانحين."
            ),
        ),
        abstract=T(
            "The course was developed after a CoP survey found that most local members report "
            "activities rather than results. Each module pairs a short explanation with exercises "
            "based on a fictional youth employment project, and the final module shows how to "
            "turn monitoring data into a clear report for donors and communities.",
            ar=(
                "أُعدّت الدورة بعد أن كشف استبيان أجراه مجتمع الممارسة أن معظم الأعضاء المحليين "
                "يبلّغون عن الأنشطة لا عن النتائج. وتقرن كل وحدة شرحاً موجزاً بتمارين مبنية على "
                "مشروع افتراضي لتشغيل الشباب، فيما تبيّن الوحدة الأخيرة كيفية تحويل بيانات الرصد "
                "إلى تقرير واضح للمانحين والمجتمعات المحلية."
            ),
        ),
        topics=("monitoring-and-evaluation", "organisational-development"),
        languages=("en", "ar"),
        organization="Global Governance Partners",
        year=2019,
    ),
    _resource(
        19,
        "guide",
        T("Designing a Logframe: Worked Examples from Iraqi Projects"),
        T(
            "Step-by-step logical frameworks for a legal aid, a civic education and a "
            "peacebuilding project."
        ),
        topics=("monitoring-and-evaluation",),
        languages=("en",),
        organization="Civic Bridges International",
        year=2019,
    ),
    _resource(
        20,
        "dataset",
        T("Indicator Bank for Governance Programmes"),
        T(
            "More than 200 tested output and outcome indicators for governance, transparency and "
            "participation projects."
        ),
        topics=("monitoring-and-evaluation", "governance"),
        languages=("en",),
        organization="Global Governance Partners",
        year=2020,
        document=False,
        url="https://global-governance.example.org/resources/indicator-bank",
    ),
    _resource(
        21,
        "guide",
        T(
            "Collecting Data Remotely: Phone Surveys in Conflict-Affected Areas",
            ar="جمع البيانات عن بُعد: المسوح الهاتفية في المناطق المتأثرة بالنزاع",
        ),
        T(
            "How to plan, run and check the quality of phone surveys when field visits are "
            "unsafe or restricted.",
            ar=(
                "كيفية تخطيط المسوح الهاتفية وتنفيذها وضبط جودتها حين تكون الزيارات الميدانية "
                "غير آمنة أو مقيّدة."
            ),
        ),
        topics=("monitoring-and-evaluation",),
        languages=("en", "ar"),
        organization="Civic Bridges International",
        year=2020,
    ),
    _resource(
        22,
        "toolkit",
        T("Learning from Failure: An After-Action Review Template"),
        T(
            "A facilitation template for honest team discussions about what did not work and "
            "what to change."
        ),
        topics=("monitoring-and-evaluation", "organisational-development"),
        languages=("en",),
        organization="Northstar Peace Alliance",
        year=2021,
    ),
    # Fundraising and organisational development
    _resource(
        23,
        "guide",
        T(
            "Writing Winning Proposals: A Fundraising Guide for Local NGOs",
            ar="كتابة مقترحات ناجحة: دليل جمع التمويل للمنظمات المحلية",
            ckb="نووسینی پێشنیازنامەی سەرکەوتوو: ڕێبەری کۆکردنەوەی پارە بۆ ڕێکخراوە ناوخۆییەکان",
        ),
        T(
            "From reading a call for proposals to building a budget: the steps of a competitive "
            "grant application.",
            ar=(
                "من قراءة دعوة تقديم المقترحات إلى إعداد الموازنة: خطوات طلب منحة قادر على "
                "المنافسة."
            ),
            ckb=(
                "لە خوێندنەوەی بانگەوازی پێشنیازنامەوە تا ئامادەکردنی بودجە: هەنگاوەکانی "
                "داواکارییەکی بەهێزی بەخشین."
            ),
        ),
        abstract=T(
            "Local organisations told the CoP that they lose grants not for lack of good ideas "
            "but because their proposals are unclear about results and costs. The guide explains "
            "what reviewers look for, how to write a problem statement and a theory of change, "
            "and how to present a realistic budget, with annotated extracts from successful "
            "proposals.",
            ar=(
                "أفادت المنظمات المحلية مجتمعَ الممارسة بأنها تخسر المنح لا لقلة الأفكار الجيدة، "
                "بل لأن مقترحاتها تفتقر إلى الوضوح بشأن النتائج والتكاليف. يشرح الدليل ما يبحث "
                "عنه المقيّمون، وكيفية صياغة بيان المشكلة ونظرية التغيير، وكيفية عرض موازنة "
                "واقعية، مع مقتطفات مشروحة من مقترحات ناجحة."
            ),
            ckb=(
                "ڕێکخراوە ناوخۆییەکان بە کۆمەڵگەی پراکتیکییان ڕاگەیاند کە بەخشینەکان لەدەست "
                "دەدەن، نەک لەبەر کەمیی بیرۆکەی باش، بەڵکو لەبەر ئەوەی پێشنیازنامەکانیان "
                "دەربارەی ئەنجام و تێچوون ڕوون نین. ڕێبەرەکە ڕوونی دەکاتەوە هەڵسەنگێنەران "
                "بەدوای چیدا دەگەڕێن، چۆن ڕاگەیەندراوی کێشە و تیۆری گۆڕانکاری بنووسرێت و چۆن "
                "بودجەیەکی واقیعی پێشکەش بکرێت، لەگەڵ چەند بڕگەیەکی ڕوونکراوە لە پێشنیازنامە "
                "سەرکەوتووەکان."
            ),
        ),
        topics=("fundraising", "organisational-development"),
        languages=("en", "ar", "ckb"),
        organization="Civic Bridges International",
        year=2019,
    ),
    _resource(
        24,
        "training-material",
        T("Budgeting for Donor Compliance", ar="إعداد الموازنات بما يتوافق مع متطلبات المانحين"),
        T(
            "Exercises on eligible costs, cost-sharing, procurement rules and financial reporting.",
            ar="تمارين حول التكاليف المؤهلة وتقاسم التكاليف وقواعد الشراء وإعداد التقارير المالية.",
        ),
        topics=("fundraising", "organisational-development"),
        languages=("en", "ar"),
        organization="Global Governance Partners",
        year=2019,
        related=(23,),
    ),
    _resource(
        25,
        "policy-brief",
        T(
            "Diversifying Funding Beyond International Donors",
            ar="تنويع مصادر التمويل بعيداً عن المانحين الدوليين",
        ),
        T(
            "Why Iraqi NGOs should build local sources of income, and what government and "
            "businesses can do to help.",
            ar=(
                "لماذا ينبغي للمنظمات العراقية بناء مصادر دخل محلية، وما الذي يمكن أن تقدّمه "
                "الحكومة والشركات للمساعدة."
            ),
        ),
        topics=("fundraising",),
        languages=("ar",),
        organization="Kufa Civil Society Hub",
        year=2021,
    ),
    _resource(
        26,
        "report",
        T("Local Philanthropy in Iraq: A Mapping of Private Giving"),
        T(
            "A survey of how Iraqi businesses, families and diaspora groups give to charitable "
            "and civic causes."
        ),
        topics=("fundraising",),
        languages=("en", "ar"),
        organization="Ishtar Centre for Democratic Studies",
        year=2022,
        document=False,
        url="https://ishtar-studies.example.org/publications/local-philanthropy-mapping",
    ),
    _resource(
        27,
        "toolkit",
        T(
            "Organisational Capacity Assessment Tool",
            ar="أداة تقييم القدرات المؤسسية",
            ckb="ئامرازی هەڵسەنگاندنی توانای ڕێکخراوەیی",
        ),
        T(
            "A scored self-assessment of governance, finance, human resources, programmes and "
            "external relations.",
            ar=(
                "تقييم ذاتي بالدرجات للحوكمة والإدارة المالية والموارد البشرية والبرامج والعلاقات "
                "الخارجية."
            ),
            ckb=(
                "خۆهەڵسەنگاندنێکی نمرەدار بۆ بەڕێوەبردن، دارایی، سەرچاوەی مرۆیی، بەرنامەکان و "
                "پەیوەندییە دەرەکییەکان."
            ),
        ),
        topics=("organisational-development", "monitoring-and-evaluation"),
        languages=("en", "ar", "ckb"),
        organization="Civic Bridges International",
        year=2018,
    ),
    _resource(
        28,
        "toolkit",
        T(
            "Financial Management Systems: Policies and Templates",
            ar="أنظمة الإدارة المالية: سياسات ونماذج",
        ),
        T(
            "Model financial policies, a chart of accounts and templates for cash management "
            "and audits.",
            ar="سياسات مالية نموذجية ودليل حسابات ونماذج لإدارة النقد والتدقيق.",
        ),
        topics=("organisational-development",),
        languages=("en", "ar"),
        organization="Global Governance Partners",
        year=2019,
        related=(27,),
    ),
    _resource(
        29,
        "guide",
        T(
            "Boards of Directors for Civil Society Organisations",
            ar="مجالس الإدارة في منظمات المجتمع المدني",
        ),
        T(
            "The role of a board, how to recruit its members and how to separate governance from "
            "day-to-day management.",
            ar="دور مجلس الإدارة وكيفية اختيار أعضائه وكيفية الفصل بين الحوكمة والإدارة اليومية.",
        ),
        topics=("organisational-development", "governance"),
        languages=("ar",),
        organization="Dijla Centre for Civic Education",
        year=2020,
    ),
    _resource(
        30,
        "toolkit",
        T(
            "Human Resources Manual Template for NGOs",
            ckb="نموونەی ڕێنماییی سەرچاوە مرۆییەکان بۆ ڕێکخراوە ناحکومییەکان",
        ),
        T(
            "An adaptable staff manual covering recruitment, contracts, leave, safeguarding and "
            "performance reviews.",
            ckb=(
                "ڕێنماییەکی گونجاوی کارمەندان کە دامەزراندن، گرێبەست، مۆڵەت، پاراستنی سەلامەتیی "
                "کەسان و هەڵسەنگاندنی ئەدا دەگرێتەوە."
            ),
        ),
        topics=("organisational-development",),
        languages=("en", "ckb"),
        organization="Zagros Women's Association",
        year=2020,
    ),
    _resource(
        31,
        "training-material",
        T("Strategic Planning Workshop Materials"),
        T(
            "Agenda, slides and exercises for a three-day workshop that produces a draft "
            "three-year strategy."
        ),
        topics=("organisational-development",),
        languages=("en",),
        organization="Civic Bridges International",
        year=2018,
    ),
    # Gender-based violence and women's participation
    _resource(
        32,
        "guide",
        T(
            "Gender-Based Violence Referral Pathways in Nineveh",
            ar="مسارات إحالة حالات العنف القائم على النوع الاجتماعي في نينوى",
            ckb="ڕێڕەوەکانی ئاڕاستەکردنی توندوتیژیی ڕەگەزی لە نەینەوا",
        ),
        T(
            "Who to contact for health, psychosocial, legal and shelter services in each district "
            "of Nineveh.",
            ar=(
                "الجهات التي يمكن التواصل معها للحصول على الخدمات الصحية والنفسية والاجتماعية "
                "والقانونية وخدمات الإيواء في كل قضاء من أقضية نينوى."
            ),
            ckb=(
                "لە هەر قەزایەکی نەینەوادا پەیوەندی بە کێوە بکرێت بۆ خزمەتگوزاریی تەندروستی، "
                "دەروونی-کۆمەڵایەتی، یاسایی و پەناگە."
            ),
        ),
        topics=("gender-based-violence", "human-rights"),
        languages=("en", "ar"),
        organization="Nineveh Rights Observatory",
        year=2019,
    ),
    _resource(
        33,
        "training-material",
        T(
            "Survivor-Centred Case Management: A Training Package",
            ar="إدارة الحالات المتمحورة حول الناجيات: حزمة تدريبية",
            ckb="بەڕێوەبردنی کەیس بە ناوەندکردنی ڕزگاربوو: پاکێجێکی ڕاهێنان",
        ),
        T(
            "Training for caseworkers on confidentiality, informed consent, safety planning and "
            "safe referrals.",
            ar=(
                "تدريب لمديري الحالات على السرية والموافقة المستنيرة والتخطيط للسلامة والإحالة "
                "الآمنة."
            ),
            ckb=(
                "ڕاهێنان بۆ کارمەندانی کەیس لەسەر نهێنیپارێزی، ڕەزامەندیی ئاگادارانە، پلاندانان "
                "بۆ سەلامەتی و ئاڕاستەکردنی سەلامەت."
            ),
        ),
        abstract=T(
            "The package follows the guiding principles of safety, confidentiality, respect and "
            "non-discrimination. Over four days, participants practise each step of case "
            "management through role plays drawn from the experience of caseworkers in Nineveh, "
            "Erbil and Anbar, including cases of child marriage and of violence in displacement "
            "camps.",
            ar=(
                "تتّبع الحزمة المبادئ التوجيهية للسلامة والسرية والاحترام وعدم التمييز. وعلى مدى "
                "أربعة أيام، يتدرّب المشاركون على كل خطوة من خطوات إدارة الحالة من خلال تمثيل "
                "أدوار مستمدّ من تجارب مديري الحالات في نينوى وأربيل والأنبار، بما في ذلك حالات "
                "تتعلق بزواج الأطفال والعنف في مخيمات النزوح."
            ),
            ckb=(
                "پاکێجەکە پەیڕەوی پرەنسیپە ڕێنماییکەرەکانی سەلامەتی، نهێنیپارێزی، ڕێزگرتن و "
                "جیاوازی نەکردن دەکات. لە ماوەی چوار ڕۆژدا، بەشداربووان هەموو هەنگاوێکی "
                "بەڕێوەبردنی کەیس لە ڕێگەی ڕۆڵبینینەوە مەشق دەکەن کە لە ئەزموونی کارمەندانی "
                "کەیس لە نەینەوا، هەولێر و ئەنبارەوە وەرگیراون، لەوانە کەیسی هاوسەرگیریی منداڵان "
                "و توندوتیژی لە کەمپەکانی ئاوارەکاندا."
            ),
        ),
        topics=("gender-based-violence", "womens-participation"),
        languages=("en", "ar", "ckb"),
        organization="Tamarisk Foundation for Women's Leadership",
        year=2020,
        related=(32,),
    ),
    _resource(
        34,
        "dataset",
        T(
            "GBV Services Directory: Kurdistan Region",
            ckb="ڕێبەری خزمەتگوزارییەکانی توندوتیژیی ڕەگەزی: هەرێمی کوردستان",
        ),
        T(
            "Contact details and opening hours of health, legal and shelter services for "
            "survivors in Erbil, Sulaymaniyah, Duhok and Halabja.",
            ckb=(
                "زانیاریی پەیوەندی و کاتەکانی کارکردنی خزمەتگوزارییە تەندروستی، یاسایی و "
                "پەناگەکان بۆ ڕزگاربووان لە هەولێر، سلێمانی، دهۆک و هەڵەبجە."
            ),
        ),
        topics=("gender-based-violence",),
        languages=("ckb", "en"),
        organization="Zagros Women's Association",
        year=2021,
        document=False,
        url="https://zagros-women.example.org/services-directory",
    ),
    _resource(
        35,
        "policy-brief",
        T(
            "Ending Impunity for Gender-Based Violence: Recommendations to Parliament",
            ar=(
                "إنهاء الإفلات من العقاب على العنف القائم على النوع الاجتماعي: توصيات إلى مجلس "
                "النواب"
            ),
        ),
        T(
            "Why the draft law against domestic violence matters and which of its provisions "
            "protect survivors best.",
            ar=(
                "لماذا يكتسب مشروع قانون مناهضة العنف الأسري أهمية، وأي أحكامه تحمي الناجيات على "
                "أفضل وجه."
            ),
        ),
        topics=("gender-based-violence", "advocacy"),
        languages=("en", "ar"),
        organization="Tamarisk Foundation for Women's Leadership",
        year=2022,
        related=(32, 33),
    ),
    _resource(
        36,
        "case-study",
        T(
            "Women in Local Councils: Case Studies from Three Governorates",
            ar="النساء في المجالس المحلية: دراسات حالة من ثلاث محافظات",
            ckb="ژنان لە ئەنجومەنە خۆجێییەکاندا: لێکۆڵینەوەی کەیس لە سێ پارێزگا",
        ),
        T(
            "How women council members in Sulaymaniyah, Basra and Diyala built support for their "
            "initiatives.",
            ar="كيف حشدت عضوات المجالس في السليمانية والبصرة وديالى التأييد لمبادراتهن.",
            ckb=(
                "ئەندامە ژنەکانی ئەنجومەن لە سلێمانی، بەسرە و دیالە چۆن پشتگیرییان بۆ "
                "دەستپێشخەرییەکانیان کۆکردەوە."
            ),
        ),
        topics=("womens-participation", "governance"),
        languages=("en", "ar", "ckb"),
        organization="Zagros Women's Association",
        year=2019,
    ),
    _resource(
        37,
        "case-study",
        T("Mentoring Young Women Leaders: Lessons from the CoP Mentorship Programme"),
        T(
            "What mentors and mentees from member organisations learned during a year of "
            "one-to-one mentoring."
        ),
        topics=("womens-participation", "youth"),
        languages=("en",),
        organization="Tamarisk Foundation for Women's Leadership",
        year=2022,
    ),
    # Advocacy, freedom of expression and access to information
    _resource(
        38,
        "toolkit",
        T(
            "Advocacy Strategy Toolkit for Coalitions",
            ar="حقيبة أدوات استراتيجيات المناصرة للتحالفات",
        ),
        T(
            "Tools for choosing an advocacy goal, mapping decision-makers and planning a joint "
            "campaign.",
            ar="أدوات لاختيار هدف المناصرة ورسم خريطة صانعي القرار والتخطيط لحملة مشتركة.",
        ),
        abstract=T(
            "Coalitions are stronger than single organisations, but only when their members "
            "agree on what they want to change. The toolkit guides a coalition through problem "
            "analysis, power mapping, message design and a simple plan for following progress, "
            "with examples from Iraqi campaigns on the personal status law and the right to "
            "information.",
            ar=(
                "التحالفات أقوى من المنظمات المنفردة، ولكن فقط حين يتفق أعضاؤها على ما يريدون "
                "تغييره. ترشد الحقيبة التحالف عبر تحليل المشكلة ورسم خريطة القوى وتصميم الرسائل "
                "ووضع خطة بسيطة لمتابعة التقدم، مع أمثلة من حملات عراقية تناولت قانون الأحوال "
                "الشخصية والحق في الحصول على المعلومات."
            ),
        ),
        topics=("advocacy",),
        languages=("en", "ar"),
        organization="Rights in Practice Network",
        year=2018,
    ),
    _resource(
        39,
        "guide",
        T(
            "Engaging Members of Parliament: An Advocacy Guide",
            ar="التواصل مع أعضاء مجلس النواب: دليل للمناصرة",
        ),
        T(
            "How to request meetings, prepare briefing notes and follow up with parliamentary "
            "committees.",
            ar="كيفية طلب الاجتماعات وإعداد المذكرات الموجزة ومتابعة العمل مع اللجان النيابية.",
        ),
        topics=("advocacy", "governance"),
        languages=("ar",),
        organization="Rights in Practice Network",
        year=2019,
        related=(38,),
    ),
    _resource(
        40,
        "case-study",
        T(
            "How a Coalition Changed the Draft Cybercrime Law",
            ar="كيف غيّر تحالفٌ مشروعَ قانون الجرائم المعلوماتية",
            ckb="هاوپەیمانییەک چۆن ڕەشنووسی یاسای تاوانە ئەلیکترۆنییەکانی گۆڕی",
        ),
        T(
            "The story of the civil society campaign that had vague, speech-restricting articles "
            "removed from a draft law.",
            ar=(
                "قصة حملة المجتمع المدني التي أدّت إلى حذف مواد مبهمة تقيّد حرية التعبير من مشروع "
                "القانون."
            ),
            ckb=(
                "چیرۆکی ئەو هەڵمەتەی کۆمەڵگەی مەدەنی کە بووە هۆی لابردنی چەند مادەیەکی ناڕوون و "
                "سنووردارکەری ئازادیی ڕادەربڕین لە ڕەشنووسی یاساکە."
            ),
        ),
        abstract=T(
            "When the draft cybercrime law returned to parliament, digital rights groups, "
            "journalists' associations and lawyers formed a coalition within weeks. This case "
            "study describes how they analysed the draft article by article, met the legal "
            "committee and used social media to explain the risks to the public, and what they "
            "would do differently next time.",
            ar=(
                "عندما عاد مشروع قانون الجرائم المعلوماتية إلى مجلس النواب، شكّلت مجموعات الحقوق "
                "الرقمية ونقابات الصحفيين والمحامون تحالفاً خلال أسابيع. تصف دراسة الحالة هذه كيف "
                "حلّلوا المشروع مادةً مادة، والتقوا باللجنة القانونية، واستخدموا وسائل التواصل "
                "الاجتماعي لشرح المخاطر للجمهور، وما الذي سيفعلونه بشكل مختلف في المرة القادمة."
            ),
            ckb=(
                "کاتێک ڕەشنووسی یاسای تاوانە ئەلیکترۆنییەکان گەڕایەوە پەرلەمان، گرووپەکانی مافە "
                "دیجیتاڵییەکان، سەندیکاکانی ڕۆژنامەنووسان و پارێزەران لە ماوەی چەند هەفتەیەکدا "
                "هاوپەیمانییەکیان پێکهێنا. ئەم لێکۆڵینەوەی کەیسە باس لەوە دەکات چۆن ڕەشنووسەکەیان "
                "مادە بە مادە شیکردەوە، لەگەڵ لیژنەی یاسایی کۆبوونەوە و سۆشیال میدیایان بۆ "
                "ڕوونکردنەوەی مەترسییەکان بۆ خەڵک بەکارهێنا، و جاری داهاتوو چی بە شێوەیەکی "
                "جیاواز دەکەن."
            ),
        ),
        topics=("advocacy", "freedom-of-expression", "digital-security"),
        languages=("en", "ar"),
        organization="Baghdad Digital Safety Collective",
        year=2020,
    ),
    _resource(
        41,
        "policy-brief",
        T(
            "Protecting Freedom of Expression Online",
            ar="حماية حرية التعبير على الإنترنت",
            ckb="پاراستنی ئازادیی ڕادەربڕین لە ئینتەرنێتدا",
        ),
        T(
            "Principles drawn from international human rights standards that any Iraqi law on "
            "online content should respect.",
            ar=(
                "مبادئ مستمدة من المعايير الدولية لحقوق الإنسان ينبغي أن يحترمها أي قانون عراقي "
                "ينظّم المحتوى على الإنترنت."
            ),
            ckb=(
                "ئەو پرەنسیپانەی لە ستانداردە نێودەوڵەتییەکانی مافەکانی مرۆڤەوە وەرگیراون و "
                "هەر یاسایەکی عێراقی بۆ ناوەڕۆکی ئۆنلاین دەبێت ڕێزیان لێ بگرێت."
            ),
        ),
        topics=("freedom-of-expression", "digital-security"),
        languages=("en", "ar", "ckb"),
        organization="SafeVoices Digital Trust",
        year=2021,
        related=(40,),
    ),
    _resource(
        42,
        "guide",
        T(
            "The Right to Information: What Citizens Should Know",
            ar="الحق في الحصول على المعلومات: ما ينبغي أن يعرفه المواطن",
        ),
        T(
            "Plain-language answers about which information public bodies must disclose and how "
            "to ask for it.",
            ar=(
                "إجابات بلغة مبسّطة عن المعلومات التي يجب على الهيئات العامة الإفصاح عنها وكيفية "
                "طلبها."
            ),
        ),
        topics=("access-to-information",),
        languages=("ar",),
        organization="Basra Transparency Group",
        year=2019,
    ),
    _resource(
        43,
        "case-study",
        T(
            "Requesting Public Records from Provincial Councils: A Field Test",
            ar="طلب السجلات العامة من مجالس المحافظات: تجربة ميدانية",
        ),
        T(
            "Volunteers sent 60 information requests to councils in southern Iraq; this is what "
            "came back.",
            ar=(
                "أرسل متطوعون ٦٠ طلباً للحصول على المعلومات إلى مجالس محافظات في جنوب العراق، "
                "وهذا ما تلقّوه من ردود."
            ),
        ),
        topics=("access-to-information", "governance"),
        languages=("en", "ar"),
        organization="Basra Transparency Group",
        year=2020,
        related=(42,),
    ),
    _resource(
        44,
        "dataset",
        T("Open Budget Data for Basra Governorate"),
        T(
            "Planned and actual spending of Basra governorate by sector, 2018 to 2021, in "
            "machine-readable form."
        ),
        topics=("access-to-information", "governance"),
        languages=("en", "ar"),
        organization="Basra Transparency Group",
        year=2021,
        document=False,
        url="https://basra-transparency.example.org/open-budget/basra",
    ),
    _resource(
        45,
        "policy-brief",
        T("Transparency in Public Procurement: Recommendations"),
        T(
            "Measures to publish tenders, contracts and payments so that citizens can follow "
            "public money."
        ),
        topics=("governance", "access-to-information"),
        languages=("en",),
        organization="Global Governance Partners",
        year=2021,
    ),
    # Peacebuilding, displacement and return, transitional justice
    _resource(
        46,
        "guide",
        T(
            "Community Dialogue in Kirkuk: A Facilitator's Guide",
            ar="الحوار المجتمعي في كركوك: دليل الميسّر",
            ckb="دیالۆگی کۆمەڵایەتی لە کەرکووک: ڕێبەری ئاسانکار",
        ),
        T(
            "How to prepare, facilitate and follow up dialogue sessions between communities in a "
            "divided city.",
            ar=(
                "كيفية التحضير لجلسات الحوار بين المكوّنات في مدينة منقسمة وتيسيرها ومتابعة نتائجها."
            ),
            ckb=(
                "چۆن دانیشتنەکانی دیالۆگ لە نێوان پێکهاتەکانی شارێکی دابەشبوودا ئامادە بکرێن، "
                "ئاسانکاری بکرێن و بەدواداچوونیان بۆ بکرێت."
            ),
        ),
        topics=("peacebuilding",),
        languages=("en", "ar", "ckb"),
        organization="Kirkuk Dialogue House",
        year=2018,
    ),
    _resource(
        47,
        "report",
        T(
            "Social Cohesion in Disputed Territories: Survey Findings",
            ar="التماسك الاجتماعي في المناطق المتنازع عليها: نتائج مسح ميداني",
            ckb="پێکەوەبەستنی کۆمەڵایەتی لە ناوچە جێناکۆکەکان: دەرئەنجامەکانی ڕاپرسی",
        ),
        T(
            "A survey of 2,400 residents of Kirkuk, Diyala and Nineveh on trust between "
            "communities and in local authorities.",
            ar=(
                "مسح شمل ٢٤٠٠ من سكان كركوك وديالى ونينوى حول الثقة بين المكوّنات وبالسلطات المحلية."
            ),
            ckb=(
                "ڕاپرسییەک لەگەڵ ٢٤٠٠ دانیشتووی کەرکووک، دیالە و نەینەوا دەربارەی متمانە لە "
                "نێوان پێکهاتەکان و بە دەسەڵاتە خۆجێییەکان."
            ),
        ),
        abstract=T(
            "Trust between communities has improved since 2018, but trust in local authorities "
            "and security forces remains low and varies sharply from district to district. "
            "Respondents who had taken part in joint community activities were markedly more "
            "likely to say they would accept neighbours from other communities, which supports "
            "investment in shared local projects.",
            ar=(
                "تحسّنت الثقة بين المكوّنات منذ عام ٢٠١٨، غير أن الثقة بالسلطات المحلية والقوات "
                "الأمنية ما زالت منخفضة وتتفاوت تفاوتاً كبيراً بين قضاء وآخر. وكان المشاركون "
                "الذين انخرطوا في أنشطة مجتمعية مشتركة أكثر ميلاً بوضوح إلى القول إنهم يتقبّلون "
                "جيراناً من مكوّنات أخرى، وهو ما يدعم الاستثمار في المشاريع المحلية المشتركة."
            ),
            ckb=(
                "لە ساڵی ٢٠١٨ەوە متمانە لە نێوان پێکهاتەکاندا باشتر بووە، بەڵام متمانە بە "
                "دەسەڵاتە خۆجێییەکان و هێزە ئەمنییەکان هێشتا نزمە و لە قەزایەکەوە بۆ قەزایەکی "
                "تر جیاوازییەکی زۆری هەیە. ئەو بەشداربووانەی لە چالاکیی کۆمەڵایەتیی هاوبەشدا "
                "بەشدارییان کردبوو، بە ڕوونی زیاتر ئامادە بوون بڵێن دراوسێی پێکهاتەکانی تر "
                "قبوڵ دەکەن، ئەمەش پاڵپشتی لە وەبەرهێنان لە پرۆژە خۆجێییە هاوبەشەکان دەکات."
            ),
        ),
        topics=("peacebuilding", "displacement-and-return"),
        languages=("en",),
        organization="Kirkuk Dialogue House",
        year=2019,
        related=(46,),
    ),
    _resource(
        48,
        "training-material",
        T("Conflict Sensitivity for Project Teams"),
        T(
            "A half-day session on how projects can avoid fuelling tensions and strengthen "
            "connections between groups."
        ),
        topics=("peacebuilding", "monitoring-and-evaluation"),
        languages=("en",),
        organization="Northstar Peace Alliance",
        year=2019,
    ),
    _resource(
        49,
        "report",
        T(
            "Returning to Sinjar: Community Perspectives on Reconstruction",
            ar="العودة إلى سنجار: رؤى المجتمع المحلي حول إعادة الإعمار",
            ckb="گەڕانەوە بۆ شنگال: بۆچوونەکانی کۆمەڵگە دەربارەی ئاوەدانکردنەوە",
        ),
        T(
            "What returning families say they need most: housing, water, schools, jobs and "
            "justice for the crimes of 2014.",
            ar=(
                "ما تقول الأسر العائدة إنها بحاجة إليه أكثر من غيره: السكن والمياه والمدارس "
                "وفرص العمل والعدالة عن جرائم عام ٢٠١٤."
            ),
            ckb=(
                "ئەوەی خێزانە گەڕاوەکان دەڵێن زیاتر لە هەموو شتێک پێویستیانە: نیشتەجێبوون، ئاو، "
                "قوتابخانە، کار و دادپەروەری بۆ تاوانەکانی ٢٠١٤."
            ),
        ),
        abstract=T(
            "Researchers from the community held focus groups with returnees in Sinjar town and "
            "the surrounding villages, and with families still living in camps in Duhok. Most "
            "families want to return, but destroyed homes, the lack of services and uncertainty "
            "about local administration and security keep many away. The report sets out the "
            "community's own priorities for donors and the authorities.",
            ar=(
                "عقد باحثون من أبناء المجتمع المحلي مجموعات نقاش مركّزة مع العائدين في مدينة "
                "سنجار والقرى المحيطة بها، ومع أسر ما زالت تعيش في مخيمات دهوك. وتريد معظم الأسر "
                "العودة، لكن المنازل المدمّرة وغياب الخدمات والغموض المحيط بالإدارة المحلية "
                "والوضع الأمني يُبقي كثيراً منها بعيداً. ويعرض التقرير أولويات المجتمع نفسه أمام "
                "المانحين والسلطات."
            ),
            ckb=(
                "توێژەرانی ناو کۆمەڵگەکە گرووپی گفتوگۆی چڕیان لەگەڵ گەڕاوەکان لە شارۆچکەی "
                "شنگال و گوندەکانی دەوروبەری، و لەگەڵ ئەو خێزانانەی هێشتا لە کەمپەکانی دهۆک "
                "دەژین ئەنجام دا. زۆربەی خێزانەکان دەیانەوێت بگەڕێنەوە، بەڵام خانووە "
                "وێرانبووەکان، نەبوونی خزمەتگوزاری و ناڕوونیی بارودۆخی ئیدارەی خۆجێیی و ئاسایش "
                "زۆریان دوور دەخاتەوە. ڕاپۆرتەکە پێشینەکانی خودی کۆمەڵگەکە دەخاتە بەردەم "
                "بەخشەران و دەسەڵاتداران."
            ),
        ),
        topics=("displacement-and-return", "minority-rights"),
        languages=("en", "ar", "ckb"),
        organization="Sinjar Return and Rebuild Association",
        year=2020,
    ),
    _resource(
        50,
        "case-study",
        T(
            "Local Peace Committees: The Tal Afar Experience",
            ar="لجان السلام المحلية: تجربة تلعفر",
            ckb="لیژنەکانی ئاشتیی خۆجێیی: ئەزموونی تەلەعفەر",
        ),
        T(
            "How a committee of tribal, religious and civic figures resolved disputes over "
            "property and returns.",
            ar=(
                "كيف عالجت لجنة تضم شخصيات عشائرية ودينية ومدنية النزاعات المتعلقة بالممتلكات "
                "وعودة النازحين."
            ),
            ckb=(
                "لیژنەیەک لە کەسایەتییە عەشایری، ئایینی و مەدەنییەکان چۆن ناکۆکییەکانی پەیوەست "
                "بە موڵک و گەڕانەوەی ئاوارەکانی چارەسەر کرد."
            ),
        ),
        topics=("peacebuilding", "displacement-and-return"),
        languages=("ar",),
        organization="Tal Afar Community Mediation Centre",
        year=2021,
        related=(46,),
    ),
    _resource(
        51,
        "guide",
        T(
            "Youth as Peacebuilders: An Activity Guide for Schools",
            ar="الشباب بناةً للسلام: دليل أنشطة للمدارس",
        ),
        T(
            "Twenty classroom and club activities that teach cooperation, empathy and non-violent "
            "conflict resolution.",
            ar="عشرون نشاطاً صفياً ولا صفياً تعلّم التعاون والتعاطف وحل النزاعات بالطرق السلمية.",
        ),
        topics=("youth", "peacebuilding"),
        languages=("ar",),
        organization="Hawija Youth for Peace",
        year=2021,
    ),
    _resource(
        52,
        "case-study",
        T(
            "Truth-Telling and Memorialisation in Halabja",
            ckb="گێڕانەوەی ڕاستی و زیندووڕاگرتنی یادەوەری لە هەڵەبجە",
        ),
        T(
            "How survivors' testimonies and a community archive keep the memory of 1988 alive and "
            "support claims for redress.",
            ckb=(
                "شایەتحاڵیی ڕزگاربووان و ئەرشیفێکی کۆمەڵایەتی چۆن یادی ١٩٨٨ زیندوو ڕادەگرن و "
                "پشتگیری لە داواکارییەکانی قەرەبوو دەکەن."
            ),
        ),
        topics=("transitional-justice", "human-rights"),
        languages=("ckb", "en"),
        organization="Halabja Memory and Rights Association",
        year=2018,
    ),
    _resource(
        53,
        "guide",
        T(
            "Documenting Human Rights Violations: A Practical Manual",
            ar="توثيق انتهاكات حقوق الإنسان: دليل عملي",
        ),
        T(
            "Interviewing witnesses, preserving evidence and storing records safely so that they "
            "can be used in court.",
            ar=(
                "إجراء المقابلات مع الشهود وحفظ الأدلة وتخزين السجلات بأمان كي يمكن استخدامها "
                "أمام المحاكم."
            ),
        ),
        abstract=T(
            "Written for NGO staff and volunteers who collect testimonies, the manual explains "
            "informed consent, how to avoid retraumatising witnesses and the minimum information "
            "a record needs to be useful to prosecutors. A chapter on digital evidence covers "
            "photos, videos and metadata.",
            ar=(
                "كُتب هذا الدليل للعاملين والمتطوعين في المنظمات غير الحكومية ممن يجمعون الشهادات، "
                "ويشرح الموافقة المستنيرة وكيفية تجنّب إعادة إيذاء الشهود نفسياً، والحد الأدنى من "
                "المعلومات التي يحتاجها السجل ليكون مفيداً للادعاء العام. ويتناول فصل عن الأدلة "
                "الرقمية الصور ومقاطع الفيديو والبيانات الوصفية."
            ),
        ),
        topics=("human-rights", "transitional-justice", "monitoring-and-evaluation"),
        languages=("en", "ar"),
        organization="Justice Compass International",
        year=2018,
    ),
    _resource(
        54,
        "policy-brief",
        T(
            "Missing Persons in Iraq: Families' Right to Know",
            ar="المفقودون في العراق: حق الأسر في المعرفة",
            ckb="کەسە ونبووەکان لە عێراق: مافی خێزانەکان بۆ زانین",
        ),
        T(
            "Recommendations for a central register of missing persons and better support for "
            "their families.",
            ar="توصيات بإنشاء سجل مركزي للمفقودين وتقديم دعم أفضل لأسرهم.",
            ckb=(
                "ڕاسپاردە بۆ دروستکردنی تۆمارێکی ناوەندیی کەسە ونبووەکان و پشتگیریی باشتر بۆ "
                "خێزانەکانیان."
            ),
        ),
        topics=("transitional-justice", "human-rights"),
        languages=("en", "ar"),
        organization="Justice Compass International",
        year=2019,
        related=(53,),
    ),
    # Human rights and minorities
    _resource(
        55,
        "report",
        T(
            "Minority Rights in the Nineveh Plains: A Baseline",
            ar="حقوق الأقليات في سهل نينوى: دراسة خط الأساس",
        ),
        T(
            "Representation, property disputes and access to services for the Christian, Shabak, "
            "Yazidi and Kakai communities.",
            ar=(
                "التمثيل ونزاعات الملكية والحصول على الخدمات لدى المجتمعات المسيحية والشبكية "
                "والإيزيدية والكاكائية."
            ),
        ),
        topics=("minority-rights", "human-rights"),
        languages=("en", "ar"),
        organization="Hamdaniya Minority Rights Forum",
        year=2019,
    ),
    _resource(
        56,
        "policy-brief",
        T("Protecting Religious and Ethnic Minorities: Policy Options"),
        T(
            "Options for quota seats, local administration and anti-discrimination measures, "
            "compared with other countries."
        ),
        topics=("minority-rights", "governance"),
        languages=("en",),
        organization="Rights in Practice Network",
        year=2020,
        document=False,
        url="https://rights-in-practice.example.org/briefs/minorities-policy-options",
    ),
    _resource(
        57,
        "report",
        T("Universal Periodic Review of Iraq: Joint Civil Society Submission"),
        T(
            "The joint submission of Iraqi NGOs to the United Nations Human Rights Council's "
            "review of Iraq."
        ),
        topics=("human-rights", "advocacy"),
        languages=("en",),
        organization="Rights in Practice Network",
        year=2019,
        document=False,
        url="https://rights-in-practice.example.org/upr/iraq-joint-submission",
    ),
    _resource(
        58,
        "training-material",
        T(
            "Human Rights Education for Secondary Schools",
            ar="التربية على حقوق الإنسان للمدارس الثانوية",
        ),
        T(
            "Twelve lesson plans on dignity, equality and rights for teachers of students aged "
            "13 to 17.",
            ar=(
                "اثنتا عشرة خطة درس عن الكرامة والمساواة والحقوق لمعلّمي الطلبة من سن ١٣ إلى ١٧ "
                "عاماً."
            ),
        ),
        topics=("human-rights", "youth"),
        languages=("ar",),
        organization="Dijla Centre for Civic Education",
        year=2019,
    ),
    _resource(
        59,
        "dataset",
        T("Freedom of Assembly in the 2019 Protests: Incident Log"),
        T(
            "Verified incidents of violence, arrests and intimidation against protesters, by date "
            "and governorate."
        ),
        topics=("freedom-of-expression", "human-rights"),
        languages=("en", "ar"),
        organization="Justice Compass International",
        year=2020,
        document=False,
        url="https://justice-compass.example.org/data/protest-incident-log-2019",
    ),
    _resource(
        60,
        "guide",
        T(
            "Legal Protection for Journalists and Bloggers",
            ar="الحماية القانونية للصحفيين والمدوّنين",
        ),
        T(
            "The laws most often used against journalists and bloggers, their rights on arrest, "
            "and where to get legal aid.",
            ar=(
                "القوانين الأكثر استخداماً ضد الصحفيين والمدوّنين، وحقوقهم عند الاعتقال، وأين "
                "يجدون المساعدة القانونية."
            ),
        ),
        topics=("freedom-of-expression", "human-rights"),
        languages=("ar",),
        organization="Sumer Legal Aid Society",
        year=2021,
        related=(41,),
    ),
    # Governance and democracy
    _resource(
        61,
        "toolkit",
        T("Citizen Scorecards for Public Services"),
        T(
            "How communities rate health, water and education services and discuss the results "
            "with the providers."
        ),
        topics=("governance", "monitoring-and-evaluation"),
        languages=("en", "ar"),
        organization="Kufa Civil Society Hub",
        year=2019,
    ),
    _resource(
        62,
        "policy-brief",
        T("Decentralisation in Iraq: What Changed After Law 21"),
        T(
            "How the transfer of powers to the governorates has worked in practice, and what "
            "still blocks it."
        ),
        abstract=T(
            "The 2013 amendment to the law on governorates not incorporated into a region "
            "transferred the powers of eight ministries to the governorates. This brief reviews "
            "what has been transferred, how budgets follow responsibilities and where "
            "overlapping mandates still slow down services, and proposes a sequence for the "
            "remaining steps."
        ),
        topics=("governance", "democracy"),
        languages=("en", "ar"),
        organization="Ishtar Centre for Democratic Studies",
        year=2018,
    ),
    _resource(
        63,
        "case-study",
        T("Participatory Budgeting in Najaf: Pilot Results"),
        T(
            "Residents of two neighbourhoods chose how to spend part of the municipal budget; "
            "the case study reports what happened."
        ),
        topics=("governance", "democracy"),
        languages=("en", "ar"),
        organization="Kufa Civil Society Hub",
        year=2021,
    ),
    _resource(
        64,
        "guide",
        T(
            "Understanding Iraq's Federal Institutions: A Primer",
            ar="مدخل إلى المؤسسات الاتحادية في العراق",
            ckb="ناساندنی دامەزراوە فیدراڵییەکانی عێراق",
        ),
        T(
            "A short introduction to the constitution, the three branches of government and the "
            "institutions of the Kurdistan Region.",
            ar="مقدمة موجزة عن الدستور وسلطات الدولة الثلاث ومؤسسات إقليم كردستان.",
            ckb=(
                "پێشەکییەکی کورت دەربارەی دەستوور، سێ دەسەڵاتەکەی دەوڵەت و دامەزراوەکانی "
                "هەرێمی کوردستان."
            ),
        ),
        topics=("democracy", "governance"),
        languages=("en", "ar", "ckb"),
        organization="Dijla Centre for Civic Education",
        year=2018,
        url="https://dijla-civic.example.org/learn/federal-institutions-primer",
    ),
    _resource(
        65,
        "training-material",
        T("Civic Education for First-Time Voters", ar="التربية المدنية للناخبين الجدد"),
        T(
            "Interactive sessions on why voting matters, how to vote and how to hold elected "
            "officials to account.",
            ar=(
                "جلسات تفاعلية حول أهمية التصويت وكيفية الإدلاء بالصوت وكيفية مساءلة المسؤولين "
                "المنتخبين."
            ),
        ),
        topics=("democracy", "youth", "elections"),
        languages=("ar",),
        organization="Furat Youth Network",
        year=2021,
        related=(5,),
    ),
    # Youth
    _resource(
        66,
        "report",
        T(
            "Youth Participation in Local Decision-Making",
            ckb="بەشداریی گەنجان لە بڕیاردانی خۆجێییدا",
        ),
        T(
            "How young people in Sulaymaniyah and Halabja engage with local government, and what "
            "holds them back.",
            ckb=(
                "گەنجان لە سلێمانی و هەڵەبجە چۆن لەگەڵ حکومەتی خۆجێیی مامەڵە دەکەن، و چی ڕێگرە "
                "لە بەردەمیان."
            ),
        ),
        topics=("youth", "governance"),
        languages=("ckb", "en"),
        organization="Azmar Youth Forum",
        year=2020,
    ),
    _resource(
        67,
        "dataset",
        T(
            "Youth Engagement Survey: Kurdistan Region, 2020",
            ckb="ڕاپرسیی بەشداریی گەنجان: هەرێمی کوردستان، ٢٠٢٠",
        ),
        T(
            "Anonymised answers of 1,500 young people to questions on civic participation, trust "
            "and volunteering.",
            ckb=(
                "وەڵامە بێناوەکانی ١٥٠٠ گەنج بۆ پرسیارەکانی بەشداریی مەدەنی، متمانە و کاری خۆبەخشی."
            ),
        ),
        topics=("youth",),
        languages=("ckb", "en"),
        organization="Azmar Youth Forum",
        year=2020,
        document=False,
        url="https://azmar-youth.example.org/data/youth-survey-2020",
        related=(66,),
    ),
    _resource(
        68,
        "toolkit",
        T("Running a Youth Advocacy Campaign"),
        T(
            "A campaign planner for youth groups, from choosing an issue to meeting officials and "
            "measuring success."
        ),
        topics=("youth", "advocacy"),
        languages=("ar", "en"),
        organization="Furat Youth Network",
        year=2020,
    ),
    _resource(
        69,
        "training-material",
        T("Media Literacy Lessons for Young People", ckb="وانەکانی ڕۆشنبیریی میدیایی بۆ گەنجان"),
        T(
            "Eight lessons on checking sources, recognising manipulated images and sharing "
            "information responsibly.",
            ckb=(
                "هەشت وانە لەسەر پشکنینی سەرچاوەکان، ناسینەوەی وێنە دەستکارییکراوەکان و "
                "بڵاوکردنەوەی زانیاری بە بەرپرسیارێتییەوە."
            ),
        ),
        topics=("youth", "freedom-of-expression", "access-to-information"),
        languages=("ckb",),
        organization="Zakho Media Literacy Group",
        year=2022,
    ),
    _resource(
        70,
        "training-material",
        T(
            "Countering Hate Speech Online: A Training for Community Leaders",
            ar="مواجهة خطاب الكراهية على الإنترنت: تدريب لقادة المجتمع",
        ),
        T(
            "How religious, tribal and civic leaders can respond to hate speech on social media "
            "without amplifying it.",
            ar=(
                "كيف يمكن للقادة الدينيين والعشائريين والمدنيين الرد على خطاب الكراهية في وسائل "
                "التواصل الاجتماعي من دون تضخيمه."
            ),
        ),
        topics=("peacebuilding", "digital-security", "freedom-of-expression"),
        languages=("ar",),
        organization="Baghdad Digital Safety Collective",
        year=2022,
    ),
    # The Community of Practice itself
    _resource(
        71,
        "other",
        T("Annual Stakeholders Workshop 2019: Summary of Discussions"),
        T(
            "Key points and agreed follow-up actions from the CoP's first annual stakeholders "
            "workshop, held in Erbil."
        ),
        topics=("democracy", "human-rights", "governance"),
        languages=("en", "ar"),
        organization="Civic Bridges International",
        year=2019,
    ),
    _resource(
        72,
        "other",
        T(
            "Annual Stakeholders Workshop 2021 (Online): Key Takeaways",
            ar="ورشة عمل أصحاب المصلحة السنوية ٢٠٢١ (عبر الإنترنت): أبرز الخلاصات",
            ckb="وۆرکشۆپی ساڵانەی لایەنە پەیوەندیدارەکان ٢٠٢١ (ئۆنلاین): خاڵە سەرەکییەکان",
        ),
        T(
            "What members said about coordination, online programming and digital security at "
            "the first online workshop.",
            ar=(
                "ما قاله الأعضاء عن التنسيق والبرامج عبر الإنترنت والأمن الرقمي في أول ورشة عمل "
                "تُعقد عبر الإنترنت."
            ),
            ckb=(
                "ئەوەی ئەندامان دەربارەی هەماهەنگی، بەرنامەی ئۆنلاین و ئاسایشی دیجیتاڵی لە "
                "یەکەم وۆرکشۆپی ئۆنلایندا وتیان."
            ),
        ),
        topics=("democracy", "human-rights", "governance"),
        languages=("en", "ar", "ckb"),
        organization="Civic Bridges International",
        year=2021,
        related=(71,),
    ),
    _resource(
        73,
        "report",
        T("Mapping Civil Society Organisations in Iraq"),
        T(
            "An overview of the size, focus, funding and needs of the civil society "
            "organisations working in Iraq."
        ),
        abstract=T(
            "The mapping draws on a survey of 410 organisations across all governorates. It finds "
            "a young sector, highly dependent on international funding and concentrated in "
            "Baghdad and the Kurdistan Region, and identifies organisational development, "
            "monitoring and evaluation and fundraising as the capacities members most want to "
            "strengthen."
        ),
        topics=("organisational-development", "governance"),
        languages=("en",),
        organization="Global Governance Partners",
        year=2018,
    ),
    _resource(
        74,
        "report",
        T(
            "What Works: Collaboration Between International and Local NGOs",
            ar="ما الذي ينجح: التعاون بين المنظمات الدولية والمحلية",
            ckb="چی سەردەکەوێت: هاوکاریی نێوان ڕێکخراوە نێودەوڵەتی و ناوخۆییەکان",
        ),
        T(
            "Lessons from seven collaborative projects between CoP members, from joint election "
            "monitoring to advocacy on compensation.",
            ar=(
                "دروس مستفادة من سبعة مشاريع تعاونية بين أعضاء مجتمع الممارسة، من المراقبة "
                "المشتركة للانتخابات إلى المناصرة في ملف التعويضات."
            ),
            ckb=(
                "وانەکانی حەوت پرۆژەی هاوبەش لە نێوان ئەندامانی کۆمەڵگەی پراکتیکی، لە "
                "چاودێریی هاوبەشی هەڵبژاردنەوە تا داکۆکیکاری لە دۆسیەی قەرەبوو."
            ),
        ),
        abstract=T(
            "Between 2019 and 2022, members of the Community of Practice started seven joint "
            "projects, among them the monitoring of the electoral process and proposals to "
            "improve the compensation scheme for war-affected communities. Partners say the "
            "projects worked when roles and budgets were agreed in writing, when local "
            "organisations led in their own areas, and when the CoP's meetings gave them regular "
            "time to solve problems together.",
            ar=(
                "بين عامَي ٢٠١٩ و٢٠٢٢، أطلق أعضاء مجتمع الممارسة سبعة مشاريع مشتركة، من بينها "
                "مراقبة العملية الانتخابية ومقترحات لتحسين نظام تعويض المجتمعات المتضررة من الحرب. "
                "ويقول الشركاء إن المشاريع نجحت حين اتُّفق على الأدوار والموازنات كتابةً، وحين "
                "تولّت المنظمات المحلية القيادة في مناطقها، وحين أتاحت لهم اجتماعات المجتمع وقتاً "
                "منتظماً لحل المشكلات معاً."
            ),
            ckb=(
                "لە نێوان ساڵانی ٢٠١٩ و ٢٠٢٢دا، ئەندامانی کۆمەڵگەی پراکتیکی حەوت پرۆژەی "
                "هاوبەشیان دەست پێکرد، لەوانە چاودێریکردنی پرۆسەی هەڵبژاردن و پێشنیازی "
                "باشترکردنی سیستەمی قەرەبووکردنەوەی ئەو کۆمەڵگایانەی جەنگ زیانی پێگەیاندوون. "
                "هاوبەشەکان دەڵێن پرۆژەکان سەرکەوتوو بوون کاتێک ڕۆڵ و بودجەکان بە نووسراوی "
                "ڕێککەوتنیان لەسەر کرابوو، کاتێک ڕێکخراوە ناوخۆییەکان لە ناوچەکانی خۆیاندا "
                "سەرکردایەتییان دەکرد، و کاتێک کۆبوونەوەکانی کۆمەڵگەکە کاتێکی بەردەوامیان پێ "
                "دەدان بۆ ئەوەی پێکەوە کێشەکان چارەسەر بکەن."
            ),
        ),
        topics=("organisational-development", "democracy"),
        languages=("en", "ar", "ckb"),
        organization="Civic Bridges International",
        year=2022,
        related=(71, 72),
    ),
    _resource(
        75,
        "case-study",
        T(
            "Joint Election Monitoring by CoP Members",
            ar="المراقبة المشتركة للانتخابات بين أعضاء مجتمع الممارسة",
            ckb="چاودێریی هاوبەشی هەڵبژاردن لەلایەن ئەندامانی کۆمەڵگەی پراکتیکییەوە",
        ),
        T(
            "How four member organisations pooled observers, checklists and a shared database for "
            "the 2021 elections.",
            ar=(
                "كيف جمعت أربع منظمات أعضاء مراقبيها وقوائم التحقق وقاعدة بيانات مشتركة في "
                "انتخابات ٢٠٢١."
            ),
            ckb=(
                "چوار ڕێکخراوی ئەندام چۆن چاودێر، لیستی پشکنین و بنکەدراوەیەکی هاوبەشیان بۆ "
                "هەڵبژاردنەکانی ٢٠٢١ یەکخست."
            ),
        ),
        topics=("elections", "monitoring-and-evaluation"),
        languages=("en", "ar"),
        organization="Rafidain Election Watch",
        year=2022,
        related=(1, 2),
    ),
    # Local partners' materials
    _resource(
        76,
        "toolkit",
        T(
            "Inclusive Services for Persons with Disabilities: A Checklist for NGOs",
            ar="خدمات دامجة للأشخاص ذوي الإعاقة: قائمة تحقق للمنظمات",
        ),
        T(
            "Practical checks that make offices, events, materials and websites accessible to "
            "people with disabilities.",
            ar=(
                "إجراءات تحقق عملية لجعل المكاتب والفعاليات والمواد والمواقع الإلكترونية في "
                "متناول الأشخاص ذوي الإعاقة."
            ),
        ),
        topics=("human-rights", "organisational-development"),
        languages=("ar",),
        organization="Najaf Accessible Services Alliance",
        year=2020,
    ),
    _resource(
        77,
        "report",
        T("Women's Economic Participation in Anbar"),
        T(
            "The barriers women face in starting and running businesses in Anbar since displaced "
            "families returned."
        ),
        topics=("womens-participation",),
        languages=("ar", "en"),
        organization="Ramadi Women's Livelihood Forum",
        year=2021,
    ),
    _resource(
        78,
        "policy-brief",
        T("Rural Women's Access to Justice"),
        T(
            "Why rural women rarely reach the courts, and how legal aid and mobile services could "
            "change that."
        ),
        topics=("womens-participation", "human-rights"),
        languages=("ar",),
        organization="Diwaniyah Rural Women Network",
        year=2022,
        document=False,
        url="https://diwaniyah-rural-women.example.org/briefs/access-to-justice",
    ),
    _resource(
        79,
        "case-study",
        T(
            "Psychosocial Support for Returnee Families: Field Notes",
            ar="الدعم النفسي والاجتماعي للأسر العائدة: ملاحظات ميدانية",
        ),
        T(
            "Caseworkers' notes on supporting families returning to Salah al-Din, including "
            "households headed by women.",
            ar=(
                "ملاحظات مديري الحالات حول دعم الأسر العائدة إلى صلاح الدين، ومنها الأسر التي "
                "تعيلها نساء."
            ),
        ),
        topics=("displacement-and-return", "gender-based-violence"),
        languages=("ar",),
        organization="Tikrit Bridges of Return",
        year=2021,
    ),
    _resource(
        80,
        "guide",
        T(
            "Civil Documentation for Displaced Families: A Legal Guide",
            ar="الوثائق المدنية للأسر النازحة: دليل قانوني",
            ckb="بەڵگەنامە مەدەنییەکان بۆ خێزانە ئاوارەکان: ڕێبەرێکی یاسایی",
        ),
        T(
            "How to replace lost identity cards, register births and marriages and prove "
            "property ownership after displacement.",
            ar=(
                "كيفية استبدال البطاقات الشخصية المفقودة وتسجيل الولادات والزيجات وإثبات ملكية "
                "العقارات بعد النزوح."
            ),
            ckb=(
                "چۆنیەتیی نوێکردنەوەی ناسنامە ونبووەکان، تۆمارکردنی لەدایکبوون و هاوسەرگیری و "
                "سەلماندنی خاوەندارێتیی موڵک دوای ئاوارەبوون."
            ),
        ),
        topics=("displacement-and-return", "human-rights"),
        languages=("ar", "ckb"),
        organization="Ur Legal Clinic",
        year=2019,
        related=(10,),
    ),
    _resource(
        81,
        "dataset",
        T("Displacement and Return Monitoring, 2018-2022"),
        T(
            "District-level figures on displaced and returned households, with notes on "
            "conditions in areas of return."
        ),
        topics=("displacement-and-return", "monitoring-and-evaluation"),
        languages=("en",),
        organization="Northstar Peace Alliance",
        year=2022,
        document=False,
        url="https://northstar-peace.example.org/data/displacement-return-monitoring",
    ),
    _resource(
        82,
        "training-material",
        T("Raising Funds from Local Businesses"),
        T(
            "A workshop for small NGOs on approaching local companies, making the case and "
            "reporting back to sponsors."
        ),
        topics=("fundraising",),
        languages=("ar",),
        organization="Samawah Community Development Association",
        year=2022,
    ),
    _resource(
        83,
        "guide",
        T("Volunteer Management Handbook"),
        T(
            "Recruiting, training, supervising and thanking volunteers, with forms that small "
            "groups can copy."
        ),
        topics=("organisational-development", "youth"),
        languages=("ar",),
        organization="Karbala Volunteers for Civic Action",
        year=2020,
    ),
    _resource(
        84,
        "other",
        T(
            "Glossary of Democracy and Human Rights Terms in English, Arabic and Kurdish",
            ar="مسرد مصطلحات الديمقراطية وحقوق الإنسان بالإنكليزية والعربية والكردية",
            ckb="فەرهەنگۆکی زاراوەکانی دیموکراسی و مافەکانی مرۆڤ بە ئینگلیزی، عەرەبی و کوردی",
        ),
        T(
            "More than 300 terms used in the CoP's work, with agreed translations that keep "
            "documents consistent.",
            ar=(
                "أكثر من ٣٠٠ مصطلح مستخدم في عمل مجتمع الممارسة، مع ترجمات متفق عليها لضمان اتساق "
                "الوثائق."
            ),
            ckb=(
                "زیاتر لە ٣٠٠ زاراوە کە لە کارەکانی کۆمەڵگەی پراکتیکیدا بەکار دەهێنرێن، لەگەڵ "
                "وەرگێڕانی ڕێککەوتنلەسەرکراو بۆ یەکگرتوویی بەڵگەنامەکان."
            ),
        ),
        topics=("democracy", "human-rights"),
        languages=("en", "ar", "ckb"),
        organization="Koya Human Rights Circle",
        year=2020,
    ),
    _resource(
        85,
        "other",
        T("Voices of Iraqi Civil Society: A Podcast Series"),
        T(
            "Twelve episodes in which activists and NGO staff talk about their work, their "
            "setbacks and their hopes."
        ),
        topics=("democracy", "human-rights"),
        languages=("ar",),
        organization="Rusafa Youth Media Centre",
        year=2022,
        document=False,
        url="https://rusafa-youth-media.example.org/podcast/voices-of-civil-society",
    ),
]
