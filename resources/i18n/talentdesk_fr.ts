<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>line {number}</source>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where} : {message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field} : {message}</translation>
        </message>
        <message>
            <source>Please check {field}: {message}</source>
            <translation>Veuillez vérifier {field} : {message}</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>La base de données est endommagée ({detail}). Restaurez une sauvegarde avec Fichier → Restaurer une copie quotidienne… ; Outils → Vérifier la base de données… donne plus de détails.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to {path}. Check the folder's permissions.</source>
            <translation>TalentDesk n'a pas le droit d'écrire dans {path}. Vérifiez les permissions du dossier.</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>le dossier de données</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was saved.</source>
            <translation>Le disque est plein. Libérez de l'espace et réessayez ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>A file could not be read or written: {error}</source>
            <translation>Un fichier n'a pas pu être lu ou écrit : {error}</translation>
        </message>
        <message>
            <source>Something went wrong and the action was not completed. Nothing was changed.</source>
            <translation>Un problème est survenu et l'action n'a pas abouti. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Wait a moment and try again.</source>
            <translation>La base de données est occupée par un autre programme. Patientez un instant et réessayez.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to the data folder; nothing was saved. Check that the folder and its files may be written (and that the disk is not mounted read-only).</source>
            <translation>TalentDesk n'a pas le droit d'écrire dans le dossier de données ; rien n'a été enregistré. Vérifiez que le dossier et ses fichiers sont accessibles en écriture (et que le disque n'est pas monté en lecture seule).</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the data folder exists and that TalentDesk may read and write it: a read-only folder or disk cannot be used.</source>
            <translation>Impossible d'ouvrir le fichier de la base de données. Vérifiez que le dossier de données existe et que TalentDesk peut y lire et écrire : un dossier ou un disque en lecture seule ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>The database is damaged. Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>La base de données est endommagée. Restaurez une sauvegarde avec Fichier → Restaurer une copie quotidienne… ; Outils → Vérifier la base de données… donne plus de détails.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then try again.</source>
            <translation>Le disque a signalé une erreur lors de la lecture ou de l'écriture de la base de données ; rien n'a été enregistré. Vérifiez le disque, puis réessayez.</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>This search {reason}</source>
            <translation>Cette recherche : {reason}</translation>
        </message>
        <message>
            <source>{where} cannot be opened: {why}</source>
            <translation>Impossible d'ouvrir {where} : {why}</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged and there is no good backup to restore.

The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, or move the damaged file away to start afresh.</source>
            <translation>La base de données de {folder} est endommagée et aucune sauvegarde saine ne peut être restaurée.

Le fichier a été laissé tel quel. Ouvrez une archive de sauvegarde avec « talentdesk restore FICHIER.zip », ou déplacez le fichier endommagé pour repartir de zéro.</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}).

Restore the latest good backup, taken {when}? The damaged file is kept in the backups folder.</source>
            <translation>La base de données est endommagée ({detail}).

Restaurer la dernière sauvegarde saine, prise le {when} ? Le fichier endommagé est conservé dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>The team database {where} cannot be used: {why}</source>
            <translation>La base de données d'équipe {where} ne peut pas être utilisée : {why}</translation>
        </message>
        <message>
            <source>Your local data opens instead; File → Connect to a team database… tries again.</source>
            <translation>Vos données locales s'ouvrent à la place ; Fichier → Se connecter à une base de données d'équipe… permet de réessayer.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used. {why}</source>
            <translation>Le dossier de données {folder} ne peut pas être utilisé. {why}</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {error}</source>
            <translation>Le dossier de données {folder} ne peut pas être utilisé : {error}</translation>
        </message>
        <message>
            <source>TalentDesk is already open on {folder}. Switch to that window, or close it first.</source>
            <translation>TalentDesk est déjà ouvert sur {folder}. Passez à cette fenêtre ou fermez-la d'abord.</translation>
        </message>
        <message>
            <source>Gathering the figures…</source>
            <translation>Collecte des chiffres…</translation>
        </message>
        <message>
            <source>Laying out pages…</source>
            <translation>Mise en page…</translation>
        </message>
        <message>
            <source>Contract summary</source>
            <translation>Résumé du contrat</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> de l'heure</translation>
        </message>
        <message>
            <source> per hour equivalent</source>
            <translation> en équivalent horaire</translation>
        </message>
        <message>
            <source> · test project</source>
            <translation> · projet d'essai</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>avec {name}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Plafond hebdomadaire</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Versement hebdomadaire</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Renouvelle</translation>
        </message>
        <message>
            <source>Test decision</source>
            <translation>Décision après l'essai</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Motif de fin</translation>
        </message>
        <message>
            <source>Terms over time</source>
            <translation>Évolution des conditions</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source> (scheduled)</source>
            <translation> (prévu)</translation>
        </message>
        <message>
            <source>Retainer utilisation</source>
            <translation>Utilisation de l'abonnement</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Hours used</source>
            <translation>Heures utilisées</translation>
        </message>
        <message>
            <source>Hours bought</source>
            <translation>Heures achetées</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>Cette semaine à ce jour</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Dernière semaine</numerusform>
                <numerusform>%n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Périmètre des travaux</translation>
        </message>
        <message>
            <source>No written scope of work.</source>
            <translation>Aucun périmètre des travaux écrit.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>à partir du {day}</translation>
        </message>
        <message>
            <source>Scope changes and budget</source>
            <translation>Avenants et budget</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Demandé par</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Avant → après</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>The agreement has not changed since it started.</source>
            <translation>L'accord n'a pas changé depuis son début.</translation>
        </message>
        <message>
            <source>Original budget</source>
            <translation>Budget initial</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>not over</source>
            <translation>non dépassé</translation>
        </message>
        <message>
            <source>Budget now</source>
            <translation>Budget actuel</translation>
        </message>
        <message>
            <source>Over budget by</source>
            <translation>Dépassement du budget</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Finances</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>No milestones.</source>
            <translation>Aucun jalon.</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Heures par semaine</translation>
        </message>
        <message>
            <source>No hours logged.</source>
            <translation>Aucune heure enregistrée.</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Heures enregistrées</translation>
        </message>
        <message>
            <source>Weekly limit in force each week</source>
            <translation>Plafond hebdomadaire en vigueur chaque semaine</translation>
        </message>
        <message numerus="yes">
            <source>{hours} over %n week(s).</source>
            <translation>
                <numerusform>{hours} au total sur %n semaine.</numerusform>
                <numerusform>{hours} au total sur %n semaines.</numerusform>
            </translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> et {n} autres</translation>
        </message>
        <message numerus="yes">
            <source>Over the limit in %n week(s): {weeks}.</source>
            <translation>
                <numerusform>Plafond dépassé sur %n semaine : {weeks}.</numerusform>
                <numerusform>Plafond dépassé sur %n semaines : {weeks}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payments by kind</source>
            <translation>Paiements par type</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>No payments yet.</source>
            <translation>Aucun paiement pour le moment.</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} de {amount} le {day}</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>No payment has been corrected or removed.</source>
            <translation>Aucun paiement n'a été corrigé ni supprimé.</translation>
        </message>
        <message>
            <source>Files shared</source>
            <translation>Fichiers partagés</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>No files shared.</source>
            <translation>Aucun fichier partagé.</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Étoiles</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>No public feedback recorded.</source>
            <translation>Aucun avis public enregistré.</translation>
        </message>
        <message>
            <source>No private review yet.</source>
            <translation>Pas encore d'évaluation privée.</translation>
        </message>
        <message>
            <source>Check-in {date}</source>
            <translation>Point d'étape du {date}</translation>
        </message>
        <message>
            <source>Private review {date}</source>
            <translation>Évaluation privée du {date}</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Réengagement</translation>
        </message>
        <message>
            <source>Would recommend</source>
            <translation>Note de recommandation</translation>
        </message>
        <message>
            <source>Why it ended: {text}</source>
            <translation>Motif de fin : {text}</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Fin de mission</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>No offboarding checklist (it starts when the contract ends).</source>
            <translation>Aucune liste de fin de mission (elle commence à la fin du contrat).</translation>
        </message>
        <message>
            <source>Access and equipment still open</source>
            <translation>Accès et matériel en suspens</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordé le</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>À révoquer avant le</translation>
        </message>
        <message>
            <source>Writing page {n} of {m}…</source>
            <translation>Écriture de la page {n} sur {m}…</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Imprimé le {date}</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>Page {n} sur {m}</translation>
        </message>
        <message>
            <source>Person dossier</source>
            <translation>Dossier de la personne</translation>
        </message>
        <message>
            <source> · favourite</source>
            <translation> · favori</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>tous les jours</numerusform>
                <numerusform>tous les %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Statut dans le vivier</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>{start}–{end} their time</source>
            <translation>{start}–{end}, heure locale</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Préfère</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Répond sous</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>jamais noté</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contrats</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Reach them</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>No contracts yet.</source>
            <translation>Aucun contrat pour le moment.</translation>
        </message>
        <message>
            <source>{n}, average {avg}</source>
            <translation>{n}, moyenne {avg}</translation>
        </message>
        <message>
            <source>Engagements (contracts linked by renewals)</source>
            <translation>Collaborations (contrats liés par renouvellement)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Spend per year</source>
            <translation>Dépenses par an</translation>
        </message>
        <message>
            <source>Nothing paid yet.</source>
            <translation>Rien n'a encore été payé.</translation>
        </message>
        <message>
            <source>{figure} per year ({currency})</source>
            <translation>{figure} par an ({currency})</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Historique des tarifs</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Their rate</source>
            <translation>Son tarif</translation>
        </message>
        <message>
            <source>No rates recorded.</source>
            <translation>Aucun tarif enregistré.</translation>
        </message>
        <message>
            <source>No reviews or feedback yet.</source>
            <translation>Aucune évaluation ni aucun avis pour le moment.</translation>
        </message>
        <message>
            <source>Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.</source>
            <translation>Dernière évaluation privée du {date} : {avg} sur 5 en moyenne ; réengagement : {rehire}.</translation>
        </message>
        <message>
            <source>Latest comments</source>
            <translation>Derniers commentaires</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Appreciation given</source>
            <translation>Remerciements exprimés</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>No appreciation recorded yet.</source>
            <translation>Aucun remerciement enregistré pour le moment.</translation>
        </message>
        <message>
            <source>Open access and equipment</source>
            <translation>Accès et matériel en suspens</translation>
        </message>
        <message>
            <source>Nothing open: no access or equipment outstanding.</source>
            <translation>Rien en suspens : aucun accès ni matériel à récupérer.</translation>
        </message>
        <message>
            <source>Documents on file</source>
            <translation>Documents conservés</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Partagé le</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>(the person's own)</source>
            <translation>(propre à la personne)</translation>
        </message>
        <message>
            <source>No agreements, NDAs or insurance on file.</source>
            <translation>Aucun accord, NDA ni attestation d'assurance conservé.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Private review (average)</source>
            <translation>Évaluation privée (moyenne)</translation>
        </message>
        <message>
            <source>Public feedback given</source>
            <translation>Avis public donné</translation>
        </message>
        <message>
            <source>Review trend (1–5)</source>
            <translation>Tendance des évaluations (1–5)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Review session</source>
            <translation>Session de revue</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Yearly spend {year}</source>
            <translation>Dépenses annuelles {year}</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>Année fiscale {year}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Travailler avec moi</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Coût total en {currency}</translation>
        </message>
        <message>
            <source>Not counted: no exchange rate for the day</source>
            <translation>Non compté : aucun taux de change pour ce jour</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>Review session {date}</source>
            <translation>Session de revue du {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) decided</source>
            <translation>
                <numerusform>%n carte tranchée</numerusform>
                <numerusform>%n cartes tranchées</numerusform>
            </translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>non terminée</translation>
        </message>
        <message>
            <source>Cards and decisions</source>
            <translation>Cartes et décisions</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Why it came up</source>
            <translation>Pourquoi cette carte</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>No card was decided in this session.</source>
            <translation>Aucune carte n'a été tranchée dans cette session.</translation>
        </message>
        <message>
            <source>Yearly spend</source>
            <translation>Dépenses annuelles</translation>
        </message>
        <message>
            <source>Spend in {year}</source>
            <translation>Dépenses en {year}</translation>
        </message>
        <message>
            <source>{total} in {currency} · {per_currency}</source>
            <translation>{total} en {currency} · {per_currency}</translation>
        </message>
        <message>
            <source>Nothing was paid in {year}.</source>
            <translation>Rien n'a été payé en {year}.</translation>
        </message>
        <message>
            <source>In {currency}</source>
            <translation>En {currency}</translation>
        </message>
        <message>
            <source>People paid</source>
            <translation>Personnes payées</translation>
        </message>
        <message>
            <source>Per month ({currency})</source>
            <translation>Par mois ({currency})</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Par personne</translation>
        </message>
        <message>
            <source>In {currency}, each payment at the rate of its date</source>
            <translation>En {currency}, chaque paiement au taux de sa date</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>aucun taux</translation>
        </message>
        <message>
            <source>* Some of this person's payments have no exchange rate for their day and are not in the total; import the rates (File → Import → Exchange rates…) to count them.</source>
            <translation>* Certains paiements de cette personne n'ont pas de taux de change pour leur jour et ne sont pas comptés dans le total ; importez les taux (Fichier → Importer → Taux de change…) pour les compter.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
        <message>
            <source>The work</source>
            <translation>Le travail</translation>
        </message>
        <message>
            <source>{skill} (level {level} or above)</source>
            <translation>{skill} (niveau {level} ou plus)</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Heures par semaine</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Chevauchement avec ma journée</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Tarif maximal</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planifié le</translation>
        </message>
        <message>
            <source>The team chosen</source>
            <translation>L'équipe retenue</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <source>Rate an hour</source>
            <translation>Tarif horaire</translation>
        </message>
        <message>
            <source>Cost for the period</source>
            <translation>Coût pour la période</translation>
        </message>
        <message>
            <source>Nobody is in this plan any more.</source>
            <translation>Ce plan ne compte plus personne.</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Coût total</translation>
        </message>
        <message>
            <source>Alternatives considered</source>
            <translation>Autres possibilités examinées</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>team</source>
            <translation>équipe</translation>
        </message>
        <message>
            <source>one person</source>
            <translation>une personne</translation>
        </message>
        <message>
            <source>{name}: {hours} h a week</source>
            <translation>{name} : {hours} h par semaine</translation>
        </message>
        <message>
            <source>No proposal meets the description.</source>
            <translation>Aucune proposition ne répond à la description.</translation>
        </message>
        <message>
            <source>Not met: {what}</source>
            <translation>Non rempli : {what}</translation>
        </message>
        <message>
            <source>nearest: {name} — {detail}</source>
            <translation>le plus proche : {name} — {detail}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n personne ayant les compétences examinée</numerusform>
                <numerusform>%n personnes ayant les compétences examinées</numerusform>
            </translation>
        </message>
        <message>
            <source>{considered}; availability not set for {count}</source>
            <translation>{considered} ; disponibilité non renseignée pour {count}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risques</translation>
        </message>
        <message>
            <source>No other person or team meets the description today.</source>
            <translation>Aucune autre personne ni équipe ne répond à la description aujourd'hui.</translation>
        </message>
        <message>
            <source>Not met by anyone: {what}.</source>
            <translation>Personne ne remplit ce critère : {what}.</translation>
        </message>
        <message>
            <source>Nearest: {who}.</source>
            <translation>Le plus proche : {who}.</translation>
        </message>
        <message>
            <source>{amount} +?</source>
            <translation>{amount} +?</translation>
        </message>
        <message>
            <source>By currency:</source>
            <translation>Par devise :</translation>
        </message>
        <message>
            <source>Not counted, no exchange rate for their day: {amounts}</source>
            <translation>Non comptés, faute de taux de change pour leur jour : {amounts}</translation>
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
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Saisissez un nom…</translation>
        </message>
        <message>
            <source>Edit appreciation: {name}</source>
            <translation>Modifier le remerciement : {name}</translation>
        </message>
        <message>
            <source>A thank-you bonus is a payment: correct its amount or day on the contract's Payments tab.</source>
            <translation>Une prime de remerciement est un paiement : corrigez son montant ou sa date dans l'onglet Paiements du contrat.</translation>
        </message>
        <message>
            <source>Say thanks to {name}</source>
            <translation>Remercier {name}</translation>
        </message>
        <message>
            <source>(not about one contract)</source>
            <translation>(sans contrat particulier)</translation>
        </message>
        <message>
            <source>Edit appreciation</source>
            <translation>Modifier le remerciement</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Edit check-in: {name}</source>
            <translation>Modifier le point d'étape : {name}</translation>
        </message>
        <message>
            <source>There is no running contract to check in on. A check-in is for work in progress; after the end, use the end-of-contract review.</source>
            <translation>Aucun contrat en cours sur lequel faire un point d'étape. Un point d'étape porte sur un travail en cours ; après la fin, utilisez l'évaluation de fin de contrat.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Modifier le point d'étape</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved</source>
            <translation>PDF enregistré</translation>
        </message>
        <message numerus="yes">
            <source>Saved {name} (%n page(s)).</source>
            <translation>
                <numerusform>{name} enregistré (%n page).</numerusform>
                <numerusform>{name} enregistré (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Export the person's dossier</source>
            <translation>Exporter le dossier de la personne</translation>
        </message>
        <message>
            <source>Export the contract summary</source>
            <translation>Exporter le résumé du contrat</translation>
        </message>
        <message>
            <source>Export the review session</source>
            <translation>Exporter la session de revue</translation>
        </message>
        <message>
            <source>Export working with me</source>
            <translation>Exporter « Travailler avec moi »</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exporter le plan</translation>
        </message>
        <message>
            <source>Yearly spend report</source>
            <translation>Rapport des dépenses annuelles</translation>
        </message>
        <message>
            <source>Nothing has been paid yet. Record payments in a contract's workroom first.</source>
            <translation>Rien n'a encore été payé. Enregistrez d'abord des paiements dans l'espace de travail d'un contrat.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Année :</translation>
        </message>
        <message>
            <source>Export the yearly spend</source>
            <translation>Exporter les dépenses annuelles</translation>
        </message>
        <message>
            <source>Tax year report</source>
            <translation>Rapport de l'année fiscale</translation>
        </message>
        <message>
            <source>Tax year:</source>
            <translation>Année fiscale :</translation>
        </message>
        <message>
            <source>Export the tax year</source>
            <translation>Exporter l'année fiscale</translation>
        </message>
        <message>
            <source>&amp;Yearly spend report…</source>
            <translation>Rapport des dépenses &amp;annuelles…</translation>
        </message>
        <message>
            <source>A PDF of the year's spend per person and per month, by payment kind</source>
            <translation>Un PDF des dépenses de l'année par personne et par mois, par type de paiement</translation>
        </message>
        <message>
            <source>Ta&amp;x year report…</source>
            <translation>Rapport de l'année &amp;fiscale…</translation>
        </message>
        <message>
            <source>A PDF for your accountant: every payment of a tax year per person, in your home currency</source>
            <translation>Un PDF pour votre comptable : tous les paiements d'une année fiscale par personne, dans votre devise de référence</translation>
        </message>
        <message>
            <source>Log what happened with {name}, with or without a contract. Messages, calls and meetings count as contact for staying in touch.</source>
            <translation>Notez ce qui s'est passé avec {name}, avec ou sans contrat. Les messages, appels et réunions comptent comme prises de contact pour garder le contact.</translation>
        </message>
        <message>
            <source>Marketplace &amp;transaction history (Upwork CSV)…</source>
            <translation>Historique des &amp;transactions de la plateforme (CSV Upwork)…</translation>
        </message>
        <message>
            <source>Import payments and people from an Upwork transaction history or weekly summary</source>
            <translation>Importer des paiements et des personnes depuis un historique des transactions ou un récapitulatif hebdomadaire Upwork</translation>
        </message>
        <message>
            <source>Talents from &amp;CSV…</source>
            <translation>Talents depuis un fichier &amp;CSV…</translation>
        </message>
        <message>
            <source>Import people from any CSV file, choosing which column holds what</source>
            <translation>Importer des personnes depuis n'importe quel fichier CSV, en choisissant le contenu de chaque colonne</translation>
        </message>
        <message>
            <source>&amp;Payments from CSV…</source>
            <translation>&amp;Paiements depuis un fichier CSV…</translation>
        </message>
        <message>
            <source>Import payments from any CSV file, choosing which column holds what</source>
            <translation>Importer des paiements depuis n'importe quel fichier CSV, en choisissant le contenu de chaque colonne</translation>
        </message>
        <message>
            <source>Contacts (&amp;vCard)…</source>
            <translation>Contacts (&amp;vCard)…</translation>
        </message>
        <message>
            <source>Import people from a .vcf address book</source>
            <translation>Importer des personnes depuis un carnet d'adresses .vcf</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>Ta&amp;ux de change…</translation>
        </message>
        <message>
            <source>Import the European Central Bank's reference rates (eurofxref CSV or ZIP) or a date,currency,rate CSV</source>
            <translation>Importer les taux de référence de la Banque centrale européenne (CSV ou ZIP eurofxref) ou un CSV date,devise,taux</translation>
        </message>
        <message>
            <source>{list} as CSV…</source>
            <translation>{list} en CSV…</translation>
        </message>
        <message>
            <source>Save this list for a spreadsheet (UTF-8, formulas made harmless)</source>
            <translation>Enregistrer cette liste pour un tableur (UTF-8, formules neutralisées)</translation>
        </message>
        <message>
            <source>Everyone as &amp;vCard…</source>
            <translation>Tout le monde en &amp;vCard…</translation>
        </message>
        <message>
            <source>Save the bench as a .vcf address book</source>
            <translation>Enregistrer le vivier comme carnet d'adresses .vcf</translation>
        </message>
        <message>
            <source>&amp;Dates as calendar (.ics)…</source>
            <translation>&amp;Dates en calendrier (.ics)…</translation>
        </message>
        <message>
            <source>Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar</source>
            <translation>Fins de contrat, jalons, délais pour laisser un avis, points d'étape et rappels de revue pour votre agenda</translation>
        </message>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Sauvegarder dans un fichier…</translation>
        </message>
        <message>
            <source>Save the database and every attachment into one zip file</source>
            <translation>Enregistrer la base de données et toutes les pièces jointes dans un seul fichier zip</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup file…</source>
            <translation>&amp;Restaurer depuis un fichier de sauvegarde…</translation>
        </message>
        <message>
            <source>Replace the current data with a backup (a copy of it is kept)</source>
            <translation>Remplacer les données actuelles par une sauvegarde (une copie en est conservée)</translation>
        </message>
        <message>
            <source>Import a marketplace transaction history</source>
            <translation>Importer l'historique des transactions d'une plateforme</translation>
        </message>
        <message>
            <source>Import {what} from CSV</source>
            <translation>Importer {what} depuis un CSV</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importer des taux de change</translation>
        </message>
        <message>
            <source>Rate files (*.csv *.zip *.txt);;All files (*)</source>
            <translation>Fichiers de taux (*.csv *.zip *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export {list}</source>
            <translation>Exporter {list}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting {list}…</source>
            <translation>Export de {list}…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln row(s) to {file}</source>
            <translation>
                <numerusform>%Ln ligne enregistrée dans {file}</numerusform>
                <numerusform>%Ln lignes enregistrées dans {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exporter les contacts</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Fichiers vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Export des contacts…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln people to {file}</source>
            <translation>
                <numerusform>%Ln personne enregistrée dans {file}</numerusform>
                <numerusform>%Ln personnes enregistrées dans {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exporter l'agenda</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting dates…</source>
            <translation>Export des dates…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln event(s) and to-dos to {file}</source>
            <translation>
                <numerusform>%Ln événement ou tâche enregistré dans {file}</numerusform>
                <numerusform>%Ln événements et tâches enregistrés dans {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sauvegarder</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Fichiers zip (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation>Sauvegardé dans {file}</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurer depuis un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>Replace the current data with the backup “{file}”?

The current database is kept in the backups folder first, so this can be undone by restoring that copy.</source>
            <translation>Remplacer les données actuelles par la sauvegarde « {file} » ?

La base de données actuelle est d'abord conservée dans le dossier des sauvegardes : vous pourrez revenir en arrière en restaurant cette copie.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>Restored {file}; the previous data is kept in the backups folder</source>
            <translation>{file} restauré ; les données précédentes sont conservées dans le dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Restored the backup taken {when}. The data as it was is kept in the backups folder.</source>
            <translation>Sauvegarde du {when} restaurée. Les données telles qu'elles étaient sont conservées dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Checking the database and every stored file…</source>
            <translation>Vérification de la base de données et de chaque fichier stocké…</translation>
        </message>
        <message>
            <source>Restore a &amp;daily copy…</source>
            <translation>Restaurer une c&amp;opie quotidienne…</translation>
        </message>
        <message>
            <source>Go back to a copy of your data taken on an earlier day</source>
            <translation>Revenir à une copie de vos données prise un jour précédent</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (or with “talentdesk backup”); the daily copies here are of your local data</source>
            <translation>Une base de données d'équipe est sauvegardée sur son serveur (ou avec « talentdesk backup ») ; les copies quotidiennes d'ici concernent vos données locales</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;Vérifier la base de données…</translation>
        </message>
        <message>
            <source>Check the database file and every stored file against its fingerprint</source>
            <translation>Vérifier le fichier de la base de données et chaque fichier stocké par rapport à leur empreinte</translation>
        </message>
        <message>
            <source>This copy of TalentDesk was built without encryption. Install a TalentDesk release package (they include it) in place of this copy, then start TalentDesk again; your data folder stays as it is.</source>
            <translation>Cette copie de TalentDesk a été construite sans chiffrement. Installez à sa place un paquet officiel de TalentDesk (le chiffrement y est inclus), puis redémarrez TalentDesk ; votre dossier de données reste tel quel.</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher driver, which is not installed with this copy of TalentDesk. To add it, {command}

then start TalentDesk again.</source>
            <translation>Le chiffrement nécessite le pilote facultatif SQLCipher, qui n'est pas installé avec cette copie de TalentDesk. Pour l'ajouter : {command}

puis redémarrez TalentDesk.</translation>
        </message>
        <message>
            <source>Re-encrypting your data and its backups…</source>
            <translation>Rechiffrement de vos données et de leurs sauvegardes…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>Your data is encrypted. Change its passphrase, or turn encryption off?</source>
            <translation>Vos données sont chiffrées. Changer la phrase secrète ou désactiver le chiffrement ?</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <source>Turn off…</source>
            <translation>Désactiver…</translation>
        </message>
        <message>
            <source>Your data is now encrypted.</source>
            <translation>Vos données sont maintenant chiffrées.</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
        <message>
            <source>Encryption is off; your data is stored unencrypted.</source>
            <translation>Le chiffrement est désactivé ; vos données sont stockées en clair.</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Chiffrement…</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and sensitive files with a passphrase</source>
            <translation>Chiffrer la base de données, ses sauvegardes et les fichiers sensibles avec une phrase secrète</translation>
        </message>
        <message>
            <source>{name}: review scores over time</source>
            <translation>{name} : notes des évaluations au fil du temps</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Note globale</translation>
        </message>
        <message>
            <source>Public feedback</source>
            <translation>Avis public</translation>
        </message>
        <message>
            <source>{name}: no reviews yet. Add a check-in to start the trend.</source>
            <translation>{name} : aucune évaluation pour le moment. Ajoutez un point d'étape pour amorcer la tendance.</translation>
        </message>
        <message>
            <source>Contract start / end</source>
            <translation>Début / fin de contrat</translation>
        </message>
        <message>
            <source>{title}
{day}</source>
            <translation>{title}
{day}</translation>
        </message>
        <message>
            <source>Reviews and check-ins</source>
            <translation>Évaluations et points d'étape</translation>
        </message>
        <message>
            <source>Average overall score</source>
            <translation>Note globale moyenne</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point d'étape</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Évaluation privée</translation>
        </message>
        <message>
            <source>Overall {score}</source>
            <translation>Note globale {score}</translation>
        </message>
        <message>
            <source>Would rehire: {answer} · recommend {n}/10</source>
            <translation>Réengagement : {answer} · recommandation {n}/10</translation>
        </message>
        <message>
            <source>Public feedback given · {day}
{stars} {score}/5</source>
            <translation>Avis public donné · {day}
{stars} {score}/5</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n review(s)</source>
            <translation>
                <numerusform>{month} : %n évaluation</numerusform>
                <numerusform>{month} : %n évaluations</numerusform>
            </translation>
        </message>
        <message>
            <source>average overall {avg}</source>
            <translation>moyenne globale {avg}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Open {name} on the bench</source>
            <translation>Ouvrir {name} dans le vivier</translation>
        </message>
        <message>
            <source>Open the workroom of {title}</source>
            <translation>Ouvrir l'espace de travail de {title}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Saisi par {name}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>illimité</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarif</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>plafond hebdomadaire</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>versement hebdomadaire</translation>
        </message>
        <message>
            <source>from {day}, {name} {before} → {after}</source>
            <translation>à partir du {day}, {name} {before} → {after}</translation>
        </message>
        <message>
            <source>a team database is named by a postgresql:// URL, not “{url}” (for a local folder, use --data-dir).</source>
            <translation>une base de données d'équipe se désigne par une URL postgresql://, pas par « {url} » (pour un dossier local, utilisez --data-dir).</translation>
        </message>
        <message>
            <source>cannot reach the team database {where}: {reason}</source>
            <translation>impossible de joindre la base de données d'équipe {where} : {reason}</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {file}: {reason}</source>
            <translation>impossible de lire le fichier de phrase secrète {file} : {reason}</translation>
        </message>
        <message>
            <source>Repeat it: </source>
            <translation>Répétez-la : </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed.</source>
            <translation>les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>${variable}, --passphrase-file FILE, or run it in a terminal to be asked</source>
            <translation>${variable}, --passphrase-file FILE, ou en lançant la commande dans un terminal pour la saisir</translation>
        </message>
        <message>
            <source>this data folder is encrypted, and opening it needs the SQLCipher driver: {hint}</source>
            <translation>ce dossier de données est chiffré, et son ouverture nécessite le pilote SQLCipher : {hint}</translation>
        </message>
        <message>
            <source>Passphrase for {folder}: </source>
            <translation>Phrase secrète de {folder} : </translation>
        </message>
        <message>
            <source>this data folder is encrypted: give its passphrase with {how}.</source>
            <translation>ce dossier de données est chiffré : donnez sa phrase secrète via {how}.</translation>
        </message>
        <message>
            <source>that passphrase does not open this data folder ({folder}); give the right one with {how}.</source>
            <translation>cette phrase secrète n'ouvre pas ce dossier de données ({folder}) ; donnez la bonne via {how}.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only, and the window needs to write to it. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>le dossier de données {folder} est en lecture seule, et la fenêtre a besoin d'y écrire. Les commandes de lecture (export, report, review --list, backup) fonctionnent toujours.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only: this command changes it, so it cannot run here. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>le dossier de données {folder} est en lecture seule : cette commande le modifie, elle ne peut donc pas s'exécuter ici. Les commandes de lecture (export, report, review --list, backup) fonctionnent toujours.</translation>
        </message>
        <message>
            <source>self-test failed: {problem}</source>
            <translation>échec de l'autotest : {problem}</translation>
        </message>
        <message>
            <source>TalentDesk {version}: self-test passed ({folder})</source>
            <translation>TalentDesk {version} : autotest réussi ({folder})</translation>
        </message>
        <message>
            <source>{problem} Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>{problem} Restaurez une sauvegarde avec “talentdesk restore FILE.zip”, ou ouvrez la fenêtre pour restaurer l'une des copies automatiques.</translation>
        </message>
        <message>
            <source>{folder} is busy: another TalentDesk is writing to it. Try again when it has finished.</source>
            <translation>{folder} est occupé : un autre TalentDesk y écrit. Réessayez quand il aura terminé.</translation>
        </message>
        <message>
            <source>{folder} may not be written (a read-only folder or disk); nothing was changed.</source>
            <translation>{folder} n'est pas accessible en écriture (dossier ou disque en lecture seule) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>the disk is full; nothing was changed. Free some space and try again.</source>
            <translation>le disque est plein ; rien n'a été modifié. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>the database in {folder} cannot be opened: check that the folder exists and may be read.</source>
            <translation>la base de données de {folder} ne peut pas être ouverte : vérifiez que le dossier existe et qu'il est accessible en lecture.</translation>
        </message>
        <message>
            <source>the database in {folder} is damaged. Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>la base de données de {folder} est endommagée. Restaurez une sauvegarde avec “talentdesk restore FILE.zip”, ou ouvrez la fenêtre pour restaurer l'une des copies automatiques.</translation>
        </message>
        <message>
            <source>the disk reported an error while reading or writing the database; nothing was saved.</source>
            <translation>le disque a signalé une erreur pendant la lecture ou l'écriture de la base de données ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>the disk is full{file}; free some space and try again.</source>
            <translation>le disque est plein{file} ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>may not write{file}: the folder or disk is read-only, or the file belongs to someone else.</source>
            <translation>écriture impossible{file} : le dossier ou le disque est en lecture seule, ou le fichier appartient à quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>not enough memory to finish the command.</source>
            <translation>mémoire insuffisante pour terminer la commande.</translation>
        </message>
        <message>
            <source>the command stopped on an unexpected error ({error}). Run it again with --verbose to see where.</source>
            <translation>la commande s'est arrêtée sur une erreur inattendue ({error}). Relancez-la avec --verbose pour voir où.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file}: the database (schema {schema}) and %n attachment file(s)</source>
            <translation>
                <numerusform>{file} écrit : la base de données (schéma {schema}) et %n fichier joint</numerusform>
                <numerusform>{file} écrit : la base de données (schéma {schema}) et %n fichiers joints</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored the backup of {created} into the team database {where}: {rows} in {tables} and {files}; every table's count and checksum, and every file's, agree with the backup.</source>
            <translation>Sauvegarde restaurée dans la base de données d'équipe {where} (créée : {created}) : {rows} dans {tables} et {files} ; le nombre de lignes et la somme de contrôle de chaque table, ainsi que la somme de contrôle de chaque fichier, concordent avec la sauvegarde.</translation>
        </message>
        <message>
            <source>Restored the backup of {created} into {folder}; the previous database is kept as {kept}</source>
            <translation>Sauvegarde restaurée dans {folder} (créée : {created}) ; la base de données précédente est conservée sous {kept}</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>{folder} already holds a TalentDesk database; choose a new folder.</source>
            <translation>{folder} contient déjà une base de données TalentDesk ; choisissez un nouveau dossier.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase secrète : </translation>
        </message>
        <message>
            <source>give the new passphrase with ${variable}, --new-passphrase-file FILE, or run it in a terminal to be asked.</source>
            <translation>donnez la nouvelle phrase secrète via ${variable}, --new-passphrase-file FILE, ou en lançant la commande dans un terminal pour la saisir.</translation>
        </message>
        <message>
            <source>the new passphrase is too short: {reason}</source>
            <translation>la nouvelle phrase secrète est trop courte : {reason}</translation>
        </message>
        <message>
            <source>{folder} is encrypted</source>
            <translation>{folder} est chiffré</translation>
        </message>
        <message>
            <source>{folder} is not encrypted</source>
            <translation>{folder} n'est pas chiffré</translation>
        </message>
        <message>
            <source>(encryption needs the SQLCipher driver: {hint})</source>
            <translation>(le chiffrement nécessite le pilote SQLCipher : {hint})</translation>
        </message>
        <message>
            <source>this data folder is already encrypted; use “encryption change” for a new passphrase.</source>
            <translation>ce dossier de données est déjà chiffré ; utilisez “encryption change” pour changer de phrase secrète.</translation>
        </message>
        <message>
            <source>this data folder is not encrypted; use “encryption on” to encrypt it.</source>
            <translation>ce dossier de données n'est pas chiffré ; utilisez “encryption on” pour le chiffrer.</translation>
        </message>
        <message>
            <source>{folder} is now encrypted: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} est désormais chiffré : la base de données, ses sauvegardes et les fichiers sensibles. Une copie de l'état antérieur est conservée sous {copy}.</translation>
        </message>
        <message>
            <source>{folder} has its new passphrase: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} a sa nouvelle phrase secrète : la base de données, ses sauvegardes et les fichiers sensibles. Une copie de l'état antérieur est conservée sous {copy}.</translation>
        </message>
        <message>
            <source>{folder} is stored unencrypted again: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} est de nouveau stocké en clair : la base de données, ses sauvegardes et les fichiers sensibles. Une copie de l'état antérieur est conservée sous {copy}.</translation>
        </message>
        <message>
            <source>{folder} holds no TalentDesk database.</source>
            <translation>{folder} ne contient aucune base de données TalentDesk.</translation>
        </message>
        <message>
            <source>{file}: the output file should end in .pdf.</source>
            <translation>{file} : le fichier de sortie doit se terminer par .pdf.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} n'est pas un dossier.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n page(s)): {title}</source>
            <translation>
                <numerusform>{file} écrit (%n page) : {title}</numerusform>
                <numerusform>{file} écrit (%n pages) : {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review: the queue is empty.</source>
            <translation>Rien à passer en revue : la file est vide.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in the queue.</source>
            <translation>
                <numerusform>%n carte dans la file.</numerusform>
                <numerusform>%n cartes dans la file.</numerusform>
            </translation>
        </message>
        <message>
            <source>--to names a team database by its postgresql:// URL, not “{url}”.</source>
            <translation>--to désigne une base de données d'équipe par son URL postgresql://, pas par « {url} ».</translation>
        </message>
        <message>
            <source>{folder} is not empty: transfer only into a new folder. Nothing was written.</source>
            <translation>{folder} n'est pas vide : le transfert se fait uniquement vers un nouveau dossier. Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {target}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Copie terminée : {rows} dans {tables} et {files} vers {target} ; le nombre de lignes et la somme de contrôle de chaque table, ainsi que la somme de contrôle de chaque fichier, concordent avec la source.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Copie terminée : {rows} dans {tables} et {files} vers {folder} ; le nombre de lignes et la somme de contrôle de chaque table, ainsi que la somme de contrôle de chaque fichier, concordent avec la source.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s)</source>
            <translation>
                <numerusform>%Ln fichier stocké</numerusform>
                <numerusform>%Ln fichiers stockés</numerusform>
            </translation>
        </message>
        <message>
            <source>Submission to approval</source>
            <translation>De la soumission à l'approbation</translation>
        </message>
        <message>
            <source>Submission to payment</source>
            <translation>De la soumission au paiement</translation>
        </message>
        <message>
            <source>Hourly weeks paid on time</source>
            <translation>Semaines à l'heure payées dans les délais</translation>
        </message>
        <message>
            <source>My answer time</source>
            <translation>Mon délai de réponse</translation>
        </message>
        <message>
            <source>Feedback I received</source>
            <translation>Avis reçus</translation>
        </message>
        <message>
            <source>People hired more than once</source>
            <translation>Personnes engagées plusieurs fois</translation>
        </message>
        <message>
            <source>Average relationship</source>
            <translation>Durée moyenne de la relation</translation>
        </message>
        <message>
            <source>Contracts ended</source>
            <translation>Contrats terminés</translation>
        </message>
        <message>
            <source>Bonuses and thanks per contract</source>
            <translation>Primes et remerciements par contrat</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to your approval. A milestone not approved within 14 days was released by the marketplace and counts as 14 days.</source>
            <translation>Nombre médian de jours entre la soumission d'un jalon et votre approbation. Un jalon non approuvé sous 14 jours a été libéré par la plateforme et compte pour 14 jours.</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to its payment.</source>
            <translation>Nombre médian de jours entre la soumission d'un jalon et son paiement.</translation>
        </message>
        <message>
            <source>Hourly weeks whose payment went out within the days set in the settings after the week ended.</source>
            <translation>Semaines à l'heure dont le paiement est parti, après la fin de la semaine, dans le délai fixé dans les paramètres.</translation>
        </message>
        <message>
            <source>Median working time you took to answer their first message since your last one, counted in the working hours of either side, weekends left out.</source>
            <translation>Temps de travail médian que vous avez mis à répondre au premier message reçu après votre dernier, compté dans les heures de travail de l'une ou l'autre partie, hors week-ends.</translation>
        </message>
        <message>
            <source>The average of the feedback people gave you, and their comments.</source>
            <translation>La moyenne des avis que les gens vous ont laissés, et leurs commentaires.</translation>
        </message>
        <message>
            <source>Of the people with a contract running in the period, the share you hired again (a renewal is the same engagement).</source>
            <translation>Parmi les personnes ayant un contrat en cours sur la période, la part que vous avez réengagée (un renouvellement reste la même collaboration).</translation>
        </message>
        <message>
            <source>From someone's first contract to their last one's end, on average.</source>
            <translation>Du premier contrat d'une personne à la fin de son dernier, en moyenne.</translation>
        </message>
        <message>
            <source>Contracts that ended in the period: who ended them, and why.</source>
            <translation>Contrats terminés sur la période : qui y a mis fin, et pourquoi.</translation>
        </message>
        <message>
            <source>Bonuses and praise given in the period, per contract running in it.</source>
            <translation>Primes et compliments donnés sur la période, par contrat en cours.</translation>
        </message>
        <message>
            <source>No milestone submitted in this period</source>
            <translation>Aucun jalon soumis sur cette période</translation>
        </message>
        <message>
            <source>No hourly week paid in this period</source>
            <translation>Aucune semaine à l'heure payée sur cette période</translation>
        </message>
        <message>
            <source>No answered message from them in this period</source>
            <translation>Aucun message de leur part suivi d'une réponse sur cette période</translation>
        </message>
        <message>
            <source>No feedback received in this period</source>
            <translation>Aucun avis reçu sur cette période</translation>
        </message>
        <message>
            <source>Nobody worked with in this period</source>
            <translation>Aucune collaboration sur cette période</translation>
        </message>
        <message>
            <source>No contract ended in this period</source>
            <translation>Aucun contrat terminé sur cette période</translation>
        </message>
        <message>
            <source>No contract running in this period</source>
            <translation>Aucun contrat en cours sur cette période</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
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
            <translation>{score} sur 5</translation>
        </message>
        <message>
            <source>{me} by me · {them} by them</source>
            <translation>{me} par moi · {them} par eux</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n jalon</numerusform>
                <numerusform>%n jalons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n released automatically</source>
            <translation>
                <numerusform>%n libéré automatiquement</numerusform>
                <numerusform>%n libérés automatiquement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) paid</source>
            <translation>
                <numerusform>%n jalon payé</numerusform>
                <numerusform>%n jalons payés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>%n question avec réponse</numerusform>
                <numerusform>%n questions avec réponse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n avis</numerusform>
                <numerusform>%n avis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{again} of %n people</source>
            <translation>
                <numerusform>{again} sur %n personne</numerusform>
                <numerusform>{again} sur %n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n terminé</numerusform>
                <numerusform>%n terminés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n non renseigné</numerusform>
                <numerusform>%n non renseignés</numerusform>
            </translation>
        </message>
        <message>
            <source>most often: {reason}</source>
            <translation>le plus souvent : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n prime</numerusform>
                <numerusform>%n primes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thanks</source>
            <translation>
                <numerusform>%n remerciement</numerusform>
                <numerusform>%n remerciements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrat</numerusform>
                <numerusform>%n contrats</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to compare with before</source>
            <translation>rien à comparer avec la période précédente</translation>
        </message>
        <message>
            <source>{n} by me the period before</source>
            <translation>{n} par moi sur la période précédente</translation>
        </message>
        <message>
            <source>same as before ({before})</source>
            <translation>inchangé ({before})</translation>
        </message>
        <message>
            <source>▲ from {before}, better</source>
            <translation>▲ par rapport à {before}, mieux</translation>
        </message>
        <message>
            <source>▲ from {before}, worse</source>
            <translation>▲ par rapport à {before}, moins bien</translation>
        </message>
        <message>
            <source>▼ from {before}, better</source>
            <translation>▼ par rapport à {before}, mieux</translation>
        </message>
        <message>
            <source>▼ from {before}, worse</source>
            <translation>▼ par rapport à {before}, moins bien</translation>
        </message>
        <message>
            <source>released automatically</source>
            <translation>libéré automatiquement</translation>
        </message>
        <message>
            <source>still waiting</source>
            <translation>toujours en attente</translation>
        </message>
        <message>
            <source>late</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>by me</source>
            <translation>par moi</translation>
        </message>
        <message>
            <source>by them</source>
            <translation>par eux</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>prime</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>compliment</translation>
        </message>
        <message>
            <source>thanks</source>
            <translation>remerciement</translation>
        </message>
        <message>
            <source>quoted</source>
            <translation>cité</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>dans les délais</translation>
        </message>
        <message numerus="yes">
            <source>%n engagement(s)</source>
            <translation>
                <numerusform>%n collaboration</numerusform>
                <numerusform>%n collaborations</numerusform>
            </translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>Année fiscale</translation>
        </message>
        <message>
            <source>{start} to {end} · amounts in {currency} at the rate of each payment's date</source>
            <translation>Du {start} au {end} · montants en {currency} au taux de la date de chaque paiement</translation>
        </message>
        <message>
            <source>Nothing was paid in this tax year.</source>
            <translation>Rien n'a été payé sur cette année fiscale.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nom légal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Missing tax details</source>
            <translation>Informations fiscales manquantes</translation>
        </message>
        <message>
            <source>Everyone paid has a legal name, a country and a tax form on file.</source>
            <translation>Toutes les personnes payées ont un nom légal, un pays et un formulaire fiscal enregistrés.</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulaire fiscal</translation>
        </message>
        <message>
            <source>none on file</source>
            <translation>aucun enregistré</translation>
        </message>
        <message>
            <source>In their currencies</source>
            <translation>Dans leurs devises</translation>
        </message>
        <message>
            <source>Availability of {name}</source>
            <translation>Disponibilité de {name}</translation>
        </message>
        <message>
            <source>What {name} told you: the hours a week on offer, and the days away. The planner and the bench's Free column take their running contracts off what they offer.</source>
            <translation>Ce que {name} vous a indiqué : les heures proposées par semaine et les jours d'absence. Le planificateur et la colonne Libre du vivier déduisent ses contrats en cours des heures proposées.</translation>
        </message>
        <message>
            <source>&amp;Offers hours each week</source>
            <translation>&amp;Propose des heures chaque semaine</translation>
        </message>
        <message>
            <source>Leave unticked while you do not know: they are shown as “not set”, never as a full week</source>
            <translation>Laissez décoché tant que vous ne savez pas : la personne apparaît comme « non renseignée », jamais comme disponible toute la semaine</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h par semaine</translation>
        </message>
        <message>
            <source>Away periods</source>
            <translation>Périodes d'absence</translation>
        </message>
        <message>
            <source>e.g. Holiday</source>
            <translation>p. ex. Congés</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Add the days from and to (both included) as away</source>
            <translation>Ajouter comme absence les jours indiqués (premier et dernier inclus)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Remove the selected away period</source>
            <translation>Supprimer la période d'absence sélectionnée</translation>
        </message>
        <message>
            <source>Away (from – to, note):</source>
            <translation>Absence (du – au, note) :</translation>
        </message>
        <message>
            <source>To: must be on or after From.</source>
            <translation>Au : doit être égal ou postérieur à Du.</translation>
        </message>
        <message>
            <source>Set availability</source>
            <translation>Définir la disponibilité</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Taux de change</translation>
        </message>
        <message>
            <source>How many units of each currency one euro bought on a day, as the European Central Bank publishes them. A payment takes the rate of its date (the nearest earlier day with one); totals are given in your home currency.</source>
            <translation>Combien d'unités de chaque devise un euro permettait d'acheter un jour donné, tels que la Banque centrale européenne les publie. Un paiement prend le taux de sa date (le jour antérieur le plus proche qui en a un) ; les totaux sont donnés dans votre devise de référence.</translation>
        </message>
        <message>
            <source>Show the rates of</source>
            <translation>Afficher les taux de</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Toutes les devises</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Per euro</source>
            <translation>Pour un euro</translation>
        </message>
        <message>
            <source>No rates yet. Import the ECB's file (eurofxref-hist.zip from its website) or type a rate below.</source>
            <translation>Aucun taux pour l'instant. Importez le fichier de la BCE (eurofxref-hist.zip, sur son site) ou saisissez un taux ci-dessous.</translation>
        </message>
        <message>
            <source>Remove the selected rate (Edit → Undo brings it back)</source>
            <translation>Supprimer le taux sélectionné (Édition → Annuler le rétablit)</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
        <message>
            <source>The ECB's eurofxref CSV or ZIP, or a date,currency,rate CSV</source>
            <translation>Le CSV ou ZIP eurofxref de la BCE, ou un CSV date,devise,taux</translation>
        </message>
        <message>
            <source>Day of the rate</source>
            <translation>Jour du taux</translation>
        </message>
        <message>
            <source>Currency of the rate</source>
            <translation>Devise du taux</translation>
        </message>
        <message>
            <source>units per euro, e.g. 1.0856</source>
            <translation>unités pour un euro, p. ex. 1.0856</translation>
        </message>
        <message>
            <source>Units of the currency one euro bought</source>
            <translation>Unités de la devise qu'un euro permettait d'acheter</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>A&amp;jouter le taux</translation>
        </message>
        <message>
            <source>Keep this rate for the day (replacing one already kept for that currency and day)</source>
            <translation>Conserver ce taux pour ce jour (il remplace celui déjà conservé pour cette devise et ce jour)</translation>
        </message>
        <message>
            <source>Home currency: {currency}.</source>
            <translation>Devise de référence : {currency}.</translation>
        </message>
        <message>
            <source>{currency}: {count} from {first} to {last}</source>
            <translation>{currency} : {count} du {first} au {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n taux</numerusform>
                <numerusform>%n taux</numerusform>
            </translation>
        </message>
        <message>
            <source>Add exchange rate</source>
            <translation>Ajouter un taux de change</translation>
        </message>
        <message>
            <source>Remove exchange rate</source>
            <translation>Supprimer un taux de change</translation>
        </message>
        <message>
            <source>Changed meanwhile</source>
            <translation>Modifié entre-temps</translation>
        </message>
        <message>
            <source>Reload shows what it says now, and what you typed here is lost. Cancel keeps your typing, to copy it before reloading.</source>
            <translation>« Recharger » affiche le contenu actuel, et ce que vous avez saisi ici est perdu. « Annuler » conserve votre saisie, pour que vous puissiez la copier avant de recharger.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>Co&amp;nnect to a team database…</source>
            <translation>Se co&amp;nnecter à une base de données d'équipe…</translation>
        </message>
        <message>
            <source>Work on data shared with your team on a PostgreSQL server</source>
            <translation>Travailler sur des données partagées avec votre équipe sur un serveur PostgreSQL</translation>
        </message>
        <message>
            <source>Use my &amp;local data</source>
            <translation>Utiliser mes données &amp;locales</translation>
        </message>
        <message>
            <source>Go back to the data kept on this computer, in {folder}</source>
            <translation>Revenir aux données conservées sur cet ordinateur, dans {folder}</translation>
        </message>
    </context>
    <context>
        <name>AccessTab</name>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordé le</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>À révoquer avant le</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué le</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>Accorder…</translation>
        </message>
        <message>
            <source>Record access or equipment given</source>
            <translation>Enregistrer un accès accordé ou du matériel prêté</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Record that it was taken back today</source>
            <translation>Noter qu'il a été repris aujourd'hui</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Correct what was recorded (Enter)</source>
            <translation>Corriger ce qui a été enregistré (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Remove a grant recorded by mistake (Del)</source>
            <translation>Supprimer un accès enregistré par erreur (Del)</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Fin de mission</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Tick / untick</source>
            <translation>Cocher / décocher</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>open</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>{n} still open.</source>
            <translation>Encore en suspens : {n}.</translation>
        </message>
        <message>
            <source>No access granted. Record code hosts, chat workspaces, drives and equipment here so that ending the contract can list what to take back.</source>
            <translation>Aucun accès accordé. Enregistrez ici les dépôts de code, messageries d'équipe, espaces de stockage et le matériel, pour que la fin du contrat liste ce qu'il faut récupérer.</translation>
        </message>
        <message>
            <source>Remove the record of “{system}”, granted on {day}? To record that it was taken back, use Revoke instead.</source>
            <translation>Supprimer l'enregistrement de « {system} », accordé le {day} ? Pour noter qu'il a été repris, utilisez plutôt Révoquer.</translation>
        </message>
        <message>
            <source>Remove access grant</source>
            <translation>Supprimer l'accès accordé</translation>
        </message>
        <message>
            <source>Removed “{system}”</source>
            <translation>« {system} » supprimé</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Révoquer l'accès</translation>
        </message>
        <message>
            <source>Tick offboarding item</source>
            <translation>Cocher un élément de fin de mission</translation>
        </message>
    </context>
    <context>
        <name>AppreciationDialog</name>
        <message>
            <source>Praise sent</source>
            <translation>Compliment envoyé</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Témoignage demandé</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Témoignage reçu</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Recommandation faite</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Prime de remerciement</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Remercier</translation>
        </message>
        <message>
            <source>Be specific about what you liked and how it helped. Specific praise is remembered; “great job” is not.</source>
            <translation>Précisez ce que vous avez apprécié et en quoi cela a aidé. On se souvient d'un compliment précis, pas d'un « bon travail ».</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Personne</translation>
        </message>
        <message>
            <source>Type a name to find the person</source>
            <translation>Tapez un nom pour trouver la personne</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrat</translation>
        </message>
        <message>
            <source>&amp;What you appreciated</source>
            <translation>Ce que vous avez &amp;apprécié</translation>
        </message>
        <message>
            <source>e.g. The clear hand-over notes on the billing migration saved me a day of questions.</source>
            <translation>par ex. Les notes de passation claires sur la migration de la facturation m'ont épargné une journée de questions.</translation>
        </message>
        <message>
            <source>&amp;Bonus amount</source>
            <translation>&amp;Montant de la prime</translation>
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation>par ex. 150.00</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
    </context>
    <context>
        <name>BenchModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Son nom</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titre de profil</translation>
        </message>
        <message>
            <source>What they do, in a line</source>
            <translation>Ce que fait la personne, en une ligne</translation>
        </message>
        <message>
            <source>Top skills</source>
            <translation>Compétences clés</translation>
        </message>
        <message>
            <source>Their strongest skills (sorted by the best one)</source>
            <translation>Ses meilleures compétences (de la plus forte à la moins forte)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Their current rate (the newest effective-dated rate)</source>
            <translation>Son tarif actuel (celui dont la date d'effet est la plus récente)</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Heure locale</translation>
        </message>
        <message>
            <source>The time where they are, now</source>
            <translation>L'heure qu'il est en ce moment là où se trouve la personne</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>Hours of their working day that fall inside mine, today</source>
            <translation>Heures de sa journée de travail qui tombent dans la mienne, aujourd'hui</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>Free hours this week · next week: the hours they offer, less their running contracts and away days (sorted by the hours they offer)</source>
            <translation>Heures libres cette semaine · la semaine prochaine : les heures proposées, moins les contrats en cours et les jours d'absence (tri selon les heures proposées)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Average of my private reviews (1–5)</source>
            <translation>Moyenne de mes évaluations privées (1–5)</translation>
        </message>
        <message>
            <source>Last worked</source>
            <translation>Dernière collaboration</translation>
        </message>
        <message>
            <source>When a contract with them last ran</source>
            <translation>La dernière fois qu'un contrat avec la personne était en cours</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Statut dans le vivier</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favori</translation>
        </message>
    </context>
    <context>
        <name>BenchView</name>
        <message>
            <source>People on the bench</source>
            <translation>Personnes du vivier</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Log a message, call or meeting…</source>
            <translation>Noter un message, un appel ou une réunion…</translation>
        </message>
        <message>
            <source>Contract or not: calls and messages count as contact (Ctrl+L)</source>
            <translation>Avec ou sans contrat : appels et messages comptent comme prises de contact (Ctrl+L)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Feedback, reviews, praise, bonuses and rate changes of this person</source>
            <translation>Avis, évaluations, compliments, primes et changements de tarif de cette personne</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Files kept with this person and the classification check</source>
            <translation>Fichiers conservés avec cette personne et contrôle de requalification</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Vivier</translation>
        </message>
        <message>
            <source>Search the bench</source>
            <translation>Rechercher dans le vivier</translation>
        </message>
        <message>
            <source>New talent…</source>
            <translation>Nouveau talent…</translation>
        </message>
        <message>
            <source>Add a person to the bench (Ctrl+N)</source>
            <translation>Ajouter une personne au vivier (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected person (Enter)</source>
            <translation>Modifier la personne sélectionnée (Enter)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Réengager…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Commencer un nouveau contrat prérempli à partir du dernier</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favori</translation>
        </message>
        <message>
            <source>Mark or unmark the selected people as favourites</source>
            <translation>Ajouter les personnes sélectionnées aux favoris ou les en retirer</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Remercier…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Enregistrer un compliment précis, un témoignage, une recommandation ou une prime de remerciement</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with the selected person (Ctrl+L)</source>
            <translation>Noter un message, un appel, une réunion ou une note avec la personne sélectionnée (Ctrl+L)</translation>
        </message>
        <message>
            <source>Availability…</source>
            <translation>Disponibilité…</translation>
        </message>
        <message>
            <source>The hours a week the selected person offers, and when they are away (the planner and the Free column use them)</source>
            <translation>Les heures par semaine que propose la personne sélectionnée, et ses absences (utilisées par le planificateur et la colonne Libre)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>A dossier of the selected person to print or send</source>
            <translation>Un dossier de la personne sélectionnée, à imprimer ou à envoyer</translation>
        </message>
        <message>
            <source>Do not rehire…</source>
            <translation>Ne pas réengager…</translation>
        </message>
        <message>
            <source>Mark the selected people as not to be rehired, with a reason</source>
            <translation>Marquer les personnes sélectionnées comme à ne pas réengager, avec un motif</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Hide the selected people from the bench (Delete); nothing is lost</source>
            <translation>Masquer les personnes sélectionnées du vivier (Delete) ; rien n'est perdu</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Désarchiver</translation>
        </message>
        <message>
            <source>Bring the selected people back onto the bench</source>
            <translation>Remettre les personnes sélectionnées dans le vivier</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete a person with no contracts, for good</source>
            <translation>Supprimer définitivement une personne sans contrat</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Définir le statut</translation>
        </message>
        <message>
            <source>Active or on bench, from their contracts</source>
            <translation>Actif ou dans le vivier, selon les contrats</translation>
        </message>
        <message>
            <source>Shown Active while a contract runs, On bench otherwise</source>
            <translation>Affiché Actif pendant un contrat, Dans le vivier sinon</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Availability, status, do-not-rehire, archive and delete</source>
            <translation>Disponibilité, statut, à ne pas réengager, archivage et suppression</translation>
        </message>
        <message>
            <source>Your bench is empty</source>
            <translation>Votre vivier est vide</translation>
        </message>
        <message>
            <source>The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, contracts and reviews, so the next hire starts from people you already trust.

Add the first person by hand, or import a marketplace history from the File menu.</source>
            <translation>Le vivier garde toutes les personnes avec qui vous avez travaillé ou aimeriez travailler : leurs compétences, tarifs, fuseau horaire, contrats et évaluations, pour que la prochaine embauche parte de personnes en qui vous avez déjà confiance.

Ajoutez la première personne à la main, ou importez un historique de plateforme depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>Add someone to the bench…</source>
            <translation>Ajouter quelqu'un au vivier…</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>No one on the bench matches this search and these filters.</source>
            <translation>Personne dans le vivier ne correspond à cette recherche et à ces filtres.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark favourite</source>
            <translation>Marquer comme favori</translation>
        </message>
        <message>
            <source>Unmark favourite</source>
            <translation>Retirer des favoris</translation>
        </message>
        <message>
            <source>Set status to {status}</source>
            <translation>Définir le statut sur {status}</translation>
        </message>
        <message>
            <source>{who} set to {status}</source>
            <translation>{who} : statut {status}</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>À ne pas réengager</translation>
        </message>
        <message numerus="yes">
            <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
            <translation>
                <numerusform>Pourquoi ne pas réengager cette personne ? Le motif sera affiché chaque fois qu'elle apparaîtra.</numerusform>
                <numerusform>Pourquoi ne pas réengager ces %n personnes ? Le motif sera affiché chaque fois qu'elles apparaîtront.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: a reason is needed to mark someone do-not-rehire.</source>
            <translation>Rien n'a été modifié : un motif est nécessaire pour marquer quelqu'un à ne pas réengager.</translation>
        </message>
        <message>
            <source>Mark do not rehire</source>
            <translation>Marquer à ne pas réengager</translation>
        </message>
        <message>
            <source>{who} marked do not rehire</source>
            <translation>{who} : à ne pas réengager</translation>
        </message>
        <message>
            <source>Archived {who}</source>
            <translation>Archivé : {who}</translation>
        </message>
        <message>
            <source>Bring back from the archive</source>
            <translation>Sortir de l'archive</translation>
        </message>
        <message>
            <source>Brought back {who}</source>
            <translation>Sorti de l'archive : {who}</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>Supprimer {name} ?</translation>
        </message>
        <message>
            <source>Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings them back during this session. Archiving hides them and keeps everything.</source>
            <translation>Supprimer {name} ainsi que ses coordonnées, compétences et tarifs ? Édition ▸ Annuler permet de revenir en arrière pendant cette session. L'archivage masque la personne et conserve tout.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Supprimer la personne</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>Supprimé : {name}</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <source>Archive instead</source>
            <translation>Archiver plutôt</translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>Modifié</translation>
        </message>
        <message numerus="yes">
            <source>The database file has %Ln problem(s), listed below.</source>
            <translation>
                <numerusform>Le fichier de la base de données présente %Ln problème, indiqué ci-dessous.</numerusform>
                <numerusform>Le fichier de la base de données présente %Ln problèmes, indiqués ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file is sound.</source>
            <translation>Le fichier de la base de données est sain.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln stored file(s), {missing} and {altered}.</source>
            <translation>
                <numerusform>Sur %Ln fichier stocké : {missing} et {altered}.</numerusform>
                <numerusform>Sur %Ln fichiers stockés : {missing} et {altered}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>%Ln manquant</numerusform>
                <numerusform>%Ln manquants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln altered</source>
            <translation>
                <numerusform>%Ln modifié</numerusform>
                <numerusform>%Ln modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
            <translation>
                <numerusform>%Ln fichier stocké correspond à son empreinte (SHA-256).</numerusform>
                <numerusform>%Ln fichiers stockés correspondent à leur empreinte (SHA-256).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The kept figures of %Ln person(s) (last contact, score, last worked) did not match their records; they were worked out again.</source>
            <translation>
                <numerusform>Les chiffres conservés de %Ln personne (dernier contact, note, dernière collaboration) ne correspondaient pas à ses données ; ils ont été recalculés.</numerusform>
                <numerusform>Les chiffres conservés de %Ln personnes (dernier contact, note, dernière collaboration) ne correspondaient pas à leurs données ; ils ont été recalculés.</numerusform>
            </translation>
        </message>
        <message>
            <source>A missing or altered file can be added again from its contract's Files tab. A damaged database can be put back from File → Restore a daily copy…</source>
            <translation>Un fichier manquant ou modifié peut être ajouté à nouveau depuis l'onglet Fichiers de son contrat. Une base de données endommagée peut être rétablie avec Fichier → Restaurer une copie quotidienne…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Vérifier la base de données</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Peut-être</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Mid-contract check-in</source>
            <translation>Point d'étape en cours de contrat</translation>
        </message>
        <message>
            <source>A private review while the work goes on: it stays on this computer and adds a point to the person's trend. 1 is poor, 5 is excellent; choose every rating.</source>
            <translation>Une évaluation privée pendant que le travail se poursuit : elle reste sur cet ordinateur et ajoute un point à la tendance de la personne. 1 signifie insuffisant, 5 excellent ; attribuez chaque note.</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrat</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Skills</source>
            <translation>Com&amp;pétences</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Choisissez de 1 à 5 étoiles</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Qualité</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>Disponi&amp;bilité</translation>
        </message>
        <message>
            <source>D&amp;eadlines</source>
            <translation>Dé&amp;lais</translation>
        </message>
        <message>
            <source>C&amp;ommunication</source>
            <translation>Co&amp;mmunication</translation>
        </message>
        <message>
            <source>Coo&amp;peration</source>
            <translation>C&amp;oopération</translation>
        </message>
        <message>
            <source>&amp;Would rehire</source>
            <translation>&amp;Réengagement</translation>
        </message>
        <message>
            <source>&amp;Recommend (0–10)</source>
            <translation>R&amp;ecommandation (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Probabilité que vous recommandiez cette personne, de 0 à 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>What is going well, what to raise with them</source>
            <translation>Ce qui se passe bien, ce qu'il faut aborder avec la personne</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialog</name>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>They do</source>
            <translation>Le prestataire</translation>
        </message>
        <message>
            <source>Both of us</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Classification check — {title}</source>
            <translation>Contrôle de requalification — {title}</translation>
        </message>
        <message>
            <source>From your records:</source>
            <translation>Selon vos données :</translation>
        </message>
        <message numerus="yes">
            <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
            <translation>
                <numerusform>• %n jour depuis le début ; {hours:.1f} heures par semaine {window}</numerusform>
                <numerusform>• %n jours depuis le début ; {hours:.1f} heures par semaine {window}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over the last %n week(s)</source>
            <translation>
                <numerusform>sur la dernière semaine</numerusform>
                <numerusform>sur les %n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>• equipment lent in the access register</source>
            <translation>• matériel prêté dans le registre des accès</translation>
        </message>
        <message>
            <source>• no equipment in the access register</source>
            <translation>• aucun matériel dans le registre des accès</translation>
        </message>
        <message>
            <source>• an agreement is among the files</source>
            <translation>• un contrat écrit figure parmi les fichiers</translation>
        </message>
        <message>
            <source>• no agreement among the files</source>
            <translation>• aucun contrat écrit parmi les fichiers</translation>
        </message>
        <message>
            <source>Nothing here looks like employment.</source>
            <translation>Rien ici ne ressemble à un emploi salarié.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Pourquoi :</translation>
        </message>
        <message>
            <source>What to change:</source>
            <translation>Ce qu'il faut changer :</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Contrôle de requalification</translation>
        </message>
        <message>
            <source>About this contract</source>
            <translation>À propos de ce contrat</translation>
        </message>
        <message>
            <source>Who sets the working &amp;hours?</source>
            <translation>Qui fixe les &amp;horaires de travail ?</translation>
        </message>
        <message>
            <source>Who sets the &amp;place of work?</source>
            <translation>Qui fixe le &amp;lieu de travail ?</translation>
        </message>
        <message>
            <source>Who supplies the &amp;equipment?</source>
            <translation>Qui fournit le &amp;matériel ?</translation>
        </message>
        <message>
            <source>E&amp;xclusive: they may not work for other clients</source>
            <translation>E&amp;xclusivité : le prestataire ne peut pas travailler pour d'autres clients</translation>
        </message>
        <message>
            <source>&amp;Open-ended: no end date or defined deliverable</source>
            <translation>&amp;Durée indéterminée : ni date de fin ni livrable défini</translation>
        </message>
        <message>
            <source>There is a &amp;written contract</source>
            <translation>Il existe un contrat é&amp;crit</translation>
        </message>
        <message>
            <source>The work is the &amp;core of my business</source>
            <translation>Le travail est au cœur de mon &amp;activité</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Prefer (encrypted when the server offers it)</source>
            <translation>Préférer (chiffré si le serveur le propose)</translation>
        </message>
        <message>
            <source>Require (always encrypted)</source>
            <translation>Exiger (toujours chiffré)</translation>
        </message>
        <message>
            <source>Verify the certificate authority</source>
            <translation>Vérifier l'autorité de certification</translation>
        </message>
        <message>
            <source>Verify the certificate and server name</source>
            <translation>Vérifier le certificat et le nom du serveur</translation>
        </message>
        <message>
            <source>Disable (never encrypted)</source>
            <translation>Désactiver (jamais chiffré)</translation>
        </message>
        <message>
            <source>Allow (encrypted only when the server insists)</source>
            <translation>Autoriser (chiffré seulement si le serveur l'exige)</translation>
        </message>
        <message>
            <source>Connect to a team database</source>
            <translation>Se connecter à une base de données d'équipe</translation>
        </message>
        <message>
            <source>Work on a team database on a PostgreSQL server, with the others on your team. Your local data stays where it is; File → Use my local data goes back to it.</source>
            <translation>Travaillez sur une base de données d'équipe hébergée sur un serveur PostgreSQL, avec les autres membres de votre équipe. Vos données locales restent où elles sont ; Fichier → Utiliser mes données locales permet d'y revenir.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>postgresql://me@server:5432/team — paste one to fill in the rest</source>
            <translation>postgresql://me@server:5432/team — collez une adresse pour remplir le reste</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>db.example.com</source>
            <translation>db.example.com</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nom d'utilisateur :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>empty: from the keyring or libpq's password file</source>
            <translation>vide : depuis le trousseau ou le fichier de mots de passe de libpq</translation>
        </message>
        <message>
            <source>SS&amp;L:</source>
            <translation>SS&amp;L :</translation>
        </message>
        <message>
            <source>&amp;Save the password in this computer's keyring</source>
            <translation>&amp;Enregistrer le mot de passe dans le trousseau de cet ordinateur</translation>
        </message>
        <message>
            <source>Unticked, the password is used until TalentDesk closes and is asked again next time. It is never written to the settings.</source>
            <translation>Case décochée, le mot de passe sert jusqu'à la fermeture de TalentDesk et sera redemandé la prochaine fois. Il n'est jamais écrit dans les paramètres.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Ask the server now, without switching to it</source>
            <translation>Interroger le serveur maintenant, sans basculer dessus</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Test de la connexion…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>✓ Connected to {where}. It is empty: TalentDesk sets it up when you connect, and “talentdesk transfer --to URL” copies your local data into it.</source>
            <translation>✓ Connecté à {where}. La base de données est vide : TalentDesk la prépare lors de la connexion, et « talentdesk transfer --to URL » y copie vos données locales.</translation>
        </message>
        <message>
            <source>✓ Connected to {where}: a TalentDesk team database.</source>
            <translation>✓ Connecté à {where} : une base de données d'équipe TalentDesk.</translation>
        </message>
        <message>
            <source>Not connected: see the detail marked above.</source>
            <translation>Non connecté : voir le détail signalé ci-dessus.</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Draft: still being written. Offered: sent, waiting for a yes. Active: the work has started.</source>
            <translation>Brouillon : en cours de rédaction. Proposé : envoyé, en attente d'acceptation. Actif : le travail a commencé.</translation>
        </message>
        <message>
            <source>Edit contract</source>
            <translation>Modifier le contrat</translation>
        </message>
        <message>
            <source>Renew contract</source>
            <translation>Renouveler le contrat</translation>
        </message>
        <message>
            <source>This contract renews contract #{id}; the two are shown as one engagement.</source>
            <translation>Ce contrat renouvelle le contrat #{id} ; les deux sont présentés comme une seule collaboration.</translation>
        </message>
        <message>
            <source>(archived) #{id}</source>
            <translation>(archivé) #{id}</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Saisissez un nom…</translation>
        </message>
        <message>
            <source>No one is on the bench yet: add a person first (Ctrl+N).</source>
            <translation>Personne dans le vivier pour le moment : ajoutez d'abord une personne (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;Rate per hour</source>
            <translation>&amp;Tarif horaire</translation>
        </message>
        <message>
            <source>Fixed &amp;price</source>
            <translation>&amp;Prix fixe</translation>
        </message>
        <message>
            <source>Hourly &amp;equivalent</source>
            <translation>&amp;Équivalent horaire</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Tarif</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>Nouveau contrat</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>&amp;Avec</translation>
        </message>
        <message>
            <source>The person this contract is with (type to search)</source>
            <translation>La personne avec qui ce contrat est conclu (tapez pour chercher)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <source>e.g. Mobile app redesign</source>
            <translation>par ex. Refonte de l'application mobile</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>Hourly: paid per hour worked. Fixed price: one price for the whole job. Retainer: a weekly payment for standing availability.</source>
            <translation>À l'heure : payé pour chaque heure travaillée. Prix fixe : un seul prix pour l'ensemble du travail. Abonnement : un versement hebdomadaire pour une disponibilité permanente.</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>ISO 4217 currency code</source>
            <translation>Code de devise ISO 4217</translation>
        </message>
        <message>
            <source>Weekly &amp;limit</source>
            <translation>Pla&amp;fond hebdomadaire</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Illimité</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>The most hours a week they may bill; 0 means unlimited</source>
            <translation>Le nombre maximal d'heures facturables par semaine ; 0 signifie illimité</translation>
        </message>
        <message>
            <source>Weekly &amp;payment</source>
            <translation>Ve&amp;rsement hebdomadaire</translation>
        </message>
        <message>
            <source>for a retainer</source>
            <translation>pour un abonnement</translation>
        </message>
        <message>
            <source>Original &amp;budget</source>
            <translation>&amp;Budget initial</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>What you expect the whole contract to cost; the workroom shows how far it runs over. Left empty: the fixed price, or the weekly terms until the end date.</source>
            <translation>Ce que le contrat devrait coûter au total ; l'espace de travail indique de combien il le dépasse. Laissé vide : le prix fixe, ou les conditions hebdomadaires jusqu'à la date de fin.</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Fi&amp;n</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>&amp;Scope of work</source>
            <translation>Péri&amp;mètre des travaux</translation>
        </message>
        <message>
            <source>What is to be done, what is delivered, what is out of scope</source>
            <translation>Ce qui est à faire, ce qui est livré, ce qui est hors périmètre</translation>
        </message>
        <message>
            <source>Test &amp;project (a small paid trial before hiring for real)</source>
            <translation>Projet d'e&amp;ssai (un petit essai rémunéré avant d'engager pour de bon)</translation>
        </message>
        <message>
            <source>P&amp;latform</source>
            <translation>P&amp;lateforme</translation>
        </message>
        <message>
            <source>e.g. Upwork, direct</source>
            <translation>par ex. Upwork, en direct</translation>
        </message>
        <message>
            <source>Contract id on the platform</source>
            <translation>Identifiant du contrat sur la plateforme</translation>
        </message>
        <message>
            <source>contract id on the platform</source>
            <translation>identifiant du contrat sur la plateforme</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Enregistrer &amp;comme</translation>
        </message>
    </context>
    <context>
        <name>ContractListPanel</name>
        <message>
            <source>Search contract titles</source>
            <translation>Rechercher dans les titres des contrats</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>Rechercher un titre…</translation>
        </message>
        <message>
            <source>Search contract titles (Ctrl+Shift+F)</source>
            <translation>Rechercher dans les titres des contrats (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Find in all messages…</source>
            <translation>Chercher dans tous les messages…</translation>
        </message>
        <message>
            <source>Search what was said in every contract's room (Ctrl+Shift+M)</source>
            <translation>Rechercher ce qui a été dit dans l'espace de chaque contrat (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Only this person's contracts</source>
            <translation>Seulement les contrats de cette personne</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contrats</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrat</numerusform>
                <numerusform>%Ln contrats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Encoding:</source>
            <translation>Encodage :</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Séparateur :</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Nombres et dates :</translation>
        </message>
        <message>
            <source>Add people who are not on the bench</source>
            <translation>Ajouter les personnes absentes du vivier</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>Premières lignes du fichier :</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Contenu de chaque colonne</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(absent du fichier)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>colonne {n}</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (obligatoire) :</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field} :</translation>
        </message>
        <message>
            <source>Read as {encoding}, delimiter {delimiter}. {note}</source>
            <translation>Lu en {encoding}, séparateur {delimiter}. {note}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select someone to see their profile, rates, contracts and reviews.</source>
            <translation>Sélectionnez une personne pour voir son profil, ses tarifs, ses contrats et ses évaluations.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change every detail of this person (Enter)</source>
            <translation>Modifier toutes les informations de cette personne (Enter)</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Réengager…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Commencer un nouveau contrat prérempli à partir du dernier</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with this person, with or without a contract (Ctrl+L)</source>
            <translation>Noter un message, un appel, une réunion ou une note avec cette personne, avec ou sans contrat (Ctrl+L)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Contact and links</source>
            <translation>Coordonnées et liens</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>How they work</source>
            <translation>Façon de travailler</translation>
        </message>
        <message>
            <source>Staying in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Historique des tarifs</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contrats</translation>
        </message>
        <message>
            <source>Their contracts</source>
            <translation>Ses contrats</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the contract's workroom</source>
            <translation>Double-cliquez ou appuyez sur Enter pour ouvrir l'espace de travail du contrat</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>available for new work</source>
            <translation>disponible pour de nouvelles missions</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>non disponible</translation>
        </message>
        <message>
            <source>working with you now</source>
            <translation>travaille actuellement avec vous</translation>
        </message>
        <message>
            <source>Marked do-not-rehire or archived: change their status first</source>
            <translation>Marqué à ne pas réengager ou archivé : changez d'abord son statut</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Coût total en {currency}</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>nothing paid yet</source>
            <translation>rien payé pour le moment</translation>
        </message>
        <message>
            <source>Last worked with</source>
            <translation>Dernière collaboration</translation>
        </message>
        <message>
            <source>now</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>On the bench since</source>
            <translation>Dans le vivier depuis</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>No contact details yet.</source>
            <translation>Aucune coordonnée pour le moment.</translation>
        </message>
        <message>
            <source>No skills recorded.</source>
            <translation>Aucune compétence enregistrée.</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Préfère</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Répond sous</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>{zone} — {time} there now ({state})</source>
            <translation>{zone} — {time} sur place actuellement ({state})</translation>
        </message>
        <message>
            <source>at work</source>
            <translation>au travail</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>hors de ses heures</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Chevauchement avec ma journée</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>jamais noté</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <source>no reminder set</source>
            <translation>aucun rappel défini</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>tous les jours</numerusform>
                <numerusform>tous les %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Prochain contact</translation>
        </message>
        <message>
            <source>No rate recorded.</source>
            <translation>Aucun tarif enregistré.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Aucune note.</translation>
        </message>
        <message>
            <source>{title}
{kind} · {status} · {rate} · {period}</source>
            <translation>{title}
{kind} · {status} · {rate} · {period}</translation>
        </message>
        <message>
            <source>Open the workroom of “{title}”</source>
            <translation>Ouvrir l'espace de travail de « {title} »</translation>
        </message>
        <message>
            <source>No contracts yet. Rehire starts one.</source>
            <translation>Aucun contrat pour le moment. Réengager en commence un.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Aucune évaluation pour le moment.</translation>
        </message>
        <message>
            <source>Private reviews</source>
            <translation>Évaluations privées</translation>
        </message>
        <message>
            <source>{score} average over {n}</source>
            <translation>{score} en moyenne sur {n}</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Par critère</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>peut-être</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Réengagement</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Dernière remarque</translation>
        </message>
        <message>
            <source>Feedback I gave</source>
            <translation>Avis que j'ai donné</translation>
        </message>
        <message>
            <source>Feedback they gave</source>
            <translation>Avis reçu</translation>
        </message>
    </context>
    <context>
        <name>EditReviewWizard</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Correct what was recorded. To take it back altogether, remove it from the timeline.</source>
            <translation>Corrigez ce qui a été enregistré. Pour l'annuler complètement, supprimez-le de la chronologie.</translation>
        </message>
        <message>
            <source>Edit feedback given: {title}</source>
            <translation>Modifier l'avis donné : {title}</translation>
        </message>
        <message>
            <source>Edit feedback received: {title}</source>
            <translation>Modifier l'avis reçu : {title}</translation>
        </message>
        <message>
            <source>Private review of {day}</source>
            <translation>Évaluation privée du {day}</translation>
        </message>
        <message>
            <source>Edit private review: {title}</source>
            <translation>Modifier l'évaluation privée : {title}</translation>
        </message>
        <message>
            <source>Edit feedback</source>
            <translation>Modifier l'avis</translation>
        </message>
        <message>
            <source>Edit private review</source>
            <translation>Modifier l'évaluation privée</translation>
        </message>
    </context>
    <context>
        <name>EndContractWizard</name>
        <message>
            <source>End contract: {title}</source>
            <translation>Terminer le contrat : {title}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>Them</source>
            <translation>La personne</translation>
        </message>
        <message>
            <source>Say why it ended; the review queue and the timeline show it.</source>
            <translation>Indiquez pourquoi il a pris fin ; la file de revue et la chronologie l'affichent.</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Terminer le contrat</translation>
        </message>
        <message>
            <source>End the contract</source>
            <translation>Fin du contrat</translation>
        </message>
        <message>
            <source>When it ends and why. Everything in this flow is saved together when you press Finish.</source>
            <translation>Quand il prend fin et pourquoi. Tout ce que vous saisissez dans cet assistant est enregistré en une fois lorsque vous cliquez sur Terminer.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>Date de &amp;fin</translation>
        </message>
        <message>
            <source>Ended &amp;by</source>
            <translation>Terminé &amp;par</translation>
        </message>
        <message>
            <source>Who ended it: you or them. Your record as a client counts both.</source>
            <translation>Qui y a mis fin : vous ou la personne. Votre bilan de client compte les deux.</translation>
        </message>
        <message>
            <source>&amp;Why it ended</source>
            <translation>&amp;Motif de fin</translation>
        </message>
        <message>
            <source>e.g. Project delivered; budget ran out; not a fit</source>
            <translation>par ex. Projet livré ; budget épuisé ; ne convient pas</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>The public feedback you give them on the platform, and what they gave you. Choose the stars, or untick what you have not left yet.</source>
            <translation>L'avis public que vous laissez sur la plateforme, et celui que vous avez reçu. Choisissez les étoiles, ou décochez ce qui n'a pas encore été laissé.</translation>
        </message>
        <message>
            <source>Feedback &amp;given</source>
            <translation>Avis &amp;donné</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Étoiles</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Choisissez de 1 à 5 étoiles</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source> / 5</source>
            <translation> / 5</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>What you write on their profile</source>
            <translation>Ce que vous écrivez sur son profil</translation>
        </message>
        <message>
            <source>Given o&amp;n</source>
            <translation>Do&amp;nné le</translation>
        </message>
        <message>
            <source>The day the feedback was left (the end date unless you change it)</source>
            <translation>Le jour où l'avis a été laissé (la date de fin, sauf si vous la changez)</translation>
        </message>
        <message>
            <source>Feedback &amp;received</source>
            <translation>Avis &amp;reçu</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Évaluation privée</translation>
        </message>
        <message>
            <source>Stays on this computer: how it really went, for the next time you hire. Choose every score, or untick the box to skip the review.</source>
            <translation>Reste sur cet ordinateur : comment cela s'est vraiment passé, pour la prochaine embauche. Attribuez chaque note, ou décochez la case pour ne pas rédiger d'évaluation.</translation>
        </message>
        <message>
            <source>Write a private &amp;review</source>
            <translation>&amp;Rédiger une évaluation privée</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilité</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Délais</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Coopération</translation>
        </message>
        <message>
            <source>Would &amp;rehire</source>
            <translation>Réen&amp;gagement</translation>
        </message>
        <message>
            <source>Re&amp;commend (0–10)</source>
            <translation>Re&amp;commandation (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Probabilité que vous recommandiez cette personne, de 0 à 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Fin de mission</translation>
        </message>
        <message>
            <source>Tick what is already done; anything left open comes back in the review queue.</source>
            <translation>Cochez ce qui est déjà fait ; tout ce qui reste ouvert reviendra dans la file de revue.</translation>
        </message>
        <message>
            <source>Test project: the decision</source>
            <translation>Projet d'essai : la décision</translation>
        </message>
        <message>
            <source>&amp;Hire for real</source>
            <translation>&amp;Engager pour de bon</translation>
        </message>
        <message>
            <source>&amp;Not a fit</source>
            <translation>&amp;Ne convient pas</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Décider p&amp;lus tard</translation>
        </message>
    </context>
    <context>
        <name>FileDetailsDialog</name>
        <message>
            <source>for this contract</source>
            <translation>pour ce contrat</translation>
        </message>
        <message>
            <source>kept with the person</source>
            <translation>avec la personne</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) {owner}: {names}</source>
            <translation>
                <numerusform>%n fichier {owner} : {names}</numerusform>
                <numerusform>%n fichiers {owner} : {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit file details</source>
            <translation>Modifier les détails du fichier</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Ajouter des fichiers</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Sens</translation>
        </message>
        <message>
            <source>&amp;Sensitivity</source>
            <translation>Sensi&amp;bilité</translation>
        </message>
        <message>
            <source>S&amp;hared on</source>
            <translation>&amp;Partagé le</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>What the document is: an agreement on file clears the classification check's "no written contract" signal</source>
            <translation>La nature du document : un accord enregistré lève le signal « aucun contrat écrit » du contrôle de requalification</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>E&amp;xpiration</translation>
        </message>
        <message>
            <source>Tick when the document runs out (insurance, an NDA, an ID): the review queue warns before it does</source>
            <translation>Cochez si le document a une date d'expiration (assurance, NDA, pièce d'identité) : la file de revue vous avertit avant l'échéance</translation>
        </message>
        <message>
            <source>on</source>
            <translation>le</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Remarque</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
    </context>
    <context>
        <name>FilesTab</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Partagé le</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Store files in this room (or drop them here)</source>
            <translation>Stocker des fichiers dans cet espace (ou les déposer ici)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Ouvrir avec le programme du système</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>Correct the direction, sensitivity, date or note (Enter)</source>
            <translation>Corriger le sens, la sensibilité, la date ou la remarque (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Drop files here to store them. Each file is kept once in the data folder, under its SHA-256.</source>
            <translation>Déposez des fichiers ici pour les stocker. Chaque fichier est conservé une seule fois dans le dossier de données, sous son SHA-256.</translation>
        </message>
        <message>
            <source>Add files to this contract</source>
            <translation>Ajouter des fichiers à ce contrat</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <source>Remove the file “{name}” from this contract?</source>
            <translation>Retirer le fichier « {name} » de ce contrat ?</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Retirer le fichier</translation>
        </message>
        <message>
            <source>Removed {name}</source>
            <translation>Retiré : {name}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the bench</source>
            <translation>Rechercher dans le vivier</translation>
        </message>
        <message>
            <source>Search names, headlines, skills and notes  (Ctrl+F)</source>
            <translation>Rechercher dans les noms, titres de profil, compétences et notes  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Type the start of any word; every word must match</source>
            <translation>Tapez le début de n'importe quel mot ; chaque mot doit correspondre</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Compétence</translation>
        </message>
        <message>
            <source>Skill…</source>
            <translation>Compétence…</translation>
        </message>
        <message>
            <source>Show only people with this skill; add several and all must match</source>
            <translation>Afficher seulement les personnes ayant cette compétence ; si vous en ajoutez plusieurs, toutes doivent correspondre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Show people with these bench statuses</source>
            <translation>Afficher les personnes ayant ces statuts dans le vivier</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoris</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>Seulement les favoris</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Only people available for new work</source>
            <translation>Seulement les personnes disponibles pour de nouvelles missions</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Minimum average private-review score</source>
            <translation>Note moyenne minimale des évaluations privées</translation>
        </message>
        <message>
            <source>{score} or better</source>
            <translation>{score} ou plus</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>Their working day overlaps mine by at least this much</source>
            <translation>Sa journée de travail chevauche la mienne au moins de cette durée</translation>
        </message>
        <message>
            <source>At least {n} h with my day</source>
            <translation>Au moins {n} h avec ma journée</translation>
        </message>
        <message>
            <source>Not contacted</source>
            <translation>Sans contact</translation>
        </message>
        <message>
            <source>No message or appreciation logged for this long</source>
            <translation>Aucun message ni remerciement noté depuis cette durée</translation>
        </message>
        <message numerus="yes">
            <source>For %n day(s) or more</source>
            <translation>
                <numerusform>Depuis %n jour ou plus</numerusform>
                <numerusform>Depuis %n jours ou plus</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Tout effacer</translation>
        </message>
        <message>
            <source>Remove the search and every filter</source>
            <translation>Supprimer la recherche et tous les filtres</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln people</source>
            <translation>
                <numerusform>{shown} sur %Ln personne</numerusform>
                <numerusform>{shown} sur %Ln personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Skill: {skill}</source>
            <translation>Compétence : {skill}</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoris</translation>
        </message>
        <message>
            <source>Score ≥ {score}</source>
            <translation>Note ≥ {score}</translation>
        </message>
        <message>
            <source>Overlap ≥ {n} h</source>
            <translation>Chevauchement ≥ {n} h</translation>
        </message>
        <message numerus="yes">
            <source>Not contacted for %n day(s)</source>
            <translation>
                <numerusform>Sans contact depuis %n jour</numerusform>
                <numerusform>Sans contact depuis %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Retirer ce filtre</translation>
        </message>
    </context>
    <context>
        <name>FindMessagesDialog</name>
        <message>
            <source>Find in all messages</source>
            <translation>Chercher dans tous les messages</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Mots à chercher</translation>
        </message>
        <message>
            <source>Words to find in every contract's messages…</source>
            <translation>Mots à chercher dans les messages de tous les contrats…</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tous les canaux</translation>
        </message>
        <message>
            <source>Messages found</source>
            <translation>Messages trouvés</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the room at this message</source>
            <translation>Double-cliquez ou appuyez sur Enter pour ouvrir l'espace sur ce message</translation>
        </message>
        <message>
            <source>Type a word: every room is searched.</source>
            <translation>Tapez un mot : la recherche porte sur tous les espaces.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or shorter words, or all channels.</source>
            <translation>Aucun résultat. Essayez moins de mots, des mots plus courts, ou tous les canaux.</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n match(es); add a word to narrow them.</source>
            <translation>
                <numerusform>Le résultat le plus récent ; ajoutez un mot pour affiner.</numerusform>
                <numerusform>Les %n résultats les plus récents ; ajoutez un mot pour affiner.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>Résultats : {n}</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Discard what you typed in “{title}”?</source>
            <translation>Abandonner ce que vous avez saisi dans « {title} » ?</translation>
        </message>
    </context>
    <context>
        <name>GrantDialog</name>
        <message>
            <source>System access</source>
            <translation>Accès à un système</translation>
        </message>
        <message>
            <source>Equipment lent</source>
            <translation>Matériel prêté</translation>
        </message>
        <message>
            <source>Access tier</source>
            <translation>Niveau d'accès</translation>
        </message>
        <message>
            <source>Edit access</source>
            <translation>Modifier l'accès</translation>
        </message>
        <message>
            <source>Grant access</source>
            <translation>Accorder un accès</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <source>e.g. Code host, shared drive, laptop</source>
            <translation>par ex. hébergeur de code, disque partagé, ordinateur portable</translation>
        </message>
        <message>
            <source>&amp;Granted on</source>
            <translation>&amp;Accordé le</translation>
        </message>
        <message>
            <source>&amp;Revoke by</source>
            <translation>À &amp;révoquer avant le</translation>
        </message>
        <message>
            <source>Has a date</source>
            <translation>Avec une date</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>Re&amp;marque</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>TalentDesk user guide</source>
            <translation>Guide de l'utilisateur de TalentDesk</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>How long?</source>
            <translation>Combien de temps ?</translation>
        </message>
        <message>
            <source>Edit hours</source>
            <translation>Modifier les heures</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Saisir des heures</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>&amp;Time worked</source>
            <translation>&amp;Temps travaillé</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Remarque</translation>
        </message>
        <message>
            <source>what was worked on</source>
            <translation>ce qui a été fait</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Log hours…</source>
            <translation>Saisir des heures…</translation>
        </message>
        <message>
            <source>Log hours worked (Ctrl+H)</source>
            <translation>Saisir les heures travaillées (Ctrl+H)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Correct the day, time or note (Enter)</source>
            <translation>Corriger le jour, la durée ou la remarque (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semaine du</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Plafond</translation>
        </message>
        <message>
            <source>Over limit</source>
            <translation>Dépassement</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>illimité</translation>
        </message>
        <message>
            <source>{h} over — usually paid as a bonus</source>
            <translation>{h} de dépassement — généralement payé en prime</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
            <translation>
                <numerusform>%n semaine au-dessus du plafond, {h} au total : payez-les en prime via Avenant.</numerusform>
                <numerusform>%n semaines au-dessus du plafond, {h} au total : payez-les en prime via Avenant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the {hours} logged on {day}?</source>
            <translation>Supprimer les {hours} saisies le {day} ?</translation>
        </message>
        <message>
            <source>Remove hours</source>
            <translation>Supprimer des heures</translation>
        </message>
        <message>
            <source>Removed {hours} on {day}</source>
            <translation>{hours} du {day} supprimées</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Fichier : {name}</translation>
        </message>
        <message>
            <source>What the import found</source>
            <translation>Ce que l'import a trouvé</translation>
        </message>
        <message>
            <source>The preview of what will be imported appears here.</source>
            <translation>L'aperçu de ce qui sera importé apparaît ici.</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Aperçu</translation>
        </message>
        <message>
            <source>Read the file and show what would change, without changing anything</source>
            <translation>Lire le fichier et montrer ce qui changerait, sans rien modifier</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>Preview: {summary}. Nothing has been changed yet.</source>
            <translation>Aperçu : {summary}. Rien n'a encore été modifié.</translation>
        </message>
        <message>
            <source>Cannot import: {message}</source>
            <translation>Impossible d'importer : {message}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importer {name}</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <source>Done: {summary}.</source>
            <translation>Terminé : {summary}.</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Note (for yourself; not contact)</source>
            <translation>Note (pour vous ; pas une prise de contact)</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Noter un échange</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>A message, a call, a meeting, or a note for yourself (a note does not count as contact)</source>
            <translation>Un message, un appel, une réunion ou une note pour vous-même (une note ne compte pas comme prise de contact)</translation>
        </message>
        <message>
            <source>W&amp;hen:</source>
            <translation>Q&amp;uand :</translation>
        </message>
        <message>
            <source>When it happened, in your local time</source>
            <translation>Quand l'échange a eu lieu, dans votre heure locale</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How long the call or meeting took</source>
            <translation>La durée de l'appel ou de la réunion</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texte :</translation>
        </message>
        <message>
            <source>What was said or agreed</source>
            <translation>Ce qui a été dit ou convenu</translation>
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>TalentDesk is free software under the MIT licence. It includes the components below, each under its own licence.</source>
            <translation>TalentDesk est un logiciel libre sous licence MIT. Il inclut les composants ci-dessous, chacun sous sa propre licence.</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texte de la licence</translation>
        </message>
        <message>
            <source>This copy of TalentDesk runs from its source code, so the licence file of the installed program is not here.

It is written when the installers are built (python packaging/build.py). Until then, the licences of the Python packages are in their installed metadata (pip show --files NAME) and those of the fonts in resources/fonts.</source>
            <translation>Cette copie de TalentDesk fonctionne depuis son code source : le fichier des licences du programme installé n'est donc pas présent.

Il est écrit lors de la construction des installateurs (python packaging/build.py). D'ici là, les licences des paquets Python se trouvent dans leurs métadonnées installées (pip show --files NOM) et celles des polices dans resources/fonts.</translation>
        </message>
    </context>
    <context>
        <name>LogRaiseDialog</name>
        <message>
            <source>A new hourly rate for {person}; earlier contracts keep their rates.</source>
            <translation>Un nouveau tarif horaire pour {person} ; les contrats antérieurs gardent leur tarif.</translation>
        </message>
        <message>
            <source>Current rate: {rate}</source>
            <translation>Tarif actuel : {rate}</translation>
        </message>
        <message>
            <source>Also change the rate of “{title}” (now {rate}) from that day</source>
            <translation>Changer aussi le tarif de « {title} » (actuellement {rate}) à partir de ce jour</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Enregistrer une augmentation</translation>
        </message>
        <message>
            <source>New &amp;rate per hour:</source>
            <translation>Nouveau &amp;tarif horaire :</translation>
        </message>
        <message>
            <source>e.g. 55.00</source>
            <translation>par ex. 55.00</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;En vigueur à partir du :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Remarque :</translation>
        </message>
        <message>
            <source>Why, e.g. yearly revisit</source>
            <translation>Pourquoi, par ex. révision annuelle</translation>
        </message>
        <message>
            <source>The contract's new rate goes through a scope change: its ledger records it, and earlier weeks keep the old rate</source>
            <translation>Le nouveau tarif du contrat passe par un avenant : le registre des avenants l'enregistre, et les semaines antérieures gardent l'ancien tarif</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation>Écrans</translation>
        </message>
        <message>
            <source>{title} ({shortcut})</source>
            <translation>{title} ({shortcut})</translation>
        </message>
        <message>
            <source>Team database: {where}</source>
            <translation>Base de données d'équipe : {where}</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Données locales</translation>
        </message>
        <message>
            <source>Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.</source>
            <translation>Partagées avec tous ceux qui ouvrent la base de données d'équipe {where}. Les fichiers stockés sont conservés dans {folder}.</translation>
        </message>
        <message>
            <source>Kept on this computer, in {folder}.</source>
            <translation>Conservées sur cet ordinateur, dans {folder}.</translation>
        </message>
        <message>
            <source>Connected to the team database again.</source>
            <translation>De nouveau connecté à la base de données d'équipe.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>New &amp;talent…</source>
            <translation>Nouveau &amp;talent…</translation>
        </message>
        <message>
            <source>Add a person to the bench</source>
            <translation>Ajouter une personne au vivier</translation>
        </message>
        <message>
            <source>New &amp;contract…</source>
            <translation>Nouveau &amp;contrat…</translation>
        </message>
        <message>
            <source>Start a contract with someone on the bench</source>
            <translation>Commencer un contrat avec quelqu'un du vivier</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>Time&amp;line events as CSV…</source>
            <translation>Événements de la ch&amp;ronologie en CSV…</translation>
        </message>
        <message>
            <source>Save the events the timeline's filters show as a CSV file</source>
            <translation>Enregistrer en fichier CSV les événements affichés par les filtres de la chronologie</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Narrow sidebar</source>
            <translation>&amp;Barre latérale étroite</translation>
        </message>
        <message>
            <source>Show the screens as icons only, to give the screen more room</source>
            <translation>Afficher les écrans sous forme d'icônes seulement, pour laisser plus de place</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>How TalentDesk is meant to be used, screen by screen</source>
            <translation>Comment utiliser TalentDesk, écran par écran</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Every shortcut of the window, and where it works</source>
            <translation>Tous les raccourcis de la fenêtre, et où ils fonctionnent</translation>
        </message>
        <message>
            <source>&amp;About TalentDesk</source>
            <translation>À &amp;propos de TalentDesk</translation>
        </message>
        <message>
            <source>Team database: {where} — read only</source>
            <translation>Base de données d'équipe : {where} — lecture seule</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Cette base de données d'équipe ne vous permet que la lecture : votre rôle sur le serveur n'a pas le droit de la modifier. Demandez un accès en écriture à la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>Team database: {where} — not connected</source>
            <translation>Base de données d'équipe : {where} — non connectée</translation>
        </message>
        <message>
            <source>&lt;b&gt;The team database cannot be reached.&lt;/b&gt; What is on screen can still be read; changes are refused until it is back. Reconnecting by itself… &lt;a href='retry' style='color: white'&gt;Try now&lt;/a&gt;</source>
            <translation>&lt;b&gt;La base de données d'équipe est injoignable.&lt;/b&gt; Ce qui est affiché reste lisible ; les modifications sont refusées jusqu'à son retour. Reconnexion automatique… &lt;a href='retry' style='color: white'&gt;Réessayer maintenant&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler : {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir : {action}</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Annulé : {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Rétabli : {action}</translation>
        </message>
        <message>
            <source>{what} — &lt;a href='undo'&gt;Undo&lt;/a&gt;</source>
            <translation>{what} — &lt;a href='undo'&gt;Annuler&lt;/a&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrat</numerusform>
                <numerusform>%Ln contrats</numerusform>
            </translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Dossier de données : {folder}</translation>
        </message>
        <message>
            <source>About TalentDesk</source>
            <translation>À propos de TalentDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;An offline relationship manager for clients who work with independent professionals: a bench to rehire from, a workroom per contract, a feedback timeline and review sessions.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;Un gestionnaire de relations hors ligne pour les clients qui travaillent avec des indépendants : un vivier où réengager, un espace de travail par contrat, une chronologie des avis et des sessions de revue.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revue</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Vivier</translation>
        </message>
        <message>
            <source>Workroom</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planificateur</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>({n} min)</source>
            <translation>({n} min)</translation>
        </message>
    </context>
    <context>
        <name>MessagesTab</name>
        <message>
            <source>Search this room's messages</source>
            <translation>Rechercher dans les messages de cet espace</translation>
        </message>
        <message>
            <source>Search this room's messages… (Ctrl+F)</source>
            <translation>Rechercher dans les messages de cet espace… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tous les canaux</translation>
        </message>
        <message>
            <source>Show only what was said on one channel</source>
            <translation>Afficher seulement ce qui a été dit sur un canal</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>No messages yet. Log what was said below — a chat, an e-mail, a call — so the whole story of this contract stays in one place.</source>
            <translation>Aucun message pour le moment. Notez ci-dessous ce qui a été dit — une discussion, un e-mail, un appel — pour que toute l'histoire de ce contrat reste au même endroit.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Nouveau message</translation>
        </message>
        <message>
            <source>Write or paste what was said… (Ctrl+Enter adds it)</source>
            <translation>Écrivez ou collez ce qui a été dit… (Ctrl+Enter l'ajoute)</translation>
        </message>
        <message>
            <source>Who said it</source>
            <translation>Qui l'a dit</translation>
        </message>
        <message>
            <source>Where it was said</source>
            <translation>Où cela a été dit</translation>
        </message>
        <message>
            <source>When it was said</source>
            <translation>Quand cela a été dit</translation>
        </message>
        <message>
            <source>When it was said, in your local time (now unless you change it)</source>
            <translation>Quand cela a été dit, en heure locale (maintenant, sauf si vous le changez)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>length?</source>
            <translation>durée ?</translation>
        </message>
        <message>
            <source>How long the call took</source>
            <translation>Durée de l'appel</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add to the log (Ctrl+Enter)</source>
            <translation>Ajouter au journal (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Search the messages</source>
            <translation>Rechercher dans les messages</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>the {channel} of {when}: “{text}”</source>
            <translation>l'échange ({channel}) du {when} : « {text} »</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>Modifier le message</translation>
        </message>
        <message>
            <source>Correct {what}</source>
            <translation>Corriger {what}</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Supprimer le message</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>Supprimer {what} ?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Removed a message</source>
            <translation>Message supprimé</translation>
        </message>
        <message>
            <source>{n}{more} found</source>
            <translation>Résultats : {n}{more}</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Ajouter le message</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>Add milestone</source>
            <translation>Ajouter un jalon</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Modifier le jalon</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Avec une échéance</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>What is delivered</source>
            <translation>Ce qui est livré</translation>
        </message>
    </context>
    <context>
        <name>MilestonesTab</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Ajouter un jalon</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Faire avancer</translation>
        </message>
        <message>
            <source>pending → submitted → approved → paid</source>
            <translation>en attente → soumis → approuvé → payé</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (en retard)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s), {total} in all{late}</source>
            <translation>
                <numerusform>%n jalon, {total} au total{late}</numerusform>
                <numerusform>%n jalons, {total} au total{late}</numerusform>
            </translation>
        </message>
        <message>
            <source>; {n} overdue</source>
            <translation>; {n} en retard</translation>
        </message>
        <message>
            <source>No milestones yet. Add one with Add…</source>
            <translation>Aucun jalon pour le moment. Ajoutez-en un avec Ajouter…</translation>
        </message>
        <message>
            <source>Mark {status}</source>
            <translation>Passer à : {status}</translation>
        </message>
        <message>
            <source>Move milestone</source>
            <translation>Déplacer le jalon</translation>
        </message>
        <message>
            <source>Advance milestone</source>
            <translation>Faire avancer le jalon</translation>
        </message>
        <message>
            <source>Remove the milestone “{title}”?</source>
            <translation>Supprimer le jalon « {title} » ?</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Supprimer le jalon</translation>
        </message>
        <message>
            <source>Removed the milestone “{title}”</source>
            <translation>Jalon « {title} » supprimé</translation>
        </message>
    </context>
    <context>
        <name>OverflowRow</name>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>The actions there is no room for in this row</source>
            <translation>Les actions qui n'ont pas la place dans cette ligne</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Open encrypted data</source>
            <translation>Ouvrir des données chiffrées</translation>
        </message>
        <message>
            <source>Encrypt your data</source>
            <translation>Chiffrer vos données</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Désactiver le chiffrement</translation>
        </message>
        <message>
            <source>The data in {folder} is encrypted. Enter its passphrase to open it.</source>
            <translation>Les données de {folder} sont chiffrées. Saisissez leur phrase secrète pour les ouvrir.</translation>
        </message>
        <message>
            <source>Your data, its backups and sensitive files will be stored unencrypted again. Enter the current passphrase to confirm.</source>
            <translation>Vos données, leurs sauvegardes et les fichiers sensibles seront de nouveau stockés en clair. Saisissez la phrase secrète actuelle pour confirmer.</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase secrète</translation>
        </message>
        <message>
            <source>The database, its backups and files marked confidential or secret will be encrypted with this passphrase. Nobody can open them without it, not even you: write it down somewhere safe. A backup is taken first.</source>
            <translation>La base de données, ses sauvegardes et les fichiers marqués confidentiels ou secrets seront chiffrés avec cette phrase secrète. Personne ne peut les ouvrir sans elle, pas même vous : notez-la en lieu sûr. Une sauvegarde est effectuée au préalable.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>Phrase secrète &amp;actuelle</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Répétez-la</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Correct payment</source>
            <translation>Corriger le paiement</translation>
        </message>
        <message>
            <source>A correction keeps the payment's currency; remove the payment and record it again to change it</source>
            <translation>Une correction conserve la devise du paiement ; pour la changer, supprimez le paiement et enregistrez-le à nouveau</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Enregistrer un paiement</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>The currency the payment was made in; another than the contract's asks for the amount in the contract's currency too</source>
            <translation>La devise dans laquelle le paiement a été fait ; si elle diffère de celle du contrat, le montant est aussi demandé dans la devise du contrat</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>&amp;Payé le</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>In &amp;contract currency</source>
            <translation>En devise du &amp;contrat</translation>
        </message>
        <message>
            <source>What the payment came to in the contract's currency, so that the contract's totals count it</source>
            <translation>Ce que représente le paiement dans la devise du contrat, pour qu'il soit compté dans les totaux du contrat</translation>
        </message>
        <message>
            <source>&amp;Why the correction</source>
            <translation>Motif de la co&amp;rrection</translation>
        </message>
        <message>
            <source>Optional: kept with what the payment said before</source>
            <translation>Facultatif : conservé avec les valeurs précédentes du paiement</translation>
        </message>
    </context>
    <context>
        <name>PaymentsTab</name>
        <message>
            <source>Correct…</source>
            <translation>Corriger…</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Payé le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Enregistrer un paiement…</translation>
        </message>
        <message>
            <source>Correct the selected payment; what it said before is kept (Enter)</source>
            <translation>Corriger le paiement sélectionné ; l'ancienne valeur est conservée (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Remove a payment recorded by mistake; it stays on the audit trail (Del)</source>
            <translation>Supprimer un paiement enregistré par erreur ; il reste dans la piste d'audit (Del)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Corrections (what each payment said before)</source>
            <translation>Corrections (ancienne valeur de chaque paiement)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>{figure} in {year}</source>
            <translation>{figure} en {year}</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrigé</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>No payments recorded yet.</source>
            <translation>Aucun paiement enregistré pour le moment.</translation>
        </message>
        <message>
            <source>Entered by {name}; last corrected by {other}</source>
            <translation>Saisi par {name} ; dernière correction par {other}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Saisi par {name}</translation>
        </message>
        <message>
            <source>Removed by {name}</source>
            <translation>Supprimé par {name}</translation>
        </message>
        <message>
            <source>Corrected by {name}</source>
            <translation>Corrigé par {name}</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} de {amount} le {day}</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Supprimer le paiement</translation>
        </message>
        <message>
            <source>Remove the payment of {amount} on {day}?</source>
            <translation>Supprimer le paiement de {amount} du {day} ?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Removed the payment of {amount}</source>
            <translation>Paiement de {amount} supprimé</translation>
        </message>
    </context>
    <context>
        <name>PeopleExportDialog</name>
        <message>
            <source>The file leaves TalentDesk: choose what goes into it.</source>
            <translation>Le fichier sort de TalentDesk : choisissez ce qu'il contient.</translation>
        </message>
        <message>
            <source>Include private &amp;notes</source>
            <translation>Inclure les &amp;notes privées</translation>
        </message>
        <message>
            <source>Your notes about each person; they are for your eyes only unless you tick this</source>
            <translation>Vos notes sur chaque personne ; elles restent privées sauf si vous cochez cette case</translation>
        </message>
        <message>
            <source>Include &amp;archived and do-not-rehire people</source>
            <translation>Inclure les personnes &amp;archivées et à ne pas réengager</translation>
        </message>
        <message>
            <source>People you have set aside are left out unless you tick this</source>
            <translation>Les personnes mises de côté sont exclues sauf si vous cochez cette case</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Show the events of the people you tick</source>
            <translation>Afficher les événements des personnes cochées</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Trouver une personne</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Trouver une personne…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Show everyone's events</source>
            <translation>Afficher les événements de tout le monde</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDocuments</name>
        <message>
            <source>Files kept with the person</source>
            <translation>Fichiers conservés avec la personne</translation>
        </message>
        <message>
            <source>Their insurance, a tax form, an ID or a framework agreement: documents that belong to them rather than one contract. An expiry date brings a review card before it runs out.</source>
            <translation>Son assurance, un formulaire fiscal, une pièce d'identité ou un contrat-cadre : des documents liés à la personne plutôt qu'à un contrat. Une date d'expiration fait apparaître une carte de revue avant l'échéance.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Partagé le</translation>
        </message>
        <message>
            <source>No files kept with this person. Add files… stores one here.</source>
            <translation>Aucun fichier conservé avec cette personne. Ajouter des fichiers… en stocke un ici.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Store files with this person: kind, expiry and sensitivity are asked next</source>
            <translation>Stocker des fichiers avec cette personne : le type, l'expiration et la sensibilité sont demandés ensuite</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Ouvrir avec le programme du système</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Contrôle de requalification</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Contrôle de requalification…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message numerus="yes">
            <source>{title}: {risk}, %n point(s) — checked on {day}</source>
            <translation>
                <numerusform>{title} : {risk}, %n point — vérifié le {day}</numerusform>
                <numerusform>{title} : {risk}, %n points — vérifié le {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>Never checked. The check asks who sets the hours, the place and the equipment, and reads the rest from your records.</source>
            <translation>Jamais vérifié. Le contrôle demande qui fixe les horaires, le lieu et le matériel, et lit le reste dans vos données.</translation>
        </message>
        <message>
            <source>Check “{title}” (their latest running contract)</source>
            <translation>Vérifier « {title} » (son dernier contrat en cours)</translation>
        </message>
        <message>
            <source>The check is about a contract: this person has none yet</source>
            <translation>Le contrôle porte sur un contrat : cette personne n'en a pas encore</translation>
        </message>
        <message>
            <source>Add files kept with this person</source>
            <translation>Ajouter des fichiers conservés avec cette personne</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Retirer le fichier</translation>
        </message>
        <message>
            <source>Remove “{name}” from this person? The stored copy is deleted when no other record uses it.</source>
            <translation>Retirer « {name} » de cette personne ? La copie stockée est supprimée si aucun autre enregistrement ne l'utilise.</translation>
        </message>
    </context>
    <context>
        <name>PlannerScreen</name>
        <message>
            <source>e.g. Data pipeline for the shop</source>
            <translation>p. ex. Pipeline de données pour la boutique</translation>
        </message>
        <message>
            <source>What the work is called: the draft offers take it as their title</source>
            <translation>Le nom du travail : les brouillons d'offre le prennent pour titre</translation>
        </message>
        <message>
            <source>Python:4, dbt</source>
            <translation>Python:4, dbt</translation>
        </message>
        <message>
            <source>The skills the work needs, separated by commas, each with its minimum level from 1 to 5 after a colon (no level: any level)</source>
            <translation>Les compétences requises, séparées par des virgules, chacune suivie de deux-points et de son niveau minimal de 1 à 5 (sans niveau : tout niveau)</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h par semaine</translation>
        </message>
        <message>
            <source> h a day</source>
            <translation> h par jour</translation>
        </message>
        <message>
            <source>Hours of each working day they must share with yours, on every day of the period (changes of the clocks included)</source>
            <translation>Heures de chaque journée de travail communes avec les vôtres, chaque jour de la période (changements d'heure compris)</translation>
        </message>
        <message>
            <source>optional, e.g. 6000</source>
            <translation>facultatif, p. ex. 6000</translation>
        </message>
        <message>
            <source>optional, an hour</source>
            <translation>facultatif, par heure</translation>
        </message>
        <message>
            <source>&amp;Work:</source>
            <translation>&amp;Travail :</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Compétences :</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Heures :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>A&amp;u :</translation>
        </message>
        <message>
            <source>&amp;Overlap:</source>
            <translation>Che&amp;vauchement :</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Budget :</translation>
        </message>
        <message>
            <source>&amp;Maximum rate:</source>
            <translation>Tarif &amp;maximal :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>D&amp;evise :</translation>
        </message>
        <message>
            <source>Plans you kept: open one to see its description and its draft offers</source>
            <translation>Plans conservés : ouvrez-en un pour voir sa description et ses brouillons d'offre</translation>
        </message>
        <message>
            <source>Saved plans</source>
            <translation>Plans enregistrés</translation>
        </message>
        <message>
            <source>Describe the work</source>
            <translation>Décrivez le travail</translation>
        </message>
        <message>
            <source>Ranked proposals: pick one to see why, then make the draft offers</source>
            <translation>Propositions classées : choisissez-en une pour voir pourquoi, puis créez les brouillons d'offre</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Propositions</translation>
        </message>
        <message>
            <source>Why this proposal</source>
            <translation>Pourquoi cette proposition</translation>
        </message>
        <message>
            <source>Make &amp;draft offers</source>
            <translation>Créer les brouillons d'&amp;offre</translation>
        </message>
        <message>
            <source>One draft contract per person of the proposal, prefilled from the plan, kept together as a plan (Ctrl+Return)</source>
            <translation>Un brouillon de contrat par personne de la proposition, prérempli à partir du plan ; l'ensemble est conservé comme un plan (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Plan &amp;PDF…</source>
            <translation>&amp;PDF du plan…</translation>
        </message>
        <message>
            <source>A PDF of the saved plan to share: the description, the team, the cost and the alternatives considered</source>
            <translation>Un PDF du plan enregistré à partager : la description, l'équipe, le coût et les autres possibilités examinées</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Nouveau plan</translation>
        </message>
        <message>
            <source>Clear the description and start again</source>
            <translation>Effacer la description et recommencer</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Recherche en cours…</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Tarif maximal</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Name the skills the work needs (for example “Python:4, dbt”), the hours a week and the period: the people and small teams who can do it appear here, best first.</source>
            <translation>Indiquez les compétences requises (par exemple « Python:4, dbt »), les heures par semaine et la période : les personnes et petites équipes capables de faire le travail apparaissent ici, les meilleures en premier.</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>coût inconnu</translation>
        </message>
        <message numerus="yes">
            <source>team of %n</source>
            <translation>
                <numerusform>équipe de %n</numerusform>
                <numerusform>équipe de %n</numerusform>
            </translation>
        </message>
        <message>
            <source>one person</source>
            <translation>une personne</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n personne ayant ces compétences examinée</numerusform>
                <numerusform>%n personnes ayant ces compétences examinées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; availability not set for %n</source>
            <translation>
                <numerusform>; disponibilité non renseignée pour %n</numerusform>
                <numerusform>; disponibilité non renseignée pour %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h a week</source>
            <translation>
                <numerusform>%n h par semaine</numerusform>
                <numerusform>%n h par semaine</numerusform>
            </translation>
        </message>
        <message>
            <source>Make draft offers</source>
            <translation>Créer les brouillons d'offre</translation>
        </message>
        <message>
            <source>Draft offers made</source>
            <translation>Brouillons d'offre créés</translation>
        </message>
        <message numerus="yes">
            <source>%n draft offer(s) made and kept as a plan: open each from the plan's list to send it.</source>
            <translation>
                <numerusform>%n brouillon d'offre créé et conservé comme plan : ouvrez-le depuis la liste du plan pour l'envoyer.</numerusform>
                <numerusform>%n brouillons d'offre créés et conservés comme plan : ouvrez chacun depuis la liste du plan pour l'envoyer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft offers not made</source>
            <translation>Brouillons d'offre non créés</translation>
        </message>
        <message>
            <source>No plan kept yet: pick a proposal and make its draft offers.</source>
            <translation>Aucun plan conservé pour l'instant : choisissez une proposition et créez ses brouillons d'offre.</translation>
        </message>
        <message>
            <source>Platform migration</source>
            <translation>Migration de plateforme</translation>
        </message>
    </context>
    <context>
        <name>QuotesDialog</name>
        <message>
            <source>Comments to quote</source>
            <translation>Commentaires à citer</translation>
        </message>
        <message>
            <source>Comments people gave you</source>
            <translation>Commentaires que les gens vous ont laissés</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ticked comments appear in the “working with me” PDF, with the person's first name, the score and the date; the newest {n} of them fit its one page.</source>
            <translation>Les commentaires cochés figurent dans le PDF « Travailler avec moi », avec le prénom de la personne, la note et la date ; les {n} plus récents tiennent sur son unique page.</translation>
        </message>
        <message>
            <source>Nobody has left you feedback with a comment yet. Record the feedback they give you in a contract's workroom.</source>
            <translation>Personne ne vous a encore laissé d'avis avec un commentaire. Enregistrez les avis que l'on vous donne dans l'espace de travail d'un contrat.</translation>
        </message>
        <message>
            <source>Choose comments to quote</source>
            <translation>Choisir les commentaires à citer</translation>
        </message>
    </context>
    <context>
        <name>RatesImportDialog</name>
        <message>
            <source>Rates are read as the European Central Bank publishes them: how many units of each currency one euro bought that day. A rate already kept for a currency and day is replaced when the file says otherwise. A file with a bad cell is refused whole, naming its line.</source>
            <translation>Les taux sont lus tels que la Banque centrale européenne les publie : combien d'unités de chaque devise un euro permettait d'acheter ce jour-là. Un taux déjà conservé pour une devise et un jour est remplacé si le fichier indique autre chose. Un fichier contenant une cellule erronée est refusé en entier, avec le numéro de la ligne en cause.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>My record as a client</source>
            <translation>Mon bilan de client</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>The figures over this period, compared with the period before it</source>
            <translation>Les chiffres sur cette période, comparés à la période précédente</translation>
        </message>
        <message numerus="yes">
            <source>Last %n month(s)</source>
            <translation>
                <numerusform>Dernier mois</numerusform>
                <numerusform>%n derniers mois</numerusform>
            </translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Retour à la file</translation>
        </message>
        <message>
            <source>Back to the review queue (Esc)</source>
            <translation>Retour à la file de revue (Esc)</translation>
        </message>
        <message>
            <source>Comments to quote…</source>
            <translation>Commentaires à citer…</translation>
        </message>
        <message>
            <source>Choose which comments people gave you appear in the PDF</source>
            <translation>Choisir lesquels des commentaires que les gens vous ont laissés figurent dans le PDF</translation>
        </message>
        <message>
            <source>Working with me PDF…</source>
            <translation>PDF « Travailler avec moi »…</translation>
        </message>
        <message>
            <source>One page to share with a new hire: how you work, pay and what people said, over the chosen period</source>
            <translation>Une page à partager avec une nouvelle recrue : comment vous travaillez, comment vous payez et ce que les gens ont dit, sur la période choisie</translation>
        </message>
        <message>
            <source>Back to the review queue</source>
            <translation>Retour à la file de revue</translation>
        </message>
        <message numerus="yes">
            <source>From {start} to {end}, compared with the %n day(s) before. Click a figure to see what it was counted from.</source>
            <translation>
                <numerusform>Du {start} au {end}, comparé au %n jour précédent. Cliquez sur un chiffre pour voir sur quoi il est calculé.</numerusform>
                <numerusform>Du {start} au {end}, comparé aux %n jours précédents. Cliquez sur un chiffre pour voir sur quoi il est calculé.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Why (optional, kept with the record of what it was):</source>
            <translation>Motif (facultatif, conservé avec l'ancienne valeur) :</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>Détail du chiffre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Compté comme</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the contract's workroom, or the person (Enter)</source>
            <translation>Ouvrir l'espace de travail du contrat, ou la personne (Enter)</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Les sauvegardes sont conservées dans {folder}</translation>
        </message>
        <message>
            <source>Restore a daily copy</source>
            <translation>Restaurer une copie quotidienne</translation>
        </message>
        <message>
            <source>Replace all your data with the backup taken {when}?

Everything entered since then is set aside: the data as it is now is kept as a backup first, so you can come back to it from this list.</source>
            <translation>Remplacer toutes vos données par la sauvegarde du {when} ?

Tout ce qui a été saisi depuis est mis de côté : les données actuelles sont d'abord conservées comme sauvegarde, pour que vous puissiez y revenir depuis cette liste.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>TalentDesk copies your data on the first start of each day and before every migration. Choose the copy to go back to; the data as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>TalentDesk copie vos données au premier démarrage de chaque journée et avant chaque migration. Choisissez la copie à laquelle revenir ; les données actuelles sont d'abord conservées comme sauvegarde, pour qu'une restauration puisse être annulée.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>There are no backups yet. TalentDesk takes the first one the next time it starts on a new day.</source>
            <translation>Aucune sauvegarde pour le moment. TalentDesk effectuera la première au prochain démarrage d'une nouvelle journée.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPagesWizard</name>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Peut-être</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Choose the stars you gave, or untick “Feedback given” if you have not left it yet.</source>
            <translation>Choisissez les étoiles que vous avez données, ou décochez « Avis donné » si vous ne l'avez pas encore laissé.</translation>
        </message>
        <message>
            <source>Choose the stars they gave you, or untick “Feedback received”.</source>
            <translation>Choisissez les étoiles reçues, ou décochez « Avis reçu ».</translation>
        </message>
        <message>
            <source>Choose: {names} — or untick “Write a private review” to skip it.</source>
            <translation>Choisissez : {names} — ou décochez « Écrire une évaluation privée » pour la passer.</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Review</source>
            <translation>Revue</translation>
        </message>
        <message>
            <source>Cards in the queue by rule</source>
            <translation>Cartes de la file par règle</translation>
        </message>
        <message>
            <source>Why a card is in the queue</source>
            <translation>Pourquoi une carte est dans la file</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Commencer la revue</translation>
        </message>
        <message>
            <source>Go through the cards one at a time (Enter)</source>
            <translation>Passer les cartes en revue une par une (Enter)</translation>
        </message>
        <message>
            <source>Rules and thresholds…</source>
            <translation>Règles et seuils…</translation>
        </message>
        <message>
            <source>Switch rules on or off and set when they ask (Ctrl+,)</source>
            <translation>Activer ou désactiver les règles et régler leur déclenchement (Ctrl+,)</translation>
        </message>
        <message>
            <source>My record…</source>
            <translation>Mon bilan…</translation>
        </message>
        <message>
            <source>How you are doing as a client: approvals, payments, answers, feedback received, rehiring (Ctrl+Shift+M)</source>
            <translation>Votre bilan en tant que client : approbations, paiements, réponses, avis reçus, réengagements (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Sessions passées</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faites</translation>
        </message>
        <message>
            <source>Acted</source>
            <translation>Traitées</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Reportées</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Écartées</translation>
        </message>
        <message>
            <source>Double-click a session to see what was decided</source>
            <translation>Double-cliquez sur une session pour voir ce qui a été décidé</translation>
        </message>
        <message>
            <source>Start a review session</source>
            <translation>Commencer une session de revue</translation>
        </message>
        <message>
            <source>Show my record as a client</source>
            <translation>Afficher mon bilan de client</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <source>End now and see what was decided (Esc); undecided cards stay queued</source>
            <translation>Terminer maintenant et voir ce qui a été décidé (Esc) ; les cartes non tranchées restent dans la file</translation>
        </message>
        <message>
            <source>Snooze a day</source>
            <translation>Reporter d'un jour</translation>
        </message>
        <message>
            <source>Snooze a week</source>
            <translation>Reporter d'une semaine</translation>
        </message>
        <message>
            <source>Snooze a month</source>
            <translation>Reporter d'un mois</translation>
        </message>
        <message>
            <source>Snooze until…</source>
            <translation>Reporter jusqu'au…</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Écarter…</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Touche {key}</translation>
        </message>
        <message>
            <source>Keys: 1–4 this card's actions · 5 done · 6, 7, 8 snooze a day, a week, a month · 9 snooze until… · 0 dismiss · Esc end the session</source>
            <translation>Touches : 1–4 actions de cette carte · 5 fait · 6, 7, 8 reporter d'un jour, d'une semaine, d'un mois · 9 reporter jusqu'au… · 0 écarter · Esc terminer la session</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Card done</source>
            <translation>Carte faite</translation>
        </message>
        <message>
            <source>Snooze the card a day</source>
            <translation>Reporter la carte d'un jour</translation>
        </message>
        <message>
            <source>Snooze the card a week</source>
            <translation>Reporter la carte d'une semaine</translation>
        </message>
        <message>
            <source>Snooze the card a month</source>
            <translation>Reporter la carte d'un mois</translation>
        </message>
        <message>
            <source>Snooze the card until a day</source>
            <translation>Reporter la carte jusqu'à un jour choisi</translation>
        </message>
        <message>
            <source>Dismiss the card</source>
            <translation>Écarter la carte</translation>
        </message>
        <message>
            <source>Card action {n}</source>
            <translation>Action de carte {n}</translation>
        </message>
        <message>
            <source>End the session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Résumé de la session</translation>
        </message>
        <message>
            <source>Decisions of this session</source>
            <translation>Décisions de cette session</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Retour à la file</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>A PDF of what was decided, for your records</source>
            <translation>Un PDF de ce qui a été décidé, pour vos archives</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) need a decision.</source>
            <translation>
                <numerusform>%Ln carte attend une décision.</numerusform>
                <numerusform>%Ln cartes attendent une décision.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing needs a decision now. Cards appear here as contracts end, hours run up, access stays open or people go quiet.</source>
            <translation>Aucune décision à prendre pour le moment. Des cartes apparaissent ici quand des contrats se terminent, que les heures s'accumulent, que des accès restent ouverts ou que des personnes ne donnent plus de nouvelles.</translation>
        </message>
        <message numerus="yes">
            <source>%n more snoozed or dismissed.</source>
            <translation>
                <numerusform>%n autre reportée ou écartée.</numerusform>
                <numerusform>%n autres reportées ou écartées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start review (%Ln card(s))</source>
            <translation>
                <numerusform>Commencer la revue (%Ln carte)</numerusform>
                <numerusform>Commencer la revue (%Ln cartes)</numerusform>
            </translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>inachevée</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Aucune session pour le moment</translation>
        </message>
        <message>
            <source>Start review session</source>
            <translation>Commencer la session de revue</translation>
        </message>
        <message>
            <source>Card {n} of {total}</source>
            <translation>Carte {n} sur {total}</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(aucune personne)</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Échéance le {date}</translation>
        </message>
        <message>
            <source>Dismiss this card</source>
            <translation>Écarter cette carte</translation>
        </message>
        <message>
            <source>Why can it be dismissed? It comes back only if its facts change.</source>
            <translation>Pourquoi l'écarter ? Elle ne reviendra que si ses données changent.</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Enregistrer une augmentation</translation>
        </message>
        <message>
            <source>Review decision</source>
            <translation>Décision de revue</translation>
        </message>
        <message>
            <source>End review session</source>
            <translation>Terminer la session de revue</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n faite</numerusform>
                <numerusform>%n faites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n acted on</source>
            <translation>
                <numerusform>%n traitée</numerusform>
                <numerusform>%n traitées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snoozed</source>
            <translation>
                <numerusform>%n reportée</numerusform>
                <numerusform>%n reportées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dismissed</source>
            <translation>
                <numerusform>%n écartée</numerusform>
                <numerusform>%n écartées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still in the queue.</source>
            <translation>
                <numerusform>%Ln carte encore dans la file.</numerusform>
                <numerusform>%Ln cartes encore dans la file.</numerusform>
            </translation>
        </message>
        <message>
            <source>The queue is empty. Well done.</source>
            <translation>La file est vide. Bravo !</translation>
        </message>
        <message>
            <source>Session of {when}</source>
            <translation>Session du {when}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln jour</numerusform>
                <numerusform>%Ln jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeActionDialog</name>
        <message>
            <source>Extend or move the end date</source>
            <translation>Prolonger ou déplacer la date de fin</translation>
        </message>
        <message>
            <source>Change the weekly limit</source>
            <translation>Modifier le plafond hebdomadaire</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Ajouter un jalon</translation>
        </message>
        <message>
            <source>Change a milestone</source>
            <translation>Modifier un jalon</translation>
        </message>
        <message>
            <source>Pay a bonus</source>
            <translation>Verser une prime</translation>
        </message>
        <message>
            <source>Change the rate</source>
            <translation>Modifier le tarif</translation>
        </message>
        <message>
            <source>Change the weekly payment</source>
            <translation>Modifier le versement hebdomadaire</translation>
        </message>
        <message>
            <source>Pause the contract</source>
            <translation>Mettre le contrat en pause</translation>
        </message>
        <message>
            <source>Resume the contract</source>
            <translation>Reprendre le contrat</translation>
        </message>
        <message>
            <source>New &amp;rate</source>
            <translation>Nouveau &amp;tarif</translation>
        </message>
        <message>
            <source>New weekly &amp;payment</source>
            <translation>Nouveau &amp;versement hebdomadaire</translation>
        </message>
        <message>
            <source>&amp;Bonus</source>
            <translation>&amp;Prime</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <source>Ends now: {v}</source>
            <translation>Fin actuelle : {v}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <source>Weekly limit now: {v}</source>
            <translation>Plafond hebdomadaire actuel : {v}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>illimité</translation>
        </message>
        <message>
            <source>Rate now: {v}</source>
            <translation>Tarif actuel : {v}</translation>
        </message>
        <message>
            <source>Weekly payment now: {v}</source>
            <translation>Versement hebdomadaire actuel : {v}</translation>
        </message>
        <message>
            <source>This contract has no milestone that is not yet paid.</source>
            <translation>Ce contrat n'a aucun jalon non payé.</translation>
        </message>
        <message>
            <source>Already scheduled: {changes}</source>
            <translation>Déjà prévu : {changes}</translation>
        </message>
        <message>
            <source>The change and its reason are written to the scope-change ledger together with the new terms.</source>
            <translation>La modification et son motif sont inscrits au registre des avenants avec les nouvelles conditions.</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Avenant</translation>
        </message>
        <message>
            <source>&amp;Milestone</source>
            <translation>&amp;Jalon</translation>
        </message>
        <message>
            <source>The milestone whose amount or due date changes, or that is removed</source>
            <translation>Le jalon dont le montant ou l'échéance change, ou qui est supprimé</translation>
        </message>
        <message>
            <source>New &amp;end date</source>
            <translation>Nouvelle date de &amp;fin</translation>
        </message>
        <message>
            <source>New weekly &amp;limit</source>
            <translation>Nouveau p&amp;lafond hebdomadaire</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Illimité</translation>
        </message>
        <message>
            <source>Milestone &amp;title</source>
            <translation>Titr&amp;e du jalon</translation>
        </message>
        <message>
            <source>e.g. Extra landing page</source>
            <translation>par ex. Page d'atterrissage supplémentaire</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Avec une échéance</translation>
        </message>
        <message>
            <source>Take this milestone off the contract; its amount leaves the budget and the ledger records it</source>
            <translation>Retirer ce jalon du contrat ; son montant sort du budget et le registre des avenants l'enregistre</translation>
        </message>
        <message>
            <source>Re&amp;move this milestone</source>
            <translation>&amp;Supprimer ce jalon</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Date d'effet</translation>
        </message>
        <message>
            <source>The day the new terms take effect: earlier weeks keep the old terms; a later day is scheduled</source>
            <translation>Le jour où les nouvelles conditions prennent effet : les semaines antérieures gardent les anciennes ; une date ultérieure programme la modification</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>M&amp;otif</translation>
        </message>
        <message>
            <source>The reason, in a sentence: it stays in the ledger</source>
            <translation>Le motif, en une phrase : il reste dans le registre des avenants</translation>
        </message>
        <message>
            <source>Who asked</source>
            <translation>Demandé par</translation>
        </message>
        <message>
            <source>&amp;I did</source>
            <translation>Mo&amp;i</translation>
        </message>
        <message>
            <source>&amp;They did</source>
            <translation>Le p&amp;restataire</translation>
        </message>
        <message>
            <source>A&amp;greed with the talent</source>
            <translation>Co&amp;nvenu avec le prestataire</translation>
        </message>
    </context>
    <context>
        <name>ScopeTab</name>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Cost delta</source>
            <translation>Écart de coût</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Demandé par</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Contre-passer…</translation>
        </message>
        <message>
            <source>Correct a change by a reversing row: the terms go back, the history stays (Del)</source>
            <translation>Corriger une modification par une ligne de contre-passation : les conditions reviennent en arrière, l'historique reste (Del)</translation>
        </message>
        <message>
            <source>Reverse scope change</source>
            <translation>Contre-passer l'avenant</translation>
        </message>
        <message>
            <source>Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.</source>
            <translation>Contre-passer « {change} » du {day} ({before} → {after}) ? Une ligne de contre-passation est ajoutée au registre.</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Contre-passer</translation>
        </message>
        <message>
            <source>Recorded by mistake</source>
            <translation>Enregistré par erreur</translation>
        </message>
        <message>
            <source> from {day}</source>
            <translation> à partir du {day}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Original budget {o}; with these changes {c}; over it by {p} %.</source>
            <translation>Budget initial {o} ; avec ces modifications {c} ; dépassement de {p} %.</translation>
        </message>
        <message>
            <source>Every change to a running agreement is recorded here: use Scope change ▾.</source>
            <translation>Chaque modification d'un accord en cours est enregistrée ici : utilisez Avenant ▾.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Suivre le système ({language})</translation>
        </message>
        <message>
            <source>As this computer's region ({currency})</source>
            <translation>Selon la région de cet ordinateur ({currency})</translation>
        </message>
        <message>
            <source>As this computer's region</source>
            <translation>Selon la région de cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Your name, time zone, currency, review rules, backups, appearance, dates, paper</source>
            <translation>Votre nom, fuseau horaire, devise, règles de revue, sauvegardes, apparence, dates, papier</translation>
        </message>
        <message>
            <source>Exchange &amp;rate table…</source>
            <translation>Table des taux de &amp;change…</translation>
        </message>
        <message>
            <source>The exchange rates kept per day: add, remove or import them</source>
            <translation>Les taux de change conservés par jour : ajoutez-en, supprimez-en ou importez-en</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Votre nom :</translation>
        </message>
        <message>
            <source>Named as the author of your PDF summaries</source>
            <translation>Indiqué comme auteur de vos résumés PDF</translation>
        </message>
        <message>
            <source>My &amp;time zone:</source>
            <translation>Mon &amp;fuseau horaire :</translation>
        </message>
        <message>
            <source>An IANA time zone such as Europe/Berlin; used to show the overlap of working hours</source>
            <translation>Un fuseau horaire IANA, par exemple Europe/Paris ; sert à afficher le chevauchement des heures de travail</translation>
        </message>
        <message>
            <source>My &amp;working hours:</source>
            <translation>Mes &amp;heures de travail :</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>End of my working day</source>
            <translation>Fin de ma journée de travail</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>&amp;Devise par défaut :</translation>
        </message>
        <message>
            <source>The ISO 4217 code new contracts and rates start with</source>
            <translation>Le code ISO 4217 proposé par défaut pour les nouveaux contrats et tarifs</translation>
        </message>
        <message>
            <source>&amp;Bonus allowed until:</source>
            <translation>&amp;Prime possible jusqu'à :</translation>
        </message>
        <message>
            <source> days after a contract ends</source>
            <translation> jours après la fin du contrat</translation>
        </message>
        <message>
            <source>How long after its end a contract still takes a bonus (Upwork allows 365 days)</source>
            <translation>Combien de temps après sa fin un contrat peut encore recevoir une prime (Upwork autorise 365 jours)</translation>
        </message>
        <message>
            <source>Home c&amp;urrency:</source>
            <translation>D&amp;evise de référence :</translation>
        </message>
        <message>
            <source>Totals across currencies (the bench, the dossier, the yearly spend, the tax year) are given in this currency, each payment at the rate of its date</source>
            <translation>Les totaux toutes devises confondues (le vivier, le dossier, les dépenses annuelles, l'année fiscale) sont donnés dans cette devise, chaque paiement au taux de sa date</translation>
        </message>
        <message>
            <source>Oldest rate &amp;allowed:</source>
            <translation>Taux le plus ancien &amp;admis :</translation>
        </message>
        <message>
            <source> days before the payment</source>
            <translation> jours avant le paiement</translation>
        </message>
        <message>
            <source>A payment on a weekend or holiday takes the rate of the nearest earlier day; a rate older than this counts as no rate</source>
            <translation>Un paiement un week-end ou un jour férié prend le taux du jour antérieur le plus proche ; un taux plus ancien que cette limite compte comme absent</translation>
        </message>
        <message>
            <source>Tax &amp;year starts:</source>
            <translation>Début de l'a&amp;nnée fiscale :</translation>
        </message>
        <message>
            <source>Month the tax year starts</source>
            <translation>Mois de début de l'année fiscale</translation>
        </message>
        <message>
            <source>1 January: the calendar year; the United Kingdom's tax year starts on 6 April</source>
            <translation>1er janvier : l'année civile ; l'année fiscale du Royaume-Uni commence le 6 avril</translation>
        </message>
        <message>
            <source>Day the tax year starts</source>
            <translation>Jour de début de l'année fiscale</translation>
        </message>
        <message>
            <source>Review rules</source>
            <translation>Règles de revue</translation>
        </message>
        <message>
            <source>Each rule puts cards in the review queue. Switch off what you do not need and set when each one asks.</source>
            <translation>Chaque règle ajoute des cartes à la file de revue. Désactivez celles dont vous n'avez pas besoin et réglez quand chacune se déclenche.</translation>
        </message>
        <message>
            <source>Files and backups</source>
            <translation>Fichiers et sauvegardes</translation>
        </message>
        <message>
            <source>Largest file to &amp;store:</source>
            <translation>Taille ma&amp;ximale des fichiers :</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
        </message>
        <message>
            <source>Files shared in a workroom above this size are refused</source>
            <translation>Les fichiers partagés dans un espace de travail qui dépassent cette taille sont refusés</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups for:</source>
            <translation>Conserver les sauvegardes &amp;quotidiennes :</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Keep &amp;monthly backups for:</source>
            <translation>Conserver les sauvegardes &amp;mensuelles :</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>Appearance and documents</source>
            <translation>Apparence et documents</translation>
        </message>
        <message>
            <source>Colour sc&amp;heme:</source>
            <translation>&amp;Thème de couleurs :</translation>
        </message>
        <message>
            <source>Light or dark, or follow the system; applied at once and at every start on this computer</source>
            <translation>Clair ou sombre, ou suivre le système ; appliqué immédiatement et à chaque démarrage sur cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The language of the window, the PDFs and the command line on this computer, and the form of its dates and numbers</source>
            <translation>La langue de la fenêtre, des PDF et de la ligne de commande sur cet ordinateur, ainsi que le format des dates et des nombres</translation>
        </message>
        <message>
            <source>A new language takes effect the next time TalentDesk starts.</source>
            <translation>Une nouvelle langue prend effet au prochain démarrage de TalentDesk.</translation>
        </message>
        <message>
            <source>Date f&amp;ormat:</source>
            <translation>F&amp;ormat de date :</translation>
        </message>
        <message>
            <source>How dates read in tables, date fields, charts and PDFs; CSV files always use ISO dates (2026-11-30)</source>
            <translation>L'affichage des dates dans les tableaux, les champs de date, les graphiques et les PDF ; les fichiers CSV utilisent toujours les dates ISO (2026-11-30)</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Format du pap&amp;ier :</translation>
        </message>
        <message>
            <source>The page size of the PDF summaries</source>
            <translation>Le format de page des résumés PDF</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until…</source>
            <translation>Reporter jusqu'au…</translation>
        </message>
        <message>
            <source>Bring this card back on:</source>
            <translation>Faire revenir cette carte le :</translation>
        </message>
    </context>
    <context>
        <name>TalentDialog</name>
        <message>
            <source>overlaps my day by {hours}</source>
            <translation>chevauche ma journée de {hours}</translation>
        </message>
        <message>
            <source>New talent</source>
            <translation>Nouveau talent</translation>
        </message>
        <message>
            <source>Edit talent</source>
            <translation>Modifier le talent</translation>
        </message>
        <message>
            <source>Active and On bench follow the contracts: the bench shows Active while a contract runs and On bench otherwise. Trial, Do not rehire and Archived stay as you set them.</source>
            <translation>Actif et Dans le vivier suivent les contrats : le vivier affiche Actif pendant un contrat et Dans le vivier sinon. Essai, À ne pas réengager et Archivé restent tels que vous les définissez.</translation>
        </message>
        <message>
            <source>Discard this new talent?</source>
            <translation>Abandonner ce nouveau talent ?</translation>
        </message>
        <message>
            <source>Discard your changes to {name}?</source>
            <translation>Abandonner vos modifications de {name} ?</translation>
        </message>
        <message>
            <source>choose a zone from the list</source>
            <translation>choisissez un fuseau dans la liste</translation>
        </message>
        <message>
            <source>{time} there now</source>
            <translation>{time} sur place actuellement</translation>
        </message>
        <message>
            <source>Required: why they should not be rehired</source>
            <translation>Obligatoire : pourquoi ne pas réengager cette personne</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>1 basic · 3 solid · 5 expert</source>
            <translation>1 notions · 3 solide · 5 expert</translation>
        </message>
        <message>
            <source>New: saved with the person</source>
            <translation>Nouveau : enregistré avec la personne</translation>
        </message>
        <message>
            <source>Saved rates stay: add a newer rate instead.</source>
            <translation>Les tarifs enregistrés restent : ajoutez plutôt un tarif plus récent.</translation>
        </message>
        <message>
            <source>Add talent</source>
            <translation>Ajouter le talent</translation>
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
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>&amp;Headline:</source>
            <translation>Titr&amp;e de profil :</translation>
        </message>
        <message>
            <source>What they do, in a line (e.g. Django backend developer)</source>
            <translation>Son métier, en une ligne (par ex. développeur backend Django)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Ville, pays</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>Lan&amp;gues :</translation>
        </message>
        <message>
            <source>English, Portuguese</source>
            <translation>Anglais, portugais</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>F&amp;useau horaire :</translation>
        </message>
        <message>
            <source>Type part of a city or region to search the IANA time zones</source>
            <translation>Tapez une partie du nom d'une ville ou d'une région pour chercher parmi les fuseaux horaires IANA</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>&amp;Heures de travail :</translation>
        </message>
        <message>
            <source>When their working day starts, in their time zone</source>
            <translation>Début de sa journée de travail, dans son fuseau horaire</translation>
        </message>
        <message>
            <source>End of their working day</source>
            <translation>Fin de sa journée de travail</translation>
        </message>
        <message>
            <source>When their working day ends; before the start means it runs past midnight</source>
            <translation>Fin de sa journée de travail ; une heure de fin antérieure au début signifie que la journée se prolonge après minuit</translation>
        </message>
        <message>
            <source>&amp;Preferred channel:</source>
            <translation>C&amp;anal préféré :</translation>
        </message>
        <message>
            <source>&amp;Replies within:</source>
            <translation>&amp;Répond sous :</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>How long they usually take to answer</source>
            <translation>Le temps qu'il faut d'habitude à la personne pour répondre</translation>
        </message>
        <message>
            <source>&amp;Stay in touch every:</source>
            <translation>Gar&amp;der le contact tous les :</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>aucun rappel</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>The review queue reminds you when you have not been in touch for this long</source>
            <translation>La file de revue vous prévient quand vous n'avez pas eu de contact depuis ce délai</translation>
        </message>
        <message>
            <source>&amp;Bench status:</source>
            <translation>&amp;Statut dans le vivier :</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Mot&amp;if :</translation>
        </message>
        <message>
            <source>Why (needed for do-not-rehire)</source>
            <translation>Pourquoi (obligatoire pour « À ne pas réengager »)</translation>
        </message>
        <message>
            <source>&amp;Favourite</source>
            <translation>&amp;Favori</translation>
        </message>
        <message>
            <source>&amp;Available for new work</source>
            <translation>Disponi&amp;ble pour de nouvelles missions</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Coordonnées</translation>
        </message>
        <message>
            <source>Contact channels</source>
            <translation>Canaux de contact</translation>
        </message>
        <message>
            <source>Double-click a cell to edit it</source>
            <translation>Double-cliquez sur une cellule pour la modifier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Address or number</source>
            <translation>Adresse ou numéro</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Préféré</translation>
        </message>
        <message>
            <source>Add &amp;channel</source>
            <translation>&amp;Ajouter un canal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Profile links</source>
            <translation>Liens de profil</translation>
        </message>
        <message>
            <source>Marketplace profile, portfolio, code host…</source>
            <translation>Profil sur une plateforme, portfolio, hébergeur de code…</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Add &amp;link</source>
            <translation>Ajouter un &amp;lien</translation>
        </message>
        <message>
            <source>S&amp;kills</source>
            <translation>Co&amp;mpétences</translation>
        </message>
        <message>
            <source>Add a skill (existing skills are suggested)</source>
            <translation>Ajouter une compétence (les compétences existantes sont suggérées)</translation>
        </message>
        <message>
            <source>Level from 1 (basic) to 5 (expert)</source>
            <translation>Niveau de 1 (notions) à 5 (expert)</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Ajouter la compétence</translation>
        </message>
        <message>
            <source>Double-click a level to change it</source>
            <translation>Double-cliquez sur un niveau pour le modifier</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Compétence</translation>
        </message>
        <message>
            <source>Level (1–5)</source>
            <translation>Niveau (1–5)</translation>
        </message>
        <message>
            <source>Remove skill</source>
            <translation>Supprimer la compétence</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Tarifs</translation>
        </message>
        <message>
            <source>A new rate is a new effective-dated row: contracts already agreed keep their own rates.</source>
            <translation>Un nouveau tarif est une nouvelle ligne avec sa date d'effet : les contrats déjà conclus gardent leurs propres tarifs.</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Date d'effet</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Nouveau tarif</translation>
        </message>
        <message>
            <source>From when the new rate applies</source>
            <translation>Date à partir de laquelle le nouveau tarif s'applique</translation>
        </message>
        <message>
            <source>Amount per hour, e.g. 55.00</source>
            <translation>Montant horaire, par ex. 55.00</translation>
        </message>
        <message>
            <source>Note (e.g. yearly revisit)</source>
            <translation>Remarque (par ex. révision annuelle)</translation>
        </message>
        <message>
            <source>Add &amp;rate</source>
            <translation>&amp;Ajouter le tarif</translation>
        </message>
        <message>
            <source>Remove new rate</source>
            <translation>Supprimer le nouveau tarif</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>What they are great at, how they like to work, what to remember next time…</source>
            <translation>Ses points forts, sa façon de travailler, ce qu'il faut retenir pour la prochaine fois…</translation>
        </message>
    </context>
    <context>
        <name>TermsHeader</name>
        <message>
            <source>Open this person on the bench</source>
            <translation>Ouvrir cette personne dans le vivier</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Projet d'essai</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Plafond hebdomadaire</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Versement hebdomadaire</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Hours logged this week against the weekly limit</source>
            <translation>Heures saisies cette semaine par rapport au plafond hebdomadaire</translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Périmètre des travaux</translation>
        </message>
        <message>
            <source>The scope of work as agreed</source>
            <translation>Le périmètre des travaux tel que convenu</translation>
        </message>
        <message>
            <source>Agreed through a scope change; the current terms hold until that day</source>
            <translation>Convenu par avenant ; les conditions actuelles s'appliquent jusqu'à ce jour</translation>
        </message>
        <message>
            <source>Hours logged against the hours the weekly payment buys at the hourly equivalent; the last 4 and 12 weeks are whole weeks before this one</source>
            <translation>Heures saisies par rapport aux heures qu'achète le versement hebdomadaire à l'équivalent horaire ; les 4 et 12 dernières semaines sont des semaines complètes avant celle-ci</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>avec {name}</translation>
        </message>
        <message>
            <source>Test project: hire</source>
            <translation>Projet d'essai : engager</translation>
        </message>
        <message>
            <source>Test project: not a fit</source>
            <translation>Projet d'essai : ne convient pas</translation>
        </message>
        <message>
            <source>{rate} / h</source>
            <translation>{rate} / h</translation>
        </message>
        <message>
            <source>{rate} / h equiv.</source>
            <translation>{rate} / h équiv.</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Illimité</translation>
        </message>
        <message>
            <source>Scheduled: {changes}</source>
            <translation>Prévu : {changes}</translation>
        </message>
        <message>
            <source>Original budget {original}; with scope changes {current}; {paid_label} so far {spent}</source>
            <translation>Budget initial {original} ; avec les avenants {current} ; {paid_label} à ce jour {spent}</translation>
        </message>
        <message>
            <source>No original budget to compare with: set one with Edit terms while a draft</source>
            <translation>Aucun budget initial de comparaison : définissez-en un avec Modifier les conditions tant que le contrat est un brouillon</translation>
        </message>
        <message>
            <source>Over budget by {amount} ({n} %)</source>
            <translation>Budget dépassé de {amount} ({n} %)</translation>
        </message>
        <message>
            <source>Paid beyond the original budget</source>
            <translation>Payé au-delà du budget initial</translation>
        </message>
        <message>
            <source>The larger of the agreed scope changes and the money paid, beyond the original budget</source>
            <translation>Le plus élevé des deux, avenants convenus ou sommes payées, au-delà du budget initial</translation>
        </message>
        <message>
            <source>this week {done} of {limit}, {over} over</source>
            <translation>cette semaine {done} sur {limit}, {over} de dépassement</translation>
        </message>
        <message>
            <source>this week {done} of {limit}</source>
            <translation>cette semaine {done} sur {limit}</translation>
        </message>
        <message>
            <source>this week {done}</source>
            <translation>cette semaine {done}</translation>
        </message>
        <message>
            <source>Over the weekly limit by {n}: usually paid as a bonus</source>
            <translation>Plafond hebdomadaire dépassé de {n} : généralement payé en prime</translation>
        </message>
        <message>
            <source>No written scope of work yet.</source>
            <translation>Aucun périmètre des travaux écrit pour le moment.</translation>
        </message>
        <message>
            <source>Engagement: </source>
            <translation>Collaboration : </translation>
        </message>
        <message>
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>{used} of {bought}</source>
            <translation>{used} sur {bought}</translation>
        </message>
        <message>
            <source>this week {used} ({share})</source>
            <translation>cette semaine {used} ({share})</translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s) {used} ({share})</source>
            <translation>
                <numerusform>dernière semaine {used} ({share})</numerusform>
                <numerusform>%n dernières semaines {used} ({share})</numerusform>
            </translation>
        </message>
        <message>
            <source>Retainer used: </source>
            <translation>Abonnement utilisé : </translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n day(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n jour)</numerusform>
                <numerusform>{first} – {last} (%n jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation>non commencé</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s), average {avg}</source>
            <translation>
                <numerusform>%n évaluation, moyenne {avg}</numerusform>
                <numerusform>%n évaluations, moyenne {avg}</numerusform>
            </translation>
        </message>
        <message>
            <source>no reviews yet</source>
            <translation>aucune évaluation pour le moment</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
            <translation>
                <numerusform>%n contrat · {span} · payé : {paid} · {reviews}</numerusform>
                <numerusform>%n contrats · {span} · payé : {paid} · {reviews}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>end date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>plafond hebdomadaire</translation>
        </message>
        <message>
            <source>milestone added</source>
            <translation>jalon ajouté</translation>
        </message>
        <message>
            <source>milestone edited</source>
            <translation>jalon modifié</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>prime</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarif</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>versement hebdomadaire</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>mis en pause</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>repris</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Score / amount</source>
            <translation>Note / montant</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Any score</source>
            <translation>Toutes les notes</translation>
        </message>
        <message>
            <source>Reviews of 1</source>
            <translation>Évaluations notées 1</translation>
        </message>
        <message>
            <source>Reviews of 2 or less</source>
            <translation>Évaluations notées 2 ou moins</translation>
        </message>
        <message>
            <source>Reviews of 3 or less</source>
            <translation>Évaluations notées 3 ou moins</translation>
        </message>
        <message>
            <source>Reviews of 4 or more</source>
            <translation>Évaluations notées 4 ou plus</translation>
        </message>
        <message>
            <source>Reviews of 5</source>
            <translation>Évaluations notées 5</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Période personnalisée</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Rechercher dans la chronologie</translation>
        </message>
        <message>
            <source>Search the events' text…</source>
            <translation>Rechercher dans le texte des événements…</translation>
        </message>
        <message>
            <source>Show only some kinds of event</source>
            <translation>Afficher seulement certains types d'événements</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Show events in a period</source>
            <translation>Afficher les événements d'une période</translation>
        </message>
        <message>
            <source>Only reviews and feedback with these scores</source>
            <translation>Seulement les évaluations et avis ayant ces notes</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Remercier…</translation>
        </message>
        <message>
            <source>Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)</source>
            <translation>Enregistrer un compliment, un témoignage, une recommandation ou une prime de remerciement (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Point d'étape…</translation>
        </message>
        <message>
            <source>A private mid-contract review of the selected person (Ctrl+Shift+K)</source>
            <translation>Une évaluation privée en cours de contrat de la personne sélectionnée (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Save the events the filters show as a CSV file</source>
            <translation>Enregistrer en fichier CSV les événements affichés par les filtres</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Remercier</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point d'étape</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s)</source>
            <translation>
                <numerusform>%n type</numerusform>
                <numerusform>%n types</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone: average review score and reviews per month</source>
            <translation>Tout le monde : note moyenne des évaluations et évaluations par mois</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people: average review score and reviews per month</source>
            <translation>
                <numerusform>%Ln personne : note moyenne des évaluations et évaluations par mois</numerusform>
                <numerusform>%Ln personnes : note moyenne des évaluations et évaluations par mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s), newest first</source>
            <translation>
                <numerusform>%Ln événement, le plus récent en premier</numerusform>
                <numerusform>%Ln événements, les plus récents en premier</numerusform>
            </translation>
        </message>
        <message>
            <source>No events match these filters. Clear a filter to see more.</source>
            <translation>Aucun événement ne correspond à ces filtres. Retirez un filtre pour en voir davantage.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet. Start a contract, write a review or say thanks, and it appears here.</source>
            <translation>Rien dans la chronologie pour le moment. Commencez un contrat, écrivez une évaluation ou remerciez quelqu'un : cela apparaîtra ici.</translation>
        </message>
        <message>
            <source>a review of 5</source>
            <translation>une évaluation de 5</translation>
        </message>
        <message>
            <source>milestone “{title}” approved</source>
            <translation>jalon « {title} » approuvé</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {why} on {day} ({contract}), no thanks since. &lt;a href='{index}'&gt;Say thanks&lt;/a&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; : {why} le {day} ({contract}), sans remerciement depuis. &lt;a href='{index}'&gt;Remercier&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Ouvrir {name}</translation>
        </message>
        <message>
            <source>Open contract “{title}”</source>
            <translation>Ouvrir le contrat « {title} »</translation>
        </message>
        <message>
            <source>Show only {name}</source>
            <translation>Afficher seulement {name}</translation>
        </message>
        <message>
            <source>Say thanks to {name}…</source>
            <translation>Remercier {name}…</translation>
        </message>
        <message>
            <source>Edit this {kind}…</source>
            <translation>Modifier cet élément ({kind})…</translation>
        </message>
        <message>
            <source>Remove this {kind}…</source>
            <translation>Supprimer cet élément ({kind})…</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copier le texte</translation>
        </message>
        <message>
            <source>the {kind} of {day} for {name}</source>
            <translation>l'élément « {kind} » du {day} pour {name}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>Supprimer {what} ?</translation>
        </message>
        <message>
            <source>Remove {kind}</source>
            <translation>Supprimer : {kind}</translation>
        </message>
        <message>
            <source>Removed {what}</source>
            <translation>Supprimé : {what}</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Exporter la chronologie</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) exported to {path}</source>
            <translation>
                <numerusform>%Ln événement exporté vers {path}</numerusform>
                <numerusform>%Ln événements exportés vers {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the timeline…</source>
            <translation>Export de la chronologie…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilité</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Délais</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Coopération</translation>
        </message>
    </context>
    <context>
        <name>UpworkImportDialog</name>
        <message>
            <source>People in the file</source>
            <translation>Personnes du fichier</translation>
        </message>
        <message>
            <source>Names that match someone on the bench exactly are used as they are.</source>
            <translation>Les noms qui correspondent exactement à quelqu'un du vivier sont utilisés tels quels.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nom dans le fichier</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>Dans le vivier</translation>
        </message>
        <message>
            <source>A weekly summary does not name the person: choose who these contracts are with</source>
            <translation>Un récapitulatif hebdomadaire ne nomme pas la personne : choisissez avec qui sont ces contrats</translation>
        </message>
        <message>
            <source>Contracts are with:</source>
            <translation>Contrats avec :</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Add as a new person</source>
            <translation>Ajouter comme nouvelle personne</translation>
        </message>
        <message>
            <source>A close match: check it is the same person</source>
            <translation>Correspondance proche : vérifiez qu'il s'agit de la même personne</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) ({layout})</source>
            <translation>
                <numerusform>%Ln ligne ({layout})</numerusform>
                <numerusform>%Ln lignes ({layout})</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; {exact}, {close}, {missing}. Choose who each name is:</source>
            <translation>{rows} ; {exact}, {close}, {missing}. Indiquez à qui correspond chaque nom :</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) match exactly</source>
            <translation>
                <numerusform>%Ln nom correspond exactement</numerusform>
                <numerusform>%Ln noms correspondent exactement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln closely</source>
            <translation>
                <numerusform>%Ln approximativement</numerusform>
                <numerusform>%Ln approximativement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln are new</source>
            <translation>
                <numerusform>%Ln nouveau</numerusform>
                <numerusform>%Ln nouveaux</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; every name matches someone on the bench.</source>
            <translation>{rows} ; chaque nom correspond à quelqu'un du vivier.</translation>
        </message>
        <message>
            <source>(add someone to the bench first)</source>
            <translation>(ajoutez d'abord quelqu'un au vivier)</translation>
        </message>
        <message>
            <source>Check the names, then preview.</source>
            <translation>Vérifiez les noms, puis affichez l'aperçu.</translation>
        </message>
    </context>
    <context>
        <name>VCardImportDialog</name>
        <message>
            <source>People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.</source>
            <translation>Les personnes sont rapprochées par leur UID vCard, puis par e-mail : une correspondance est mise à jour, jamais dupliquée.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>No hours logged yet.</source>
            <translation>Aucune heure saisie pour le moment.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Création des données de démonstration…</translation>
        </message>
        <message>
            <source>Welcome to TalentDesk</source>
            <translation>Bienvenue dans TalentDesk</translation>
        </message>
        <message>
            <source>Keep the people you hire for years: a bench to rehire from, a workroom for every contract, a timeline of feedback and praise, and review sessions that tell you what needs a decision. Everything stays on this computer.</source>
            <translation>Gardez pendant des années les personnes que vous engagez : un vivier où réengager, un espace de travail pour chaque contrat, une chronologie des avis et des compliments, et des sessions de revue qui vous indiquent ce qui demande une décision. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>Comment voulez-vous commencer ?</translation>
        </message>
        <message>
            <source>Explore with demo data</source>
            <translation>Explorer avec des données de démonstration</translation>
        </message>
        <message>
            <source>Fill this data folder with about 40 made-up people and their contracts to try every screen</source>
            <translation>Remplir ce dossier de données avec une quarantaine de personnes fictives et leurs contrats pour essayer chaque écran</translation>
        </message>
        <message>
            <source>Import my history…</source>
            <translation>Importer mon historique…</translation>
        </message>
        <message>
            <source>Bring in a marketplace transaction history (CSV) or an address book (vCard)</source>
            <translation>Importer l'historique des transactions d'une plateforme (CSV) ou un carnet d'adresses (vCard)</translation>
        </message>
        <message>
            <source>Start with an empty bench</source>
            <translation>Commencer avec un vivier vide</translation>
        </message>
        <message>
            <source>Add people yourself with File › New talent (Ctrl+N)</source>
            <translation>Ajoutez vous-même des personnes avec Fichier › Nouveau talent (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>WorkroomView</name>
        <message>
            <source>Mark offered</source>
            <translation>Marquer comme proposé</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activer</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Repasser en brouillon</translation>
        </message>
        <message>
            <source>Extend end date…</source>
            <translation>Prolonger la date de fin…</translation>
        </message>
        <message>
            <source>Change weekly limit…</source>
            <translation>Modifier le plafond hebdomadaire…</translation>
        </message>
        <message>
            <source>Add milestone…</source>
            <translation>Ajouter un jalon…</translation>
        </message>
        <message>
            <source>Change milestone…</source>
            <translation>Modifier un jalon…</translation>
        </message>
        <message>
            <source>Pay bonus…</source>
            <translation>Verser une prime…</translation>
        </message>
        <message>
            <source>Change rate…</source>
            <translation>Modifier le tarif…</translation>
        </message>
        <message>
            <source>Change weekly payment…</source>
            <translation>Modifier le versement hebdomadaire…</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Mettre en pause…</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation>Reprendre…</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Avenant</translation>
        </message>
        <message>
            <source>Change the running agreement; the ledger records why</source>
            <translation>Modifier l'accord en cours ; le registre en garde le motif</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>Modifier les conditions…</translation>
        </message>
        <message>
            <source>Terms of a draft or offer can be edited freely</source>
            <translation>Les conditions d'un brouillon ou d'une proposition se modifient librement</translation>
        </message>
        <message>
            <source>End contract…</source>
            <translation>Terminer le contrat…</translation>
        </message>
        <message>
            <source>Feedback, private review and the offboarding checklist (Ctrl+Shift+E)</source>
            <translation>Avis, évaluation privée et liste de fin de mission (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renouveler…</translation>
        </message>
        <message>
            <source>Start a new contract that continues this one (Ctrl+Shift+R)</source>
            <translation>Commencer un nouveau contrat qui prolonge celui-ci (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Point d'étape…</translation>
        </message>
        <message>
            <source>A mid-contract private review, so the trend has points before the end</source>
            <translation>Une évaluation privée en cours de contrat, pour que la tendance ait des points avant la fin</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Remercier…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Enregistrer un compliment précis, un témoignage, une recommandation ou une prime de remerciement</translation>
        </message>
        <message>
            <source>Classify…</source>
            <translation>Requalification…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>A summary of this contract to print or send</source>
            <translation>Un résumé de ce contrat, à imprimer ou à envoyer</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Scope changes</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Choose a contract on the left to open its room,
or start one with File ▸ New contract (Ctrl+Shift+N).</source>
            <translation>Choisissez un contrat à gauche pour ouvrir son espace,
ou commencez-en un avec Fichier ▸ Nouveau contrat (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Find a contract</source>
            <translation>Trouver un contrat</translation>
        </message>
        <message>
            <source>Find in all messages</source>
            <translation>Chercher dans tous les messages</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Terminer le contrat</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <source>Messages ({n})</source>
            <translation>Messages ({n})</translation>
        </message>
        <message>
            <source>Files ({n})</source>
            <translation>Fichiers ({n})</translation>
        </message>
        <message>
            <source>Milestones ({n})</source>
            <translation>Jalons ({n})</translation>
        </message>
        <message>
            <source>Scope changes ({n})</source>
            <translation>Avenants ({n})</translation>
        </message>
        <message>
            <source>Access ({n} open)</source>
            <translation>Accès ({n} en cours)</translation>
        </message>
        <message>
            <source>A bonus payment and its row in the scope ledger</source>
            <translation>Un paiement de prime et sa ligne au registre des avenants</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>moyen</translation>
        </message>
        <message>
            <source>high</source>
            <translation>élevé</translation>
        </message>
        <message>
            <source>Risk: {risk}…</source>
            <translation>Risque : {risk}…</translation>
        </message>
        <message numerus="yes">
            <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
            <translation>
                <numerusform>Contrôle de requalification : effectué le {day}, %n point de risque. Refaites-le si quelque chose change.</numerusform>
                <numerusform>Contrôle de requalification : effectué le {day}, %n points de risque. Refaites-le si quelque chose change.</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification check: does this contractor look like an employee? Never done for this contract.</source>
            <translation>Contrôle de requalification : ce prestataire ressemble-t-il à un salarié ? Jamais effectué pour ce contrat.</translation>
        </message>
        <message>
            <source>Change contract status</source>
            <translation>Changer le statut du contrat</translation>
        </message>
        <message>
            <source>Contract set to {status}</source>
            <translation>Contrat passé à : {status}</translation>
        </message>
    </context>
    <context>
        <name>WriteReviewWizard</name>
        <message>
            <source>Write the review: {title}</source>
            <translation>Écrire l'évaluation : {title}</translation>
        </message>
        <message>
            <source>Feedback given (already recorded)</source>
            <translation>Avis donné (déjà enregistré)</translation>
        </message>
        <message>
            <source>Feedback received (already recorded)</source>
            <translation>Avis reçu (déjà enregistré)</translation>
        </message>
        <message>
            <source>Private review (already written)</source>
            <translation>Évaluation privée (déjà écrite)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <source>&amp;Licences…</source>
            <translation>&amp;Licences…</translation>
        </message>
        <message>
            <source>The licences of TalentDesk and of everything it includes</source>
            <translation>Les licences de TalentDesk et de tout ce qu'il inclut</translation>
        </message>
    </context>
    <context>
        <name>classification</name>
        <message>
            <source>This check is guidance to help you spot risk, not legal advice. The rules differ by country; ask a lawyer or an accountant where you and the contractor live.</source>
            <translation>Ce contrôle est une aide pour repérer les risques, pas un conseil juridique. Les règles varient d'un pays à l'autre ; consultez un avocat ou un expert-comptable là où vous et le prestataire résidez.</translation>
        </message>
        <message>
            <source>You set their working hours.</source>
            <translation>Vous fixez ses horaires de travail.</translation>
        </message>
        <message>
            <source>Agree on outcomes and deadlines; let them choose when they work.</source>
            <translation>Convenez de résultats et d'échéances ; laissez la personne choisir quand elle travaille.</translation>
        </message>
        <message>
            <source>You and they set the working hours together.</source>
            <translation>Vous fixez ensemble les horaires de travail.</translation>
        </message>
        <message>
            <source>Keep fixed hours to the overlap you truly need.</source>
            <translation>Limitez les horaires imposés au chevauchement vraiment nécessaire.</translation>
        </message>
        <message>
            <source>You decide where they work.</source>
            <translation>Vous décidez de son lieu de travail.</translation>
        </message>
        <message>
            <source>Let them work from a place of their choosing.</source>
            <translation>Laissez la personne travailler depuis le lieu de son choix.</translation>
        </message>
        <message>
            <source>Where they work is partly your decision.</source>
            <translation>Vous décidez en partie de son lieu de travail.</translation>
        </message>
        <message>
            <source>Limit required on-site days to what the work needs.</source>
            <translation>Limitez les jours de présence sur site exigés à ce que le travail requiert.</translation>
        </message>
        <message>
            <source>You supply their equipment (or the access register lists equipment lent).</source>
            <translation>Vous fournissez son matériel (ou le registre des accès mentionne du matériel prêté).</translation>
        </message>
        <message>
            <source>Let them use their own tools; recover equipment you lent.</source>
            <translation>Laissez la personne utiliser ses propres outils ; récupérez le matériel prêté.</translation>
        </message>
        <message>
            <source>You supply part of their equipment.</source>
            <translation>Vous fournissez une partie de son matériel.</translation>
        </message>
        <message>
            <source>Keep supplied equipment to what security requires.</source>
            <translation>Limitez le matériel fourni à ce qu'exige la sécurité.</translation>
        </message>
        <message>
            <source>They may not work for other clients.</source>
            <translation>La personne n'a pas le droit de travailler pour d'autres clients.</translation>
        </message>
        <message>
            <source>Drop the exclusivity, or limit it to direct competitors.</source>
            <translation>Renoncez à l'exclusivité, ou limitez-la aux concurrents directs.</translation>
        </message>
        <message>
            <source>The engagement is open-ended.</source>
            <translation>La collaboration n'a pas de terme défini.</translation>
        </message>
        <message>
            <source>Give the contract an end date or a defined deliverable.</source>
            <translation>Donnez au contrat une date de fin ou un livrable défini.</translation>
        </message>
        <message>
            <source>There is no written contract.</source>
            <translation>Il n'y a pas de contrat écrit.</translation>
        </message>
        <message>
            <source>Sign a written contract that describes an independent engagement.</source>
            <translation>Signez un contrat écrit qui décrit une collaboration indépendante.</translation>
        </message>
        <message>
            <source>No agreement is among this contract's or this person's files, and it is not through a marketplace.</source>
            <translation>Aucun accord ne figure parmi les fichiers de ce contrat ou de cette personne, et le contrat ne passe pas par une plateforme.</translation>
        </message>
        <message>
            <source>Store the signed agreement with the contract's files (or, for a framework agreement, the person's).</source>
            <translation>Conservez l'accord signé avec les fichiers du contrat (ou, pour un contrat-cadre, avec ceux de la personne).</translation>
        </message>
        <message>
            <source>The work is the core of your business.</source>
            <translation>Le travail relève du cœur de votre activité.</translation>
        </message>
        <message>
            <source>Scope the work as a project with its own deliverables.</source>
            <translation>Définissez le travail comme un projet avec ses propres livrables.</translation>
        </message>
        <message>
            <source>More than a year at 30 or more hours a week.</source>
            <translation>Plus d'un an à 30 heures ou plus par semaine.</translation>
        </message>
        <message>
            <source>Reduce the weekly hours or bring the engagement to an end.</source>
            <translation>Réduisez les heures hebdomadaires ou mettez fin à la collaboration.</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Edit rate: {person}</source>
            <translation>Modifier le tarif : {person}</translation>
        </message>
        <message>
            <source>Correct a rate recorded for {person}{contract}. To record a change of rate, log a raise instead.</source>
            <translation>Corriger un tarif enregistré pour {person}{contract}. Pour enregistrer un changement de tarif, enregistrez plutôt une augmentation.</translation>
        </message>
        <message>
            <source> on “{title}”</source>
            <translation> sur « {title} »</translation>
        </message>
        <message>
            <source>&amp;Rate per hour:</source>
            <translation>&amp;Tarif horaire :</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Modifier le tarif</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{why}. Nothing was changed.</source>
            <translation>{why}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (no manifest)</source>
            <translation>ce n'est pas une sauvegarde TalentDesk (aucun manifeste)</translation>
        </message>
        <message>
            <source>the backup's manifest is implausibly large ({file_size:,} bytes)</source>
            <translation>le manifeste de la sauvegarde a une taille invraisemblable ({file_size:,} octets)</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({detail})</source>
            <translation>le manifeste de la sauvegarde est endommagé ({detail})</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({why})</source>
            <translation>le manifeste de la sauvegarde est endommagé ({why})</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (backup format {format}); install the newer version to restore it</source>
            <translation>cette sauvegarde a été faite par une version plus récente de TalentDesk (format de sauvegarde {format}) ; installez cette version pour la restaurer</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (schema {schema}; this program knows up to {known}); install the newer version to restore it</source>
            <translation>cette sauvegarde a été faite par une version plus récente de TalentDesk (schéma {schema} ; ce programme connaît jusqu'au {known}) ; installez cette version pour la restaurer</translation>
        </message>
        <message>
            <source>the backup is refused: member {shown} {why}</source>
            <translation>la sauvegarde est refusée : l'élément {shown} {why}</translation>
        </message>
        <message>
            <source>the backup holds no database</source>
            <translation>la sauvegarde ne contient aucune base de données</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is missing</source>
            <translation>la sauvegarde est endommagée : {name} est absent</translation>
        </message>
        <message>
            <source>the backup is refused: {name} is larger than its manifest says</source>
            <translation>la sauvegarde est refusée : {name} est plus gros que ne l'indique son manifeste</translation>
        </message>
        <message>
            <source>the backup is refused: {name} would unpack {times:,} times its packed size (a zip bomb)</source>
            <translation>la sauvegarde est refusée : {name} se décompresserait à {times:,} fois sa taille compressée (une bombe zip)</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} cannot be read ({exc})</source>
            <translation>la sauvegarde est endommagée : {name} est illisible ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {name} unpacks to more than the {size:,} bytes its manifest says</source>
            <translation>la sauvegarde est refusée : {name} se décompresse au-delà des {size:,} octets indiqués par son manifeste</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is {written:,} bytes, its manifest says {size:,}</source>
            <translation>la sauvegarde est endommagée : {name} fait {written:,} octets, son manifeste en indique {size:,}</translation>
        </message>
        <message>
            <source>there is not enough free disk space to restore it ({need:,.0f} MB needed, {free:,.0f} MB free); free some space and try again</source>
            <translation>l'espace disque libre ne suffit pas pour la restaurer ({need:,.0f} Mo nécessaires, {free:,.0f} Mo libres) ; libérez de l'espace et réessayez</translation>
        </message>
        <message>
            <source>this backup was made from an encrypted data folder; turn encryption on here with the same passphrase (Tools › Encryption…), then restore it</source>
            <translation>cette sauvegarde provient d'un dossier de données chiffré ; activez ici le chiffrement avec la même phrase secrète (Outils › Chiffrement…), puis restaurez-la</translation>
        </message>
        <message>
            <source>the backup's database cannot be opened ({exc})</source>
            <translation>la base de données de la sauvegarde ne peut pas être ouverte ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {exc}</source>
            <translation>la sauvegarde est refusée : {exc}</translation>
        </message>
        <message>
            <source>the backup's database is damaged ({exc})</source>
            <translation>la base de données de la sauvegarde est endommagée ({exc})</translation>
        </message>
        <message>
            <source>the backup's database (schema {found}) does not match its manifest (schema {version})</source>
            <translation>la base de données de la sauvegarde (schéma {found}) ne correspond pas à son manifeste (schéma {version})</translation>
        </message>
        <message>
            <source>the backup's database cannot be brought up to this version ({exc})</source>
            <translation>la base de données de la sauvegarde ne peut pas être mise à niveau vers cette version ({exc})</translation>
        </message>
        <message>
            <source>the backup's database is not one this program can use ({problems})</source>
            <translation>la base de données de la sauvegarde n'est pas utilisable par ce programme ({problems})</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (not a readable zip: {exc})</source>
            <translation>ce n'est pas une sauvegarde TalentDesk (zip illisible : {exc})</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} does not match its checksum</source>
            <translation>la sauvegarde est endommagée : {name} ne correspond pas à sa somme de contrôle</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>le disque est plein ; libérez de l'espace et réessayez</translation>
        </message>
        <message>
            <source>the backup's database cannot be used ({exc})</source>
            <translation>la base de données de la sauvegarde est inutilisable ({exc})</translation>
        </message>
        <message>
            <source>the team database already holds data ({said}); restore a backup only into an empty team database</source>
            <translation>la base de données d'équipe contient déjà des données ({said}) ; ne restaurez une sauvegarde que dans une base de données d'équipe vide</translation>
        </message>
        <message>
            <source>this backup holds files sealed by an encrypted data folder; restore it into that folder, then move the data with “talentdesk transfer --to URL”</source>
            <translation>cette sauvegarde contient des fichiers scellés par un dossier de données chiffré ; restaurez-la dans ce dossier, puis déplacez les données avec « talentdesk transfer --to URL »</translation>
        </message>
        <message>
            <source>is after it was revoked ({revoked_on}).</source>
            <translation>la date est postérieure à la révocation ({revoked_on}).</translation>
        </message>
        <message>
            <source>That access grant no longer exists.</source>
            <translation>Cet accès n'existe plus.</translation>
        </message>
        <message>
            <source>{system} was already revoked on {revoked_on}.</source>
            <translation>{system} a déjà été révoqué le {revoked_on}.</translation>
        </message>
        <message>
            <source>is before it was granted ({granted_on}).</source>
            <translation>la date est antérieure à l'octroi ({granted_on}).</translation>
        </message>
        <message>
            <source>say what they did that you liked, and how it helped.</source>
            <translation>dites ce que la personne a fait qui vous a plu, et en quoi cela a aidé.</translation>
        </message>
        <message>
            <source>“{text}” is too short to be specific ({words}). Say what they did and how it helped, e.g. “the clear hand-over notes saved me a day”.</source>
            <translation>« {text} » est trop court pour être précis ({words}). Dites ce que la personne a fait et en quoi cela a aidé, par exemple « ses notes de passation claires m'ont fait gagner une journée ».</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <source>could be said of anyone. Name the specific thing they did and how it helped.</source>
            <translation>cela pourrait se dire de n'importe qui. Nommez précisément ce que la personne a fait et en quoi cela a aidé.</translation>
        </message>
        <message>
            <source>is in the future; record appreciation when it was given.</source>
            <translation>la date est dans le futur ; enregistrez le remerciement une fois exprimé.</translation>
        </message>
        <message>
            <source>belongs to someone else; choose one of this person's contracts.</source>
            <translation>ce contrat appartient à quelqu'un d'autre ; choisissez un des contrats de cette personne.</translation>
        </message>
        <message>
            <source>a bonus is paid on a contract; choose which one.</source>
            <translation>une prime se paie sur un contrat ; choisissez lequel.</translation>
        </message>
        <message>
            <source>a thank-you bonus needs an amount above zero.</source>
            <translation>une prime de remerciement doit avoir un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>the contract is paid in {currency}; give the bonus in {currency}.</source>
            <translation>le contrat est payé en {currency} ; indiquez la prime en {currency}.</translation>
        </message>
        <message>
            <source>cannot sort by {sort_column!r}.</source>
            <translation>impossible de trier par {sort_column!r}.</translation>
        </message>
        <message>
            <source>choose the person this contract is with.</source>
            <translation>choisissez la personne concernée par ce contrat.</translation>
        </message>
        <message>
            <source>a retainer needs its weekly payment.</source>
            <translation>un abonnement nécessite un versement hebdomadaire.</translation>
        </message>
        <message>
            <source>contract {renews_id} does not exist.</source>
            <translation>le contrat {renews_id} n'existe pas.</translation>
        </message>
        <message>
            <source>a new contract starts as draft, offered or active.</source>
            <translation>un nouveau contrat commence à l'état brouillon, proposé ou actif.</translation>
        </message>
        <message>
            <source>The terms of a running contract change through a scope change, so the ledger records it.</source>
            <translation>Les conditions d'un contrat en cours se modifient par avenant, pour que le registre en garde la trace.</translation>
        </message>
        <message>
            <source>No contract with id {contract_id}; it may have been deleted.</source>
            <translation>Aucun contrat avec l'identifiant {contract_id} ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot become {to}.</source>
            <translation>Un contrat « {status} » ne peut pas passer à « {to} ».</translation>
        </message>
        <message>
            <source>is before the start of the contract.</source>
            <translation>la date précède le début du contrat.</translation>
        </message>
        <message>
            <source>is only for a payment in another currency than the contract's {contract_currency}.</source>
            <translation>ce champ ne sert que pour un paiement dans une autre devise que celle du contrat ({contract_currency}).</translation>
        </message>
        <message>
            <source>this payment is in {currency} but the contract is in {contract_currency}: give the amount in {contract_currency} too, so that the contract's totals count it.</source>
            <translation>ce paiement est en {currency} mais le contrat est en {contract_currency} : indiquez aussi le montant en {contract_currency}, pour qu'il compte dans les totaux du contrat.</translation>
        </message>
        <message>
            <source>is in the future; log what was already said.</source>
            <translation>la date est dans le futur ; notez ce qui a déjà été dit.</translation>
        </message>
        <message>
            <source>Feedback given to them is already recorded for this contract.</source>
            <translation>Un avis donné à la personne est déjà enregistré pour ce contrat.</translation>
        </message>
        <message>
            <source>Feedback received from them is already recorded for this contract.</source>
            <translation>Un avis reçu de la personne est déjà enregistré pour ce contrat.</translation>
        </message>
        <message>
            <source>choose yes, maybe or no.</source>
            <translation>choisissez oui, peut-être ou non.</translation>
        </message>
        <message>
            <source>choose from 0 to 10.</source>
            <translation>choisissez entre 0 et 10.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}; it may have been removed.</source>
            <translation>Aucun paiement avec l'identifiant {payment_id} ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>Nothing was changed: the payment already says this.</source>
            <translation>Rien n'a été modifié : le paiement indique déjà cela.</translation>
        </message>
        <message>
            <source>use at least {least}; a few words are best.</source>
            <translation>utilisez au moins {least} ; quelques mots, c'est mieux.</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n caractère</numerusform>
                <numerusform>%n caractères</numerusform>
            </translation>
        </message>
        <message>
            <source>the two passphrases differ.</source>
            <translation>les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <source>is not the passphrase of this data folder.</source>
            <translation>ce n'est pas la phrase secrète de ce dossier de données.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Ce dossier de données n'est pas chiffré.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>the stored file's name is damaged.</source>
            <translation>le nom du fichier stocké est endommagé.</translation>
        </message>
        <message>
            <source>“{name}” no longer exists.</source>
            <translation>« {name} » n'existe plus.</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>« {name} » n'est pas un fichier.</translation>
        </message>
        <message>
            <source>“{name}” is {size:.0f} MB; files up to {limit} MB can be stored (the limit is in the settings).</source>
            <translation>« {name} » fait {size:.0f} Mo ; seuls les fichiers jusqu'à {limit} Mo peuvent être stockés (la limite se règle dans les paramètres).</translation>
        </message>
        <message>
            <source>“{name}” grew past the size limit while being copied.</source>
            <translation>« {name} » a dépassé la taille limite pendant la copie.</translation>
        </message>
        <message>
            <source>That person is no longer on the bench.</source>
            <translation>Cette personne n'est plus dans le vivier.</translation>
        </message>
        <message>
            <source>is before the day the file was shared; check the two dates.</source>
            <translation>la date précède le jour du partage du fichier ; vérifiez les deux dates.</translation>
        </message>
        <message>
            <source>That file is no longer recorded.</source>
            <translation>Ce fichier n'est plus enregistré.</translation>
        </message>
        <message>
            <source>“{name}” is over the size limit of {limit} MB.</source>
            <translation>« {name} » dépasse la taille limite de {limit} Mo.</translation>
        </message>
        <message>
            <source>The stored copy is sealed with another passphrase, or damaged.</source>
            <translation>La copie stockée est scellée avec une autre phrase secrète, ou endommagée.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing from the data folder.</source>
            <translation>La copie stockée de « {name} » est absente du dossier de données.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Il n'y a rien à annuler.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Il n'y a rien à rétablir.</translation>
        </message>
        <message>
            <source>choose a date and a time.</source>
            <translation>choisissez une date et une heure.</translation>
        </message>
        <message>
            <source>is in the future; log what already happened.</source>
            <translation>la date est dans le futur ; notez ce qui s'est déjà passé.</translation>
        </message>
        <message>
            <source>only a call or a meeting has a duration.</source>
            <translation>seuls un appel ou une réunion ont une durée.</translation>
        </message>
        <message>
            <source>write what was said.</source>
            <translation>écrivez ce qui a été dit.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Cette personne n'existe plus.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged; choose another one.</source>
            <translation>La sauvegarde {name} est endommagée ; choisissez-en une autre.</translation>
        </message>
        <message>
            <source>No milestone with id {milestone_id}; it may have been deleted.</source>
            <translation>Aucun jalon avec l'identifiant {milestone_id} ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>The amount of a milestone on a running contract changes through a scope change.</source>
            <translation>Le montant d'un jalon d'un contrat en cours se modifie par avenant.</translation>
        </message>
        <message>
            <source>This milestone's payment is recorded; remove that payment first to mark it unpaid.</source>
            <translation>Le paiement de ce jalon est enregistré ; supprimez d'abord ce paiement pour marquer le jalon comme non payé.</translation>
        </message>
        <message>
            <source>belongs to another contract.</source>
            <translation>cet élément appartient à un autre contrat.</translation>
        </message>
        <message>
            <source>a payment for a milestone is a milestone payment.</source>
            <translation>un paiement pour un jalon est de type « Jalon ».</translation>
        </message>
        <message>
            <source>This milestone is already paid.</source>
            <translation>Ce jalon est déjà payé.</translation>
        </message>
        <message>
            <source>On a running contract a milestone is removed through Scope change › Change milestone, so the ledger records it.</source>
            <translation>Sur un contrat en cours, un jalon se supprime via Avenant › Modifier un jalon, pour que le registre en garde la trace.</translation>
        </message>
        <message>
            <source>An approved or paid milestone is part of the record and cannot be removed.</source>
            <translation>Un jalon approuvé ou payé fait partie de l'historique et ne peut pas être supprimé.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, JPY).</source>
            <translation>« {code} » n'est pas un code de devise ISO 4217 (par ex. USD, EUR, JPY).</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount of money.</source>
            <translation>« {amount} » n'est pas un montant.</translation>
        </message>
        <message>
            <source>must be a finite amount.</source>
            <translation>le montant doit être fini.</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>la valeur ne doit pas être négative.</translation>
        </message>
        <message>
            <source>has more decimals than {currency} allows ({digits}).</source>
            <translation>la valeur a plus de décimales que n'en permet {currency} ({digits}).</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>champ obligatoire.</translation>
        </message>
        <message>
            <source>must be a whole number of minor units (cents).</source>
            <translation>la valeur doit être un nombre entier d'unités mineures (centimes).</translation>
        </message>
        <message>
            <source>is too large.</source>
            <translation>la valeur est trop grande.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot be ended.</source>
            <translation>Un contrat « {status} » ne peut pas être terminé.</translation>
        </message>
        <message>
            <source>is before the start {start_date}.</source>
            <translation>la date précède le début ({start_date}).</translation>
        </message>
        <message>
            <source>nothing to save: give feedback or write the private review.</source>
            <translation>rien à enregistrer : donnez un avis ou écrivez l'évaluation privée.</translation>
        </message>
        <message>
            <source>Feedback and the closing review are written when the contract ends.</source>
            <translation>L'avis et l'évaluation de clôture s'écrivent à la fin du contrat.</translation>
        </message>
        <message>
            <source>That checklist item no longer exists.</source>
            <translation>Cet élément de la liste n'existe plus.</translation>
        </message>
        <message>
            <source> It belongs to “{title}”: record it there.</source>
            <translation> Il appartient à « {title} » : enregistrez-le là-bas.</translation>
        </message>
        <message>
            <source>{day} is more than {days} after this contract ended on {end_date}; nothing is paid on it that late.{hint}</source>
            <translation>Le {day} tombe plus de {days} après la fin de ce contrat, le {end_date} ; rien n'y est payé aussi tard.{hint}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a setting.</source>
            <translation>ce n'est pas un paramètre.</translation>
        </message>
        <message>
            <source>choose one of the date formats offered.</source>
            <translation>choisissez l'un des formats de date proposés.</translation>
        </message>
        <message>
            <source>choose A4, Letter, or the one your region uses.</source>
            <translation>choisissez A4, Letter ou le format de votre région.</translation>
        </message>
        <message>
            <source>the end of the working day must come after its start.</source>
            <translation>la fin de la journée de travail doit venir après son début.</translation>
        </message>
        <message>
            <source>is not one of this person's contracts.</source>
            <translation>ce n'est pas un des contrats de cette personne.</translation>
        </message>
        <message>
            <source>the contract “{title}” is paid in {currency}; give the raise in {currency} to change its rate too.</source>
            <translation>le contrat « {title} » est payé en {currency} ; indiquez l'augmentation en {currency} pour changer aussi son tarif.</translation>
        </message>
        <message>
            <source>That message is no longer recorded; it may have been removed.</source>
            <translation>Ce message n'est plus enregistré ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>That feedback is no longer recorded; it may have been removed.</source>
            <translation>Cet avis n'est plus enregistré ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>That review is no longer recorded; it may have been removed.</source>
            <translation>Cette évaluation n'est plus enregistrée ; elle a peut-être été supprimée.</translation>
        </message>
        <message>
            <source>That appreciation is no longer recorded; it may have been removed.</source>
            <translation>Ce remerciement n'est plus enregistré ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>That rate is no longer recorded; it may have been removed.</source>
            <translation>Ce tarif n'est plus enregistré ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>stays the same; record appreciation for someone else anew.</source>
            <translation>ne peut pas changer ; enregistrez un nouveau remerciement pour quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>a thank-you bonus is a payment and stays one; remove it and record the appreciation anew to change its kind.</source>
            <translation>une prime de remerciement est un paiement et le reste ; supprimez-la et enregistrez un nouveau remerciement pour en changer le type.</translation>
        </message>
        <message>
            <source>No talent with id {talent_id}; it may have been deleted.</source>
            <translation>Aucun talent avec l'identifiant {talent_id} ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>There are no review sessions yet; run a review session first.</source>
            <translation>Il n'y a encore aucune session de revue ; lancez d'abord une session de revue.</translation>
        </message>
        <message>
            <source>No review session with id {session_id}.</source>
            <translation>Aucune session de revue avec l'identifiant {session_id}.</translation>
        </message>
        <message>
            <source>“{year}” is not a year.</source>
            <translation>« {year} » n'est pas une année.</translation>
        </message>
        <message>
            <source>“{token}” matches {count}; name one of them (by its UUID):</source>
            <translation>« {token} » correspond à {count} ; désignez-en un (par son UUID) :</translation>
        </message>
        <message>
            <source>no {what} matches “{token}”; give its UUID, its name or a part of it.</source>
            <translation>aucun élément ({what}) ne correspond à « {token} » ; indiquez son UUID, son nom ou une partie de celui-ci.</translation>
        </message>
        <message>
            <source>This review session has ended; start a new one.</source>
            <translation>Cette session de revue est terminée ; commencez-en une nouvelle.</translation>
        </message>
        <message>
            <source>choose a day after today.</source>
            <translation>choisissez un jour après aujourd'hui.</translation>
        </message>
        <message>
            <source>say why this card can be dismissed.</source>
            <translation>indiquez pourquoi cette carte peut être écartée.</translation>
        </message>
        <message>
            <source>This card is not about a contract.</source>
            <translation>Cette carte ne concerne pas un contrat.</translation>
        </message>
        <message>
            <source>This card is not about a person.</source>
            <translation>Cette carte ne concerne pas une personne.</translation>
        </message>
        <message>
            <source>“{action}” is not an action of a review card.</source>
            <translation>« {action} » n'est pas une action de carte de revue.</translation>
        </message>
        <message>
            <source>This contract is {status}; a scope change needs a running contract.</source>
            <translation>Ce contrat est « {status} » ; un avenant nécessite un contrat en cours.</translation>
        </message>
        <message>
            <source>is before the start of the contract ({start_date}).</source>
            <translation>la date précède le début du contrat ({start_date}).</translation>
        </message>
        <message>
            <source>is after the end of the contract ({end_date}).</source>
            <translation>la date suit la fin du contrat ({end_date}).</translation>
        </message>
        <message>
            <source>is the same as the current end date.</source>
            <translation>la date est identique à la date de fin actuelle.</translation>
        </message>
        <message>
            <source>is the same as the limit in force that day.</source>
            <translation>la valeur est identique au plafond en vigueur ce jour-là.</translation>
        </message>
        <message>
            <source>is the same as the rate in force that day.</source>
            <translation>la valeur est identique au tarif en vigueur ce jour-là.</translation>
        </message>
        <message>
            <source>Only a retainer has a weekly payment.</source>
            <translation>Seul un abonnement a un versement hebdomadaire.</translation>
        </message>
        <message>
            <source>is the same as the weekly payment in force that day.</source>
            <translation>la valeur est identique au versement hebdomadaire en vigueur ce jour-là.</translation>
        </message>
        <message>
            <source>choose a milestone of this contract.</source>
            <translation>choisissez un jalon de ce contrat.</translation>
        </message>
        <message>
            <source>change the amount or the due date, or remove the milestone.</source>
            <translation>modifiez le montant ou l'échéance, ou supprimez le jalon.</translation>
        </message>
        <message>
            <source>This milestone is paid; its amount is part of the record.</source>
            <translation>Ce jalon est payé ; son montant fait partie de l'historique.</translation>
        </message>
        <message>
            <source>This contract is {status}; a bonus is paid on a contract that has started.</source>
            <translation>Ce contrat est « {status} » ; une prime se paie sur un contrat qui a commencé.</translation>
        </message>
        <message>
            <source>A bonus can be paid up to {days} after a contract ends; this one ended on {end_date}, so the last day was {last}.</source>
            <translation>Une prime peut être payée jusqu'à {days} après la fin d'un contrat ; celui-ci a pris fin le {end_date}, le dernier jour possible était donc le {last}.</translation>
        </message>
        <message>
            <source>must be more than zero.</source>
            <translation>la valeur doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>The contract's {kind} has changed since ({now}); record a new scope change instead of reversing this one.</source>
            <translation>Ce point du contrat ({kind}) a changé depuis ({now}) ; enregistrez un nouvel avenant au lieu de contre-passer celui-ci.</translation>
        </message>
        <message>
            <source>That scope change is no longer recorded.</source>
            <translation>Cet avenant n'est plus enregistré.</translation>
        </message>
        <message>
            <source>This scope change has already been reversed.</source>
            <translation>Cet avenant a déjà été contre-passé.</translation>
        </message>
        <message>
            <source>say why this person should not be rehired.</source>
            <translation>indiquez pourquoi cette personne ne doit pas être réengagée.</translation>
        </message>
        <message>
            <source>“{clean}” is listed twice.</source>
            <translation>« {clean} » figure deux fois.</translation>
        </message>
        <message>
            <source>{name} has {contracts}; deleting would lose that history. Archive them instead.</source>
            <translation>{name} a {contracts} ; la suppression ferait perdre cet historique. Archivez plutôt cette personne.</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrat</numerusform>
                <numerusform>%n contrats</numerusform>
            </translation>
        </message>
        <message>
            <source>is too long ({length}; at most {max_length}).</source>
            <translation>longueur excessive ({length} ; au plus {max_length}).</translation>
        </message>
        <message>
            <source>must contain a visible character (a letter, digit or sign).</source>
            <translation>la valeur doit contenir un caractère visible (lettre, chiffre ou signe).</translation>
        </message>
        <message>
            <source>is too long ({length}); search for at most {most}.</source>
            <translation>longueur excessive ({length}) ; cherchez au plus {most}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln caractère</numerusform>
                <numerusform>%Ln caractères</numerusform>
            </translation>
        </message>
        <message>
            <source>has {terms}; search for at most {most} at once.</source>
            <translation>{terms}, c'est trop ; cherchez-en au plus {most} à la fois.</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address (name@example.com).</source>
            <translation>« {value} » n'est pas une adresse e-mail (nom@exemple.com).</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>« {value} » n'est pas une adresse web (elle doit commencer par https://).</translation>
        </message>
        <message>
            <source>“{value}” is not an IANA time zone (e.g. Europe/Berlin).</source>
            <translation>« {value} » n'est pas un fuseau horaire IANA (par ex. Europe/Paris).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {options}.</source>
            <translation>« {value} » ne fait pas partie de : {options}.</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>la valeur doit être un nombre entier.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>« {value} » n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {number}).</source>
            <translation>la valeur doit être comprise entre {low} et {high} (saisi : {number}).</translation>
        </message>
        <message>
            <source>must be at least {low} (got {number}).</source>
            <translation>la valeur doit être au moins {low} (saisi : {number}).</translation>
        </message>
        <message>
            <source>must be at most {high} (got {number}).</source>
            <translation>la valeur doit être au plus {high} (saisi : {number}).</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>« {value} » n'est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>{end} is before the start {start}.</source>
            <translation>{end} est antérieur au début ({start}).</translation>
        </message>
        <message>
            <source>That work-log entry no longer exists.</source>
            <translation>Cette saisie d'heures n'existe plus.</translation>
        </message>
        <message>
            <source>“{status}” is not a contract status.</source>
            <translation>« {status} » n'est pas un statut de contrat.</translation>
        </message>
        <message>
            <source>“{kind}” is not a contract kind.</source>
            <translation>« {kind} » n'est pas un type de contrat.</translation>
        </message>
        <message>
            <source>choose who you are thanking.</source>
            <translation>choisissez qui vous remerciez.</translation>
        </message>
        <message>
            <source>choose the contract this check-in is about.</source>
            <translation>choisissez le contrat concerné par ce point d'étape.</translation>
        </message>
        <message>
            <source>choose {names}.</source>
            <translation>choisissez : {names}.</translation>
        </message>
        <message>
            <source>{field} {message}</source>
            <translation>{field} : {message}</translation>
        </message>
        <message>
            <source>say why the agreement moves; the ledger keeps it.</source>
            <translation>indiquez pourquoi l'accord change ; le registre le conserve.</translation>
        </message>
        <message>
            <source>That away period no longer exists.</source>
            <translation>Cette période d'absence n'existe plus.</translation>
        </message>
        <message>
            <source>must be on or after the start date.</source>
            <translation>doit être égale ou postérieure à la date de début.</translation>
        </message>
        <message>
            <source>“{value}” is not a rate (write it like 1.0856).</source>
            <translation>« {value} » n'est pas un taux (écrivez-le comme 1.0856).</translation>
        </message>
        <message>
            <source>a rate must be a number above zero.</source>
            <translation>un taux doit être un nombre supérieur à zéro.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}.</source>
            <translation>Aucun paiement avec l'identifiant {payment_id}.</translation>
        </message>
        <message>
            <source>“{source}” is not a source of rates.</source>
            <translation>« {source} » n'est pas une source de taux.</translation>
        </message>
        <message>
            <source>the euro is the base of every rate (always 1).</source>
            <translation>l'euro est la base de tous les taux (toujours 1).</translation>
        </message>
        <message>
            <source>name a skill, e.g. “Python:4” or “dbt”.</source>
            <translation>indiquez une compétence, p. ex. « Python:4 » ou « dbt ».</translation>
        </message>
        <message>
            <source>write an amount and a currency, e.g. “6000 EUR”.</source>
            <translation>écrivez un montant et une devise, p. ex. « 6000 EUR ».</translation>
        </message>
        <message>
            <source>name at least one skill the work needs.</source>
            <translation>indiquez au moins une compétence requise.</translation>
        </message>
        <message>
            <source>plan at most three years ahead.</source>
            <translation>planifiez au plus trois ans à l'avance.</translation>
        </message>
        <message>
            <source>rate in {rate}, budget in {plan} — no exchange rate</source>
            <translation>tarif en {rate}, budget en {plan} — aucun taux de change</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>no rate on record</source>
            <translation>aucun taux enregistré</translation>
        </message>
        <message>
            <source>away {start} – {end}</source>
            <translation>absence {start} – {end}</translation>
        </message>
        <message>
            <source>{away} ({note})</source>
            <translation>{away} ({note})</translation>
        </message>
        <message>
            <source>classification risk {level} on “{title}”</source>
            <translation>risque de requalification {level} sur « {title} »</translation>
        </message>
        <message>
            <source>{kind}: expires on {day}, before the plan ends</source>
            <translation>{kind} : expire le {day}, avant la fin du plan</translation>
        </message>
        <message>
            <source>skills: {skills}</source>
            <translation>compétences : {skills}</translation>
        </message>
        <message>
            <source>{skill} {level} (needs {needed})</source>
            <translation>{skill} {level} (niveau requis : {needed})</translation>
        </message>
        <message>
            <source>{hours} on “{title}”</source>
            <translation>{hours} sur « {title} »</translation>
        </message>
        <message>
            <source>free {free} a week in the period (offers {offered} h{taken}); takes {share} a week here</source>
            <translation>{free} libres par semaine sur la période (propose {offered} h{taken}) ; ce travail en prend {share} par semaine</translation>
        </message>
        <message>
            <source>; {commitments}</source>
            <translation>; {commitments}</translation>
        </message>
        <message>
            <source>overlap {hours} a day</source>
            <translation>chevauchement de {hours} par jour</translation>
        </message>
        <message>
            <source>overlap {hours} a day, {then} from {day} (the clocks change)</source>
            <translation>chevauchement de {hours} par jour, {then} à partir du {day} (changement d'heure)</translation>
        </message>
        <message>
            <source>cost {cost} for {hours} at {rate} an hour</source>
            <translation>coût {cost} pour {hours} à {rate} de l'heure</translation>
        </message>
        <message>
            <source>cost unknown: {why}</source>
            <translation>coût inconnu : {why}</translation>
        </message>
        <message>
            <source>review score {score} of 5 over {reviews}; would rehire: {rehire}</source>
            <translation>note de {score} sur 5 ({reviews}) ; à réengager : {rehire}</translation>
        </message>
        <message>
            <source>no review yet</source>
            <translation>aucune évaluation pour le moment</translation>
        </message>
        <message>
            <source>last worked together {day}</source>
            <translation>dernière collaboration : {day}</translation>
        </message>
        <message>
            <source>never worked together</source>
            <translation>jamais collaboré</translation>
        </message>
        <message>
            <source>cost for the period {cost}</source>
            <translation>coût pour la période : {cost}</translation>
        </message>
        <message>
            <source>within the budget of {budget} ({left} left)</source>
            <translation>dans le budget de {budget} (reste {left})</translation>
        </message>
        <message>
            <source>nobody has {skill} at level {level} or above</source>
            <translation>personne n'a {skill} au niveau {level} ou plus</translation>
        </message>
        <message>
            <source>{skill} {level}</source>
            <translation>{skill} {level}</translation>
        </message>
        <message>
            <source>availability not set for anyone with these skills ({count} people): set the hours a week they offer</source>
            <translation>disponibilité non renseignée pour toutes les personnes ayant ces compétences ({count}) : indiquez les heures qu'elles proposent par semaine</translation>
        </message>
        <message>
            <source>availability not set</source>
            <translation>disponibilité non renseignée</translation>
        </message>
        <message>
            <source>nobody, alone or in a team of {size}, has {hours} h a week free in the period</source>
            <translation>personne, seul ou dans une équipe de {size}, n'a {hours} h libres par semaine sur la période</translation>
        </message>
        <message>
            <source>{free} a week free</source>
            <translation>{free} libres par semaine</translation>
        </message>
        <message>
            <source>nobody overlaps {hours} with your working day on every day of the period</source>
            <translation>personne n'a {hours} en commun avec votre journée de travail chaque jour de la période</translation>
        </message>
        <message>
            <source>{hours} overlap</source>
            <translation>{hours} de chevauchement</translation>
        </message>
        <message>
            <source>{rate} an hour</source>
            <translation>{rate} de l'heure</translation>
        </message>
        <message>
            <source>nobody's rate is {limit} an hour or less</source>
            <translation>aucun tarif n'est inférieur ou égal à {limit} de l'heure</translation>
        </message>
        <message>
            <source>nobody can do {hours} h within {limit}</source>
            <translation>personne ne peut faire {hours} h dans la limite de {limit}</translation>
        </message>
        <message>
            <source>{text}: {why}</source>
            <translation>{text} : {why}</translation>
        </message>
        <message>
            <source>no free hours</source>
            <translation>aucune heure libre</translation>
        </message>
        <message>
            <source>too little overlap</source>
            <translation>trop peu de chevauchement</translation>
        </message>
        <message>
            <source>rate above the maximum</source>
            <translation>tarif au-dessus du maximum</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>coût inconnu</translation>
        </message>
        <message>
            <source>lacks {skills}</source>
            <translation>manque : {skills}</translation>
        </message>
        <message>
            <source>{hours} a week free</source>
            <translation>{hours} libres par semaine</translation>
        </message>
        <message>
            <source>costs {amount} for the whole work</source>
            <translation>coûte {amount} pour l'ensemble du travail</translation>
        </message>
        <message>
            <source>{missing}</source>
            <translation>{missing}</translation>
        </message>
        <message>
            <source>nobody alone, nor any team of up to {size} people, meets all of this at once</source>
            <translation>ni aucune personne seule, ni aucune équipe de {size} personnes au plus, ne remplit tout cela à la fois</translation>
        </message>
        <message>
            <source>That plan no longer exists.</source>
            <translation>Ce plan n'existe plus.</translation>
        </message>
        <message>
            <source>choose a day that every year has (not 29 February).</source>
            <translation>choisissez un jour présent chaque année (pas le 29 février).</translation>
        </message>
        <message>
            <source>This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>Cette base de données d'équipe ne vous permet que la lecture : votre rôle sur le serveur n'a pas le droit de la modifier. Demandez un accès en écriture à la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now, so nothing can be saved. TalentDesk keeps trying to reconnect and says so when it is back.</source>
            <translation>La base de données d'équipe est injoignable pour le moment, rien ne peut donc être enregistré. TalentDesk continue d'essayer de se reconnecter et vous prévient dès qu'elle est de nouveau disponible.</translation>
        </message>
        <message>
            <source>The connection to the team database was lost, so this change was not saved: none of it was written. TalentDesk reconnects by itself; try again when the status bar says it is back.</source>
            <translation>La connexion à la base de données d'équipe a été perdue, cette modification n'a donc pas été enregistrée : rien n'en a été écrit. TalentDesk se reconnecte automatiquement ; réessayez quand la barre d'état indique que la connexion est rétablie.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now; what is on screen is what was loaded before.</source>
            <translation>La base de données d'équipe est injoignable pour le moment ; ce qui est affiché est ce qui avait été chargé auparavant.</translation>
        </message>
        <message>
            <source>Changed by {name} at {time}, after you opened it — reload?</source>
            <translation>Modifié par {name} le {time}, après que vous l'avez ouvert — recharger ?</translation>
        </message>
        <message>
            <source>Changed at {time}, after you opened it — reload?</source>
            <translation>Modifié le {time}, après que vous l'avez ouvert — recharger ?</translation>
        </message>
        <message>
            <source>is not a team database's address: it begins with postgresql://, like postgresql://me@server/team.</source>
            <translation>ce n'est pas l'adresse d'une base de données d'équipe : elle commence par postgresql://, comme postgresql://me@server/team.</translation>
        </message>
        <message>
            <source>cannot be read: check it was copied whole.</source>
            <translation>elle est illisible : vérifiez qu'elle a été copiée en entier.</translation>
        </message>
        <message>
            <source>names a port that is not a number.</source>
            <translation>elle indique un port qui n'est pas un nombre.</translation>
        </message>
        <message>
            <source>must be between 1 and 65535.</source>
            <translation>la valeur doit être comprise entre 1 et 65535.</translation>
        </message>
        <message>
            <source>is not one libpq knows.</source>
            <translation>ce mode est inconnu de libpq.</translation>
        </message>
        <message>
            <source>was not accepted by the server: type it again, or ask whoever runs the server for the right one.</source>
            <translation>le serveur ne l'a pas accepté : saisissez-le de nouveau, ou demandez le bon à la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>is not known to the server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>le serveur ne le connaît pas : vérifiez le nom, ou demandez à la personne qui gère le serveur de le créer (le README explique comment).</translation>
        </message>
        <message>
            <source>does not exist on this server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>elle n'existe pas sur ce serveur : vérifiez le nom, ou demandez à la personne qui gère le serveur de la créer (le README explique comment).</translation>
        </message>
        <message>
            <source>may not connect to this database: ask whoever runs the server to grant it.</source>
            <translation>cet utilisateur n'est pas autorisé à se connecter à cette base de données : demandez cette autorisation à la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>may not connect from this computer (the server's pg_hba.conf): ask whoever runs the server to allow it.</source>
            <translation>cet utilisateur n'est pas autorisé à se connecter depuis cet ordinateur (pg_hba.conf du serveur) : demandez cette autorisation à la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>does not suit this server: choose “prefer”, or ask whoever runs the server which mode it needs.</source>
            <translation>ce mode ne convient pas à ce serveur : choisissez « Préférer » (prefer), ou demandez à la personne qui gère le serveur quel mode il exige.</translation>
        </message>
        <message>
            <source>is not a name this computer can find: check the spelling and your network.</source>
            <translation>cet ordinateur ne trouve pas ce nom : vérifiez l'orthographe et votre réseau.</translation>
        </message>
        <message>
            <source>cannot be reached: check the server's name and port, that it is running, and your network (a VPN?).</source>
            <translation>le serveur est injoignable : vérifiez son nom et son port, qu'il est bien en marche, et votre réseau (un VPN ?).</translation>
        </message>
        <message>
            <source>refused the connection: {reason}</source>
            <translation>le serveur a refusé la connexion : {reason}</translation>
        </message>
        <message>
            <source>holds other tables and is not a TalentDesk database: choose an empty database, or one a TalentDesk team already uses.</source>
            <translation>elle contient d'autres tables et n'est pas une base de données TalentDesk : choisissez une base de données vide, ou une base déjà utilisée par une équipe TalentDesk.</translation>
        </message>
        <message>
            <source>was set up by a newer TalentDesk (schema {found}; this one knows up to {known}): install the newer version on this computer, then connect.</source>
            <translation>elle a été configurée par une version plus récente de TalentDesk (schéma {found} ; celle-ci connaît jusqu'au schéma {known}) : installez la version plus récente sur cet ordinateur, puis connectez-vous.</translation>
        </message>
        <message>
            <source>The password could not be saved in this computer's keyring ({reason}). Connect without saving it, or put it in libpq's password file (~/.pgpass).</source>
            <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau de cet ordinateur ({reason}). Connectez-vous sans l'enregistrer, ou placez-le dans le fichier de mots de passe de libpq (~/.pgpass).</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>server</source>
            <translation>serveur</translation>
        </message>
        <message>
            <source>port</source>
            <translation>port</translation>
        </message>
        <message>
            <source>database</source>
            <translation>base de données</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nom d'utilisateur</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>SSL mode</source>
            <translation>mode SSL</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <source>amount in contract currency</source>
            <translation>montant en devise du contrat</translation>
        </message>
        <message>
            <source>author</source>
            <translation>auteur</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>disponibilité</translation>
        </message>
        <message>
            <source>bench status</source>
            <translation>statut dans le vivier</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>prime</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <source>bonus amount</source>
            <translation>montant de la prime</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>checklist item</source>
            <translation>élément de la liste</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>commentaire</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>communication</translation>
        </message>
        <message>
            <source>contact kind</source>
            <translation>type de contact</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>contrat</translation>
        </message>
        <message>
            <source>cooperation</source>
            <translation>coopération</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>current passphrase</source>
            <translation>phrase secrète actuelle</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>délais</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>sens</translation>
        </message>
        <message>
            <source>document kind</source>
            <translation>type de document</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>échéance</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>effective date</source>
            <translation>date d'effet</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <source>ended by</source>
            <translation>terminé par</translation>
        </message>
        <message>
            <source>expected response time</source>
            <translation>délai de réponse attendu</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>expiration</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>identifiant externe</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>granted on</source>
            <translation>accordé le</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>titre de profil</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>label</source>
            <translation>libellé</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>langues</translation>
        </message>
        <message>
            <source>link</source>
            <translation>lien</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>maximum rate</source>
            <translation>tarif maximal</translation>
        </message>
        <message>
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>jalon</translation>
        </message>
        <message>
            <source>my_working_hours</source>
            <translation>mes heures de travail</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>new end date</source>
            <translation>nouvelle date de fin</translation>
        </message>
        <message>
            <source>note</source>
            <translation>remarque</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>original budget</source>
            <translation>budget initial</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>chevauchement</translation>
        </message>
        <message>
            <source>paid on</source>
            <translation>payé le</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>phrase secrète</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>paiement</translation>
        </message>
        <message>
            <source>payment kind</source>
            <translation>type de paiement</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>plateforme</translation>
        </message>
        <message>
            <source>preferred channel</source>
            <translation>canal préféré</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>qualité</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarif</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>recommend</source>
            <translation>recommandation</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>renouvelle</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>répétition</translation>
        </message>
        <message>
            <source>review</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>revoke by</source>
            <translation>à révoquer avant le</translation>
        </message>
        <message>
            <source>revoked on</source>
            <translation>révoqué le</translation>
        </message>
        <message>
            <source>scope of work</source>
            <translation>périmètre des travaux</translation>
        </message>
        <message>
            <source>score</source>
            <translation>note</translation>
        </message>
        <message>
            <source>search</source>
            <translation>recherche</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <translation>sensibilité</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>compétence</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>compétences</translation>
        </message>
        <message>
            <source>snooze until</source>
            <translation>reporter jusqu'au</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>tri</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>stay-in-touch cadence</source>
            <translation>fréquence de contact</translation>
        </message>
        <message>
            <source>system</source>
            <translation>système</translation>
        </message>
        <message>
            <source>talent</source>
            <translation>talent</translation>
        </message>
        <message>
            <source>tax_year_start</source>
            <translation>début de l'année fiscale</translation>
        </message>
        <message>
            <source>test decision</source>
            <translation>décision après l'essai</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>tier</source>
            <translation>niveau</translation>
        </message>
        <message>
            <source>time worked</source>
            <translation>temps travaillé</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>fuseau horaire</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>plafond hebdomadaire</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>versement hebdomadaire</translation>
        </message>
        <message>
            <source>what you appreciated</source>
            <translation>ce que vous avez apprécié</translation>
        </message>
        <message>
            <source>when</source>
            <translation>quand</translation>
        </message>
        <message>
            <source>who asked</source>
            <translation>demandé par</translation>
        </message>
        <message>
            <source>who sets the hours</source>
            <translation>qui fixe les horaires</translation>
        </message>
        <message>
            <source>who sets the place</source>
            <translation>qui fixe le lieu</translation>
        </message>
        <message>
            <source>who supplies the equipment</source>
            <translation>qui fournit le matériel</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>why it ended</source>
            <translation>motif de fin</translation>
        </message>
        <message>
            <source>working hours end</source>
            <translation>fin des heures de travail</translation>
        </message>
        <message>
            <source>working hours start</source>
            <translation>début des heures de travail</translation>
        </message>
        <message>
            <source>would rehire</source>
            <translation>réengagement</translation>
        </message>
        <message>
            <source>year</source>
            <translation>année</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>In your home currency, each payment at the rate of its date (Tools → Settings…)</source>
            <translation>Dans votre devise de référence, chaque paiement au taux de sa date (Outils → Paramètres…)</translation>
        </message>
        <message>
            <source>Working now</source>
            <translation>Au travail actuellement</translation>
        </message>
        <message>
            <source>working now</source>
            <translation>au travail actuellement</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>hors de ses heures</translation>
        </message>
        <message>
            <source>{zone}: works {hours}, {state}</source>
            <translation>{zone} : travaille {hours}, {state}</translation>
        </message>
        <message numerus="yes">
            <source>Average of %n private review(s)</source>
            <translation>
                <numerusform>Moyenne de %n évaluation privée</numerusform>
                <numerusform>Moyenne de %n évaluations privées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Them</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Feedback given</source>
            <translation>Avis donné</translation>
        </message>
        <message>
            <source>Feedback received</source>
            <translation>Avis reçu</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Évaluation privée</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>Dans le vivier</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Essai</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>À ne pas réengager</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Appel vidéo</translation>
        </message>
        <message>
            <source>Recorded video</source>
            <translation>Vidéo enregistrée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>À l'heure</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Prix fixe</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Plafond hebdomadaire</translation>
        </message>
        <message>
            <source>Milestone added</source>
            <translation>Jalon ajouté</translation>
        </message>
        <message>
            <source>Milestone edited</source>
            <translation>Jalon modifié</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Prime</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Versement hebdomadaire</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Repris</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrigé</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Sent to them</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Received from them</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>NDA</source>
            <translation>NDA</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulaire fiscal</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Livrable</translation>
        </message>
        <message>
            <source>Given to them</source>
            <translation>Donné</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Peut-être</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Compliment</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Témoignage demandé</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Témoignage reçu</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Bonus as thanks</source>
            <translation>Prime de remerciement</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Écriture</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Révoquer l'accès</translation>
        </message>
        <message>
            <source>Get deliverables back</source>
            <translation>Récupérer les livrables</translation>
        </message>
        <message>
            <source>Recover equipment</source>
            <translation>Récupérer le matériel</translation>
        </message>
        <message>
            <source>Ask them to delete my data</source>
            <translation>Demander la suppression de mes données</translation>
        </message>
        <message>
            <source>Leave feedback</source>
            <translation>Laisser un avis</translation>
        </message>
        <message>
            <source>I did</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>They did</source>
            <translation>Le prestataire</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Engager</translation>
        </message>
        <message>
            <source>Do not hire</source>
            <translation>Ne pas engager</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Reporté</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Écarté</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Acted on</source>
            <translation>Traité</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Risque faible</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Risque moyen</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Risque élevé</translation>
        </message>
        <message>
            <source>Contract started</source>
            <translation>Contrat commencé</translation>
        </message>
        <message>
            <source>Contract renewed</source>
            <translation>Contrat renouvelé</translation>
        </message>
        <message>
            <source>Contract ended</source>
            <translation>Contrat terminé</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point d'étape</translation>
        </message>
        <message>
            <source>Praise sent</source>
            <translation>Compliment envoyé</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Recommandation faite</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Prime de remerciement</translation>
        </message>
        <message>
            <source>Bonus paid</source>
            <translation>Prime payée</translation>
        </message>
        <message>
            <source>Rate changed</source>
            <translation>Tarif modifié</translation>
        </message>
        <message>
            <source>Scope changed</source>
            <translation>Avenant conclu</translation>
        </message>
        <message>
            <source>As my region writes them</source>
            <translation>Comme dans ma région</translation>
        </message>
        <message>
            <source>International (ISO 8601)</source>
            <translation>International (ISO 8601)</translation>
        </message>
        <message>
            <source>Day first, with slashes</source>
            <translation>Jour en premier, avec barres obliques</translation>
        </message>
        <message>
            <source>Month first, with slashes</source>
            <translation>Mois en premier, avec barres obliques</translation>
        </message>
        <message>
            <source>Day first, with dots</source>
            <translation>Jour en premier, avec points</translation>
        </message>
        <message>
            <source>The one my region uses</source>
            <translation>Celui de ma région</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>US Letter (8.5 × 11 in)</source>
            <translation>Letter US (8,5 × 11 po)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
    </context>
    <context>
        <name>maintenance</name>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensuelle</translation>
        </message>
        <message>
            <source>Before an update of the program</source>
            <translation>Avant une mise à jour du programme</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Before a change of passphrase</source>
            <translation>Avant un changement de phrase secrète</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copie</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>Paid to them</source>
            <translation>Versé au prestataire</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Coût total</translation>
        </message>
        <message>
            <source>What reached them: hourly, milestone, bonus, weekly and other payments</source>
            <translation>Ce que le prestataire a reçu : paiements horaires, jalons, primes, versements hebdomadaires et autres paiements</translation>
        </message>
        <message>
            <source>What the platform kept: service, processing and tax fees</source>
            <translation>Ce que la plateforme a retenu : frais de service, frais de traitement et taxes</translation>
        </message>
        <message>
            <source>Money that came back to you</source>
            <translation>Sommes qui vous ont été remboursées</translation>
        </message>
        <message>
            <source>Paid to them + fees − refunds</source>
            <translation>Versé au prestataire + frais − remboursements</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuer l'édition</translation>
        </message>
    </context>
    <context>
        <name>review_rules</name>
        <message>
            <source>Access still open</source>
            <translation>Accès encore ouverts</translation>
        </message>
        <message>
            <source>Systems access or equipment not yet recovered after a contract ended.</source>
            <translation>Accès aux systèmes ou matériel pas encore récupérés après la fin d'un contrat.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago, and access is still open: {systems}.</source>
            <translation>Le contrat a pris fin le {end_date}, il y a {days_ago}, et des accès sont encore ouverts : {systems}.</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>En suspens</translation>
        </message>
        <message>
            <source>Days of grace after the end</source>
            <translation>Délai de grâce après la fin</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>Offboarding open</source>
            <translation>Fin de mission inachevée</translation>
        </message>
        <message>
            <source>Checklist items left open when a contract ended: deliverables, equipment, deleting your data.</source>
            <translation>Points de la liste de fin de mission restés ouverts à la fin d'un contrat : livrables, matériel, suppression de vos données.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago; still open: {items}.</source>
            <translation>Le contrat a pris fin le {end_date}, il y a {days_ago} ; encore en suspens : {items}.</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Échéance de révocation</translation>
        </message>
        <message>
            <source>Access or equipment kept past the day it was to be revoked or returned.</source>
            <translation>Accès ou matériel conservé au-delà de la date à laquelle il devait être révoqué ou rendu.</translation>
        </message>
        <message>
            <source>Access to {system} was to be revoked by {revoke_by}, {days_over} ago.</source>
            <translation>L'accès à {system} devait être révoqué avant le {revoke_by}, il y a {days_over}.</translation>
        </message>
        <message>
            <source>{system} was to be returned by {revoke_by}, {days_over} ago.</source>
            <translation>{system} devait être rendu avant le {revoke_by}, il y a {days_over}.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Contract ending</source>
            <translation>Fin de contrat</translation>
        </message>
        <message>
            <source>A running contract ends soon (or its end date has passed).</source>
            <translation>Un contrat en cours se termine bientôt (ou sa date de fin est passée).</translation>
        </message>
        <message>
            <source>Ends on {end_date}, in {days_left}: renew it, extend it or let it end.</source>
            <translation>Se termine le {end_date}, dans {days_left} : renouvelez-le, prolongez-le ou laissez-le se terminer.</translation>
        </message>
        <message>
            <source>Its end date {end_date} passed {days_ago} ago but it is still running: end it or extend it.</source>
            <translation>Sa date de fin, le {end_date}, est passée depuis {days_ago}, mais il est toujours en cours : terminez-le ou prolongez-le.</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Warn this many days before the end</source>
            <translation>Avertir ce nombre de jours avant la fin</translation>
        </message>
        <message>
            <source>Feedback owed</source>
            <translation>Avis à donner</translation>
        </message>
        <message>
            <source>Feedback owed on a contract that ended within the window, or a private review missing on any ended contract.</source>
            <translation>Un avis à donner sur un contrat terminé dans le délai imparti, ou une évaluation privée manquante sur un contrat terminé.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed ({days_left} left in the window) and the private review is missing.</source>
            <translation>Terminé le {end_date} : un avis est à donner (encore {days_left} pour le faire) et l'évaluation privée manque.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed; {days_left} left in the window.</source>
            <translation>Terminé le {end_date} : un avis est à donner ; encore {days_left} pour le faire.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: the private review (for your eyes only) is missing.</source>
            <translation>Terminé le {end_date} : l'évaluation privée (rien que pour vous) manque.</translation>
        </message>
        <message>
            <source>Days left to leave feedback</source>
            <translation>Temps restant pour donner un avis</translation>
        </message>
        <message>
            <source>Feedback window after the end</source>
            <translation>Délai pour donner un avis après la fin</translation>
        </message>
        <message>
            <source>Milestone overdue</source>
            <translation>Jalon en retard</translation>
        </message>
        <message>
            <source>A milestone past its due date, not yet approved.</source>
            <translation>Un jalon dont l'échéance est passée, pas encore approuvé.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was due on {due_on}, {days_over} ago.</source>
            <translation>Le jalon « {milestone} » était dû le {due_on}, il y a {days_over}.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was submitted and waits for your approval; it was due on {due_on}.</source>
            <translation>Le jalon « {milestone} » a été soumis et attend votre approbation ; il était dû le {due_on}.</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Days of grace after the due date</source>
            <translation>Délai de grâce après l'échéance</translation>
        </message>
        <message>
            <source>Milestone to approve</source>
            <translation>Jalon à approuver</translation>
        </message>
        <message>
            <source>A milestone submitted and waiting for your approval; the marketplace releases a fixed-price milestone by itself 14 days after it was submitted.</source>
            <translation>Un jalon soumis qui attend votre approbation ; la plateforme libère d'elle-même un jalon à prix fixe 14 jours après sa soumission.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and waits for your approval; the marketplace releases it automatically on {releases_on}, in {days_left}.</source>
            <translation>Le jalon « {milestone} » a été soumis le {submitted_on} et attend votre approbation ; la plateforme le libérera automatiquement le {releases_on}, dans {days_left}.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and never approved here: the marketplace released it automatically on {releases_on}. Record the approval.</source>
            <translation>Le jalon « {milestone} » a été soumis le {submitted_on} et jamais approuvé ici : la plateforme l'a libéré automatiquement le {releases_on}. Enregistrez l'approbation.</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis le</translation>
        </message>
        <message>
            <source>Released automatically on</source>
            <translation>Libéré automatiquement le</translation>
        </message>
        <message>
            <source>Ask this many days after the submission</source>
            <translation>Demander ce nombre de jours après la soumission</translation>
        </message>
        <message>
            <source>Question unanswered</source>
            <translation>Question sans réponse</translation>
        </message>
        <message>
            <source>A message from them with no answer from you for more than a working day (counted in the working hours of both sides, weekends left out).</source>
            <translation>Un message de la personne resté sans réponse de votre part depuis plus d'une journée de travail (compté dans les heures de travail des deux côtés, hors week-ends).</translation>
        </message>
        <message>
            <source>They wrote on {asked_on} and have waited {waiting_minutes} of working time for an answer: “{question}”</source>
            <translation>La personne a écrit le {asked_on} et attend une réponse depuis {waiting_minutes} de temps de travail : « {question} »</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Question posée le</translation>
        </message>
        <message>
            <source>Waiting (working time)</source>
            <translation>Attente (temps de travail)</translation>
        </message>
        <message>
            <source>Ask after this many working hours</source>
            <translation>Demander après ce nombre d'heures de travail</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Heures hebdomadaires</translation>
        </message>
        <message>
            <source>Hours logged this week near or over the weekly limit (hours over the limit are paid as a bonus).</source>
            <translation>Heures saisies cette semaine proches du plafond hebdomadaire ou au-delà (les heures au-delà du plafond sont payées en prime).</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week of a {limit_minutes} limit ({used_percent}). Raise the limit or slow down.</source>
            <translation>{used_minutes} saisies cette semaine sur un plafond de {limit_minutes} ({used_percent}). Relevez le plafond ou ralentissez.</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week, over the {limit_minutes} limit ({used_percent}): the extra hours are paid as a bonus.</source>
            <translation>{used_minutes} saisies cette semaine, au-delà du plafond de {limit_minutes} ({used_percent}) : les heures en plus sont payées en prime.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semaine du</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Saisies</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Plafond</translation>
        </message>
        <message>
            <source>Warn at this share of the weekly limit</source>
            <translation>Avertir à cette part du plafond hebdomadaire</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>A retainer used far below what it buys, or due for renewal.</source>
            <translation>Un abonnement très sous-utilisé par rapport à ce qu'il achète, ou à renouveler.</translation>
        </message>
        <message>
            <source>Over the last {weeks} weeks they logged {logged_minutes} of the {bought_minutes} the retainer buys ({used_percent}, below {percent}).</source>
            <translation>Sur les {weeks} dernières semaines, la personne a saisi {logged_minutes} des {bought_minutes} achetées par l'abonnement ({used_percent}, sous le seuil de {percent}).</translation>
        </message>
        <message>
            <source>The retainer ends on {end_date}: renew it (a new contract) or let it end.</source>
            <translation>L'abonnement se termine le {end_date} : renouvelez-le (un nouveau contrat) ou laissez-le se terminer.</translation>
        </message>
        <message>
            <source>Under-used ({used_percent} of the hours it buys over {weeks} weeks) and due for renewal on {end_date}.</source>
            <translation>Sous-utilisé ({used_percent} des heures achetées sur {weeks} semaines) et à renouveler le {end_date}.</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Achetées</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Versement hebdomadaire</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Se termine le</translation>
        </message>
        <message>
            <source>Under-used below this share of the hours bought</source>
            <translation>Sous-utilisé en dessous de cette part des heures achetées</translation>
        </message>
        <message>
            <source>Over the last</source>
            <translation>Sur les dernières</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>Renewal due this many days before the end</source>
            <translation>Renouvellement à prévoir ce nombre de jours avant la fin</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Projet d'essai</translation>
        </message>
        <message>
            <source>A test project ended with no hiring decision.</source>
            <translation>Un projet d'essai terminé sans décision d'engagement.</translation>
        </message>
        <message>
            <source>The test project ended on {end_date}, {days_ago} ago, with no decision: hire or not?</source>
            <translation>Le projet d'essai s'est terminé le {end_date}, il y a {days_ago}, sans décision : engager ou non ?</translation>
        </message>
        <message>
            <source>Ask this many days after the end</source>
            <translation>Demander ce nombre de jours après la fin</translation>
        </message>
        <message>
            <source>Document expiring</source>
            <translation>Document arrivant à expiration</translation>
        </message>
        <message>
            <source>An agreement, insurance or other document expiring soon.</source>
            <translation>Un accord, une assurance ou un autre document qui expire bientôt.</translation>
        </message>
        <message>
            <source>“{document}” expires on {expires_on}, in {days_left}.</source>
            <translation>« {document} » expire le {expires_on}, dans {days_left}.</translation>
        </message>
        <message>
            <source>“{document}” expired on {expires_on}, {days_ago} ago.</source>
            <translation>« {document} » a expiré le {expires_on}, il y a {days_ago}.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Warn this many days before expiry</source>
            <translation>Avertir ce nombre de jours avant l'expiration</translation>
        </message>
        <message>
            <source>Rate revisit</source>
            <translation>Révision du tarif</translation>
        </message>
        <message>
            <source>The rate of someone you work with now was not revisited for a long time.</source>
            <translation>Le tarif d'une personne avec qui vous travaillez actuellement n'a pas été revu depuis longtemps.</translation>
        </message>
        <message>
            <source>Their rate was last set on {last_revisit}, more than {months} months ago.</source>
            <translation>Son tarif a été fixé pour la dernière fois le {last_revisit}, il y a plus de {months} mois.</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Fixé le</translation>
        </message>
        <message>
            <source>Contract rate</source>
            <translation>Tarif du contrat</translation>
        </message>
        <message>
            <source>Revisit after</source>
            <translation>Revoir après</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Remercier</translation>
        </message>
        <message>
            <source>A five-star review or an approved milestone with no appreciation since.</source>
            <translation>Une évaluation cinq étoiles ou un jalon approuvé, sans remerciement depuis.</translation>
        </message>
        <message>
            <source>You gave them five stars on {on} and have sent no appreciation since.</source>
            <translation>Vous lui avez donné cinq étoiles le {on} et n'avez envoyé aucun remerciement depuis.</translation>
        </message>
        <message>
            <source>You approved “{milestone}” on {on} and have sent no appreciation since.</source>
            <translation>Vous avez approuvé le jalon « {milestone} » le {on} et n'avez envoyé aucun remerciement depuis.</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Le</translation>
        </message>
        <message>
            <source>Look back this many days</source>
            <translation>Remonter ce nombre de jours en arrière</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>A favourite you have not been in touch with for longer than their stay-in-touch cadence (any message, call, meeting, feedback, check-in, thanks or payment resets it).</source>
            <translation>Un favori avec qui vous n'avez pas été en contact depuis plus longtemps que la fréquence prévue (tout message, appel, réunion, avis, point d'étape, remerciement ou paiement remet le compteur à zéro).</translation>
        </message>
        <message>
            <source>No contact since {last_contact} ({days_ago}); you meant to be in touch every {cadence_days}.</source>
            <translation>Aucun contact depuis le {last_contact} ({days_ago}) ; vous vouliez garder le contact tous les {cadence_days}.</translation>
        </message>
        <message>
            <source>No contact logged since they were added on {last_contact}; you meant to be in touch every {cadence_days}.</source>
            <translation>Aucun contact noté depuis son ajout le {last_contact} ; vous vouliez garder le contact tous les {cadence_days}.</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <source>Cadence when none is set for the person</source>
            <translation>Fréquence si aucune n'est définie pour la personne</translation>
        </message>
        <message>
            <source>Classification risk</source>
            <translation>Risque de requalification</translation>
        </message>
        <message>
            <source>A running contract whose answers and data look like employment, or one never checked that has run six months or averages 30 hours a week.</source>
            <translation>Un contrat en cours dont les réponses et les données ressemblent à un emploi salarié, ou un contrat jamais vérifié qui dure depuis six mois ou atteint 30 heures par semaine en moyenne.</translation>
        </message>
        <message>
            <source>Medium risk of looking like employment: {signals}.</source>
            <translation>Risque moyen de ressembler à un emploi salarié : {signals}.</translation>
        </message>
        <message>
            <source>High risk of looking like employment: {signals}.</source>
            <translation>Risque élevé de ressembler à un emploi salarié : {signals}.</translation>
        </message>
        <message>
            <source>Low risk: {signals}.</source>
            <translation>Risque faible : {signals}.</translation>
        </message>
        <message>
            <source>Running for {tenure_days} at {avg_minutes} a week on average, and never checked: take the classification check.</source>
            <translation>En cours depuis {tenure_days}, à {avg_minutes} par semaine en moyenne, et jamais vérifié : faites le contrôle de requalification.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Days running</source>
            <translation>En cours depuis</translation>
        </message>
        <message>
            <source>Average a week</source>
            <translation>Moyenne hebdomadaire</translation>
        </message>
        <message>
            <source>Show from this many risk points (3 medium, 6 high)</source>
            <translation>Afficher à partir de ce nombre de points de risque (3 moyen, 6 élevé)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>Open the workroom</source>
            <translation>Ouvrir l'espace de travail</translation>
        </message>
        <message>
            <source>Open the person</source>
            <translation>Ouvrir dans le vivier</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renouveler…</translation>
        </message>
        <message>
            <source>Write the review…</source>
            <translation>Rédiger l'évaluation…</translation>
        </message>
        <message>
            <source>Mark access revoked</source>
            <translation>Marquer l'accès comme révoqué</translation>
        </message>
        <message>
            <source>Log a raise…</source>
            <translation>Enregistrer une augmentation…</translation>
        </message>
        <message>
            <source>Send thanks…</source>
            <translation>Envoyer des remerciements…</translation>
        </message>
        <message>
            <source>Log a call or message…</source>
            <translation>Noter un appel ou un message…</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Engager</translation>
        </message>
        <message>
            <source>Don't hire</source>
            <translation>Ne pas engager</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Contrôle de requalification…</translation>
        </message>
        <message>
            <source>Mark the open items done</source>
            <translation>Marquer les points en suspens comme faits</translation>
        </message>
        <message>
            <source>Mark revoked or returned</source>
            <translation>Marquer comme révoqué ou rendu</translation>
        </message>
    </context>
    <context>
        <name>text</name>
        <message>
            <source>Working with {name}</source>
            <translation>Travailler avec {name}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Travailler avec moi</translation>
        </message>
        <message>
            <source>Figures from {start} to {end}</source>
            <translation>Chiffres du {start} au {end}</translation>
        </message>
        <message>
            <source>How I work</source>
            <translation>Comment je travaille</translation>
        </message>
        <message>
            <source>{start}–{end}, {days} ({zone})</source>
            <translation>{start}–{end}, {days} ({zone})</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>Du lundi au vendredi</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>Where I write</source>
            <translation>Où me joindre</translation>
        </message>
        <message>
            <source>How I pay</source>
            <translation>Comment je paie</translation>
        </message>
        <message>
            <source>How long people stay</source>
            <translation>Durée des collaborations</translation>
        </message>
        <message>
            <source>What professionals said</source>
            <translation>Ce qu'en disent les professionnels</translation>
        </message>
        <message>
            <source>No comment chosen to quote.</source>
            <translation>Aucun commentaire choisi pour être cité.</translation>
        </message>
        <message>
            <source>— {name}, {stars} of 5, {date}</source>
            <translation>— {name}, {stars} sur 5, {date}</translation>
        </message>
    </context>
</TS>