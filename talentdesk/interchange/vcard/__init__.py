"""vCard 2.1, 3.0 and 4.0 in, 3.0 (or 4.0) out: ``read`` parses (pure), ``importer`` merges into the
bench, ``write`` writes. The names below are what the rest of TalentDesk uses."""
from .importer import import_file, photo_bytes, read_people, store_photo
from .read import Card, Person, Prop, logical_lines, parse_people, read_cards, to_person, uid_to_uuid, unescape
from .write import card_for, chat_uri, escape, export_file, fold, param

__all__ = ["Card", "Person", "Prop", "card_for", "chat_uri", "escape", "export_file", "fold", "import_file",
           "logical_lines", "param", "parse_people", "photo_bytes", "read_cards", "read_people", "store_photo",
           "to_person", "uid_to_uuid", "unescape"]
