"""The CoP's home and about pages, in English with Arabic and Central Kurdish (Sorani) texts.

Every text is a ``T(english, ar=..., ckb=...)``. The translations are written, not machine
output or copies of the English. Paragraph texts are plain (no markup): the loader wraps them.
"""

from cms.demo import T

HOME = {
    "slug": T("home", ar="الرئيسية", ckb="سەرەکی"),
    "title": T(
        "Iraqi Community of Practice", ar="مجتمع الممارسة العراقي", ckb="کۆمەڵگەی پراکتیکی عێراقی"
    ),
    "intro": T(
        "A shared space where international and local NGOs working on democracy, human rights "
        "and governance in Iraq coordinate, learn from each other and share what works.",
        ar=(
            "مساحة مشتركة تنسّق فيها المنظمات غير الحكومية الدولية "
            "والمحلية العاملة في مجالات الديمقراطية وحقوق الإنسان "
            "والحوكمة في العراق جهودَها، ويتعلّم بعضها من بعض، وتتبادل "
            "التجارب الناجحة."
        ),
        ckb=(
            "شوێنێکی هاوبەشە کە تێیدا ڕێکخراوە ناحکومییە نێودەوڵەتی و "
            "ناوخۆییەکانی بوارەکانی دیموکراسی، مافەکانی مرۆڤ و حوکمڕانی "
            "لە عێراق هەماهەنگی دەکەن، لە یەکتری فێر دەبن و ئەزموونە "
            "سەرکەوتووەکانیان ئاڵوگۆڕ دەکەن."
        ),
    ),
    "body": [
        (
            "heading",
            {
                "text": T(
                    "Why a Community of Practice?",
                    ar="لماذا مجتمع ممارسة؟",
                    ckb="بۆچی کۆمەڵگەیەکی پراکتیکی؟",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            T(
                "Hundreds of NGOs working in Iraq face a shrinking space for civil society, "
                "growing competition for donor resources and a lack of internal systems for "
                "sustainability. Fragmented work leads to duplicated services in some places "
                "and gaps in others.",
                ar=(
                    "تواجه مئات المنظمات غير الحكومية العاملة في العراق تقلّصاً "
                    "في المساحة المتاحة للمجتمع المدني، وتنافساً متزايداً على "
                    "موارد الجهات المانحة، ونقصاً في الأنظمة الداخلية التي تضمن "
                    "استدامتها. ويؤدي العمل المجزّأ إلى تكرار الخدمات في بعض "
                    "المناطق وإلى فجوات في مناطق أخرى."
                ),
                ckb=(
                    "سەدان ڕێکخراوی ناحکومی کە لە عێراق کار دەکەن ڕووبەڕووی "
                    "تەسکبوونەوەی بواری کۆمەڵگەی مەدەنی، زیادبوونی ڕکابەری لەسەر "
                    "سەرچاوەکانی بەخشەران و نەبوونی سیستەمی ناوخۆیی بۆ بەردەوامی "
                    "دەبنەوە. پەرتەوازەیی کارەکان دەبێتە هۆی دووبارەبوونەوەی "
                    "خزمەتگوزارییەکان لە هەندێک شوێن و دروستبوونی بۆشایی لە شوێنی "
                    "تر."
                ),
            ),
        ),
        (
            "paragraph",
            T(
                "The Iraqi Community of Practice, the first of its kind in the Middle East and "
                "North Africa, brings organisations together so that they coordinate their "
                "programmes, strengthen their capacities and learn from each other.",
                ar=(
                    "يجمع مجتمع الممارسة العراقي، وهو الأول من نوعه في منطقة "
                    "الشرق الأوسط وشمال أفريقيا، المنظماتِ معاً لكي تنسّق برامجها "
                    "وتعزّز قدراتها ويتعلّم بعضها من بعض."
                ),
                ckb=(
                    "کۆمەڵگەی پراکتیکی عێراقی، کە یەکەمینی جۆری خۆیەتی لە "
                    "ڕۆژهەڵاتی ناوەڕاست و باکووری ئەفریقا، ڕێکخراوەکان کۆدەکاتەوە "
                    "بۆ ئەوەی بەرنامەکانیان هەماهەنگ بکەن، تواناکانیان بەهێز بکەن "
                    "و لە یەکتری فێر ببن."
                ),
            ),
        ),
        (
            "key_achievements",
            {
                "heading": T("Key achievements", ar="أبرز الإنجازات", ckb="دەستکەوتە سەرەکییەکان"),
                "items": [
                    {
                        "figure": T("22", ar="٢٢", ckb="٢٢"),
                        "label": T(
                            "international and local NGOs in the community",
                            ar="منظمة غير حكومية دولية ومحلية أعضاء في المجتمع",
                            ckb=("ڕێکخراوی ناحکومیی نێودەوڵەتی و ناوخۆیی لە کۆمەڵگەکەدا"),
                        ),
                    },
                    {
                        "figure": T("24", ar="٢٤", ckb="٢٤"),
                        "label": T(
                            "local implementing partners",
                            ar="شريكاً تنفيذياً محلياً",
                            ckb="هاوبەشی جێبەجێکاری ناوخۆیی",
                        ),
                    },
                    {
                        "figure": T("24", ar="٢٤", ckb="٢٤"),
                        "label": T(
                            "What Works webinars",
                            ar="ندوة إلكترونية ضمن سلسلة «ما الذي ينجح»",
                            ckb="وێبینار لە زنجیرەی «چی سەردەکەوێت»",
                        ),
                    },
                    {
                        "figure": T("4", ar="٤", ckb="٤"),
                        "label": T(
                            "in-country coordination workshops",
                            ar="ورش عمل تنسيقية داخل العراق",
                            ckb="وۆرکشۆپی هەماهەنگی لەناو عێراقدا",
                        ),
                    },
                    {
                        "figure": T("3", ar="٣", ckb="٣"),
                        "label": T(
                            "annual stakeholders workshops",
                            ar="ورش عمل سنوية لأصحاب المصلحة",
                            ckb="وۆرکشۆپی ساڵانەی لایەنە پەیوەندیدارەکان",
                        ),
                    },
                    {
                        "figure": T("85", ar="٨٥", ckb="٨٥"),
                        "label": T(
                            "resources in Arabic, English and Kurdish",
                            ar="مورداً باللغات العربية والإنجليزية والكردية",
                            ckb="سەرچاوە بە زمانەکانی عەرەبی، ئینگلیزی و کوردی",
                        ),
                    },
                    {
                        "figure": T("7", ar="٧", ckb="٧"),
                        "label": T(
                            "collaborative projects between members",
                            ar="مشاريع تعاونية بين الأعضاء",
                            ckb="پرۆژەی هاوبەش لە نێوان ئەندامان",
                        ),
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "quote": T(
                    "When organisations share what they learn, the whole sector grows stronger "
                    "and communities are better served.",
                    ar=(
                        "حين تتبادل المنظمات ما تتعلّمه، يزداد القطاع بأكمله قوةً "
                        "وتحظى المجتمعات بخدمات أفضل."
                    ),
                    ckb=(
                        "کاتێک ڕێکخراوەکان ئەوەی فێری دەبن لەگەڵ یەکتری هاوبەشی "
                        "دەکەن، هەموو کەرتەکە بەهێزتر دەبێت و خزمەتی باشتر بە "
                        "کۆمەڵگەکان دەگات."
                    ),
                ),
                "attribution": T(
                    "A member organisation", ar="إحدى المنظمات الأعضاء", ckb="ڕێکخراوێکی ئەندام"
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    "Learn about the community", ar="تعرّف على مجتمعنا", ckb="کۆمەڵگەکەمان بناسە"
                ),
                "text": T(
                    "How the Community of Practice works and who takes part.",
                    ar="كيف يعمل مجتمع الممارسة ومن يشارك فيه.",
                    ckb=("کۆمەڵگەی پراکتیکی چۆن کار دەکات و کێ بەشداری تێدا دەکات."),
                ),
                "button_label": T("About us", ar="من نحن", ckb="دەربارەی ئێمە"),
                "page": "about",
            },
        ),
    ],
}

# Pages under the home page. "image" names a generated picture placed at the top of the body.
ABOUT_PAGES = [
    {
        "key": "about",
        "slug": T("about", ar="من-نحن", ckb="دەربارەی-ئێمە"),
        "title": T(
            "About the Community of Practice",
            ar="عن مجتمع الممارسة",
            ckb="دەربارەی کۆمەڵگەی پراکتیکی",
        ),
        "intro": T(
            "A 33-month project that promotes strategic coordination, capacity strengthening "
            "and learning across international and local NGOs in Iraq.",
            ar=(
                "مشروع مدته ٣٣ شهراً يعزّز التنسيق الاستراتيجي وتقوية القدرات "
                "والتعلّم بين المنظمات غير الحكومية الدولية والمحلية في "
                "العراق."
            ),
            ckb=(
                "پرۆژەیەکی ٣٣ مانگییە کە هەماهەنگیی ستراتیژی، بەهێزکردنی "
                "توانا و فێربوون لە نێوان ڕێکخراوە ناحکومییە نێودەوڵەتی و "
                "ناوخۆییەکانی عێراقدا پەرە پێ دەدات."
            ),
        ),
        "image_alt": T(
            "Members of the community around a table at a coordination meeting",
            ar="أعضاء في المجتمع حول طاولة خلال اجتماع تنسيقي",
            ckb=("ئەندامانی کۆمەڵگەکە بە دەوری مێزێکدا لە کۆبوونەوەیەکی هەماهەنگیدا"),
        ),
        "body": [
            (
                "heading",
                {
                    "text": T(
                        "Coordination and learning", ar="التنسيق والتعلّم", ckb="هەماهەنگی و فێربوون"
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    "Twice a year, member organisations meet in Iraq to connect, share lessons "
                    "from their programmes and find where their work complements each other. "
                    "Once a year, an annual stakeholders workshop brings the whole community "
                    "together.",
                    ar=(
                        "تلتقي المنظمات الأعضاء مرتين في السنة داخل العراق لتتواصل "
                        "فيما بينها، وتتبادل الدروس المستفادة من برامجها، وتحدّد "
                        "مواطن التكامل في عملها. وتجمع ورشة العمل السنوية لأصحاب "
                        "المصلحة المجتمعَ بأكمله مرة كل عام."
                    ),
                    ckb=(
                        "ساڵانە دوو جار ڕێکخراوە ئەندامەکان لە عێراق کۆدەبنەوە بۆ "
                        "ئەوەی پەیوەندی بە یەکترەوە بکەن، وانەکانی بەرنامەکانیان "
                        "ئاڵوگۆڕ بکەن و بزانن کارەکانیان لە کوێدا یەکتری تەواو دەکەن. "
                        "ساڵی جارێکیش، وۆرکشۆپی ساڵانەی لایەنە پەیوەندیدارەکان هەموو "
                        "کۆمەڵگەکە کۆدەکاتەوە."
                    ),
                ),
            ),
            (
                "paragraph",
                T(
                    "Training sessions follow the needs and interests of members and build on "
                    "the groundwork of the meetings. When COVID-19 restrictions came, all "
                    "meetings and workshops moved online.",
                    ar=(
                        "تُصمَّم الدورات التدريبية وفقاً لاحتياجات الأعضاء "
                        "واهتماماتهم، وتبني على الأسس التي أرستها الاجتماعات. ومع فرض "
                        "قيود جائحة كوفيد-١٩، انتقلت جميع الاجتماعات وورش العمل إلى "
                        "الفضاء الإلكتروني."
                    ),
                    ckb=(
                        "خولە ڕاهێنانییەکان بەپێی پێداویستی و ئارەزووەکانی ئەندامان "
                        "ڕێکدەخرێن و لەسەر ئەو بناغەیە بنیات دەنرێن کە کۆبوونەوەکان "
                        "دایانناوە. کاتێک سنووردارکردنەکانی کۆڤید-١٩ هاتنە ئاراوە، "
                        "هەموو کۆبوونەوە و وۆرکشۆپەکان گوازرانەوە بۆ سەر ئینتەرنێت."
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        "The knowledge sharing platform",
                        ar="منصة تبادل المعرفة",
                        ckb="پلاتفۆرمی هاوبەشکردنی زانیاری",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    "Online, members connect through the Iraqi Knowledge Sharing Platform and "
                    "use the resource library, where organisations publish reports, toolkits "
                    "and guides in Arabic, English and Kurdish.",
                    ar=(
                        "وعلى الإنترنت، يتواصل الأعضاء عبر المنصة العراقية لتبادل "
                        "المعرفة، ويستخدمون مكتبة الموارد التي تنشر فيها المنظمات "
                        "التقارير وحقائب الأدوات والأدلة باللغات العربية والإنجليزية "
                        "والكردية."
                    ),
                    ckb=(
                        "لە ئینتەرنێتدا، ئەندامان لە ڕێگەی پلاتفۆرمی عێراقیی "
                        "هاوبەشکردنی زانیارییەوە پەیوەندی بە یەکترەوە دەکەن و "
                        "کتێبخانەی سەرچاوەکان بەکاردەهێنن، کە ڕێکخراوەکان ڕاپۆرت، "
                        "کۆمەڵە ئامراز و ڕێنمایی تێیدا بە زمانەکانی عەرەبی، ئینگلیزی "
                        "و کوردی بڵاو دەکەنەوە."
                    ),
                ),
            ),
        ],
    },
    {
        "key": "mentorship",
        "slug": T("mentorship-programme", ar="برنامج-الإرشاد", ckb="بەرنامەی-ڕاوێژکاری"),
        "title": T("Mentorship programme", ar="برنامج الإرشاد", ckb="بەرنامەی ڕاوێژکاری"),
        "intro": T(
            "A one-on-one programme that pairs member organisations as mentor and mentee.",
            ar=(
                "برنامج فردي يجمع المنظمات الأعضاء في ثنائيات، تؤدي إحداها "
                "دور المرشد والأخرى دور المسترشد."
            ),
            ckb=(
                "بەرنامەیەکی یەک بە یەکە کە ڕێکخراوە ئەندامەکان دوو بە دوو "
                "پێکەوە دەبەستێتەوە، یەکێکیان وەک ڕاوێژکار و ئەوی تریان وەک "
                "ڕاوێژوەرگر."
            ),
        ),
        "image_alt": T(
            "Two colleagues reviewing a work plan together",
            ar="زميلان يراجعان خطة عمل معاً",
            ckb=("دوو هاوکار پێکەوە پێداچوونەوە بە پلانێکی کاردا دەکەن"),
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Member organisations can sign up as a mentor or as a mentee. Each pair "
                    "agrees on goals, meets regularly and shares tools and experience.",
                    ar=(
                        "يمكن للمنظمات الأعضاء التسجيل بصفة مرشد أو مسترشد. ويتفق كل "
                        "ثنائي على الأهداف، ويلتقي بانتظام، ويتبادل الأدوات والخبرات."
                    ),
                    ckb=(
                        "ڕێکخراوە ئەندامەکان دەتوانن وەک ڕاوێژکار یان وەک ڕاوێژوەرگر "
                        "خۆیان تۆمار بکەن. هەر جووتێک لەسەر ئامانجەکان ڕێک دەکەون، بە "
                        "بەردەوامی کۆدەبنەوە و ئامراز و ئەزموون ئاڵوگۆڕ دەکەن."
                    ),
                ),
            ),
            (
                "paragraph",
                T(
                    "The programme leads to further conversations between members and to new "
                    "opportunities for joint programmes.",
                    ar=(
                        "ويفضي البرنامج إلى مزيد من الحوار بين الأعضاء وإلى فرص جديدة "
                        "لتنفيذ برامج مشتركة."
                    ),
                    ckb=(
                        "بەرنامەکە دەبێتە هۆی گفتوگۆی زیاتر لە نێوان ئەندامان و "
                        "دەرفەتی نوێ بۆ بەرنامەی هاوبەش."
                    ),
                ),
            ),
        ],
    },
    {
        "key": "collaborative-projects",
        "slug": T("collaborative-projects", ar="المشاريع-التعاونية", ckb="پرۆژە-هاوبەشەکان"),
        "title": T("Collaborative projects", ar="المشاريع التعاونية", ckb="پرۆژە هاوبەشەکان"),
        "intro": T(
            "Member organisations working together on shared problems.",
            ar="منظمات أعضاء تعمل معاً على معالجة مشكلات مشتركة.",
            ckb=("ڕێکخراوە ئەندامەکان پێکەوە کار لەسەر کێشە هاوبەشەکان دەکەن."),
        ),
        "image_alt": T(
            "Volunteers observing a polling station during an election",
            ar="متطوعون يراقبون مركز اقتراع خلال الانتخابات",
            ckb=("خۆبەخشان لە کاتی هەڵبژاردندا چاودێری بنکەیەکی دەنگدان دەکەن"),
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Members have run seven joint projects, among them monitoring the Iraqi "
                    "electoral process and contributing to the improvement of the compensation "
                    "scheme for communities affected by war.",
                    ar=(
                        "نفّذ الأعضاء سبعة مشاريع مشتركة، من بينها مراقبة العملية "
                        "الانتخابية في العراق والمساهمة في تحسين نظام التعويضات "
                        "للمجتمعات المتضررة من الحرب."
                    ),
                    ckb=(
                        "ئەندامان حەوت پرۆژەی هاوبەشیان جێبەجێ کردووە، لەوانە "
                        "چاودێریکردنی پرۆسەی هەڵبژاردن لە عێراق و بەشداریکردن لە "
                        "باشترکردنی سیستەمی قەرەبووکردنەوەی ئەو کۆمەڵگانەی کە جەنگ "
                        "زیانی پێ گەیاندوون."
                    ),
                ),
            ),
        ],
    },
    {
        "key": "digital-security",
        "slug": T("digital-security", ar="الأمن-الرقمي", ckb="ئاسایشی-دیجیتاڵی"),
        "title": T("Digital security", ar="الأمن الرقمي", ckb="ئاسایشی دیجیتاڵی"),
        "intro": T(
            "Helping members protect their staff, partners and data as more of their work "
            "moves online.",
            ar=(
                "مساعدة الأعضاء على حماية موظفيهم وشركائهم وبياناتهم مع "
                "انتقال جزء متزايد من عملهم إلى الفضاء الإلكتروني."
            ),
            ckb=(
                "یارمەتیدانی ئەندامان بۆ پاراستنی کارمەندان، هاوبەشەکان و "
                "داتاکانیان، لە کاتێکدا بەشێکی زیاتری کارەکانیان دەگوازرێتەوە "
                "بۆ سەر ئینتەرنێت."
            ),
        ),
        "image_alt": T(
            "A laptop with a padlock symbol on the screen",
            ar="حاسوب محمول يظهر على شاشته رمز قفل",
            ckb="لاپتۆپێک کە هێمای قوفڵێک لەسەر شاشەکەیەتی",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "As programmes moved online, the community added a digital security "
                    "component to raise members' digital awareness and improve their practices.",
                    ar=(
                        "ومع انتقال البرامج إلى الفضاء الإلكتروني، أضاف المجتمع "
                        "مكوّناً للأمن الرقمي بهدف رفع الوعي الرقمي لدى الأعضاء "
                        "وتحسين ممارساتهم."
                    ),
                    ckb=(
                        "کاتێک بەرنامەکان گوازرانەوە بۆ سەر ئینتەرنێت، کۆمەڵگەکە "
                        "بەشێکی تایبەت بە ئاسایشی دیجیتاڵیی زیاد کرد بۆ بەرزکردنەوەی "
                        "هۆشیاریی دیجیتاڵیی ئەندامان و باشترکردنی شێوازی کارکردنیان."
                    ),
                ),
            ),
            (
                "paragraph",
                T(
                    "Webinars and training sessions cover safe communication, account "
                    "protection and the handling of sensitive information about beneficiaries.",
                    ar=(
                        "تتناول الندوات الإلكترونية والدورات التدريبية التواصل الآمن "
                        "وحماية الحسابات والتعامل مع المعلومات الحساسة المتعلقة "
                        "بالمستفيدين."
                    ),
                    ckb=(
                        "وێبینار و خولە ڕاهێنانییەکان باس لە پەیوەندیکردنی سەلامەت، "
                        "پاراستنی هەژمارەکان و مامەڵەکردن لەگەڵ زانیارییە "
                        "هەستیارەکانی پەیوەست بە سوودمەندان دەکەن."
                    ),
                ),
            ),
        ],
    },
]
