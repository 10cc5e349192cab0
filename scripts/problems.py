"""A content problem an author can act on: which file, which line, what is wrong, what to do."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{display(self.path)}:{self.line}: {self.message}\n    -> {self.fix}"


def display(path: Path) -> str:
    """Paths relative to the working directory when possible, so editors can click them."""
    try:
        return Path(path).resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def report(problems: list[Problem], title: str) -> str:
    lines = [f"{title}: {len(problems)} problem{'s' if len(problems) != 1 else ''}"]
    lines += [str(problem) for problem in problems]
    return "\n".join(lines)
