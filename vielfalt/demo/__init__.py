"""The Würselen demo: all demo data of all apps, for ``manage.py load_demo``, split by concept.

The Würselen values (forums, life phases, districts, …) are in ``wuerselen``;
the synthetic data of ``manage.py generate_data`` is made by ``generator``.

Each module holds its data as plain Python structures and a ``load(stdout)``
function that writes it with ``update_or_create`` on a natural key (slug,
e-mail, code), so that loading twice changes nothing and duplicates nothing.
Everything apart from the town and its coordination office is fictional.
"""


def upsert(model, lookups, values):
    """Update the first object that one of ``lookups`` finds, or create it.

    ``update_or_create`` with two refinements: a model with more than one
    natural key (a slug and a unique name, say) is searched by each in turn,
    so that a row a coordinator renamed is found instead of clashing; and an
    object is saved only when a value differs, and then only the fields that
    changed, so that loading the demo again writes nothing.
    ``values`` sets every field the demo owns, the keys included.
    """
    obj = None
    for lookup in lookups:
        obj = model.objects.filter(**lookup).first()
        if obj is not None:
            break
    if obj is None:
        obj = model(**values)
        obj.save()
        return obj
    changed = [field for field, value in values.items() if _differs(obj, field, value)]
    if changed:
        for field in changed:
            setattr(obj, field, values[field])
        touched = [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
        obj.save(update_fields=changed + touched)
    return obj


def _differs(obj, name, value):
    field = obj._meta.get_field(name)
    if field.many_to_one or field.one_to_one:
        # Compare ids, so that checking a foreign key costs no query.
        return getattr(obj, field.attname) != (value.pk if value is not None else None)
    return getattr(obj, name) != value
