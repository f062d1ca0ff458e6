"""The "What Works" webinar series: 24 webinars held from 2019 to 2022, in English, with
Arabic and Central Kurdish (Sorani) texts for most of them.

Every text is a ``T(english, ar=..., ckb=...)``; a webinar is translated into a language when
its title has a text in that language, and then every one of its texts (speakers included) has
one. Speakers and their organisations are fictional. Dates are local times in Baghdad.
"""

from cms.demo import T

SERIES = {
    "slug": "what-works",
    "title": T("What Works", ar="ما الذي ينجح", ckb="چی سەردەکەوێت"),
    "description": T(
        "Monthly webinars in which member organisations of the Iraqi Community of Practice "
        "share what has worked for them in democracy, human rights and governance "
        "programming, and what has not.",
        ar=(
            "ندوات إلكترونية شهرية تتبادل فيها المنظمات الأعضاء في مجتمع الممارسة العراقي "
            "ما نجح من تجاربها في برامج الديمقراطية وحقوق الإنسان والحوكمة، وما لم ينجح."
        ),
        ckb=(
            "زنجیرەیەک وێبیناری مانگانەیە کە تێیدا ڕێکخراوە ئەندامەکانی کۆمەڵگەی پراکتیکی "
            "عێراقی ئەوەی لە بەرنامەکانی دیموکراسی، مافەکانی مرۆڤ و حوکمڕانیدا بۆیان "
            "سەرکەوتوو بووە، و ئەوەی سەرکەوتوو نەبووە، ئاڵوگۆڕ دەکەن."
        ),
    ),
}

# The people who spoke, by key. Names, roles and organisations are invented for the demo.
SPEAKERS = {
    "layla": {
        "name": T("Layla Hassan", ar="ليلى حسن", ckb="لەیلا حەسەن"),
        "role": T("Coordination adviser", ar="مستشارة التنسيق", ckb="ڕاوێژکاری هەماهەنگی"),
        "organization": T(
            "CoP Secretariat", ar="أمانة مجتمع الممارسة", ckb="سکرتاریەتی کۆمەڵگەی پراکتیکی"
        ),
    },
    "karwan": {
        "name": T("Karwan Aziz", ar="كاروان عزيز", ckb="کاروان عەزیز"),
        "role": T("Executive director", ar="المدير التنفيذي", ckb="بەڕێوەبەری جێبەجێکار"),
        "organization": T(
            "Zagros Civic Development Centre",
            ar="مركز زاغروس للتنمية المدنية",
            ckb="ناوەندی زاگرۆس بۆ گەشەپێدانی مەدەنی",
        ),
    },
    "noor": {
        "name": T("Noor al-Rubaie", ar="نور الربيعي", ckb="نوور ئەلڕوبەیعی"),
        "role": T(
            "Election observation coordinator",
            ar="منسّقة مراقبة الانتخابات",
            ckb="هەماهەنگکاری چاودێریی هەڵبژاردن",
        ),
        "organization": T(
            "Nahrain Election Watch",
            ar="شبكة النهرين لمراقبة الانتخابات",
            ckb="تۆڕی نەهرەین بۆ چاودێریی هەڵبژاردن",
        ),
    },
    "sara": {
        "name": T("Sara Lindqvist", ar="سارا ليندكفيست", ckb="سارا لیندکڤیست"),
        "role": T(
            "Digital security trainer", ar="مدرّبة الأمن الرقمي", ckb="ڕاهێنەری ئاسایشی دیجیتاڵی"
        ),
        "organization": T("SafeLink Trust", ar="مؤسسة سيف لينك", ckb="دامەزراوەی سەیف لینک"),
    },
    "ahmed": {
        "name": T("Ahmed Jabbar", ar="أحمد جبار", ckb="ئەحمەد جەببار"),
        "role": T("Advocacy officer", ar="مسؤول المناصرة", ckb="بەرپرسی داکۆکیکاری"),
        "organization": T(
            "Basra Citizens' Forum", ar="منتدى مواطني البصرة", ckb="مەکۆی هاووڵاتیانی بەسرە"
        ),
    },
    "shilan": {
        "name": T("Shilan Mahmoud", ar="شيلان محمود", ckb="شیلان مەحموود"),
        "role": T(
            "Monitoring and evaluation specialist",
            ar="أخصائية الرصد والتقييم",
            ckb="پسپۆڕی چاودێری و هەڵسەنگاندن",
        ),
        "organization": T(
            "Hawler Research Group", ar="مجموعة هولير للبحوث", ckb="گرووپی توێژینەوەی هەولێر"
        ),
    },
    "omar": {
        "name": T("Omar Salih", ar="عمر صالح", ckb="عومەر ساڵح"),
        "role": T(
            "Grants and partnerships manager",
            ar="مدير المنح والشراكات",
            ckb="بەڕێوەبەری بەخشین و هاوبەشییەکان",
        ),
        "organization": T(
            "Mosul Youth Initiative", ar="مبادرة شباب الموصل", ckb="دەستپێشخەریی گەنجانی مووسڵ"
        ),
    },
    "hana": {
        "name": T("Hana Yousif", ar="هناء يوسف", ckb="هەنا یووسف"),
        "role": T("Clinical psychologist", ar="أخصائية نفسية سريرية", ckb="دەروونناسی کلینیکی"),
        "organization": T(
            "Rafidain Psychosocial Network",
            ar="شبكة الرافدين للدعم النفسي والاجتماعي",
            ckb="تۆڕی ڕافیدەین بۆ پاڵپشتیی دەروونی و کۆمەڵایەتی",
        ),
    },
    "rebwar": {
        "name": T("Rebwar Othman", ar="ريبوار عثمان", ckb="ڕێبوار عوسمان"),
        "role": T(
            "Conflict sensitivity adviser",
            ar="مستشار الحساسية للنزاعات",
            ckb="ڕاوێژکاری هەستیاری بەرامبەر ململانێ",
        ),
        "organization": T(
            "Kirkuk Peace Platform", ar="منصة كركوك للسلام", ckb="پلاتفۆرمی ئاشتیی کەرکووک"
        ),
    },
    "zainab": {
        "name": T("Zainab Kareem", ar="زينب كريم", ckb="زەینەب کەریم"),
        "role": T("Chair", ar="رئيسة المنتدى", ckb="سەرۆکی مەکۆ"),
        "organization": T(
            "Two Rivers Women's Forum", ar="منتدى نساء الرافدين", ckb="مەکۆی ئافرەتانی دوو ڕووبار"
        ),
    },
    "mustafa": {
        "name": T("Mustafa Adnan", ar="مصطفى عدنان", ckb="مستەفا عەدنان"),
        "role": T(
            "Youth programmes coordinator",
            ar="منسّق برامج الشباب",
            ckb="هەماهەنگکاری بەرنامەکانی گەنجان",
        ),
        "organization": T("Dijla Youth Network", ar="شبكة شباب دجلة", ckb="تۆڕی گەنجانی دیجلە"),
    },
    "salwa": {
        "name": T("Salwa Hadi", ar="سلوى هادي", ckb="سەلوا هادی"),
        "role": T("Legal adviser", ar="مستشارة قانونية", ckb="ڕاوێژکاری یاسایی"),
        "organization": T(
            "Justice and Memory Centre",
            ar="مركز العدالة والذاكرة",
            ckb="ناوەندی دادپەروەری و یادەوەری",
        ),
    },
    "hawre": {
        "name": T("Hawre Fatah", ar="هاوري فتاح", ckb="هاوڕێ فەتاح"),
        "role": T(
            "Access to information campaigner",
            ar="ناشط في حملات الحق في الحصول على المعلومات",
            ckb="هەڵمەتگێڕی مافی دەستگەیشتن بە زانیاری",
        ),
        "organization": T("Open Data Lab", ar="مختبر البيانات المفتوحة", ckb="تاقیگەی داتای کراوە"),
    },
    "maria": {
        "name": T("Maria Costa", ar="ماريا كوستا", ckb="ماریا کۆستا"),
        "role": T(
            "Monitoring, evaluation and learning lead",
            ar="مسؤولة الرصد والتقييم والتعلّم",
            ckb="بەرپرسی چاودێری، هەڵسەنگاندن و فێربوون",
        ),
        "organization": T(
            "Bridges for Dialogue", ar="منظمة جسور للحوار", ckb="ڕێکخراوی پردەکانی گفتوگۆ"
        ),
    },
    "ali": {
        "name": T("Ali Kadhim", ar="علي كاظم", ckb="عەلی کازم"),
        "role": T(
            "Finance and compliance officer",
            ar="مسؤول المالية والامتثال",
            ckb="بەرپرسی دارایی و پابەندبوون",
        ),
        "organization": T(
            "Euphrates Development Association",
            ar="جمعية الفرات للتنمية",
            ckb="کۆمەڵەی فورات بۆ گەشەپێدان",
        ),
    },
    "dilan": {
        "name": T("Dilan Rashid", ar="ديلان رشيد", ckb="دیلان ڕەشید"),
        "role": T(
            "Journalist and media trainer",
            ar="صحفية ومدرّبة إعلامية",
            ckb="ڕۆژنامەنووس و ڕاهێنەری میدیا",
        ),
        "organization": T(
            "Media Freedom Centre", ar="مركز حرية الإعلام", ckb="ناوەندی ئازادیی میدیا"
        ),
    },
}

# In the order they were held. "recording" is "audio" (an uploaded file) or "video" (a link);
# "resource_words" find related items in the resource library, if it has any.
WEBINARS = [
    {
        "title": T(
            "Advocacy with local councils",
            ar="المناصرة لدى المجالس المحلية",
            ckb="داکۆکیکاری لەگەڵ ئەنجومەنە خۆجێیەکان",
        ),
        "starts_at": "2019-09-18 14:00",
        "duration_minutes": 60,
        "summary": T(
            "How to get an issue onto a council's agenda: finding the right member, preparing "
            "a one-page brief and following up after the session. Examples came from Basra and "
            "Sulaymaniyah.",
            ar=(
                "كيف تُدرَج قضية على جدول أعمال مجلس محلي: الوصول إلى العضو المناسب، وإعداد "
                "ورقة موجزة من صفحة واحدة، والمتابعة بعد الجلسة. وجاءت الأمثلة من البصرة "
                "والسليمانية."
            ),
            ckb=(
                "چۆن بابەتێک دەخرێتە سەر کارنامەی ئەنجومەنێک: دۆزینەوەی ئەندامی گونجاو، "
                "ئامادەکردنی کورتەیەکی یەک لاپەڕەیی و بەدواداچوون دوای دانیشتنەکە. "
                "نموونەکان لە بەسرە و سلێمانییەوە بوون."
            ),
        ),
        "speakers": ("ahmed", "karwan"),
        "recording": "video",
        "slides": True,
        "resource_words": ("advocacy guide", "advocacy"),
    },
    {
        "title": T(
            "Observing elections: lessons from the 2018 parliamentary vote",
            ar="مراقبة الانتخابات: دروس من الانتخابات البرلمانية لعام ٢٠١٨",
            ckb="چاودێریکردنی هەڵبژاردن: وانەکانی هەڵبژاردنی پەرلەمانیی ٢٠١٨",
        ),
        "starts_at": "2019-10-16 14:00",
        "duration_minutes": 75,
        "summary": T(
            "Observers from member organisations explained how they recruited and trained "
            "monitors, reported incidents on polling day and turned their findings into "
            "recommendations for the electoral commission.",
            ar=(
                "شرح مراقبون من المنظمات الأعضاء كيف جنّدوا المراقبين ودرّبوهم، وكيف أبلغوا "
                "عن المخالفات يوم الاقتراع، ثم حوّلوا نتائجهم إلى توصيات قُدّمت إلى المفوضية "
                "العليا المستقلة للانتخابات."
            ),
            ckb=(
                "چاودێرانی ڕێکخراوە ئەندامەکان ڕوونیان کردەوە کە چۆن چاودێرەکانیان هەڵبژارد "
                "و ڕاهێنانیان پێکردن، چۆن ڕۆژی دەنگدان سەرپێچییەکانیان تۆمار کرد، و چۆن "
                "دەرئەنجامەکانیان کردە ڕاسپاردە بۆ کۆمیسیۆنی باڵای سەربەخۆی هەڵبژاردنەکان."
            ),
        ),
        "speakers": ("noor", "ahmed"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("2018 parliamentary", "observer", "election"),
    },
    {
        "title": T(
            "Digital security for activists: the basics",
            ar="الأمن الرقمي للناشطين: الأساسيات",
            ckb="ئاسایشی دیجیتاڵی بۆ چالاکوانان: بنەماکان",
        ),
        "starts_at": "2019-11-13 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Strong passwords, two-step verification, encrypted messaging and what to do when "
            "a phone is confiscated at a checkpoint: a practical first session for staff who "
            "work on sensitive issues.",
            ar=(
                "كلمات مرور قوية، والتحقق بخطوتين، والمراسلة المشفّرة، وما ينبغي فعله إذا "
                "صودر الهاتف عند نقطة تفتيش: جلسة عملية أولى للعاملين في القضايا الحساسة."
            ),
            ckb=(
                "وشەی نهێنیی بەهێز، پشتڕاستکردنەوەی دوو هەنگاوی، نامەگۆڕینەوەی کۆدکراو و "
                "ئەوەی دەبێت بکرێت کاتێک مۆبایلێک لە خاڵی پشکنین دەستی بەسەردا دەگیرێت: "
                "یەکەم دانیشتنی کرداری بۆ ئەو کارمەندانەی لەسەر بابەتە هەستیارەکان کار دەکەن."
            ),
        ),
        "speakers": ("sara",),
        "recording": "video",
        "slides": True,
        "transcript": T(
            "Sara Lindqvist: Start with the accounts that would hurt most if someone else got "
            "into them, usually e-mail and the organisation's social media. Turn on two-step "
            "verification there today, not next week. Then agree as a team on one encrypted "
            "messaging app and stop sharing beneficiary lists in ordinary chat groups.",
            ar=(
                "سارا ليندكفيست: ابدأوا بالحسابات التي يكون اختراقها الأشدّ ضرراً، وهي عادةً "
                "البريد الإلكتروني وحسابات المنظمة على وسائل التواصل الاجتماعي. فعّلوا التحقق "
                "بخطوتين فيها اليوم لا الأسبوع المقبل. ثم اتفقوا كفريق على تطبيق مراسلة مشفّر "
                "واحد، وتوقفوا عن تبادل قوائم المستفيدين في مجموعات الدردشة العادية."
            ),
            ckb=(
                "سارا لیندکڤیست: لەو هەژمارانەوە دەست پێ بکەن کە ئەگەر کەسێکی تر دەستی "
                "پێیان ڕابگات زیاترین زیان دەگەیەنن، کە زۆرجار ئیمەیڵ و هەژمارەکانی "
                "ڕێکخراوەکەن لە تۆڕە کۆمەڵایەتییەکاندا. هەر ئەمڕۆ پشتڕاستکردنەوەی دوو "
                "هەنگاوی تێیاندا چالاک بکەن، نەک هەفتەی داهاتوو. پاشان وەک تیمێک لەسەر یەک "
                "ئەپی نامەگۆڕینەوەی کۆدکراو ڕێک بکەون و ئیتر لیستی سوودمەندان لە گرووپە "
                "ئاساییەکانی چاتدا بڵاو مەکەنەوە."
            ),
        ),
        "resource_words": ("digital safety basics", "digital security"),
    },
    {
        "title": T(
            "Building coalitions that last",
            ar="بناء تحالفات تدوم",
            ckb="دروستکردنی هاوپەیمانیی بەردەوام",
        ),
        "starts_at": "2019-12-11 14:00",
        "duration_minutes": 90,
        "summary": T(
            "How NGOs in Iraq can form coalitions around a shared advocacy goal and keep them "
            "working once the first campaign is over. Speakers compared a national network "
            "with a governorate-level alliance.",
            ar=(
                "كيف يمكن للمنظمات غير الحكومية في العراق أن تشكّل تحالفات حول هدف مناصرة "
                "مشترك، وأن تحافظ على عملها بعد انتهاء الحملة الأولى. وقارن المتحدثون بين "
                "شبكة وطنية وتحالف على مستوى المحافظة."
            ),
            ckb=(
                "ڕێکخراوە ناحکومییەکانی عێراق چۆن دەتوانن لە دەوری ئامانجێکی هاوبەشی "
                "داکۆکیکاری هاوپەیمانی پێک بهێنن و دوای کۆتاییهاتنی یەکەم هەڵمەت بەردەوامی "
                "پێ بدەن. قسەکەران تۆڕێکی نیشتمانی و هاوپەیمانییەکی ئاستی پارێزگایان "
                "بەراورد کرد."
            ),
        ),
        "speakers": ("layla", "karwan"),
        "recording": "video",
        "slides": True,
        "transcript": T(
            "Layla Hassan: A coalition is not a letterhead with twenty logos on it. It works "
            "when every member knows what it brings and what it gets back. Karwan Aziz: In our "
            "network the chair rotates every six months, so no single organisation owns the "
            "coalition.",
            ar=(
                "ليلى حسن: التحالف ليس ورقة رسمية تحمل عشرين شعاراً، بل ينجح حين تعرف كل "
                "منظمة عضو ما تقدّمه وما تحصل عليه في المقابل. كاروان عزيز: في شبكتنا تتناوب "
                "المنظمات على الرئاسة كل ستة أشهر، فلا تستأثر أي منظمة بالتحالف."
            ),
            ckb=(
                "لەیلا حەسەن: هاوپەیمانی تەنها پەڕەیەکی فەرمی نییە کە بیست لۆگۆی لەسەر بێت. "
                "کاتێک سەردەکەوێت کە هەر ئەندامێک بزانێت چی پێشکەش دەکات و چی وەردەگرێتەوە. "
                "کاروان عەزیز: لە تۆڕەکەماندا هەموو شەش مانگ جارێک سەرۆکایەتی دەگۆڕدرێت، بۆ "
                "ئەوەی هیچ ڕێکخراوێک هاوپەیمانییەکە بە موڵکی خۆی نەزانێت."
            ),
        ),
        "resource_words": ("coalition",),
    },
    {
        "title": T(
            "Monitoring and evaluation on a shoestring",
            ar="الرصد والتقييم بموارد محدودة",
        ),
        "starts_at": "2020-01-22 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Small organisations rarely have an M&E officer. This session showed how to choose "
            "three to five indicators that matter, collect data with free tools and use the "
            "results in the next proposal.",
            ar=(
                "نادراً ما يتوفر لدى المنظمات الصغيرة موظف مختص بالرصد والتقييم. عرضت هذه "
                "الجلسة كيفية اختيار ثلاثة إلى خمسة مؤشرات ذات معنى، وجمع البيانات بأدوات "
                "مجانية، والاستفادة من النتائج في المقترح التالي."
            ),
        ),
        "speakers": ("shilan", "maria"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("monitoring and evaluation", "logframe", "indicator"),
    },
    {
        "title": T(
            "Fundraising beyond a single donor",
            ar="تنويع مصادر التمويل: ما بعد الجهة المانحة الواحدة",
            ckb="فرەجۆرکردنی سەرچاوەکانی دارایی: لە یەک بەخشەر زیاتر",
        ),
        "starts_at": "2020-02-19 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Many local NGOs depend on one grant. Speakers shared how they diversified: small "
            "local donors, in-kind support from businesses, consortium bids and income from "
            "services.",
            ar=(
                "تعتمد منظمات محلية كثيرة على منحة واحدة. وتحدّث المشاركون عن الطرق التي "
                "نوّعوا بها مصادر تمويلهم: المانحون المحليون الصغار، والدعم العيني من الشركات، "
                "والتقدّم بعروض ضمن تحالفات، والدخل من تقديم الخدمات."
            ),
            ckb=(
                "زۆرێک لە ڕێکخراوە ناوخۆییەکان پشت بە یەک بەخشین دەبەستن. قسەکەران باسیان "
                "لەوە کرد کە چۆن سەرچاوەکانی داراییان فرەجۆر کرد: بەخشەرانی بچووکی ناوخۆیی، "
                "پاڵپشتیی ماددی لە کۆمپانیاکانەوە، پێشکەشکردنی پڕۆپۆزەڵی هاوبەش لەگەڵ "
                "ڕێکخراوەکانی تر و داهات لە پێشکەشکردنی خزمەتگوزاری."
            ),
        ),
        "speakers": ("omar", "ali"),
        "recording": "video",
        "slides": True,
        "resource_words": ("diversifying funding", "raising funds", "fundraising"),
    },
    {
        "title": T(
            "Moving programmes online during COVID-19",
            ar="نقل البرامج إلى الفضاء الإلكتروني خلال جائحة كوفيد-١٩",
        ),
        "starts_at": "2020-04-08 14:00",
        "duration_minutes": 60,
        "summary": T(
            "When the curfew stopped workshops and field visits, members moved trainings, "
            "focus groups and case management online. What worked, who was left out for lack "
            "of a good connection, and how to keep participants' data safe.",
            ar=(
                "حين أوقف حظر التجوّل ورش العمل والزيارات الميدانية، نقل الأعضاء التدريبات "
                "ومجموعات النقاش المركّزة وإدارة الحالات إلى الإنترنت. ما الذي نجح، ومن الذين "
                "استُبعدوا لضعف الاتصال لديهم، وكيف نحافظ على أمان بيانات المشاركين."
            ),
        ),
        "speakers": ("layla", "sara"),
        "recording": "video",
        "slides": False,
        "resource_words": ("covid", "remote"),
    },
    {
        "title": T(
            "Psychosocial support for staff and volunteers",
            ar="الدعم النفسي والاجتماعي للموظفين والمتطوعين",
            ckb="پاڵپشتیی دەروونی و کۆمەڵایەتی بۆ کارمەندان و خۆبەخشان",
        ),
        "starts_at": "2020-05-13 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Staff who document abuses or support survivors carry a heavy load. A psychologist "
            "explained the signs of burnout and secondary trauma, and members shared simple "
            "peer-support routines.",
            ar=(
                "يحمل العاملون الذين يوثّقون الانتهاكات أو يدعمون الناجين عبئاً ثقيلاً. شرحت "
                "أخصائية نفسية علامات الإنهاك والصدمة الثانوية، وتبادل الأعضاء ممارسات بسيطة "
                "للدعم بين الأقران."
            ),
            ckb=(
                "ئەو کارمەندانەی پێشێلکارییەکان تۆمار دەکەن یان پاڵپشتیی ڕزگاربووان دەکەن "
                "بارێکی قورس هەڵدەگرن. دەروونناسێک نیشانەکانی شەکەتبوونی دەروونی و تراومای "
                "لاوەکی ڕوون کردەوە، و ئەندامان ڕێگای سادەی پاڵپشتیی هاوتاکانیان ئاڵوگۆڕ کرد."
            ),
        ),
        "speakers": ("hana",),
        "recording": "audio",
        "slides": True,
        "transcript": T(
            "Hana Yousif: Burnout rarely announces itself. It looks like irritability, poor "
            "sleep, or a colleague who stops taking leave. A fifteen-minute check-in at the end "
            "of a hard week costs nothing, and managers should speak first so that others feel "
            "safe to do the same.",
            ar=(
                "هناء يوسف: نادراً ما يُعلن الإنهاك عن نفسه؛ فهو يظهر في صورة عصبية أو اضطراب "
                "في النوم أو زميل يكفّ عن أخذ إجازاته. ولا يكلّف لقاء قصير مدته خمس عشرة "
                "دقيقة في نهاية أسبوع صعب شيئاً، وعلى المديرين أن يبدؤوا بالحديث كي يشعر "
                "الآخرون بالأمان ويحذوا حذوهم."
            ),
            ckb=(
                "هەنا یووسف: شەکەتبوونی دەروونی زۆر کەم خۆی ئاشکرا دەکات. وەک تووڕەبوون، "
                "خەوی خراپ یان هاوکارێک دەردەکەوێت کە ئیتر مۆڵەت وەرناگرێت. دانیشتنێکی "
                "پازدە خولەکی لە کۆتایی هەفتەیەکی قورسدا هیچی تێناچێت، و بەڕێوەبەران دەبێت "
                "یەکەم کەس بن کە قسە دەکەن بۆ ئەوەی ئەوانی تریش هەست بە ئارامی بکەن و "
                "هەمان شت بکەن."
            ),
        ),
        "resource_words": ("psychosocial", "volunteer"),
    },
    {
        "title": T(
            "Working in disputed areas: conflict sensitivity in practice",
            ar="العمل في المناطق المتنازع عليها: مراعاة حساسية النزاع عملياً",
            ckb="کارکردن لە ناوچە جێناکۆکەکان: هەستیاری بەرامبەر ململانێ لە کرداردا",
        ),
        "starts_at": "2020-06-17 14:00",
        "duration_minutes": 90,
        "summary": T(
            "In Kirkuk, Sinjar and the Nineveh Plains a training venue, a hiring decision or a "
            "map can be read as taking sides. Speakers walked through a do-no-harm analysis of "
            "a real project.",
            ar=(
                "في كركوك وسنجار وسهل نينوى قد يُفهم اختيار مكان التدريب أو قرار توظيف أو "
                "خريطة على أنه انحياز لطرف ما. واستعرض المتحدثون تحليلاً لمشروع حقيقي وفق "
                "مبدأ عدم الإضرار."
            ),
            ckb=(
                "لە کەرکووک، شنگال و دەشتی نەینەوا شوێنی ڕاهێنانێک، بڕیارێکی دامەزراندن یان "
                "نەخشەیەک دەکرێت وەک لایەنگیری لێک بدرێتەوە. قسەکەران شیکارییەکی «زیان "
                "نەگەیاندن»یان بۆ پرۆژەیەکی ڕاستەقینە پێشکەش کرد."
            ),
        ),
        "speakers": ("rebwar", "layla"),
        "recording": "video",
        "slides": True,
        "resource_words": ("conflict sensitivity", "disputed", "conflict"),
    },
    {
        "title": T(
            "Women's political participation ahead of early elections",
            ar="المشاركة السياسية للمرأة قبيل الانتخابات المبكرة",
            ckb="بەشداریی سیاسیی ئافرەتان پێش هەڵبژاردنە پێشوەختەکان",
        ),
        "starts_at": "2020-07-15 14:00",
        "duration_minutes": 90,
        "summary": T(
            "The new electoral law introduces smaller districts and keeps the women's quota. "
            "Speakers discussed how to support women candidates, counter online harassment and "
            "encourage women to vote.",
            ar=(
                "يعتمد قانون الانتخابات الجديد دوائر انتخابية أصغر ويُبقي على كوتا النساء. "
                "وناقش المتحدثون سبل دعم المرشحات، والتصدي للتحرش الإلكتروني، وتشجيع النساء "
                "على التصويت."
            ),
            ckb=(
                "یاسای نوێی هەڵبژاردن بازنەی هەڵبژاردنی بچووکتر دادەنێت و کۆتای ئافرەتان "
                "دەهێڵێتەوە. قسەکەران باسیان لەوە کرد کە چۆن پاڵپشتیی کاندیدە ئافرەتەکان "
                "بکرێت، چۆن ڕووبەڕووی گێچەڵپێکردنی ئۆنلاین ببنەوە و چۆن ئافرەتان هان بدرێن "
                "دەنگ بدەن."
            ),
        ),
        "speakers": ("zainab", "noor"),
        "recording": "video",
        "slides": True,
        "resource_words": ("women candidates", "women in local councils", "women"),
    },
    {
        "title": T(
            "Engaging young people in local governance",
            ar="إشراك الشباب في الحوكمة المحلية",
        ),
        "starts_at": "2020-09-09 14:00",
        "duration_minutes": 75,
        "summary": T(
            "Youth councils, budget hearings and volunteer monitoring of public services: three "
            "ways member organisations brought young people into decisions that affect them.",
            ar=(
                "مجالس الشباب، وجلسات الاستماع بشأن الموازنة، والرصد التطوعي للخدمات العامة: "
                "ثلاث طرق أشركت بها المنظمات الأعضاء الشبابَ في القرارات التي تمسّهم."
            ),
        ),
        "speakers": ("mustafa", "omar"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("youth participation", "youth engagement", "youth"),
    },
    {
        "title": T(
            "Using the right of access to information",
            ar="الاستفادة من الحق في الحصول على المعلومات",
        ),
        "starts_at": "2020-10-14 14:00",
        "duration_minutes": 60,
        "summary": T(
            "How to draft a request for information to a ministry or a governorate office, what "
            "to do when it goes unanswered, and how the Kurdistan Region's law on the right of "
            "access to information has been used.",
            ar=(
                "كيف تُصاغ طلبات الحصول على المعلومات الموجّهة إلى الوزارات ودواوين المحافظات، "
                "وما العمل إذا لم تلقَ رداً، وكيف استُخدم قانون حق الحصول على المعلومات في "
                "إقليم كوردستان."
            ),
        ),
        "speakers": ("hawre",),
        "recording": "video",
        "slides": False,
        "resource_words": ("right to information", "public records", "transparency"),
    },
    {
        "title": T(
            "Transitional justice and the documentation of violations",
            ar="العدالة الانتقالية وتوثيق الانتهاكات",
        ),
        "starts_at": "2020-11-18 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Documentation gathered by NGOs today may be evidence tomorrow. The session covered "
            "consent, chain of custody and how to share files safely with investigators and "
            "with the families of the missing.",
            ar=(
                "قد تصبح الوثائق التي تجمعها المنظمات اليوم أدلةً في الغد. تناولت الجلسة "
                "الموافقة المستنيرة، وتسلسل حفظ الأدلة، وكيفية تبادل الملفات بأمان مع المحققين "
                "ومع ذوي المفقودين."
            ),
        ),
        "speakers": ("salwa", "dilan"),
        "recording": "video",
        "slides": True,
        "transcript": T(
            "Salwa Hadi: Before you record anything, ask who will see it and how long you will "
            "keep it. A testimony taken without informed consent can harm the witness and be "
            "rejected in court. Write down where each file came from and who has handled it "
            "since.",
            ar=(
                "سلوى هادي: قبل أن تسجّلوا أي شيء، اسألوا أنفسكم من سيطّلع عليه وإلى متى "
                "ستحتفظون به. فالشهادة التي تُؤخذ دون موافقة مستنيرة قد تضرّ بالشاهد وقد "
                "ترفضها المحكمة. دوّنوا مصدر كل ملف وكل من تعامل معه منذ ذلك الحين."
            ),
        ),
        "resource_words": ("documenting human rights", "missing persons", "human rights"),
    },
    {
        "title": T(
            "Secure communication for remote teams",
            ckb="پەیوەندیی سەلامەت بۆ تیمەکانی کارکردن لە دوورەوە",
        ),
        "starts_at": "2020-12-09 14:00",
        "duration_minutes": 90,
        "summary": T(
            "A follow-up to the digital security basics: choosing a video-call platform, "
            "sharing files without e-mail attachments, and handling a lost or stolen laptop.",
            ckb=(
                "بەدواداچوونێکە بۆ دانیشتنی بنەماکانی ئاسایشی دیجیتاڵی: هەڵبژاردنی "
                "پلاتفۆرمی پەیوەندیی ڤیدیۆیی، ناردنی فایل بەبێ هاوپێچی ئیمەیڵ، و "
                "مامەڵەکردن لەگەڵ لاپتۆپێکی ونبوو یان دزراو."
            ),
        ),
        "speakers": ("sara", "dilan"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("encrypted messaging", "devices and accounts", "digital security"),
    },
    {
        "title": T(
            "Planning election observation for October 2021",
            ar="التخطيط لمراقبة انتخابات تشرين الأول/أكتوبر ٢٠٢١",
        ),
        "starts_at": "2021-02-17 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Members mapped which governorates each observer network would cover, agreed on a "
            "shared incident form and discussed accreditation with the electoral commission.",
            ar=(
                "حدّد الأعضاء المحافظاتِ التي ستغطيها كل شبكة مراقبة، واتفقوا على استمارة "
                "موحّدة للإبلاغ عن المخالفات، وناقشوا إجراءات الاعتماد لدى مفوضية الانتخابات."
            ),
        ),
        "speakers": ("noor", "layla"),
        "recording": "video",
        "slides": True,
        "resource_words": ("joint election monitoring", "observer", "election"),
    },
    {
        "title": T("Countering hate speech online"),
        "starts_at": "2021-03-17 14:00",
        "duration_minutes": 60,
        "summary": T(
            "How member organisations monitor hate speech on social media, report it to the "
            "platforms and respond with counter-messages without amplifying it."
        ),
        "speakers": ("dilan", "mustafa"),
        "recording": "video",
        "slides": False,
        "resource_words": ("hate speech", "media literacy"),
    },
    {
        "title": T(
            "Community dialogue and social cohesion in liberated areas",
            ckb="دیالۆگی کۆمەڵگە و یەکگرتوویی کۆمەڵایەتی لە ناوچە ئازادکراوەکان",
        ),
        "starts_at": "2021-04-21 14:00",
        "duration_minutes": 75,
        "summary": T(
            "Returnees and those who stayed often see the same events differently. Facilitators "
            "from Nineveh and Salah al-Din described how they set up dialogue groups and what "
            "brought people back to the second meeting.",
            ckb=(
                "گەڕاوەکان و ئەوانەی مانەوە زۆرجار هەمان ڕووداو بە شێوەی جیاواز دەبینن. "
                "ڕێکخەرانی گفتوگۆ لە نەینەوا و سەڵاحەدینەوە باسیان لەوە کرد کە چۆن "
                "گرووپی دیالۆگیان پێکهێنا و چی وای کرد خەڵک بۆ کۆبوونەوەی دووەم بگەڕێنەوە."
            ),
        ),
        "speakers": ("omar", "rebwar"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("community dialogue", "social cohesion"),
    },
    {
        "title": T("Protecting human rights defenders"),
        "starts_at": "2021-06-16 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Risk assessment, protection plans and emergency contacts for activists and "
            "journalists who face threats, and the support available from international "
            "protection programmes."
        ),
        "speakers": ("salwa", "sara"),
        "recording": "video",
        "slides": True,
        "resource_words": ("human rights defenders", "journalists"),
    },
    {
        "title": T("Internal governance and financial systems for small NGOs"),
        "starts_at": "2021-07-14 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Boards that meet, policies that are followed and books a donor can audit. A "
            "finance officer showed the minimum set of procedures that passed a due-diligence "
            "review."
        ),
        "speakers": ("ali", "maria"),
        "recording": "video",
        "slides": True,
        "resource_words": ("financial management", "boards of directors"),
    },
    {
        "title": T(
            "Compensation for war-affected communities: a guide to the procedure",
            ar="تعويض المجتمعات المتضررة من الحرب: دليل إلى الإجراءات",
            ckb="قەرەبووکردنەوەی کۆمەڵگە زیانلێکەوتووەکانی جەنگ: ڕێبەرێک بۆ ڕێکارەکان",
        ),
        "starts_at": "2021-09-15 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Families whose homes were destroyed often give up on compensation claims. Two "
            "members who worked on this together explained the steps of a claim, the documents "
            "required and where files get stuck.",
            ar=(
                "كثيراً ما تتخلى الأسر التي دُمّرت منازلها عن المطالبة بالتعويض. وشرحت منظمتان "
                "عضوتان تعاونتا في هذا المجال خطوات تقديم المطالبة، والوثائق المطلوبة، "
                "والمراحل التي تتعثر فيها الملفات."
            ),
            ckb=(
                "ئەو خێزانانەی ماڵەکانیان وێران بووە زۆرجار واز لە داواکاریی قەرەبوو "
                "دەهێنن. دوو ڕێکخراوی ئەندام کە پێکەوە لەسەر ئەم بابەتە کاریان کردووە "
                "هەنگاوەکانی داواکارییەک، ئەو بەڵگەنامانەی پێویستن و ئەو قۆناغانەی "
                "دۆسیەکان تێیدا دەوەستن ڕوون کردەوە."
            ),
        ),
        "speakers": ("omar", "salwa"),
        "recording": "audio",
        "slides": True,
        "transcript": T(
            "Omar Salih: Most rejected claims we saw were missing one paper, usually proof of "
            "ownership or a police report. We now check every file with the family before it "
            "goes to the committee. Salwa Hadi: Keep copies of everything you submit and write "
            "down the date, because deadlines are counted from the day the file was received.",
            ar=(
                "عمر صالح: معظم المطالبات المرفوضة التي اطّلعنا عليها كانت تنقصها وثيقة واحدة، "
                "غالباً سند الملكية أو محضر الشرطة. لذلك صرنا نراجع كل ملف مع الأسرة قبل "
                "إرساله إلى اللجنة. سلوى هادي: احتفظوا بنسخ من كل ما تقدّمونه، ودوّنوا التاريخ، "
                "لأن المُدد تُحتسب من يوم استلام الملف."
            ),
            ckb=(
                "عومەر ساڵح: زۆربەی ئەو داواکارییە ڕەتکراوانەی بینیمان یەک بەڵگەنامەیان کەم "
                "بوو، زۆرجار بەڵگەی خاوەندارێتی یان ڕاپۆرتی پۆلیس. بۆیە ئێستا پێش ئەوەی هەر "
                "دۆسیەیەک بنێردرێت بۆ لیژنەکە، لەگەڵ خێزانەکە پێیدا دەچینەوە. سەلوا هادی: "
                "کۆپیی هەموو ئەو شتانەی پێشکەشی دەکەن لای خۆتان هەڵبگرن و بەروارەکە بنووسن، "
                "چونکە ماوەکان لە ڕۆژی وەرگرتنی دۆسیەکەوە هەژمار دەکرێن."
            ),
        ),
        "resource_words": ("compensation claim", "compensation scheme", "compensation"),
    },
    {
        "title": T("After the vote: what observers found in the 2021 elections"),
        "starts_at": "2021-11-17 14:00",
        "duration_minutes": 90,
        "summary": T(
            "Observer networks presented their findings on turnout, the new biometric voter "
            "cards and complaints, and discussed which recommendations to take to parliament "
            "together."
        ),
        "speakers": ("noor", "zainab"),
        "recording": "video",
        "slides": False,
        "resource_words": ("2021 elections", "joint election monitoring", "election"),
    },
    {
        "title": T("Documenting gender-based violence safely"),
        "starts_at": "2022-01-19 14:00",
        "duration_minutes": 75,
        "summary": T(
            "Survivor-centred interviewing, referral pathways and data protection when "
            "recording cases of gender-based violence, with lessons from case workers in camps "
            "in Duhok."
        ),
        "speakers": ("hana", "zainab"),
        "recording": "video",
        "slides": True,
        "resource_words": ("survivor-centred", "gender-based violence"),
    },
    {
        "title": T("Planning for sustainability before a grant ends"),
        "starts_at": "2022-03-16 14:00",
        "duration_minutes": 90,
        "summary": T(
            "What to do in the last year of a project: keeping staff, handing activities over "
            "to local authorities or community groups, and telling donors early what will "
            "continue."
        ),
        "speakers": ("maria", "omar"),
        "recording": "audio",
        "slides": True,
        "resource_words": ("local philanthropy", "strategic planning", "sustainab"),
    },
    {
        "title": T(
            "What Works: four years of the Community of Practice",
            ar="ما الذي ينجح: أربع سنوات من مجتمع الممارسة",
            ckb="چی سەردەکەوێت: چوار ساڵ لە کۆمەڵگەی پراکتیکی",
        ),
        "starts_at": "2022-06-15 14:00",
        "duration_minutes": 120,
        "summary": T(
            "The closing webinar of the series. Members looked back at the coordination "
            "meetings, the resource library, the mentorship programme and seven collaborative "
            "projects, and discussed how to keep the community going.",
            ar=(
                "الندوة الختامية للسلسلة. استعاد الأعضاء تجربة الاجتماعات التنسيقية ومكتبة "
                "الموارد وبرنامج الإرشاد والمشاريع التعاونية السبعة، وناقشوا سبل استمرار "
                "المجتمع."
            ),
            ckb=(
                "وێبیناری کۆتایی زنجیرەکە. ئەندامان ئاوڕیان لە کۆبوونەوەکانی هەماهەنگی، "
                "کتێبخانەی سەرچاوەکان، بەرنامەی ڕاوێژکاری و حەوت پرۆژە هاوبەشەکە دایەوە و "
                "باسیان لەوە کرد کە چۆن کۆمەڵگەکە بەردەوام بێت."
            ),
        ),
        "speakers": ("layla", "karwan", "maria"),
        "recording": "video",
        "slides": False,
        "resource_words": ("what works", "mentorship programme", "community of practice"),
    },
]
