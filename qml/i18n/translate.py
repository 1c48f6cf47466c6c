#!/usr/bin/env python3
# Fills the .ts files after `cmake --build --target update_translations` has refreshed them from
# the sources: Norwegian Bokmål for every message, English plural forms. Fails, naming them, if a
# message has no Norwegian translation, so no visible string ships untranslated.
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nb import EN, NB  # noqa: E402


def fill(path, table, require_all):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        numerus = message.get('numerus') == 'yes'
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        value = table.get(source)
        if value is None:
            if require_all or numerus:
                missing.append(source)
            translation.set('type', 'unfinished')
            continue
        if numerus:
            if not isinstance(value, tuple):
                value = (value, value)
            for form in value:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    return missing


here = os.path.dirname(os.path.abspath(__file__))
missing_nb = fill(os.path.join(here, 'fieldnotes_nb.ts'), NB, True)
missing_en = fill(os.path.join(here, 'fieldnotes_en.ts'), EN, False)
for source in missing_nb:
    print('no Norwegian for:', repr(source))
for source in missing_en:
    print('no English plural for:', repr(source))
sys.exit(1 if missing_nb or missing_en else 0)
