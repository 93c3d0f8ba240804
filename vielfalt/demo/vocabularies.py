"""The shared vocabularies, with the Würselen values of DEMO_CONTRACT.md."""

from django.utils.translation import gettext as _

from vielfalt.demo.wuerselen import (
    CROSS_CUTTING_THEMES,
    DISTRICTS,
    LANGUAGES,
    LIFE_PHASES,
    TARGET_GROUPS,
    names,
)
from vielfalt.vocabularies.models import (
    CrossCuttingTheme,
    District,
    Language,
    LifePhase,
    TargetGroup,
)

from . import upsert


def load(stdout):
    for position, row in enumerate(LIFE_PHASES, start=1):
        slug, name, name_en, min_age, max_age, chain, text = row
        save_term(
            LifePhase,
            slug,
            name,
            name_en=name_en,
            position=position,
            min_age=min_age,
            max_age=max_age,
            in_prevention_chain=chain,
            description=text,
            **names(slug),
        )
    for position, (slug, name) in enumerate(DISTRICTS, start=1):
        save_term(District, slug, name, position=position)
    for model, rows in ((CrossCuttingTheme, CROSS_CUTTING_THEMES), (TargetGroup, TARGET_GROUPS)):
        for position, (slug, name, name_en, text) in enumerate(rows, start=1):
            save_term(
                model,
                slug,
                name,
                name_en=name_en,
                position=position,
                description=text,
                **names(slug),
            )
    for position, (code, name, name_en, native_name) in enumerate(LANGUAGES, start=1):
        upsert(
            Language,
            [{"code": code}, {"slug": code}, {"name": name}],
            {
                "code": code,
                "slug": code,
                "name": name,
                "name_en": name_en,
                "native_name": native_name,
                "position": position,
                **names(code),
            },
        )
    stdout.write(
        _(
            "Vokabulare: %(phases)d Lebensphasen, %(districts)d Stadtteile, "
            "%(themes)d Querschnittsthemen, %(groups)d Zielgruppen, %(languages)d Sprachen"
        )
        % {
            "phases": len(LIFE_PHASES),
            "districts": len(DISTRICTS),
            "themes": len(CROSS_CUTTING_THEMES),
            "groups": len(TARGET_GROUPS),
            "languages": len(LANGUAGES),
        }
    )


def save_term(model, slug, name, **fields):
    # Slug and name are both unique: find a renamed term by either.
    return upsert(model, [{"slug": slug}, {"name": name}], {"slug": slug, "name": name, **fields})
