"""Seed 003's checklist of desired CRM functions (TNO, "Handleiding CRM-implementatie", 2006), as data,
and its rule for quick wins, as pure functions.

The checklist has four areas (central customer data, marketing, sales, service). Each area has strategic
goals ("Met CRM wil ik:", ticked or not), package wishes (the numbered functions, 1-117; the seed has no
number 85), and preconditions (no choice to make: what must be true for the wishes to pay off). Every
package wish is marked: already in use (j/n), necessary or desirable (1/2), and its impact on the
organisation (1 low, 2 medium, 3 high).

The rule (seed 003, "Instructie na het invullen van de checklist"): quick wins are the necessary
functions with a low impact ("Ga aan de slag!"); the desirable functions with a high impact are taken up
later. Texts are carried in Dutch (the seed's words, obvious typing errors corrected) and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.domain.defaults import Text

NECESSARY, DESIRABLE = 1, 2
LOW, MEDIUM, HIGH = 1, 2, 3


@dataclass(frozen=True)
class Area:
    key: str
    title: Text


@dataclass(frozen=True)
class ChecklistItem:
    """One package wish. ``group`` is the heading it sits under in the seed, when it has one."""

    number: int
    area: str
    text: Text
    group: Text | None = None


@dataclass(frozen=True)
class Goal:
    key: str  # "<area>.<n>"
    area: str
    text: Text


AREAS: tuple[Area, ...] = (
    Area("customer_data", Text("Klantgegevens centraal beschikbaar hebben", "Customer data available centrally")),
    Area("marketing", Text("Marketingprocessen ondersteunen", "Supporting marketing processes")),
    Area("sales", Text("Salesprocessen ondersteunen", "Supporting sales processes")),
    Area("service", Text("Serviceprocessen en contactcenteractiviteiten ondersteunen",
                         "Supporting service processes and contact centre activities")),
)
AREA_KEYS = tuple(a.key for a in AREAS)

_B2B = Text("(B2B) Kunnen opvragen van:", "(B2B) Being able to look up:")
_B2C = Text("(B2C) Kunnen opvragen van:", "(B2C) Being able to look up:")

_T = Text


def _items() -> tuple[ChecklistItem, ...]:
    c, m, s, v = AREA_KEYS
    rows: list[tuple[int, str, Text, Text | None]] = [
        # --- Klantgegevens centraal beschikbaar hebben (B2B) ---
        (1, c, _T("NAWTE-gegevens", "Name, address, place, phone and e-mail (NAWTE)"), _B2B),
        (2, c, _T("Aantal vestigingen", "Number of branches"), _B2B),
        (3, c, _T("Aantal werknemers", "Number of employees"), _B2B),
        (4, c, _T("Branche", "Industry"), _B2B),
        (5, c, _T("Namen contactpersonen bij de klant", "Names of the contacts at the customer"), _B2B),
        (6, c, _T("Namen contactpersonen in ons bedrijf", "Names of the contacts in our company"), _B2B),
        (7, c, _T("Gemiddelde omzet van het bedrijf", "Average revenue of the company"), _B2B),
        (8, c, _T("Aantal producten dat bedrijf van ons in gebruik heeft (de 'installed base')",
                  "Number of our products the company uses (the 'installed base')"), _B2B),
        (9, c, _T("Type producten of diensten die klant afneemt (de 'installed base')",
                  "Types of products or services the customer buys (the 'installed base')"), _B2B),
        (10, c, _T("Gemiddelde omzet die het bedrijf per tijdseenheid bij ons genereert",
                   "Average revenue the company brings us per period"), _B2B),
        (11, c, _T("Potentiële omzet die bedrijf in toekomst bij ons kan genereren",
                   "Potential revenue the company may bring us in future"), _B2B),
        (12, c, _T("Voorkeuren van de klant t.a.v. producten, diensten en service",
                   "The customer's preferences for products, services and service"), _B2B),
        (13, c, _T("Voorkeuren van de klant t.a.v. communicatie- en distributiekanalen",
                   "The customer's preferences for communication and distribution channels"), _B2B),
        (14, c, _T("Voorkeuren van klant t.a.v. informele activiteiten voor relatieonderhoud",
                   "The customer's preferences for informal activities to maintain the relationship"), _B2B),
        (15, c, _T("Lengte van relatie klant – aanbieder (Hoe lang is men al klant?)",
                   "Length of the customer–supplier relationship (how long have they been a customer?)"), _B2B),
        (16, c, _T("Betalingsgedrag", "Payment behaviour"), _B2B),
        # --- Klantgegevens centraal beschikbaar hebben (B2C) ---
        (17, c, _T("NAWTE-gegevens", "Name, address, place, phone and e-mail (NAWTE)"), _B2C),
        (18, c, _T("Gezinssamenstelling (# personen, sexe, leeftijd)",
                   "Household composition (number of persons, sex, age)"), _B2C),
        (19, c, _T("Consumptiegedrag", "Consumption behaviour"), _B2C),
        (20, c, _T("Potentieel consumptiegedrag", "Potential consumption behaviour"), _B2C),
        (21, c, _T("Voorkeuren t.a.v. producten, diensten en service",
                   "Preferences for products, services and service"), _B2C),
        (22, c, _T("Type producten of diensten die klant afneemt",
                   "Types of products or services the customer buys"), _B2C),
        (23, c, _T("Voorkeuren van de klant t.a.v. communicatie- en distributiekanalen",
                   "The customer's preferences for communication and distribution channels"), _B2C),
        (24, c, _T("Lengte van relatie klant – aanbieder (Hoe lang is men al klant?)",
                   "Length of the customer–supplier relationship (how long have they been a customer?)"), _B2C),
        (25, c, _T("Betalingsgedrag", "Payment behaviour"), _B2C),
        # --- Marketingprocessen ondersteunen ---
        (26, m, _T("Beslissingen nemen over het soort klanten dat ik aan mijn klantenbase wil toevoegen",
                   "Decide what kind of customers I want to add to my customer base"), None),
        (27, m, _T("Beslissingen nemen over het soort klanten dat ik uit mijn klantenbase wil weren",
                   "Decide what kind of customers I want to keep out of my customer base"), None),
        (28, m, _T("Klanten kunnen typeren (bijv. met labels 'brons', 'zilver', 'goud')",
                   "Classify customers (e.g. with labels 'bronze', 'silver', 'gold')"), None),
        (29, m, _T("Mijn klantenbase kunnen opdelen in clusters of segmenten",
                   "Divide my customer base into clusters or segments"), None),
        (30, m, _T("Weten wie ik in welke situatie moet benaderen als ik contact met het klantbedrijf wil opnemen",
                   "Know whom to approach in which situation when I want to contact the customer's company"),
         None),
        (31, m, _T("Weten hoe ik mijn klant moet benaderen (frequentie, toonzetting, aanhef)",
                   "Know how to approach my customer (frequency, tone, salutation)"), None),
        (32, m, _T("Weten via welk(e) kana(a)l(en) ik mijn klant in verschillende situaties het beste kan "
                   "benaderen", "Know through which channel(s) to best approach my customer in different "
                   "situations"), None),
        (33, m, _T("Pro-actief kunnen inspelen op klantvoorkeuren t.a.v. producten of diensten",
                   "Respond proactively to the customer's preferences for products or services"), None),
        (34, m, _T("Kunnen bepalen welke acties of activiteiten klanten in het kader van relatie-onderhoud "
                   "waarderen", "Find out which actions or activities customers appreciate as relationship "
                   "maintenance"), None),
        (35, m, _T("Activiteiten in het kader van marketingplan/-campagne of -actie plannen",
                   "Plan the activities of a marketing plan, campaign or action"), None),
        (36, m, _T("Monitoren van uitvoering activiteiten in het kader van marketingplan/-campagne of -actie "
                   "(d.m.v. alerts en afmeldberichten)", "Monitor the activities of a marketing plan, campaign "
                   "or action (with alerts and completion messages)"), None),
        (37, m, _T("Richten op bepaalde klantclusters of segmenten voor een marketingactie of -campagne "
                   "(bijv. cadeau versturen naar selectie van klanten)", "Target particular customer clusters "
                   "or segments for a marketing action or campaign (e.g. send a gift to a selection of "
                   "customers)"), None),
        (38, m, _T("Weten naar welk(e) adres(sen) ik bepaalde mailings moet versturen (bijv. kerstkaarten)",
                   "Know to which address(es) to send particular mailings (e.g. Christmas cards)"), None),
        (39, m, _T("Printen van drukwerk t.b.v. mailings met juiste adressen van gekozen klanten",
                   "Print mailing material with the right addresses of the chosen customers"), None),
        (40, m, _T("Minder 'retour afzender' ontvangen n.a.v. mailings",
                   "Receive fewer mailings back as 'return to sender'"), None),
        (41, m, _T("Minder verspilling bij mailings door dubbele adressering",
                   "Less waste in mailings from duplicate addresses"), None),
        (42, m, _T("Digitale mailings versturen", "Send digital mailings"), None),
        (43, m, _T("Inzicht in respons op marketingactie op individueel klantniveau (wel/niet gewenste doel "
                   "bereikt bij deze klant)", "Insight into the response to a marketing action per customer "
                   "(was the goal reached with this customer or not)"), None),
        (44, m, _T("Inzicht in respons op marketingactie op niveau van klantsegment of -cluster",
                   "Insight into the response to a marketing action per customer segment or cluster"), None),
        (45, m, _T("Inzicht in algehele respons op marketingactie",
                   "Insight into the overall response to a marketing action"), None),
        (46, m, _T("Inzicht in conversie n.a.v. een marketingactie",
                   "Insight into the conversion from a marketing action"), None),
        (47, m, _T("Bijsturen van activiteiten in het kader van marketingcampagne of -actie",
                   "Adjust the activities of a marketing campaign or action"), None),
        (48, m, _T("Inzicht in kosten van marketingcampagne of -actie op individueel klantniveau",
                   "Insight into the costs of a marketing campaign or action per customer"), None),
        (49, m, _T("Inzicht in kosten van marketingcampagne of -actie op niveau van klantsegment of -cluster",
                   "Insight into the costs of a marketing campaign or action per customer segment or cluster"),
         None),
        (50, m, _T("Inzicht in algehele kosten van marketingcampagne of -actie",
                   "Insight into the overall costs of a marketing campaign or action"), None),
        (51, m, _T("Inzicht in kosten van alle marketinginspanningen per klant gedurende een bepaalde "
                   "tijdseenheid", "Insight into the costs of all marketing efforts per customer over a given "
                   "period"), None),
        (52, m, _T("Inzicht in kosten van inkoopactiviteiten per klant gedurende een bepaalde tijdseenheid",
                   "Insight into the costs of purchasing activities per customer over a given period"), None),
        (53, m, _T("Inzicht in kosten van inkoopactiviteiten per klantsegment of -cluster gedurende een "
                   "bepaalde tijdseenheid", "Insight into the costs of purchasing activities per customer "
                   "segment or cluster over a given period"), None),
        (54, m, _T("Inzicht in kosten voor marketinginspanningen, gerelateerd aan product- of dienstcategorie",
                   "Insight into the costs of marketing efforts per product or service category"), None),
        # --- Salesprocessen ondersteunen ---
        (55, s, _T("Inzicht in afnameprofiel per klant (Hoeveel neemt klant af gedurende bepaalde tijdseenheid "
                   "en welk(e) type product(en) neemt hij af?)", "Insight into the purchase profile per customer "
                   "(how much does the customer buy in a given period, and which type(s) of product?)"), None),
        (56, s, _T("Inzicht in afnameprofiel per klantsegment of -cluster (Hoeveel is door klant afgenomen "
                   "gedurende bepaalde tijdseenheid en om welk(e) type product(en) gaat het?)",
                   "Insight into the purchase profile per customer segment or cluster (how much was bought in "
                   "a given period, and which type(s) of product?)"), None),
        (57, s, _T("Inzicht in inhoud face-to-face gesprekken die met klant hebben plaatsgevonden",
                   "Insight into the content of face-to-face conversations with the customer"), None),
        (58, s, _T("Inzicht in inhoud telefoongesprekken die met klant hebben plaatsgevonden",
                   "Insight into the content of telephone calls with the customer"), None),
        (59, s, _T("Inzicht in inhoud e-mailwisseling die tussen ons bedrijf en de klant heeft plaatsgevonden",
                   "Insight into the content of e-mails between our company and the customer"), None),
        (60, s, _T("Inzicht in inhoud faxverkeer dat tussen ons bedrijf en de klant heeft plaatsgevonden",
                   "Insight into the content of faxes between our company and the customer"), None),
        (61, s, _T("Inhoud face-to-face gesprekken direct onder klantinformatie kunnen terugvinden",
                   "Find the content of face-to-face conversations right with the customer information"), None),
        (62, s, _T("Inhoud telefoongesprekken direct onder klantinformatie kunnen terugvinden",
                   "Find the content of telephone calls right with the customer information"), None),
        (63, s, _T("Inhoud e-mailwisseling direct onder klantinformatie kunnen terugvinden",
                   "Find the content of e-mails right with the customer information"), None),
        (64, s, _T("Inhoud faxverkeer direct onder klantinformatie kunnen terugvinden",
                   "Find the content of faxes right with the customer information"), None),
        (65, s, _T("Inzicht in bezoekfrequentie (fysieke bezoeken)", "Insight into visit frequency (visits in "
                   "person)"), None),
        (66, s, _T("Inzicht in contactfrequentie", "Insight into contact frequency"), None),
        (67, s, _T("Inzicht in SLA's (Service Level Agreements), contractuele afspraken met klanten",
                   "Insight into SLAs (service level agreements), contractual agreements with customers"), None),
        (68, s, _T("Inzicht in contracten en (financiële) afspraken",
                   "Insight into contracts and (financial) agreements"), None),
        (69, s, _T("Inzicht in prijzen, kortingen en overige afspraken die bij eerder geplaatste orders voor de "
                   "klant golden", "Insight into the prices, discounts and other terms of the customer's "
                   "earlier orders"), None),
        (70, s, _T("Salesacties plannen (bijv. volgende week maandag moet klant gebeld worden)",
                   "Plan sales actions (e.g. the customer must be called next Monday)"), None),
        (71, s, _T("Salesacties monitoren (d.m.v. alerts en afmeldberichten)",
                   "Monitor sales actions (with alerts and completion messages)"), None),
        (72, s, _T("Inschatting t.a.v. toekomstig koopgedrag: omzet en aantal en soort producten",
                   "Estimate future buying behaviour: revenue, and number and type of products"), None),
        (73, s, _T("Richten op bepaalde klantsegmenten of -clusters voor een salesactie (bijv. een e-mail met "
                   "aanbieding naar een bepaald klantcluster sturen)", "Target particular customer segments or "
                   "clusters for a sales action (e.g. e-mail an offer to a customer cluster)"), None),
        (74, s, _T("Koppelen van CRM-gegevens aan financiële administratie",
                   "Link CRM data to the financial administration"), None),
        (75, s, _T("Automatiseren van de workflow van het offerteproces",
                   "Automate the workflow of the quotation process"), None),
        (76, s, _T("Inzicht in aantallen contacten in de salesfunnel (aantal suspects, prospects, hot prospects, "
                   "leads en klanten in de 'pijplijn')", "Insight into the number of contacts in the sales "
                   "funnel (suspects, prospects, hot prospects, leads and customers in the 'pipeline')"), None),
        (77, s, _T("Inzicht in omzetverwachting op basis van salesfunnel (aantal suspects, prospects, hot "
                   "prospects, leads en klanten in de 'pijplijn' maal verwachte omzet)", "Insight into expected "
                   "revenue from the sales funnel (suspects, prospects, hot prospects, leads and customers in "
                   "the 'pipeline' times the expected revenue)"), None),
        (78, s, _T("Inzicht in openstaande orders (aantallen en soort producten, waarde van bestelling)",
                   "Insight into open orders (number and type of products, order value)"), None),
        (79, s, _T("Inzicht in openstaande offertes (aantallen en soort producten, waarde van bestelling)",
                   "Insight into open quotations (number and type of products, order value)"), None),
        (80, s, _T("Monitoren van voortgang suspect, prospect, hot prospect, lead en offerte",
                   "Monitor the progress of suspects, prospects, hot prospects, leads and quotations"), None),
        (81, s, _T("Acties uitzetten voor suspect, prospect, hot prospect, lead en offerte",
                   "Assign actions for suspects, prospects, hot prospects, leads and quotations"), None),
        (82, s, _T("Inzicht in aantal afgelegde bezoeken per klant of klantcluster",
                   "Insight into the number of visits made per customer or customer cluster"), None),
        (83, s, _T("Inzicht in aantal uitstaande offertes per klant of klantcluster",
                   "Insight into the number of outstanding quotations per customer or customer cluster"), None),
        (84, s, _T("Inzicht in respons op salesacties", "Insight into the response to sales actions"), None),
        (86, s, _T("Inzicht in kosten van salesinspanningen per klant gedurende een tijdsperiode",
                   "Insight into the costs of sales efforts per customer over a period"), None),
        (87, s, _T("Inzicht in kosten van salesinspanningen per klantsegment of -cluster gedurende een "
                   "tijdsperiode", "Insight into the costs of sales efforts per customer segment or cluster "
                   "over a period"), None),
        (88, s, _T("Inzicht in kosten van salesinspanningen, gerelateerd aan product- of dienstcategorie",
                   "Insight into the costs of sales efforts per product or service category"), None),
        (89, s, _T("Ondersteunen van activiteiten van medewerkers in buitendienst, zoals offline gegevens "
                   "opvragen en bijwerken", "Support field staff, such as looking up and updating data "
                   "offline"), None),
        (90, s, _T("Inzicht in salesresultaten per klantsegment of -cluster",
                   "Insight into sales results per customer segment or cluster"), None),
        (91, s, _T("Inzicht in salesresultaten per product- of dienstcategorie",
                   "Insight into sales results per product or service category"), None),
        # --- Serviceprocessen en contactcenteractiviteiten ondersteunen ---
        (92, v, _T("Inzicht in overeengekomen afspraken m.b.t. de te leveren service",
                   "Insight into the agreements on the service to be delivered"), None),
        (93, v, _T("Inzicht in garantietermijn van door klant afgenomen service",
                   "Insight into the warranty period of the service the customer bought"), None),
        (94, v, _T("Inzicht in datum en aard klantcall", "Insight into the date and nature of customer calls"),
         None),
        (95, v, _T("Inzicht in vraag die klant heeft gesteld (ook: verzoeken en opmerkingen)",
                   "Insight into the questions the customer asked (also requests and remarks)"), None),
        (96, v, _T("Uitzetten van klantvraag bij de juiste medewerker",
                   "Pass a customer's question to the right employee"), None),
        (97, v, _T("Opvragen van een klacht van een bepaalde klant",
                   "Look up a complaint of a particular customer"), None),
        (98, v, _T("Uitzetten van een klacht van een klant bij de juiste medewerker",
                   "Pass a customer's complaint to the right employee"), None),
        (99, v, _T("Monitoren van de voortgang van de behandeling van de klacht",
                   "Monitor the progress of handling the complaint"), None),
        (100, v, _T("Beheren van de voorraad om de service te kunnen verlenen",
                    "Manage the stock needed to deliver the service"), None),
        (101, v, _T("Toewijzen van benodigde resources aan klanten om aan geldende SLA's te kunnen voldoen",
                    "Assign the resources customers need to meet the agreed SLAs"), None),
        (102, v, _T("Opstellen van een klanttevredenheidsonderzoek", "Draw up a customer satisfaction survey"),
         None),
        (103, v, _T("Selecteren van klanten voor deelname aan klanttevredenheidsonderzoek",
                    "Select customers to take part in a customer satisfaction survey"), None),
        (104, v, _T("Uitvoeren van klanttevredenheidsonderzoek", "Carry out a customer satisfaction survey"),
         None),
        (105, v, _T("Inzicht in resultaten van klanttevredenheidsonderzoek",
                    "Insight into the results of the customer satisfaction survey"), None),
        (106, v, _T("Aanpassen van werkwijze naar aanleiding van resultaten klanttevredenheidsonderzoek",
                    "Change the way of working after the results of the customer satisfaction survey"), None),
        (107, v, _T("Opstellen van regels voor automatisch toewijzen van klantvragen en -klachten aan de juiste "
                    "persoon", "Set up rules that assign customer questions and complaints to the right person "
                    "automatically"), None),
        (108, v, _T("Inkomende call bij de juiste persoon beleggen", "Route an incoming call to the right person"),
         None),
        (109, v, _T("Invoeren van scripts voor telemarketing", "Enter scripts for telemarketing"), None),
        (110, v, _T("Selecteren van klanten voor telemarketing", "Select customers for telemarketing"), None),
        (111, v, _T("Automatisch gesprek starten vanuit CRM-systeem met geselecteerde klanten",
                    "Start calls to selected customers automatically from the CRM system"), None),
        (112, v, _T("Uitkomsten van een gesprek vastleggen", "Record the outcome of a call"), None),
        (113, v, _T("Automatisch (selectie) tonen van klantgegevens bij bellen klanten of gebeld worden door "
                    "klanten", "Automatically show (a selection of) customer data when calling customers or "
                    "being called by them"), None),
        (114, v, _T("Koppelen van VRS (Voice Response System) aan database, zodat de beller zonder tussenkomst "
                    "van een medewerker gegevens kan wijzigen", "Link a voice response system (VRS) to the "
                    "database, so callers can change their data without an employee"), None),
        (115, v, _T("Mogelijkheid om klant inzage in zijn gegevens te geven en wijzigingen aan te brengen (in "
                    "besloten omgeving)", "Let customers view their data and make changes (in a closed "
                    "environment)"), None),
        (116, v, _T("Toegang tot klantinformatie voor detailinformatie",
                    "Access to customer information for details"), None),
        (117, v, _T("Inzicht in informatie over onze producten en diensten",
                    "Insight into information about our products and services"), None),
    ]
    return tuple(ChecklistItem(number, area, text, group) for number, area, text, group in rows)


ITEMS: tuple[ChecklistItem, ...] = _items()
BY_NUMBER: dict[int, ChecklistItem] = {item.number: item for item in ITEMS}


def _goals() -> tuple[Goal, ...]:
    texts: dict[str, tuple[Text, ...]] = {
        "customer_data": (
            _T("Weten wie mijn klanten zijn", "Know who my customers are"),
            _T("Weten hoeveel klanten ik heb", "Know how many customers I have"),
            _T("Kennis hebben van relevante kenmerken van mijn klant",
               "Know the relevant characteristics of my customers"),
            _T("Klanten op basis van hun betalingsgedrag op een 'zwarte lijst' zetten",
               "Put customers on a 'black list' because of their payment behaviour"),
            _T("Behoud van klantkennis", "Keep customer knowledge in the company"),
            _T("Medewerkers toegang bieden tot de juiste klantgegevens",
               "Give employees access to the right customer data"),
            _T("Juiste adressering hanteren bij mailings: minder 'retour afzender'",
               "Address mailings correctly: fewer 'return to sender'"),
        ),
        "marketing": (
            _T("Oordeel kunnen vellen over de 'kwaliteit' van mijn klantenbase (bijv. 80-20 regel kunnen toepassen)",
               "Judge the 'quality' of my customer base (e.g. apply the 80-20 rule)"),
            _T("Klantenbase kunnen segmenteren, bijvoorbeeld op doelgroep of klantwaarde",
               "Segment my customer base, for example by target group or customer value"),
            _T("Marketingacties en -campagnes kunnen richten op de beoogde doelgroep (bijv. mailing) zodat de "
               "juiste klanten worden aangesproken en kosten worden bespaard",
               "Aim marketing actions and campaigns at the intended target group (e.g. a mailing), so the right "
               "customers are addressed and costs are saved"),
            _T("Effect van marketingacties kunnen evalueren", "Evaluate the effect of marketing actions"),
            _T("Marketingacties effectiever en efficiënter voorbereiden en uitvoeren",
               "Prepare and carry out marketing actions more effectively and efficiently"),
            _T("Aanpak marketingacties beter kunnen afstemmen op klanten",
               "Tailor the approach of marketing actions better to customers"),
        ),
        "sales": (
            _T("Salespersoneel een instrument bieden om goed op de hoogte te zijn van contacthistorie",
               "Give sales staff a tool to stay well informed of the contact history"),
            _T("Betere afstemming van nieuwe aanbiedingen op klanten", "Match new offers better to customers"),
            _T("Beter inzicht in omzetverwachting", "Better insight into expected revenue"),
            _T("Effectiviteit salesactiviteiten vergroten", "Make sales activities more effective"),
            _T("Beter inzicht in saleseffort en kunnen sturen op saleseffort",
               "Better insight into sales effort, and steer it"),
            _T("Beter sturen op omzet", "Steer better on revenue"),
            _T("Inzicht in lopende salesactiviteiten, bijvoorbeeld gelijktijdige verkooptrajecten",
               "Insight into ongoing sales activities, for example sales processes running at the same time"),
        ),
        "service": (
            _T("Betere serviceverlening", "Better service"),
            _T("Betere afhandeling van service-aanvragen", "Better handling of service requests"),
            _T("Beter inzicht in klantloyaliteit", "Better insight into customer loyalty"),
            _T("Telemarketingacties efficiënter uitvoeren", "Carry out telemarketing actions more efficiently"),
            _T("Efficiëntere klachtafhandeling", "More efficient complaint handling"),
            _T("Beter inzicht in klanttevredenheid", "Better insight into customer satisfaction"),
        ),
    }
    return tuple(Goal(f"{area}.{n}", area, text) for area in AREA_KEYS for n, text in enumerate(texts[area], 1))


GOALS: tuple[Goal, ...] = _goals()

# Randvoorwaarden: no choice to make; what must be true for the wishes to work.
PRECONDITIONS: dict[str, tuple[Text, ...]] = {
    "customer_data": (
        _T("Hanteer de vuistregel \"Every contact is a check\" om de gegevens in de database zo up-to-date mogelijk "
           "te houden", "Follow the rule of thumb \"every contact is a check\" to keep the data in the database as "
           "up to date as possible"),
        _T("Maak ook keuzes in de wijze van registratie: open invulvelden, drop-downmenu's, aanvinkmogelijkheden",
           "Also choose how things are recorded: open fields, drop-down menus, tick boxes"),
        _T("Zorg voor een eenduidige wijze van registratie (van der, v.d., etc.)",
           "Record things in one consistent way (van der, v.d., etc.)"),
        _T("Zorg ervoor dat medewerkers gewoon raken in het gebruik van de database",
           "Make sure employees get used to working with the database"),
        _T("Zorg ervoor dat alle relaties in de database opgenomen zijn (compleetheid database)",
           "Make sure every relation is in the database (a complete database)"),
        _T("Stel per veld vast of het een verplicht in te vullen veld of een optioneel in te vullen veld is",
           "Decide for each field whether it is mandatory or optional"),
        _T("Benadruk het belang bij medewerkers dat per klantrecord alle relevante velden gevuld worden met de "
           "juiste informatie", "Stress to employees that every relevant field of each customer record is "
           "filled in with the right information"),
        _T("Wanneer verschillende databases gekoppeld worden, controleer dan of adressen of contactpersonen "
           "dubbel voorkomen en verwijder deze", "When databases are combined, check whether addresses or "
           "contacts occur twice and remove the duplicates"),
        _T("Stel per medewerker een gebruiksprofiel op: wie mogen gegevens bekijken en wie mogen gegevens "
           "toevoegen en/of wijzigen?", "Draw up a user profile for each employee: who may view data, and who "
           "may add or change it?"),
        _T("Bepaal welke medewerkers of derden toegang mogen hebben tot de gegevens, en wanneer en waar",
           "Decide which employees or third parties may access the data, and when and where"),
    ),
    "marketing": (
        _T("Bepaal op basis van welke criteria segmentatie moet plaatsvinden", "Decide by which criteria to segment"),
        _T("Zorg dat deze criteria per relatie ingevuld zijn in de database",
           "Make sure these criteria are filled in for every relation in the database"),
        _T("Zorg ervoor dat de organisatie voldoende marketingkennis en -vaardigheden in huis heeft",
           "Make sure the organisation has enough marketing knowledge and skills in house"),
        _T("Stel periodiek een marketingplan op (plan bevat o.a. doelstelling en strategie)",
           "Draw up a marketing plan regularly (with, among other things, goals and strategy)"),
        _T("Stel plannen op voor marketingcampagnes of -acties", "Draw up plans for marketing campaigns or actions"),
    ),
    "sales": (
        _T("Consequent bijhouden van relatiegegevens", "Keep relation data up to date consistently"),
        _T("Opstellen van een accountplan", "Draw up an account plan"),
        _T("Eenduidige verslaglegging", "Report in one consistent way"),
        _T("Ontwikkelen van efficiënte workflow voor het offerteproces",
           "Develop an efficient workflow for the quotation process"),
        _T("Professionele salesaanpak en daadwerkelijke uitvoering", "A professional sales approach, carried out"),
    ),
    "service": (
        _T("Servicegerichtheid moet een onderdeel van je strategie zijn",
           "Service orientation must be part of your strategy"),
        _T("Er dient inzicht te zijn in de kennis en profielen van medewerkers, zodat servicemedewerkers weten aan "
           "wie een vraag of verzoek het beste kan worden toegewezen", "There must be insight into the knowledge "
           "and profiles of employees, so service staff know to whom a question or request is best assigned"),
        _T("Medewerkers die een servicetaak hebben, dienen consequent vragen, verzoeken etc. van klanten in het "
           "systeem vast te leggen", "Employees with a service task must consistently record customers' "
           "questions, requests and the like in the system"),
    ),
}


# --- the answers and the rule -------------------------------------------------------------------------------


@dataclass
class Answer:
    """One package wish as marked: in use (j/n), need (1 necessary, 2 desirable), impact (1-3).
    None: not answered."""

    in_use: bool | None = None
    need: int | None = None
    impact: int | None = None

    def answered(self) -> bool:
        return self.in_use is not None or self.need is not None or self.impact is not None


@dataclass
class Checklist:
    """A filled-in checklist: the ticked goals and the marked package wishes (by number)."""

    goals: set[str] = field(default_factory=set)
    answers: dict[int, Answer] = field(default_factory=dict)

    def answer(self, number: int) -> Answer:
        if number not in BY_NUMBER:
            raise KeyError(number)
        return self.answers.setdefault(number, Answer())

    def to_dict(self) -> dict:
        return {"goals": sorted(self.goals),
                "answers": {str(n): {"in_use": a.in_use, "need": a.need, "impact": a.impact}
                            for n, a in sorted(self.answers.items()) if a.answered()}}

    @classmethod
    def from_dict(cls, data: dict) -> Checklist:
        goals = {g for g in data.get("goals", []) if g in {goal.key for goal in GOALS}}
        answers: dict[int, Answer] = {}
        for key, value in (data.get("answers") or {}).items():
            try:
                number = int(key)
            except (TypeError, ValueError):
                continue
            if number not in BY_NUMBER or not isinstance(value, dict):
                continue
            in_use = value.get("in_use")
            answers[number] = Answer(in_use if isinstance(in_use, bool) else None,
                                     _valid(value.get("need"), (NECESSARY, DESIRABLE)),
                                     _valid(value.get("impact"), (LOW, MEDIUM, HIGH)))
        return cls(goals, answers)


def _valid(value: object, allowed: tuple[int, ...]) -> int | None:
    return value if isinstance(value, int) and value in allowed else None


def is_quick_win(answer: Answer) -> bool:
    """Seed 003: a quick win is a necessary function with a low impact."""
    return answer.need == NECESSARY and answer.impact == LOW


def is_later(answer: Answer) -> bool:
    """Seed 003: a desirable function with a high impact is taken up later."""
    return answer.need == DESIRABLE and answer.impact == HIGH


def quick_wins(checklist: Checklist) -> list[ChecklistItem]:
    """The quick wins, in the checklist's order."""
    return [item for item in ITEMS if is_quick_win(checklist.answers.get(item.number, Answer()))]


def later_items(checklist: Checklist) -> list[ChecklistItem]:
    """What to take up later, in the checklist's order."""
    return [item for item in ITEMS if is_later(checklist.answers.get(item.number, Answer()))]


def items_of(area: str) -> list[ChecklistItem]:
    return [item for item in ITEMS if item.area == area]


def goals_of(area: str) -> list[Goal]:
    return [goal for goal in GOALS if goal.area == area]


def area_title(area: str) -> Text:
    return next(a.title for a in AREAS if a.key == area)
