"""Every data file an editor touches is valid against its schema (scripts/schemas.py,
data/schemas/): the guide's numbers, the home page's picture, the tools' words, the composer's
table, the key advice pairs and the search data. A problem names the file and the line."""
from __future__ import annotations

from pathlib import Path

from scripts import schemas
from scripts.problems import Problem


def data_file_problems(docs_dir: Path) -> list[Problem]:
    """The data files of the project whose pages are `docs_dir`."""
    return schemas.data_problems(Path(docs_dir).resolve().parent)
