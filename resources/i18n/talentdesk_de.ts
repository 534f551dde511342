<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>line {number}</source>
            <translation>Zeile {number}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Please check {field}: {message}</source>
            <translation>Bitte prüfen Sie {field}: {message}</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>Die Datenbank ist beschädigt ({detail}). Stellen Sie eine Sicherung über Datei → Tageskopie wiederherstellen… wieder her; Extras → Datenbank prüfen… nennt Einzelheiten.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to {path}. Check the folder's permissions.</source>
            <translation>TalentDesk darf nicht in {path} schreiben. Prüfen Sie die Berechtigungen des Ordners.</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>den Datenordner</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was saved.</source>
            <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>A file could not be read or written: {error}</source>
            <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>Something went wrong and the action was not completed. Nothing was changed.</source>
            <translation>Etwas ist schiefgegangen; die Aktion wurde nicht ausgeführt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Wait a moment and try again.</source>
            <translation>Die Datenbank wird gerade von einem anderen Programm verwendet. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to the data folder; nothing was saved. Check that the folder and its files may be written (and that the disk is not mounted read-only).</source>
            <translation>TalentDesk darf nicht in den Datenordner schreiben; es wurde nichts gespeichert. Prüfen Sie, ob der Ordner und seine Dateien beschreibbar sind (und der Datenträger nicht schreibgeschützt eingebunden ist).</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the data folder exists and that TalentDesk may read and write it: a read-only folder or disk cannot be used.</source>
            <translation>Die Datenbankdatei kann nicht geöffnet werden. Prüfen Sie, ob der Datenordner existiert und TalentDesk ihn lesen und beschreiben darf: Ein schreibgeschützter Ordner oder Datenträger ist nicht verwendbar.</translation>
        </message>
        <message>
            <source>The database is damaged. Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>Die Datenbank ist beschädigt. Stellen Sie eine Sicherung über Datei → Tageskopie wiederherstellen… wieder her; Extras → Datenbank prüfen… nennt Einzelheiten.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then try again.</source>
            <translation>Der Datenträger meldete einen Fehler beim Lesen oder Schreiben der Datenbank; es wurde nichts gespeichert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>This search {reason}</source>
            <translation>Diese Suche {reason}</translation>
        </message>
        <message>
            <source>{where} cannot be opened: {why}</source>
            <translation>{where} kann nicht geöffnet werden: {why}</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged and there is no good backup to restore.

The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, or move the damaged file away to start afresh.</source>
            <translation>Die Datenbank in {folder} ist beschädigt, und es gibt keine intakte Sicherung zum Wiederherstellen.

Die Datei wurde unverändert gelassen. Öffnen Sie ein Sicherungsarchiv mit „talentdesk restore DATEI.zip“ oder verschieben Sie die beschädigte Datei, um neu zu beginnen.</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}).

Restore the latest good backup, taken {when}? The damaged file is kept in the backups folder.</source>
            <translation>Die Datenbank ist beschädigt ({detail}).

Die letzte intakte Sicherung vom {when} wiederherstellen? Die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
        </message>
        <message>
            <source>The team database {where} cannot be used: {why}</source>
            <translation>Die Team-Datenbank {where} kann nicht verwendet werden: {why}</translation>
        </message>
        <message>
            <source>Your local data opens instead; File → Connect to a team database… tries again.</source>
            <translation>Stattdessen werden Ihre lokalen Daten geöffnet; Datei → Mit Team-Datenbank verbinden… versucht es erneut.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used. {why}</source>
            <translation>Der Datenordner {folder} kann nicht verwendet werden. {why}</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {error}</source>
            <translation>Der Datenordner {folder} kann nicht verwendet werden: {error}</translation>
        </message>
        <message>
            <source>TalentDesk is already open on {folder}. Switch to that window, or close it first.</source>
            <translation>TalentDesk ist bereits mit {folder} geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
        </message>
        <message>
            <source>Gathering the figures…</source>
            <translation>Zahlen werden gesammelt…</translation>
        </message>
        <message>
            <source>Laying out pages…</source>
            <translation>Seiten werden gesetzt…</translation>
        </message>
        <message>
            <source>Contract summary</source>
            <translation>Vertragszusammenfassung</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> pro Stunde</translation>
        </message>
        <message>
            <source> per hour equivalent</source>
            <translation> als Stundenäquivalent</translation>
        </message>
        <message>
            <source> · test project</source>
            <translation> · Testprojekt</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>mit {name}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Verlängert</translation>
        </message>
        <message>
            <source>Test decision</source>
            <translation>Testentscheidung</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Beendigungsgrund</translation>
        </message>
        <message>
            <source>Terms over time</source>
            <translation>Konditionen im Zeitverlauf</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source> (scheduled)</source>
            <translation> (geplant)</translation>
        </message>
        <message>
            <source>Retainer utilisation</source>
            <translation>Retainer-Auslastung</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Hours used</source>
            <translation>Genutzte Stunden</translation>
        </message>
        <message>
            <source>Hours bought</source>
            <translation>Gekaufte Stunden</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Genutzt</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>Diese Woche bisher</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Letzte Woche</numerusform>
                <numerusform>Letzte %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Leistungsumfang</translation>
        </message>
        <message>
            <source>No written scope of work.</source>
            <translation>Kein schriftlicher Leistungsumfang.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>ab {day}</translation>
        </message>
        <message>
            <source>Scope changes and budget</source>
            <translation>Umfangsänderungen und Budget</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Veranlasst von</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Vereinbart</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Vorher → nachher</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>The agreement has not changed since it started.</source>
            <translation>Die Vereinbarung ist seit Beginn unverändert.</translation>
        </message>
        <message>
            <source>Original budget</source>
            <translation>Ursprüngliches Budget</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>not over</source>
            <translation>nicht überschritten</translation>
        </message>
        <message>
            <source>Budget now</source>
            <translation>Aktuelles Budget</translation>
        </message>
        <message>
            <source>Over budget by</source>
            <translation>Budget überschritten um</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>No milestones.</source>
            <translation>Keine Meilensteine.</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Stunden pro Woche</translation>
        </message>
        <message>
            <source>No hours logged.</source>
            <translation>Keine Stunden erfasst.</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Erfasste Stunden</translation>
        </message>
        <message>
            <source>Weekly limit in force each week</source>
            <translation>Geltendes Wochenlimit je Woche</translation>
        </message>
        <message numerus="yes">
            <source>{hours} over %n week(s).</source>
            <translation>
                <numerusform>{hours} in %n Woche.</numerusform>
                <numerusform>{hours} in %n Wochen.</numerusform>
            </translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> und {n} weitere</translation>
        </message>
        <message numerus="yes">
            <source>Over the limit in %n week(s): {weeks}.</source>
            <translation>
                <numerusform>Über dem Limit in %n Woche: {weeks}.</numerusform>
                <numerusform>Über dem Limit in %n Wochen: {weeks}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payments by kind</source>
            <translation>Zahlungen nach Art</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>No payments yet.</source>
            <translation>Noch keine Zahlungen.</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} am {day}</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Korrekturen</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>No payment has been corrected or removed.</source>
            <translation>Keine Zahlung wurde korrigiert oder entfernt.</translation>
        </message>
        <message>
            <source>Files shared</source>
            <translation>Geteilte Dateien</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>No files shared.</source>
            <translation>Keine Dateien geteilt.</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Sterne</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>No public feedback recorded.</source>
            <translation>Kein öffentliches Feedback erfasst.</translation>
        </message>
        <message>
            <source>No private review yet.</source>
            <translation>Noch keine private Bewertung.</translation>
        </message>
        <message>
            <source>Check-in {date}</source>
            <translation>Zwischenbewertung {date}</translation>
        </message>
        <message>
            <source>Private review {date}</source>
            <translation>Private Bewertung {date}</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Erneut beauftragen</translation>
        </message>
        <message>
            <source>Would recommend</source>
            <translation>Weiterempfehlung</translation>
        </message>
        <message>
            <source>Why it ended: {text}</source>
            <translation>Beendigungsgrund: {text}</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Offboarding</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <source>No offboarding checklist (it starts when the contract ends).</source>
            <translation>Keine Offboarding-Checkliste (sie beginnt mit dem Vertragsende).</translation>
        </message>
        <message>
            <source>Access and equipment still open</source>
            <translation>Noch offene Zugänge und Geräte</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Gewährt</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Entziehen bis</translation>
        </message>
        <message>
            <source>Writing page {n} of {m}…</source>
            <translation>Seite {n} von {m} wird geschrieben…</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Gedruckt am {date}</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>Seite {n} von {m}</translation>
        </message>
        <message>
            <source>Person dossier</source>
            <translation>Personendossier</translation>
        </message>
        <message>
            <source> · favourite</source>
            <translation> · Favorit</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Talentpool-Status</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <source>{start}–{end} their time</source>
            <translation>{start}–{end} Ortszeit</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Bevorzugt</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Antwortet innerhalb</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nie erfasst</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Verträge</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>Reach them</source>
            <translation>Erreichbar über</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>No contracts yet.</source>
            <translation>Noch keine Verträge.</translation>
        </message>
        <message>
            <source>{n}, average {avg}</source>
            <translation>{n}, Durchschnitt {avg}</translation>
        </message>
        <message>
            <source>Engagements (contracts linked by renewals)</source>
            <translation>Auftragsketten (durch Verlängerungen verknüpfte Verträge)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>Spend per year</source>
            <translation>Ausgaben pro Jahr</translation>
        </message>
        <message>
            <source>Nothing paid yet.</source>
            <translation>Noch nichts bezahlt.</translation>
        </message>
        <message>
            <source>{figure} per year ({currency})</source>
            <translation>{figure} pro Jahr ({currency})</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Verlauf der Sätze</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Their rate</source>
            <translation>Satz der Person</translation>
        </message>
        <message>
            <source>No rates recorded.</source>
            <translation>Keine Sätze erfasst.</translation>
        </message>
        <message>
            <source>No reviews or feedback yet.</source>
            <translation>Noch keine Bewertungen und kein Feedback.</translation>
        </message>
        <message>
            <source>Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.</source>
            <translation>Letzte private Bewertung {date}: durchschnittlich {avg} von 5; erneut beauftragen: {rehire}.</translation>
        </message>
        <message>
            <source>Latest comments</source>
            <translation>Neueste Kommentare</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>Appreciation given</source>
            <translation>Gezeigte Anerkennung</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>No appreciation recorded yet.</source>
            <translation>Noch keine Anerkennung erfasst.</translation>
        </message>
        <message>
            <source>Open access and equipment</source>
            <translation>Offene Zugänge und Geräte</translation>
        </message>
        <message>
            <source>Nothing open: no access or equipment outstanding.</source>
            <translation>Nichts offen: keine Zugänge oder Geräte ausstehend.</translation>
        </message>
        <message>
            <source>Documents on file</source>
            <translation>Hinterlegte Dokumente</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Geteilt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>(the person's own)</source>
            <translation>(Eigentum der Person)</translation>
        </message>
        <message>
            <source>No agreements, NDAs or insurance on file.</source>
            <translation>Keine Vereinbarungen, NDAs oder Versicherungen hinterlegt.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Private review (average)</source>
            <translation>Private Bewertung (Durchschnitt)</translation>
        </message>
        <message>
            <source>Public feedback given</source>
            <translation>Gegebenes öffentliches Feedback</translation>
        </message>
        <message>
            <source>Review trend (1–5)</source>
            <translation>Bewertungstrend (1–5)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Review session</source>
            <translation>Prüfrunde</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Yearly spend {year}</source>
            <translation>Jahresausgaben {year}</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>Steuerjahr {year}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Zusammenarbeit mit mir</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Gesamtkosten in {currency}</translation>
        </message>
        <message>
            <source>Not counted: no exchange rate for the day</source>
            <translation>Nicht gezählt: kein Wechselkurs für den Tag</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>Review session {date}</source>
            <translation>Prüfrunde {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) decided</source>
            <translation>
                <numerusform>%n Karte entschieden</numerusform>
                <numerusform>%n Karten entschieden</numerusform>
            </translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>nicht abgeschlossen</translation>
        </message>
        <message>
            <source>Cards and decisions</source>
            <translation>Karten und Entscheidungen</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Why it came up</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>No card was decided in this session.</source>
            <translation>In dieser Prüfrunde wurde keine Karte entschieden.</translation>
        </message>
        <message>
            <source>Yearly spend</source>
            <translation>Jahresausgaben</translation>
        </message>
        <message>
            <source>Spend in {year}</source>
            <translation>Ausgaben {year}</translation>
        </message>
        <message>
            <source>{total} in {currency} · {per_currency}</source>
            <translation>{total} in {currency} · {per_currency}</translation>
        </message>
        <message>
            <source>Nothing was paid in {year}.</source>
            <translation>Im Jahr {year} wurde nichts bezahlt.</translation>
        </message>
        <message>
            <source>In {currency}</source>
            <translation>In {currency}</translation>
        </message>
        <message>
            <source>People paid</source>
            <translation>Bezahlte Personen</translation>
        </message>
        <message>
            <source>Per month ({currency})</source>
            <translation>Pro Monat ({currency})</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Pro Monat</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Pro Person</translation>
        </message>
        <message>
            <source>In {currency}, each payment at the rate of its date</source>
            <translation>In {currency}, jede Zahlung zum Kurs ihres Datums</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>kein Kurs</translation>
        </message>
        <message>
            <source>* Some of this person's payments have no exchange rate for their day and are not in the total; import the rates (File → Import → Exchange rates…) to count them.</source>
            <translation>* Für einige Zahlungen dieser Person gibt es keinen Wechselkurs für ihren Tag; sie sind nicht in der Summe enthalten. Importieren Sie die Kurse (Datei → Importieren → Wechselkurse…), um sie mitzuzählen.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>The work</source>
            <translation>Die Arbeit</translation>
        </message>
        <message>
            <source>{skill} (level {level} or above)</source>
            <translation>{skill} (Stufe {level} oder höher)</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Stunden pro Woche</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Überschneidung mit meinem Tag</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Höchstsatz</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Geplant am</translation>
        </message>
        <message>
            <source>The team chosen</source>
            <translation>Das gewählte Team</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Rate an hour</source>
            <translation>Stundensatz</translation>
        </message>
        <message>
            <source>Cost for the period</source>
            <translation>Kosten für den Zeitraum</translation>
        </message>
        <message>
            <source>Nobody is in this plan any more.</source>
            <translation>Niemand ist mehr in diesem Plan.</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <source>Alternatives considered</source>
            <translation>Geprüfte Alternativen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>one person</source>
            <translation>eine Person</translation>
        </message>
        <message>
            <source>{name}: {hours} h a week</source>
            <translation>{name}: {hours} h pro Woche</translation>
        </message>
        <message>
            <source>No proposal meets the description.</source>
            <translation>Kein Vorschlag erfüllt die Beschreibung.</translation>
        </message>
        <message>
            <source>Not met: {what}</source>
            <translation>Nicht erfüllt: {what}</translation>
        </message>
        <message>
            <source>nearest: {name} — {detail}</source>
            <translation>am nächsten: {name} — {detail}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n Person mit den Fähigkeiten berücksichtigt</numerusform>
                <numerusform>%n Personen mit den Fähigkeiten berücksichtigt</numerusform>
            </translation>
        </message>
        <message>
            <source>{considered}; availability not set for {count}</source>
            <translation>{considered}; Verfügbarkeit nicht festgelegt bei {count}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>No other person or team meets the description today.</source>
            <translation>Keine andere Person und kein anderes Team erfüllt die Beschreibung heute.</translation>
        </message>
        <message>
            <source>Not met by anyone: {what}.</source>
            <translation>Von niemandem erfüllt: {what}.</translation>
        </message>
        <message>
            <source>Nearest: {who}.</source>
            <translation>Am nächsten: {who}.</translation>
        </message>
        <message>
            <source>{amount} +?</source>
            <translation>{amount} +?</translation>
        </message>
        <message>
            <source>By currency:</source>
            <translation>Nach Währung:</translation>
        </message>
        <message>
            <source>Not counted, no exchange rate for their day: {amounts}</source>
            <translation>Nicht gezählt, kein Wechselkurs für ihren Tag: {amounts}</translation>
        </message>
        <message>
            <source>{amount}/h</source>
            <translation>{amount}/h</translation>
        </message>
        <message>
            <source>{this} · {next}</source>
            <translation>{this} · {next}</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Namen eingeben…</translation>
        </message>
        <message>
            <source>Edit appreciation: {name}</source>
            <translation>Anerkennung bearbeiten: {name}</translation>
        </message>
        <message>
            <source>A thank-you bonus is a payment: correct its amount or day on the contract's Payments tab.</source>
            <translation>Ein Dankesbonus ist eine Zahlung: Korrigieren Sie Betrag oder Tag im Reiter „Zahlungen“ des Vertrags.</translation>
        </message>
        <message>
            <source>Say thanks to {name}</source>
            <translation>{name} danken</translation>
        </message>
        <message>
            <source>(not about one contract)</source>
            <translation>(ohne Vertragsbezug)</translation>
        </message>
        <message>
            <source>Edit appreciation</source>
            <translation>Anerkennung bearbeiten</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Edit check-in: {name}</source>
            <translation>Zwischenbewertung bearbeiten: {name}</translation>
        </message>
        <message>
            <source>There is no running contract to check in on. A check-in is for work in progress; after the end, use the end-of-contract review.</source>
            <translation>Es gibt keinen laufenden Vertrag für eine Zwischenbewertung. Eine Zwischenbewertung ist für laufende Arbeit gedacht; nach dem Ende nutzen Sie die Abschlussbewertung.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Zwischenbewertung bearbeiten</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved</source>
            <translation>PDF gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Saved {name} (%n page(s)).</source>
            <translation>
                <numerusform>{name} gespeichert (%n Seite).</numerusform>
                <numerusform>{name} gespeichert (%n Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>{name} wird geschrieben…</translation>
        </message>
        <message>
            <source>Export the person's dossier</source>
            <translation>Dossier der Person exportieren</translation>
        </message>
        <message>
            <source>Export the contract summary</source>
            <translation>Vertragszusammenfassung exportieren</translation>
        </message>
        <message>
            <source>Export the review session</source>
            <translation>Prüfrunde exportieren</translation>
        </message>
        <message>
            <source>Export working with me</source>
            <translation>„Zusammenarbeit mit mir“ exportieren</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Plan exportieren</translation>
        </message>
        <message>
            <source>Yearly spend report</source>
            <translation>Bericht über Jahresausgaben</translation>
        </message>
        <message>
            <source>Nothing has been paid yet. Record payments in a contract's workroom first.</source>
            <translation>Es wurde noch nichts bezahlt. Erfassen Sie zuerst Zahlungen im Arbeitsraum eines Vertrags.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Jahr:</translation>
        </message>
        <message>
            <source>Export the yearly spend</source>
            <translation>Jahresausgaben exportieren</translation>
        </message>
        <message>
            <source>Tax year report</source>
            <translation>Steuerjahresbericht</translation>
        </message>
        <message>
            <source>Tax year:</source>
            <translation>Steuerjahr:</translation>
        </message>
        <message>
            <source>Export the tax year</source>
            <translation>Steuerjahr exportieren</translation>
        </message>
        <message>
            <source>&amp;Yearly spend report…</source>
            <translation>&amp;Jahresausgaben-Bericht…</translation>
        </message>
        <message>
            <source>A PDF of the year's spend per person and per month, by payment kind</source>
            <translation>Ein PDF der Ausgaben des Jahres pro Person und pro Monat, nach Zahlungsart</translation>
        </message>
        <message>
            <source>Ta&amp;x year report…</source>
            <translation>Steuer&amp;jahresbericht…</translation>
        </message>
        <message>
            <source>A PDF for your accountant: every payment of a tax year per person, in your home currency</source>
            <translation>Ein PDF für Ihre Steuerberatung: jede Zahlung eines Steuerjahres je Person, in Ihrer Hauswährung</translation>
        </message>
        <message>
            <source>Log what happened with {name}, with or without a contract. Messages, calls and meetings count as contact for staying in touch.</source>
            <translation>Erfassen Sie, was mit {name} geschah, mit oder ohne Vertrag. Nachrichten, Anrufe und Treffen zählen als Kontakt.</translation>
        </message>
        <message>
            <source>Marketplace &amp;transaction history (Upwork CSV)…</source>
            <translation>&amp;Transaktionsverlauf des Marktplatzes (Upwork-CSV)…</translation>
        </message>
        <message>
            <source>Import payments and people from an Upwork transaction history or weekly summary</source>
            <translation>Zahlungen und Personen aus einem Upwork-Transaktionsverlauf oder einer Wochenübersicht importieren</translation>
        </message>
        <message>
            <source>Talents from &amp;CSV…</source>
            <translation>Talente aus &amp;CSV…</translation>
        </message>
        <message>
            <source>Import people from any CSV file, choosing which column holds what</source>
            <translation>Personen aus einer beliebigen CSV-Datei importieren; Sie wählen, welche Spalte was enthält</translation>
        </message>
        <message>
            <source>&amp;Payments from CSV…</source>
            <translation>&amp;Zahlungen aus CSV…</translation>
        </message>
        <message>
            <source>Import payments from any CSV file, choosing which column holds what</source>
            <translation>Zahlungen aus einer beliebigen CSV-Datei importieren; Sie wählen, welche Spalte was enthält</translation>
        </message>
        <message>
            <source>Contacts (&amp;vCard)…</source>
            <translation>Kontakte (&amp;vCard)…</translation>
        </message>
        <message>
            <source>Import people from a .vcf address book</source>
            <translation>Personen aus einem .vcf-Adressbuch importieren</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>&amp;Wechselkurse…</translation>
        </message>
        <message>
            <source>Import the European Central Bank's reference rates (eurofxref CSV or ZIP) or a date,currency,rate CSV</source>
            <translation>Referenzkurse der Europäischen Zentralbank (eurofxref-CSV oder -ZIP) oder eine CSV mit Datum,Währung,Kurs importieren</translation>
        </message>
        <message>
            <source>{list} as CSV…</source>
            <translation>{list} als CSV…</translation>
        </message>
        <message>
            <source>Save this list for a spreadsheet (UTF-8, formulas made harmless)</source>
            <translation>Diese Liste für eine Tabellenkalkulation speichern (UTF-8, Formeln entschärft)</translation>
        </message>
        <message>
            <source>Everyone as &amp;vCard…</source>
            <translation>Alle als &amp;vCard…</translation>
        </message>
        <message>
            <source>Save the bench as a .vcf address book</source>
            <translation>Den Talentpool als .vcf-Adressbuch speichern</translation>
        </message>
        <message>
            <source>&amp;Dates as calendar (.ics)…</source>
            <translation>&amp;Termine als Kalender (.ics)…</translation>
        </message>
        <message>
            <source>Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar</source>
            <translation>Vertragsenden, Meilensteine, Feedback-Fristen, Zwischenbewertungen und Prüf-Erinnerungen für Ihren Kalender</translation>
        </message>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>In Datei &amp;sichern…</translation>
        </message>
        <message>
            <source>Save the database and every attachment into one zip file</source>
            <translation>Datenbank und alle Anhänge in einer Zip-Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup file…</source>
            <translation>Aus Sicherungsdatei &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace the current data with a backup (a copy of it is kept)</source>
            <translation>Die aktuellen Daten durch eine Sicherung ersetzen (eine Kopie davon wird aufbewahrt)</translation>
        </message>
        <message>
            <source>Import a marketplace transaction history</source>
            <translation>Transaktionsverlauf eines Marktplatzes importieren</translation>
        </message>
        <message>
            <source>Import {what} from CSV</source>
            <translation>{what} aus CSV importieren</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Wechselkurse importieren</translation>
        </message>
        <message>
            <source>Rate files (*.csv *.zip *.txt);;All files (*)</source>
            <translation>Kursdateien (*.csv *.zip *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export {list}</source>
            <translation>{list} exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting {list}…</source>
            <translation>{list} wird exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln row(s) to {file}</source>
            <translation>
                <numerusform>%Ln Zeile in {file} gespeichert</numerusform>
                <numerusform>%Ln Zeilen in {file} gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Kontakte werden exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln people to {file}</source>
            <translation>
                <numerusform>%Ln Person in {file} gespeichert</numerusform>
                <numerusform>%Ln Personen in {file} gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>Exporting dates…</source>
            <translation>Termine werden exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln event(s) and to-dos to {file}</source>
            <translation>
                <numerusform>%Ln Kalendereintrag in {file} gespeichert</numerusform>
                <numerusform>%Ln Termine und Aufgaben in {file} gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-Dateien (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation>Gesichert in {file}</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Aus Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the current data with the backup “{file}”?

The current database is kept in the backups folder first, so this can be undone by restoring that copy.</source>
            <translation>Die aktuellen Daten durch die Sicherung „{file}“ ersetzen?

Die aktuelle Datenbank wird zuvor im Sicherungsordner abgelegt; Sie können dies also rückgängig machen, indem Sie diese Kopie wiederherstellen.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Restored {file}; the previous data is kept in the backups folder</source>
            <translation>{file} wiederhergestellt; die vorherigen Daten liegen im Sicherungsordner</translation>
        </message>
        <message>
            <source>Restored the backup taken {when}. The data as it was is kept in the backups folder.</source>
            <translation>Die Sicherung vom {when} wurde wiederhergestellt. Die bisherigen Daten liegen im Sicherungsordner.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Checking the database and every stored file…</source>
            <translation>Datenbank und alle gespeicherten Dateien werden geprüft…</translation>
        </message>
        <message>
            <source>Restore a &amp;daily copy…</source>
            <translation>&amp;Tageskopie wiederherstellen…</translation>
        </message>
        <message>
            <source>Go back to a copy of your data taken on an earlier day</source>
            <translation>Zu einer Kopie Ihrer Daten von einem früheren Tag zurückkehren</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (or with “talentdesk backup”); the daily copies here are of your local data</source>
            <translation>Eine Team-Datenbank wird auf ihrem Server gesichert (oder mit „talentdesk backup“); die täglichen Kopien hier betreffen Ihre lokalen Daten</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>Datenbank &amp;prüfen…</translation>
        </message>
        <message>
            <source>Check the database file and every stored file against its fingerprint</source>
            <translation>Datenbankdatei und alle gespeicherten Dateien anhand ihres Fingerabdrucks prüfen</translation>
        </message>
        <message>
            <source>This copy of TalentDesk was built without encryption. Install a TalentDesk release package (they include it) in place of this copy, then start TalentDesk again; your data folder stays as it is.</source>
            <translation>Diese Kopie von TalentDesk wurde ohne Verschlüsselung erstellt. Installieren Sie stattdessen ein Release-Paket von TalentDesk (dort ist sie enthalten) und starten Sie TalentDesk dann neu; Ihr Datenordner bleibt unverändert.</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher driver, which is not installed with this copy of TalentDesk. To add it, {command}

then start TalentDesk again.</source>
            <translation>Die Verschlüsselung benötigt den optionalen SQLCipher-Treiber, der mit dieser Kopie von TalentDesk nicht installiert ist. Zum Nachinstallieren: {command}

Starten Sie TalentDesk danach neu.</translation>
        </message>
        <message>
            <source>Re-encrypting your data and its backups…</source>
            <translation>Ihre Daten und deren Sicherungen werden neu verschlüsselt…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>Your data is encrypted. Change its passphrase, or turn encryption off?</source>
            <translation>Ihre Daten sind verschlüsselt. Passphrase ändern oder Verschlüsselung ausschalten?</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Passphrase ändern…</translation>
        </message>
        <message>
            <source>Turn off…</source>
            <translation>Ausschalten…</translation>
        </message>
        <message>
            <source>Your data is now encrypted.</source>
            <translation>Ihre Daten sind jetzt verschlüsselt.</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>Die Passphrase wurde geändert.</translation>
        </message>
        <message>
            <source>Encryption is off; your data is stored unencrypted.</source>
            <translation>Die Verschlüsselung ist aus; Ihre Daten werden unverschlüsselt gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Verschlüsselung…</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and sensitive files with a passphrase</source>
            <translation>Datenbank, Sicherungen und vertrauliche Dateien mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <source>{name}: review scores over time</source>
            <translation>{name}: Bewertungen im Zeitverlauf</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Public feedback</source>
            <translation>Öffentliches Feedback</translation>
        </message>
        <message>
            <source>{name}: no reviews yet. Add a check-in to start the trend.</source>
            <translation>{name}: noch keine Bewertungen. Fügen Sie eine Zwischenbewertung hinzu, damit der Trend beginnt.</translation>
        </message>
        <message>
            <source>Contract start / end</source>
            <translation>Vertragsbeginn / -ende</translation>
        </message>
        <message>
            <source>{title}
{day}</source>
            <translation>{title}
{day}</translation>
        </message>
        <message>
            <source>Reviews and check-ins</source>
            <translation>Bewertungen und Zwischenbewertungen</translation>
        </message>
        <message>
            <source>Average overall score</source>
            <translation>Durchschnittliche Gesamtwertung</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Zwischenbewertung</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Private Bewertung</translation>
        </message>
        <message>
            <source>Overall {score}</source>
            <translation>Gesamt {score}</translation>
        </message>
        <message>
            <source>Would rehire: {answer} · recommend {n}/10</source>
            <translation>Erneut beauftragen: {answer} · Empfehlung {n}/10</translation>
        </message>
        <message>
            <source>Public feedback given · {day}
{stars} {score}/5</source>
            <translation>Gegebenes öffentliches Feedback · {day}
{stars} {score}/5</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n review(s)</source>
            <translation>
                <numerusform>{month}: %n Bewertung</numerusform>
                <numerusform>{month}: %n Bewertungen</numerusform>
            </translation>
        </message>
        <message>
            <source>average overall {avg}</source>
            <translation>Durchschnitt gesamt {avg}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Open {name} on the bench</source>
            <translation>{name} im Talentpool öffnen</translation>
        </message>
        <message>
            <source>Open the workroom of {title}</source>
            <translation>Arbeitsraum von {title} öffnen</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Erfasst von {name}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>from {day}, {name} {before} → {after}</source>
            <translation>ab {day}, {name} {before} → {after}</translation>
        </message>
        <message>
            <source>a team database is named by a postgresql:// URL, not “{url}” (for a local folder, use --data-dir).</source>
            <translation>eine Team-Datenbank wird mit einer postgresql://-URL angegeben, nicht mit „{url}“ (für einen lokalen Ordner verwenden Sie --data-dir).</translation>
        </message>
        <message>
            <source>cannot reach the team database {where}: {reason}</source>
            <translation>die Team-Datenbank {where} ist nicht erreichbar: {reason}</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {file}: {reason}</source>
            <translation>die Passphrase-Datei {file} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Repeat it: </source>
            <translation>Passphrase wiederholen: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed.</source>
            <translation>die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>${variable}, --passphrase-file FILE, or run it in a terminal to be asked</source>
            <translation>${variable} oder --passphrase-file FILE an, oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden</translation>
        </message>
        <message>
            <source>this data folder is encrypted, and opening it needs the SQLCipher driver: {hint}</source>
            <translation>dieser Datenordner ist verschlüsselt, und zum Öffnen wird der SQLCipher-Treiber benötigt: {hint}</translation>
        </message>
        <message>
            <source>Passphrase for {folder}: </source>
            <translation>Passphrase für {folder}: </translation>
        </message>
        <message>
            <source>this data folder is encrypted: give its passphrase with {how}.</source>
            <translation>dieser Datenordner ist verschlüsselt: Geben Sie seine Passphrase mit {how}.</translation>
        </message>
        <message>
            <source>that passphrase does not open this data folder ({folder}); give the right one with {how}.</source>
            <translation>diese Passphrase öffnet den Datenordner ({folder}) nicht; geben Sie die richtige mit {how}.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only, and the window needs to write to it. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>der Datenordner {folder} ist schreibgeschützt, und das Programmfenster muss darin schreiben können. Lesende Befehle (export, report, review --list, backup) funktionieren weiterhin.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only: this command changes it, so it cannot run here. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>der Datenordner {folder} ist schreibgeschützt: Dieser Befehl ändert ihn und kann hier daher nicht ausgeführt werden. Lesende Befehle (export, report, review --list, backup) funktionieren weiterhin.</translation>
        </message>
        <message>
            <source>self-test failed: {problem}</source>
            <translation>Selbsttest fehlgeschlagen: {problem}</translation>
        </message>
        <message>
            <source>TalentDesk {version}: self-test passed ({folder})</source>
            <translation>TalentDesk {version}: Selbsttest bestanden ({folder})</translation>
        </message>
        <message>
            <source>{problem} Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>{problem} Stellen Sie eine Sicherung mit „talentdesk restore FILE.zip“ wieder her, oder öffnen Sie das Fenster, um eine der automatischen Kopien wiederherzustellen.</translation>
        </message>
        <message>
            <source>{folder} is busy: another TalentDesk is writing to it. Try again when it has finished.</source>
            <translation>{folder} ist belegt: Eine andere TalentDesk-Instanz schreibt gerade hinein. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
        </message>
        <message>
            <source>{folder} may not be written (a read-only folder or disk); nothing was changed.</source>
            <translation>in {folder} darf nicht geschrieben werden (schreibgeschützter Ordner oder Datenträger); es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>the disk is full; nothing was changed. Free some space and try again.</source>
            <translation>der Datenträger ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>the database in {folder} cannot be opened: check that the folder exists and may be read.</source>
            <translation>die Datenbank in {folder} kann nicht geöffnet werden: Prüfen Sie, ob der Ordner existiert und gelesen werden darf.</translation>
        </message>
        <message>
            <source>the database in {folder} is damaged. Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>die Datenbank in {folder} ist beschädigt. Stellen Sie eine Sicherung mit „talentdesk restore FILE.zip“ wieder her, oder öffnen Sie das Fenster, um eine der automatischen Kopien wiederherzustellen.</translation>
        </message>
        <message>
            <source>the disk reported an error while reading or writing the database; nothing was saved.</source>
            <translation>der Datenträger meldete beim Lesen oder Schreiben der Datenbank einen Fehler; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>the disk is full{file}; free some space and try again.</source>
            <translation>der Datenträger ist voll{file}; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>may not write{file}: the folder or disk is read-only, or the file belongs to someone else.</source>
            <translation>kein Schreibzugriff{file}: Der Ordner oder Datenträger ist schreibgeschützt, oder die Datei gehört jemand anderem.</translation>
        </message>
        <message>
            <source>not enough memory to finish the command.</source>
            <translation>nicht genügend Arbeitsspeicher, um den Befehl abzuschließen.</translation>
        </message>
        <message>
            <source>the command stopped on an unexpected error ({error}). Run it again with --verbose to see where.</source>
            <translation>der Befehl wurde durch einen unerwarteten Fehler abgebrochen ({error}). Führen Sie ihn mit --verbose erneut aus, um zu sehen, wo.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file}: the database (schema {schema}) and %n attachment file(s)</source>
            <translation>
                <numerusform>{file} geschrieben: die Datenbank (Schema {schema}) und %n Anhangsdatei</numerusform>
                <numerusform>{file} geschrieben: die Datenbank (Schema {schema}) und %n Anhangsdateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored the backup of {created} into the team database {where}: {rows} in {tables} and {files}; every table's count and checksum, and every file's, agree with the backup.</source>
            <translation>Die Sicherung vom {created} wurde in die Team-Datenbank {where} wiederhergestellt: {rows} in {tables} und {files}; Anzahl und Prüfsumme jeder Tabelle und jeder Datei stimmen mit der Sicherung überein.</translation>
        </message>
        <message>
            <source>Restored the backup of {created} into {folder}; the previous database is kept as {kept}</source>
            <translation>Die Sicherung vom {created} wurde in {folder} wiederhergestellt; die bisherige Datenbank bleibt als {kept} erhalten</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>unbekannten Datum</translation>
        </message>
        <message>
            <source>{folder} already holds a TalentDesk database; choose a new folder.</source>
            <translation>{folder} enthält bereits eine TalentDesk-Datenbank; wählen Sie einen neuen Ordner.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Neue Passphrase: </translation>
        </message>
        <message>
            <source>give the new passphrase with ${variable}, --new-passphrase-file FILE, or run it in a terminal to be asked.</source>
            <translation>geben Sie die neue Passphrase mit ${variable} oder --new-passphrase-file FILE an, oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
        </message>
        <message>
            <source>the new passphrase is too short: {reason}</source>
            <translation>die neue Passphrase ist zu kurz: {reason}</translation>
        </message>
        <message>
            <source>{folder} is encrypted</source>
            <translation>{folder} ist verschlüsselt</translation>
        </message>
        <message>
            <source>{folder} is not encrypted</source>
            <translation>{folder} ist nicht verschlüsselt</translation>
        </message>
        <message>
            <source>(encryption needs the SQLCipher driver: {hint})</source>
            <translation>(die Verschlüsselung benötigt den SQLCipher-Treiber: {hint})</translation>
        </message>
        <message>
            <source>this data folder is already encrypted; use “encryption change” for a new passphrase.</source>
            <translation>dieser Datenordner ist bereits verschlüsselt; verwenden Sie „encryption change“ für eine neue Passphrase.</translation>
        </message>
        <message>
            <source>this data folder is not encrypted; use “encryption on” to encrypt it.</source>
            <translation>dieser Datenordner ist nicht verschlüsselt; verwenden Sie „encryption on“, um ihn zu verschlüsseln.</translation>
        </message>
        <message>
            <source>{folder} is now encrypted: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} ist jetzt verschlüsselt: die Datenbank, ihre Sicherungen und die vertraulichen Dateien. Eine Kopie des vorherigen Stands bleibt als {copy} erhalten.</translation>
        </message>
        <message>
            <source>{folder} has its new passphrase: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} hat seine neue Passphrase: die Datenbank, ihre Sicherungen und die vertraulichen Dateien. Eine Kopie des vorherigen Stands bleibt als {copy} erhalten.</translation>
        </message>
        <message>
            <source>{folder} is stored unencrypted again: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} wird wieder unverschlüsselt gespeichert: die Datenbank, ihre Sicherungen und die vertraulichen Dateien. Eine Kopie des vorherigen Stands bleibt als {copy} erhalten.</translation>
        </message>
        <message>
            <source>{folder} holds no TalentDesk database.</source>
            <translation>{folder} enthält keine TalentDesk-Datenbank.</translation>
        </message>
        <message>
            <source>{file}: the output file should end in .pdf.</source>
            <translation>{file}: Die Ausgabedatei sollte auf .pdf enden.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} ist kein Ordner.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n page(s)): {title}</source>
            <translation>
                <numerusform>{file} geschrieben (%n Seite): {title}</numerusform>
                <numerusform>{file} geschrieben (%n Seiten): {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review: the queue is empty.</source>
            <translation>Nichts zu prüfen: Die Warteschlange ist leer.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in the queue.</source>
            <translation>
                <numerusform>%n Karte in der Warteschlange.</numerusform>
                <numerusform>%n Karten in der Warteschlange.</numerusform>
            </translation>
        </message>
        <message>
            <source>--to names a team database by its postgresql:// URL, not “{url}”.</source>
            <translation>--to gibt eine Team-Datenbank mit ihrer postgresql://-URL an, nicht mit „{url}“.</translation>
        </message>
        <message>
            <source>{folder} is not empty: transfer only into a new folder. Nothing was written.</source>
            <translation>{folder} ist nicht leer: Übertragen Sie nur in einen neuen Ordner. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {target}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>{rows} in {tables} und {files} nach {target} kopiert; Anzahl und Prüfsumme jeder Tabelle und jeder Datei stimmen mit der Quelle überein.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n Tabelle</numerusform>
                <numerusform>%n Tabellen</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>{rows} in {tables} und {files} nach {folder} kopiert; Anzahl und Prüfsumme jeder Tabelle und jeder Datei stimmen mit der Quelle überein.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s)</source>
            <translation>
                <numerusform>%Ln gespeicherte Datei</numerusform>
                <numerusform>%Ln gespeicherte Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Submission to approval</source>
            <translation>Von Einreichung bis Freigabe</translation>
        </message>
        <message>
            <source>Submission to payment</source>
            <translation>Von Einreichung bis Zahlung</translation>
        </message>
        <message>
            <source>Hourly weeks paid on time</source>
            <translation>Pünktlich bezahlte Stundenwochen</translation>
        </message>
        <message>
            <source>My answer time</source>
            <translation>Meine Antwortzeit</translation>
        </message>
        <message>
            <source>Feedback I received</source>
            <translation>Erhaltenes Feedback</translation>
        </message>
        <message>
            <source>People hired more than once</source>
            <translation>Mehrfach beauftragte Personen</translation>
        </message>
        <message>
            <source>Average relationship</source>
            <translation>Durchschnittliche Dauer der Zusammenarbeit</translation>
        </message>
        <message>
            <source>Contracts ended</source>
            <translation>Beendete Verträge</translation>
        </message>
        <message>
            <source>Bonuses and thanks per contract</source>
            <translation>Boni und Dank je Vertrag</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to your approval. A milestone not approved within 14 days was released by the marketplace and counts as 14 days.</source>
            <translation>Median der Tage von der Einreichung eines Meilensteins bis zu Ihrer Freigabe. Ein Meilenstein, der nicht innerhalb von 14 Tagen freigegeben wurde, wurde vom Marktplatz freigegeben und zählt als 14 Tage.</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to its payment.</source>
            <translation>Median der Tage von der Einreichung eines Meilensteins bis zu seiner Zahlung.</translation>
        </message>
        <message>
            <source>Hourly weeks whose payment went out within the days set in the settings after the week ended.</source>
            <translation>Wochen auf Stundenbasis, deren Zahlung innerhalb der in den Einstellungen festgelegten Tage nach Wochenende erfolgte.</translation>
        </message>
        <message>
            <source>Median working time you took to answer their first message since your last one, counted in the working hours of either side, weekends left out.</source>
            <translation>Median der Arbeitszeit, die Sie brauchten, um die erste Nachricht der Gegenseite seit Ihrer letzten zu beantworten, gezählt in den Arbeitszeiten beider Seiten, ohne Wochenenden.</translation>
        </message>
        <message>
            <source>The average of the feedback people gave you, and their comments.</source>
            <translation>Der Durchschnitt des Feedbacks, das Sie erhalten haben, und die Kommentare dazu.</translation>
        </message>
        <message>
            <source>Of the people with a contract running in the period, the share you hired again (a renewal is the same engagement).</source>
            <translation>Anteil der Personen mit einem im Zeitraum laufenden Vertrag, die Sie erneut beauftragt haben (eine Verlängerung zählt als dieselbe Auftragskette).</translation>
        </message>
        <message>
            <source>From someone's first contract to their last one's end, on average.</source>
            <translation>Vom ersten Vertrag einer Person bis zum Ende ihres letzten, im Durchschnitt.</translation>
        </message>
        <message>
            <source>Contracts that ended in the period: who ended them, and why.</source>
            <translation>Im Zeitraum beendete Verträge: wer sie beendet hat und warum.</translation>
        </message>
        <message>
            <source>Bonuses and praise given in the period, per contract running in it.</source>
            <translation>Im Zeitraum gegebene Boni und Lob, je darin laufendem Vertrag.</translation>
        </message>
        <message>
            <source>No milestone submitted in this period</source>
            <translation>Kein Meilenstein in diesem Zeitraum eingereicht</translation>
        </message>
        <message>
            <source>No hourly week paid in this period</source>
            <translation>Keine Stundenwoche in diesem Zeitraum bezahlt</translation>
        </message>
        <message>
            <source>No answered message from them in this period</source>
            <translation>Keine beantwortete Nachricht der Gegenseite in diesem Zeitraum</translation>
        </message>
        <message>
            <source>No feedback received in this period</source>
            <translation>Kein Feedback in diesem Zeitraum erhalten</translation>
        </message>
        <message>
            <source>Nobody worked with in this period</source>
            <translation>Mit niemandem in diesem Zeitraum zusammengearbeitet</translation>
        </message>
        <message>
            <source>No contract ended in this period</source>
            <translation>Kein Vertrag in diesem Zeitraum beendet</translation>
        </message>
        <message>
            <source>No contract running in this period</source>
            <translation>Kein laufender Vertrag in diesem Zeitraum</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{score} of 5</source>
            <translation>{score} von 5</translation>
        </message>
        <message>
            <source>{me} by me · {them} by them</source>
            <translation>{me} von mir · {them} von der Gegenseite</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n Meilenstein</numerusform>
                <numerusform>%n Meilensteine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n released automatically</source>
            <translation>
                <numerusform>%n automatisch freigegeben</numerusform>
                <numerusform>%n automatisch freigegeben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) paid</source>
            <translation>
                <numerusform>%n Meilenstein bezahlt</numerusform>
                <numerusform>%n Meilensteine bezahlt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late</source>
            <translation>
                <numerusform>%n verspätet</numerusform>
                <numerusform>%n verspätet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>%n Frage beantwortet</numerusform>
                <numerusform>%n Fragen beantwortet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n Bewertung</numerusform>
                <numerusform>%n Bewertungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{again} of %n people</source>
            <translation>
                <numerusform>{again} von %n Person</numerusform>
                <numerusform>{again} von %n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n beendet</numerusform>
                <numerusform>%n beendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n nicht erfasst</numerusform>
                <numerusform>%n nicht erfasst</numerusform>
            </translation>
        </message>
        <message>
            <source>most often: {reason}</source>
            <translation>am häufigsten: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n Bonus</numerusform>
                <numerusform>%n Boni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thanks</source>
            <translation>
                <numerusform>%n Danksagung</numerusform>
                <numerusform>%n Danksagungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n Vertrag</numerusform>
                <numerusform>%n Verträge</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to compare with before</source>
            <translation>kein Vergleich mit dem Zeitraum davor</translation>
        </message>
        <message>
            <source>{n} by me the period before</source>
            <translation>{n} von mir im Zeitraum davor</translation>
        </message>
        <message>
            <source>same as before ({before})</source>
            <translation>wie zuvor ({before})</translation>
        </message>
        <message>
            <source>▲ from {before}, better</source>
            <translation>▲ von {before}, besser</translation>
        </message>
        <message>
            <source>▲ from {before}, worse</source>
            <translation>▲ von {before}, schlechter</translation>
        </message>
        <message>
            <source>▼ from {before}, better</source>
            <translation>▼ von {before}, besser</translation>
        </message>
        <message>
            <source>▼ from {before}, worse</source>
            <translation>▼ von {before}, schlechter</translation>
        </message>
        <message>
            <source>released automatically</source>
            <translation>automatisch freigegeben</translation>
        </message>
        <message>
            <source>still waiting</source>
            <translation>wartet noch</translation>
        </message>
        <message>
            <source>late</source>
            <translation>verspätet</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>by me</source>
            <translation>von mir</translation>
        </message>
        <message>
            <source>by them</source>
            <translation>von der Person</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>Lob</translation>
        </message>
        <message>
            <source>thanks</source>
            <translation>Danksagung</translation>
        </message>
        <message>
            <source>quoted</source>
            <translation>zitiert</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>pünktlich</translation>
        </message>
        <message numerus="yes">
            <source>%n engagement(s)</source>
            <translation>
                <numerusform>%n Auftragskette</numerusform>
                <numerusform>%n Auftragsketten</numerusform>
            </translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>Steuerjahr</translation>
        </message>
        <message>
            <source>{start} to {end} · amounts in {currency} at the rate of each payment's date</source>
            <translation>{start} bis {end} · Beträge in {currency} zum Kurs am Datum jeder Zahlung</translation>
        </message>
        <message>
            <source>Nothing was paid in this tax year.</source>
            <translation>In diesem Steuerjahr wurde nichts bezahlt.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Rechtlicher Name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Missing tax details</source>
            <translation>Fehlende Steuerangaben</translation>
        </message>
        <message>
            <source>Everyone paid has a legal name, a country and a tax form on file.</source>
            <translation>Für alle bezahlten Personen sind rechtlicher Name, Land und Steuerformular hinterlegt.</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Steuerformular</translation>
        </message>
        <message>
            <source>none on file</source>
            <translation>keines hinterlegt</translation>
        </message>
        <message>
            <source>In their currencies</source>
            <translation>In ihren Währungen</translation>
        </message>
        <message>
            <source>Availability of {name}</source>
            <translation>Verfügbarkeit von {name}</translation>
        </message>
        <message>
            <source>What {name} told you: the hours a week on offer, and the days away. The planner and the bench's Free column take their running contracts off what they offer.</source>
            <translation>Was {name} Ihnen mitgeteilt hat: die angebotenen Stunden pro Woche und die Abwesenheitstage. Der Planer und die Spalte „Frei“ im Talentpool ziehen laufende Verträge vom Angebot ab.</translation>
        </message>
        <message>
            <source>&amp;Offers hours each week</source>
            <translation>Bietet &amp;Stunden pro Woche an</translation>
        </message>
        <message>
            <source>Leave unticked while you do not know: they are shown as “not set”, never as a full week</source>
            <translation>Ohne Haken lassen, solange Sie es nicht wissen: Dann wird „nicht festgelegt“ angezeigt, nie eine volle Woche</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h pro Woche</translation>
        </message>
        <message>
            <source>Away periods</source>
            <translation>Abwesenheiten</translation>
        </message>
        <message>
            <source>e.g. Holiday</source>
            <translation>z. B. Urlaub</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add the days from and to (both included) as away</source>
            <translation>Die Tage von und bis (beide eingeschlossen) als Abwesenheit hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected away period</source>
            <translation>Ausgewählte Abwesenheit entfernen</translation>
        </message>
        <message>
            <source>Away (from – to, note):</source>
            <translation>Abwesend (von – bis, Notiz):</translation>
        </message>
        <message>
            <source>To: must be on or after From.</source>
            <translation>Bis: muss am oder nach „Von“ liegen.</translation>
        </message>
        <message>
            <source>Set availability</source>
            <translation>Verfügbarkeit festlegen</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Wechselkurse</translation>
        </message>
        <message>
            <source>How many units of each currency one euro bought on a day, as the European Central Bank publishes them. A payment takes the rate of its date (the nearest earlier day with one); totals are given in your home currency.</source>
            <translation>Wie viele Einheiten jeder Währung ein Euro an einem Tag kostete, wie die Europäische Zentralbank sie veröffentlicht. Eine Zahlung erhält den Kurs ihres Datums (den nächstfrüheren Tag mit einem Kurs); Summen werden in Ihrer Hauswährung angegeben.</translation>
        </message>
        <message>
            <source>Show the rates of</source>
            <translation>Kurse anzeigen für</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Alle Währungen</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Per euro</source>
            <translation>Pro Euro</translation>
        </message>
        <message>
            <source>No rates yet. Import the ECB's file (eurofxref-hist.zip from its website) or type a rate below.</source>
            <translation>Noch keine Kurse. Importieren Sie die Datei der EZB (eurofxref-hist.zip von ihrer Website) oder geben Sie unten einen Kurs ein.</translation>
        </message>
        <message>
            <source>Remove the selected rate (Edit → Undo brings it back)</source>
            <translation>Ausgewählten Kurs entfernen (Bearbeiten → Rückgängig stellt ihn wieder her)</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>The ECB's eurofxref CSV or ZIP, or a date,currency,rate CSV</source>
            <translation>Die eurofxref-CSV oder -ZIP der EZB oder eine CSV mit Datum,Währung,Kurs</translation>
        </message>
        <message>
            <source>Day of the rate</source>
            <translation>Tag des Kurses</translation>
        </message>
        <message>
            <source>Currency of the rate</source>
            <translation>Währung des Kurses</translation>
        </message>
        <message>
            <source>units per euro, e.g. 1.0856</source>
            <translation>Einheiten pro Euro, z. B. 1.0856</translation>
        </message>
        <message>
            <source>Units of the currency one euro bought</source>
            <translation>Einheiten der Währung, die ein Euro kostete</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>Kurs &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Keep this rate for the day (replacing one already kept for that currency and day)</source>
            <translation>Diesen Kurs für den Tag speichern (ersetzt einen bereits gespeicherten Kurs für diese Währung und diesen Tag)</translation>
        </message>
        <message>
            <source>Home currency: {currency}.</source>
            <translation>Hauswährung: {currency}.</translation>
        </message>
        <message>
            <source>{currency}: {count} from {first} to {last}</source>
            <translation>{currency}: {count} vom {first} bis {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n Kurs</numerusform>
                <numerusform>%n Kurse</numerusform>
            </translation>
        </message>
        <message>
            <source>Add exchange rate</source>
            <translation>Wechselkurs hinzufügen</translation>
        </message>
        <message>
            <source>Remove exchange rate</source>
            <translation>Wechselkurs entfernen</translation>
        </message>
        <message>
            <source>Changed meanwhile</source>
            <translation>Inzwischen geändert</translation>
        </message>
        <message>
            <source>Reload shows what it says now, and what you typed here is lost. Cancel keeps your typing, to copy it before reloading.</source>
            <translation>„Neu laden“ zeigt den aktuellen Stand; was Sie hier eingegeben haben, geht dabei verloren. „Abbrechen“ behält Ihre Eingaben, damit Sie sie vor dem Neuladen kopieren können.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>Co&amp;nnect to a team database…</source>
            <translation>Mit Team-Datenbank &amp;verbinden…</translation>
        </message>
        <message>
            <source>Work on data shared with your team on a PostgreSQL server</source>
            <translation>Mit Daten arbeiten, die Sie auf einem PostgreSQL-Server mit Ihrem Team teilen</translation>
        </message>
        <message>
            <source>Use my &amp;local data</source>
            <translation>Meine &amp;lokalen Daten verwenden</translation>
        </message>
        <message>
            <source>Go back to the data kept on this computer, in {folder}</source>
            <translation>Zu den Daten auf diesem Computer zurückkehren, in {folder}</translation>
        </message>
    </context>
    <context>
        <name>AccessTab</name>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Gewährt</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Entziehen bis</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Entzogen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>Gewähren…</translation>
        </message>
        <message>
            <source>Record access or equipment given</source>
            <translation>Gewährten Zugang oder verliehene Geräte erfassen</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Entziehen</translation>
        </message>
        <message>
            <source>Record that it was taken back today</source>
            <translation>Erfassen, dass es heute zurückgenommen wurde</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Correct what was recorded (Enter)</source>
            <translation>Korrigieren, was erfasst wurde (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove a grant recorded by mistake (Del)</source>
            <translation>Einen versehentlich erfassten Zugang entfernen (Del)</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Offboarding</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Tick / untick</source>
            <translation>Abhaken / Haken entfernen</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>{n} still open.</source>
            <translation>{n} noch offen.</translation>
        </message>
        <message>
            <source>No access granted. Record code hosts, chat workspaces, drives and equipment here so that ending the contract can list what to take back.</source>
            <translation>Kein Zugang gewährt. Erfassen Sie hier Code-Hosts, Chat-Workspaces, Laufwerke und Geräte, damit beim Vertragsende aufgelistet werden kann, was zurückzunehmen ist.</translation>
        </message>
        <message>
            <source>Remove the record of “{system}”, granted on {day}? To record that it was taken back, use Revoke instead.</source>
            <translation>Den Eintrag „{system}“, gewährt am {day}, entfernen? Um festzuhalten, dass der Zugang zurückgenommen wurde, verwenden Sie stattdessen „Entziehen“.</translation>
        </message>
        <message>
            <source>Remove access grant</source>
            <translation>Zugang entfernen</translation>
        </message>
        <message>
            <source>Removed “{system}”</source>
            <translation>„{system}“ entfernt</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Zugang entziehen</translation>
        </message>
        <message>
            <source>Tick offboarding item</source>
            <translation>Offboarding-Punkt abhaken</translation>
        </message>
    </context>
    <context>
        <name>AppreciationDialog</name>
        <message>
            <source>Praise sent</source>
            <translation>Lob gesendet</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Testimonial erbeten</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Testimonial erhalten</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Empfehlung ausgesprochen</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Dankesbonus</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Danke sagen</translation>
        </message>
        <message>
            <source>Be specific about what you liked and how it helped. Specific praise is remembered; “great job” is not.</source>
            <translation>Sagen Sie konkret, was Ihnen gefallen hat und wie es geholfen hat. Konkretes Lob bleibt in Erinnerung, „gute Arbeit“ nicht.</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>Type a name to find the person</source>
            <translation>Geben Sie einen Namen ein, um die Person zu finden</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Vertrag</translation>
        </message>
        <message>
            <source>&amp;What you appreciated</source>
            <translation>&amp;Was Ihnen gefallen hat</translation>
        </message>
        <message>
            <source>e.g. The clear hand-over notes on the billing migration saved me a day of questions.</source>
            <translation>z. B. Die klaren Übergabenotizen zur Umstellung der Abrechnung haben mir einen Tag voller Rückfragen erspart.</translation>
        </message>
        <message>
            <source>&amp;Bonus amount</source>
            <translation>&amp;Bonusbetrag</translation>
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation>z. B. 150.00</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
    </context>
    <context>
        <name>BenchModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Name der Person</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Profiltitel</translation>
        </message>
        <message>
            <source>What they do, in a line</source>
            <translation>Was die Person macht, in einer Zeile</translation>
        </message>
        <message>
            <source>Top skills</source>
            <translation>Top-Fähigkeiten</translation>
        </message>
        <message>
            <source>Their strongest skills (sorted by the best one)</source>
            <translation>Die stärksten Fähigkeiten der Person (die beste zuerst)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Their current rate (the newest effective-dated rate)</source>
            <translation>Der aktuelle Satz der Person (der neueste nach Gültigkeitsdatum)</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>The time where they are, now</source>
            <translation>Die aktuelle Uhrzeit am Ort der Person</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Überschneidung</translation>
        </message>
        <message>
            <source>Hours of their working day that fall inside mine, today</source>
            <translation>Stunden des Arbeitstags der Person, die heute in meinen fallen</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Frei</translation>
        </message>
        <message>
            <source>Free hours this week · next week: the hours they offer, less their running contracts and away days (sorted by the hours they offer)</source>
            <translation>Freie Stunden diese Woche · nächste Woche: die angebotenen Stunden abzüglich laufender Verträge und Abwesenheitstage (sortiert nach angebotenen Stunden)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>Average of my private reviews (1–5)</source>
            <translation>Durchschnitt meiner privaten Bewertungen (1–5)</translation>
        </message>
        <message>
            <source>Last worked</source>
            <translation>Letzte Zusammenarbeit</translation>
        </message>
        <message>
            <source>When a contract with them last ran</source>
            <translation>Wann zuletzt ein Vertrag mit der Person lief</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Talentpool-Status</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
    </context>
    <context>
        <name>BenchView</name>
        <message>
            <source>People on the bench</source>
            <translation>Personen im Talentpool</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Log a message, call or meeting…</source>
            <translation>Nachricht, Anruf oder Treffen erfassen…</translation>
        </message>
        <message>
            <source>Contract or not: calls and messages count as contact (Ctrl+L)</source>
            <translation>Mit oder ohne Vertrag: Anrufe und Nachrichten zählen als Kontakt (Ctrl+L)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Feedback, reviews, praise, bonuses and rate changes of this person</source>
            <translation>Feedback, Bewertungen, Lob, Boni und Satzänderungen dieser Person</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Files kept with this person and the classification check</source>
            <translation>Bei dieser Person hinterlegte Dateien und die Einstufungsprüfung</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Talentpool</translation>
        </message>
        <message>
            <source>Search the bench</source>
            <translation>Talentpool durchsuchen</translation>
        </message>
        <message>
            <source>New talent…</source>
            <translation>Neues Talent…</translation>
        </message>
        <message>
            <source>Add a person to the bench (Ctrl+N)</source>
            <translation>Eine Person zum Talentpool hinzufügen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected person (Enter)</source>
            <translation>Ausgewählte Person bearbeiten (Enter)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Erneut beauftragen…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Einen neuen Vertrag beginnen, vorausgefüllt aus dem letzten</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favorit</translation>
        </message>
        <message>
            <source>Mark or unmark the selected people as favourites</source>
            <translation>Ausgewählte Personen als Favoriten markieren oder die Markierung aufheben</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Danke sagen…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Konkretes Lob, ein Testimonial, eine Empfehlung oder einen Dankesbonus erfassen</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Erfassen…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with the selected person (Ctrl+L)</source>
            <translation>Nachricht, Anruf, Treffen oder Notiz mit der ausgewählten Person erfassen (Ctrl+L)</translation>
        </message>
        <message>
            <source>Availability…</source>
            <translation>Verfügbarkeit…</translation>
        </message>
        <message>
            <source>The hours a week the selected person offers, and when they are away (the planner and the Free column use them)</source>
            <translation>Die Stunden pro Woche, die die ausgewählte Person anbietet, und wann sie abwesend ist (für den Planer und die Spalte „Frei“)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <source>A dossier of the selected person to print or send</source>
            <translation>Ein Dossier der ausgewählten Person zum Drucken oder Versenden</translation>
        </message>
        <message>
            <source>Do not rehire…</source>
            <translation>Nicht mehr beauftragen…</translation>
        </message>
        <message>
            <source>Mark the selected people as not to be rehired, with a reason</source>
            <translation>Ausgewählte Personen mit Begründung als nicht mehr zu beauftragen markieren</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Hide the selected people from the bench (Delete); nothing is lost</source>
            <translation>Ausgewählte Personen im Talentpool ausblenden (Delete); nichts geht verloren</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Zurückholen</translation>
        </message>
        <message>
            <source>Bring the selected people back onto the bench</source>
            <translation>Ausgewählte Personen zurück in den Talentpool holen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete a person with no contracts, for good</source>
            <translation>Eine Person ohne Verträge endgültig löschen</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Status setzen</translation>
        </message>
        <message>
            <source>Active or on bench, from their contracts</source>
            <translation>Aktiv oder im Talentpool, je nach Verträgen</translation>
        </message>
        <message>
            <source>Shown Active while a contract runs, On bench otherwise</source>
            <translation>Als „Aktiv“ angezeigt, solange ein Vertrag läuft, sonst als „Im Talentpool“</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Availability, status, do-not-rehire, archive and delete</source>
            <translation>Verfügbarkeit, Status, Nicht mehr beauftragen, Archivieren und Löschen</translation>
        </message>
        <message>
            <source>Your bench is empty</source>
            <translation>Ihr Talentpool ist leer</translation>
        </message>
        <message>
            <source>The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, contracts and reviews, so the next hire starts from people you already trust.

Add the first person by hand, or import a marketplace history from the File menu.</source>
            <translation>Der Talentpool enthält alle, mit denen Sie gearbeitet haben oder gern arbeiten würden: ihre Fähigkeiten, Sätze, Zeitzonen, Verträge und Bewertungen – so beginnt die nächste Beauftragung bei Menschen, denen Sie schon vertrauen.

Fügen Sie die erste Person von Hand hinzu oder importieren Sie einen Marktplatz-Verlauf über das Menü „Datei“.</translation>
        </message>
        <message>
            <source>Add someone to the bench…</source>
            <translation>Jemanden zum Talentpool hinzufügen…</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <source>No one on the bench matches this search and these filters.</source>
            <translation>Niemand im Talentpool passt zu dieser Suche und diesen Filtern.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark favourite</source>
            <translation>Als Favorit markieren</translation>
        </message>
        <message>
            <source>Unmark favourite</source>
            <translation>Favorit aufheben</translation>
        </message>
        <message>
            <source>Set status to {status}</source>
            <translation>Status auf {status} setzen</translation>
        </message>
        <message>
            <source>{who} set to {status}</source>
            <translation>{who} auf {status} gesetzt</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>Nicht mehr beauftragen</translation>
        </message>
        <message numerus="yes">
            <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
            <translation>
                <numerusform>Warum soll %n Person nicht mehr beauftragt werden? Der Grund wird immer angezeigt, wenn sie auftaucht.</numerusform>
                <numerusform>Warum sollen %n Personen nicht mehr beauftragt werden? Der Grund wird immer angezeigt, wenn sie auftauchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: a reason is needed to mark someone do-not-rehire.</source>
            <translation>Nichts geändert: Um jemanden als „Nicht mehr beauftragen“ zu markieren, ist ein Grund nötig.</translation>
        </message>
        <message>
            <source>Mark do not rehire</source>
            <translation>Als „Nicht mehr beauftragen“ markieren</translation>
        </message>
        <message>
            <source>{who} marked do not rehire</source>
            <translation>{who} als „Nicht mehr beauftragen“ markiert</translation>
        </message>
        <message>
            <source>Archived {who}</source>
            <translation>{who} archiviert</translation>
        </message>
        <message>
            <source>Bring back from the archive</source>
            <translation>Aus dem Archiv zurückholen</translation>
        </message>
        <message>
            <source>Brought back {who}</source>
            <translation>{who} zurückgeholt</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>{name} löschen?</translation>
        </message>
        <message>
            <source>Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings them back during this session. Archiving hides them and keeps everything.</source>
            <translation>{name} samt Kontaktdaten, Fähigkeiten und Sätzen löschen? Bearbeiten ▸ Rückgängig holt die Person während dieser Sitzung zurück. Archivieren blendet sie aus und behält alles.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} gelöscht</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Löschen nicht möglich</translation>
        </message>
        <message>
            <source>Archive instead</source>
            <translation>Stattdessen archivieren</translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>Verändert</translation>
        </message>
        <message numerus="yes">
            <source>The database file has %Ln problem(s), listed below.</source>
            <translation>
                <numerusform>Die Datenbankdatei hat %Ln Problem, unten aufgeführt.</numerusform>
                <numerusform>Die Datenbankdatei hat %Ln Probleme, unten aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file is sound.</source>
            <translation>Die Datenbankdatei ist in Ordnung.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln stored file(s), {missing} and {altered}.</source>
            <translation>
                <numerusform>Von %Ln gespeicherten Datei: {missing} und {altered}.</numerusform>
                <numerusform>Von %Ln gespeicherten Dateien: {missing} und {altered}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>%Ln fehlt</numerusform>
                <numerusform>%Ln fehlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln altered</source>
            <translation>
                <numerusform>%Ln verändert</numerusform>
                <numerusform>%Ln verändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
            <translation>
                <numerusform>%Ln gespeicherte Datei stimmt mit ihrem Fingerabdruck (SHA-256) überein.</numerusform>
                <numerusform>%Ln gespeicherte Dateien stimmen mit ihren Fingerabdrücken (SHA-256) überein.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The kept figures of %Ln person(s) (last contact, score, last worked) did not match their records; they were worked out again.</source>
            <translation>
                <numerusform>Die gespeicherten Kennzahlen von %Ln Person (letzter Kontakt, Wertung, letzte Zusammenarbeit) stimmten nicht mit ihren Daten überein; sie wurden neu ermittelt.</numerusform>
                <numerusform>Die gespeicherten Kennzahlen von %Ln Personen (letzter Kontakt, Wertung, letzte Zusammenarbeit) stimmten nicht mit ihren Daten überein; sie wurden neu ermittelt.</numerusform>
            </translation>
        </message>
        <message>
            <source>A missing or altered file can be added again from its contract's Files tab. A damaged database can be put back from File → Restore a daily copy…</source>
            <translation>Eine fehlende oder veränderte Datei kann im Reiter „Dateien“ ihres Vertrags erneut hinzugefügt werden. Eine beschädigte Datenbank lässt sich über Datei → Tageskopie wiederherstellen… zurückholen.</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Datenbank prüfen</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gehört zu</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Vielleicht</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Mid-contract check-in</source>
            <translation>Zwischenbewertung</translation>
        </message>
        <message>
            <source>A private review while the work goes on: it stays on this computer and adds a point to the person's trend. 1 is poor, 5 is excellent; choose every rating.</source>
            <translation>Eine private Bewertung während der laufenden Arbeit: Sie bleibt auf diesem Computer und ergänzt den Trend der Person um einen Punkt. 1 ist schlecht, 5 ist hervorragend; vergeben Sie jede Wertung.</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Vertrag</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Skills</source>
            <translation>&amp;Fähigkeiten</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Wählen Sie 1 bis 5 Sterne</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Qualität</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>Verfü&amp;gbarkeit</translation>
        </message>
        <message>
            <source>D&amp;eadlines</source>
            <translation>&amp;Termintreue</translation>
        </message>
        <message>
            <source>C&amp;ommunication</source>
            <translation>&amp;Kommunikation</translation>
        </message>
        <message>
            <source>Coo&amp;peration</source>
            <translation>Koo&amp;peration</translation>
        </message>
        <message>
            <source>&amp;Would rehire</source>
            <translation>&amp;Erneut beauftragen</translation>
        </message>
        <message>
            <source>&amp;Recommend (0–10)</source>
            <translation>&amp;Weiterempfehlung (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Wie wahrscheinlich Sie die Person weiterempfehlen, von 0 bis 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>What is going well, what to raise with them</source>
            <translation>Was gut läuft, was Sie ansprechen sollten</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialog</name>
        <message>
            <source>Me</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>They do</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <source>Both of us</source>
            <translation>Wir beide</translation>
        </message>
        <message>
            <source>Classification check — {title}</source>
            <translation>Einstufungsprüfung — {title}</translation>
        </message>
        <message>
            <source>From your records:</source>
            <translation>Aus Ihren Aufzeichnungen:</translation>
        </message>
        <message numerus="yes">
            <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
            <translation>
                <numerusform>• %n Tag seit Beginn; {hours:.1f} Stunden pro Woche {window}</numerusform>
                <numerusform>• %n Tage seit Beginn; {hours:.1f} Stunden pro Woche {window}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over the last %n week(s)</source>
            <translation>
                <numerusform>in der letzten Woche</numerusform>
                <numerusform>in den letzten %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>• equipment lent in the access register</source>
            <translation>• Geräte im Zugangsregister verliehen</translation>
        </message>
        <message>
            <source>• no equipment in the access register</source>
            <translation>• keine Geräte im Zugangsregister</translation>
        </message>
        <message>
            <source>• an agreement is among the files</source>
            <translation>• eine Vereinbarung liegt bei den Dateien</translation>
        </message>
        <message>
            <source>• no agreement among the files</source>
            <translation>• keine Vereinbarung bei den Dateien</translation>
        </message>
        <message>
            <source>Nothing here looks like employment.</source>
            <translation>Nichts hier deutet auf eine Anstellung hin.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <source>What to change:</source>
            <translation>Was zu ändern ist:</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Einstufungsprüfung</translation>
        </message>
        <message>
            <source>About this contract</source>
            <translation>Zu diesem Vertrag</translation>
        </message>
        <message>
            <source>Who sets the working &amp;hours?</source>
            <translation>Wer bestimmt die Arbeits&amp;zeit?</translation>
        </message>
        <message>
            <source>Who sets the &amp;place of work?</source>
            <translation>Wer bestimmt den Arbeits&amp;ort?</translation>
        </message>
        <message>
            <source>Who supplies the &amp;equipment?</source>
            <translation>Wer stellt die &amp;Ausstattung?</translation>
        </message>
        <message>
            <source>E&amp;xclusive: they may not work for other clients</source>
            <translation>E&amp;xklusiv: Die Person darf nicht für andere Auftraggeber arbeiten</translation>
        </message>
        <message>
            <source>&amp;Open-ended: no end date or defined deliverable</source>
            <translation>&amp;Unbefristet: weder Enddatum noch festgelegtes Arbeitsergebnis</translation>
        </message>
        <message>
            <source>There is a &amp;written contract</source>
            <translation>Es gibt einen &amp;schriftlichen Vertrag</translation>
        </message>
        <message>
            <source>The work is the &amp;core of my business</source>
            <translation>Die Arbeit ist der &amp;Kern meines Geschäfts</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Prefer (encrypted when the server offers it)</source>
            <translation>Bevorzugen (verschlüsselt, wenn der Server es anbietet)</translation>
        </message>
        <message>
            <source>Require (always encrypted)</source>
            <translation>Erfordern (immer verschlüsselt)</translation>
        </message>
        <message>
            <source>Verify the certificate authority</source>
            <translation>Zertifizierungsstelle prüfen</translation>
        </message>
        <message>
            <source>Verify the certificate and server name</source>
            <translation>Zertifikat und Servernamen prüfen</translation>
        </message>
        <message>
            <source>Disable (never encrypted)</source>
            <translation>Deaktivieren (nie verschlüsselt)</translation>
        </message>
        <message>
            <source>Allow (encrypted only when the server insists)</source>
            <translation>Erlauben (nur verschlüsselt, wenn der Server darauf besteht)</translation>
        </message>
        <message>
            <source>Connect to a team database</source>
            <translation>Mit Team-Datenbank verbinden</translation>
        </message>
        <message>
            <source>Work on a team database on a PostgreSQL server, with the others on your team. Your local data stays where it is; File → Use my local data goes back to it.</source>
            <translation>Arbeiten Sie gemeinsam mit Ihrem Team an einer Team-Datenbank auf einem PostgreSQL-Server. Ihre lokalen Daten bleiben, wo sie sind; Datei → Meine lokalen Daten verwenden kehrt zu ihnen zurück.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>postgresql://me@server:5432/team — paste one to fill in the rest</source>
            <translation>postgresql://me@server:5432/team — hier einfügen, um den Rest auszufüllen</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>db.example.com</source>
            <translation>db.example.com</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>empty: from the keyring or libpq's password file</source>
            <translation>leer: aus dem Schlüsselbund oder der Passwortdatei von libpq</translation>
        </message>
        <message>
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <source>&amp;Save the password in this computer's keyring</source>
            <translation>Passwort im Schlüsselbund dieses Computers s&amp;peichern</translation>
        </message>
        <message>
            <source>Unticked, the password is used until TalentDesk closes and is asked again next time. It is never written to the settings.</source>
            <translation>Ohne Häkchen gilt das Passwort, bis TalentDesk beendet wird, und wird beim nächsten Mal erneut abgefragt. Es wird nie in die Einstellungen geschrieben.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Ask the server now, without switching to it</source>
            <translation>Den Server jetzt abfragen, ohne zu ihm zu wechseln</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Verbindung wird getestet…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>✓ Connected to {where}. It is empty: TalentDesk sets it up when you connect, and “talentdesk transfer --to URL” copies your local data into it.</source>
            <translation>✓ Mit {where} verbunden. Die Datenbank ist leer: TalentDesk richtet sie beim Verbinden ein, und „talentdesk transfer --to URL“ kopiert Ihre lokalen Daten hinein.</translation>
        </message>
        <message>
            <source>✓ Connected to {where}: a TalentDesk team database.</source>
            <translation>✓ Mit {where} verbunden: eine Team-Datenbank von TalentDesk.</translation>
        </message>
        <message>
            <source>Not connected: see the detail marked above.</source>
            <translation>Nicht verbunden: siehe die oben markierte Angabe.</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Draft: still being written. Offered: sent, waiting for a yes. Active: the work has started.</source>
            <translation>Entwurf: wird noch verfasst. Angeboten: gesendet, wartet auf Zusage. Aktiv: die Arbeit hat begonnen.</translation>
        </message>
        <message>
            <source>Edit contract</source>
            <translation>Vertrag bearbeiten</translation>
        </message>
        <message>
            <source>Renew contract</source>
            <translation>Vertrag verlängern</translation>
        </message>
        <message>
            <source>This contract renews contract #{id}; the two are shown as one engagement.</source>
            <translation>Dieser Vertrag verlängert Vertrag #{id}; beide werden als eine Auftragskette angezeigt.</translation>
        </message>
        <message>
            <source>(archived) #{id}</source>
            <translation>(archiviert) #{id}</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Namen eingeben…</translation>
        </message>
        <message>
            <source>No one is on the bench yet: add a person first (Ctrl+N).</source>
            <translation>Noch niemand im Talentpool: Fügen Sie zuerst eine Person hinzu (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;Rate per hour</source>
            <translation>&amp;Stundensatz</translation>
        </message>
        <message>
            <source>Fixed &amp;price</source>
            <translation>Fest&amp;preis</translation>
        </message>
        <message>
            <source>Hourly &amp;equivalent</source>
            <translation>Stunden&amp;äquivalent</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Satz</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>Neuer Vertrag</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>&amp;Mit</translation>
        </message>
        <message>
            <source>The person this contract is with (type to search)</source>
            <translation>Die Person, mit der dieser Vertrag besteht (zum Suchen tippen)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>e.g. Mobile app redesign</source>
            <translation>z. B. Neugestaltung der Mobil-App</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Hourly: paid per hour worked. Fixed price: one price for the whole job. Retainer: a weekly payment for standing availability.</source>
            <translation>Stundenbasis: Bezahlung pro gearbeiteter Stunde. Festpreis: ein Preis für den ganzen Auftrag. Retainer: eine Wochenpauschale für ständige Verfügbarkeit.</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>ISO 4217 currency code</source>
            <translation>Währungscode nach ISO 4217</translation>
        </message>
        <message>
            <source>Weekly &amp;limit</source>
            <translation>Wochen&amp;limit</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>The most hours a week they may bill; 0 means unlimited</source>
            <translation>Höchstens abrechenbare Stunden pro Woche; 0 bedeutet unbegrenzt</translation>
        </message>
        <message>
            <source>Weekly &amp;payment</source>
            <translation>&amp;Wochenpauschale</translation>
        </message>
        <message>
            <source>for a retainer</source>
            <translation>bei einem Retainer</translation>
        </message>
        <message>
            <source>Original &amp;budget</source>
            <translation>Ursprüngliches &amp;Budget</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>What you expect the whole contract to cost; the workroom shows how far it runs over. Left empty: the fixed price, or the weekly terms until the end date.</source>
            <translation>Was der ganze Vertrag voraussichtlich kostet; der Arbeitsraum zeigt, wie weit er darüber liegt. Leer gelassen: der Festpreis oder die wöchentlichen Konditionen bis zum Enddatum.</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>Be&amp;ginnt</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Endet</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>&amp;Scope of work</source>
            <translation>Leistungs&amp;umfang</translation>
        </message>
        <message>
            <source>What is to be done, what is delivered, what is out of scope</source>
            <translation>Was zu tun ist, was geliefert wird, was nicht dazugehört</translation>
        </message>
        <message>
            <source>Test &amp;project (a small paid trial before hiring for real)</source>
            <translation>&amp;Testprojekt (kleiner bezahlter Test vor der festen Beauftragung)</translation>
        </message>
        <message>
            <source>P&amp;latform</source>
            <translation>Platt&amp;form</translation>
        </message>
        <message>
            <source>e.g. Upwork, direct</source>
            <translation>z. B. Upwork, direkt</translation>
        </message>
        <message>
            <source>Contract id on the platform</source>
            <translation>Vertrags-ID auf der Plattform</translation>
        </message>
        <message>
            <source>contract id on the platform</source>
            <translation>Vertrags-ID auf der Plattform</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Speic&amp;hern als</translation>
        </message>
    </context>
    <context>
        <name>ContractListPanel</name>
        <message>
            <source>Search contract titles</source>
            <translation>Vertragstitel durchsuchen</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>Titel suchen…</translation>
        </message>
        <message>
            <source>Search contract titles (Ctrl+Shift+F)</source>
            <translation>Vertragstitel durchsuchen (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Find in all messages…</source>
            <translation>In allen Nachrichten suchen…</translation>
        </message>
        <message>
            <source>Search what was said in every contract's room (Ctrl+Shift+M)</source>
            <translation>Durchsuchen, was im Raum jedes Vertrags gesagt wurde (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Jede Art</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle Personen</translation>
        </message>
        <message>
            <source>Only this person's contracts</source>
            <translation>Nur Verträge dieser Person</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Verträge</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln Vertrag</numerusform>
                <numerusform>%Ln Verträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Encoding:</source>
            <translation>Kodierung:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Trennzeichen:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Zahlen und Daten:</translation>
        </message>
        <message>
            <source>Add people who are not on the bench</source>
            <translation>Personen hinzufügen, die nicht im Talentpool sind</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>Die ersten Zeilen der Datei:</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welche Spalte was enthält</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(nicht in der Datei)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>Spalte {n}</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (erforderlich):</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Read as {encoding}, delimiter {delimiter}. {note}</source>
            <translation>Gelesen als {encoding}, Trennzeichen {delimiter}. {note}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select someone to see their profile, rates, contracts and reviews.</source>
            <translation>Wählen Sie eine Person aus, um Profil, Sätze, Verträge und Bewertungen zu sehen.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Change every detail of this person (Enter)</source>
            <translation>Alle Angaben zu dieser Person ändern (Enter)</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Erneut beauftragen…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Einen neuen Vertrag beginnen, vorausgefüllt aus dem letzten</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Erfassen…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with this person, with or without a contract (Ctrl+L)</source>
            <translation>Nachricht, Anruf, Treffen oder Notiz mit dieser Person erfassen, mit oder ohne Vertrag (Ctrl+L)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Contact and links</source>
            <translation>Kontakt und Links</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>How they work</source>
            <translation>Arbeitsweise</translation>
        </message>
        <message>
            <source>Staying in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Verlauf der Sätze</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Verträge</translation>
        </message>
        <message>
            <source>Their contracts</source>
            <translation>Verträge der Person</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the contract's workroom</source>
            <translation>Doppelklicken oder Enter drücken, um den Arbeitsraum des Vertrags zu öffnen</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>available for new work</source>
            <translation>verfügbar für neue Aufträge</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>working with you now</source>
            <translation>arbeitet derzeit für Sie</translation>
        </message>
        <message>
            <source>Marked do-not-rehire or archived: change their status first</source>
            <translation>Als „Nicht mehr beauftragen“ markiert oder archiviert: Ändern Sie zuerst den Status</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Gesamtkosten in {currency}</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>nothing paid yet</source>
            <translation>noch nichts bezahlt</translation>
        </message>
        <message>
            <source>Last worked with</source>
            <translation>Zuletzt zusammengearbeitet</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>On the bench since</source>
            <translation>Im Talentpool seit</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>No contact details yet.</source>
            <translation>Noch keine Kontaktdaten.</translation>
        </message>
        <message>
            <source>No skills recorded.</source>
            <translation>Keine Fähigkeiten erfasst.</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Bevorzugt</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Antwortet innerhalb</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>{zone} — {time} there now ({state})</source>
            <translation>{zone} — dort jetzt {time} ({state})</translation>
        </message>
        <message>
            <source>at work</source>
            <translation>bei der Arbeit</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Überschneidung mit meinem Tag</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nie erfasst</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Rhythmus</translation>
        </message>
        <message>
            <source>no reminder set</source>
            <translation>keine Erinnerung gesetzt</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nächste Fälligkeit</translation>
        </message>
        <message>
            <source>No rate recorded.</source>
            <translation>Kein Satz erfasst.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Keine Notizen.</translation>
        </message>
        <message>
            <source>{title}
{kind} · {status} · {rate} · {period}</source>
            <translation>{title}
{kind} · {status} · {rate} · {period}</translation>
        </message>
        <message>
            <source>Open the workroom of “{title}”</source>
            <translation>Arbeitsraum von „{title}“ öffnen</translation>
        </message>
        <message>
            <source>No contracts yet. Rehire starts one.</source>
            <translation>Noch keine Verträge. „Erneut beauftragen“ beginnt einen.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Noch keine Bewertungen.</translation>
        </message>
        <message>
            <source>Private reviews</source>
            <translation>Private Bewertungen</translation>
        </message>
        <message>
            <source>{score} average over {n}</source>
            <translation>{score} Durchschnitt aus {n}</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Nach Kriterium</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>vielleicht</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Erneut beauftragen</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Letzte Notiz</translation>
        </message>
        <message>
            <source>Feedback I gave</source>
            <translation>Mein Feedback</translation>
        </message>
        <message>
            <source>Feedback they gave</source>
            <translation>Feedback der Person</translation>
        </message>
    </context>
    <context>
        <name>EditReviewWizard</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Correct what was recorded. To take it back altogether, remove it from the timeline.</source>
            <translation>Korrigieren Sie, was erfasst wurde. Um es ganz zurückzunehmen, entfernen Sie es aus der Zeitleiste.</translation>
        </message>
        <message>
            <source>Edit feedback given: {title}</source>
            <translation>Gegebenes Feedback bearbeiten: {title}</translation>
        </message>
        <message>
            <source>Edit feedback received: {title}</source>
            <translation>Erhaltenes Feedback bearbeiten: {title}</translation>
        </message>
        <message>
            <source>Private review of {day}</source>
            <translation>Private Bewertung vom {day}</translation>
        </message>
        <message>
            <source>Edit private review: {title}</source>
            <translation>Private Bewertung bearbeiten: {title}</translation>
        </message>
        <message>
            <source>Edit feedback</source>
            <translation>Feedback bearbeiten</translation>
        </message>
        <message>
            <source>Edit private review</source>
            <translation>Private Bewertung bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EndContractWizard</name>
        <message>
            <source>End contract: {title}</source>
            <translation>Vertrag beenden: {title}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>Them</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <source>Say why it ended; the review queue and the timeline show it.</source>
            <translation>Nennen Sie den Grund für das Ende; die Prüfung und die Zeitleiste zeigen ihn.</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Vertrag beenden</translation>
        </message>
        <message>
            <source>End the contract</source>
            <translation>Vertrag beenden</translation>
        </message>
        <message>
            <source>When it ends and why. Everything in this flow is saved together when you press Finish.</source>
            <translation>Wann er endet und warum. Alles in diesem Ablauf wird gemeinsam gespeichert, wenn Sie auf „Abschließen“ klicken.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;Enddatum</translation>
        </message>
        <message>
            <source>Ended &amp;by</source>
            <translation>Beendet &amp;von</translation>
        </message>
        <message>
            <source>Who ended it: you or them. Your record as a client counts both.</source>
            <translation>Wer den Vertrag beendet hat: Sie oder die Person. Ihre Bilanz als Auftraggeber zählt beides.</translation>
        </message>
        <message>
            <source>&amp;Why it ended</source>
            <translation>&amp;Beendigungsgrund</translation>
        </message>
        <message>
            <source>e.g. Project delivered; budget ran out; not a fit</source>
            <translation>z. B. Projekt geliefert; Budget aufgebraucht; passt nicht</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>The public feedback you give them on the platform, and what they gave you. Choose the stars, or untick what you have not left yet.</source>
            <translation>Das öffentliche Feedback, das Sie der Person auf der Plattform geben, und ihr Feedback an Sie. Wählen Sie die Sterne, oder entfernen Sie den Haken bei dem, was noch nicht abgegeben ist.</translation>
        </message>
        <message>
            <source>Feedback &amp;given</source>
            <translation>Feedback &amp;gegeben</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Sterne</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Wählen Sie 1 bis 5 Sterne</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source> / 5</source>
            <translation> / 5</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>What you write on their profile</source>
            <translation>Was Sie in das Profil der Person schreiben</translation>
        </message>
        <message>
            <source>Given o&amp;n</source>
            <translation>Gegeben a&amp;m</translation>
        </message>
        <message>
            <source>The day the feedback was left (the end date unless you change it)</source>
            <translation>Der Tag, an dem das Feedback abgegeben wurde (das Enddatum, sofern Sie es nicht ändern)</translation>
        </message>
        <message>
            <source>Feedback &amp;received</source>
            <translation>Feedback &amp;erhalten</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Erhalten am</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Private Bewertung</translation>
        </message>
        <message>
            <source>Stays on this computer: how it really went, for the next time you hire. Choose every score, or untick the box to skip the review.</source>
            <translation>Bleibt auf diesem Computer: wie es wirklich lief – für die nächste Beauftragung. Vergeben Sie jede Wertung, oder entfernen Sie den Haken, um die Bewertung zu überspringen.</translation>
        </message>
        <message>
            <source>Write a private &amp;review</source>
            <translation>&amp;Private Bewertung schreiben</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Termintreue</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Kooperation</translation>
        </message>
        <message>
            <source>Would &amp;rehire</source>
            <translation>E&amp;rneut beauftragen</translation>
        </message>
        <message>
            <source>Re&amp;commend (0–10)</source>
            <translation>Weiter&amp;empfehlung (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Wie wahrscheinlich Sie die Person weiterempfehlen, von 0 bis 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Offboarding</translation>
        </message>
        <message>
            <source>Tick what is already done; anything left open comes back in the review queue.</source>
            <translation>Haken Sie ab, was bereits erledigt ist; alles Offene erscheint später wieder in der Prüfung.</translation>
        </message>
        <message>
            <source>Test project: the decision</source>
            <translation>Testprojekt: die Entscheidung</translation>
        </message>
        <message>
            <source>&amp;Hire for real</source>
            <translation>&amp;Fest beauftragen</translation>
        </message>
        <message>
            <source>&amp;Not a fit</source>
            <translation>&amp;Passt nicht</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Spä&amp;ter entscheiden</translation>
        </message>
    </context>
    <context>
        <name>FileDetailsDialog</name>
        <message>
            <source>for this contract</source>
            <translation>für diesen Vertrag</translation>
        </message>
        <message>
            <source>kept with the person</source>
            <translation>bei der Person hinterlegt</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) {owner}: {names}</source>
            <translation>
                <numerusform>%n Datei {owner}: {names}</numerusform>
                <numerusform>%n Dateien {owner}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit file details</source>
            <translation>Dateidetails bearbeiten</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Dateien hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Richtung</translation>
        </message>
        <message>
            <source>&amp;Sensitivity</source>
            <translation>&amp;Vertraulichkeit</translation>
        </message>
        <message>
            <source>S&amp;hared on</source>
            <translation>&amp;Geteilt am</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>What the document is: an agreement on file clears the classification check's "no written contract" signal</source>
            <translation>Was das Dokument ist: Eine hinterlegte Vereinbarung hebt das Signal „kein schriftlicher Vertrag“ der Einstufungsprüfung auf</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>&amp;Läuft ab</translation>
        </message>
        <message>
            <source>Tick when the document runs out (insurance, an NDA, an ID): the review queue warns before it does</source>
            <translation>Setzen Sie den Haken, wenn das Dokument abläuft (Versicherung, NDA, Ausweis): Die Prüfung warnt vorher</translation>
        </message>
        <message>
            <source>on</source>
            <translation>am</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Läuft ab am</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>FilesTab</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Geteilt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Store files in this room (or drop them here)</source>
            <translation>Dateien in diesem Raum speichern (oder hierher ziehen)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Mit dem Programm des Systems öffnen</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Kopie speichern…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>Correct the direction, sensitivity, date or note (Enter)</source>
            <translation>Richtung, Vertraulichkeit, Datum oder Notiz korrigieren (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Drop files here to store them. Each file is kept once in the data folder, under its SHA-256.</source>
            <translation>Ziehen Sie Dateien hierher, um sie zu speichern. Jede Datei wird einmal im Datenordner abgelegt, unter ihrem SHA-256.</translation>
        </message>
        <message>
            <source>Add files to this contract</source>
            <translation>Dateien zu diesem Vertrag hinzufügen</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Kopie speichern</translation>
        </message>
        <message>
            <source>Remove the file “{name}” from this contract?</source>
            <translation>Die Datei „{name}“ aus diesem Vertrag entfernen?</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Datei entfernen</translation>
        </message>
        <message>
            <source>Removed {name}</source>
            <translation>{name} entfernt</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the bench</source>
            <translation>Talentpool durchsuchen</translation>
        </message>
        <message>
            <source>Search names, headlines, skills and notes  (Ctrl+F)</source>
            <translation>Namen, Profiltitel, Fähigkeiten und Notizen durchsuchen  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Type the start of any word; every word must match</source>
            <translation>Geben Sie den Anfang eines Wortes ein; jedes Wort muss passen</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <source>Skill…</source>
            <translation>Fähigkeit…</translation>
        </message>
        <message>
            <source>Show only people with this skill; add several and all must match</source>
            <translation>Nur Personen mit dieser Fähigkeit zeigen; bei mehreren müssen alle passen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Show people with these bench statuses</source>
            <translation>Personen mit diesen Talentpool-Status zeigen</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoriten</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>Nur Favoriten</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Only people available for new work</source>
            <translation>Nur Personen, die für neue Aufträge verfügbar sind</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>Minimum average private-review score</source>
            <translation>Mindestdurchschnitt der privaten Bewertungen</translation>
        </message>
        <message>
            <source>{score} or better</source>
            <translation>{score} oder besser</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Überschneidung</translation>
        </message>
        <message>
            <source>Their working day overlaps mine by at least this much</source>
            <translation>Der Arbeitstag der Person überschneidet sich mindestens so lange mit meinem</translation>
        </message>
        <message>
            <source>At least {n} h with my day</source>
            <translation>Mind. {n} h mit meinem Tag</translation>
        </message>
        <message>
            <source>Not contacted</source>
            <translation>Nicht kontaktiert</translation>
        </message>
        <message>
            <source>No message or appreciation logged for this long</source>
            <translation>So lange keine Nachricht oder Anerkennung erfasst</translation>
        </message>
        <message numerus="yes">
            <source>For %n day(s) or more</source>
            <translation>
                <numerusform>Seit %n Tag oder länger</numerusform>
                <numerusform>Seit %n Tagen oder länger</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Alle zurücksetzen</translation>
        </message>
        <message>
            <source>Remove the search and every filter</source>
            <translation>Suche und alle Filter entfernen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln people</source>
            <translation>
                <numerusform>{shown} von %Ln Person</numerusform>
                <numerusform>{shown} von %Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>Skill: {skill}</source>
            <translation>Fähigkeit: {skill}</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoriten</translation>
        </message>
        <message>
            <source>Score ≥ {score}</source>
            <translation>Wertung ≥ {score}</translation>
        </message>
        <message>
            <source>Overlap ≥ {n} h</source>
            <translation>Überschneidung ≥ {n} h</translation>
        </message>
        <message numerus="yes">
            <source>Not contacted for %n day(s)</source>
            <translation>
                <numerusform>Seit %n Tag nicht kontaktiert</numerusform>
                <numerusform>Seit %n Tagen nicht kontaktiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Diesen Filter entfernen</translation>
        </message>
    </context>
    <context>
        <name>FindMessagesDialog</name>
        <message>
            <source>Find in all messages</source>
            <translation>In allen Nachrichten suchen</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Gesuchte Wörter</translation>
        </message>
        <message>
            <source>Words to find in every contract's messages…</source>
            <translation>Wörter, die in den Nachrichten aller Verträge gesucht werden…</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>Messages found</source>
            <translation>Gefundene Nachrichten</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the room at this message</source>
            <translation>Doppelklicken oder Enter drücken, um den Raum bei dieser Nachricht zu öffnen</translation>
        </message>
        <message>
            <source>Type a word: every room is searched.</source>
            <translation>Geben Sie ein Wort ein: Alle Räume werden durchsucht.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or shorter words, or all channels.</source>
            <translation>Nichts gefunden. Versuchen Sie weniger oder kürzere Wörter oder alle Kanäle.</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n match(es); add a word to narrow them.</source>
            <translation>
                <numerusform>Der neueste Treffer; fügen Sie ein Wort hinzu, um einzugrenzen.</numerusform>
                <numerusform>Die neuesten %n Treffer; fügen Sie ein Wort hinzu, um sie einzugrenzen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>{n} gefunden</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Discard what you typed in “{title}”?</source>
            <translation>Ihre Eingaben in „{title}“ verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>GrantDialog</name>
        <message>
            <source>System access</source>
            <translation>Systemzugang</translation>
        </message>
        <message>
            <source>Equipment lent</source>
            <translation>Verliehene Geräte</translation>
        </message>
        <message>
            <source>Access tier</source>
            <translation>Zugangsstufe</translation>
        </message>
        <message>
            <source>Edit access</source>
            <translation>Zugang bearbeiten</translation>
        </message>
        <message>
            <source>Grant access</source>
            <translation>Zugang gewähren</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>e.g. Code host, shared drive, laptop</source>
            <translation>z. B. Code-Host, gemeinsames Laufwerk, Laptop</translation>
        </message>
        <message>
            <source>&amp;Granted on</source>
            <translation>&amp;Gewährt am</translation>
        </message>
        <message>
            <source>&amp;Revoke by</source>
            <translation>&amp;Entziehen bis</translation>
        </message>
        <message>
            <source>Has a date</source>
            <translation>Mit Datum</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>TalentDesk user guide</source>
            <translation>TalentDesk-Benutzerhandbuch</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>How long?</source>
            <translation>Wie lange?</translation>
        </message>
        <message>
            <source>Edit hours</source>
            <translation>Stunden bearbeiten</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Stunden erfassen</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Time worked</source>
            <translation>&amp;Arbeitszeit</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>what was worked on</source>
            <translation>woran gearbeitet wurde</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Log hours…</source>
            <translation>Stunden erfassen…</translation>
        </message>
        <message>
            <source>Log hours worked (Ctrl+H)</source>
            <translation>Gearbeitete Stunden erfassen (Ctrl+H)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Correct the day, time or note (Enter)</source>
            <translation>Tag, Zeit oder Notiz korrigieren (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Over limit</source>
            <translation>Über dem Limit</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>{h} over — usually paid as a bonus</source>
            <translation>{h} darüber — meist als Bonus bezahlt</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
            <translation>
                <numerusform>%n Woche über dem Limit, insgesamt {h}: Zahlen Sie diese Stunden als Bonus über „Umfangsänderung“.</numerusform>
                <numerusform>%n Wochen über dem Limit, insgesamt {h}: Zahlen Sie diese Stunden als Bonus über „Umfangsänderung“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the {hours} logged on {day}?</source>
            <translation>Die am {day} erfassten {hours} entfernen?</translation>
        </message>
        <message>
            <source>Remove hours</source>
            <translation>Stunden entfernen</translation>
        </message>
        <message>
            <source>Removed {hours} on {day}</source>
            <translation>{hours} am {day} entfernt</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Datei: {name}</translation>
        </message>
        <message>
            <source>What the import found</source>
            <translation>Was der Import gefunden hat</translation>
        </message>
        <message>
            <source>The preview of what will be imported appears here.</source>
            <translation>Hier erscheint die Vorschau dessen, was importiert wird.</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Read the file and show what would change, without changing anything</source>
            <translation>Die Datei lesen und zeigen, was sich ändern würde, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen…</translation>
        </message>
        <message>
            <source>Preview: {summary}. Nothing has been changed yet.</source>
            <translation>Vorschau: {summary}. Noch wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Cannot import: {message}</source>
            <translation>Import nicht möglich: {message}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>{name} importieren</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>{name} wird importiert…</translation>
        </message>
        <message>
            <source>Done: {summary}.</source>
            <translation>Fertig: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>Note (for yourself; not contact)</source>
            <translation>Notiz (für Sie selbst; kein Kontakt)</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Aktivität erfassen</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Was:</translation>
        </message>
        <message>
            <source>A message, a call, a meeting, or a note for yourself (a note does not count as contact)</source>
            <translation>Eine Nachricht, ein Anruf, ein Treffen oder eine Notiz für Sie selbst (eine Notiz zählt nicht als Kontakt)</translation>
        </message>
        <message>
            <source>W&amp;hen:</source>
            <translation>W&amp;ann:</translation>
        </message>
        <message>
            <source>When it happened, in your local time</source>
            <translation>Wann es geschah, in Ihrer Ortszeit</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How long the call or meeting took</source>
            <translation>Wie lange der Anruf oder das Treffen dauerte</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>What was said or agreed</source>
            <translation>Was gesagt oder vereinbart wurde</translation>
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <source>Licences</source>
            <translation>Lizenzen</translation>
        </message>
        <message>
            <source>TalentDesk is free software under the MIT licence. It includes the components below, each under its own licence.</source>
            <translation>TalentDesk ist freie Software unter der MIT-Lizenz. Es enthält die unten aufgeführten Komponenten, jeweils unter ihrer eigenen Lizenz.</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Lizenztext</translation>
        </message>
        <message>
            <source>This copy of TalentDesk runs from its source code, so the licence file of the installed program is not here.

It is written when the installers are built (python packaging/build.py). Until then, the licences of the Python packages are in their installed metadata (pip show --files NAME) and those of the fonts in resources/fonts.</source>
            <translation>Diese Kopie von TalentDesk läuft aus dem Quellcode, daher fehlt hier die Lizenzdatei des installierten Programms.

Sie wird beim Erstellen der Installationsprogramme geschrieben (python packaging/build.py). Bis dahin stehen die Lizenzen der Python-Pakete in deren installierten Metadaten (pip show --files NAME) und die der Schriftarten in resources/fonts.</translation>
        </message>
    </context>
    <context>
        <name>LogRaiseDialog</name>
        <message>
            <source>A new hourly rate for {person}; earlier contracts keep their rates.</source>
            <translation>Ein neuer Stundensatz für {person}; frühere Verträge behalten ihre Sätze.</translation>
        </message>
        <message>
            <source>Current rate: {rate}</source>
            <translation>Aktueller Satz: {rate}</translation>
        </message>
        <message>
            <source>Also change the rate of “{title}” (now {rate}) from that day</source>
            <translation>Ab diesem Tag auch den Satz von „{title}“ ändern (derzeit {rate})</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Erhöhung erfassen</translation>
        </message>
        <message>
            <source>New &amp;rate per hour:</source>
            <translation>Neuer &amp;Stundensatz:</translation>
        </message>
        <message>
            <source>e.g. 55.00</source>
            <translation>z. B. 55.00</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;Gültig ab:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Why, e.g. yearly revisit</source>
            <translation>Grund, z. B. jährliche Überprüfung</translation>
        </message>
        <message>
            <source>The contract's new rate goes through a scope change: its ledger records it, and earlier weeks keep the old rate</source>
            <translation>Der neue Satz des Vertrags läuft über eine Umfangsänderung: Das Protokoll hält sie fest, und frühere Wochen behalten den alten Satz</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>{title} ({shortcut})</source>
            <translation>{title} ({shortcut})</translation>
        </message>
        <message>
            <source>Team database: {where}</source>
            <translation>Team-Datenbank: {where}</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Lokale Daten</translation>
        </message>
        <message>
            <source>Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.</source>
            <translation>Geteilt mit allen, die die Team-Datenbank {where} öffnen. Gespeicherte Dateien liegen in {folder}.</translation>
        </message>
        <message>
            <source>Kept on this computer, in {folder}.</source>
            <translation>Auf diesem Computer gespeichert, in {folder}.</translation>
        </message>
        <message>
            <source>Connected to the team database again.</source>
            <translation>Wieder mit der Team-Datenbank verbunden.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>New &amp;talent…</source>
            <translation>Neues &amp;Talent…</translation>
        </message>
        <message>
            <source>Add a person to the bench</source>
            <translation>Eine Person zum Talentpool hinzufügen</translation>
        </message>
        <message>
            <source>New &amp;contract…</source>
            <translation>Neuer &amp;Vertrag…</translation>
        </message>
        <message>
            <source>Start a contract with someone on the bench</source>
            <translation>Einen Vertrag mit jemandem aus dem Talentpool beginnen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Time&amp;line events as CSV…</source>
            <translation>&amp;Zeitleisten-Ereignisse als CSV…</translation>
        </message>
        <message>
            <source>Save the events the timeline's filters show as a CSV file</source>
            <translation>Die Ereignisse, die die Filter der Zeitleiste zeigen, als CSV-Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Narrow sidebar</source>
            <translation>Schmale &amp;Seitenleiste</translation>
        </message>
        <message>
            <source>Show the screens as icons only, to give the screen more room</source>
            <translation>Die Ansichten nur als Symbole zeigen, um mehr Platz zu gewinnen</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>How TalentDesk is meant to be used, screen by screen</source>
            <translation>Wie TalentDesk gedacht ist, Ansicht für Ansicht</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every shortcut of the window, and where it works</source>
            <translation>Alle Tastenkürzel des Fensters und wo sie gelten</translation>
        </message>
        <message>
            <source>&amp;About TalentDesk</source>
            <translation>Ü&amp;ber TalentDesk</translation>
        </message>
        <message>
            <source>Team database: {where} — read only</source>
            <translation>Team-Datenbank: {where} — nur Lesezugriff</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>&lt;b&gt;Nur Lesezugriff.&lt;/b&gt; Diese Team-Datenbank können Sie nur lesen: Ihre Rolle auf dem Server darf sie nicht ändern. Bitten Sie die Person, die den Server betreibt, um Schreibzugriff.</translation>
        </message>
        <message>
            <source>Team database: {where} — not connected</source>
            <translation>Team-Datenbank: {where} — nicht verbunden</translation>
        </message>
        <message>
            <source>&lt;b&gt;The team database cannot be reached.&lt;/b&gt; What is on screen can still be read; changes are refused until it is back. Reconnecting by itself… &lt;a href='retry' style='color: white'&gt;Try now&lt;/a&gt;</source>
            <translation>&lt;b&gt;Die Team-Datenbank ist nicht erreichbar.&lt;/b&gt; Was angezeigt wird, bleibt lesbar; Änderungen werden abgelehnt, bis sie wieder erreichbar ist. Die Verbindung wird automatisch wiederhergestellt… &lt;a href='retry' style='color: white'&gt;Jetzt versuchen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Rückgängig: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Wiederherstellen: {action}</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Rückgängig gemacht: {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Wiederhergestellt: {action}</translation>
        </message>
        <message>
            <source>{what} — &lt;a href='undo'&gt;Undo&lt;/a&gt;</source>
            <translation>{what} — &lt;a href='undo'&gt;Rückgängig&lt;/a&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln Vertrag</numerusform>
                <numerusform>%Ln Verträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Datenordner: {folder}</translation>
        </message>
        <message>
            <source>About TalentDesk</source>
            <translation>Über TalentDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;An offline relationship manager for clients who work with independent professionals: a bench to rehire from, a workroom per contract, a feedback timeline and review sessions.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;Ein Offline-Beziehungsmanager für Auftraggeber, die mit unabhängigen Fachleuten arbeiten: ein Talentpool für erneute Beauftragungen, ein Arbeitsraum pro Vertrag, eine Feedback-Zeitleiste und Prüfrunden.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Talentpool</translation>
        </message>
        <message>
            <source>Workroom</source>
            <translation>Arbeitsraum</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planer</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>({n} min)</source>
            <translation>({n} min)</translation>
        </message>
    </context>
    <context>
        <name>MessagesTab</name>
        <message>
            <source>Search this room's messages</source>
            <translation>Nachrichten dieses Raums durchsuchen</translation>
        </message>
        <message>
            <source>Search this room's messages… (Ctrl+F)</source>
            <translation>Nachrichten dieses Raums durchsuchen… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>Show only what was said on one channel</source>
            <translation>Nur zeigen, was über einen Kanal gesagt wurde</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>No messages yet. Log what was said below — a chat, an e-mail, a call — so the whole story of this contract stays in one place.</source>
            <translation>Noch keine Nachrichten. Erfassen Sie unten, was gesagt wurde – im Chat, per E-Mail, am Telefon –, damit die ganze Geschichte dieses Vertrags an einem Ort bleibt.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Neue Nachricht</translation>
        </message>
        <message>
            <source>Write or paste what was said… (Ctrl+Enter adds it)</source>
            <translation>Schreiben oder einfügen, was gesagt wurde… (Ctrl+Enter fügt es hinzu)</translation>
        </message>
        <message>
            <source>Who said it</source>
            <translation>Wer es sagte</translation>
        </message>
        <message>
            <source>Where it was said</source>
            <translation>Wo es gesagt wurde</translation>
        </message>
        <message>
            <source>When it was said</source>
            <translation>Wann es gesagt wurde</translation>
        </message>
        <message>
            <source>When it was said, in your local time (now unless you change it)</source>
            <translation>Wann es gesagt wurde, in Ihrer Ortszeit (jetzt, sofern Sie es nicht ändern)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>length?</source>
            <translation>Dauer?</translation>
        </message>
        <message>
            <source>How long the call took</source>
            <translation>Wie lange der Anruf dauerte</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add to the log (Ctrl+Enter)</source>
            <translation>Zum Verlauf hinzufügen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Search the messages</source>
            <translation>Nachrichten durchsuchen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>the {channel} of {when}: “{text}”</source>
            <translation>Nachricht ({channel}) vom {when}: „{text}“</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>Nachricht bearbeiten</translation>
        </message>
        <message>
            <source>Correct {what}</source>
            <translation>{what} korrigieren</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Nachricht entfernen</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>{what} entfernen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Removed a message</source>
            <translation>Eine Nachricht entfernt</translation>
        </message>
        <message>
            <source>{n}{more} found</source>
            <translation>{n}{more} gefunden</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Nachricht hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>Add milestone</source>
            <translation>Meilenstein hinzufügen</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Meilenstein bearbeiten</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Fällig</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Mit Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Be&amp;schreibung</translation>
        </message>
        <message>
            <source>What is delivered</source>
            <translation>Was geliefert wird</translation>
        </message>
    </context>
    <context>
        <name>MilestonesTab</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Einen Meilenstein hinzufügen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Nächste Stufe</translation>
        </message>
        <message>
            <source>pending → submitted → approved → paid</source>
            <translation>ausstehend → eingereicht → freigegeben → bezahlt</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (überfällig)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s), {total} in all{late}</source>
            <translation>
                <numerusform>%n Meilenstein, insgesamt {total}{late}</numerusform>
                <numerusform>%n Meilensteine, insgesamt {total}{late}</numerusform>
            </translation>
        </message>
        <message>
            <source>; {n} overdue</source>
            <translation>; {n} überfällig</translation>
        </message>
        <message>
            <source>No milestones yet. Add one with Add…</source>
            <translation>Noch keine Meilensteine. Fügen Sie einen mit „Hinzufügen…“ hinzu.</translation>
        </message>
        <message>
            <source>Mark {status}</source>
            <translation>Als {status} markieren</translation>
        </message>
        <message>
            <source>Move milestone</source>
            <translation>Meilenstein verschieben</translation>
        </message>
        <message>
            <source>Advance milestone</source>
            <translation>Meilenstein auf nächste Stufe setzen</translation>
        </message>
        <message>
            <source>Remove the milestone “{title}”?</source>
            <translation>Den Meilenstein „{title}“ entfernen?</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Meilenstein entfernen</translation>
        </message>
        <message>
            <source>Removed the milestone “{title}”</source>
            <translation>Meilenstein „{title}“ entfernt</translation>
        </message>
    </context>
    <context>
        <name>OverflowRow</name>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>The actions there is no room for in this row</source>
            <translation>Die Aktionen, für die in dieser Zeile kein Platz ist</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Open encrypted data</source>
            <translation>Verschlüsselte Daten öffnen</translation>
        </message>
        <message>
            <source>Encrypt your data</source>
            <translation>Ihre Daten verschlüsseln</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Verschlüsselung ausschalten</translation>
        </message>
        <message>
            <source>The data in {folder} is encrypted. Enter its passphrase to open it.</source>
            <translation>Die Daten in {folder} sind verschlüsselt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>Your data, its backups and sensitive files will be stored unencrypted again. Enter the current passphrase to confirm.</source>
            <translation>Ihre Daten, deren Sicherungen und vertrauliche Dateien werden wieder unverschlüsselt gespeichert. Geben Sie zur Bestätigung die aktuelle Passphrase ein.</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Neue Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>The database, its backups and files marked confidential or secret will be encrypted with this passphrase. Nobody can open them without it, not even you: write it down somewhere safe. A backup is taken first.</source>
            <translation>Die Datenbank, ihre Sicherungen und als vertraulich oder geheim markierte Dateien werden mit dieser Passphrase verschlüsselt. Ohne sie kann niemand sie öffnen, auch Sie nicht: Notieren Sie sie an einem sicheren Ort. Zuvor wird eine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>&amp;Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Correct payment</source>
            <translation>Zahlung korrigieren</translation>
        </message>
        <message>
            <source>A correction keeps the payment's currency; remove the payment and record it again to change it</source>
            <translation>Eine Korrektur behält die Währung der Zahlung; um sie zu ändern, entfernen Sie die Zahlung und erfassen Sie sie neu</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Zahlung erfassen</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>The currency the payment was made in; another than the contract's asks for the amount in the contract's currency too</source>
            <translation>Die Währung der Zahlung; bei einer anderen als der Vertragswährung wird der Betrag auch in der Vertragswährung abgefragt</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>Be&amp;zahlt am</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Be&amp;schreibung</translation>
        </message>
        <message>
            <source>In &amp;contract currency</source>
            <translation>In &amp;Vertragswährung</translation>
        </message>
        <message>
            <source>What the payment came to in the contract's currency, so that the contract's totals count it</source>
            <translation>Was die Zahlung in der Vertragswährung ausmacht, damit sie in die Summen des Vertrags eingeht</translation>
        </message>
        <message>
            <source>&amp;Why the correction</source>
            <translation>&amp;Grund der Korrektur</translation>
        </message>
        <message>
            <source>Optional: kept with what the payment said before</source>
            <translation>Optional: wird beim vorherigen Stand der Zahlung aufbewahrt</translation>
        </message>
    </context>
    <context>
        <name>PaymentsTab</name>
        <message>
            <source>Correct…</source>
            <translation>Korrigieren…</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Zahlung erfassen…</translation>
        </message>
        <message>
            <source>Correct the selected payment; what it said before is kept (Enter)</source>
            <translation>Ausgewählte Zahlung korrigieren; der vorherige Stand bleibt erhalten (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove a payment recorded by mistake; it stays on the audit trail (Del)</source>
            <translation>Eine versehentlich erfasste Zahlung entfernen; sie bleibt im Korrekturprotokoll (Del)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <source>Corrections (what each payment said before)</source>
            <translation>Korrekturen (was jede Zahlung vorher besagte)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>{figure} in {year}</source>
            <translation>{figure} im Jahr {year}</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Korrigiert</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>No payments recorded yet.</source>
            <translation>Noch keine Zahlungen erfasst.</translation>
        </message>
        <message>
            <source>Entered by {name}; last corrected by {other}</source>
            <translation>Erfasst von {name}; zuletzt korrigiert von {other}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Erfasst von {name}</translation>
        </message>
        <message>
            <source>Removed by {name}</source>
            <translation>Entfernt von {name}</translation>
        </message>
        <message>
            <source>Corrected by {name}</source>
            <translation>Korrigiert von {name}</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} am {day}</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Zahlung entfernen</translation>
        </message>
        <message>
            <source>Remove the payment of {amount} on {day}?</source>
            <translation>Die Zahlung über {amount} vom {day} entfernen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Removed the payment of {amount}</source>
            <translation>Zahlung über {amount} entfernt</translation>
        </message>
    </context>
    <context>
        <name>PeopleExportDialog</name>
        <message>
            <source>The file leaves TalentDesk: choose what goes into it.</source>
            <translation>Die Datei verlässt TalentDesk: Wählen Sie, was hineinkommt.</translation>
        </message>
        <message>
            <source>Include private &amp;notes</source>
            <translation>Private &amp;Notizen einschließen</translation>
        </message>
        <message>
            <source>Your notes about each person; they are for your eyes only unless you tick this</source>
            <translation>Ihre Notizen zu jeder Person; sie sind nur für Sie bestimmt, es sei denn, Sie setzen hier einen Haken</translation>
        </message>
        <message>
            <source>Include &amp;archived and do-not-rehire people</source>
            <translation>&amp;Archivierte und nicht mehr zu beauftragende Personen einschließen</translation>
        </message>
        <message>
            <source>People you have set aside are left out unless you tick this</source>
            <translation>Personen, die Sie aussortiert haben, bleiben außen vor, es sei denn, Sie setzen hier einen Haken</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Show the events of the people you tick</source>
            <translation>Die Ereignisse der angehakten Personen zeigen</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Person suchen…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Show everyone's events</source>
            <translation>Ereignisse aller Personen zeigen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDocuments</name>
        <message>
            <source>Files kept with the person</source>
            <translation>Bei der Person hinterlegte Dateien</translation>
        </message>
        <message>
            <source>Their insurance, a tax form, an ID or a framework agreement: documents that belong to them rather than one contract. An expiry date brings a review card before it runs out.</source>
            <translation>Versicherung, Steuerformular, Ausweis oder Rahmenvertrag: Dokumente, die zur Person gehören statt zu einem Vertrag. Ein Ablaufdatum erzeugt eine Prüfkarte, bevor es verstreicht.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Geteilt</translation>
        </message>
        <message>
            <source>No files kept with this person. Add files… stores one here.</source>
            <translation>Keine Dateien bei dieser Person hinterlegt. „Dateien hinzufügen…“ legt hier eine ab.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Store files with this person: kind, expiry and sensitivity are asked next</source>
            <translation>Dateien bei dieser Person speichern: Art, Ablaufdatum und Vertraulichkeit werden danach abgefragt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Mit dem Programm des Systems öffnen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Einstufungsprüfung</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Einstufungsprüfung…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message numerus="yes">
            <source>{title}: {risk}, %n point(s) — checked on {day}</source>
            <translation>
                <numerusform>{title}: {risk}, %n Punkt — geprüft am {day}</numerusform>
                <numerusform>{title}: {risk}, %n Punkte — geprüft am {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>Never checked. The check asks who sets the hours, the place and the equipment, and reads the rest from your records.</source>
            <translation>Nie geprüft. Die Prüfung fragt, wer Arbeitszeit, Arbeitsort und Ausstattung bestimmt, und liest den Rest aus Ihren Aufzeichnungen.</translation>
        </message>
        <message>
            <source>Check “{title}” (their latest running contract)</source>
            <translation>„{title}“ prüfen (der neueste laufende Vertrag der Person)</translation>
        </message>
        <message>
            <source>The check is about a contract: this person has none yet</source>
            <translation>Die Prüfung betrifft einen Vertrag: Diese Person hat noch keinen</translation>
        </message>
        <message>
            <source>Add files kept with this person</source>
            <translation>Dateien bei dieser Person hinterlegen</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Datei entfernen</translation>
        </message>
        <message>
            <source>Remove “{name}” from this person? The stored copy is deleted when no other record uses it.</source>
            <translation>„{name}“ von dieser Person entfernen? Die gespeicherte Kopie wird gelöscht, sobald kein anderer Eintrag sie verwendet.</translation>
        </message>
    </context>
    <context>
        <name>PlannerScreen</name>
        <message>
            <source>e.g. Data pipeline for the shop</source>
            <translation>z. B. Datenpipeline für den Shop</translation>
        </message>
        <message>
            <source>What the work is called: the draft offers take it as their title</source>
            <translation>Wie die Arbeit heißt: Die Angebotsentwürfe übernehmen es als Titel</translation>
        </message>
        <message>
            <source>Python:4, dbt</source>
            <translation>Python:4, dbt</translation>
        </message>
        <message>
            <source>The skills the work needs, separated by commas, each with its minimum level from 1 to 5 after a colon (no level: any level)</source>
            <translation>Die benötigten Fähigkeiten, durch Kommas getrennt, jeweils mit der Mindeststufe von 1 bis 5 nach einem Doppelpunkt (ohne Stufe: beliebige Stufe)</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h pro Woche</translation>
        </message>
        <message>
            <source> h a day</source>
            <translation> h pro Tag</translation>
        </message>
        <message>
            <source>Hours of each working day they must share with yours, on every day of the period (changes of the clocks included)</source>
            <translation>Stunden jedes Arbeitstags, die sich an jedem Tag des Zeitraums mit Ihren überschneiden müssen (Zeitumstellungen eingeschlossen)</translation>
        </message>
        <message>
            <source>optional, e.g. 6000</source>
            <translation>optional, z. B. 6000</translation>
        </message>
        <message>
            <source>optional, an hour</source>
            <translation>optional, pro Stunde</translation>
        </message>
        <message>
            <source>&amp;Work:</source>
            <translation>&amp;Arbeit:</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Fähigkeiten:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Stunden:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;Overlap:</source>
            <translation>&amp;Überschneidung:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>B&amp;udget:</translation>
        </message>
        <message>
            <source>&amp;Maximum rate:</source>
            <translation>&amp;Höchstsatz:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>Wäh&amp;rung:</translation>
        </message>
        <message>
            <source>Plans you kept: open one to see its description and its draft offers</source>
            <translation>Gespeicherte Pläne: Öffnen Sie einen, um seine Beschreibung und seine Angebotsentwürfe zu sehen</translation>
        </message>
        <message>
            <source>Saved plans</source>
            <translation>Gespeicherte Pläne</translation>
        </message>
        <message>
            <source>Describe the work</source>
            <translation>Arbeit beschreiben</translation>
        </message>
        <message>
            <source>Ranked proposals: pick one to see why, then make the draft offers</source>
            <translation>Vorschläge nach Rang: Wählen Sie einen, um die Begründung zu sehen, und erstellen Sie dann die Angebotsentwürfe</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>Why this proposal</source>
            <translation>Begründung des Vorschlags</translation>
        </message>
        <message>
            <source>Make &amp;draft offers</source>
            <translation>Angebots&amp;entwürfe erstellen</translation>
        </message>
        <message>
            <source>One draft contract per person of the proposal, prefilled from the plan, kept together as a plan (Ctrl+Return)</source>
            <translation>Ein Vertragsentwurf je Person des Vorschlags, aus dem Plan vorausgefüllt und gemeinsam als Plan gespeichert (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Plan &amp;PDF…</source>
            <translation>Plan als &amp;PDF…</translation>
        </message>
        <message>
            <source>A PDF of the saved plan to share: the description, the team, the cost and the alternatives considered</source>
            <translation>Ein PDF des gespeicherten Plans zum Weitergeben: die Beschreibung, das Team, die Kosten und die geprüften Alternativen</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Neuer Plan</translation>
        </message>
        <message>
            <source>Clear the description and start again</source>
            <translation>Beschreibung leeren und neu beginnen</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Höchstsatz</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Name the skills the work needs (for example “Python:4, dbt”), the hours a week and the period: the people and small teams who can do it appear here, best first.</source>
            <translation>Nennen Sie die benötigten Fähigkeiten (zum Beispiel „Python:4, dbt“), die Stunden pro Woche und den Zeitraum: Die Personen und kleinen Teams, die die Arbeit übernehmen können, erscheinen hier, die besten zuerst.</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>Kosten unbekannt</translation>
        </message>
        <message numerus="yes">
            <source>team of %n</source>
            <translation>
                <numerusform>Team aus %n Person</numerusform>
                <numerusform>Team aus %n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>one person</source>
            <translation>eine Person</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n Person mit den Fähigkeiten berücksichtigt</numerusform>
                <numerusform>%n Personen mit den Fähigkeiten berücksichtigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; availability not set for %n</source>
            <translation>
                <numerusform>; Verfügbarkeit bei %n Person nicht festgelegt</numerusform>
                <numerusform>; Verfügbarkeit bei %n Personen nicht festgelegt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h a week</source>
            <translation>
                <numerusform>%n h pro Woche</numerusform>
                <numerusform>%n h pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>Make draft offers</source>
            <translation>Angebotsentwürfe erstellen</translation>
        </message>
        <message>
            <source>Draft offers made</source>
            <translation>Angebotsentwürfe erstellt</translation>
        </message>
        <message numerus="yes">
            <source>%n draft offer(s) made and kept as a plan: open each from the plan's list to send it.</source>
            <translation>
                <numerusform>%n Angebotsentwurf erstellt und als Plan gespeichert: Öffnen Sie ihn in der Liste des Plans, um ihn zu senden.</numerusform>
                <numerusform>%n Angebotsentwürfe erstellt und als Plan gespeichert: Öffnen Sie jeden in der Liste des Plans, um ihn zu senden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft offers not made</source>
            <translation>Angebotsentwürfe nicht erstellt</translation>
        </message>
        <message>
            <source>No plan kept yet: pick a proposal and make its draft offers.</source>
            <translation>Noch kein Plan gespeichert: Wählen Sie einen Vorschlag und erstellen Sie seine Angebotsentwürfe.</translation>
        </message>
        <message>
            <source>Platform migration</source>
            <translation>Plattformmigration</translation>
        </message>
    </context>
    <context>
        <name>QuotesDialog</name>
        <message>
            <source>Comments to quote</source>
            <translation>Zu zitierende Kommentare</translation>
        </message>
        <message>
            <source>Comments people gave you</source>
            <translation>Kommentare, die Sie erhalten haben</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Ticked comments appear in the “working with me” PDF, with the person's first name, the score and the date; the newest {n} of them fit its one page.</source>
            <translation>Angehakte Kommentare erscheinen im PDF „Zusammenarbeit mit mir“ mit dem Vornamen der Person, der Wertung und dem Datum; die neuesten {n} davon passen auf seine eine Seite.</translation>
        </message>
        <message>
            <source>Nobody has left you feedback with a comment yet. Record the feedback they give you in a contract's workroom.</source>
            <translation>Noch niemand hat Ihnen Feedback mit einem Kommentar gegeben. Erfassen Sie erhaltenes Feedback im Arbeitsraum eines Vertrags.</translation>
        </message>
        <message>
            <source>Choose comments to quote</source>
            <translation>Zu zitierende Kommentare wählen</translation>
        </message>
    </context>
    <context>
        <name>RatesImportDialog</name>
        <message>
            <source>Rates are read as the European Central Bank publishes them: how many units of each currency one euro bought that day. A rate already kept for a currency and day is replaced when the file says otherwise. A file with a bad cell is refused whole, naming its line.</source>
            <translation>Kurse werden so gelesen, wie die Europäische Zentralbank sie veröffentlicht: wie viele Einheiten jeder Währung ein Euro an dem Tag kostete. Ein bereits gespeicherter Kurs für eine Währung und einen Tag wird ersetzt, wenn die Datei etwas anderes angibt. Eine Datei mit einer fehlerhaften Zelle wird vollständig abgelehnt, unter Angabe der Zeile.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>My record as a client</source>
            <translation>Meine Bilanz als Auftraggeber</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>The figures over this period, compared with the period before it</source>
            <translation>Die Kennzahlen dieses Zeitraums, verglichen mit dem Zeitraum davor</translation>
        </message>
        <message numerus="yes">
            <source>Last %n month(s)</source>
            <translation>
                <numerusform>Letzter Monat</numerusform>
                <numerusform>Letzte %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Zurück zur Warteschlange</translation>
        </message>
        <message>
            <source>Back to the review queue (Esc)</source>
            <translation>Zurück zur Prüfung (Esc)</translation>
        </message>
        <message>
            <source>Comments to quote…</source>
            <translation>Zu zitierende Kommentare…</translation>
        </message>
        <message>
            <source>Choose which comments people gave you appear in the PDF</source>
            <translation>Wählen Sie, welche erhaltenen Kommentare im PDF erscheinen</translation>
        </message>
        <message>
            <source>Working with me PDF…</source>
            <translation>PDF „Zusammenarbeit mit mir“…</translation>
        </message>
        <message>
            <source>One page to share with a new hire: how you work, pay and what people said, over the chosen period</source>
            <translation>Eine Seite für neue Auftragnehmer: wie Sie arbeiten und bezahlen und was andere gesagt haben, im gewählten Zeitraum</translation>
        </message>
        <message>
            <source>Back to the review queue</source>
            <translation>Zurück zur Prüfung</translation>
        </message>
        <message numerus="yes">
            <source>From {start} to {end}, compared with the %n day(s) before. Click a figure to see what it was counted from.</source>
            <translation>
                <numerusform>Vom {start} bis {end}, verglichen mit dem Tag davor. Klicken Sie auf eine Kennzahl, um zu sehen, woraus sie berechnet wurde.</numerusform>
                <numerusform>Vom {start} bis {end}, verglichen mit den %n Tagen davor. Klicken Sie auf eine Kennzahl, um zu sehen, woraus sie berechnet wurde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Why (optional, kept with the record of what it was):</source>
            <translation>Grund (optional, bleibt beim Eintrag des bisherigen Stands):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>Datensätze zur Kennzahl</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Zählt als</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open the contract's workroom, or the person (Enter)</source>
            <translation>Arbeitsraum des Vertrags oder die Person öffnen (Enter)</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Sicherungen liegen in {folder}</translation>
        </message>
        <message>
            <source>Restore a daily copy</source>
            <translation>Tageskopie wiederherstellen</translation>
        </message>
        <message>
            <source>Replace all your data with the backup taken {when}?

Everything entered since then is set aside: the data as it is now is kept as a backup first, so you can come back to it from this list.</source>
            <translation>Alle Ihre Daten durch die Sicherung vom {when} ersetzen?

Alles, was seitdem eingegeben wurde, wird beiseitegelegt: Der aktuelle Stand wird zuerst als Sicherung abgelegt, sodass Sie über diese Liste dorthin zurückkehren können.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>TalentDesk copies your data on the first start of each day and before every migration. Choose the copy to go back to; the data as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>TalentDesk kopiert Ihre Daten beim ersten Start jedes Tages und vor jeder Migration. Wählen Sie die Kopie, zu der Sie zurückkehren möchten; der aktuelle Stand wird zuerst als Sicherung abgelegt, sodass sich eine Wiederherstellung rückgängig machen lässt.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>There are no backups yet. TalentDesk takes the first one the next time it starts on a new day.</source>
            <translation>Es gibt noch keine Sicherungen. TalentDesk legt die erste beim nächsten Start an einem neuen Tag an.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPagesWizard</name>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Vielleicht</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Choose the stars you gave, or untick “Feedback given” if you have not left it yet.</source>
            <translation>Wählen Sie die Sterne, die Sie vergeben haben, oder entfernen Sie den Haken bei „Feedback gegeben“, wenn Sie es noch nicht abgegeben haben.</translation>
        </message>
        <message>
            <source>Choose the stars they gave you, or untick “Feedback received”.</source>
            <translation>Wählen Sie die Sterne, die Sie erhalten haben, oder entfernen Sie den Haken bei „Feedback erhalten“.</translation>
        </message>
        <message>
            <source>Choose: {names} — or untick “Write a private review” to skip it.</source>
            <translation>Wählen Sie: {names} — oder entfernen Sie den Haken bei „Private Bewertung schreiben“, um sie zu überspringen.</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Cards in the queue by rule</source>
            <translation>Karten in der Warteschlange nach Regel</translation>
        </message>
        <message>
            <source>Why a card is in the queue</source>
            <translation>Warum eine Karte in der Warteschlange ist</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Prüfung starten</translation>
        </message>
        <message>
            <source>Go through the cards one at a time (Enter)</source>
            <translation>Die Karten einzeln durchgehen (Enter)</translation>
        </message>
        <message>
            <source>Rules and thresholds…</source>
            <translation>Regeln und Schwellenwerte…</translation>
        </message>
        <message>
            <source>Switch rules on or off and set when they ask (Ctrl+,)</source>
            <translation>Regeln ein- oder ausschalten und festlegen, wann sie greifen (Ctrl+,)</translation>
        </message>
        <message>
            <source>My record…</source>
            <translation>Meine Bilanz…</translation>
        </message>
        <message>
            <source>How you are doing as a client: approvals, payments, answers, feedback received, rehiring (Ctrl+Shift+M)</source>
            <translation>Ihre Bilanz als Auftraggeber: Freigaben, Zahlungen, Antworten, erhaltenes Feedback, erneute Beauftragungen (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Frühere Prüfrunden</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Acted</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Double-click a session to see what was decided</source>
            <translation>Doppelklicken Sie auf eine Prüfrunde, um die Entscheidungen zu sehen</translation>
        </message>
        <message>
            <source>Start a review session</source>
            <translation>Prüfrunde starten</translation>
        </message>
        <message>
            <source>Show my record as a client</source>
            <translation>Meine Bilanz als Auftraggeber anzeigen</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Prüfrunde beenden</translation>
        </message>
        <message>
            <source>End now and see what was decided (Esc); undecided cards stay queued</source>
            <translation>Jetzt beenden und die Entscheidungen sehen (Esc); unentschiedene Karten bleiben in der Warteschlange</translation>
        </message>
        <message>
            <source>Snooze a day</source>
            <translation>Einen Tag zurückstellen</translation>
        </message>
        <message>
            <source>Snooze a week</source>
            <translation>Eine Woche zurückstellen</translation>
        </message>
        <message>
            <source>Snooze a month</source>
            <translation>Einen Monat zurückstellen</translation>
        </message>
        <message>
            <source>Snooze until…</source>
            <translation>Zurückstellen bis…</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Verwerfen…</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Taste {key}</translation>
        </message>
        <message>
            <source>Keys: 1–4 this card's actions · 5 done · 6, 7, 8 snooze a day, a week, a month · 9 snooze until… · 0 dismiss · Esc end the session</source>
            <translation>Tasten: 1–4 Aktionen dieser Karte · 5 erledigt · 6, 7, 8 einen Tag, eine Woche, einen Monat zurückstellen · 9 zurückstellen bis… · 0 verwerfen · Esc Prüfrunde beenden</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Als Nächstes</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Card done</source>
            <translation>Karte erledigt</translation>
        </message>
        <message>
            <source>Snooze the card a day</source>
            <translation>Karte einen Tag zurückstellen</translation>
        </message>
        <message>
            <source>Snooze the card a week</source>
            <translation>Karte eine Woche zurückstellen</translation>
        </message>
        <message>
            <source>Snooze the card a month</source>
            <translation>Karte einen Monat zurückstellen</translation>
        </message>
        <message>
            <source>Snooze the card until a day</source>
            <translation>Karte bis zu einem bestimmten Tag zurückstellen</translation>
        </message>
        <message>
            <source>Dismiss the card</source>
            <translation>Karte verwerfen</translation>
        </message>
        <message>
            <source>Card action {n}</source>
            <translation>Kartenaktion {n}</translation>
        </message>
        <message>
            <source>End the session</source>
            <translation>Prüfrunde beenden</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Zusammenfassung der Prüfrunde</translation>
        </message>
        <message>
            <source>Decisions of this session</source>
            <translation>Entscheidungen dieser Prüfrunde</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Zurück zur Warteschlange</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <source>A PDF of what was decided, for your records</source>
            <translation>Ein PDF der Entscheidungen für Ihre Unterlagen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) need a decision.</source>
            <translation>
                <numerusform>%Ln Karte braucht eine Entscheidung.</numerusform>
                <numerusform>%Ln Karten brauchen eine Entscheidung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing needs a decision now. Cards appear here as contracts end, hours run up, access stays open or people go quiet.</source>
            <translation>Derzeit ist nichts zu entscheiden. Karten erscheinen hier, wenn Verträge enden, Stunden auflaufen, Zugänge offen bleiben oder der Kontakt zu Personen einschläft.</translation>
        </message>
        <message numerus="yes">
            <source>%n more snoozed or dismissed.</source>
            <translation>
                <numerusform>%n weitere zurückgestellt oder verworfen.</numerusform>
                <numerusform>%n weitere zurückgestellt oder verworfen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start review (%Ln card(s))</source>
            <translation>
                <numerusform>Prüfung starten (%Ln Karte)</numerusform>
                <numerusform>Prüfung starten (%Ln Karten)</numerusform>
            </translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>nicht abgeschlossen</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Noch keine Prüfrunden</translation>
        </message>
        <message>
            <source>Start review session</source>
            <translation>Prüfrunde starten</translation>
        </message>
        <message>
            <source>Card {n} of {total}</source>
            <translation>Karte {n} von {total}</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(keine Person)</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Fällig am {date}</translation>
        </message>
        <message>
            <source>Dismiss this card</source>
            <translation>Diese Karte verwerfen</translation>
        </message>
        <message>
            <source>Why can it be dismissed? It comes back only if its facts change.</source>
            <translation>Warum kann sie verworfen werden? Sie kommt nur zurück, wenn sich die Fakten ändern.</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Erhöhung erfassen</translation>
        </message>
        <message>
            <source>Review decision</source>
            <translation>Prüfentscheidung</translation>
        </message>
        <message>
            <source>End review session</source>
            <translation>Prüfrunde beenden</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n erledigt</numerusform>
                <numerusform>%n erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n acted on</source>
            <translation>
                <numerusform>%n umgesetzt</numerusform>
                <numerusform>%n umgesetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snoozed</source>
            <translation>
                <numerusform>%n zurückgestellt</numerusform>
                <numerusform>%n zurückgestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dismissed</source>
            <translation>
                <numerusform>%n verworfen</numerusform>
                <numerusform>%n verworfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still in the queue.</source>
            <translation>
                <numerusform>%Ln Karte noch in der Warteschlange.</numerusform>
                <numerusform>%Ln Karten noch in der Warteschlange.</numerusform>
            </translation>
        </message>
        <message>
            <source>The queue is empty. Well done.</source>
            <translation>Die Warteschlange ist leer. Gut gemacht.</translation>
        </message>
        <message>
            <source>Session of {when}</source>
            <translation>Prüfrunde vom {when}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln Tag</numerusform>
                <numerusform>%Ln Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeActionDialog</name>
        <message>
            <source>Extend or move the end date</source>
            <translation>Laufzeit verlängern oder Enddatum verschieben</translation>
        </message>
        <message>
            <source>Change the weekly limit</source>
            <translation>Wochenlimit ändern</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Einen Meilenstein hinzufügen</translation>
        </message>
        <message>
            <source>Change a milestone</source>
            <translation>Einen Meilenstein ändern</translation>
        </message>
        <message>
            <source>Pay a bonus</source>
            <translation>Einen Bonus zahlen</translation>
        </message>
        <message>
            <source>Change the rate</source>
            <translation>Satz ändern</translation>
        </message>
        <message>
            <source>Change the weekly payment</source>
            <translation>Wochenpauschale ändern</translation>
        </message>
        <message>
            <source>Pause the contract</source>
            <translation>Vertrag pausieren</translation>
        </message>
        <message>
            <source>Resume the contract</source>
            <translation>Vertrag fortsetzen</translation>
        </message>
        <message>
            <source>New &amp;rate</source>
            <translation>Neuer &amp;Satz</translation>
        </message>
        <message>
            <source>New weekly &amp;payment</source>
            <translation>Neue &amp;Wochenpauschale</translation>
        </message>
        <message>
            <source>&amp;Bonus</source>
            <translation>&amp;Bonus</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <source>Ends now: {v}</source>
            <translation>Endet derzeit: {v}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>unbefristet</translation>
        </message>
        <message>
            <source>Weekly limit now: {v}</source>
            <translation>Wochenlimit derzeit: {v}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>Rate now: {v}</source>
            <translation>Satz derzeit: {v}</translation>
        </message>
        <message>
            <source>Weekly payment now: {v}</source>
            <translation>Wochenpauschale derzeit: {v}</translation>
        </message>
        <message>
            <source>This contract has no milestone that is not yet paid.</source>
            <translation>Dieser Vertrag hat keinen Meilenstein, der noch unbezahlt ist.</translation>
        </message>
        <message>
            <source>Already scheduled: {changes}</source>
            <translation>Bereits geplant: {changes}</translation>
        </message>
        <message>
            <source>The change and its reason are written to the scope-change ledger together with the new terms.</source>
            <translation>Die Änderung und ihr Grund werden zusammen mit den neuen Konditionen ins Protokoll der Umfangsänderungen geschrieben.</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Umfangsänderung</translation>
        </message>
        <message>
            <source>&amp;Milestone</source>
            <translation>&amp;Meilenstein</translation>
        </message>
        <message>
            <source>The milestone whose amount or due date changes, or that is removed</source>
            <translation>Der Meilenstein, dessen Betrag oder Fälligkeitsdatum sich ändert oder der entfernt wird</translation>
        </message>
        <message>
            <source>New &amp;end date</source>
            <translation>Neues &amp;Enddatum</translation>
        </message>
        <message>
            <source>New weekly &amp;limit</source>
            <translation>Neues Wochen&amp;limit</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Milestone &amp;title</source>
            <translation>&amp;Titel des Meilensteins</translation>
        </message>
        <message>
            <source>e.g. Extra landing page</source>
            <translation>z. B. zusätzliche Landingpage</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Fällig</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Mit Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Take this milestone off the contract; its amount leaves the budget and the ledger records it</source>
            <translation>Diesen Meilenstein aus dem Vertrag nehmen; sein Betrag fällt aus dem Budget, und das Protokoll hält es fest</translation>
        </message>
        <message>
            <source>Re&amp;move this milestone</source>
            <translation>&amp;Diesen Meilenstein entfernen</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>Gültig &amp;ab</translation>
        </message>
        <message>
            <source>The day the new terms take effect: earlier weeks keep the old terms; a later day is scheduled</source>
            <translation>Der Tag, ab dem die neuen Konditionen gelten: Frühere Wochen behalten die alten; ein späterer Tag wird vorgemerkt</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>The reason, in a sentence: it stays in the ledger</source>
            <translation>Der Grund in einem Satz: Er bleibt im Protokoll</translation>
        </message>
        <message>
            <source>Who asked</source>
            <translation>Veranlasst von</translation>
        </message>
        <message>
            <source>&amp;I did</source>
            <translation>&amp;Ich</translation>
        </message>
        <message>
            <source>&amp;They did</source>
            <translation>Die &amp;Person</translation>
        </message>
        <message>
            <source>A&amp;greed with the talent</source>
            <translation>Mit der Person &amp;vereinbart</translation>
        </message>
    </context>
    <context>
        <name>ScopeTab</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Cost delta</source>
            <translation>Kostendifferenz</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Veranlasst von</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Vereinbart</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Umkehren…</translation>
        </message>
        <message>
            <source>Correct a change by a reversing row: the terms go back, the history stays (Del)</source>
            <translation>Eine Änderung durch eine Gegenbuchung korrigieren: Die Konditionen gehen zurück, der Verlauf bleibt (Del)</translation>
        </message>
        <message>
            <source>Reverse scope change</source>
            <translation>Umfangsänderung umkehren</translation>
        </message>
        <message>
            <source>Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.</source>
            <translation>„{change}“ vom {day} ({before} → {after}) umkehren? Dem Protokoll wird eine Gegenbuchung hinzugefügt.</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Umkehren</translation>
        </message>
        <message>
            <source>Recorded by mistake</source>
            <translation>Versehentlich erfasst</translation>
        </message>
        <message>
            <source> from {day}</source>
            <translation> ab {day}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Original budget {o}; with these changes {c}; over it by {p} %.</source>
            <translation>Ursprüngliches Budget {o}; mit diesen Änderungen {c}; überschritten um {p} %.</translation>
        </message>
        <message>
            <source>Every change to a running agreement is recorded here: use Scope change ▾.</source>
            <translation>Jede Änderung an einer laufenden Vereinbarung wird hier erfasst: Verwenden Sie „Umfangsänderung ▾“.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Wie das System ({language})</translation>
        </message>
        <message>
            <source>As this computer's region ({currency})</source>
            <translation>Wie die Region dieses Computers ({currency})</translation>
        </message>
        <message>
            <source>As this computer's region</source>
            <translation>Wie die Region dieses Computers</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Your name, time zone, currency, review rules, backups, appearance, dates, paper</source>
            <translation>Ihr Name, Zeitzone, Währung, Prüfregeln, Sicherungen, Erscheinungsbild, Datumsformat, Papier</translation>
        </message>
        <message>
            <source>Exchange &amp;rate table…</source>
            <translation>Wechselk&amp;urstabelle…</translation>
        </message>
        <message>
            <source>The exchange rates kept per day: add, remove or import them</source>
            <translation>Die je Tag gespeicherten Wechselkurse: hinzufügen, entfernen oder importieren</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>Named as the author of your PDF summaries</source>
            <translation>Wird als Autor Ihrer PDF-Zusammenfassungen genannt</translation>
        </message>
        <message>
            <source>My &amp;time zone:</source>
            <translation>Meine &amp;Zeitzone:</translation>
        </message>
        <message>
            <source>An IANA time zone such as Europe/Berlin; used to show the overlap of working hours</source>
            <translation>Eine IANA-Zeitzone wie Europe/Berlin; dient dazu, die Überschneidung der Arbeitszeiten zu zeigen</translation>
        </message>
        <message>
            <source>My &amp;working hours:</source>
            <translation>Meine &amp;Arbeitszeiten:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>End of my working day</source>
            <translation>Ende meines Arbeitstags</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>Standard&amp;währung:</translation>
        </message>
        <message>
            <source>The ISO 4217 code new contracts and rates start with</source>
            <translation>Der ISO-4217-Code, mit dem neue Verträge und Sätze beginnen</translation>
        </message>
        <message>
            <source>&amp;Bonus allowed until:</source>
            <translation>&amp;Bonus möglich bis:</translation>
        </message>
        <message>
            <source> days after a contract ends</source>
            <translation> Tage nach Vertragsende</translation>
        </message>
        <message>
            <source>How long after its end a contract still takes a bonus (Upwork allows 365 days)</source>
            <translation>Wie lange nach seinem Ende ein Vertrag noch einen Bonus annimmt (Upwork erlaubt 365 Tage)</translation>
        </message>
        <message>
            <source>Home c&amp;urrency:</source>
            <translation>&amp;Hauswährung:</translation>
        </message>
        <message>
            <source>Totals across currencies (the bench, the dossier, the yearly spend, the tax year) are given in this currency, each payment at the rate of its date</source>
            <translation>Währungsübergreifende Summen (Talentpool, Dossier, Jahresausgaben, Steuerjahr) werden in dieser Währung angegeben, jede Zahlung zum Kurs ihres Datums</translation>
        </message>
        <message>
            <source>Oldest rate &amp;allowed:</source>
            <translation>Ältester zulässiger &amp;Kurs:</translation>
        </message>
        <message>
            <source> days before the payment</source>
            <translation> Tage vor der Zahlung</translation>
        </message>
        <message>
            <source>A payment on a weekend or holiday takes the rate of the nearest earlier day; a rate older than this counts as no rate</source>
            <translation>Eine Zahlung an einem Wochenende oder Feiertag erhält den Kurs des nächstfrüheren Tages; ein älterer Kurs zählt als kein Kurs</translation>
        </message>
        <message>
            <source>Tax &amp;year starts:</source>
            <translation>Steuer&amp;jahr beginnt:</translation>
        </message>
        <message>
            <source>Month the tax year starts</source>
            <translation>Monat, in dem das Steuerjahr beginnt</translation>
        </message>
        <message>
            <source>1 January: the calendar year; the United Kingdom's tax year starts on 6 April</source>
            <translation>1. Januar: das Kalenderjahr; das Steuerjahr im Vereinigten Königreich beginnt am 6. April</translation>
        </message>
        <message>
            <source>Day the tax year starts</source>
            <translation>Tag, an dem das Steuerjahr beginnt</translation>
        </message>
        <message>
            <source>Review rules</source>
            <translation>Prüfregeln</translation>
        </message>
        <message>
            <source>Each rule puts cards in the review queue. Switch off what you do not need and set when each one asks.</source>
            <translation>Jede Regel legt Karten in die Warteschlange der Prüfung. Schalten Sie aus, was Sie nicht brauchen, und legen Sie fest, wann jede Regel greift.</translation>
        </message>
        <message>
            <source>Files and backups</source>
            <translation>Dateien und Sicherungen</translation>
        </message>
        <message>
            <source>Largest file to &amp;store:</source>
            <translation>&amp;Größte speicherbare Datei:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Files shared in a workroom above this size are refused</source>
            <translation>In einem Arbeitsraum geteilte Dateien über dieser Größe werden abgelehnt</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups for:</source>
            <translation>&amp;Tägliche Sicherungen behalten:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Keep &amp;monthly backups for:</source>
            <translation>&amp;Monatliche Sicherungen behalten:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>Appearance and documents</source>
            <translation>Erscheinungsbild und Dokumente</translation>
        </message>
        <message>
            <source>Colour sc&amp;heme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Light or dark, or follow the system; applied at once and at every start on this computer</source>
            <translation>Hell, dunkel oder wie das System; gilt sofort und bei jedem Start auf diesem Computer</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>The language of the window, the PDFs and the command line on this computer, and the form of its dates and numbers</source>
            <translation>Die Sprache des Fensters, der PDFs und der Befehlszeile auf diesem Computer sowie die Schreibweise von Datum und Zahlen</translation>
        </message>
        <message>
            <source>A new language takes effect the next time TalentDesk starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von TalentDesk.</translation>
        </message>
        <message>
            <source>Date f&amp;ormat:</source>
            <translation>&amp;Datumsformat:</translation>
        </message>
        <message>
            <source>How dates read in tables, date fields, charts and PDFs; CSV files always use ISO dates (2026-11-30)</source>
            <translation>Wie Datumsangaben in Tabellen, Datumsfeldern, Diagrammen und PDFs erscheinen; CSV-Dateien verwenden immer ISO-Daten (2026-11-30)</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Papierformat:</translation>
        </message>
        <message>
            <source>The page size of the PDF summaries</source>
            <translation>Das Seitenformat der PDF-Zusammenfassungen</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until…</source>
            <translation>Zurückstellen bis…</translation>
        </message>
        <message>
            <source>Bring this card back on:</source>
            <translation>Diese Karte wieder vorlegen am:</translation>
        </message>
    </context>
    <context>
        <name>TalentDialog</name>
        <message>
            <source>overlaps my day by {hours}</source>
            <translation>überschneidet sich um {hours} mit meinem Tag</translation>
        </message>
        <message>
            <source>New talent</source>
            <translation>Neues Talent</translation>
        </message>
        <message>
            <source>Edit talent</source>
            <translation>Talent bearbeiten</translation>
        </message>
        <message>
            <source>Active and On bench follow the contracts: the bench shows Active while a contract runs and On bench otherwise. Trial, Do not rehire and Archived stay as you set them.</source>
            <translation>„Aktiv“ und „Im Talentpool“ folgen den Verträgen: Der Talentpool zeigt „Aktiv“, solange ein Vertrag läuft, sonst „Im Talentpool“. „Probephase“, „Nicht mehr beauftragen“ und „Archiviert“ bleiben, wie Sie sie setzen.</translation>
        </message>
        <message>
            <source>Discard this new talent?</source>
            <translation>Dieses neue Talent verwerfen?</translation>
        </message>
        <message>
            <source>Discard your changes to {name}?</source>
            <translation>Ihre Änderungen an {name} verwerfen?</translation>
        </message>
        <message>
            <source>choose a zone from the list</source>
            <translation>Zeitzone aus der Liste wählen</translation>
        </message>
        <message>
            <source>{time} there now</source>
            <translation>dort jetzt {time}</translation>
        </message>
        <message>
            <source>Required: why they should not be rehired</source>
            <translation>Erforderlich: warum die Person nicht mehr beauftragt werden soll</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>1 basic · 3 solid · 5 expert</source>
            <translation>1 Grundkenntnisse · 3 solide · 5 Experte</translation>
        </message>
        <message>
            <source>New: saved with the person</source>
            <translation>Neu: wird mit der Person gespeichert</translation>
        </message>
        <message>
            <source>Saved rates stay: add a newer rate instead.</source>
            <translation>Gespeicherte Sätze bleiben: Fügen Sie stattdessen einen neueren Satz hinzu.</translation>
        </message>
        <message>
            <source>Add talent</source>
            <translation>Talent hinzufügen</translation>
        </message>
        <message>
            <source>Talent</source>
            <translation>Talent</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>&amp;Headline:</source>
            <translation>Profil&amp;titel:</translation>
        </message>
        <message>
            <source>What they do, in a line (e.g. Django backend developer)</source>
            <translation>Was die Person macht, in einer Zeile (z. B. Django-Backend-Entwickler)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>Stan&amp;dort:</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Stadt, Land</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>Sp&amp;rachen:</translation>
        </message>
        <message>
            <source>English, Portuguese</source>
            <translation>Englisch, Portugiesisch</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Type part of a city or region to search the IANA time zones</source>
            <translation>Geben Sie einen Teil einer Stadt oder Region ein, um die IANA-Zeitzonen zu durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>&amp;Arbeitszeiten:</translation>
        </message>
        <message>
            <source>When their working day starts, in their time zone</source>
            <translation>Wann der Arbeitstag der Person beginnt, in ihrer Zeitzone</translation>
        </message>
        <message>
            <source>End of their working day</source>
            <translation>Ende des Arbeitstags der Person</translation>
        </message>
        <message>
            <source>When their working day ends; before the start means it runs past midnight</source>
            <translation>Wann der Arbeitstag der Person endet; liegt das Ende vor dem Beginn, geht er über Mitternacht hinaus</translation>
        </message>
        <message>
            <source>&amp;Preferred channel:</source>
            <translation>&amp;Bevorzugter Kanal:</translation>
        </message>
        <message>
            <source>&amp;Replies within:</source>
            <translation>Ant&amp;wortet innerhalb:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>How long they usually take to answer</source>
            <translation>Wie lange die Person üblicherweise für eine Antwort braucht</translation>
        </message>
        <message>
            <source>&amp;Stay in touch every:</source>
            <translation>&amp;In Kontakt bleiben alle:</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>keine Erinnerung</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>The review queue reminds you when you have not been in touch for this long</source>
            <translation>Die Prüfung erinnert Sie, wenn Sie so lange keinen Kontakt hatten</translation>
        </message>
        <message>
            <source>&amp;Bench status:</source>
            <translation>Talentpool-Stat&amp;us:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Why (needed for do-not-rehire)</source>
            <translation>Warum (nötig für „Nicht mehr beauftragen“)</translation>
        </message>
        <message>
            <source>&amp;Favourite</source>
            <translation>&amp;Favorit</translation>
        </message>
        <message>
            <source>&amp;Available for new work</source>
            <translation>&amp;Verfügbar für neue Aufträge</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Kontakt</translation>
        </message>
        <message>
            <source>Contact channels</source>
            <translation>Kontaktkanäle</translation>
        </message>
        <message>
            <source>Double-click a cell to edit it</source>
            <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Address or number</source>
            <translation>Adresse oder Nummer</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Bevorzugt</translation>
        </message>
        <message>
            <source>Add &amp;channel</source>
            <translation>Ka&amp;nal hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Profile links</source>
            <translation>Profil-Links</translation>
        </message>
        <message>
            <source>Marketplace profile, portfolio, code host…</source>
            <translation>Marktplatzprofil, Portfolio, Code-Host…</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <source>Add &amp;link</source>
            <translation>&amp;Link hinzufügen</translation>
        </message>
        <message>
            <source>S&amp;kills</source>
            <translation>Fä&amp;higkeiten</translation>
        </message>
        <message>
            <source>Add a skill (existing skills are suggested)</source>
            <translation>Fähigkeit hinzufügen (vorhandene werden vorgeschlagen)</translation>
        </message>
        <message>
            <source>Level from 1 (basic) to 5 (expert)</source>
            <translation>Stufe von 1 (Grundkenntnisse) bis 5 (Experte)</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Fähigkeit hinzufügen</translation>
        </message>
        <message>
            <source>Double-click a level to change it</source>
            <translation>Doppelklicken Sie auf eine Stufe, um sie zu ändern</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <source>Level (1–5)</source>
            <translation>Stufe (1–5)</translation>
        </message>
        <message>
            <source>Remove skill</source>
            <translation>Fähigkeit entfernen</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Sätze</translation>
        </message>
        <message>
            <source>A new rate is a new effective-dated row: contracts already agreed keep their own rates.</source>
            <translation>Ein neuer Satz ist eine neue Zeile mit Gültigkeitsdatum: Bereits vereinbarte Verträge behalten ihre eigenen Sätze.</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Neuer Satz</translation>
        </message>
        <message>
            <source>From when the new rate applies</source>
            <translation>Ab wann der neue Satz gilt</translation>
        </message>
        <message>
            <source>Amount per hour, e.g. 55.00</source>
            <translation>Betrag pro Stunde, z. B. 55.00</translation>
        </message>
        <message>
            <source>Note (e.g. yearly revisit)</source>
            <translation>Notiz (z. B. jährliche Überprüfung)</translation>
        </message>
        <message>
            <source>Add &amp;rate</source>
            <translation>&amp;Neuen Satz hinzufügen</translation>
        </message>
        <message>
            <source>Remove new rate</source>
            <translation>Neuen Satz entfernen</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>What they are great at, how they like to work, what to remember next time…</source>
            <translation>Worin die Person besonders gut ist, wie sie gern arbeitet, woran Sie beim nächsten Mal denken sollten…</translation>
        </message>
    </context>
    <context>
        <name>TermsHeader</name>
        <message>
            <source>Open this person on the bench</source>
            <translation>Diese Person im Talentpool öffnen</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Testprojekt</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Hours logged this week against the weekly limit</source>
            <translation>Diese Woche erfasste Stunden im Verhältnis zum Wochenlimit</translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Leistungsumfang</translation>
        </message>
        <message>
            <source>The scope of work as agreed</source>
            <translation>Der Leistungsumfang wie vereinbart</translation>
        </message>
        <message>
            <source>Agreed through a scope change; the current terms hold until that day</source>
            <translation>Durch eine Umfangsänderung vereinbart; die aktuellen Konditionen gelten bis zu diesem Tag</translation>
        </message>
        <message>
            <source>Hours logged against the hours the weekly payment buys at the hourly equivalent; the last 4 and 12 weeks are whole weeks before this one</source>
            <translation>Erfasste Stunden im Verhältnis zu den Stunden, die die Wochenpauschale zum Stundenäquivalent abdeckt; die letzten 4 und 12 Wochen sind volle Wochen vor dieser</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>mit {name}</translation>
        </message>
        <message>
            <source>Test project: hire</source>
            <translation>Testprojekt: beauftragen</translation>
        </message>
        <message>
            <source>Test project: not a fit</source>
            <translation>Testprojekt: passt nicht</translation>
        </message>
        <message>
            <source>{rate} / h</source>
            <translation>{rate} / h</translation>
        </message>
        <message>
            <source>{rate} / h equiv.</source>
            <translation>{rate} / h (Äquiv.)</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Scheduled: {changes}</source>
            <translation>Geplant: {changes}</translation>
        </message>
        <message>
            <source>Original budget {original}; with scope changes {current}; {paid_label} so far {spent}</source>
            <translation>Ursprüngliches Budget {original}; mit Umfangsänderungen {current}; bisher {paid_label}: {spent}</translation>
        </message>
        <message>
            <source>No original budget to compare with: set one with Edit terms while a draft</source>
            <translation>Kein ursprüngliches Budget zum Vergleich: Legen Sie eines mit „Konditionen bearbeiten“ fest, solange der Vertrag ein Entwurf ist</translation>
        </message>
        <message>
            <source>Over budget by {amount} ({n} %)</source>
            <translation>Budget überschritten um {amount} ({n} %)</translation>
        </message>
        <message>
            <source>Paid beyond the original budget</source>
            <translation>Über das ursprüngliche Budget hinaus bezahlt</translation>
        </message>
        <message>
            <source>The larger of the agreed scope changes and the money paid, beyond the original budget</source>
            <translation>Der größere Wert aus vereinbarten Umfangsänderungen und gezahltem Geld, über das ursprüngliche Budget hinaus</translation>
        </message>
        <message>
            <source>this week {done} of {limit}, {over} over</source>
            <translation>diese Woche {done} von {limit}, {over} darüber</translation>
        </message>
        <message>
            <source>this week {done} of {limit}</source>
            <translation>diese Woche {done} von {limit}</translation>
        </message>
        <message>
            <source>this week {done}</source>
            <translation>diese Woche {done}</translation>
        </message>
        <message>
            <source>Over the weekly limit by {n}: usually paid as a bonus</source>
            <translation>Wochenlimit um {n} überschritten: meist als Bonus bezahlt</translation>
        </message>
        <message>
            <source>No written scope of work yet.</source>
            <translation>Noch kein schriftlicher Leistungsumfang.</translation>
        </message>
        <message>
            <source>Engagement: </source>
            <translation>Auftragskette: </translation>
        </message>
        <message>
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>{used} of {bought}</source>
            <translation>{used} von {bought}</translation>
        </message>
        <message>
            <source>this week {used} ({share})</source>
            <translation>diese Woche {used} ({share})</translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s) {used} ({share})</source>
            <translation>
                <numerusform>letzte Woche {used} ({share})</numerusform>
                <numerusform>letzte %n Wochen {used} ({share})</numerusform>
            </translation>
        </message>
        <message>
            <source>Retainer used: </source>
            <translation>Retainer genutzt: </translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n day(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n Tag)</numerusform>
                <numerusform>{first} – {last} (%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s), average {avg}</source>
            <translation>
                <numerusform>%n Bewertung, Durchschnitt {avg}</numerusform>
                <numerusform>%n Bewertungen, Durchschnitt {avg}</numerusform>
            </translation>
        </message>
        <message>
            <source>no reviews yet</source>
            <translation>noch keine Bewertungen</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
            <translation>
                <numerusform>%n Vertrag · {span} · {paid} bezahlt · {reviews}</numerusform>
                <numerusform>%n Verträge · {span} · {paid} bezahlt · {reviews}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>end date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>milestone added</source>
            <translation>Meilenstein hinzugefügt</translation>
        </message>
        <message>
            <source>milestone edited</source>
            <translation>Meilenstein bearbeitet</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>fortgesetzt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Score / amount</source>
            <translation>Wertung / Betrag</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Any score</source>
            <translation>Jede Wertung</translation>
        </message>
        <message>
            <source>Reviews of 1</source>
            <translation>Bewertungen mit 1</translation>
        </message>
        <message>
            <source>Reviews of 2 or less</source>
            <translation>Bewertungen mit höchstens 2</translation>
        </message>
        <message>
            <source>Reviews of 3 or less</source>
            <translation>Bewertungen mit höchstens 3</translation>
        </message>
        <message>
            <source>Reviews of 4 or more</source>
            <translation>Bewertungen mit mindestens 4</translation>
        </message>
        <message>
            <source>Reviews of 5</source>
            <translation>Bewertungen mit 5</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Zeitleiste durchsuchen</translation>
        </message>
        <message>
            <source>Search the events' text…</source>
            <translation>Text der Ereignisse durchsuchen…</translation>
        </message>
        <message>
            <source>Show only some kinds of event</source>
            <translation>Nur bestimmte Ereignisarten zeigen</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Show events in a period</source>
            <translation>Ereignisse eines Zeitraums zeigen</translation>
        </message>
        <message>
            <source>Only reviews and feedback with these scores</source>
            <translation>Nur Bewertungen und Feedback mit diesen Wertungen</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Danke sagen…</translation>
        </message>
        <message>
            <source>Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)</source>
            <translation>Lob, ein Testimonial, eine Empfehlung oder einen Dankesbonus erfassen (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Zwischenbewertung…</translation>
        </message>
        <message>
            <source>A private mid-contract review of the selected person (Ctrl+Shift+K)</source>
            <translation>Eine private Zwischenbewertung der ausgewählten Person (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Save the events the filters show as a CSV file</source>
            <translation>Die von den Filtern gezeigten Ereignisse als CSV-Datei speichern</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Danke sagen</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Zwischenbewertung</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s)</source>
            <translation>
                <numerusform>%n Art</numerusform>
                <numerusform>%n Arten</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone: average review score and reviews per month</source>
            <translation>Alle: durchschnittliche Wertung und Bewertungen pro Monat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people: average review score and reviews per month</source>
            <translation>
                <numerusform>%Ln Person: durchschnittliche Wertung und Bewertungen pro Monat</numerusform>
                <numerusform>%Ln Personen: durchschnittliche Wertung und Bewertungen pro Monat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s), newest first</source>
            <translation>
                <numerusform>%Ln Ereignis, neueste zuerst</numerusform>
                <numerusform>%Ln Ereignisse, neueste zuerst</numerusform>
            </translation>
        </message>
        <message>
            <source>No events match these filters. Clear a filter to see more.</source>
            <translation>Keine Ereignisse passen zu diesen Filtern. Setzen Sie einen Filter zurück, um mehr zu sehen.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet. Start a contract, write a review or say thanks, and it appears here.</source>
            <translation>Noch nichts auf der Zeitleiste. Beginnen Sie einen Vertrag, schreiben Sie eine Bewertung oder sagen Sie Danke, und es erscheint hier.</translation>
        </message>
        <message>
            <source>a review of 5</source>
            <translation>eine Bewertung mit 5</translation>
        </message>
        <message>
            <source>milestone “{title}” approved</source>
            <translation>Meilenstein „{title}“ freigegeben</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {why} on {day} ({contract}), no thanks since. &lt;a href='{index}'&gt;Say thanks&lt;/a&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {why} am {day} ({contract}), seitdem kein Dank. &lt;a href='{index}'&gt;Danke sagen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>{name} öffnen</translation>
        </message>
        <message>
            <source>Open contract “{title}”</source>
            <translation>Vertrag „{title}“ öffnen</translation>
        </message>
        <message>
            <source>Show only {name}</source>
            <translation>Nur {name} zeigen</translation>
        </message>
        <message>
            <source>Say thanks to {name}…</source>
            <translation>{name} danken…</translation>
        </message>
        <message>
            <source>Edit this {kind}…</source>
            <translation>Eintrag bearbeiten ({kind})…</translation>
        </message>
        <message>
            <source>Remove this {kind}…</source>
            <translation>Eintrag entfernen ({kind})…</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Text kopieren</translation>
        </message>
        <message>
            <source>the {kind} of {day} for {name}</source>
            <translation>Eintrag ({kind}) vom {day} für {name}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>{what} entfernen?</translation>
        </message>
        <message>
            <source>Remove {kind}</source>
            <translation>Eintrag entfernen ({kind})</translation>
        </message>
        <message>
            <source>Removed {what}</source>
            <translation>{what} entfernt</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Zeitleiste exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) exported to {path}</source>
            <translation>
                <numerusform>%Ln Ereignis nach {path} exportiert</numerusform>
                <numerusform>%Ln Ereignisse nach {path} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the timeline…</source>
            <translation>Zeitleiste wird exportiert…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Termintreue</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Kooperation</translation>
        </message>
    </context>
    <context>
        <name>UpworkImportDialog</name>
        <message>
            <source>People in the file</source>
            <translation>Personen in der Datei</translation>
        </message>
        <message>
            <source>Names that match someone on the bench exactly are used as they are.</source>
            <translation>Namen, die exakt mit jemandem im Talentpool übereinstimmen, werden unverändert übernommen.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Name in der Datei</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>Im Talentpool</translation>
        </message>
        <message>
            <source>A weekly summary does not name the person: choose who these contracts are with</source>
            <translation>Eine Wochenübersicht nennt die Person nicht: Wählen Sie, mit wem diese Verträge bestehen</translation>
        </message>
        <message>
            <source>Contracts are with:</source>
            <translation>Verträge bestehen mit:</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Add as a new person</source>
            <translation>Als neue Person hinzufügen</translation>
        </message>
        <message>
            <source>A close match: check it is the same person</source>
            <translation>Ähnlicher Treffer: Prüfen Sie, ob es dieselbe Person ist</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) ({layout})</source>
            <translation>
                <numerusform>%Ln Zeile ({layout})</numerusform>
                <numerusform>%Ln Zeilen ({layout})</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; {exact}, {close}, {missing}. Choose who each name is:</source>
            <translation>{rows}; {exact}, {close}, {missing}. Ordnen Sie jeden Namen zu:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) match exactly</source>
            <translation>
                <numerusform>%Ln Name stimmt exakt überein</numerusform>
                <numerusform>%Ln Namen stimmen exakt überein</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln closely</source>
            <translation>
                <numerusform>%Ln ähnlich</numerusform>
                <numerusform>%Ln ähnlich</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln are new</source>
            <translation>
                <numerusform>%Ln ist neu</numerusform>
                <numerusform>%Ln sind neu</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; every name matches someone on the bench.</source>
            <translation>{rows}; jeder Name passt zu jemandem im Talentpool.</translation>
        </message>
        <message>
            <source>(add someone to the bench first)</source>
            <translation>(zuerst jemanden zum Talentpool hinzufügen)</translation>
        </message>
        <message>
            <source>Check the names, then preview.</source>
            <translation>Prüfen Sie die Namen, dann die Vorschau.</translation>
        </message>
    </context>
    <context>
        <name>VCardImportDialog</name>
        <message>
            <source>People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.</source>
            <translation>Personen werden über ihre vCard-UID zugeordnet, dann über die E-Mail-Adresse: Ein Treffer wird aktualisiert, nie doppelt angelegt.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>No hours logged yet.</source>
            <translation>Noch keine Stunden erfasst.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Demodaten werden erstellt…</translation>
        </message>
        <message>
            <source>Welcome to TalentDesk</source>
            <translation>Willkommen bei TalentDesk</translation>
        </message>
        <message>
            <source>Keep the people you hire for years: a bench to rehire from, a workroom for every contract, a timeline of feedback and praise, and review sessions that tell you what needs a decision. Everything stays on this computer.</source>
            <translation>Binden Sie die Menschen, die Sie beauftragen, über Jahre an sich: ein Talentpool für erneute Beauftragungen, ein Arbeitsraum pro Vertrag, eine Zeitleiste mit Feedback und Lob und Prüfrunden, die zeigen, was zu entscheiden ist. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>Wie möchten Sie beginnen?</translation>
        </message>
        <message>
            <source>Explore with demo data</source>
            <translation>Mit Demodaten ausprobieren</translation>
        </message>
        <message>
            <source>Fill this data folder with about 40 made-up people and their contracts to try every screen</source>
            <translation>Diesen Datenordner mit etwa 40 erfundenen Personen und ihren Verträgen füllen, um jede Ansicht auszuprobieren</translation>
        </message>
        <message>
            <source>Import my history…</source>
            <translation>Meinen Verlauf importieren…</translation>
        </message>
        <message>
            <source>Bring in a marketplace transaction history (CSV) or an address book (vCard)</source>
            <translation>Einen Transaktionsverlauf eines Marktplatzes (CSV) oder ein Adressbuch (vCard) übernehmen</translation>
        </message>
        <message>
            <source>Start with an empty bench</source>
            <translation>Mit leerem Talentpool beginnen</translation>
        </message>
        <message>
            <source>Add people yourself with File › New talent (Ctrl+N)</source>
            <translation>Personen selbst hinzufügen über Datei › Neues Talent (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>WorkroomView</name>
        <message>
            <source>Mark offered</source>
            <translation>Als angeboten markieren</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Zurück zum Entwurf</translation>
        </message>
        <message>
            <source>Extend end date…</source>
            <translation>Enddatum verschieben…</translation>
        </message>
        <message>
            <source>Change weekly limit…</source>
            <translation>Wochenlimit ändern…</translation>
        </message>
        <message>
            <source>Add milestone…</source>
            <translation>Meilenstein hinzufügen…</translation>
        </message>
        <message>
            <source>Change milestone…</source>
            <translation>Meilenstein ändern…</translation>
        </message>
        <message>
            <source>Pay bonus…</source>
            <translation>Bonus zahlen…</translation>
        </message>
        <message>
            <source>Change rate…</source>
            <translation>Satz ändern…</translation>
        </message>
        <message>
            <source>Change weekly payment…</source>
            <translation>Wochenpauschale ändern…</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Pausieren…</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation>Fortsetzen…</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Umfangsänderung</translation>
        </message>
        <message>
            <source>Change the running agreement; the ledger records why</source>
            <translation>Die laufende Vereinbarung ändern; das Protokoll hält den Grund fest</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>Konditionen bearbeiten…</translation>
        </message>
        <message>
            <source>Terms of a draft or offer can be edited freely</source>
            <translation>Konditionen eines Entwurfs oder Angebots sind frei bearbeitbar</translation>
        </message>
        <message>
            <source>End contract…</source>
            <translation>Vertrag beenden…</translation>
        </message>
        <message>
            <source>Feedback, private review and the offboarding checklist (Ctrl+Shift+E)</source>
            <translation>Feedback, private Bewertung und die Offboarding-Checkliste (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Verlängern…</translation>
        </message>
        <message>
            <source>Start a new contract that continues this one (Ctrl+Shift+R)</source>
            <translation>Einen neuen Vertrag beginnen, der diesen fortsetzt (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Zwischenbewertung…</translation>
        </message>
        <message>
            <source>A mid-contract private review, so the trend has points before the end</source>
            <translation>Eine private Bewertung während des Vertrags, damit der Trend schon vor dem Ende Punkte hat</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Danke sagen…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Konkretes Lob, ein Testimonial, eine Empfehlung oder einen Dankesbonus erfassen</translation>
        </message>
        <message>
            <source>Classify…</source>
            <translation>Einstufen…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <source>A summary of this contract to print or send</source>
            <translation>Eine Zusammenfassung dieses Vertrags zum Drucken oder Versenden</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Scope changes</source>
            <translation>Umfangsänderungen</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>Choose a contract on the left to open its room,
or start one with File ▸ New contract (Ctrl+Shift+N).</source>
            <translation>Wählen Sie links einen Vertrag, um seinen Raum zu öffnen,
oder beginnen Sie einen mit Datei ▸ Neuer Vertrag (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Find a contract</source>
            <translation>Vertrag suchen</translation>
        </message>
        <message>
            <source>Find in all messages</source>
            <translation>In allen Nachrichten suchen</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Vertrag beenden</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Verlängern</translation>
        </message>
        <message>
            <source>Messages ({n})</source>
            <translation>Nachrichten ({n})</translation>
        </message>
        <message>
            <source>Files ({n})</source>
            <translation>Dateien ({n})</translation>
        </message>
        <message>
            <source>Milestones ({n})</source>
            <translation>Meilensteine ({n})</translation>
        </message>
        <message>
            <source>Scope changes ({n})</source>
            <translation>Umfangsänderungen ({n})</translation>
        </message>
        <message>
            <source>Access ({n} open)</source>
            <translation>Zugänge ({n} offen)</translation>
        </message>
        <message>
            <source>A bonus payment and its row in the scope ledger</source>
            <translation>Eine Bonuszahlung und ihre Zeile im Änderungsprotokoll</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>Risk: {risk}…</source>
            <translation>Risiko: {risk}…</translation>
        </message>
        <message numerus="yes">
            <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
            <translation>
                <numerusform>Einstufungsprüfung: zuletzt am {day}, %n Risikopunkt. Prüfen Sie erneut, wenn sich etwas ändert.</numerusform>
                <numerusform>Einstufungsprüfung: zuletzt am {day}, %n Risikopunkte. Prüfen Sie erneut, wenn sich etwas ändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification check: does this contractor look like an employee? Never done for this contract.</source>
            <translation>Einstufungsprüfung: Wirkt diese Person wie angestellt? Für diesen Vertrag noch nie durchgeführt.</translation>
        </message>
        <message>
            <source>Change contract status</source>
            <translation>Vertragsstatus ändern</translation>
        </message>
        <message>
            <source>Contract set to {status}</source>
            <translation>Vertragsstatus: {status}</translation>
        </message>
    </context>
    <context>
        <name>WriteReviewWizard</name>
        <message>
            <source>Write the review: {title}</source>
            <translation>Bewertung schreiben: {title}</translation>
        </message>
        <message>
            <source>Feedback given (already recorded)</source>
            <translation>Feedback gegeben (bereits erfasst)</translation>
        </message>
        <message>
            <source>Feedback received (already recorded)</source>
            <translation>Feedback erhalten (bereits erfasst)</translation>
        </message>
        <message>
            <source>Private review (already written)</source>
            <translation>Private Bewertung (bereits geschrieben)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <source>&amp;Licences…</source>
            <translation>&amp;Lizenzen…</translation>
        </message>
        <message>
            <source>The licences of TalentDesk and of everything it includes</source>
            <translation>Die Lizenzen von TalentDesk und allem, was es enthält</translation>
        </message>
    </context>
    <context>
        <name>classification</name>
        <message>
            <source>This check is guidance to help you spot risk, not legal advice. The rules differ by country; ask a lawyer or an accountant where you and the contractor live.</source>
            <translation>Diese Prüfung ist eine Orientierungshilfe, um Risiken zu erkennen, keine Rechtsberatung. Die Regeln unterscheiden sich von Land zu Land; fragen Sie eine Anwaltskanzlei oder Steuerberatung in den Ländern, in denen Sie und die beauftragte Person leben.</translation>
        </message>
        <message>
            <source>You set their working hours.</source>
            <translation>Die Arbeitszeiten legen Sie fest.</translation>
        </message>
        <message>
            <source>Agree on outcomes and deadlines; let them choose when they work.</source>
            <translation>Vereinbaren Sie Ergebnisse und Termine; lassen Sie die Person selbst wählen, wann sie arbeitet.</translation>
        </message>
        <message>
            <source>You and they set the working hours together.</source>
            <translation>Die Arbeitszeiten legen Sie und die Person gemeinsam fest.</translation>
        </message>
        <message>
            <source>Keep fixed hours to the overlap you truly need.</source>
            <translation>Beschränken Sie feste Zeiten auf die Überschneidung, die Sie wirklich brauchen.</translation>
        </message>
        <message>
            <source>You decide where they work.</source>
            <translation>Den Arbeitsort bestimmen Sie.</translation>
        </message>
        <message>
            <source>Let them work from a place of their choosing.</source>
            <translation>Lassen Sie die Person an einem Ort ihrer Wahl arbeiten.</translation>
        </message>
        <message>
            <source>Where they work is partly your decision.</source>
            <translation>Den Arbeitsort bestimmen Sie teilweise mit.</translation>
        </message>
        <message>
            <source>Limit required on-site days to what the work needs.</source>
            <translation>Beschränken Sie Pflichttage vor Ort auf das, was die Arbeit erfordert.</translation>
        </message>
        <message>
            <source>You supply their equipment (or the access register lists equipment lent).</source>
            <translation>Die Ausstattung stellen Sie (oder das Zugangsregister führt verliehene Geräte).</translation>
        </message>
        <message>
            <source>Let them use their own tools; recover equipment you lent.</source>
            <translation>Lassen Sie die Person eigene Arbeitsmittel nutzen; holen Sie verliehene Geräte zurück.</translation>
        </message>
        <message>
            <source>You supply part of their equipment.</source>
            <translation>Einen Teil der Ausstattung stellen Sie.</translation>
        </message>
        <message>
            <source>Keep supplied equipment to what security requires.</source>
            <translation>Stellen Sie nur die Ausstattung, die die Sicherheit erfordert.</translation>
        </message>
        <message>
            <source>They may not work for other clients.</source>
            <translation>Die Person darf nicht für andere Auftraggeber arbeiten.</translation>
        </message>
        <message>
            <source>Drop the exclusivity, or limit it to direct competitors.</source>
            <translation>Verzichten Sie auf die Exklusivität, oder beschränken Sie sie auf direkte Wettbewerber.</translation>
        </message>
        <message>
            <source>The engagement is open-ended.</source>
            <translation>Die Zusammenarbeit ist unbefristet.</translation>
        </message>
        <message>
            <source>Give the contract an end date or a defined deliverable.</source>
            <translation>Geben Sie dem Vertrag ein Enddatum oder ein festgelegtes Arbeitsergebnis.</translation>
        </message>
        <message>
            <source>There is no written contract.</source>
            <translation>Es gibt keinen schriftlichen Vertrag.</translation>
        </message>
        <message>
            <source>Sign a written contract that describes an independent engagement.</source>
            <translation>Schließen Sie einen schriftlichen Vertrag, der eine selbstständige Tätigkeit beschreibt.</translation>
        </message>
        <message>
            <source>No agreement is among this contract's or this person's files, and it is not through a marketplace.</source>
            <translation>Bei den Dateien dieses Vertrags oder dieser Person liegt keine Vereinbarung, und der Vertrag läuft nicht über einen Marktplatz.</translation>
        </message>
        <message>
            <source>Store the signed agreement with the contract's files (or, for a framework agreement, the person's).</source>
            <translation>Legen Sie die unterschriebene Vereinbarung bei den Dateien des Vertrags ab (einen Rahmenvertrag bei denen der Person).</translation>
        </message>
        <message>
            <source>The work is the core of your business.</source>
            <translation>Die Arbeit ist der Kern Ihres Geschäfts.</translation>
        </message>
        <message>
            <source>Scope the work as a project with its own deliverables.</source>
            <translation>Fassen Sie die Arbeit als Projekt mit eigenen Arbeitsergebnissen.</translation>
        </message>
        <message>
            <source>More than a year at 30 or more hours a week.</source>
            <translation>Mehr als ein Jahr mit 30 oder mehr Wochenstunden.</translation>
        </message>
        <message>
            <source>Reduce the weekly hours or bring the engagement to an end.</source>
            <translation>Verringern Sie die Wochenstunden, oder beenden Sie die Zusammenarbeit.</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Edit rate: {person}</source>
            <translation>Satz bearbeiten: {person}</translation>
        </message>
        <message>
            <source>Correct a rate recorded for {person}{contract}. To record a change of rate, log a raise instead.</source>
            <translation>Einen für {person}{contract} erfassten Satz korrigieren. Um eine Satzänderung festzuhalten, erfassen Sie stattdessen eine Erhöhung.</translation>
        </message>
        <message>
            <source> on “{title}”</source>
            <translation> bei „{title}“</translation>
        </message>
        <message>
            <source>&amp;Rate per hour:</source>
            <translation>&amp;Stundensatz:</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Satz bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{why}. Nothing was changed.</source>
            <translation>{why}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (no manifest)</source>
            <translation>dies ist keine TalentDesk-Sicherung (kein Manifest)</translation>
        </message>
        <message>
            <source>the backup's manifest is implausibly large ({file_size:,} bytes)</source>
            <translation>das Manifest der Sicherung ist unplausibel groß ({file_size:,} Bytes)</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({detail})</source>
            <translation>das Manifest der Sicherung ist beschädigt ({detail})</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({why})</source>
            <translation>das Manifest der Sicherung ist beschädigt ({why})</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (backup format {format}); install the newer version to restore it</source>
            <translation>diese Sicherung stammt von einer neueren TalentDesk-Version (Sicherungsformat {format}); installieren Sie die neuere Version, um sie wiederherzustellen</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (schema {schema}; this program knows up to {known}); install the newer version to restore it</source>
            <translation>diese Sicherung stammt von einer neueren TalentDesk-Version (Schema {schema}; dieses Programm kennt bis {known}); installieren Sie die neuere Version, um sie wiederherzustellen</translation>
        </message>
        <message>
            <source>the backup is refused: member {shown} {why}</source>
            <translation>die Sicherung wird abgelehnt: Eintrag {shown} {why}</translation>
        </message>
        <message>
            <source>the backup holds no database</source>
            <translation>die Sicherung enthält keine Datenbank</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is missing</source>
            <translation>die Sicherung ist beschädigt: {name} fehlt</translation>
        </message>
        <message>
            <source>the backup is refused: {name} is larger than its manifest says</source>
            <translation>die Sicherung wird abgelehnt: {name} ist größer, als ihr Manifest angibt</translation>
        </message>
        <message>
            <source>the backup is refused: {name} would unpack {times:,} times its packed size (a zip bomb)</source>
            <translation>die Sicherung wird abgelehnt: {name} würde auf das {times:,}-Fache seiner gepackten Größe entpacken (eine Zip-Bombe)</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} cannot be read ({exc})</source>
            <translation>die Sicherung ist beschädigt: {name} kann nicht gelesen werden ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {name} unpacks to more than the {size:,} bytes its manifest says</source>
            <translation>die Sicherung wird abgelehnt: {name} entpackt zu mehr als den {size:,} Bytes, die ihr Manifest angibt</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is {written:,} bytes, its manifest says {size:,}</source>
            <translation>die Sicherung ist beschädigt: {name} hat {written:,} Bytes, ihr Manifest nennt {size:,}</translation>
        </message>
        <message>
            <source>there is not enough free disk space to restore it ({need:,.0f} MB needed, {free:,.0f} MB free); free some space and try again</source>
            <translation>für die Wiederherstellung ist nicht genug Speicherplatz frei ({need:,.0f} MB nötig, {free:,.0f} MB frei); geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>this backup was made from an encrypted data folder; turn encryption on here with the same passphrase (Tools › Encryption…), then restore it</source>
            <translation>diese Sicherung stammt aus einem verschlüsselten Datenordner; schalten Sie hier die Verschlüsselung mit derselben Passphrase ein (Extras › Verschlüsselung…) und stellen Sie sie dann wieder her</translation>
        </message>
        <message>
            <source>the backup's database cannot be opened ({exc})</source>
            <translation>die Datenbank der Sicherung kann nicht geöffnet werden ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {exc}</source>
            <translation>die Sicherung wird abgelehnt: {exc}</translation>
        </message>
        <message>
            <source>the backup's database is damaged ({exc})</source>
            <translation>die Datenbank der Sicherung ist beschädigt ({exc})</translation>
        </message>
        <message>
            <source>the backup's database (schema {found}) does not match its manifest (schema {version})</source>
            <translation>die Datenbank der Sicherung (Schema {found}) passt nicht zu ihrem Manifest (Schema {version})</translation>
        </message>
        <message>
            <source>the backup's database cannot be brought up to this version ({exc})</source>
            <translation>die Datenbank der Sicherung kann nicht auf diese Version gebracht werden ({exc})</translation>
        </message>
        <message>
            <source>the backup's database is not one this program can use ({problems})</source>
            <translation>die Datenbank der Sicherung kann von diesem Programm nicht verwendet werden ({problems})</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (not a readable zip: {exc})</source>
            <translation>dies ist keine TalentDesk-Sicherung (kein lesbares Zip: {exc})</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} does not match its checksum</source>
            <translation>die Sicherung ist beschädigt: {name} passt nicht zu seiner Prüfsumme</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>the backup's database cannot be used ({exc})</source>
            <translation>die Datenbank der Sicherung ist nicht verwendbar ({exc})</translation>
        </message>
        <message>
            <source>the team database already holds data ({said}); restore a backup only into an empty team database</source>
            <translation>die Team-Datenbank enthält bereits Daten ({said}); stellen Sie eine Sicherung nur in einer leeren Team-Datenbank wieder her</translation>
        </message>
        <message>
            <source>this backup holds files sealed by an encrypted data folder; restore it into that folder, then move the data with “talentdesk transfer --to URL”</source>
            <translation>diese Sicherung enthält Dateien, die von einem verschlüsselten Datenordner versiegelt wurden; stellen Sie sie in diesem Ordner wieder her und übertragen Sie die Daten dann mit „talentdesk transfer --to URL“</translation>
        </message>
        <message>
            <source>is after it was revoked ({revoked_on}).</source>
            <translation>liegt nach dem Entzug ({revoked_on}).</translation>
        </message>
        <message>
            <source>That access grant no longer exists.</source>
            <translation>Dieser Zugang existiert nicht mehr.</translation>
        </message>
        <message>
            <source>{system} was already revoked on {revoked_on}.</source>
            <translation>{system} wurde bereits am {revoked_on} entzogen.</translation>
        </message>
        <message>
            <source>is before it was granted ({granted_on}).</source>
            <translation>liegt vor der Gewährung ({granted_on}).</translation>
        </message>
        <message>
            <source>say what they did that you liked, and how it helped.</source>
            <translation>nennen Sie, was Ihnen gefallen hat und wie es geholfen hat.</translation>
        </message>
        <message>
            <source>“{text}” is too short to be specific ({words}). Say what they did and how it helped, e.g. “the clear hand-over notes saved me a day”.</source>
            <translation>„{text}“ ist zu kurz, um konkret zu sein ({words}). Sagen Sie, was die Person getan hat und wie es geholfen hat, z. B. „die klaren Übergabenotizen haben mir einen Tag gespart“.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message>
            <source>could be said of anyone. Name the specific thing they did and how it helped.</source>
            <translation>könnte man über jeden sagen. Nennen Sie, was die Person konkret getan hat und wie es geholfen hat.</translation>
        </message>
        <message>
            <source>is in the future; record appreciation when it was given.</source>
            <translation>liegt in der Zukunft; erfassen Sie Anerkennung, wenn sie gezeigt wurde.</translation>
        </message>
        <message>
            <source>belongs to someone else; choose one of this person's contracts.</source>
            <translation>gehört zu jemand anderem; wählen Sie einen Vertrag dieser Person.</translation>
        </message>
        <message>
            <source>a bonus is paid on a contract; choose which one.</source>
            <translation>ein Bonus wird auf einen Vertrag gezahlt; wählen Sie, auf welchen.</translation>
        </message>
        <message>
            <source>a thank-you bonus needs an amount above zero.</source>
            <translation>ein Dankesbonus braucht einen Betrag über null.</translation>
        </message>
        <message>
            <source>the contract is paid in {currency}; give the bonus in {currency}.</source>
            <translation>der Vertrag wird in {currency} bezahlt; geben Sie den Bonus in {currency} an.</translation>
        </message>
        <message>
            <source>cannot sort by {sort_column!r}.</source>
            <translation>nach {sort_column!r} kann nicht sortiert werden.</translation>
        </message>
        <message>
            <source>choose the person this contract is with.</source>
            <translation>wählen Sie die Person, mit der dieser Vertrag besteht.</translation>
        </message>
        <message>
            <source>a retainer needs its weekly payment.</source>
            <translation>ein Retainer braucht seine Wochenpauschale.</translation>
        </message>
        <message>
            <source>contract {renews_id} does not exist.</source>
            <translation>Vertrag {renews_id} existiert nicht.</translation>
        </message>
        <message>
            <source>a new contract starts as draft, offered or active.</source>
            <translation>ein neuer Vertrag beginnt als Entwurf, angeboten oder aktiv.</translation>
        </message>
        <message>
            <source>The terms of a running contract change through a scope change, so the ledger records it.</source>
            <translation>Die Konditionen eines laufenden Vertrags ändern sich über eine Umfangsänderung, damit das Protokoll sie festhält.</translation>
        </message>
        <message>
            <source>No contract with id {contract_id}; it may have been deleted.</source>
            <translation>Kein Vertrag mit der ID {contract_id}; er wurde vielleicht gelöscht.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot become {to}.</source>
            <translation>Ein Vertrag im Status „{status}“ kann nicht in „{to}“ wechseln.</translation>
        </message>
        <message>
            <source>is before the start of the contract.</source>
            <translation>liegt vor dem Beginn des Vertrags.</translation>
        </message>
        <message>
            <source>is only for a payment in another currency than the contract's {contract_currency}.</source>
            <translation>gilt nur für eine Zahlung in einer anderen Währung als der des Vertrags ({contract_currency}).</translation>
        </message>
        <message>
            <source>this payment is in {currency} but the contract is in {contract_currency}: give the amount in {contract_currency} too, so that the contract's totals count it.</source>
            <translation>diese Zahlung ist in {currency}, der Vertrag aber in {contract_currency}: Geben Sie den Betrag auch in {contract_currency} an, damit er in die Summen des Vertrags eingeht.</translation>
        </message>
        <message>
            <source>is in the future; log what was already said.</source>
            <translation>liegt in der Zukunft; erfassen Sie, was bereits gesagt wurde.</translation>
        </message>
        <message>
            <source>Feedback given to them is already recorded for this contract.</source>
            <translation>Das Feedback an die Person ist für diesen Vertrag bereits erfasst.</translation>
        </message>
        <message>
            <source>Feedback received from them is already recorded for this contract.</source>
            <translation>Das Feedback der Person ist für diesen Vertrag bereits erfasst.</translation>
        </message>
        <message>
            <source>choose yes, maybe or no.</source>
            <translation>wählen Sie Ja, Vielleicht oder Nein.</translation>
        </message>
        <message>
            <source>choose from 0 to 10.</source>
            <translation>wählen Sie einen Wert von 0 bis 10.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}; it may have been removed.</source>
            <translation>Keine Zahlung mit der ID {payment_id}; sie wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>Nothing was changed: the payment already says this.</source>
            <translation>Nichts geändert: Die Zahlung enthält bereits genau das.</translation>
        </message>
        <message>
            <source>use at least {least}; a few words are best.</source>
            <translation>verwenden Sie mindestens {least}; ein paar Wörter sind am besten.</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n Zeichen</numerusform>
                <numerusform>%n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>the two passphrases differ.</source>
            <translation>die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>is not the passphrase of this data folder.</source>
            <translation>ist nicht die Passphrase dieses Datenordners.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Dieser Datenordner ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>the stored file's name is damaged.</source>
            <translation>der Name der gespeicherten Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>“{name}” no longer exists.</source>
            <translation>„{name}“ existiert nicht mehr.</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>„{name}“ ist keine Datei.</translation>
        </message>
        <message>
            <source>“{name}” is {size:.0f} MB; files up to {limit} MB can be stored (the limit is in the settings).</source>
            <translation>„{name}“ ist {size:.0f} MB groß; Dateien bis {limit} MB können gespeichert werden (die Grenze steht in den Einstellungen).</translation>
        </message>
        <message>
            <source>“{name}” grew past the size limit while being copied.</source>
            <translation>„{name}“ hat beim Kopieren die Größengrenze überschritten.</translation>
        </message>
        <message>
            <source>That person is no longer on the bench.</source>
            <translation>Diese Person ist nicht mehr im Talentpool.</translation>
        </message>
        <message>
            <source>is before the day the file was shared; check the two dates.</source>
            <translation>liegt vor dem Tag, an dem die Datei geteilt wurde; prüfen Sie die beiden Daten.</translation>
        </message>
        <message>
            <source>That file is no longer recorded.</source>
            <translation>Diese Datei ist nicht mehr erfasst.</translation>
        </message>
        <message>
            <source>“{name}” is over the size limit of {limit} MB.</source>
            <translation>„{name}“ überschreitet die Größengrenze von {limit} MB.</translation>
        </message>
        <message>
            <source>The stored copy is sealed with another passphrase, or damaged.</source>
            <translation>Die gespeicherte Kopie ist mit einer anderen Passphrase versiegelt oder beschädigt.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing from the data folder.</source>
            <translation>Die gespeicherte Kopie von „{name}“ fehlt im Datenordner.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Es gibt nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Es gibt nichts wiederherzustellen.</translation>
        </message>
        <message>
            <source>choose a date and a time.</source>
            <translation>wählen Sie ein Datum und eine Uhrzeit.</translation>
        </message>
        <message>
            <source>is in the future; log what already happened.</source>
            <translation>liegt in der Zukunft; erfassen Sie, was bereits geschehen ist.</translation>
        </message>
        <message>
            <source>only a call or a meeting has a duration.</source>
            <translation>nur ein Anruf oder ein Treffen hat eine Dauer.</translation>
        </message>
        <message>
            <source>write what was said.</source>
            <translation>schreiben Sie, was gesagt wurde.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Diese Person existiert nicht mehr.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged; choose another one.</source>
            <translation>Die Sicherung {name} ist beschädigt; wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>No milestone with id {milestone_id}; it may have been deleted.</source>
            <translation>Kein Meilenstein mit der ID {milestone_id}; er wurde vielleicht gelöscht.</translation>
        </message>
        <message>
            <source>The amount of a milestone on a running contract changes through a scope change.</source>
            <translation>Der Betrag eines Meilensteins in einem laufenden Vertrag ändert sich über eine Umfangsänderung.</translation>
        </message>
        <message>
            <source>This milestone's payment is recorded; remove that payment first to mark it unpaid.</source>
            <translation>Die Zahlung dieses Meilensteins ist erfasst; entfernen Sie zuerst diese Zahlung, um ihn als unbezahlt zu markieren.</translation>
        </message>
        <message>
            <source>belongs to another contract.</source>
            <translation>gehört zu einem anderen Vertrag.</translation>
        </message>
        <message>
            <source>a payment for a milestone is a milestone payment.</source>
            <translation>eine Zahlung für einen Meilenstein ist eine Meilensteinzahlung.</translation>
        </message>
        <message>
            <source>This milestone is already paid.</source>
            <translation>Dieser Meilenstein ist bereits bezahlt.</translation>
        </message>
        <message>
            <source>On a running contract a milestone is removed through Scope change › Change milestone, so the ledger records it.</source>
            <translation>In einem laufenden Vertrag wird ein Meilenstein über Umfangsänderung › Meilenstein ändern entfernt, damit das Protokoll es festhält.</translation>
        </message>
        <message>
            <source>An approved or paid milestone is part of the record and cannot be removed.</source>
            <translation>Ein freigegebener oder bezahlter Meilenstein ist Teil der Aufzeichnungen und kann nicht entfernt werden.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, JPY).</source>
            <translation>„{code}“ ist kein Währungscode nach ISO 4217 (z. B. USD, EUR, JPY).</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount of money.</source>
            <translation>„{amount}“ ist kein Geldbetrag.</translation>
        </message>
        <message>
            <source>must be a finite amount.</source>
            <translation>muss ein endlicher Betrag sein.</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>has more decimals than {currency} allows ({digits}).</source>
            <translation>hat mehr Nachkommastellen, als {currency} erlaubt ({digits}).</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>ist erforderlich.</translation>
        </message>
        <message>
            <source>must be a whole number of minor units (cents).</source>
            <translation>muss eine ganze Zahl kleinster Einheiten sein (Cent).</translation>
        </message>
        <message>
            <source>is too large.</source>
            <translation>ist zu groß.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot be ended.</source>
            <translation>Ein Vertrag im Status „{status}“ kann nicht beendet werden.</translation>
        </message>
        <message>
            <source>is before the start {start_date}.</source>
            <translation>liegt vor dem Beginn am {start_date}.</translation>
        </message>
        <message>
            <source>nothing to save: give feedback or write the private review.</source>
            <translation>nichts zu speichern: Geben Sie Feedback oder schreiben Sie die private Bewertung.</translation>
        </message>
        <message>
            <source>Feedback and the closing review are written when the contract ends.</source>
            <translation>Feedback und Abschlussbewertung werden geschrieben, wenn der Vertrag endet.</translation>
        </message>
        <message>
            <source>That checklist item no longer exists.</source>
            <translation>Dieser Checklistenpunkt existiert nicht mehr.</translation>
        </message>
        <message>
            <source> It belongs to “{title}”: record it there.</source>
            <translation> Das gehört zu „{title}“: Erfassen Sie es dort.</translation>
        </message>
        <message>
            <source>{day} is more than {days} after this contract ended on {end_date}; nothing is paid on it that late.{hint}</source>
            <translation>{day} liegt mehr als {days} nach dem Vertragsende am {end_date}; so spät wird darauf nichts mehr bezahlt.{hint}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a setting.</source>
            <translation>ist keine Einstellung.</translation>
        </message>
        <message>
            <source>choose one of the date formats offered.</source>
            <translation>wählen Sie eines der angebotenen Datumsformate.</translation>
        </message>
        <message>
            <source>choose A4, Letter, or the one your region uses.</source>
            <translation>wählen Sie A4, Letter oder das in Ihrer Region übliche Format.</translation>
        </message>
        <message>
            <source>the end of the working day must come after its start.</source>
            <translation>das Ende des Arbeitstags muss nach seinem Beginn liegen.</translation>
        </message>
        <message>
            <source>is not one of this person's contracts.</source>
            <translation>ist kein Vertrag dieser Person.</translation>
        </message>
        <message>
            <source>the contract “{title}” is paid in {currency}; give the raise in {currency} to change its rate too.</source>
            <translation>der Vertrag „{title}“ wird in {currency} bezahlt; geben Sie die Erhöhung in {currency} an, um auch seinen Satz zu ändern.</translation>
        </message>
        <message>
            <source>That message is no longer recorded; it may have been removed.</source>
            <translation>Diese Nachricht ist nicht mehr erfasst; sie wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>That feedback is no longer recorded; it may have been removed.</source>
            <translation>Dieses Feedback ist nicht mehr erfasst; es wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>That review is no longer recorded; it may have been removed.</source>
            <translation>Diese Bewertung ist nicht mehr erfasst; sie wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>That appreciation is no longer recorded; it may have been removed.</source>
            <translation>Diese Anerkennung ist nicht mehr erfasst; sie wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>That rate is no longer recorded; it may have been removed.</source>
            <translation>Dieser Satz ist nicht mehr erfasst; er wurde vielleicht entfernt.</translation>
        </message>
        <message>
            <source>stays the same; record appreciation for someone else anew.</source>
            <translation>bleibt gleich; erfassen Sie Anerkennung für jemand anderen neu.</translation>
        </message>
        <message>
            <source>a thank-you bonus is a payment and stays one; remove it and record the appreciation anew to change its kind.</source>
            <translation>ein Dankesbonus ist eine Zahlung und bleibt eine; entfernen Sie ihn und erfassen Sie die Anerkennung neu, um ihre Art zu ändern.</translation>
        </message>
        <message>
            <source>No talent with id {talent_id}; it may have been deleted.</source>
            <translation>Kein Talent mit der ID {talent_id}; es wurde vielleicht gelöscht.</translation>
        </message>
        <message>
            <source>There are no review sessions yet; run a review session first.</source>
            <translation>Es gibt noch keine Prüfrunden; führen Sie zuerst eine Prüfrunde durch.</translation>
        </message>
        <message>
            <source>No review session with id {session_id}.</source>
            <translation>Keine Prüfrunde mit der ID {session_id}.</translation>
        </message>
        <message>
            <source>“{year}” is not a year.</source>
            <translation>„{year}“ ist kein Jahr.</translation>
        </message>
        <message>
            <source>“{token}” matches {count}; name one of them (by its UUID):</source>
            <translation>„{token}“ passt auf {count}; nennen Sie einen davon (über seine UUID):</translation>
        </message>
        <message>
            <source>no {what} matches “{token}”; give its UUID, its name or a part of it.</source>
            <translation>nichts ({what}) passt zu „{token}“; geben Sie die UUID, den Namen oder einen Teil davon an.</translation>
        </message>
        <message>
            <source>This review session has ended; start a new one.</source>
            <translation>Diese Prüfrunde ist beendet; beginnen Sie eine neue.</translation>
        </message>
        <message>
            <source>choose a day after today.</source>
            <translation>wählen Sie einen Tag nach heute.</translation>
        </message>
        <message>
            <source>say why this card can be dismissed.</source>
            <translation>sagen Sie, warum diese Karte verworfen werden kann.</translation>
        </message>
        <message>
            <source>This card is not about a contract.</source>
            <translation>Diese Karte betrifft keinen Vertrag.</translation>
        </message>
        <message>
            <source>This card is not about a person.</source>
            <translation>Diese Karte betrifft keine Person.</translation>
        </message>
        <message>
            <source>“{action}” is not an action of a review card.</source>
            <translation>„{action}“ ist keine Aktion einer Prüfkarte.</translation>
        </message>
        <message>
            <source>This contract is {status}; a scope change needs a running contract.</source>
            <translation>Dieser Vertrag hat den Status „{status}“; eine Umfangsänderung braucht einen laufenden Vertrag.</translation>
        </message>
        <message>
            <source>is before the start of the contract ({start_date}).</source>
            <translation>liegt vor dem Beginn des Vertrags ({start_date}).</translation>
        </message>
        <message>
            <source>is after the end of the contract ({end_date}).</source>
            <translation>liegt nach dem Ende des Vertrags ({end_date}).</translation>
        </message>
        <message>
            <source>is the same as the current end date.</source>
            <translation>entspricht dem aktuellen Enddatum.</translation>
        </message>
        <message>
            <source>is the same as the limit in force that day.</source>
            <translation>entspricht dem an diesem Tag geltenden Limit.</translation>
        </message>
        <message>
            <source>is the same as the rate in force that day.</source>
            <translation>entspricht dem an diesem Tag geltenden Satz.</translation>
        </message>
        <message>
            <source>Only a retainer has a weekly payment.</source>
            <translation>Nur ein Retainer hat eine Wochenpauschale.</translation>
        </message>
        <message>
            <source>is the same as the weekly payment in force that day.</source>
            <translation>entspricht der an diesem Tag geltenden Wochenpauschale.</translation>
        </message>
        <message>
            <source>choose a milestone of this contract.</source>
            <translation>wählen Sie einen Meilenstein dieses Vertrags.</translation>
        </message>
        <message>
            <source>change the amount or the due date, or remove the milestone.</source>
            <translation>ändern Sie den Betrag oder das Fälligkeitsdatum, oder entfernen Sie den Meilenstein.</translation>
        </message>
        <message>
            <source>This milestone is paid; its amount is part of the record.</source>
            <translation>Dieser Meilenstein ist bezahlt; sein Betrag ist Teil der Aufzeichnungen.</translation>
        </message>
        <message>
            <source>This contract is {status}; a bonus is paid on a contract that has started.</source>
            <translation>Dieser Vertrag hat den Status „{status}“; ein Bonus wird auf einen begonnenen Vertrag gezahlt.</translation>
        </message>
        <message>
            <source>A bonus can be paid up to {days} after a contract ends; this one ended on {end_date}, so the last day was {last}.</source>
            <translation>Ein Bonus kann bis zu {days} nach Vertragsende gezahlt werden; dieser Vertrag endete am {end_date}, der letzte Tag war also der {last}.</translation>
        </message>
        <message>
            <source>must be more than zero.</source>
            <translation>muss größer als null sein.</translation>
        </message>
        <message>
            <source>The contract's {kind} has changed since ({now}); record a new scope change instead of reversing this one.</source>
            <translation>Der Wert „{kind}“ des Vertrags hat sich seitdem geändert ({now}); erfassen Sie eine neue Umfangsänderung, statt diese umzukehren.</translation>
        </message>
        <message>
            <source>That scope change is no longer recorded.</source>
            <translation>Diese Umfangsänderung ist nicht mehr erfasst.</translation>
        </message>
        <message>
            <source>This scope change has already been reversed.</source>
            <translation>Diese Umfangsänderung wurde bereits umgekehrt.</translation>
        </message>
        <message>
            <source>say why this person should not be rehired.</source>
            <translation>sagen Sie, warum diese Person nicht mehr beauftragt werden soll.</translation>
        </message>
        <message>
            <source>“{clean}” is listed twice.</source>
            <translation>„{clean}“ ist doppelt aufgeführt.</translation>
        </message>
        <message>
            <source>{name} has {contracts}; deleting would lose that history. Archive them instead.</source>
            <translation>{name} hat {contracts}; beim Löschen ginge dieser Verlauf verloren. Archivieren Sie die Person stattdessen.</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n Vertrag</numerusform>
                <numerusform>%n Verträge</numerusform>
            </translation>
        </message>
        <message>
            <source>is too long ({length}; at most {max_length}).</source>
            <translation>ist zu lang ({length}; höchstens {max_length}).</translation>
        </message>
        <message>
            <source>must contain a visible character (a letter, digit or sign).</source>
            <translation>muss ein sichtbares Zeichen enthalten (Buchstabe, Ziffer oder Symbol).</translation>
        </message>
        <message>
            <source>is too long ({length}); search for at most {most}.</source>
            <translation>ist zu lang ({length}); suchen Sie nach höchstens {most}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln Zeichen</numerusform>
                <numerusform>%Ln Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>has {terms}; search for at most {most} at once.</source>
            <translation>hat {terms}; erlaubt sind höchstens {most} auf einmal.</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address (name@example.com).</source>
            <translation>„{value}“ ist keine E-Mail-Adresse (name@example.com).</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>„{value}“ ist keine Webadresse (sie sollte mit https:// beginnen).</translation>
        </message>
        <message>
            <source>“{value}” is not an IANA time zone (e.g. Europe/Berlin).</source>
            <translation>„{value}“ ist keine IANA-Zeitzone (z. B. Europe/Berlin).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {options}.</source>
            <translation>„{value}“ ist keiner der Werte: {options}.</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>„{value}“ ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {number}).</source>
            <translation>muss zwischen {low} und {high} liegen (erhalten: {number}).</translation>
        </message>
        <message>
            <source>must be at least {low} (got {number}).</source>
            <translation>muss mindestens {low} sein (erhalten: {number}).</translation>
        </message>
        <message>
            <source>must be at most {high} (got {number}).</source>
            <translation>darf höchstens {high} sein (erhalten: {number}).</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>{end} is before the start {start}.</source>
            <translation>{end} liegt vor dem Beginn {start}.</translation>
        </message>
        <message>
            <source>That work-log entry no longer exists.</source>
            <translation>Dieser Eintrag der Arbeitszeiten existiert nicht mehr.</translation>
        </message>
        <message>
            <source>“{status}” is not a contract status.</source>
            <translation>„{status}“ ist kein Vertragsstatus.</translation>
        </message>
        <message>
            <source>“{kind}” is not a contract kind.</source>
            <translation>„{kind}“ ist keine Vertragsart.</translation>
        </message>
        <message>
            <source>choose who you are thanking.</source>
            <translation>wählen Sie, wem Sie danken.</translation>
        </message>
        <message>
            <source>choose the contract this check-in is about.</source>
            <translation>wählen Sie den Vertrag, den diese Zwischenbewertung betrifft.</translation>
        </message>
        <message>
            <source>choose {names}.</source>
            <translation>wählen Sie {names}.</translation>
        </message>
        <message>
            <source>{field} {message}</source>
            <translation>{field} {message}</translation>
        </message>
        <message>
            <source>say why the agreement moves; the ledger keeps it.</source>
            <translation>sagen Sie, warum sich die Vereinbarung ändert; das Protokoll hält es fest.</translation>
        </message>
        <message>
            <source>That away period no longer exists.</source>
            <translation>Diese Abwesenheit existiert nicht mehr.</translation>
        </message>
        <message>
            <source>must be on or after the start date.</source>
            <translation>muss am oder nach dem Startdatum liegen.</translation>
        </message>
        <message>
            <source>“{value}” is not a rate (write it like 1.0856).</source>
            <translation>„{value}“ ist kein Kurs (schreiben Sie ihn wie 1.0856).</translation>
        </message>
        <message>
            <source>a rate must be a number above zero.</source>
            <translation>ein Kurs muss eine Zahl größer als null sein.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}.</source>
            <translation>Keine Zahlung mit der ID {payment_id}.</translation>
        </message>
        <message>
            <source>“{source}” is not a source of rates.</source>
            <translation>„{source}“ ist keine Kursquelle.</translation>
        </message>
        <message>
            <source>the euro is the base of every rate (always 1).</source>
            <translation>der Euro ist die Basis jedes Kurses (immer 1).</translation>
        </message>
        <message>
            <source>name a skill, e.g. “Python:4” or “dbt”.</source>
            <translation>nennen Sie eine Fähigkeit, z. B. „Python:4“ oder „dbt“.</translation>
        </message>
        <message>
            <source>write an amount and a currency, e.g. “6000 EUR”.</source>
            <translation>geben Sie einen Betrag und eine Währung an, z. B. „6000 EUR“.</translation>
        </message>
        <message>
            <source>name at least one skill the work needs.</source>
            <translation>nennen Sie mindestens eine benötigte Fähigkeit.</translation>
        </message>
        <message>
            <source>plan at most three years ahead.</source>
            <translation>planen Sie höchstens drei Jahre im Voraus.</translation>
        </message>
        <message>
            <source>rate in {rate}, budget in {plan} — no exchange rate</source>
            <translation>Satz in {rate}, Budget in {plan} — kein Wechselkurs</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>no rate on record</source>
            <translation>kein Stundensatz hinterlegt</translation>
        </message>
        <message>
            <source>away {start} – {end}</source>
            <translation>abwesend {start} – {end}</translation>
        </message>
        <message>
            <source>{away} ({note})</source>
            <translation>{away} ({note})</translation>
        </message>
        <message>
            <source>classification risk {level} on “{title}”</source>
            <translation>Einstufungsrisiko {level} bei „{title}“</translation>
        </message>
        <message>
            <source>{kind}: expires on {day}, before the plan ends</source>
            <translation>{kind}: läuft am {day} ab, vor dem Ende des Plans</translation>
        </message>
        <message>
            <source>skills: {skills}</source>
            <translation>Fähigkeiten: {skills}</translation>
        </message>
        <message>
            <source>{skill} {level} (needs {needed})</source>
            <translation>{skill} {level} (benötigt {needed})</translation>
        </message>
        <message>
            <source>{hours} on “{title}”</source>
            <translation>{hours} für „{title}“</translation>
        </message>
        <message>
            <source>free {free} a week in the period (offers {offered} h{taken}); takes {share} a week here</source>
            <translation>frei {free} pro Woche im Zeitraum (bietet {offered} h{taken}); übernimmt hier {share} pro Woche</translation>
        </message>
        <message>
            <source>; {commitments}</source>
            <translation>; {commitments}</translation>
        </message>
        <message>
            <source>overlap {hours} a day</source>
            <translation>Überschneidung {hours} pro Tag</translation>
        </message>
        <message>
            <source>overlap {hours} a day, {then} from {day} (the clocks change)</source>
            <translation>Überschneidung {hours} pro Tag, {then} ab {day} (Zeitumstellung)</translation>
        </message>
        <message>
            <source>cost {cost} for {hours} at {rate} an hour</source>
            <translation>Kosten {cost} für {hours} zu {rate} pro Stunde</translation>
        </message>
        <message>
            <source>cost unknown: {why}</source>
            <translation>Kosten unbekannt: {why}</translation>
        </message>
        <message>
            <source>review score {score} of 5 over {reviews}; would rehire: {rehire}</source>
            <translation>Bewertung {score} von 5 aus {reviews}; erneut beauftragen: {rehire}</translation>
        </message>
        <message>
            <source>no review yet</source>
            <translation>noch keine Bewertung</translation>
        </message>
        <message>
            <source>last worked together {day}</source>
            <translation>zuletzt zusammengearbeitet am {day}</translation>
        </message>
        <message>
            <source>never worked together</source>
            <translation>noch nie zusammengearbeitet</translation>
        </message>
        <message>
            <source>cost for the period {cost}</source>
            <translation>Kosten für den Zeitraum {cost}</translation>
        </message>
        <message>
            <source>within the budget of {budget} ({left} left)</source>
            <translation>im Budget von {budget} ({left} übrig)</translation>
        </message>
        <message>
            <source>nobody has {skill} at level {level} or above</source>
            <translation>niemand hat {skill} auf Stufe {level} oder höher</translation>
        </message>
        <message>
            <source>{skill} {level}</source>
            <translation>{skill} {level}</translation>
        </message>
        <message>
            <source>availability not set for anyone with these skills ({count} people): set the hours a week they offer</source>
            <translation>Verfügbarkeit bei niemandem mit diesen Fähigkeiten festgelegt ({count} Personen): Legen Sie die angebotenen Stunden pro Woche fest</translation>
        </message>
        <message>
            <source>availability not set</source>
            <translation>Verfügbarkeit nicht festgelegt</translation>
        </message>
        <message>
            <source>nobody, alone or in a team of {size}, has {hours} h a week free in the period</source>
            <translation>niemand, allein oder in einem Team aus {size} Personen, hat im Zeitraum {hours} h pro Woche frei</translation>
        </message>
        <message>
            <source>{free} a week free</source>
            <translation>{free} pro Woche frei</translation>
        </message>
        <message>
            <source>nobody overlaps {hours} with your working day on every day of the period</source>
            <translation>niemand überschneidet sich an jedem Tag des Zeitraums {hours} mit Ihrem Arbeitstag</translation>
        </message>
        <message>
            <source>{hours} overlap</source>
            <translation>{hours} Überschneidung</translation>
        </message>
        <message>
            <source>{rate} an hour</source>
            <translation>{rate} pro Stunde</translation>
        </message>
        <message>
            <source>nobody's rate is {limit} an hour or less</source>
            <translation>niemand hat einen Satz von höchstens {limit} pro Stunde</translation>
        </message>
        <message>
            <source>nobody can do {hours} h within {limit}</source>
            <translation>niemand schafft {hours} h im Rahmen von {limit}</translation>
        </message>
        <message>
            <source>{text}: {why}</source>
            <translation>{text}: {why}</translation>
        </message>
        <message>
            <source>no free hours</source>
            <translation>keine freien Stunden</translation>
        </message>
        <message>
            <source>too little overlap</source>
            <translation>zu wenig Überschneidung</translation>
        </message>
        <message>
            <source>rate above the maximum</source>
            <translation>Satz über dem Höchstsatz</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>Kosten unbekannt</translation>
        </message>
        <message>
            <source>lacks {skills}</source>
            <translation>es fehlt: {skills}</translation>
        </message>
        <message>
            <source>{hours} a week free</source>
            <translation>{hours} pro Woche frei</translation>
        </message>
        <message>
            <source>costs {amount} for the whole work</source>
            <translation>kostet {amount} für die ganze Arbeit</translation>
        </message>
        <message>
            <source>{missing}</source>
            <translation>{missing}</translation>
        </message>
        <message>
            <source>nobody alone, nor any team of up to {size} people, meets all of this at once</source>
            <translation>weder eine Person allein noch ein Team aus bis zu {size} Personen erfüllt all dies gleichzeitig</translation>
        </message>
        <message>
            <source>That plan no longer exists.</source>
            <translation>Dieser Plan existiert nicht mehr.</translation>
        </message>
        <message>
            <source>choose a day that every year has (not 29 February).</source>
            <translation>wählen Sie einen Tag, den es in jedem Jahr gibt (nicht den 29. Februar).</translation>
        </message>
        <message>
            <source>This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>Diese Team-Datenbank können Sie nur lesen: Ihre Rolle auf dem Server darf sie nicht ändern. Bitten Sie die Person, die den Server betreibt, um Schreibzugriff.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now, so nothing can be saved. TalentDesk keeps trying to reconnect and says so when it is back.</source>
            <translation>Die Team-Datenbank ist gerade nicht erreichbar, daher kann nichts gespeichert werden. TalentDesk versucht weiter, die Verbindung wiederherzustellen, und meldet, sobald sie wieder besteht.</translation>
        </message>
        <message>
            <source>The connection to the team database was lost, so this change was not saved: none of it was written. TalentDesk reconnects by itself; try again when the status bar says it is back.</source>
            <translation>Die Verbindung zur Team-Datenbank wurde unterbrochen, daher wurde diese Änderung nicht gespeichert: Nichts davon wurde geschrieben. TalentDesk stellt die Verbindung selbst wieder her; versuchen Sie es erneut, wenn die Statusleiste meldet, dass sie wieder besteht.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now; what is on screen is what was loaded before.</source>
            <translation>Die Team-Datenbank ist gerade nicht erreichbar; angezeigt wird der zuvor geladene Stand.</translation>
        </message>
        <message>
            <source>Changed by {name} at {time}, after you opened it — reload?</source>
            <translation>Von {name} am {time} geändert, nachdem Sie es geöffnet haben — neu laden?</translation>
        </message>
        <message>
            <source>Changed at {time}, after you opened it — reload?</source>
            <translation>Am {time} geändert, nachdem Sie es geöffnet haben — neu laden?</translation>
        </message>
        <message>
            <source>is not a team database's address: it begins with postgresql://, like postgresql://me@server/team.</source>
            <translation>ist keine Adresse einer Team-Datenbank: Diese beginnt mit postgresql://, etwa postgresql://me@server/team.</translation>
        </message>
        <message>
            <source>cannot be read: check it was copied whole.</source>
            <translation>kann nicht gelesen werden: Prüfen Sie, ob sie vollständig kopiert wurde.</translation>
        </message>
        <message>
            <source>names a port that is not a number.</source>
            <translation>nennt einen Port, der keine Zahl ist.</translation>
        </message>
        <message>
            <source>must be between 1 and 65535.</source>
            <translation>muss zwischen 1 und 65535 liegen.</translation>
        </message>
        <message>
            <source>is not one libpq knows.</source>
            <translation>ist libpq nicht bekannt.</translation>
        </message>
        <message>
            <source>was not accepted by the server: type it again, or ask whoever runs the server for the right one.</source>
            <translation>wurde vom Server nicht angenommen: Geben Sie es erneut ein, oder fragen Sie die Person, die den Server betreibt, nach dem richtigen.</translation>
        </message>
        <message>
            <source>is not known to the server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>ist dem Server nicht bekannt: Prüfen Sie den Namen, oder bitten Sie die Person, die den Server betreibt, ihn anzulegen (die README erklärt, wie).</translation>
        </message>
        <message>
            <source>does not exist on this server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>existiert auf diesem Server nicht: Prüfen Sie den Namen, oder bitten Sie die Person, die den Server betreibt, sie anzulegen (die README erklärt, wie).</translation>
        </message>
        <message>
            <source>may not connect to this database: ask whoever runs the server to grant it.</source>
            <translation>darf sich nicht mit dieser Datenbank verbinden: Bitten Sie die Person, die den Server betreibt, die Berechtigung zu erteilen.</translation>
        </message>
        <message>
            <source>may not connect from this computer (the server's pg_hba.conf): ask whoever runs the server to allow it.</source>
            <translation>darf sich nicht von diesem Computer aus verbinden (pg_hba.conf des Servers): Bitten Sie die Person, die den Server betreibt, dies zu erlauben.</translation>
        </message>
        <message>
            <source>does not suit this server: choose “prefer”, or ask whoever runs the server which mode it needs.</source>
            <translation>passt nicht zu diesem Server: Wählen Sie „Bevorzugen“ (prefer), oder fragen Sie die Person, die den Server betreibt, welchen Modus er verlangt.</translation>
        </message>
        <message>
            <source>is not a name this computer can find: check the spelling and your network.</source>
            <translation>ist ein Name, den dieser Computer nicht finden kann: Prüfen Sie die Schreibweise und Ihr Netzwerk.</translation>
        </message>
        <message>
            <source>cannot be reached: check the server's name and port, that it is running, and your network (a VPN?).</source>
            <translation>ist nicht erreichbar: Prüfen Sie Namen und Port des Servers, ob er läuft, und Ihr Netzwerk (ein VPN?).</translation>
        </message>
        <message>
            <source>refused the connection: {reason}</source>
            <translation>hat die Verbindung abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>holds other tables and is not a TalentDesk database: choose an empty database, or one a TalentDesk team already uses.</source>
            <translation>enthält andere Tabellen und ist keine TalentDesk-Datenbank: Wählen Sie eine leere Datenbank oder eine, die ein TalentDesk-Team bereits verwendet.</translation>
        </message>
        <message>
            <source>was set up by a newer TalentDesk (schema {found}; this one knows up to {known}): install the newer version on this computer, then connect.</source>
            <translation>wurde von einer neueren TalentDesk-Version eingerichtet (Schema {found}; diese Version kennt bis {known}): Installieren Sie die neuere Version auf diesem Computer und verbinden Sie sich dann.</translation>
        </message>
        <message>
            <source>The password could not be saved in this computer's keyring ({reason}). Connect without saving it, or put it in libpq's password file (~/.pgpass).</source>
            <translation>Das Passwort konnte nicht im Schlüsselbund dieses Computers gespeichert werden ({reason}). Verbinden Sie sich, ohne es zu speichern, oder tragen Sie es in die Passwortdatei von libpq (~/.pgpass) ein.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>SSL mode</source>
            <translation>SSL-Modus</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>amount in contract currency</source>
            <translation>Betrag in Vertragswährung</translation>
        </message>
        <message>
            <source>author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>bench status</source>
            <translation>Talentpool-Status</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>bonus amount</source>
            <translation>Bonusbetrag</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>checklist item</source>
            <translation>Checklistenpunkt</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>contact kind</source>
            <translation>Kontaktart</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>cooperation</source>
            <translation>Kooperation</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>Termintreue</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>document kind</source>
            <translation>Dokumentart</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>effective date</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>ended by</source>
            <translation>Beendet von</translation>
        </message>
        <message>
            <source>expected response time</source>
            <translation>Erwartete Antwortzeit</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>granted on</source>
            <translation>Gewährt am</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>Profiltitel</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>maximum rate</source>
            <translation>Höchstsatz</translation>
        </message>
        <message>
            <source>message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>my_working_hours</source>
            <translation>Meine Arbeitszeiten</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>new end date</source>
            <translation>Neues Enddatum</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>original budget</source>
            <translation>Ursprüngliches Budget</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>Überschneidung</translation>
        </message>
        <message>
            <source>paid on</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <source>payment kind</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>preferred channel</source>
            <translation>Bevorzugter Kanal</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>Wertungen</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>recommend</source>
            <translation>Weiterempfehlung</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>Verlängert</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>review</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>revoke by</source>
            <translation>Entziehen bis</translation>
        </message>
        <message>
            <source>revoked on</source>
            <translation>Entzogen am</translation>
        </message>
        <message>
            <source>scope of work</source>
            <translation>Leistungsumfang</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>snooze until</source>
            <translation>Zurückstellen bis</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>Sortierung</translation>
        </message>
        <message>
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>stay-in-touch cadence</source>
            <translation>Kontaktrhythmus</translation>
        </message>
        <message>
            <source>system</source>
            <translation>System</translation>
        </message>
        <message>
            <source>talent</source>
            <translation>Talent</translation>
        </message>
        <message>
            <source>tax_year_start</source>
            <translation>Beginn des Steuerjahres</translation>
        </message>
        <message>
            <source>test decision</source>
            <translation>Testentscheidung</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>time worked</source>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>what you appreciated</source>
            <translation>Was Ihnen gefallen hat</translation>
        </message>
        <message>
            <source>when</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>who asked</source>
            <translation>Veranlasst von</translation>
        </message>
        <message>
            <source>who sets the hours</source>
            <translation>Wer die Arbeitszeit bestimmt</translation>
        </message>
        <message>
            <source>who sets the place</source>
            <translation>Wer den Arbeitsort bestimmt</translation>
        </message>
        <message>
            <source>who supplies the equipment</source>
            <translation>Wer die Ausstattung stellt</translation>
        </message>
        <message>
            <source>why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>why it ended</source>
            <translation>Beendigungsgrund</translation>
        </message>
        <message>
            <source>working hours end</source>
            <translation>Ende der Arbeitszeit</translation>
        </message>
        <message>
            <source>working hours start</source>
            <translation>Beginn der Arbeitszeit</translation>
        </message>
        <message>
            <source>would rehire</source>
            <translation>Erneut beauftragen</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>In your home currency, each payment at the rate of its date (Tools → Settings…)</source>
            <translation>In Ihrer Hauswährung, jede Zahlung zum Kurs ihres Datums (Extras → Einstellungen…)</translation>
        </message>
        <message>
            <source>Working now</source>
            <translation>Arbeitet gerade</translation>
        </message>
        <message>
            <source>working now</source>
            <translation>arbeitet gerade</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>{zone}: works {hours}, {state}</source>
            <translation>{zone}: arbeitet {hours}, {state}</translation>
        </message>
        <message numerus="yes">
            <source>Average of %n private review(s)</source>
            <translation>
                <numerusform>Durchschnitt aus einer privaten Bewertung</numerusform>
                <numerusform>Durchschnitt aus %n privaten Bewertungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Them</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <source>Feedback given</source>
            <translation>Feedback gegeben</translation>
        </message>
        <message>
            <source>Feedback received</source>
            <translation>Feedback erhalten</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Private Bewertung</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>Im Talentpool</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Probephase</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>Nicht mehr beauftragen</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videoanruf</translation>
        </message>
        <message>
            <source>Recorded video</source>
            <translation>Aufgezeichnetes Video</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Stundenbasis</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Festpreis</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Retainer</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Angeboten</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Wochenlimit</translation>
        </message>
        <message>
            <source>Milestone added</source>
            <translation>Meilenstein hinzugefügt</translation>
        </message>
        <message>
            <source>Milestone edited</source>
            <translation>Meilenstein bearbeitet</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebühr</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Korrigiert</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Sent to them</source>
            <translation>An die Person gesendet</translation>
        </message>
        <message>
            <source>Received from them</source>
            <translation>Von der Person erhalten</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Geheim</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>NDA</source>
            <translation>NDA</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Versicherung</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Steuerformular</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Arbeitsergebnis</translation>
        </message>
        <message>
            <source>Given to them</source>
            <translation>An die Person gegeben</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Vielleicht</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Lob</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Testimonial erbeten</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Testimonial erhalten</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Bonus as thanks</source>
            <translation>Bonus als Dank</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Zugang entziehen</translation>
        </message>
        <message>
            <source>Get deliverables back</source>
            <translation>Arbeitsergebnisse einholen</translation>
        </message>
        <message>
            <source>Recover equipment</source>
            <translation>Geräte zurückholen</translation>
        </message>
        <message>
            <source>Ask them to delete my data</source>
            <translation>Um Löschung meiner Daten bitten</translation>
        </message>
        <message>
            <source>Leave feedback</source>
            <translation>Feedback abgeben</translation>
        </message>
        <message>
            <source>I did</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>They did</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Beauftragen</translation>
        </message>
        <message>
            <source>Do not hire</source>
            <translation>Nicht beauftragen</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Acted on</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Geringes Risiko</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Mittleres Risiko</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Hohes Risiko</translation>
        </message>
        <message>
            <source>Contract started</source>
            <translation>Vertrag begonnen</translation>
        </message>
        <message>
            <source>Contract renewed</source>
            <translation>Vertrag verlängert</translation>
        </message>
        <message>
            <source>Contract ended</source>
            <translation>Vertrag beendet</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Zwischenbewertung</translation>
        </message>
        <message>
            <source>Praise sent</source>
            <translation>Lob gesendet</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Empfehlung ausgesprochen</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Dankesbonus</translation>
        </message>
        <message>
            <source>Bonus paid</source>
            <translation>Bonus gezahlt</translation>
        </message>
        <message>
            <source>Rate changed</source>
            <translation>Satz geändert</translation>
        </message>
        <message>
            <source>Scope changed</source>
            <translation>Umfang geändert</translation>
        </message>
        <message>
            <source>As my region writes them</source>
            <translation>Wie in meiner Region üblich</translation>
        </message>
        <message>
            <source>International (ISO 8601)</source>
            <translation>International (ISO 8601)</translation>
        </message>
        <message>
            <source>Day first, with slashes</source>
            <translation>Tag zuerst, mit Schrägstrichen</translation>
        </message>
        <message>
            <source>Month first, with slashes</source>
            <translation>Monat zuerst, mit Schrägstrichen</translation>
        </message>
        <message>
            <source>Day first, with dots</source>
            <translation>Tag zuerst, mit Punkten</translation>
        </message>
        <message>
            <source>The one my region uses</source>
            <translation>Das in meiner Region übliche Format</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>US Letter (8.5 × 11 in)</source>
            <translation>US Letter (8,5 × 11 in)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
    </context>
    <context>
        <name>maintenance</name>
        <message>
            <source>Daily</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>Before an update of the program</source>
            <translation>Vor einer Aktualisierung des Programms</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Before a change of passphrase</source>
            <translation>Vor einer Änderung der Passphrase</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopie</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>Paid to them</source>
            <translation>Ausgezahlt</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Erstattungen</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <source>What reached them: hourly, milestone, bonus, weekly and other payments</source>
            <translation>Was bei der Person ankam: Stunden-, Meilenstein-, Bonus-, Wochen- und sonstige Zahlungen</translation>
        </message>
        <message>
            <source>What the platform kept: service, processing and tax fees</source>
            <translation>Was die Plattform einbehalten hat: Service-, Bearbeitungs- und Steuergebühren</translation>
        </message>
        <message>
            <source>Money that came back to you</source>
            <translation>Geld, das an Sie zurückgeflossen ist</translation>
        </message>
        <message>
            <source>Paid to them + fees − refunds</source>
            <translation>Ausgezahlt + Gebühren − Erstattungen</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>review_rules</name>
        <message>
            <source>Access still open</source>
            <translation>Zugang noch offen</translation>
        </message>
        <message>
            <source>Systems access or equipment not yet recovered after a contract ended.</source>
            <translation>Systemzugänge oder Geräte, die nach Vertragsende noch nicht zurückgenommen wurden.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago, and access is still open: {systems}.</source>
            <translation>Der Vertrag endete am {end_date} (das liegt {days_ago} zurück), und Zugänge sind noch offen: {systems}.</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <source>Days of grace after the end</source>
            <translation>Schonfrist nach dem Ende</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Offboarding open</source>
            <translation>Offboarding offen</translation>
        </message>
        <message>
            <source>Checklist items left open when a contract ended: deliverables, equipment, deleting your data.</source>
            <translation>Bei Vertragsende offen gebliebene Checklistenpunkte: Arbeitsergebnisse, Geräte, Löschen Ihrer Daten.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago; still open: {items}.</source>
            <translation>Der Vertrag endete am {end_date} (das liegt {days_ago} zurück); noch offen: {items}.</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Entziehen bis</translation>
        </message>
        <message>
            <source>Access or equipment kept past the day it was to be revoked or returned.</source>
            <translation>Zugang oder Geräte über den Tag hinaus behalten, an dem sie entzogen oder zurückgegeben werden sollten.</translation>
        </message>
        <message>
            <source>Access to {system} was to be revoked by {revoke_by}, {days_over} ago.</source>
            <translation>Der Zugang zu {system} sollte bis zum {revoke_by} entzogen sein und ist {days_over} überfällig.</translation>
        </message>
        <message>
            <source>{system} was to be returned by {revoke_by}, {days_over} ago.</source>
            <translation>{system} sollte bis zum {revoke_by} zurückgegeben sein und ist {days_over} überfällig.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Contract ending</source>
            <translation>Vertrag endet</translation>
        </message>
        <message>
            <source>A running contract ends soon (or its end date has passed).</source>
            <translation>Ein laufender Vertrag endet bald (oder sein Enddatum ist überschritten).</translation>
        </message>
        <message>
            <source>Ends on {end_date}, in {days_left}: renew it, extend it or let it end.</source>
            <translation>Endet am {end_date} (noch {days_left}): Verlängern Sie ihn, schieben Sie das Ende hinaus, oder lassen Sie ihn enden.</translation>
        </message>
        <message>
            <source>Its end date {end_date} passed {days_ago} ago but it is still running: end it or extend it.</source>
            <translation>Das Enddatum {end_date} liegt {days_ago} zurück, doch der Vertrag läuft noch: Beenden oder verlängern Sie ihn.</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Warn this many days before the end</source>
            <translation>So viele Tage vor dem Ende warnen</translation>
        </message>
        <message>
            <source>Feedback owed</source>
            <translation>Feedback ausstehend</translation>
        </message>
        <message>
            <source>Feedback owed on a contract that ended within the window, or a private review missing on any ended contract.</source>
            <translation>Feedback zu einem Vertrag, der innerhalb des Zeitfensters endete, steht aus, oder zu einem beendeten Vertrag fehlt die private Bewertung.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed ({days_left} left in the window) and the private review is missing.</source>
            <translation>Beendet am {end_date}: Feedback steht aus (noch {days_left} im Zeitfenster), und die private Bewertung fehlt.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed; {days_left} left in the window.</source>
            <translation>Beendet am {end_date}: Feedback steht aus; noch {days_left} im Zeitfenster.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: the private review (for your eyes only) is missing.</source>
            <translation>Beendet am {end_date}: Die private Bewertung (nur für Sie sichtbar) fehlt.</translation>
        </message>
        <message>
            <source>Days left to leave feedback</source>
            <translation>Verbleibende Tage für Feedback</translation>
        </message>
        <message>
            <source>Feedback window after the end</source>
            <translation>Feedback-Zeitfenster nach dem Ende</translation>
        </message>
        <message>
            <source>Milestone overdue</source>
            <translation>Meilenstein überfällig</translation>
        </message>
        <message>
            <source>A milestone past its due date, not yet approved.</source>
            <translation>Ein Meilenstein, dessen Fälligkeitsdatum überschritten ist und der noch nicht genehmigt wurde.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was due on {due_on}, {days_over} ago.</source>
            <translation>Meilenstein „{milestone}“ war am {due_on} fällig und ist {days_over} überfällig.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was submitted and waits for your approval; it was due on {due_on}.</source>
            <translation>Meilenstein „{milestone}“ wurde eingereicht und wartet auf Ihre Genehmigung; er war am {due_on} fällig.</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Days of grace after the due date</source>
            <translation>Schonfrist nach dem Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Milestone to approve</source>
            <translation>Freizugebender Meilenstein</translation>
        </message>
        <message>
            <source>A milestone submitted and waiting for your approval; the marketplace releases a fixed-price milestone by itself 14 days after it was submitted.</source>
            <translation>Ein eingereichter Meilenstein wartet auf Ihre Freigabe; der Marktplatz gibt einen Festpreis-Meilenstein 14 Tage nach der Einreichung von selbst frei.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and waits for your approval; the marketplace releases it automatically on {releases_on}, in {days_left}.</source>
            <translation>Der Meilenstein „{milestone}“ wurde am {submitted_on} eingereicht und wartet auf Ihre Freigabe; der Marktplatz gibt ihn am {releases_on} automatisch frei (noch {days_left}).</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and never approved here: the marketplace released it automatically on {releases_on}. Record the approval.</source>
            <translation>Der Meilenstein „{milestone}“ wurde am {submitted_on} eingereicht und hier nie freigegeben: Der Marktplatz hat ihn am {releases_on} automatisch freigegeben. Erfassen Sie die Freigabe.</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <source>Released automatically on</source>
            <translation>Automatisch freigegeben am</translation>
        </message>
        <message>
            <source>Ask this many days after the submission</source>
            <translation>So viele Tage nach der Einreichung nachfragen</translation>
        </message>
        <message>
            <source>Question unanswered</source>
            <translation>Unbeantwortete Frage</translation>
        </message>
        <message>
            <source>A message from them with no answer from you for more than a working day (counted in the working hours of both sides, weekends left out).</source>
            <translation>Eine Nachricht der Gegenseite, die Sie seit mehr als einem Arbeitstag nicht beantwortet haben (gezählt in den Arbeitszeiten beider Seiten, ohne Wochenenden).</translation>
        </message>
        <message>
            <source>They wrote on {asked_on} and have waited {waiting_minutes} of working time for an answer: “{question}”</source>
            <translation>Die Person schrieb am {asked_on} und wartet bereits {waiting_minutes} (Arbeitszeit) auf eine Antwort: „{question}“</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Gefragt am</translation>
        </message>
        <message>
            <source>Waiting (working time)</source>
            <translation>Wartezeit (Arbeitszeit)</translation>
        </message>
        <message>
            <source>Ask after this many working hours</source>
            <translation>Nach so vielen Arbeitsstunden nachfragen</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Wochenstunden</translation>
        </message>
        <message>
            <source>Hours logged this week near or over the weekly limit (hours over the limit are paid as a bonus).</source>
            <translation>Diese Woche erfasste Stunden nahe am oder über dem Wochenlimit (Stunden über dem Limit werden als Bonus bezahlt).</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week of a {limit_minutes} limit ({used_percent}). Raise the limit or slow down.</source>
            <translation>Diese Woche {used_minutes} erfasst, bei einem Limit von {limit_minutes} ({used_percent}). Erhöhen Sie das Limit, oder drosseln Sie das Tempo.</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week, over the {limit_minutes} limit ({used_percent}): the extra hours are paid as a bonus.</source>
            <translation>Diese Woche {used_minutes} erfasst, über dem Limit von {limit_minutes} ({used_percent}): Die zusätzlichen Stunden werden als Bonus bezahlt.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche vom</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Warn at this share of the weekly limit</source>
            <translation>Bei diesem Anteil des Wochenlimits warnen</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Retainer</translation>
        </message>
        <message>
            <source>A retainer used far below what it buys, or due for renewal.</source>
            <translation>Ein Retainer, der weit unter seinem Umfang genutzt wird oder dessen Verlängerung ansteht.</translation>
        </message>
        <message>
            <source>Over the last {weeks} weeks they logged {logged_minutes} of the {bought_minutes} the retainer buys ({used_percent}, below {percent}).</source>
            <translation>In den letzten {weeks} Wochen wurden {logged_minutes} der {bought_minutes} erfasst, die der Retainer abdeckt ({used_percent}, unter {percent}).</translation>
        </message>
        <message>
            <source>The retainer ends on {end_date}: renew it (a new contract) or let it end.</source>
            <translation>Der Retainer endet am {end_date}: Verlängern Sie ihn (mit einem neuen Vertrag), oder lassen Sie ihn enden.</translation>
        </message>
        <message>
            <source>Under-used ({used_percent} of the hours it buys over {weeks} weeks) and due for renewal on {end_date}.</source>
            <translation>Zu wenig genutzt ({used_percent} der abgedeckten Stunden über {weeks} Wochen); Verlängerung fällig zum {end_date}.</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Abgedeckt</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Wochenpauschale</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
        <message>
            <source>Under-used below this share of the hours bought</source>
            <translation>Zu wenig genutzt unter diesem Anteil der abgedeckten Stunden</translation>
        </message>
        <message>
            <source>Over the last</source>
            <translation>In den letzten</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>Renewal due this many days before the end</source>
            <translation>Verlängerung so viele Tage vor dem Ende fällig</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Testprojekt</translation>
        </message>
        <message>
            <source>A test project ended with no hiring decision.</source>
            <translation>Ein Testprojekt endete ohne Entscheidung über eine Beauftragung.</translation>
        </message>
        <message>
            <source>The test project ended on {end_date}, {days_ago} ago, with no decision: hire or not?</source>
            <translation>Das Testprojekt endete am {end_date} (das liegt {days_ago} zurück) ohne Entscheidung: beauftragen oder nicht?</translation>
        </message>
        <message>
            <source>Ask this many days after the end</source>
            <translation>So viele Tage nach dem Ende fragen</translation>
        </message>
        <message>
            <source>Document expiring</source>
            <translation>Dokument läuft ab</translation>
        </message>
        <message>
            <source>An agreement, insurance or other document expiring soon.</source>
            <translation>Eine Vereinbarung, Versicherung oder ein anderes Dokument, das bald abläuft.</translation>
        </message>
        <message>
            <source>“{document}” expires on {expires_on}, in {days_left}.</source>
            <translation>„{document}“ läuft am {expires_on} ab (noch {days_left}).</translation>
        </message>
        <message>
            <source>“{document}” expired on {expires_on}, {days_ago} ago.</source>
            <translation>„{document}“ ist am {expires_on} abgelaufen (das liegt {days_ago} zurück).</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Warn this many days before expiry</source>
            <translation>So viele Tage vor Ablauf warnen</translation>
        </message>
        <message>
            <source>Rate revisit</source>
            <translation>Satz überprüfen</translation>
        </message>
        <message>
            <source>The rate of someone you work with now was not revisited for a long time.</source>
            <translation>Der Satz einer Person, mit der Sie derzeit arbeiten, wurde lange nicht überprüft.</translation>
        </message>
        <message>
            <source>Their rate was last set on {last_revisit}, more than {months} months ago.</source>
            <translation>Der Satz wurde zuletzt am {last_revisit} festgelegt, vor mehr als {months} Monaten.</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Zuletzt festgelegt</translation>
        </message>
        <message>
            <source>Contract rate</source>
            <translation>Vertragssatz</translation>
        </message>
        <message>
            <source>Revisit after</source>
            <translation>Überprüfen nach</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Danke sagen</translation>
        </message>
        <message>
            <source>A five-star review or an approved milestone with no appreciation since.</source>
            <translation>Eine Fünf-Sterne-Bewertung oder ein genehmigter Meilenstein ohne seitdem gezeigte Anerkennung.</translation>
        </message>
        <message>
            <source>You gave them five stars on {on} and have sent no appreciation since.</source>
            <translation>Sie haben der Person am {on} fünf Sterne gegeben und seitdem keine Anerkennung gezeigt.</translation>
        </message>
        <message>
            <source>You approved “{milestone}” on {on} and have sent no appreciation since.</source>
            <translation>Sie haben den Meilenstein „{milestone}“ am {on} genehmigt und seitdem keine Anerkennung gezeigt.</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Am</translation>
        </message>
        <message>
            <source>Look back this many days</source>
            <translation>So viele Tage zurückblicken</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <source>A favourite you have not been in touch with for longer than their stay-in-touch cadence (any message, call, meeting, feedback, check-in, thanks or payment resets it).</source>
            <translation>Ein Favorit, mit dem Sie länger keinen Kontakt hatten, als es sein Kontaktrhythmus vorsieht (jede Nachricht, jeder Anruf, jedes Treffen, Feedback, jede Zwischenbewertung, jeder Dank und jede Zahlung zählt als Kontakt).</translation>
        </message>
        <message>
            <source>No contact since {last_contact} ({days_ago}); you meant to be in touch every {cadence_days}.</source>
            <translation>Kein Kontakt seit dem {last_contact} ({days_ago}); Ihr gewünschter Kontaktrhythmus: {cadence_days}.</translation>
        </message>
        <message>
            <source>No contact logged since they were added on {last_contact}; you meant to be in touch every {cadence_days}.</source>
            <translation>Kein Kontakt erfasst, seit die Person am {last_contact} hinzugefügt wurde; Ihr gewünschter Kontaktrhythmus: {cadence_days}.</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Rhythmus</translation>
        </message>
        <message>
            <source>Cadence when none is set for the person</source>
            <translation>Rhythmus, wenn für die Person keiner festgelegt ist</translation>
        </message>
        <message>
            <source>Classification risk</source>
            <translation>Einstufungsrisiko</translation>
        </message>
        <message>
            <source>A running contract whose answers and data look like employment, or one never checked that has run six months or averages 30 hours a week.</source>
            <translation>Ein laufender Vertrag, dessen Antworten und Daten nach einer Anstellung aussehen, oder ein nie geprüfter, der seit sechs Monaten läuft oder im Schnitt 30 Wochenstunden hat.</translation>
        </message>
        <message>
            <source>Medium risk of looking like employment: {signals}.</source>
            <translation>Mittleres Risiko, als Anstellung zu gelten: {signals}.</translation>
        </message>
        <message>
            <source>High risk of looking like employment: {signals}.</source>
            <translation>Hohes Risiko, als Anstellung zu gelten: {signals}.</translation>
        </message>
        <message>
            <source>Low risk: {signals}.</source>
            <translation>Geringes Risiko: {signals}.</translation>
        </message>
        <message>
            <source>Running for {tenure_days} at {avg_minutes} a week on average, and never checked: take the classification check.</source>
            <translation>Laufzeit {tenure_days}, im Schnitt {avg_minutes} pro Woche, nie geprüft: Führen Sie die Einstufungsprüfung durch.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Days running</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>Average a week</source>
            <translation>Schnitt pro Woche</translation>
        </message>
        <message>
            <source>Show from this many risk points (3 medium, 6 high)</source>
            <translation>Ab so vielen Risikopunkten zeigen (3 mittel, 6 hoch)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Open the workroom</source>
            <translation>Arbeitsraum öffnen</translation>
        </message>
        <message>
            <source>Open the person</source>
            <translation>Person öffnen</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Verlängern…</translation>
        </message>
        <message>
            <source>Write the review…</source>
            <translation>Bewertung schreiben…</translation>
        </message>
        <message>
            <source>Mark access revoked</source>
            <translation>Zugang als entzogen markieren</translation>
        </message>
        <message>
            <source>Log a raise…</source>
            <translation>Erhöhung erfassen…</translation>
        </message>
        <message>
            <source>Send thanks…</source>
            <translation>Danke sagen…</translation>
        </message>
        <message>
            <source>Log a call or message…</source>
            <translation>Anruf oder Nachricht erfassen…</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Beauftragen</translation>
        </message>
        <message>
            <source>Don't hire</source>
            <translation>Nicht beauftragen</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Einstufungsprüfung…</translation>
        </message>
        <message>
            <source>Mark the open items done</source>
            <translation>Offene Punkte als erledigt markieren</translation>
        </message>
        <message>
            <source>Mark revoked or returned</source>
            <translation>Als entzogen oder zurückgegeben markieren</translation>
        </message>
    </context>
    <context>
        <name>text</name>
        <message>
            <source>Working with {name}</source>
            <translation>Zusammenarbeit mit {name}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Zusammenarbeit mit mir</translation>
        </message>
        <message>
            <source>Figures from {start} to {end}</source>
            <translation>Kennzahlen vom {start} bis {end}</translation>
        </message>
        <message>
            <source>How I work</source>
            <translation>Wie ich arbeite</translation>
        </message>
        <message>
            <source>{start}–{end}, {days} ({zone})</source>
            <translation>{start}–{end}, {days} ({zone})</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>Montag bis Freitag</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <source>Where I write</source>
            <translation>Wo ich kommuniziere</translation>
        </message>
        <message>
            <source>How I pay</source>
            <translation>Wie ich bezahle</translation>
        </message>
        <message>
            <source>How long people stay</source>
            <translation>Wie lange die Zusammenarbeit dauert</translation>
        </message>
        <message>
            <source>What professionals said</source>
            <translation>Was Fachleute gesagt haben</translation>
        </message>
        <message>
            <source>No comment chosen to quote.</source>
            <translation>Kein Kommentar zum Zitieren ausgewählt.</translation>
        </message>
        <message>
            <source>— {name}, {stars} of 5, {date}</source>
            <translation>— {name}, {stars} von 5, {date}</translation>
        </message>
    </context>
</TS>