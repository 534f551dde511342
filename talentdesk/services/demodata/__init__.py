"""The parts of the demo-data generator; ``talentdesk.services.demo.generate`` puts them together."""
