"""Synthetic, realistic German data for load tests and the finder benchmark.

Everything made here is marked so that ``clear()`` removes exactly this and
nothing else: organisations by the slug prefix ``gen-``, locations and
offerings by the external_id prefix ``gen-``.

Used by ``manage.py generate_data`` and ``bench/finder.py``.
"""

import itertools
import os
import random
import secrets
import time
from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from django.db import connection, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify

from vielfalt.demo.wuerselen import (
    CITY,
    CROSS_CUTTING_THEMES,
    DISTRICTS,
    FORUMS,
    LANGUAGES,
    LIFE_PHASES,
    POSTAL_CODE,
    TARGET_GROUPS,
)
from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import (
    CrossCuttingTheme,
    District,
    Language,
    LifePhase,
    TargetGroup,
    Vocabulary,
)

from .bulk import delete_in_bulk, insert_rows, refresh_in_parallel, through_bulk, update_statistics
from .kinds import KINDS, KINDS_BY_PROVIDER
from .words import (
    ACCESSIBILITY,
    CENTRE,
    DAYS,
    DAYS_SINGULAR,
    DETAIL_SENTENCES,
    ELIGIBILITY,
    FEES,
    FIRST_NAMES,
    GENERAL_SENTENCES,
    LAST_NAMES,
    ORGANISATION_KINDS,
    STREETS,
    TIMES,
    organisation_name,
)


@transaction.atomic
def ensure_vocabularies() -> None:
    """Fill every EMPTY vocabulary table (and the forums) with the Würselen values.

    Tables that already hold entries are left as they are: a municipality's own
    configuration wins.
    """
    if not LifePhase.objects.exists():
        LifePhase.objects.bulk_create(
            LifePhase(
                slug=slug,
                name=name,
                name_en=name_en,
                min_age=min_age,
                max_age=max_age,
                in_prevention_chain=chain,
                description=text,
                position=position,
            )
            for position, (slug, name, name_en, min_age, max_age, chain, text) in enumerate(
                LIFE_PHASES, 1
            )
        )
    if not District.objects.exists():
        District.objects.bulk_create(
            District(slug=slug, name=name, position=position)
            for position, (slug, name) in enumerate(DISTRICTS, 1)
        )
    vocabularies: tuple[tuple[type[Vocabulary], Sequence[tuple[str, str, str, str]]], ...] = (
        (CrossCuttingTheme, CROSS_CUTTING_THEMES),
        (TargetGroup, TARGET_GROUPS),
    )
    for model, rows in vocabularies:
        if not model._default_manager.exists():
            model._default_manager.bulk_create(
                model(slug=slug, name=name, name_en=name_en, description=text, position=position)
                for position, (slug, name, name_en, text) in enumerate(rows, 1)
            )
    if not Language.objects.exists():
        Language.objects.bulk_create(
            Language(
                slug=code,
                code=code,
                name=name,
                name_en=name_en,
                native_name=native,
                position=position,
            )
            for position, (code, name, name_en, native) in enumerate(LANGUAGES, 1)
        )
    if not Forum.objects.exists():
        Forum.objects.bulk_create(
            Forum(slug=slug, name=name, status=status, position=position)
            for position, (slug, name, _name_en, status, *_texts) in enumerate(FORUMS, 1)
        )


PREFIX = "gen-"

T = TypeVar("T")


class Writer(Protocol):
    """Where ``generate`` reports its steps: a command's ``self.stdout``, say."""

    def write(self, text: str, /) -> object: ...


# --- Generation -------------------------------------------------------------


def _ids(model: type[Model]) -> dict[str, int]:
    return dict(model._default_manager.values_list("slug", "id"))


def _pick(rng: random.Random, slugs: Iterable[str], ids: dict[str, int]) -> list[int]:
    """The ids of ``slugs`` that exist here, or one random id when none do."""
    found = [ids[slug] for slug in slugs if slug in ids]
    return found or ([rng.choice(list(ids.values()))] if ids else [])


def _sample(rng: random.Random, items: Sequence[T], low: int = 1) -> list[T]:
    if not items:
        return []
    return rng.sample(items, rng.randint(min(low, len(items)), len(items)))


def schedule_text(rng: random.Random) -> str:
    time = rng.choice(TIMES)
    match rng.randrange(7):
        case 0 | 1 | 2:
            return f"{rng.choice(DAYS)} {time}"
        case 3:
            first, second = sorted(rng.sample(range(5), 2))
            return f"{DAYS[first]} und {DAYS[second]} {time}"
        case 4:
            return f"jeden ersten {rng.choice(DAYS_SINGULAR)} im Monat, {time}"
        case 5:
            return "nach Vereinbarung"
        case _:
            return f"Kurs mit {rng.choice([6, 8, 10, 12])} Terminen, {rng.choice(DAYS)} {time}"


def description_text(rng: random.Random, short: str, district_name: str) -> str:
    """From empty to several paragraphs, so that search sees realistic lengths."""
    size = rng.random()
    if size < 0.1:
        return ""
    first = [short, *rng.sample(GENERAL_SENTENCES, rng.randint(1, 3))]
    if district_name and rng.random() < 0.5:
        first.append(f"Das Angebot findet in {district_name} statt.")
    paragraphs = [" ".join(first)]
    extra = 0 if size < 0.5 else rng.randint(1, 2) if size < 0.85 else rng.randint(3, 6)
    for _ in range(extra):
        pool = DETAIL_SENTENCES + GENERAL_SENTENCES
        paragraphs.append(" ".join(rng.sample(pool, rng.randint(2, 5))))
    return "\n\n".join(paragraphs)


def generate(
    offerings: int,
    organisations: int,
    seed: int | None = None,
    batch_size: int = 2000,
    stdout: Writer | None = None,
) -> dict[str, Any]:
    """Create ``organisations`` organisations and ``offerings`` offerings, marked "gen-".

    Returns a dict with the counts and the seconds each step took.
    """
    from vielfalt.network.models import Organisation
    from vielfalt.offerings.models import Location, Offering
    from vielfalt.offerings.search import refresh_search_index

    if organisations < 1 and offerings > 0:
        raise ValueError("Offerings need at least one organisation.")
    rng = random.Random(seed)
    run = secrets.token_hex(3)  # keeps external ids unique over several runs
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[step] = now - started
        started = now
        if stdout:
            stdout.write(f"  {step}: {timings[step]:.1f} s")

    ensure_vocabularies()
    phase_ids, district_ids = _ids(LifePhase), _ids(District)
    forum_ids, target_ids, language_ids = _ids(Forum), _ids(TargetGroup), _ids(Language)
    district_names: dict[int | None, str] = dict(District.objects.values_list("id", "name"))
    names_for_org = list(district_names.values())
    today = timezone.localdate()
    lap("vocabularies")

    # On PostgreSQL, outside a caller's transaction, the search index (the
    # slowest step, all in the database) is built after the commit in one
    # thread per core. Inside a transaction (tests, callers) it runs inline.
    workers = min(4, os.cpu_count() or 1)
    parallel = connection.vendor == "postgresql" and not connection.in_atomic_block and workers > 1
    offering_ids: list[int] = []
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # The search-index UPDATEs look expensive to the planner, which
            # then spends more time JIT-compiling each batch than running it.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        orgs: list[Organisation] = []
        for number in range(organisations):
            org_kind = rng.choice(ORGANISATION_KINDS)
            name = organisation_name(rng, org_kind, names_for_org)
            orgs.append(
                Organisation(
                    name=name,
                    slug=f"{PREFIX}{run}-{number}-{slugify(name)}"[:200],
                    kind=org_kind,
                    street=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                    postal_code=POSTAL_CODE,
                    city=CITY,
                    email=f"kontakt{number}@{run}.example.org",
                    phone=f"02405 {rng.randint(1000, 99999)}",
                    description=rng.choice(GENERAL_SENTENCES + [""]),
                )
            )
        Organisation.objects.bulk_create(orgs, batch_size=batch_size)
        district_list = list(district_ids.values())
        org_district_pairs: list[tuple[int, int]] = []
        locations: list[Location] = []
        for org in orgs:
            own = rng.sample(district_list, min(len(district_list), rng.choice([1, 1, 1, 2])))
            org_district_pairs += [(org.id, d) for d in own]
            for number in range(rng.choice([1, 1, 2, 3])):
                district = rng.choice(own) if own else None
                locations.append(
                    Location(
                        name=org.name if number == 0 else f"{org.name}, Außenstelle {number}",
                        organisation_id=org.id,
                        street=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                        postal_code=POSTAL_CODE,
                        city=CITY,
                        district_id=district,
                        latitude=Decimal(f"{CENTRE[0] + rng.uniform(-0.03, 0.03):.6f}"),
                        longitude=Decimal(f"{CENTRE[1] + rng.uniform(-0.04, 0.04):.6f}"),
                        external_id=f"{PREFIX}{run}-loc-{len(locations)}",
                    )
                )
        through_bulk(Organisation._meta.get_field("districts"), org_district_pairs, batch_size)
        Location.objects.bulk_create(locations, batch_size=batch_size)
        locations_of: dict[int | None, list[Location]] = {}
        for location in locations:
            locations_of.setdefault(location.organisation_id, []).append(location)
        lap(f"{len(orgs)} organisations, {len(locations)} locations")

        fields = {name: Offering._meta.get_field(name) for name in
                  ("locations", "life_phases", "forums", "target_groups", "languages")}  # fmt: skip
        german = language_ids.get("de")
        spent = {"build": 0.0, "insert": 0.0, "links": 0.0, "search index": 0.0}
        made = 0
        for start in range(0, offerings, batch_size):
            ticks = [time.perf_counter()]
            batch: list[Offering] = []
            links: list[dict[str, list[int]]] = []
            for number in range(start, min(offerings, start + batch_size)):
                org = rng.choice(orgs)
                kind = rng.choice(KINDS_BY_PROVIDER.get(org.kind) or KINDS)
                variant = rng.choice(kind.variants)
                place = rng.choice(locations_of[org.id])
                district_name = district_names.get(place.district_id, "")
                name = f"{kind.name} {variant}".strip()
                if district_name and rng.random() < 0.2:
                    name = f"{name} in {district_name}"
                short = rng.choice(kind.shorts)
                costs = rng.random() < kind.fee
                state = rng.random()
                contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                batch.append(
                    Offering(
                        name=name,
                        short_description=short,
                        description=description_text(rng, short, district_name),
                        organisation_id=org.id,
                        contact_name=contact if rng.random() < 0.8 else "",
                        contact_email=f"{slugify(contact)}@example.org",
                        contact_phone=f"02405 {rng.randint(1000, 99999)}",
                        url=f"https://example.org/{run}/{number}" if rng.random() < 0.3 else "",
                        is_free=not costs,
                        fee=rng.choice(FEES).format(n=rng.randint(2, 90), k=rng.choice([5, 8, 10]))
                        if costs
                        else "",
                        eligibility=rng.choice(ELIGIBILITY),
                        schedule=schedule_text(rng),
                        accessibility=rng.choice(ACCESSIBILITY),
                        status="active" if state < 0.88 else "paused" if state < 0.96 else "ended",
                        last_confirmed=today - timedelta(days=int(rng.triangular(0, 700, 60))),
                        is_public=rng.random() < 0.97,
                        external_id=f"{PREFIX}{run}-{number}",
                    )
                )
                places = [place.id]
                if len(locations_of[org.id]) > 1 and rng.random() < 0.15:
                    places = list({loc.id for loc in locations_of[org.id][:2]})
                languages = [german] if german else []
                if kind.langs and rng.random() < 0.35:
                    languages += _pick(
                        rng,
                        rng.sample(kind.langs, rng.randint(1, min(2, len(kind.langs)))),
                        language_ids,
                    )
                links.append(
                    {
                        "locations": places,
                        "life_phases": _pick(rng, _sample(rng, kind.phases), phase_ids),
                        "forums": _pick(rng, _sample(rng, kind.forums), forum_ids),
                        "target_groups": _pick(rng, _sample(rng, kind.targets, 0), target_ids)
                        if kind.targets
                        else [],
                        "languages": languages or _pick(rng, [], language_ids),
                    }
                )
            ticks.append(time.perf_counter())
            insert_rows(Offering, batch, batch_size)
            ticks.append(time.perf_counter())
            for name, field in fields.items():
                pairs = [
                    (offering.id, target)
                    for offering, link in zip(batch, links, strict=True)
                    for target in set(link[name])
                ]
                through_bulk(field, pairs, batch_size * 3)
            ticks.append(time.perf_counter())
            if parallel:
                offering_ids += [offering.id for offering in batch]
            else:
                refresh_search_index([offering.id for offering in batch])
            ticks.append(time.perf_counter())
            for step, (begin, end) in zip(spent, itertools.pairwise(ticks), strict=True):
                spent[step] += end - begin
            made += len(batch)
        lap(f"{made} offerings ({', '.join(f'{k} {v:.1f} s' for k, v in spent.items())})")
    if parallel:
        refresh_in_parallel(refresh_search_index, offering_ids, workers)
        lap(f"search index in {workers} threads")
    update_statistics(Offering, Location, Organisation, vacuum=not connection.in_atomic_block)
    lap("statistics")
    timings["total"] = sum(timings.values())
    return {"organisations": len(orgs), "locations": len(locations), "offerings": made,
            "timings": timings}  # fmt: skip


def clear() -> dict[str, int]:
    """Remove everything that ``generate`` made, and nothing else.

    Returns the number of offerings, locations and organisations removed.
    """
    from vielfalt.network.models import Organisation
    from vielfalt.offerings.facets import invalidate
    from vielfalt.offerings.models import Location, Offering

    with transaction.atomic():
        counts = {
            "offerings": delete_in_bulk(Offering.objects.filter(external_id__startswith=PREFIX)),
            "locations": delete_in_bulk(Location.objects.filter(external_id__startswith=PREFIX)),
            "organisations": Organisation.objects.filter(slug__startswith=PREFIX)
            .delete()[1]
            .get(Organisation._meta.label, 0),
        }
        invalidate()  # the bulk deletes sent no signals
    return counts
