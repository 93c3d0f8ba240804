"""The network map: organisations and forums (and, for coordinators, people) as
a graph, laid out on the server with networkx and drawn as SVG.

An organisation takes part in a forum when one of its people is a member.
Partners are the other organisations met in a forum; an organisation that
takes part in two forums or more bridges them; one in none is isolated.

Spring layouts grow with the square of the nodes; from ``AGGREGATE_FROM``
nodes on, organisations with the same forums are laid out as one node and
then set around it in a small circle, so 2,000 organisations take well under
a second.
"""

import math
from dataclasses import dataclass, field

import networkx as nx
from django.db.models import Exists, OuterRef

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation

SEED = 20240516
WIDTH, HEIGHT, MARGIN_X, MARGIN_Y = 1000, 700, 110, 40
# Organisations in no forum stand in a row along the bottom.
ISOLATED_BAND = 50
AGGREGATE_FROM = 400


@dataclass
class OrganisationNode:
    organisation: Organisation
    forums: list = field(default_factory=list)
    partners: int = 0
    people: list = field(default_factory=list)
    x: float = 0.0
    y: float = 0.0

    @property
    def is_isolated(self) -> bool:
        return not self.forums

    @property
    def is_bridge(self) -> bool:
        return len(self.forums) >= 2


@dataclass
class NetworkMap:
    organisations: list
    forums: list
    forum_positions: dict
    edges: list
    people: list
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def isolated(self) -> list:
        return [node for node in self.organisations if node.is_isolated]

    @property
    def bridges(self) -> list:
        return [node for node in self.organisations if node.is_bridge]


def build_map(*, forum=None, kind="", district=None, public_only=True, with_people=False):
    forums = list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))
    organisations = Organisation.objects.order_by("name", "pk")
    if public_only:
        organisations = organisations.filter(is_public=True)
    if kind:
        organisations = organisations.filter(kind=kind)
    if district is not None:
        organisations = organisations.filter(districts=district)
    memberships = ForumMembership.objects.filter(forum__in=forums).values_list(
        "forum_id", "person__organisation_id", "person_id", "person__name"
    )
    if forum is not None:
        in_forum = ForumMembership.objects.filter(forum=forum, person__organisation=OuterRef("pk"))
        organisations = organisations.filter(Exists(in_forum))
    nodes = {org.pk: OrganisationNode(org) for org in organisations}
    forums_by_pk = {f.pk: f for f in forums}
    members: dict[int, set] = {f.pk: set() for f in forums}
    people: dict[int, dict] = {}
    for forum_id, organisation_id, person_id, person_name in memberships:
        if organisation_id in nodes:
            members[forum_id].add(organisation_id)
        if with_people and (organisation_id in nodes or organisation_id is None):
            person = people.setdefault(
                person_id,
                {
                    "pk": person_id,
                    "name": person_name,
                    "organisation": organisation_id,
                    "forums": [],
                },
            )
            person["forums"].append(forums_by_pk[forum_id])
    for forum_id, organisation_ids in members.items():
        for organisation_id in organisation_ids:
            nodes[organisation_id].forums.append(forums_by_pk[forum_id])
    for node in nodes.values():
        node.forums.sort(key=lambda f: (f.position, f.name))
        if node.forums:
            node.partners = len(set().union(*(members[f.pk] for f in node.forums))) - 1
    shown_forums = [f for f in forums if members[f.pk] or f == forum]
    person_list = sorted(people.values(), key=lambda p: (p["name"], p["pk"]))
    forum_positions, person_positions = _layout(list(nodes.values()), shown_forums, person_list)
    for person in person_list:
        person["x"], person["y"] = person_positions[person["pk"]]
    edges = [
        (node.x, node.y, *forum_positions[f.pk]) for node in nodes.values() for f in node.forums
    ]
    for person in person_list:
        edges += [(person["x"], person["y"], *forum_positions[f.pk]) for f in person["forums"]]
    return NetworkMap(
        organisations=list(nodes.values()),
        forums=[(f, *forum_positions[f.pk]) for f in shown_forums],
        forum_positions=forum_positions,
        edges=edges,
        people=person_list,
    )


def _layout(nodes, forums, people):
    isolated = [node for node in nodes if node.is_isolated]
    nodes = [node for node in nodes if not node.is_isolated]
    for i, node in enumerate(isolated):
        node.x = round(MARGIN_X / 2 + (i + 0.5) * (WIDTH - MARGIN_X) / len(isolated), 1)
        node.y = float(HEIGHT - ISOLATED_BAND / 2)
    bottom = ISOLATED_BAND if isolated else 0
    graph = nx.Graph()
    graph.add_nodes_from(("f", f.pk) for f in forums)
    aggregate = len(nodes) + len(people) >= AGGREGATE_FROM
    groups: dict[tuple, list] = {}
    for node in nodes:
        key = tuple(f.pk for f in node.forums)
        groups.setdefault(key, []).append(node)
    if aggregate:
        for key in groups:
            graph.add_node(("g", key))
            graph.add_edges_from((("g", key), ("f", pk)) for pk in key)
    else:
        for node in nodes:
            graph.add_node(("o", node.organisation.pk))
            graph.add_edges_from((("o", node.organisation.pk), ("f", f.pk)) for f in node.forums)
    person_groups: dict[tuple, list] = {}
    for person in people:
        key = tuple(sorted({f.pk for f in person["forums"]}))
        person_groups.setdefault(key, []).append(person)
    if aggregate:
        for key in person_groups:
            graph.add_node(("q", key))
            graph.add_edges_from((("q", key), ("f", pk)) for pk in key)
    else:
        for person in people:
            graph.add_node(("p", person["pk"]))
            graph.add_edges_from((("p", person["pk"]), ("f", f.pk)) for f in person["forums"])
    if len(graph) == 0:
        return {}, {}
    raw = nx.spring_layout(graph, seed=SEED, method="force")
    pos = _scaled(raw, bottom)
    person_positions = {}
    if aggregate:
        for key, members in groups.items():
            for node, (x, y) in zip(
                members, _around(pos[("g", key)], len(members), bottom), strict=True
            ):
                node.x, node.y = x, y
        for key, persons in person_groups.items():
            for person, xy in zip(
                persons, _around(pos[("q", key)], len(persons), bottom), strict=True
            ):
                person_positions[person["pk"]] = xy
    else:
        for node in nodes:
            node.x, node.y = pos[("o", node.organisation.pk)]
        person_positions = {p["pk"]: pos[("p", p["pk"])] for p in people}
    forum_positions = {f.pk: pos[("f", f.pk)] for f in forums}
    return forum_positions, person_positions


def _around(centre, count: int, bottom: int) -> list[tuple[float, float]]:
    """``count`` points in a small disc around ``centre`` (a sunflower pattern)."""
    cx, cy = centre
    radius = min(60.0, 4.0 + 3.2 * math.sqrt(count))
    golden = math.pi * (3 - math.sqrt(5))
    return [
        (
            _clip(cx + radius * math.sqrt((i + 1) / count) * math.cos(i * golden), WIDTH),
            _clip(cy + radius * math.sqrt((i + 1) / count) * math.sin(i * golden), HEIGHT - bottom),
        )
        for i in range(count)
    ]


def _scaled(raw, bottom):
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {
        key: (
            round(MARGIN_X + (float(p[0]) - min(xs)) / span_x * (WIDTH - 2 * MARGIN_X), 1),
            round(
                MARGIN_Y + (float(p[1]) - min(ys)) / span_y * (HEIGHT - 2 * MARGIN_Y - bottom), 1
            ),
        )
        for key, p in raw.items()
    }


def _clip(value: float, limit: int) -> float:
    return round(min(max(value, 4.0), limit - 4.0), 1)
