"""Package discovery that pyproject.toml cannot express (everything else is in pyproject.toml).

resources/ sits at the top level and is installed as the package ``talentdesk.resources``: the
automatic discovery would not find it there, so it is added to the discovered ``talentdesk*`` packages,
with its data folders (icons/, styles/, fonts/) as namespace packages so their files are package data.
"""
from setuptools import find_namespace_packages, find_packages, setup

resources = ["talentdesk.resources", *(f"talentdesk.resources.{name}" for name in find_namespace_packages(where="resources"))]
setup(packages=[*find_packages(include=["talentdesk", "talentdesk.*"]), *resources])
