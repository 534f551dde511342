"""Package discovery that pyproject.toml cannot express (everything else is in pyproject.toml).

resources/ sits at the top level and is installed as the package ``talentdesk.resources``: the
automatic discovery would not find it there, so it is added to the discovered ``talentdesk*`` packages.
"""
from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["talentdesk", "talentdesk.*"]), "talentdesk.resources"])
