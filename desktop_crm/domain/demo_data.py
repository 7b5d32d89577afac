"""Vocabularies for realistic Dutch demo data: names, places, companies, positions, lists.

Pure data: ``services/demo.py`` draws from these with a seeded random generator. Frequencies are
rough: lists are ordered from common to rare and the generator favours the front of each list.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- First names (roughly from common to rare) ---------------------------------------------------

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jan", "Pieter", "Kees", "Henk", "Willem", "Johan", "Gerrit", "Hans", "Peter", "Mark",
    "Bas", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Jesse", "Thomas", "Tim",
    "Lars", "Ruben", "Sander", "Niels", "Jeroen", "Martijn", "Bart", "Rob", "Erik", "Dennis",
    "Marco", "Patrick", "Richard", "Arjan", "Wouter", "Joost", "Maarten", "Stefan", "Michiel", "Roel",
    "Koen", "Thijs", "Stijn", "Bram", "Gijs", "Joris", "Teun", "Luuk", "Sven", "Tom",
    "Frank", "Ron", "René", "Harm", "Dirk", "Klaas", "Jaap", "Cor", "Theo", "Ad",
    "Frans", "Gert", "Wim", "Hendrik", "Sjoerd", "Jelle", "Wietse", "Hidde", "Ties", "Noah",
    "Mohamed", "Youssef", "Kevin", "Rik", "Job", "Floris", "Jochem",
)

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Lisa", "Eva", "Fleur", "Anouk",
    "Iris", "Femke", "Marieke", "Ingrid", "Annemarie", "Monique", "Linda", "Sandra", "Petra", "Karin",
    "Esther", "Marjolein", "Ilse", "Nicole", "Wendy", "Mirjam", "Janneke", "Ellen", "Yvonne", "Ria",
    "Truus", "Joke", "Willemijn", "Floor", "Noor", "Tess", "Zoë", "Mila", "Sara", "Saskia",
    "Hanneke", "Inge", "Judith", "Renske", "Maaike", "Evelien", "Miriam", "Astrid", "Brigitte", "Carla",
    "Daphne", "Els", "Gerda", "Henriëtte", "Jolanda", "Kim", "Laura", "Manon", "Nathalie", "Paula",
    "Roos", "Sylvia", "Tineke", "Vera", "Wilma", "Yara", "Amber", "Britt", "Demi", "Lieke",
    "Loes", "Merel", "Nienke", "Fatima", "Anke", "Chantal",
)

# Salutations by gender; a few persons carry an academic or professional title instead.
SALUTATIONS: dict[str, tuple[str, ...]] = {
    "m": ("Dhr.", "De heer"),
    "f": ("Mevr.", "Mevrouw"),
}
TITLES: tuple[str, ...] = ("Dr.", "Ir.", "Mr.", "Drs.", "Ing.")

# --- Surnames: (tussenvoegsel, surname), stored as middle_name and last_name -----------------------

SURNAMES: tuple[tuple[str, str], ...] = (
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
    ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"),
    ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"),
    ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"),
    ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
    ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"),
    ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"),
    ("", "Peeters"), ("de", "Jonge"), ("", "Kuipers"), ("van", "Veen"), ("", "Post"),
    ("", "Kuiper"), ("", "Veenstra"), ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"),
    ("van", "Wijk"), ("", "Postma"), ("", "Martens"), ("", "Vink"), ("de", "Ruiter"),
    ("", "Timmermans"), ("", "Groen"), ("", "Gerritsen"), ("", "Jonker"), ("van", "Loon"),
    ("", "Boer"), ("van der", "Velde"), ("", "Willemsen"), ("", "Smeets"), ("de", "Lange"),
    ("de", "Vos"), ("", "Bosch"), ("van", "Dongen"), ("", "Schipper"), ("de", "Koning"),
    ("van der", "Laan"), ("", "Koning"), ("van der", "Velden"), ("", "Driessen"), ("van", "Doorn"),
    ("", "Hermans"), ("", "Evers"), ("van den", "Bosch"), ("van der", "Meulen"), ("", "Hofman"),
    ("", "Bosman"), ("", "Wolters"), ("", "Sars"), ("van der", "Horst"), ("van der", "Berg"),
    ("", "Verbeek"), ("", "Lammers"), ("", "Mertens"), ("van", "Rijn"), ("", "Kroon"),
    ("", "Goossens"), ("ter", "Horst"), ("ter", "Beek"), ("ten", "Brink"), ("ten", "Have"),
    ("te", "Riele"), ("van 't", "Hof"), ("in 't", "Veld"), ("op den", "Kamp"), ("van", "Hout"),
    ("van", "Aalst"), ("van", "Gils"), ("van", "Os"), ("de", "Wilde"), ("de", "Kort"),
    ("van", "Rooij"), ("van", "Dalen"), ("de", "Leeuw"), ("de", "Mol"), ("van", "Rossum"),
    ("", "Bergsma"), ("", "Bergman"), ("van den", "Bergh"), ("van", "Bergen"), ("", "Hoogendoorn"),
    ("", "Hoogland"), ("", "Zwart"), ("", "Wouters"), ("", "Huizinga"), ("", "Stam"),
    ("", "Molenaar"), ("", "Bouwman"), ("", "Sanders"), ("", "Aarts"), ("", "Verschuren"),
    ("van", "Es"), ("van der", "Zee"), ("de", "Ridder"), ("", "Brink"), ("", "Pronk"),
    ("", "Cornelissen"), ("", "Claassen"), ("", "Arts"), ("", "Franssen"), ("", "Kuijpers"),
    ("", "Dam"), ("van der", "Pol"), ("", "Tromp"), ("", "Teunissen"), ("", "Mol"),
    ("", "Wolff"), ("", "Rutten"), ("van", "Ginkel"), ("van", "Schaik"), ("van", "Zanten"),
    ("", "Bruins"), ("", "Dijkman"), ("", "Hoek"), ("van den", "Hoek"), ("van der", "Steen"),
    ("", "Boersma"), ("", "Wijnands"), ("", "Geerts"), ("", "Vonk"), ("", "Nijhuis"),
    ("", "Kamphuis"), ("", "Oosterhuis"), ("ter", "Haar"), ("van", "Vugt"), ("van", "Wijngaarden"),
    ("van der", "Ploeg"), ("van der", "Kolk"), ("van de", "Kamp"), ("van de", "Water"), ("van den", "Akker"),
    ("de", "Waal"), ("de", "Beer"), ("de", "Klerk"), ("de", "Heer"), ("", "Verweij"),
    ("", "Hoogenboom"), ("", "Kloosterman"), ("", "Ruijter"), ("", "Vermeer"), ("", "Zijlstra"),
    ("", "Bakx"), ("", "Çelik"), ("", "Yilmaz"), ("", "El Amrani"), ("", "Nguyen"),
    ("", "Wagenaar"), ("", "Spijker"), ("", "Stoffels"), ("", "Hendriksen"), ("", "Mulders"),
    ("van", "Houten"), ("van", "Tol"), ("", "Baas"), ("", "Boon"), ("", "Eijkelenboom"),
    ("", "Heemskerk"), ("", "Ouwehand"), ("", "Poot"), ("", "Schaap"), ("", "Zuidema"),
)

# --- Places: cities with a realistic postal-code range and area phone code -----------------------


@dataclass(frozen=True)
class City:
    name: str
    postal_from: int
    postal_to: int
    area_code: str  # national form without the leading 0: "20" for Amsterdam, "513" for Heerenveen
    weight: int  # rough relative number of businesses


CITIES: tuple[City, ...] = (
    City("Amsterdam", 1011, 1109, "20", 60),
    City("Rotterdam", 3011, 3089, "10", 45),
    City("Den Haag", 2491, 2599, "70", 35),
    City("Utrecht", 3511, 3585, "30", 30),
    City("Eindhoven", 5611, 5658, "40", 20),
    City("Groningen", 9711, 9747, "50", 18),
    City("Tilburg", 5011, 5049, "13", 15),
    City("Almere", 1311, 1363, "36", 14),
    City("Breda", 4811, 4839, "76", 14),
    City("Nijmegen", 6511, 6546, "24", 13),
    City("Apeldoorn", 7311, 7339, "55", 12),
    City("Haarlem", 2011, 2037, "23", 12),
    City("Arnhem", 6811, 6846, "26", 12),
    City("Enschede", 7511, 7548, "53", 12),
    City("Amersfoort", 3811, 3829, "33", 11),
    City("Zaandam", 1501, 1509, "75", 9),
    City("'s-Hertogenbosch", 5211, 5237, "73", 11),
    City("Zwolle", 8011, 8043, "38", 10),
    City("Leiden", 2311, 2334, "71", 10),
    City("Maastricht", 6211, 6229, "43", 10),
    City("Dordrecht", 3311, 3329, "78", 9),
    City("Zoetermeer", 2711, 2729, "79", 9),
    City("Ede", 6711, 6718, "318", 8),
    City("Leeuwarden", 8911, 8939, "58", 8),
    City("Alkmaar", 1811, 1829, "72", 8),
    City("Emmen", 7811, 7828, "591", 7),
    City("Delft", 2611, 2629, "15", 8),
    City("Venlo", 5911, 5928, "77", 7),
    City("Deventer", 7411, 7429, "570", 7),
    City("Helmond", 5701, 5709, "492", 7),
    City("Oss", 5341, 5349, "412", 6),
    City("Amstelveen", 1181, 1189, "20", 7),
    City("Hilversum", 1211, 1223, "35", 7),
    City("Heerlen", 6411, 6422, "45", 6),
    City("Sittard", 6131, 6137, "46", 5),
    City("Roosendaal", 4701, 4709, "165", 5),
    City("Purmerend", 1441, 1448, "299", 5),
    City("Schiedam", 3111, 3125, "10", 5),
    City("Spijkenisse", 3201, 3209, "181", 5),
    City("Vlaardingen", 3131, 3138, "10", 5),
    City("Alphen aan den Rijn", 2401, 2409, "172", 5),
    City("Gouda", 2801, 2809, "182", 5),
    City("Hoorn", 1621, 1628, "229", 5),
    City("Almelo", 7601, 7609, "546", 5),
    City("Lelystad", 8211, 8245, "320", 5),
    City("Assen", 9401, 9409, "592", 4),
    City("Bergen op Zoom", 4611, 4625, "164", 4),
    City("Veenendaal", 3901, 3907, "318", 4),
    City("Den Helder", 1781, 1789, "223", 4),
    City("Middelburg", 4331, 4339, "118", 4),
    City("Vlissingen", 4381, 4389, "118", 3),
    City("Goes", 4461, 4465, "113", 3),
    City("Harderwijk", 3841, 3849, "341", 3),
    City("Kampen", 8261, 8267, "38", 3),
    City("Doetinchem", 7001, 7009, "314", 4),
    City("Hengelo", 7551, 7559, "74", 5),
    City("Roermond", 6041, 6046, "475", 4),
    City("Weert", 6001, 6006, "495", 3),
    City("Tiel", 4001, 4007, "344", 3),
    City("Wageningen", 6701, 6709, "317", 3),
    City("Drachten", 9201, 9207, "512", 3),
    City("Sneek", 8601, 8608, "515", 3),
    City("Heerenveen", 8441, 8449, "513", 3),
    City("Meppel", 7941, 7944, "522", 3),
    City("Zutphen", 7201, 7207, "575", 3),
    City("Gorinchem", 4201, 4207, "183", 3),
    City("Nieuwegein", 3431, 3439, "30", 5),
    City("Houten", 3991, 3998, "30", 4),
    City("Capelle aan den IJssel", 2901, 2909, "10", 4),
    City("Katwijk", 2221, 2225, "71", 3),
    City("Hoofddorp", 2131, 2136, "23", 5),
    City("Waalwijk", 5141, 5146, "416", 3),
    City("Zeist", 3701, 3709, "30", 4),
    City("Woerden", 3441, 3449, "348", 3),
    City("Barneveld", 3771, 3774, "342", 3),
    City("Winterswijk", 7101, 7109, "543", 2),
    City("Oosterhout", 4901, 4909, "162", 3),
    City("Uden", 5401, 5406, "413", 3),
    City("Nijkerk", 3861, 3864, "33", 2),
)

# Letter pairs that PostNL does not use in postal codes.
UNUSED_POSTAL_LETTERS: frozenset[str] = frozenset({"SA", "SD", "SS"})

STREETS: tuple[str, ...] = (
    "Kerkstraat", "Dorpsstraat", "Hoofdstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Molenstraat",
    "Nieuwstraat", "Julianastraat", "Wilhelminastraat", "Beatrixstraat", "Marktstraat", "Kastanjelaan",
    "Eikenlaan", "Beukenlaan", "Lindelaan", "Industrieweg", "Handelsweg", "Nijverheidsweg", "Ambachtsweg",
    "Energieweg", "Kanaalweg", "Havenstraat", "Parallelweg", "Oranjestraat", "Prins Bernhardlaan",
    "Prinses Irenestraat", "Sportlaan", "Parklaan", "Burgemeester de Withstraat", "Vondellaan",
    "Rembrandtlaan", "Van Goghstraat", "Spoorstraat", "Emmastraat", "Koningin Julianaweg", "Zuiderweg",
    "Noorderweg", "Westeinde", "Oosteinde", "Achterweg", "Veldweg", "Bosweg", "Heuvelweg", "Dijkstraat",
    "Kade", "Herengracht", "Keizersgracht", "Singel", "Voorstraat", "Achterstraat", "Raadhuisstraat",
    "Brugstraat", "Tuinstraat", "Rozenstraat", "Lelystraat", "Tulpstraat", "Zonnebloemstraat",
    "Weth. van Essenstraat", "Laan van Nieuw Oost-Indië", "Europalaan", "Amerikaweg", "Edisonstraat",
    "Einsteinstraat", "Faradaystraat", "Keplerstraat", "Newtonstraat", "Pascalweg", "Zernikelaan",
    "Kastelenstraat", "Hofstraat", "Gasthuisstraat", "Steenweg", "Ringweg", "Middelweg", "Breestraat",
    "Lange Nieuwstraat", "Korte Kerkstraat", "Bedrijvenpark", "Science Park", "Transportweg",
)
HOUSE_NUMBER_SUFFIXES: tuple[str, ...] = ("a", "b", "c", "-1", "-2", " bis")

# --- Companies -----------------------------------------------------------------------------------

# Name patterns and the (Dutch default) business they belong to. Placeholders: {surname} (a surname
# with its tussenvoegsel capitalised, as at the start of a company name: "Van der Berg"),
# {surname2}, {city}, {word}. The weight is how often the pattern is used.
COMPANY_PATTERNS: tuple[tuple[str, str, int], ...] = (
    ("Bakkerij {surname}", "Detailhandel", 4),
    ("{surname} Installatietechniek B.V.", "Bouw en installatie", 6),
    ("{surname} Transport", "Transport en logistiek", 5),
    ("{surname} Logistiek B.V.", "Transport en logistiek", 3),
    ("Transportbedrijf {surname}", "Transport en logistiek", 3),
    ("{surname} & Zonen", "Groothandel", 3),
    ("Autobedrijf {surname}", "Detailhandel", 4),
    ("{surname} Bouw B.V.", "Bouw en installatie", 5),
    ("Bouwbedrijf {surname}", "Bouw en installatie", 4),
    ("Schildersbedrijf {surname}", "Bouw en installatie", 3),
    ("Loodgietersbedrijf {surname}", "Bouw en installatie", 2),
    ("{surname} Elektrotechniek", "Bouw en installatie", 3),
    ("{surname} Accountants", "Financiële dienstverlening", 4),
    ("Administratiekantoor {surname}", "Zakelijke dienstverlening", 4),
    ("{surname} & {surname2} Advocaten", "Zakelijke dienstverlening", 2),
    ("Notariskantoor {surname}", "Zakelijke dienstverlening", 2),
    ("{surname} Makelaardij", "Zakelijke dienstverlening", 3),
    ("{surname} Consultancy", "Zakelijke dienstverlening", 3),
    ("{surname} Schoonmaakdiensten", "Zakelijke dienstverlening", 2),
    ("{surname} Verzekeringen", "Financiële dienstverlening", 2),
    ("{surname} Financieel Advies", "Financiële dienstverlening", 2),
    ("Hoveniersbedrijf {surname}", "Overig", 3),
    ("Restaurant De {word}", "Horeca", 3),
    ("Café {word}", "Horeca", 2),
    ("Hotel {city}", "Horeca", 1),
    ("Eetcafé De {word}", "Horeca", 2),
    ("{city} ICT B.V.", "ICT", 2),
    ("{surname} Software", "ICT", 2),
    ("{word} IT Solutions", "ICT", 2),
    ("Datacentrum {city}", "ICT", 1),
    ("{surname} Metaal B.V.", "Industrie en productie", 3),
    ("Metaalbewerking {city}", "Industrie en productie", 2),
    ("Drukkerij {surname}", "Industrie en productie", 2),
    ("{surname} Kunststoffen", "Industrie en productie", 2),
    ("{surname} Groothandel", "Groothandel", 3),
    ("Groothandel {surname} B.V.", "Groothandel", 2),
    ("Fysiotherapie {city}", "Zorg en welzijn", 2),
    ("Tandartspraktijk {surname}", "Zorg en welzijn", 2),
    ("Huisartsenpraktijk {surname}", "Zorg en welzijn", 2),
    ("Kinderopvang De {word}", "Zorg en welzijn", 2),
    ("Basisschool De {word}", "Onderwijs", 1),
    ("Opleidingscentrum {city}", "Onderwijs", 1),
    ("Rijschool {surname}", "Onderwijs", 2),
    ("Gemeente {city}", "Overheid", 1),
    ("Melkveebedrijf {surname}", "Landbouw", 2),
    ("Kwekerij {surname}", "Landbouw", 2),
    ("Loonbedrijf {surname}", "Landbouw", 1),
    ("Slagerij {surname}", "Detailhandel", 2),
    ("{surname} Mode", "Detailhandel", 2),
    ("Fietsenwinkel {surname}", "Detailhandel", 2),
    ("Bloemenhandel {surname}", "Detailhandel", 1),
    ("{surname} Holding B.V.", "Financiële dienstverlening", 1),
    ("{word} Groep", "Zakelijke dienstverlening", 1),
)

COMPANY_WORDS: tuple[str, ...] = (
    "Gouden Leeuw", "Zwaan", "Molen", "Eik", "Linde", "Regenboog", "Zonnebloem", "Klimop", "Vlinder",
    "Horizon", "Ster", "Kompas", "Vuurtoren", "Brug", "Haven", "Toren", "Wilg", "Kroon", "Pauw",
    "Lelie", "Ooievaar", "Boomgaard", "Klaproos", "Zeemeeuw", "Vijverhof",
)

LEGAL_FORM_WORDS: frozenset[str] = frozenset({"b.v.", "bv", "n.v.", "v.o.f.", "vof", "&"})

DEPARTMENTS: tuple[str, ...] = ("Hoofdkantoor", "Inkoop", "Verkoop", "Administratie", "Vestiging Noord",
                                "Vestiging Zuid", "Buitendienst", "Klantenservice")

COMPANY_MAIL_NAMES: tuple[str, ...] = ("info", "info", "info", "contact", "administratie", "verkoop", "kantoor")

PERSONAL_MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl",
    "live.nl", "icloud.com", "hetnet.nl",
)

# --- Persons -------------------------------------------------------------------------------------

# Positions, from common to rare.
POSITIONS: tuple[str, ...] = (
    "Directeur", "Eigenaar", "Inkoper", "Office manager", "Accountmanager", "Verkoopmedewerker",
    "Algemeen directeur", "Financieel directeur", "Commercieel directeur", "Hoofd inkoop",
    "Administratief medewerker", "Marketingmanager", "Projectleider", "Bedrijfsleider", "Boekhouder",
    "Controller", "HR-adviseur", "Receptionist", "Directiesecretaresse", "Technisch directeur",
    "Werkvoorbereider", "Planner", "Magazijnchef", "Productieleider", "IT-manager", "Systeembeheerder",
    "Consultant", "Adviseur", "Vestigingsmanager", "Teamleider", "Klantenservicemedewerker",
    "Salesmanager", "Operationeel manager", "Facilitair manager", "Praktijkhouder", "Chef-kok",
    "Bestuurder", "Vennoot", "Calculator", "Monteur",
)

MOBILE_PREFIXES: tuple[str, ...] = ("1", "2", "3", "4", "5")  # 06-1 ... 06-5

# --- Lists the demo adds when a database has none: (Dutch, English) ---------------------------------

COMPANY_INTERESTS: tuple[tuple[str, str], ...] = (
    ("Nieuwe producten", "New products"),
    ("Onderhoudscontract", "Maintenance contract"),
    ("Duurzaamheid", "Sustainability"),
    ("Digitalisering", "Digitalisation"),
    ("Cloudoplossingen", "Cloud solutions"),
    ("Beveiliging", "Security"),
    ("Lease en financiering", "Lease and financing"),
    ("Training en opleiding", "Training"),
    ("Maatwerk", "Custom work"),
    ("Export", "Export"),
    ("Subsidies", "Grants"),
    ("Partnerschap", "Partnership"),
)

PERSON_INTERESTS: tuple[tuple[str, str], ...] = (
    ("Golf", "Golf"),
    ("Wielrennen", "Cycling"),
    ("Voetbal", "Football"),
    ("Zeilen", "Sailing"),
    ("Wijn", "Wine"),
    ("Kunst en cultuur", "Art and culture"),
    ("Koken", "Cooking"),
    ("Fotografie", "Photography"),
    ("Hardlopen", "Running"),
    ("Tennis", "Tennis"),
    ("Muziek", "Music"),
    ("Reizen", "Travel"),
)


@dataclass(frozen=True)
class DemoSubscriptionType:
    name: tuple[str, str]  # (Dutch, English)
    purpose: tuple[str, str]
    weight: int  # how many subscribed persons choose it, relatively


SUBSCRIPTION_TYPES: tuple[DemoSubscriptionType, ...] = (
    DemoSubscriptionType(
        ("Nieuwsbrief", "Newsletter"),
        ("Maandelijkse nieuwsbrief per e-mail met nieuws, tips en aanbiedingen.",
         "Monthly e-mail newsletter with news, tips and offers."), 10),
    DemoSubscriptionType(
        ("Uitnodigingen evenementen", "Event invitations"),
        ("Uitnodigingen voor klantdagen, workshops en beurzen.",
         "Invitations to customer days, workshops and trade fairs."), 5),
    DemoSubscriptionType(
        ("Productupdates", "Product updates"),
        ("Berichten over nieuwe producten, wijzigingen en onderhoud.",
         "Messages about new products, changes and maintenance."), 4),
    DemoSubscriptionType(
        ("Klantenpanel", "Customer panel"),
        ("Af en toe een korte vragenlijst om onze dienstverlening te verbeteren.",
         "An occasional short survey to improve our service."), 2),
)

SUBSCRIPTION_SOURCES: tuple[str, ...] = ("form", "form", "form", "email", "phone", "in_person", "import")

# Relative weights of the default categories and lead statuses (by their key in domain/defaults.py).
CATEGORY_WEIGHTS: dict[str, int] = {
    "lead": 18, "mql": 8, "opportunity": 8, "lost": 6, "customer": 36, "supplier": 14, "partner": 10,
}
OTHER_CATEGORY_WEIGHT = 5
LEAD_STATUS_WEIGHTS: dict[str, int] = {
    "open": 40, "contacting": 20, "qualified": 18, "disqualified": 10, "renurture": 12,
}
OTHER_LEAD_STATUS_WEIGHT = 10
