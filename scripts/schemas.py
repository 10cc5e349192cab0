"""Every data file an editor touches, and every page's front matter, checked against its schema: a
problem names the file and the line, says what is wrong and what to do (scripts/problems.py), never a
traceback or a wrong page.

The schemas are JSON Schema 2020-12, written as YAML beside the data, in data/schemas/ (one per
file, read them for the fields); the checking is the pinned `jsonschema` library's. Beyond the
standard keywords the schemas use some of ours:
- `ascending: true`: a pair [low, high] (7–10 days, 9–18 hours) must not run backwards;
- `page: true`: a link target `page.md#section` whose page and heading id exist in docs/;
- `sectionOf: [page, section]`: an entry's page (its key) exists and has that heading id;
- `pageTool: true`: the name of an in-page tool a page may ask for (scripts/page_tools.py);
- `toolWords: true`: every in-page tool has its block of words;
- `type: date`: a YAML date (YYYY-MM-DD, unquoted); `format: month-day`: "MM-DD", a day that
  exists in some year (02-29 does);
- `fix` and `ifMissing`: what to tell the editor when the value is wrong, or the key absent
  (`{page}` in them: the page's name, `{name}`: the entry's); without them the message is built
  from the keyword.

`make check` reports these problems (scripts/checks/data_files.py, scripts/checks/front_matter.py)
and the build stops on the data files' before it writes a page (scripts/hooks/data_check.py; the
links to pages it leaves to the strict build, which checks them where they are shown). No MkDocs
imports.
"""
from __future__ import annotations

import datetime
import difflib
import functools
import re
from pathlib import Path

import jsonschema
import yaml

from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE, LOADER, anchor_ids, load_yaml, read_pages
from scripts.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = Path("data") / "schemas"
# Each editor-facing data file (relative to the project) and its schema in data/schemas/.
FILES = {
    "data/guide-rules.yml": "guide-rules.schema.yml",
    "data/hiring-path.yml": "hiring-path.schema.yml",
    "data/ui-strings.yml": "ui-strings.schema.yml",
    "data/same-advice.yml": "same-advice.schema.yml",
    "data/tools/composer.yml": "composer.schema.yml",
    "scripts/hooks/search_synonyms.yml": "search-synonyms.schema.yml",
    "scripts/hooks/search_spelling.yml": "search-spelling.schema.yml",
}
FRONT_MATTER = "front-matter.schema.yml"     # docs/*.md's front matter, one entry a language
LANGUAGES = ("en", "ja")


def _month_day(value) -> bool:
    if not isinstance(value, str):
        return True
    try:
        datetime.date.fromisoformat(f"2024-{value}")          # 2024: a leap year, 02-29 exists
    except ValueError:
        return False
    return len(value) == 5


def _validator_class(anchors: dict[str, set[str]] | None):
    """Draft 2020-12 with our keywords; `anchors`: page key -> its heading ids in every language
    (None: references are not checked)."""
    def ascending(validator, wanted, instance, schema):
        if wanted and isinstance(instance, list) and len(instance) == 2 and \
                all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in instance) and \
                instance[0] > instance[1]:
            yield jsonschema.ValidationError(f"runs backwards: {instance[0]} to {instance[1]}", validator="ascending")

    def page(validator, wanted, instance, schema):
        if not wanted or not isinstance(instance, str) or anchors is None:
            return
        target, _, section = instance.partition("#")
        key = target.removesuffix(".md")
        if not target.endswith(".md") or key not in anchors:
            yield jsonschema.ValidationError(f"'{instance}' links to no page", validator="page")
        elif section and section not in anchors[key]:
            yield jsonschema.ValidationError(f"'{instance}': {target} has no section '{section}'", validator="page")

    def section_of(validator, fields, instance, schema):
        if not isinstance(instance, dict) or anchors is None:
            return
        key, section = instance.get(fields[0]), instance.get(fields[1])
        if not isinstance(key, str) or not isinstance(section, str):
            return
        if key not in anchors:
            yield jsonschema.ValidationError(f"no page '{key}'", validator="sectionOf", path=[fields[0]])
        elif section not in anchors[key]:
            yield jsonschema.ValidationError(f"{key} has no section '{section}'", validator="sectionOf",
                                             path=[fields[1]])

    def page_tool(validator, wanted, instance, schema):
        if not wanted or not isinstance(instance, str):
            return
        if instance in page_tools.AUTOMATIC:
            yield jsonschema.ValidationError(f"'{instance}' is added automatically to pages that need it",
                                             validator="pageTool", validator_value="automatic")
        elif instance not in page_tools.known_tools():
            yield jsonschema.ValidationError(f"unknown tool '{instance}'", validator="pageTool")

    def tool_words(validator, wanted, instance, schema):
        if wanted and isinstance(instance, dict):
            for tool in page_tools.known_tools():
                if tool not in instance:
                    yield jsonschema.ValidationError(f"no words for the tool '{tool}'", validator="toolWords",
                                                     validator_value=tool)

    base = jsonschema.Draft202012Validator
    types = base.TYPE_CHECKER.redefine("date", lambda checker, value: isinstance(value, datetime.date)
                                       and not isinstance(value, datetime.datetime))
    return jsonschema.validators.extend(base, {"ascending": ascending, "page": page, "sectionOf": section_of,
                                               "pageTool": page_tool, "toolWords": tool_words},
                                      type_checker=types)


def anchors_of(pages) -> dict[str, set[str]]:
    """Page key -> the heading ids it has in every language (a link must work in both)."""
    found: dict[str, list[set[str]]] = {}
    for page in pages:
        found.setdefault(page.key, []).append(set(anchor_ids(page)))
    return {key: set.intersection(*ids) for key, ids in found.items()}


@functools.lru_cache(maxsize=16)
def schema(name: str, root: Path = ROOT) -> dict:
    return yaml.load((root / SCHEMAS / name).read_text(encoding="utf-8"), Loader=LOADER)


# ---- Where in the file -------------------------------------------------------------------------

def _node_at(node, path) -> yaml.Node:
    """The YAML node at `path` (keys and indexes), or the deepest one on the way."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    node = value
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


def _key_line(node, key) -> int | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return None


def _where(path) -> str:
    return ".".join(str(step) for step in path) or "the file"


# ---- What is wrong, and what to do -------------------------------------------------------------

TYPES = {"integer": "a whole number", "number": "a number", "string": "a line of text", "boolean": "true or false",
         "array": "a list", "object": "named entries", "date": "a date (YYYY-MM-DD, unquoted)"}


def _known_keys(error) -> list[str]:
    return sorted((error.schema.get("properties") or {}).keys())


def _problem(path: Path, root_node, error, line_offset: int = 0, context: dict | None = None) -> Problem:
    """`error` as `path:line: what -> fix`; `line_offset`: the lines in the file before the YAML
    (a page's opening `---`); `context`: what `{name}` in a schema's `fix`/`ifMissing` stands for."""
    where, node = list(error.absolute_path), _node_at(root_node, error.absolute_path)
    line = (node.start_mark.line + 1 if node is not None else 1) + line_offset
    name, kind = _where(where), error.validator
    own_fix = error.schema.get("fix") if isinstance(error.schema, dict) else None

    def key_line(parent, key) -> int:
        found = _key_line(parent, key)
        return found + line_offset if found else line

    def told(fix: str | None, otherwise: str) -> str:
        return fix.format(**{"name": name, **(context or {})}) if isinstance(fix, str) else otherwise

    if kind == "additionalProperties" and isinstance(error.instance, dict):
        known = _known_keys(error)
        extra = [key for key in error.instance if key not in known]
        key = extra[0] if extra else "?"
        line = key_line(node, key)
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
        fix = (f"did you mean '{close[0]}'?" if close else
               f"remove it, or use one of: {', '.join(known)}" if known else "remove it")
        return Problem(path, line, f"unknown key '{key}'" + (f" in {name}" if where else ""), fix)
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        if where and isinstance(where[-1], str):       # at the key the entry hangs from
            line = key_line(_node_at(root_node, where[:-1]), where[-1])
        wanted = (error.schema.get("properties") or {}).get(missing) or {}
        if missing in LANGUAGES:
            return Problem(path, line, f"'{name}' has no {missing} text",
                           told(wanted.get("ifMissing"),
                                f"add `{missing}: ...` under {name}; a page never shows another language's words"))
        if not where:
            return Problem(path, line, f"'{missing}' is missing",
                           told(wanted.get("ifMissing"),
                                f"add `{missing}: ...` (see {SCHEMAS / FILES.get(str(path), '')})"))
        return Problem(path, line, f"'{name}' has no '{missing}'",
                       told(wanted.get("ifMissing"), f"add `{missing}: ...` under {name}"))
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        return Problem(path, line, f"'{name}' is {error.instance!r}, not {TYPES.get(wanted, wanted)}",
                       told(own_fix, f"write {TYPES.get(wanted, wanted)} there"))
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        low = f"above {error.schema['exclusiveMinimum']}" if "exclusiveMinimum" in error.schema else (
            None if low is None else f"from {low}")
        span = f"{low} to {high}" if low is not None and high is not None else (
            low if low is not None else f"at most {high}")
        return Problem(path, line, f"'{name}' is {error.instance}, out of range",
                       told(own_fix, f"use a number {span}"))
    if kind == "ascending":
        low, high = error.instance
        return Problem(path, line, f"'{name}' {error.message}", f"write the smaller number first: [{high}, {low}]")
    if kind == "format" and error.validator_value == "month-day":
        return Problem(path, line, f"'{name}' is {error.instance!r}, not a day of the year",
                       "write it as \"MM-DD\" with a day that exists, e.g. \"12-29\"")
    if kind == "page":
        return Problem(path, line, f"'{name}': {error.message}",
                       "link to page.md#section with a page in docs/ and a heading id it has in both languages")
    if kind == "sectionOf":
        return Problem(path, line, f"'{name}': {error.message}",
                       "name a page in docs/ (its file without .md) and a heading id it has in both languages")
    if kind == "toolWords":
        return Problem(path, line, error.message,
                       f"add a `{error.validator_value}:` block with its words in {', '.join(LANGUAGES)}")
    if kind == "pageTool":
        if error.validator_value == "automatic":
            return Problem(path, line, error.message, f"remove `{error.instance}` from `{where[0]}:`")
        return Problem(path, line, error.message, f"use one of: {', '.join(page_tools.known_tools())} "
                       "(each is overrides/assets/javascripts/tools/<name>.js)")
    if kind in ("minItems", "maxItems"):
        low, high = error.schema.get("minItems"), error.schema.get("maxItems")
        wanted = f"exactly {low}" if low == high else f"{low} to {high}" if high else f"at least {low}"
        return Problem(path, line, f"'{name}' has {len(error.instance)} items", f"give {wanted}")
    if kind == "maxLength":
        return Problem(path, line, f"'{name}' is {len(error.instance)} characters, more than {error.validator_value}",
                       told(own_fix, f"shorten it to {error.validator_value} characters or fewer"))
    if kind == "enum":
        return Problem(path, line, f"'{name}' is {error.instance!r}",
                       f"use one of: {', '.join(map(str, error.validator_value))}")
    if kind in ("minLength", "minProperties"):
        return Problem(path, line, f"'{name}' is empty", told(own_fix, "write the text, or remove the entry"))
    if kind == "pattern":
        form = error.schema.get("description") or f"in the form {error.validator_value}"
        return Problem(path, line, f"'{name}' is {error.instance!r}, not {form}",
                       told(own_fix, f"see {SCHEMAS / FILES.get(str(path), '')}"))
    return Problem(path, line, f"'{name}': {error.message}", told(own_fix, f"see {SCHEMAS / FILES.get(str(path), '')}"))


def syntax_problem(path: Path, text: str, error: yaml.YAMLError) -> Problem:
    """A YAML mistake (as scripts/pages.py's load_yaml raises it) at its line; a `[...]` or `{...}`
    left open at the line that opens it (PyYAML notices on a later line)."""
    mark, opened = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if opened and "flow" in (getattr(error, "context", None) or "") and mark and opened.line < mark.line:
        bracket = text.splitlines()[opened.line][opened.column:opened.column + 1]
        closing = {"[": "]", "{": "}"}.get(bracket, bracket)
        return Problem(path, opened.line + 1, f"not valid YAML: the `{bracket}` here is not closed "
                       f"(line {mark.line + 1}: {problem})",
                       f"close it with `{closing}` on this line, or put a comma between its items")
    return Problem(path, mark.line + 1 if mark else 1, f"not valid YAML ({problem})",
                   "fix the YAML on that line (quote text that holds `: ` or starts with a symbol; indent with spaces)")


# Whether a data file's links to pages are these pages' to keep: the picture's, where a page draws
# it; the key advice pairs', where one of the sections they name exists (a set of pages that is not the
# guide, such as a test's, keeps the guide's data without its pages).
PICTURE = re.compile(r"^<!-- picture: hiring-path -->[ \t]*$", re.M)
REFERENCES_APPLY = {
    "data/hiring-path.yml": lambda data, anchors, pages: any(PICTURE.search(page.text) for page in pages),
    "data/same-advice.yml": lambda data, anchors, pages: isinstance(data, list) and any(
        isinstance(entry, dict) and entry.get("section") in anchors.get(entry.get("page"), ()) for entry in data),
}


def file_problems(path: Path, schema_name: str, anchors: dict[str, set[str]] | None, shown: Path | None = None,
                  root: Path = ROOT, pages: list | None = None) -> list[Problem]:
    """Problems of one data file against its schema; `shown`: the path to name in them."""
    shown = shown or path
    text = path.read_text(encoding="utf-8")
    try:
        data = load_yaml(text)
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as error:
        return [syntax_problem(shown, text, error)]
    applies = REFERENCES_APPLY.get(shown.as_posix())
    if anchors is not None and applies and not applies(data, anchors, pages or []):
        anchors = None
    checker = _validator_class(anchors)(schema(schema_name, root), format_checker=_formats())
    errors = sorted(checker.iter_errors(data), key=lambda e: [str(step) for step in e.absolute_path])
    return [_problem(shown, node, error) for error in _deepest(errors)]


def page_problems(page, root: Path = ROOT, stamped: bool = True) -> list[Problem]:
    """A page's front matter against its language's entry in data/schemas/front-matter.schema.yml
    and, if `stamped`, a translation's stamp (`stamped`: make check's; the build's is without);
    lines are the page's."""
    if page.meta_error:
        return [Problem(page.path, page.meta_error_line, page.meta_error,
                        "fix the YAML on that line (quote values that contain `: ` or start with a symbol)")]
    if page.body_offset == 0:
        return [Problem(page.path, 1, "page has no front matter",
                        "start the file with a `---` block holding title, description and reviewed")]
    document = schema(FRONT_MATTER, root)
    if page.lang not in document["$defs"]:
        return [Problem(page.path, 1, f"no front matter schema for language '{page.lang}'",
                        f"add a `{page.lang}:` entry under $defs in {SCHEMAS / FRONT_MATTER}")]
    node = yaml.compose("\n".join(page.text.splitlines()[1:page.body_offset - 1]), Loader=LOADER)
    wanted = [{"$ref": f"#/$defs/{page.lang}"}]
    if stamped and page.lang != DEFAULT_LANGUAGE:
        wanted.append({"$ref": "#/$defs/stamped"})
    checker = _validator_class(None)({**document, "allOf": wanted}, format_checker=_formats())
    problems = [_problem(page.path, node, error, line_offset=1, context={"page": page.key})
                for error in _deepest(checker.iter_errors(page.meta))]
    return sorted(problems, key=lambda problem: problem.line)


def front_matter_problems(docs_dir: Path, root: Path = ROOT, stamped: bool = True) -> list[Problem]:
    """Every page's front matter in `docs_dir`."""
    return [problem for page in read_pages(docs_dir) for problem in page_problems(page, root, stamped)]


def _deepest(errors) -> list:
    """One error each where the schema's alternatives (oneOf) failed: the one that went furthest."""
    out = []
    for error in errors:
        if error.validator == "oneOf" and error.context:
            out.append(max(error.context, key=lambda e: len(e.absolute_path)))
        else:
            out.append(error)
    return out


def _formats() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()
    checker.checks("month-day")(_month_day)
    return checker


def unlisted(project: Path) -> list[str]:
    """Data files (data/*.yml, data/tools/*.yml) that no schema covers."""
    found = sorted(path.relative_to(project).as_posix() for folder in ("data", "data/tools")
                   for path in (project / folder).glob("*.yml"))
    return [name for name in found if name not in FILES]


def data_problems(project: Path = ROOT, references: bool = True) -> list[Problem]:
    """Every editor-facing data file of `project`, checked; problems name the files relative to it.
    `references=False` leaves the links to pages and sections to the strict build (a build of test
    pages that are not the guide's keeps the guide's data)."""
    pages = read_pages(project / "docs") if references else []
    anchors = anchors_of(pages) if references else None
    problems = [Problem(Path(name), 1, "a data file without a schema: nothing checks what an editor writes in it",
                        f"add {SCHEMAS}/<name>.schema.yml for it and list both in FILES in scripts/schemas.py")
                for name in unlisted(project)]
    for name, schema_name in FILES.items():
        path = project / name
        if path.exists():
            problems += file_problems(path, schema_name, anchors, shown=Path(name), root=project, pages=pages)
    return sorted(problems, key=lambda problem: (str(problem.path), problem.line))
