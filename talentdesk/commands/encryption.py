"""``talentdesk encryption status|on|off|change``: encryption of the data folder, headless.

The current passphrase comes as for every command (``--passphrase-file``, ``$TALENTDESK_PASSPHRASE``,
else asked in a terminal); the new one from ``--new-passphrase-file``, ``$TALENTDESK_NEW_PASSPHRASE``,
else asked twice in a terminal.
"""
from __future__ import annotations

from pathlib import Path

from . import words
from .words import tr

ACTIONS = ("status", "on", "off", "change")


def register(sub) -> None:
    p = sub.add_parser("encryption", help="encrypt the data folder, change its passphrase, or decrypt it",
                       description="Encrypt the database, its backups and files marked confidential or secret "
                       "with a passphrase (on), give them a new one (change), or store them unencrypted again "
                       "(off). A backup is taken first; a crash part-way leaves the folder opened by exactly one "
                       "of the two passphrases.")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                   help="the new passphrase, the first line of FILE (else $TALENTDESK_NEW_PASSPHRASE, "
                   "else asked twice in a terminal)")
    p.set_defaults(handler=run)


def _new_passphrase(args) -> str:
    from ..cli import ENV_NEW_PASSPHRASE, CommandError, read_secret
    from ..services import encryption
    from ..services.errors import ValidationError

    new = read_secret(args.new_passphrase_file, ENV_NEW_PASSPHRASE, tr("New passphrase: "), repeat=True)
    if new is None:
        raise CommandError(tr("give the new passphrase with ${variable}, --new-passphrase-file FILE, or run it in "
                              "a terminal to be asked.").format(variable=ENV_NEW_PASSPHRASE))
    try:
        return encryption.check_new_passphrase(new, new)
    except ValidationError as exc:
        raise CommandError(tr("the new passphrase is too short: {reason}").format(
            reason=words.field_error_text(exc))) from None


def run(args) -> int:
    from ..cli import CommandError, data_dir_of, open_folder
    from ..services import encryption
    from ..store import cipher

    data_dir = data_dir_of(args)
    if args.action == "status":  # needs no passphrase; an interrupted change is settled first
        if data_dir.is_dir():
            encryption.finish_interrupted(data_dir)
        state = encryption.status(data_dir)
        said = (tr("{folder} is encrypted") if state["encrypted"] else tr("{folder} is not encrypted")).format(
            folder=data_dir)
        if not state["available"]:
            said += " " + tr("(encryption needs the SQLCipher driver: {hint})").format(hint=cipher.install_hint())
        print(said)
        return 0
    encrypted = data_dir.is_dir() and cipher.is_encrypted(data_dir)
    if args.action == "on" and encrypted:
        raise CommandError(tr("this data folder is already encrypted; use “encryption change” for a new "
                              "passphrase."))
    if args.action in ("off", "change") and not encrypted:
        raise CommandError(tr("this data folder is not encrypted; use “encryption on” to encrypt it."))
    if not cipher.available():
        raise CommandError(str(cipher.EncryptionUnavailable()))
    db = open_folder(args, write=True)  # the current passphrase, for off and change
    try:
        new = None if args.action == "off" else _new_passphrase(args)
        safety = encryption.set_passphrase(data_dir, new, current=cipher.key())
    finally:
        db.close()
    done = {
        "on": tr("{folder} is now encrypted: the database, its backups and the sensitive files. A copy from "
                 "before is kept as {copy}."),
        "change": tr("{folder} has its new passphrase: the database, its backups and the sensitive files. A copy "
                     "from before is kept as {copy}."),
        "off": tr("{folder} is stored unencrypted again: the database, its backups and the sensitive files. A "
                  "copy from before is kept as {copy}."),
    }
    print(done[args.action].format(folder=data_dir, copy=safety.name))
    return 0
