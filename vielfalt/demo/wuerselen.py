"""Würselen's values: the forums and the shared vocabularies, spelled out only here.

Read by the demo (``load_demo``), the data generator, the benchmark and the tests.

Another municipality configures its own in the back office; these are the
values of the first one, and a sensible start for a new installation.
"""

# The town's postal address, shared by its organisations and places.
CITY = "Würselen"
POSTAL_CODE = "52146"

# slug, name, name_en, min_age, max_age, in_prevention_chain, description
LIFE_PHASES = [
    (
        "schwangerschaft",
        "Schwangerschaft und Geburt",
        "Pregnancy and birth",
        None,
        None,
        True,
        "Begleitung rund um Schwangerschaft, Geburt und die ersten Wochen mit dem Baby.",
    ),
    (
        "0-3",
        "0 bis 3 Jahre",
        "0 to 3 years",
        0,
        3,
        True,
        "Babys und Kleinkinder und ihre Eltern: frühe Hilfen, Krabbelgruppen, Kita.",
    ),
    (
        "3-6",
        "3 bis 6 Jahre",
        "3 to 6 years",
        3,
        6,
        True,
        "Kinder in der Kita und ihre Familien, bis zum Start in die Schule.",
    ),
    (
        "6-10",
        "6 bis 10 Jahre",
        "6 to 10 years",
        6,
        10,
        True,
        "Kinder in der Grundschule, in der Betreuung und in der Freizeit.",
    ),
    (
        "10-16",
        "10 bis 16 Jahre",
        "10 to 16 years",
        10,
        16,
        True,
        "Kinder und Jugendliche in der weiterführenden Schule und in der Freizeit.",
    ),
    (
        "16-27",
        "16 bis 27 Jahre (Übergang Schule–Beruf)",
        "16 to 27 years (from school to work)",
        16,
        27,
        True,
        "Junge Menschen auf dem Weg von der Schule in Ausbildung, Studium und Beruf.",
    ),
    (
        "erwachsene",
        "Erwachsene und Familien",
        "Adults and families",
        18,
        None,
        False,
        "Erwachsene, Eltern und Familien, zum Beispiel nach dem Ankommen in Würselen.",
    ),
    (
        "aeltere",
        "Ältere Menschen",
        "Older people",
        65,
        None,
        False,
        "Ältere Menschen, auch mit Einwanderungsgeschichte.",
    ),
]

DISTRICTS = [
    ("mitte", "Würselen-Mitte"),
    ("bardenberg", "Bardenberg"),
    ("broichweiden", "Broichweiden"),
    ("euchen", "Euchen"),
    ("linden-neusen", "Linden-Neusen"),
    ("morsbach", "Morsbach"),
    ("scherberg", "Scherberg"),
    ("pley", "Pley"),
    ("weiden", "Weiden"),
    ("bissen", "Bissen"),
]

# slug, name, name_en, description
CROSS_CUTTING_THEMES = [
    (
        "lebensphasen",
        "Lebensphasenspezifische Betrachtung",
        "Looking at each stage of life",
        "Jede Lebensphase braucht andere Hilfen. Die Foren fragen: Was brauchen "
        "Kinder, Jugendliche, Erwachsene und Ältere jeweils?",
    ),
    (
        "interkulturelle-oeffnung",
        "Interkulturelle Öffnung",
        "Intercultural opening",
        "Angebote und Einrichtungen sollen für alle Menschen offen sein, "
        "egal woher sie kommen und welche Sprache sie sprechen.",
    ),
    (
        "gleichstellung",
        "Gleichstellungsrelevante Aspekte",
        "Gender equality",
        "Frauen, Männer und Menschen jeden Geschlechts sollen die gleichen Chancen haben.",
    ),
]

# slug, name, name_en, description
TARGET_GROUPS = [
    ("kinder", "Kinder", "Children", ""),
    ("jugendliche", "Jugendliche", "Young people", ""),
    ("eltern", "Eltern", "Parents", ""),
    ("alleinerziehende", "Alleinerziehende", "Single parents", ""),
    (
        "gefluechtete",
        "Geflüchtete",
        "Refugees",
        "Menschen, die vor Krieg, Gewalt oder Verfolgung geflohen sind.",
    ),
    (
        "neuzugewanderte",
        "Neuzugewanderte",
        "Newcomers",
        "Menschen, die erst vor kurzer Zeit nach Deutschland gekommen sind.",
    ),
    (
        "menschen-mit-behinderung",
        "Menschen mit Behinderung",
        "People with disabilities",
        "",
    ),
    ("frauen-und-maedchen", "Frauen und Mädchen", "Women and girls", ""),
    (
        "fachkraefte",
        "Fachkräfte",
        "Professionals",
        "Menschen, die beruflich mit Kindern, Familien oder Zugewanderten arbeiten.",
    ),
]

# code (also the slug), name (German), name_en, native_name
LANGUAGES = [
    ("de", "Deutsch", "German", "Deutsch"),
    ("en", "Englisch", "English", "English"),
    ("ar", "Arabisch", "Arabic", "العربية"),
    ("tr", "Türkisch", "Turkish", "Türkçe"),
    ("uk", "Ukrainisch", "Ukrainian", "Українська"),
    ("ru", "Russisch", "Russian", "Русский"),
    ("fa", "Persisch", "Persian", "فارسی"),
    ("ku", "Kurdisch", "Kurdish", "Kurdî"),
    ("pl", "Polnisch", "Polish", "Polski"),
    ("ro", "Rumänisch", "Romanian", "Română"),
    ("bg", "Bulgarisch", "Bulgarian", "Български"),
    ("fr", "Französisch", "French", "Français"),
    ("es", "Spanisch", "Spanish", "Español"),
    ("ti", "Tigrinya", "Tigrinya", "ትግርኛ"),
    ("it", "Italienisch", "Italian", "Italiano"),
    ("sq", "Albanisch", "Albanian", "Shqip"),
]


# The forums of the seed page, in its order:
# slug, name, name_en, status (a Forum.Status value), description, description_en
FORUMS = [
    (
        "sprache-und-bildung",
        "Sprache und Bildung",
        "Language and education",
        "active",
        "Deutsch lernen, Mehrsprachigkeit und gute Bildung von der Kita bis zum Beruf. "
        "Hier treffen sich Kitas, Schulen, Sprachkursträger und Vereine.",
        "Learning German, growing up with several languages, and good education from "
        "daycare to work. Daycare centres, schools, language course providers and "
        "associations meet here.",
    ),
    (
        "sport-und-freizeit",
        "Sport und Freizeit",
        "Sport and leisure",
        "active",
        "Sport, Bewegung und Freizeit für alle: Vereine, Jugendtreffs und Schulen "
        "machen ihre Angebote bekannter und offener.",
        "Sports, exercise and leisure for everyone: clubs, youth centres and schools "
        "make their activities better known and more open.",
    ),
    (
        "gesundheit",
        "Gesundheit",
        "Health",
        "active",
        "Gesund aufwachsen und gesund bleiben: Hebammen, Ärztinnen und Ärzte, Frühe Hilfen "
        "und Beratungsstellen arbeiten zusammen.",
        "Growing up healthy and staying healthy: midwives, doctors, early support "
        "services and counselling centres work together.",
    ),
    (
        "sozialraum-und-wohnen",
        "Sozialraum und Wohnen",
        "Neighbourhood and housing",
        "active",
        "Gutes Zusammenleben in den Stadtteilen: Nachbarschaft, Treffpunkte, Wohnen und "
        "Hilfe im Alltag.",
        "Living together well in the districts: neighbourhood, meeting places, housing "
        "and help in everyday life.",
    ),
    (
        "rassismus-und-diskriminierung",
        "Rassismus und Diskriminierung",
        "Racism and discrimination",
        "active",
        "Rassismus und Diskriminierung erkennen, darüber sprechen und etwas dagegen tun. "
        "Mit Beratung, Fortbildung und Begegnung.",
        "Recognising racism and discrimination, talking about them and acting against "
        "them, with counselling, training and encounters.",
    ),
    (
        "arbeitsmarkt",
        "Arbeitsmarkt",
        "Labour market",
        "dormant",
        "Wege in Ausbildung und Arbeit, besonders für junge und neu zugewanderte Menschen. "
        "Das Forum ruht zurzeit und kann jederzeit wieder aufgegriffen werden.",
        "Ways into training and work, especially for young people and newcomers. The "
        "forum is dormant at the moment and can be taken up again at any time.",
    ),
    (
        "kultur-und-religion",
        "Kultur und Religion",
        "Culture and religion",
        "dormant",
        "Begegnung zwischen Kulturen und Religionen, Feste und gemeinsame Projekte. "
        "Das Forum ruht zurzeit und kann jederzeit wieder aufgegriffen werden.",
        "Encounters between cultures and religions, celebrations and joint projects. The "
        "forum is dormant at the moment and can be taken up again at any time.",
    ),
]

# Two-letter codes of the forums, for the short lists of the demo offerings and the generator.
FORUM_CODES = dict(
    zip(["SB", "SF", "GE", "SW", "RD", "AM", "KR"], [f[0] for f in FORUMS], strict=True)
)

# Reports: fields of the Präventionskette where a topic does not apply to a
# life phase (life phase, forum, reason), and the introduction of the
# Integrationskonzept draft (title, paragraphs).
CHAIN_CELLS_NOT_APPLYING = [
    ("schwangerschaft", "arbeitsmarkt", "Arbeitsmarkt ist Thema der Eltern, nicht der Kinder."),
    ("0-3", "arbeitsmarkt", "Arbeitsmarkt ist Thema der Eltern, nicht der Kinder."),
    ("3-6", "arbeitsmarkt", "Arbeitsmarkt ist Thema der Eltern, nicht der Kinder."),
    ("6-10", "arbeitsmarkt", "Berufsorientierung beginnt ab der Sekundarstufe."),
]
CONCEPT_INTRODUCTION = (
    "Integrationskonzept der Stadt Würselen (Entwurf)",
    "Würselen ist vielfältig: Menschen aus über hundert Nationen leben in der Stadt. "
    "Das Integrationskonzept beschreibt, wie Verwaltung, Träger, Vereine, Schulen, Kitas "
    "und Migrantenorganisationen die Integrationsarbeit der nächsten Jahre gemeinsam "
    "ausrichten.\n\n"
    "Der Entwurf ist aus der Arbeit der sieben Foren von #vielfaltgestalten entstanden: "
    "Sie haben erhoben, was es gibt, was fehlt und was sie sich vornehmen. Der Rat der "
    "Stadt berät den Entwurf; bis dahin ergänzen die Foren ihn laufend.",
)


# The names in the site's other languages (Turkish, Arabic, Ukrainian), by slug
# (a language's slug is its code): the vocabularies' and the forums' name_tr,
# name_ar and name_uk. Districts keep their German names.
NAMES = {
    # life phases
    "schwangerschaft": ("Hamilelik ve doğum", "الحمل والولادة", "Вагітність і пологи"),
    "0-3": ("0-3 yaş", "من 0 إلى 3 سنوات", "Від 0 до 3 років"),
    "3-6": ("3-6 yaş", "من 3 إلى 6 سنوات", "Від 3 до 6 років"),
    "6-10": ("6-10 yaş", "من 6 إلى 10 سنوات", "Від 6 до 10 років"),
    "10-16": ("10-16 yaş", "من 10 إلى 16 سنة", "Від 10 до 16 років"),
    "16-27": (
        "16-27 yaş (okuldan işe geçiş)",
        "من 16 إلى 27 سنة (الانتقال من المدرسة إلى العمل)",
        "Від 16 до 27 років (перехід від школи до роботи)",
    ),
    "erwachsene": ("Yetişkinler ve aileler", "البالغون والعائلات", "Дорослі та сім’ї"),
    "aeltere": ("Yaşlılar", "كبار السن", "Люди похилого віку"),
    # target groups
    "kinder": ("Çocuklar", "الأطفال", "Діти"),
    "jugendliche": ("Gençler", "الشباب", "Молодь"),
    "eltern": ("Ebeveynler", "الآباء والأمهات", "Батьки"),
    "alleinerziehende": ("Yalnız ebeveynler", "الآباء والأمهات المنفردون", "Одинокі батьки"),
    "gefluechtete": ("Mülteciler", "اللاجئون", "Біженці"),
    "neuzugewanderte": ("Yeni gelenler", "القادمون الجدد", "Новоприбулі"),
    "menschen-mit-behinderung": ("Engelli bireyler", "الأشخاص ذوو الإعاقة", "Люди з інвалідністю"),
    "frauen-und-maedchen": ("Kadınlar ve kız çocukları", "النساء والفتيات", "Жінки та дівчата"),
    "fachkraefte": ("Uzmanlar", "المختصون", "Фахівці"),
    # cross-cutting themes
    "lebensphasen": (
        "Yaşam evrelerine özgü bakış",
        "النظر إلى كل مرحلة من مراحل الحياة",
        "Погляд на кожен етап життя",
    ),
    "interkulturelle-oeffnung": (
        "Kültürlerarası açılım",
        "الانفتاح بين الثقافات",
        "Міжкультурна відкритість",
    ),
    "gleichstellung": ("Toplumsal cinsiyet eşitliği", "المساواة بين الجنسين", "Гендерна рівність"),
    # languages
    "de": ("Almanca", "الألمانية", "Німецька"),
    "en": ("İngilizce", "الإنجليزية", "Англійська"),
    "ar": ("Arapça", "العربية", "Арабська"),
    "tr": ("Türkçe", "التركية", "Турецька"),
    "uk": ("Ukraynaca", "الأوكرانية", "Українська"),
    "ru": ("Rusça", "الروسية", "Російська"),
    "fa": ("Farsça", "الفارسية", "Перська"),
    "ku": ("Kürtçe", "الكردية", "Курдська"),
    "pl": ("Lehçe", "البولندية", "Польська"),
    "ro": ("Rumence", "الرومانية", "Румунська"),
    "bg": ("Bulgarca", "البلغارية", "Болгарська"),
    "fr": ("Fransızca", "الفرنسية", "Французька"),
    "es": ("İspanyolca", "الإسبانية", "Іспанська"),
    "ti": ("Tigrinya dili", "التغرينية", "Тигринья"),
    "it": ("İtalyanca", "الإيطالية", "Італійська"),
    "sq": ("Arnavutça", "الألبانية", "Албанська"),
    # forums
    "sprache-und-bildung": ("Dil ve eğitim", "اللغة والتعليم", "Мова та освіта"),
    "sport-und-freizeit": ("Spor ve boş zaman", "الرياضة وأوقات الفراغ", "Спорт і дозвілля"),
    "gesundheit": ("Sağlık", "الصحة", "Здоров’я"),
    "sozialraum-und-wohnen": ("Mahalle ve konut", "الحي والسكن", "Громада та житло"),
    "rassismus-und-diskriminierung": (
        "Irkçılık ve ayrımcılık",
        "العنصرية والتمييز",
        "Расизм і дискримінація",
    ),
    "arbeitsmarkt": ("İş piyasası", "سوق العمل", "Ринок праці"),
    "kultur-und-religion": ("Kültür ve din", "الثقافة والدين", "Культура і релігія"),
}


def names(slug):
    """``name_tr``, ``name_ar`` and ``name_uk`` of the term or forum ``slug`` (none: {})."""
    if slug not in NAMES:
        return {}
    return dict(zip(("name_tr", "name_ar", "name_uk"), NAMES[slug], strict=True))
