"""Companies and persons: rows to domain objects and back, with optimistic versioning."""

from __future__ import annotations

from desktop_crm.db.models import (
    Company,
    CompanyInterestLink,
    Person,
    PersonInterestLink,
    Record,
)
from desktop_crm.domain import entities as e

MODELS: dict[str, type[Record]] = {"company": Company, "person": Person}
_FK = {"category_id", "business_id", "our_contact_id", "company_id", "lead_status_id"}


def _columns(cls: type) -> list[str]:
    return e.column_fields(cls)


def company_from_row(row: Company, interest_ids: frozenset[int]) -> e.Company:
    values = {name: getattr(row, name) for name in _columns(e.Company)}
    return e.Company(id=row.id, uuid=row.uuid, version=row.version, interest_ids=interest_ids, **values)


def person_from_row(row: Person, interest_ids: frozenset[int]) -> e.Person:
    values = {name: getattr(row, name) for name in _columns(e.Person)}
    values["left_company"] = bool(values["left_company"])
    return e.Person(id=row.id, uuid=row.uuid, version=row.version, interest_ids=interest_ids, **values)


def get_company(company_id: int, include_deleted: bool = False) -> e.Company | None:
    query = Company.select().where(Company.id == company_id)
    if not include_deleted:
        query = query.where(Company.deleted_at.is_null())
    row = query.first()
    return company_from_row(row, company_interests(company_id)) if row else None


def get_person(person_id: int, include_deleted: bool = False) -> e.Person | None:
    query = Person.select().where(Person.id == person_id)
    if not include_deleted:
        query = query.where(Person.deleted_at.is_null())
    row = query.first()
    return person_from_row(row, person_interests(person_id)) if row else None


def company_interests(company_id: int) -> frozenset[int]:
    q = CompanyInterestLink.select(CompanyInterestLink.interest).where(CompanyInterestLink.company == company_id)
    return frozenset(r[0] for r in q.tuples())


def person_interests(person_id: int) -> frozenset[int]:
    q = PersonInterestLink.select(PersonInterestLink.interest).where(PersonInterestLink.person == person_id)
    return frozenset(r[0] for r in q.tuples())


def set_company_interests(company_id: int, old: frozenset[int], new: frozenset[int]) -> None:
    if old - new:
        CompanyInterestLink.delete().where(CompanyInterestLink.company == company_id,
                                           CompanyInterestLink.interest.in_(sorted(old - new))).execute()
    if new - old:
        CompanyInterestLink.insert_many([(company_id, i) for i in sorted(new - old)],
                                        fields=[CompanyInterestLink.company, CompanyInterestLink.interest]).execute()


def set_person_interests(person_id: int, old: frozenset[int], new: frozenset[int]) -> None:
    if old - new:
        PersonInterestLink.delete().where(PersonInterestLink.person == person_id,
                                          PersonInterestLink.interest.in_(sorted(old - new))).execute()
    if new - old:
        PersonInterestLink.insert_many([(person_id, i) for i in sorted(new - old)],
                                       fields=[PersonInterestLink.person, PersonInterestLink.interest]).execute()


def insert(kind: str, values: dict[str, object], *, uuid: str, at: str, actor_id: int | None) -> int:
    model = MODELS[kind]
    row = dict(values, uuid=uuid, created_at=at, updated_at=at, version=1, changed_by=actor_id)
    return model.insert(**_db_names(model, row)).execute()


def update(kind: str, record_id: int, values: dict[str, object], *, expected_version: int, at: str,
           actor_id: int | None) -> bool:
    """Write ``values`` if the row still has ``expected_version``; False when someone saved it since."""
    model = MODELS[kind]
    row = dict(values, updated_at=at, version=expected_version + 1, changed_by=actor_id)
    count = (model.update(**_db_names(model, row))
             .where(model.id == record_id, model.version == expected_version).execute())
    return count == 1


def set_deleted(kind: str, ids: list[int], deleted_at: str | None, at: str, actor_id: int | None) -> int:
    model = MODELS[kind]
    return (model.update(deleted_at=deleted_at, updated_at=at, version=model.version + 1, changed_by=actor_id)
            .where(model.id.in_(ids)).execute())


def uuid_of(kind: str, record_id: int | None) -> str | None:
    if record_id is None:
        return None
    model = MODELS[kind]
    row = model.select(model.uuid).where(model.id == record_id).tuples().first()
    return row[0] if row else None


def id_of(kind: str, record_uuid: str) -> int | None:
    model = MODELS[kind]
    row = model.select(model.id).where(model.uuid == record_uuid).tuples().first()
    return row[0] if row else None


def persons_of_company(company_id: int, include_deleted: bool = False) -> list[tuple[int, str, int | None]]:
    """(id, uuid, lead_status_id) of the company's persons."""
    q = Person.select(Person.id, Person.uuid, Person.lead_status).where(Person.company == company_id)
    if not include_deleted:
        q = q.where(Person.deleted_at.is_null())
    return list(q.tuples())


def set_lead_status(person_ids: list[int], status_id: int | None, at: str, actor_id: int | None) -> None:
    (Person.update(lead_status=status_id, updated_at=at, version=Person.version + 1, changed_by=actor_id)
     .where(Person.id.in_(person_ids)).execute())


def _db_names(model: type[Record], row: dict[str, object]) -> dict[str, object]:
    """Domain names ("category_id") to peewee field names ("category")."""
    out = {}
    for name, value in row.items():
        if name in _FK:
            out[name[:-3]] = value
        else:
            out[name] = value
    return out


def fk_fields() -> frozenset[str]:
    return frozenset(_FK)


