<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- One of each mistake tst_translations must report, and two correct entries. -->
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message>
        <source>Fine %1</source>
        <translation>Gut %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>eine Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Unfertig</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Alt</translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusatz %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>ein Element</numerusform>
            <numerusform>Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Line
</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
</context>
</TS>
