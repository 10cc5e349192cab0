"""Publishing: the same commands everywhere, a workflow that gives third-party code no power to
deploy, and no build for the public address without one."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.site import ROOT, build

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def readme_commands() -> list[str]:
    """The README's commands are the ``make`` lines in its fenced shell blocks, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|shell)\n(.*?)```", readme, flags=re.S)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("make ")]


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def workflow_steps() -> list[dict]:
    return [step for job in workflow()["jobs"].values() for step in job.get("steps", [])]


def workflow_runs() -> list[str]:
    return [step["run"].strip() for step in workflow_steps() if "run" in step]


def workflow_uses() -> list[str]:
    return [step["uses"].split("@")[0] for step in workflow_steps() if "uses" in step]


def test_the_readme_gives_serve_then_test_as_its_first_two_commands():
    assert readme_commands()[:2] == ["make serve", "make test"]


def test_ci_runs_the_readme_test_command_and_nothing_else():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith(("#", "set ", "cd "))]
    assert lines == [readme_commands()[1]]


def test_the_workflow_tests_and_builds_with_the_readme_commands():
    runs = workflow_runs()
    assert runs[0] == readme_commands()[1]                       # make test
    publish = [r for r in runs if r.startswith("make publish")]
    assert publish and publish[0].split()[:2] == ["make", "publish"] and "make publish" in readme_commands()
    # The Pages address reaches the command through the environment, never pasted into the script.
    step = next(step for step in workflow_steps() if step.get("run", "").startswith("make publish"))
    variable = re.fullmatch(r'make publish SITE_URL="\$(\w+)/"', step["run"].strip()).group(1)
    assert step["env"][variable] == "${{ steps.pages.outputs.base_url }}"


def test_the_workflow_deploys_with_the_pages_actions():
    uses = workflow_uses()
    for action in ("actions/checkout", "actions/configure-pages",
                   "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in uses
    assert uses.index("actions/upload-pages-artifact") > uses.index("actions/configure-pages")


def test_zizmor_finds_nothing_to_fix_in_the_workflow():
    result = subprocess.run([str(ZIZMOR), "--offline", "--no-progress", "--color=never", str(WORKFLOW)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "No findings to report" in result.stdout, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_version_named():
    uses = re.findall(r"^\s*(?:- )?uses:\s*(.*)$", WORKFLOW.read_text(encoding="utf-8"), flags=re.M)
    assert uses and [u for u in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", u)] == []


def test_the_job_that_runs_the_tests_cannot_deploy_and_keeps_no_token():
    flow = workflow()
    assert flow["permissions"] == {}
    test_job = next(job for job in flow["jobs"].values()
                    if any(step.get("run", "").strip() == "make test" for step in job["steps"]))
    assert not {"write"} & set(test_job["permissions"].values())
    checkouts = [step for step in workflow_steps() if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(step["with"]["persist-credentials"] is False for step in checkouts)


def test_only_the_deploy_job_may_write_to_pages():
    writers = {name: job["permissions"] for name, job in workflow()["jobs"].items()
               if "write" in job.get("permissions", {}).values()}
    assert writers == {"deploy": {"pages": "write", "id-token": "write"}}


def test_a_publish_build_without_a_public_address_is_refused(tmp_path):
    result = build(ROOT, tmp_path / "site", publish=True)
    assert result.returncode != 0
    assert "refusing to publish with site_url='http://127.0.0.1:8000/'" in result.stderr


def test_a_publish_build_under_a_project_sub_path_has_absolute_public_urls(tmp_path):
    result = build(ROOT, tmp_path / "site", site_url="https://example.github.io/second-round/", publish=True)
    assert result.returncode == 0, result.stderr
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert locs and all(loc.startswith("https://example.github.io/second-round/") for loc in locs)
    assert "https://example.github.io/second-round/ja/following-up/" in locs
    assert "None" not in sitemap
    page = (tmp_path / "site" / "ja" / "following-up" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.github.io/second-round/ja/following-up/">' in page
    not_found = (tmp_path / "site" / "404.html").read_text(encoding="utf-8")
    assert 'href="/second-round/ja/"' in not_found
