<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk may not write to {path}. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk may not write to the data folder; nothing was saved. Check that the folder and its files may be written (and that the disk is not mounted read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the data folder exists and that TalentDesk may read and write it: a read-only folder or disk cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged. Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in {folder} is damaged and there is no good backup to restore.

The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, or move the damaged file away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged ({detail}).

Restore the latest good backup, taken {when}? The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database {where} cannot be used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk is already open on {folder}. Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per hour equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · test project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainer utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %n week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written scope of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changes and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has not changed since it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly limit in force each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} over %n week(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit in %n week(s): {weeks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {amount} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment has been corrected or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public feedback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offboarding checklist (it starts when the contract ends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and equipment still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page {n} of {m}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end} their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}, average {avg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements (contracts linked by renewals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} per year ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rates recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews or feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appreciation recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open access and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open: no access or equipment outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the person&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements, NDAs or insurance on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review trend (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly spend {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review session {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n card(s) decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was decided in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was paid in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appreciation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thank-you bonus is a payment: correct its amount or day on the contract&apos;s Payments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not about one contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check-in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no running contract to check in on. A check-in is for work in progress; after the end, use the end-of-contract review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} (%n page(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the person&apos;s dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contract summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly spend report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been paid yet. Record payments in a contract&apos;s workroom first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the yearly spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yearly spend report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the year&apos;s spend per person and per month, by payment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happened with {name}, with or without a contract. Messages, calls and meetings count as contact for staying in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace &amp;transaction history (Upwork CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payments and people from an Upwork transaction history or weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talents from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people from any CSV file, choosing which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payments from any CSV file, choosing which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (&amp;vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people from a .vcf address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list for a spreadsheet (UTF-8, formulas made harmless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone as &amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bench as a .vcf address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates as calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the database and every attachment into one zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with a backup (a copy of it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a marketplace transaction history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {what} from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %Ln row(s) to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %Ln people to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %Ln event(s) and to-dos to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with the backup “{file}”?

The current database is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file}; the previous data is kept in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken {when}. The data as it was is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database and every stored file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;daily copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a copy of your data taken on an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file and every stored file against its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of TalentDesk was built without encryption. Install a TalentDesk release package (they include it) in place of this copy, then start TalentDesk again; your data folder stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption needs the optional SQLCipher driver, which is not installed with this copy of TalentDesk. To add it, {command}

then start TalentDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your data and its backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is encrypted. Change its passphrase, or turn encryption off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is off; your data is stored unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database, its backups and sensitive files with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: review scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no reviews yet. Add a check-in to start the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rehire: {answer} · recommend {n}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public feedback given · {day}
{stars} {score}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: %n review(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average overall {avg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name} on the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workroom of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {day}, {name} {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record access or equipment given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that it was taken back today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was recorded (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a grant recorded by mistake (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick / untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access granted. Record code hosts, chat workspaces, drives and equipment here so that ending the contract can list what to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the record of “{system}”, granted on {day}? To record that it was taken back, use Revoke instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove access grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{system}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick offboarding item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppreciationDialog</name>
    <message>
        <source>Praise sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you bonus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchView</name>
    <message>
        <source>People on the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a message, call or meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or not: calls and messages count as contact (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, reviews, praise, bonuses and rate changes of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept with this person and the classification check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New talent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the bench (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contract prefilled from their last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the selected people as favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a message, call, meeting or note with the selected person (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier of the selected person to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rehire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected people as not to be rehired, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected people from the bench (Delete); nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected people back onto the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a person with no contracts, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or on bench, from their contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown Active while a contract runs, On bench otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, do-not-rehire, archive and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bench is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, contracts and reviews, so the next hire starts from people you already trust.

Add the first person by hand, or import a marketplace history from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the bench…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the bench matches this search and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} set to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: a reason is needed to mark someone do-not-rehire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings them back during this session. Archiving hides them and keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database file has %Ln problem(s), listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln stored file(s), {missing} and {altered}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln altered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A missing or altered file can be added again from its contract&apos;s Files tab. A damaged database can be put back from File → Restore a daily copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <source>Classification check — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• equipment lent in the access register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• no equipment in the access register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• an agreement is among the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• no agreement among the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here looks like employment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Draft: still being written. Offered: sent, waiting for a yes. Active: the work has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract renews contract #{id}; the two are shown as one engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived) #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the bench yet: add a person first (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly &amp;equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractListPanel</name>
    <message>
        <source>Search contract titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contract titles (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in all messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what was said in every contract&apos;s room (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person&apos;s contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people who are not on the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {encoding}, delimiter {delimiter}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select someone to see their profile, rates, contracts and reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change every detail of this person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contract prefilled from their last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a message, call, meeting or note with this person, with or without a contract (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the contract&apos;s workroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available for new work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working with you now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked do-not-rehire or archived: change their status first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last worked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the bench since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} — {time} there now ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap with my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{kind} · {status} · {rate} · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workroom of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet. Rehire starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} average over {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback I gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback they gave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditReviewWizard</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was recorded. To take it back altogether, remove it from the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback given: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback received: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit private review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit private review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndContractWizard</name>
    <message>
        <source>End contract: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it ended; the review queue and the timeline show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>for this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) {owner}: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit file details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store files in this room (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system&apos;s program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the direction, sensitivity, date or note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to store them. Each file is kept once in the data folder, under its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file “{name}” from this contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, headlines, skills and notes  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start of any word; every word must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this skill; add several and all must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people with these bench statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people available for new work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum average private-review score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their working day overlaps mine by at least this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} h with my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message or appreciation logged for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s) or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skill: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ≥ {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap ≥ {n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not contacted for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindMessagesDialog</name>
    <message>
        <source>Find in all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in every contract&apos;s messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the room at this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word: every room is searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or all channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n match(es); add a word to narrow them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard what you typed in “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>System access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>TalentDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>How long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours worked (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the day, time or note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} over — usually paid as a bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the {hours} logged on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {hours} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of what will be imported appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file and show what would change, without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {summary}. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (for yourself; not contact)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk is free software under the MIT licence. It includes the components below, each under its own licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of TalentDesk runs from its source code, so the licence file of the installed program is not here.

It is written when the installers are built (python packaging/build.py). Until then, the licences of the Python packages are in their installed metadata (pip show --files NAME) and those of the fonts in resources/fonts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogRaiseDialog</name>
    <message>
        <source>A new hourly rate for {person}; earlier contracts keep their rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current rate: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the rate of “{title}” (now {rate}) from that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;talent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a contract with someone on the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line events as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the timeline&apos;s filters show as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrow sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the screens as icons only, to give the screen more room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TalentDesk is meant to be used, screen by screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the window, and where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TalentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TalentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;An offline relationship manager for clients who work with independent professionals: a bench to rehire from, a workroom per contract, a feedback timeline and review sessions.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>({n} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>Search this room&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this room&apos;s messages… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what was said on one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Log what was said below — a chat, an e-mail, a call — so the whole story of this contract stays in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or paste what was said… (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was said, in your local time (now unless you change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the call took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the log (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {channel} of {when}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}{more} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending → submitted → approved → paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), {total} in all{late}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; {n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet. Add one with Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the milestone “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the milestone “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverflowRow</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions there is no room for in this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open encrypted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {folder} is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data, its backups and sensitive files will be stored unencrypted again. Enter the current passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database, its backups and files marked confidential or secret will be encrypted with this passphrase. Nobody can open them without it, not even you: write it down somewhere safe. A backup is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Correct payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction keeps the payment&apos;s currency; remove the payment and record it again to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected payment; what it said before is kept (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a payment recorded by mistake; it stays on the audit trail (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections (what each payment said before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {amount} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the payment of {amount} on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the payment of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleExportDialog</name>
    <message>
        <source>The file leaves TalentDesk: choose what goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes about each person; they are for your eyes only unless you tick this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;archived and do-not-rehire people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you have set aside are left out unless you tick this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Show the events of the people you tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDocuments</name>
    <message>
        <source>Files kept with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their insurance, a tax form, an ID or a framework agreement: documents that belong to them rather than one contract. An expiry date brings a review card before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files kept with this person. Add files… stores one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store files with this person: kind, expiry and sensitivity are asked next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system&apos;s program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: {risk}, %n point(s) — checked on {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never checked. The check asks who sets the hours, the place and the equipment, and reads the rest from your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check “{title}” (their latest running contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is about a contract: this person has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files kept with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from this person? The stored copy is deleted when no other record uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TalentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional, kept with the record of what it was):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all your data with the backup taken {when}?

Everything entered since then is set aside: the data as it is now is kept as a backup first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPagesWizard</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stars you gave, or untick “Feedback given” if you have not left it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stars they gave you, or untick “Feedback received”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: {names} — or untick “Write a private review” to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in the queue by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a card is in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the cards one at a time (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch rules on or off and set when they ask (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a session to see what was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End now and see what was decided (Esc); undecided cards stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–4 this card&apos;s actions · 5 done · 6, 7, 8 snooze a day, a week, a month · 9 snooze until… · 0 dismiss · Esc end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the card a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the card a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the card a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the card until a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card action {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of what was decided, for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) need a decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs a decision now. Cards appear here as contracts end, hours run up, access stays open or people go quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more snoozed or dismissed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start review (%Ln card(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can it be dismissed? It comes back only if its facts change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acted on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) still in the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is empty. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeActionDialog</name>
    <message>
        <source>New &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weekly &amp;payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends now: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly limit now: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate now: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly payment now: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract has no milestone that is not yet paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already scheduled: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change and its reason are written to the scope-change ledger together with the new terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a change by a reversing row: the terms go back, the history stays (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse scope change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original budget {o}; with these changes {c}; over it by {p} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to a running agreement is recorded here: use Scope change ▾.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, time zone, currency, review rules, backups, appearance, dates, paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this card back on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalentDialog</name>
    <message>
        <source>overlaps my day by {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and On bench follow the contracts: the bench shows Active while a contract runs and On bench otherwise. Trial, Do not rehire and Archived stay as you set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new talent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a zone from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why they should not be rehired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 basic · 3 solid · 5 expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: saved with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rates stay: add a newer rate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add talent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsHeader</name>
    <message>
        <source>Open this person on the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged this week against the weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope of work as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed through a scope change; the current terms hold until that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged against the hours the weekly payment buys at the hourly equivalent; the last 4 and 12 weeks are whole weeks before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test project: hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test project: not a fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} / h equiv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original budget {original}; with scope changes {current}; {paid_label} so far {spent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No original budget to compare with: set one with Edit terms while a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget by {amount} ({n} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid beyond the original budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The larger of the agreed scope changes and the money paid, beyond the original budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week {done} of {limit}, {over} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week {done} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the weekly limit by {n}: usually paid as a bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written scope of work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} of {bought}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week {used} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n week(s) {used} ({share})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retainer used: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{first} – {last} (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), average {avg}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score / amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events&apos; text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reviews and feedback with these scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private mid-contract review of the selected person (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filters show as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone: average review score and reviews per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people: average review score and reviews per month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No events match these filters. Clear a filter to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the timeline yet. Start a contract, write a review or say thanks, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone “{title}” approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {why} on {day} ({contract}), no thanks since. &lt;a href=&apos;{index}&apos;&gt;Say thanks&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contract “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} of {day} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpworkImportDialog</name>
    <message>
        <source>People in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names that match someone on the bench exactly are used as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly summary does not name the person: choose who these contracts are with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts are with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close match: check it is the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ({layout})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}; {exact}, {close}, {missing}. Choose who each name is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) match exactly</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closely</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}; every name matches someone on the bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add someone to the bench first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the names, then preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <source>People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>No hours logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkroomView</name>
    <message>
        <source>Scope change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the running agreement; the ledger records why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of a draft or offer can be edited freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, private review and the offboarding checklist (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contract that continues this one (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mid-contract private review, so the trend has points before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thanks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary of this contract to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contract on the left to open its room,
or start one with File ▸ New contract (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ({n} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bonus payment and its row in the scope ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: {risk}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Classification check: does this contractor look like an employee? Never done for this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contract status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract set to {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteReviewWizard</name>
    <message>
        <source>Write the review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given (already recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback received (already recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review (already written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>&amp;Licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licences of TalentDesk and of everything it includes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Edit rate: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a rate recorded for {person}{contract}. To record a change of rate, log a raise instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a TalentDesk backup (no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s manifest is implausibly large ({file_size:,} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s manifest is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s manifest is damaged ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup was made by a newer TalentDesk (backup format {format}); install the newer version to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup was made by a newer TalentDesk (schema {schema}; this program knows up to {known}); install the newer version to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is refused: member {shown} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup holds no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is refused: {name} is larger than its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is refused: {name} would unpack {times:,} times its packed size (a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: {name} cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is refused: {name} unpacks to more than the {size:,} bytes its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: {name} is {written:,} bytes, its manifest says {size:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough free disk space to restore it ({need:,.0f} MB needed, {free:,.0f} MB free); free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup was made from an encrypted data folder; turn encryption on here with the same passphrase (Tools › Encryption…), then restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database cannot be opened ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is refused: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database is damaged ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database (schema {found}) does not match its manifest (schema {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database cannot be brought up to this version ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database is not one this program can use ({problems})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a TalentDesk backup (not a readable zip: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: {name} does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s database cannot be used ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after it was revoked ({revoked_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That access grant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{system} was already revoked on {revoked_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before it was granted ({granted_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what they did that you liked, and how it helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too short to be specific ({words}). Say what they did and how it helped, e.g. “the clear hand-over notes saved me a day”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n word(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could be said of anyone. Name the specific thing they did and how it helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future; record appreciation when it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to someone else; choose one of this person&apos;s contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bonus is paid on a contract; choose which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thank-you bonus needs an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract is paid in {currency}; give the bonus in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by {sort_column!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the person this contract is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retainer needs its weekly payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract {renews_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new contract starts as draft, offered or active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms of a running contract change through a scope change, so the ledger records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract with id {contract_id}; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract that is {status} cannot become {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the start of the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for a payment in another currency than the contract&apos;s {contract_currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment is in {currency} but the contract is in {contract_currency}: give the amount in {contract_currency} too, so that the contract&apos;s totals count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future; log what was already said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback {direction} is already recorded for this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose yes, maybe or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment with id {payment_id}; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the payment already says this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least {least}; a few words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the passphrase of this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored file&apos;s name is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB; files up to {limit} MB can be stored (the limit is in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” grew past the size limit while being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer on the bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the day the file was shared; check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is over the size limit of {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy is sealed with another passphrase, or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a date and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future; log what already happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a call or a meeting has a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is damaged; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone with id {milestone_id}; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a milestone on a running contract changes through a scope change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This milestone&apos;s payment is recorded; remove that payment first to mark it unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment for a milestone is a milestone payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This milestone is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a running contract a milestone is removed through Scope change › Change milestone, so the ledger records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved or paid milestone is part of the record and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, JPY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{amount}” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows ({digits}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minor units (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract that is {status} cannot be ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the start {start_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to save: give feedback or write the private review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback and the closing review are written when the contract ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That checklist item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It belongs to “{title}”: record it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is more than {days} after this contract ended on {end_date}; nothing is paid on it that late.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the date formats offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose A4, Letter, or the one your region uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the working day must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of this person&apos;s contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract “{title}” is paid in {currency}; give the raise in {currency} to change its rate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {what} is no longer recorded; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays the same; record appreciation for someone else anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thank-you bonus is a payment and stays one; remove it and record the appreciation anew to change its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talent with id {talent_id}; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no review sessions yet; run a review session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review session with id {session_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{year}” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{token}” matches {count}; name one of them (by its UUID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} matches “{token}”; give its UUID, its name or a part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review session has ended; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why this card can be dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not about a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” is not an action of a review card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is {status}; a scope change needs a running contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the start of the contract ({start_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after the end of the contract ({end_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same as the current end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same as the limit in force that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same as the rate in force that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a retainer has a weekly payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same as the weekly payment in force that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a milestone of this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the amount or the due date, or remove the milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This milestone is paid; its amount is part of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is {status}; a bonus is paid on a contract that has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bonus can be paid up to {days} after a contract ends; this one ended on {end_date}, so the last day was {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s {kind} has changed since ({now}); record a new scope change instead of reversing this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scope change is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scope change has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why this person should not be rehired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{clean}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {contracts}; deleting would lose that history. Archive them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n contract(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({length}; at most {max_length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain a visible character (a letter, digit or sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({length}); search for at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {terms}; search for at most {most} at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an IANA time zone (e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from {low} to {high} (got {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {low} (got {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {high} (got {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} is before the start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That work-log entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a contract status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}” is not a contract kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who you are thanking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the contract this check-in is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the agreement moves; the ledger keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in contract currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my_working_hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay-in-touch cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you appreciated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who sets the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who sets the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who supplies the equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source> +{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: works {hours}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of %n private review(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus as thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get deliverables back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to delete my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As my region writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first, with slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first, with slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first, with dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one my region uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a change of passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
