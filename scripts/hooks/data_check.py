"""MkDocs hook: the build stops, before it writes a page, when a data file an editor touches or a
page's front matter is not valid (scripts/schemas.py: each against its schema in data/schemas/),
with every problem's file, line and fix, as `make check` reports them. Links to pages and sections
are the strict build's to check, where a page shows them; a translation's stamp is make check's (a
new page pending its first stamp builds, to be read)."""
from pathlib import Path

from mkdocs.exceptions import PluginError

from scripts import schemas
from scripts.problems import report


def on_config(config):
    project = Path(config.config_file_path).resolve().parent
    problems = schemas.data_problems(project, references=False)
    problems += schemas.front_matter_problems(Path(config.docs_dir), root=project, stamped=False)
    if problems:
        raise PluginError(report(problems, "Data files and front matter"))
    return config
