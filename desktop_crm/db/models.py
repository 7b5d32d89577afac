"""peewee models over the tables that the migrations create (the migrations own the DDL)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from desktop_crm.db.connection import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Meta(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class Record(BaseModel):
    """Columns every record has: a stable UUIDv7, timestamps (UTC), a version, who, a tombstone."""

    id = AutoField()
    uuid = TextField(unique=True)
    created_at = TextField()
    updated_at = TextField()
    version = IntegerField(default=1)
    changed_by = IntegerField(null=True)  # associate id; a plain column to avoid a cycle
    deleted_at = TextField(null=True)


class ListItemModel(Record):
    name = TextField()
    description = TextField(default="")
    rank = IntegerField(default=0)
    hidden = BooleanField(default=False)


class Associate(ListItemModel):
    role = TextField(default="user")
    login = TextField(default="")
    password_hash = TextField(default="")


class CategoryGroup(ListItemModel):
    role = TextField(default="other")


class Category(ListItemModel):
    group = ForeignKeyField(CategoryGroup, null=True, column_name="group_id", backref="categories")
    lead_enabled = BooleanField(default=False)


class Business(ListItemModel):
    pass


class CompanyInterest(ListItemModel):
    pass


class PersonInterest(ListItemModel):
    pass


class SubscriptionType(ListItemModel):
    purpose = TextField(default="")
    legal_basis = TextField(default="consent")


class LeadStatus(ListItemModel):
    is_default = BooleanField(default=False)


class Company(Record):
    name = TextField()
    name_sort = TextField(default="")
    department = TextField(default="")
    category = ForeignKeyField(Category, null=True, column_name="category_id")
    business = ForeignKeyField(Business, null=True, column_name="business_id")
    kvk = TextField(default="")
    vat = TextField(default="")
    street = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    website = TextField(default="")
    employees = IntegerField(null=True)
    branches = IntegerField(null=True)
    our_contact = ForeignKeyField(Associate, null=True, column_name="our_contact_id")
    notes = TextField(default="")


class Person(Record):
    company = ForeignKeyField(Company, null=True, column_name="company_id", backref="persons")
    salutation = TextField(default="")
    first_name = TextField(default="")
    middle_name = TextField(default="")
    last_name = TextField(default="")
    sort_key = TextField(default="")
    position = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    mobile = TextField(default="")
    street = TextField(default="")  # the person's own address (migration 0004)
    postal_code = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    lead_status = ForeignKeyField(LeadStatus, null=True, column_name="lead_status_id")
    notes = TextField(default="")
    left_company = BooleanField(default=False)


class CompanyInterestLink(BaseModel):
    company = ForeignKeyField(Company, column_name="company_id", on_delete="CASCADE")
    interest = ForeignKeyField(CompanyInterest, column_name="interest_id")

    class Meta:
        primary_key = CompositeKey("company", "interest")


class PersonInterestLink(BaseModel):
    person = ForeignKeyField(Person, column_name="person_id", on_delete="CASCADE")
    interest = ForeignKeyField(PersonInterest, column_name="interest_id")

    class Meta:
        primary_key = CompositeKey("person", "interest")


class Subscription(BaseModel):
    person = ForeignKeyField(Person, column_name="person_id", on_delete="CASCADE")
    type = ForeignKeyField(SubscriptionType, column_name="type_id")
    state = TextField()
    changed_at = TextField()
    source = TextField(default="")
    legal_basis = TextField(default="consent")
    recorded_by = IntegerField(null=True)

    class Meta:
        primary_key = CompositeKey("person", "type")


class SubscriptionEvent(BaseModel):
    id = AutoField()
    uuid = TextField(unique=True)
    person = ForeignKeyField(Person, column_name="person_id", on_delete="CASCADE")
    type = ForeignKeyField(SubscriptionType, column_name="type_id")
    state = TextField()
    at = TextField()
    source = TextField(default="")
    legal_basis = TextField(default="consent")
    recorded_by = IntegerField(null=True)
    note = TextField(default="")


class Journal(BaseModel):
    seq = AutoField()
    hlc = TextField()
    tx = TextField()
    origin = TextField()
    record_kind = TextField()
    record_uuid = TextField()
    op = TextField()
    field = TextField(null=True)
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    at = TextField()
    associate_uuid = TextField(null=True)
    associate_name = TextField(default="")


LIST_MODELS: dict[str, type[ListItemModel]] = {
    "category_group": CategoryGroup,
    "category": Category,
    "business": Business,
    "company_interest": CompanyInterest,
    "person_interest": PersonInterest,
    "subscription_type": SubscriptionType,
    "lead_status": LeadStatus,
    "associate": Associate,
}

ALL_MODELS: tuple[type[BaseModel], ...] = (
    Meta, Associate, CategoryGroup, Category, Business, CompanyInterest, PersonInterest,
    SubscriptionType, LeadStatus, Company, Person, CompanyInterestLink, PersonInterestLink,
    Subscription, SubscriptionEvent, Journal,
)


class Selection(Record):
    """A saved selection (migration 0002): dynamic criteria, static members, or two combined."""

    name = TextField()
    description = TextField(default="")
    target = TextField()  # "company" | "person"
    kind = TextField()  # "dynamic" | "static" | "combined"
    criteria_json = TextField(default="")
    combine_op = TextField(null=True)  # "union" | "intersect" | "first_only" | "second_only"
    left_id = IntegerField(null=True)
    right_id = IntegerField(null=True)


class SelectionMember(BaseModel):
    selection_id = IntegerField()
    record_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("selection_id", "record_id")
