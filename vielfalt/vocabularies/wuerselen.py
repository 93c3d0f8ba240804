"""Würselen's values of the shared vocabularies, used by the demo and the data generator.

Another municipality configures its own in the back office; these are the
values of the first one, and a sensible start for a new installation.
"""

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
