#!/usr/bin/env python3
"""Fills unfinished entries of the .ts catalogues from a JSON file of translations.

    tools/fill_ts.py translations.json
    tools/fill_ts.py --replace translations.json   # also changes finished entries (e.g. an Alt+letter)

The JSON maps a language to {source text: translation}, where a translation is a string or,
for %n messages, the list of plural forms: {"de": {"Secrets": "Geheimnisse"},
"en": {"%n secret(s)": ["%n secret", "%n secrets"]}}. Only messages marked unfinished are
touched; sources missing from the file are listed so nothing is forgotten. Run the
update_translations target before and after.
"""
import json
import sys
import xml.etree.ElementTree as ET

REPLACE = False

def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation is None:
            continue
        if translation.get('type') != 'unfinished' and not (REPLACE and message.find('source').text in table):
            continue
        source = message.find('source').text
        numerus = message.get('numerus') == 'yes'
        if source not in table:
            if numerus or path.endswith('_de.ts'):
                missing.append(source)
            continue
        value = table[source]
        if numerus:
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
            translation.text = None
        else:
            translation.text = value
        translation.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing

def main():
    global REPLACE
    args = sys.argv[1:]
    if args and args[0] == '--replace':
        REPLACE = True
        args = args[1:]
    with open(args[0], encoding='utf-8') as f:
        tables = json.load(f)
    for language, table in tables.items():
        path = f'translations/podwarden_{language}.ts'
        for source in fill(path, table):
            print(f'{path}: no translation for {source!r}')

if __name__ == '__main__':
    main()
