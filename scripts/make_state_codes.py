#!/usr/bin/env python3
"""Regenerates data/identity/*.csv, geokg's built-in state identity table, from the public code
lists in ../shared/data/real/ (COW state system v2016, the countrycode crosswalk, ISO 3166-3 and
GDELT's CAMEO country lookup). Run it when one of those lists changes; the output is committed so
that the library needs none of them at run time. The rules are documented in docs/datasets.md.
"""
import csv
import datetime
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
REAL = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "real"
OUT = ROOT / "data" / "identity"

# States whose COW code has no ISO 3166-1 alpha-3 in the crosswalk but one that denotes the same
# state: ISO gave DEU to the Federal Republic (COW 260) and kept it after unification (COW 255
# again); withdrawn ISO 3166-3 codes name the states that ended; COW 345 runs on as Serbia.
ID_OVERRIDES = {260: "DEU", 265: "DDR", 315: "CSK", 345: "SRB", 680: "YMD"}
# The one deliberate merge: two COW codes, one state.
MERGES = {"DEU": {255, 260}}
# Names that datasets use and that none of the lists above gives, checked against each dataset's
# cases (mostly the Global Sanctions Data Base's World Bank-style and historical names).
EXTRA_NAMES = [
    ("COD", "Congo, Democratic Republic of the"),
    ("CIV", "Cote d'Ivoire"),
    ("EGY", "Egypt, Arab Rep."),
    ("ETH", "Ethiopia (excludes Eritrea)"),
    ("MDG", "Malagasy Republic"),
    ("RUS", "Soviet Union"),
    ("JOR", "Transjordan"),
    ("LKA", "Ceylon"),
    ("MYS", "Malaya"),
    ("VNM", "North Vietnam"),
    ("COW-RVN", "South Vietnam"),
    ("ZWE", "Rhodesia"),
    ("PSE", "Palestine"),
    ("SRB", "FRY"),
    ("SRB", "Federal Republic of Yugoslavia"),
]


def cow_date(y, m, d):
    return datetime.date(int(y), int(m), int(d))


def main():
    states = list(csv.DictReader(open(REAL / "cow_states" / "states2016.csv", encoding="utf-8")))
    codelist = list(csv.DictReader(open(REAL / "country_codes" / "countrycode_codelist_without_cldr.csv", encoding="utf-8")))
    iso3 = json.load(open(REAL / "country_codes" / "iso_3166-3.json", encoding="utf-8"))["3166-3"]
    iso1 = json.load(open(REAL / "country_codes" / "iso_3166-1.json", encoding="utf-8"))["3166-1"]
    cameo_rows = list(csv.reader(open(REAL / "gdelt_raw" / "lookups" / "CAMEO.country.txt", encoding="utf-8"), delimiter="\t"))[1:]

    by_cow = {int(r["cown"]): r for r in codelist if r["cown"]}
    by_iso = {r["iso3c"]: r for r in codelist if r["iso3c"]}
    withdrawn = {r["alpha_3"]: r for r in iso3}
    current = {r["alpha_3"]: r for r in iso1}

    def state_id(cow, abbrev):
        if cow in ID_OVERRIDES:
            return ID_OVERRIDES[cow]
        row = by_cow.get(cow)
        if row and row["iso3c"]:
            return row["iso3c"]
        return "COW-" + abbrev

    rows = []
    ids_of_cow = {}
    for s in states:
        cow = int(s["ccode"])
        sid = state_id(cow, s["stateabb"])
        start = cow_date(s["styear"], s["stmonth"], s["stday"])
        last = cow_date(s["endyear"], s["endmonth"], s["endday"])
        # COW's end day is the last day of membership; 2016-12-31 means "still a member".
        end = "" if last == datetime.date(2016, 12, 31) else (last + datetime.timedelta(days=1)).isoformat()
        ids_of_cow.setdefault(cow, sid)
        rows.append((sid, cow, s["stateabb"], s["statenme"], start.isoformat(), end))
    # One id per COW code, and one COW code per id except the documented merges.
    cows_of_id = {}
    for cow, sid in ids_of_cow.items():
        cows_of_id.setdefault(sid, set()).add(cow)
    for sid, cows in cows_of_id.items():
        if len(cows) > 1 and MERGES.get(sid) != cows:
            sys.exit(f"make_state_codes: {sid} would join COW codes {sorted(cows)}")

    def codes_for(sid, cow):
        row = by_iso.get(sid) or by_cow.get(cow)
        if sid in current:
            a2, num = current[sid]["alpha_2"], current[sid]["numeric"]
        elif sid in withdrawn:
            a2, num = withdrawn[sid]["alpha_4"][:2], withdrawn[sid].get("numeric", "")
        else:
            a2, num = "", ""
        gw = row["gwn"] if row else ""
        if cow in (255, 260, 265, 345):
            gw = str(cow)  # Gleditsch-Ward agrees with COW here, except for Germany after 1990
        fips = row["fips"] if row else ""
        return a2, num, gw, fips

    # ISO countries outside the COW system (Hong Kong, Palestine, ...): identity without spells.
    for code, r in sorted(by_iso.items()):
        if code not in cows_of_id:
            cows_of_id[code] = set()
            rows.append((code, "", "", r["country.name.en"], "", ""))

    names = {}

    def add_name(sid, name):
        name = name.strip()
        if name:
            names.setdefault((sid, name), None)

    for sid, cow, abbrev, name, *_ in rows:
        add_name(sid, name)
        r = by_iso.get(sid) or (by_cow.get(cow) if cow != "" else None)
        if r:
            for col in ("country.name.en", "cow.name", "iso.name.en", "un.name.en", "p4.name", "vdem.name", "wb_api3c"):
                if col != "wb_api3c":
                    add_name(sid, r[col])
        if sid in current:
            for k in ("name", "official_name", "common_name"):
                add_name(sid, current[sid].get(k, ""))
        if sid in withdrawn:
            add_name(sid, withdrawn[sid]["name"])

    # CAMEO country codes: equal to an id of the table, or a state named the same.
    name_to_id = {}
    for (sid, name) in names:
        name_to_id.setdefault(name.casefold(), sid)
    cameo = {}
    for code, label in cameo_rows:
        sid = code if code in cows_of_id else name_to_id.get(label.strip().casefold())
        if sid:
            cameo.setdefault(sid, []).append(code)
            add_name(sid, label)

    for sid, name in EXTRA_NAMES:
        if sid not in cows_of_id:
            sys.exit(f"make_state_codes: EXTRA_NAMES names unknown id {sid}")
        add_name(sid, name)

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "states.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "cow", "cow_abbrev", "name", "start", "end", "gw", "iso_alpha2", "iso_numeric", "fips", "cameo"])
        for sid, cow, abbrev, name, start, end in rows:
            a2, num, gw, fips = codes_for(sid, cow if cow != "" else None)
            if cow == 255 and start >= "1990":
                gw = "260"  # Gleditsch-Ward code unified Germany as West Germany's 260
            w.writerow([sid, cow, abbrev, name, start, end, gw, a2, num, fips, " ".join(cameo.get(sid, []))])
    with open(OUT / "names.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name"])
        for sid, name in sorted(names):
            w.writerow([sid, name])
    print(f"{len(rows)} rows, {len(cows_of_id)} ids, {len(names)} names, {sum(map(len, cameo.values()))} CAMEO codes")


if __name__ == "__main__":
    main()
