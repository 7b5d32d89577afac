"""The lists a new database starts with (seeds 001 and 002), in Dutch and English.

English names follow SuperOffice's English documentation.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.entities import GroupRole

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True)
class DefaultGroup:
    key: str
    name: Text
    role: GroupRole


@dataclass(frozen=True)
class DefaultCategory:
    key: str
    name: Text
    group: str
    lead_enabled: bool


@dataclass(frozen=True)
class DefaultLeadStatus:
    key: str
    name: Text
    description: Text
    is_default: bool = False


CATEGORY_GROUPS: tuple[DefaultGroup, ...] = (
    DefaultGroup("prospect", Text("Potentiële klant", "Potential customer"), GroupRole.PROSPECT),
    DefaultGroup("customer", Text("Klant", "Customer"), GroupRole.CUSTOMER),
    DefaultGroup("supplier", Text("Leverancier", "Supplier"), GroupRole.OTHER),
    DefaultGroup("partner", Text("Partner", "Partner"), GroupRole.OTHER),
    DefaultGroup("other", Text("Overig", "Other"), GroupRole.OTHER),
)

CATEGORIES: tuple[DefaultCategory, ...] = (
    DefaultCategory("lead", Text("Lead", "Lead"), "prospect", True),
    DefaultCategory("mql", Text("Marketinggekwalificeerde lead", "Marketing qualified lead"), "prospect", True),
    DefaultCategory("opportunity", Text("Kans", "Opportunity"), "prospect", True),
    DefaultCategory("lost", Text("Verloren kans", "Lost opportunity"), "prospect", True),
    DefaultCategory("customer", Text("Klant", "Customer"), "customer", False),
    DefaultCategory("supplier", Text("Leverancier", "Supplier"), "supplier", False),
    DefaultCategory("partner", Text("Partner", "Partner"), "partner", False),
)

# Descriptions from seed 002 ("De leadstatus bijwerken"); Open is where every new lead starts.
LEAD_STATUSES: tuple[DefaultLeadStatus, ...] = (
    DefaultLeadStatus("open", Text("Open", "Open"),
                      Text("Nieuwe lead: nog niet opgevolgd.", "New lead: not followed up yet."), True),
    DefaultLeadStatus("contacting", Text("Contact opnemen", "Contacting"),
                      Text("U probeert de lead te bereiken.", "You are trying to reach the lead.")),
    DefaultLeadStatus("qualified", Text("Gekwalificeerd", "Qualified"),
                      Text("De lead past goed en toont interesse.", "The lead is a good fit and shows interest.")),
    DefaultLeadStatus("disqualified", Text("Gediskwalificeerd", "Disqualified"),
                      Text("De lead is niet relevant.", "The lead is not relevant.")),
    DefaultLeadStatus("renurture", Text("Opnieuw benaderen", "Re-nurture"),
                      Text("Later opnieuw opvolgen.", "Follow up again later.")),
)

# A starting Business (Branche) list; the first-run wizard lets the administrator edit it.
BUSINESSES: tuple[Text, ...] = (
    Text("Bouw en installatie", "Construction and installation"),
    Text("Detailhandel", "Retail"),
    Text("Groothandel", "Wholesale"),
    Text("Horeca", "Hospitality"),
    Text("ICT", "IT"),
    Text("Industrie en productie", "Manufacturing"),
    Text("Transport en logistiek", "Transport and logistics"),
    Text("Zakelijke dienstverlening", "Business services"),
    Text("Zorg en welzijn", "Healthcare"),
    Text("Onderwijs", "Education"),
    Text("Overheid", "Government"),
    Text("Landbouw", "Agriculture"),
    Text("Financiële dienstverlening", "Financial services"),
    Text("Overig", "Other"),
)

DEFAULT_ASSOCIATE = Text("Beheerder", "Administrator")
