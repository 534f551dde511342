<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The English plural forms of every count the program says: one <message> per tr(text, "", n) of
     the source (tests/acceptance/test_plural_words.py fails when one is missing). Compiled to
     talentdesk_en.qm by packaging/compile_forms.py; app/translation.py loads it. -->
<TS version="2.1" language="en_US">
<context>
    <name>plural</name>
    <message numerus="yes">
        <source>%Ln altered</source>
        <translation>
            <numerusform>%Ln altered</numerusform>
            <numerusform>%Ln altered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are new</source>
        <translation>
            <numerusform>%Ln is new</numerusform>
            <numerusform>%Ln are new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) need a decision.</source>
        <translation>
            <numerusform>%Ln card needs a decision.</numerusform>
            <numerusform>%Ln cards need a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) still in the queue.</source>
        <translation>
            <numerusform>%Ln card is still in the queue.</numerusform>
            <numerusform>%Ln cards are still in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closely</source>
        <translation>
            <numerusform>%Ln closely</numerusform>
            <numerusform>%Ln closely</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln event exported to {path}</numerusform>
            <numerusform>%Ln events exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) match exactly</source>
        <translation>
            <numerusform>%Ln name matches exactly</numerusform>
            <numerusform>%Ln names match exactly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people: average review score and reviews per month</source>
        <translation>
            <numerusform>%Ln person: average review score and reviews per month</numerusform>
            <numerusform>%Ln people: average review score and reviews per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ({layout})</source>
        <translation>
            <numerusform>%Ln row ({layout})</numerusform>
            <numerusform>%Ln rows ({layout})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kept figures of %Ln person(s) (last contact, score, last worked) did not match their records; they were worked out again.</source>
        <translation>
            <numerusform>The kept figures of %Ln person (last contact, score, last worked) did not match their records; they were worked out again.</numerusform>
            <numerusform>The kept figures of %Ln people (last contact, score, last worked) did not match their records; they were worked out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
        <translation>
            <numerusform>The %Ln stored file matches its fingerprint (SHA-256).</numerusform>
            <numerusform>All %Ln stored files match their fingerprints (SHA-256).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acted on</source>
        <translation>
            <numerusform>%n acted on</numerusform>
            <numerusform>%n acted on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) decided</source>
        <translation>
            <numerusform>%n card decided</numerusform>
            <numerusform>%n cards decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
        <translation>
            <numerusform>%n contract · {span} · {paid} paid · {reviews}</numerusform>
            <numerusform>%n contracts · {span} · {paid} paid · {reviews}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) {owner}: {names}</source>
        <translation>
            <numerusform>%n file {owner}: {names}</numerusform>
            <numerusform>%n files {owner}: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), {total} in all{late}</source>
        <translation>
            <numerusform>%n milestone, {total} in all{late}</numerusform>
            <numerusform>%n milestones, {total} in all{late}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more snoozed or dismissed.</source>
        <translation>
            <numerusform>%n more snoozed or dismissed.</numerusform>
            <numerusform>%n more snoozed or dismissed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), average {avg}</source>
        <translation>
            <numerusform>%n review, average {avg}</numerusform>
            <numerusform>%n reviews, average {avg}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n snoozed</numerusform>
            <numerusform>%n snoozed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
        <translation>
            <numerusform>%n week over the limit, {h} in all: pay them as a bonus from Scope change.</numerusform>
            <numerusform>%n weeks over the limit, {h} in all: pay them as a bonus from Scope change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n private review(s)</source>
        <translation>
            <numerusform>Average of %n private review</numerusform>
            <numerusform>Average of %n private reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
        <translation>
            <numerusform>Classification check: last done on {day}, %n point of risk. Check again when something changes.</numerusform>
            <numerusform>Classification check: last done on {day}, %n points of risk. Check again when something changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s) or more</source>
        <translation>
            <numerusform>For %n day or more</numerusform>
            <numerusform>For %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>Not contacted for %n day</numerusform>
            <numerusform>Not contacted for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln stored file(s), {missing} and {altered}.</source>
        <translation>
            <numerusform>Of %Ln stored file, {missing} and {altered}.</numerusform>
            <numerusform>Of %Ln stored files, {missing} and {altered}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit in %n week(s): {weeks}.</source>
        <translation>
            <numerusform>Over the limit in %n week: {weeks}.</numerusform>
            <numerusform>Over the limit in %n weeks: {weeks}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) and to-dos to {file}</source>
        <translation>
            <numerusform>Saved %Ln event and to-dos to {file}</numerusform>
            <numerusform>Saved %Ln events and to-dos to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln people to {file}</source>
        <translation>
            <numerusform>Saved %Ln person to {file}</numerusform>
            <numerusform>Saved %Ln people to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to {file}</source>
        <translation>
            <numerusform>Saved %Ln row to {file}</numerusform>
            <numerusform>Saved %Ln rows to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>Saved {name} (%n page).</numerusform>
            <numerusform>Saved {name} (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start review (%Ln card(s))</source>
        <translation>
            <numerusform>Start review (%Ln card)</numerusform>
            <numerusform>Start review (%Ln cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database file has %Ln problem(s), listed below.</source>
        <translation>
            <numerusform>The database file has %Ln problem, listed below.</numerusform>
            <numerusform>The database file has %Ln problems, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n match(es); add a word to narrow them.</source>
        <translation>
            <numerusform>The newest match; add a word to narrow them.</numerusform>
            <numerusform>The newest %n matches; add a word to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
        <translation>
            <numerusform>Why should this person not be rehired? The reason is shown whenever they come up.</numerusform>
            <numerusform>Why should these %n people not be rehired? The reason is shown whenever they come up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s) {used} ({share})</source>
        <translation>
            <numerusform>last %n week {used} ({share})</numerusform>
            <numerusform>last %n weeks {used} ({share})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %n week(s)</source>
        <translation>
            <numerusform>over the last %n week</numerusform>
            <numerusform>over the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} – {last} (%n day(s))</source>
        <translation>
            <numerusform>{first} – {last} (%n day)</numerusform>
            <numerusform>{first} – {last} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} over %n week(s).</source>
        <translation>
            <numerusform>{hours} over %n week.</numerusform>
            <numerusform>{hours} over %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n review(s)</source>
        <translation>
            <numerusform>{month}: %n review</numerusform>
            <numerusform>{month}: %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln people</source>
        <translation>
            <numerusform>{shown} of %Ln person</numerusform>
            <numerusform>{shown} of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: {risk}, %n point(s) — checked on {day}</source>
        <translation>
            <numerusform>{title}: {risk}, %n point — checked on {day}</numerusform>
            <numerusform>{title}: {risk}, %n points — checked on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
        <translation>
            <numerusform>• %n day since the start; {hours:.1f} hours a week {window}</numerusform>
            <numerusform>• %n days since the start; {hours:.1f} hours a week {window}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored file(s)</source>
        <translation>
            <numerusform>%Ln stored file</numerusform>
            <numerusform>%Ln stored files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in the queue.</source>
        <translation>
            <numerusform>%n card in the queue.</numerusform>
            <numerusform>%n cards in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n page(s)): {title}</source>
        <translation>
            <numerusform>Wrote {file} (%n page): {title}</numerusform>
            <numerusform>Wrote {file} (%n pages): {title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: the database (schema {schema}) and %n attachment file(s)</source>
        <translation>
            <numerusform>Wrote {file}: the database (schema {schema}) and %n attachment file</numerusform>
            <numerusform>Wrote {file}: the database (schema {schema}) and %n attachment files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released automatically</source>
        <translation>
            <numerusform>%n released automatically</numerusform>
            <numerusform>%n released automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) paid</source>
        <translation>
            <numerusform>%n milestone paid</numerusform>
            <numerusform>%n milestones paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered</source>
        <translation>
            <numerusform>%n question answered</numerusform>
            <numerusform>%n questions answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{again} of %n people</source>
        <translation>
            <numerusform>{again} of %n person</numerusform>
            <numerusform>{again} of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bonus(es)</source>
        <translation>
            <numerusform>%n bonus</numerusform>
            <numerusform>%n bonuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thanks</source>
        <translation>
            <numerusform>%n thanks</numerusform>
            <numerusform>%n thanks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {start} to {end}, compared with the %n day(s) before. Click a figure to see what it was counted from.</source>
        <translation>
            <numerusform>From {start} to {end}, compared with the %n day before. Click a figure to see what it was counted from.</numerusform>
            <numerusform>From {start} to {end}, compared with the %n days before. Click a figure to see what it was counted from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team of %n</source>
        <translation>
            <numerusform>team of %n</numerusform>
            <numerusform>team of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the skills considered</source>
        <translation>
            <numerusform>%n person with the skills considered</numerusform>
            <numerusform>%n people with the skills considered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; availability not set for %n</source>
        <translation>
            <numerusform>; availability not set for %n</numerusform>
            <numerusform>; availability not set for %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h a week</source>
        <translation>
            <numerusform>%n h a week</numerusform>
            <numerusform>%n h a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft offer(s) made and kept as a plan: open each from the plan's list to send it.</source>
        <translation>
            <numerusform>%n draft offer made and kept as a plan: open it from the plan's list to send it.</numerusform>
            <numerusform>%n draft offers made and kept as a plan: open each from the plan's list to send it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the skills considered</source>
        <translation>
            <numerusform>%n person with the skills considered</numerusform>
            <numerusform>%n people with the skills considered</numerusform>
        </translation>
    </message>
</context>
</TS>
