"""Country names as Serbian filings need them: "državljanin Avganistana" takes the genitive.

The case file stores the nationality as people say it ("Avganistan"); the templates print
"državljanin {{ client_citizenship }}", so the context gives the genitive. Names not in
this table are passed through as entered (the office may type the genitive itself).
"""

from __future__ import annotations

GENITIVE: dict[str, str] = {
    "Avganistan": "Avganistana",
    "Alžir": "Alžira",
    "Bangladeš": "Bangladeša",
    "Burundi": "Burundija",
    "DR Kongo": "DR Konga",
    "Egipat": "Egipta",
    "Eritreja": "Eritreje",
    "Etiopija": "Etiopije",
    "Gana": "Gane",
    "Gvineja": "Gvineje",
    "Indija": "Indije",
    "Irak": "Iraka",
    "Iran": "Irana",
    "Jemen": "Jemena",
    "Kamerun": "Kameruna",
    "Kina": "Kine",
    "Kuba": "Kube",
    "Liban": "Libana",
    "Libija": "Libije",
    "Mali": "Malija",
    "Maroko": "Maroka",
    "Nepal": "Nepala",
    "Nigerija": "Nigerije",
    "Pakistan": "Pakistana",
    "Palestina": "Palestine",
    "Rusija": "Rusije",
    "Senegal": "Senegala",
    "Sirija": "Sirije",
    "Somalija": "Somalije",
    "Sudan": "Sudana",
    "Šri Lanka": "Šri Lanke",
    "Tunis": "Tunisa",
    "Turska": "Turske",
    "Ukrajina": "Ukrajine",
    "Belorusija": "Belorusije",
    "Kazahstan": "Kazahstana",
    "Tadžikistan": "Tadžikistana",
    "Uzbekistan": "Uzbekistana",
    "Gruzija": "Gruzije",
    "Jermenija": "Jermenije",
    "Azerbejdžan": "Azerbejdžana",
}


def genitive(country: str) -> str:
    """The genitive of a country name when known, else the name as entered."""
    return GENITIVE.get(country.strip(), country)
