"""What the extraction tests read off an article: a person's posts, the names, the meetings' people."""


def posts(article, name):
    """(role, country) of each post of the person named ``name``."""
    person = next(p for p in article.persons.values() if p.name == name)
    return [(p.role, p.country) for p in person.posts]


def names(article):
    return sorted(p.name for p in article.persons.values())


def participants(article):
    """The sorted participant keys of each meeting, in order."""
    return [sorted(m.participants) for m in article.meetings]


def meetings(article):
    """(kind, sorted participant keys) of each meeting, in order."""
    return [(m.kind, sorted(m.participants)) for m in article.meetings]
